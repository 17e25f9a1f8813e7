/**
 * contract-terms: the terms of a service contract as rules a service can question.
 *
 * This file is the whole public surface; anything not exported here is internal.
 */

export type {
  CalendarAnswer,
  CalendarCoverage,
  CalendarOverrides,
  DayInfo,
  DayKind,
  WorkingDayCalendar,
} from './calendar/calendar.js';
export { type ChinaCalendarOptions, chinaCalendar } from './calendar/china.js';
export type { HolidayCnFile } from './calendar/holiday-cn.js';
export type { HolidayName } from './calendar/holiday-names.js';
export { type RegionCalendarOptions, regionCalendar } from './calendar/region.js';
export {
  CalendarCoverageError,
  CalendarDataError,
  ContractTermsError,
  InvalidArgumentError,
  InvalidDateError,
  InvalidInstantError,
  InvalidTimeZoneError,
  type IssuePath,
} from './errors/errors.js';
export { type Lang, type MessageCode, renderMessage } from './errors/messages.js';
export type { CivilDate } from './time/civil-date.js';
