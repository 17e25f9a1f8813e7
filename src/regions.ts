/**
 * contract-terms/regions: working-day calendars for other countries and regions, from date-holidays.
 *
 * A separate entry point because date-holidays (about 1 MB of rules for every country) is needed only
 * by region calendars: a program that imports `chinaCalendar`, the clocks or `parseContract` from
 * `contract-terms` does not carry it. Give `regionCalendar` to `parseContract` to read definitions
 * with region calendars: `parseContract(text, { regionCalendar })`.
 */

export { regionCalendar } from './calendar/region.js';
export type { HolidayType, RegionCalendarFactory, RegionCalendarOptions } from './calendar/region-options.js';
