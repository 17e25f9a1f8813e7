/**
 * Working-day calendars for other regions, from the public holidays of date-holidays. The only room
 * that imports date-holidays: it is reached through the `contract-terms/regions` entry point alone
 * (src/regions.ts), so that a program that does not use regions does not carry it.
 *
 * date-holidays computes holidays from rules for any year, so a region calendar has no coverage gap:
 * it answers for 1900-2199 (the table limit). It knows holidays, not make-up working days, which is
 * why mainland China uses the official schedule instead (regionCalendar('CN') returns chinaCalendar()).
 */
import Holidays from 'date-holidays';
import { CalendarDataError, InvalidArgumentError } from '../errors/errors.js';
import { type DayNumber, parseCivilDate, weekdayOfDay, yearOfDay } from '../time/civil-date.js';
import { timeZone as resolveZone } from '../time/zone.js';
import { type DaySource, TABLE_LIMIT, TableCalendar, type WorkingDayCalendar } from './calendar.js';
import { chinaCalendar } from './china.js';
import { DayCode } from './day-table.js';
import type { HolidayName } from './holiday-names.js';
import { refuseUnknownOptions } from './known-options.js';
import { HOLIDAY_TYPES, type HolidayType, type RegionCalendarOptions } from './region-options.js';
import { checkWeekend } from './weekdays.js';

const REGION_OPTIONS: readonly string[] = [
  'weekend',
  'holidayTypes',
  'timeZone',
  'china',
] satisfies ReadonlyArray<keyof RegionCalendarOptions>;

const packageVersion = '3';

class RegionSource implements DaySource {
  readonly covered = TABLE_LIMIT;
  readonly estimates = false;
  readonly provisionalFrom = undefined;
  readonly lazy = true;
  readonly dataVersion: string;
  private readonly years = new Map<number, Map<DayNumber, HolidayName>>();

  constructor(
    readonly id: string,
    readonly timeZone: string,
    readonly weekend: ReadonlySet<number>,
    private readonly holidays: Holidays,
    private readonly types: ReadonlySet<string>,
  ) {
    this.dataVersion = `date-holidays@${packageVersion} ${id}`;
  }

  /** The holidays (rest days) falling in a calendar year, computed on first use. */
  private holidaysOf(year: number): Map<DayNumber, HolidayName> {
    let days = this.years.get(year);
    if (days !== undefined) return days;
    days = new Map();
    // A holiday observed on 31 December can belong to next year's list (and vice versa).
    for (const y of [year - 1, year, year + 1]) {
      const english = this.holidays.getHolidays(y, 'en');
      for (const holiday of english) {
        if (!this.types.has(holiday.type)) continue;
        if (holiday.date.slice(11, 19) !== '00:00:00') continue; // partial-day holidays are working days
        const first = parseCivilDate(holiday.date.slice(0, 10));
        const length = Math.max(
          1,
          Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000),
        );
        for (let day = first; day < first + length; day++) {
          if (yearOfDay(day) !== year) continue;
          const previous = days.get(day);
          const name = previous === undefined ? holiday.name : `${previous.en}; ${holiday.name}`;
          days.set(day, { en: name, zh: name });
        }
      }
    }
    this.years.set(year, days);
    return days;
  }

  code(day: DayNumber): number {
    if (this.holidaysOf(yearOfDay(day)).has(day)) return DayCode.HOLIDAY;
    return this.weekend.has(weekdayOfDay(day)) ? DayCode.WEEKEND : DayCode.WORKDAY;
  }

  name(day: DayNumber): HolidayName | undefined {
    return this.holidaysOf(yearOfDay(day)).get(day);
  }
}

const shared = new Map<string, WorkingDayCalendar>();

/** The holiday types, checked: a list of date-holidays' types (a bare string is not a list). */
function checkHolidayTypes(types: unknown): readonly HolidayType[] {
  if (!Array.isArray(types)) {
    throw new InvalidArgumentError('invalid_argument', {
      name: 'holidayTypes',
      expected: 'holiday-types',
      input: types,
    });
  }
  types.forEach((type, index) => {
    if (!(HOLIDAY_TYPES as readonly unknown[]).includes(type)) {
      throw new InvalidArgumentError('invalid_argument', {
        name: `holidayTypes[${index}]`,
        expected: 'holiday-type',
        input: type,
      });
    }
  });
  return types as HolidayType[];
}

/**
 * A working-day calendar for a country or subdivision, from date-holidays' public holidays: weekends
 * and public holidays are rest days, every other day is a working day. Any year 1900-2199.
 *
 * `country` is an ISO 3166 code, optionally with a subdivision: `'US'`, `'US-CA'`, `'JP'`, `'DE-BY'`.
 * `'CN'` returns {@link chinaCalendar} (the official schedule with make-up working days).
 *
 * @example
 * regionCalendar('US').isWorkingDay('2025-07-04')
 * //=> false
 *
 * @example
 * regionCalendar('JP').nextWorkingDay('2025-05-02')
 * //=> '2025-05-07' (Constitution Day, Greenery Day, Children's Day and a substitute holiday)
 */
export function regionCalendar(country: string, options: RegionCalendarOptions = {}): WorkingDayCalendar {
  if (typeof country !== 'string' || !/^[A-Za-z]{2}(-[A-Za-z0-9]{1,3}){0,2}$/.test(country)) {
    throw new CalendarDataError('unknown_region', { input: country });
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError('invalid_argument', {
      name: 'options',
      expected: 'object',
      input: options,
    });
  }
  // Options are checked by name: a misspelled one, or chinaCalendar's options given at the top level
  // instead of under `china`, would otherwise be dropped without a word.
  refuseUnknownOptions(options, REGION_OPTIONS, 'region-calendar-options');
  const [code = '', state, region] = country.toUpperCase().split('-');
  if (code === 'CN' && state === undefined) {
    const ignored = Object.keys(options).find((key) => key !== 'china');
    if (ignored !== undefined) {
      throw new InvalidArgumentError(
        'invalid_argument',
        { name: 'options', expected: 'china-region-options', input: ignored },
        [ignored],
      );
    }
    return chinaCalendar(options.china);
  }
  const weekend = [...checkWeekend(options.weekend ?? [6, 7])];
  const types = checkHolidayTypes(options.holidayTypes ?? ['public']);
  const key = `${country.toUpperCase()}|${[...weekend].sort().join('')}|${[...types].sort().join(',')}|${options.timeZone ?? ''}`;
  const cached = shared.get(key);
  if (cached !== undefined) return cached;

  const catalogue = new Holidays();
  const countries = catalogue.getCountries('en');
  if (!Object.hasOwn(countries, code)) throw new CalendarDataError('unknown_region', { input: country });
  if (state !== undefined) {
    const states = catalogue.getStates(code, 'en') ?? {};
    if (!Object.hasOwn(states, state)) throw new CalendarDataError('unknown_region', { input: country });
    if (region !== undefined) {
      const regions = catalogue.getRegions(code, state, 'en') ?? {};
      if (!Object.hasOwn(regions, region)) throw new CalendarDataError('unknown_region', { input: country });
    }
  }
  const holidays =
    region !== undefined
      ? new Holidays(code, state!, region)
      : state !== undefined
        ? new Holidays(code, state)
        : new Holidays(code);
  const zone = options.timeZone ?? holidays.getTimezones()[0] ?? 'UTC';
  const id = [code, state, region].filter((part) => part !== undefined).join('-');
  const source = new RegionSource(id, resolveZone(zone).id, new Set(weekend), holidays, new Set(types));
  const calendar = new TableCalendar(source);
  shared.set(key, calendar);
  return calendar;
}
