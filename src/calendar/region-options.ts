/**
 * The options of region calendars and the shape of the function that builds them: what the rest of
 * the library (the contract assembler, the public types) needs to know about regions without
 * importing date-holidays, which only `calendar/region.ts` (the `contract-terms/regions` entry) does.
 */
import type { Assert, ListsAll } from '../internal/lists.js';
import type { WorkingDayCalendar } from './calendar.js';
import type { ChinaCalendarOptions } from './china.js';

/**
 * The holiday types of date-holidays (its `HolidayType`). A type outside this list would match no
 * holiday at all, silently turning every holiday into a working day, so it is refused.
 */
export const HOLIDAY_TYPES = [
  'public',
  'bank',
  'school',
  'optional',
  'observance',
] as const satisfies readonly HolidayType[];

/** A holiday type of date-holidays. */
export type HolidayType = 'public' | 'bank' | 'school' | 'optional' | 'observance';

/** Compile-time: HOLIDAY_TYPES lists every HolidayType. */
export type HOLIDAY_TYPES_LISTED = Assert<ListsAll<HolidayType, typeof HOLIDAY_TYPES>>;

/** Options of `regionCalendar` (`contract-terms/regions`). */
export interface RegionCalendarOptions {
  /** ISO weekdays of the weekend (1 = Monday ... 7 = Sunday). Default `[6, 7]`. */
  weekend?: readonly number[];
  /**
   * Holiday types that are days off, a list of `'public'`, `'bank'`, `'school'`, `'optional'` and
   * `'observance'`. Default `['public']`; add `'bank'` for bank holidays; `[]` for none. Anything else
   * throws `InvalidArgumentError` listing the accepted types.
   */
  holidayTypes?: readonly HolidayType[];
  /** The zone of the calendar's civil dates; default: the region's first zone in date-holidays. */
  timeZone?: string;
  /**
   * Passed to chinaCalendar() when the region is CN (the only option CN takes: the official schedule
   * fixes its weekends, holidays and zone). An option not named here throws `InvalidArgumentError`.
   */
  china?: ChinaCalendarOptions;
}

/**
 * A function that builds region calendars: `regionCalendar` from `contract-terms/regions`, as
 * `parseContract`'s `regionCalendar` option takes it.
 */
export type RegionCalendarFactory = (country: string, options?: RegionCalendarOptions) => WorkingDayCalendar;
