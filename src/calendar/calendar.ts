/**
 * The working-day calendar: the public interface, and the table-backed implementation that every
 * calendar (official China schedule, date-holidays regions, company overrides) shares.
 */

import { CalendarCoverageError, InvalidArgumentError, type IssuePath } from '../errors/errors.js';
import { type Lang, renderMessage } from '../errors/messages.js';
import { BRAND_PROTOCOL, CALENDAR_BRAND, hasBrand } from '../internal/brand.js';
import type { Assert, ListsAll } from '../internal/lists.js';
import {
  type CivilDate,
  type DayNumber,
  dayFromCivil,
  formatCivilDate,
  parseCivilDate,
  weekdayOfDay,
  yearOfDay,
} from '../time/civil-date.js';
import { DayCode, DayTable, isWorkingKind } from './day-table.js';
import { describeAnswer } from './explain.js';
import type { HolidayName } from './holiday-names.js';
import { formatStamp, type IcsEvent, type IcsOptions, renderICS, uidPart } from './ics.js';
import { refuseUnknownOptions } from './known-options.js';
import type { FestivalDay } from './statutory.js';

/** The kinds of day, in the order of their codes in the day table. */
export const DAY_KINDS = [
  'workday',
  'weekend',
  'holiday',
  'makeup-workday',
  'company-day-off',
  'company-workday',
] as const satisfies readonly DayKind[];

/** What kind of day a civil date is. */
export type DayKind =
  | 'workday'
  | 'weekend'
  | 'holiday'
  | 'makeup-workday'
  | 'company-day-off'
  | 'company-workday';

/** Compile-time: DAY_KINDS lists every DayKind. */
export type DAY_KINDS_LISTED = Assert<ListsAll<DayKind, typeof DAY_KINDS>>;

const KIND_NAMES: readonly DayKind[] = DAY_KINDS;

/** Everything the calendar knows about one day. */
export interface DayInfo {
  date: CivilDate;
  /** ISO weekday: 1 = Monday ... 7 = Sunday. */
  weekday: number;
  working: boolean;
  kind: DayKind;
  /** The holiday (or company day) the day belongs to, when it has a name. */
  name?: HolidayName;
  /**
   * Mainland China, the days an official notice lists (and statutory holidays on a weekend): whether
   * the day is a statutory holiday (法定节假日), a substitute or swapped rest day (补休, 调休), a
   * weekend inside the break or a make-up working day, with the festival and its number of statutory
   * days that year. Absent on other days, on company days and on estimates.
   */
  festival?: FestivalDay;
  /** The status is a weekends-only estimate: no official schedule covers the day. */
  estimated: boolean;
  /** Official, but the next year's notice may still move it (last days of the newest covered year). */
  provisional: boolean;
}

/**
 * Which days {@link WorkingDayCalendar.daysIn} lists: a list of day kinds, or every working day, or
 * every rest day (the weekends, holidays and company days off).
 */
export type DaySelection = readonly DayKind[] | 'working-days' | 'rest-days';

/** Options of {@link WorkingDayCalendar.daysIn}. */
export interface DaysInOptions {
  /** The days to list (default: every day). */
  kinds?: DaySelection;
}

/** The first and last civil dates a calendar answers for without estimating. */
export interface CalendarCoverage {
  start: CivilDate;
  end: CivilDate;
}

/** An answer together with how much it can be trusted and the days that shaped it. */
export interface CalendarAnswer<T> {
  value: T;
  /** Some day the answer depends on is a weekends-only estimate. */
  estimated: boolean;
  /** Some day the answer depends on may still be moved by a future notice. */
  provisional: boolean;
  /** The data that produced the answer (source, commit, years, run-time additions). */
  dataVersion: string;
  /** The days the answer depended on that are not ordinary weekdays and weekends, in date order. */
  notableDays: DayInfo[];
  /**
   * The answer and its reasons as a sentence, in English (default) or Chinese; an estimated or a
   * provisional answer says so in brackets (the data version is `dataVersion`).
   *
   * @example
   * chinaCalendar().explain.isWorkingDay('2025-10-11').text('zh')
   * //=> '2025-10-11(周六)是工作日:调休上班日(国庆节、中秋节)'
   */
  text(lang?: Lang): string;
}

/** Options of {@link WorkingDayCalendar.toICS}. */
export interface CalendarIcsOptions extends IcsOptions {
  /** The first day to export. */
  from: CivilDate;
  /** The last day to export (inclusive). */
  to: CivilDate;
}

/** Company-specific days layered over a calendar. */
export interface CalendarOverrides {
  /** Extra days off (a company holiday), as dates or `{ date, name }`. */
  daysOff?: ReadonlyArray<CivilDate | { date: CivilDate; name?: string }>;
  /** Extra working days (a company working Saturday), as dates or `{ date, name }`. */
  workingDays?: ReadonlyArray<CivilDate | { date: CivilDate; name?: string }>;
}

/** A working-day calendar. Every method takes and returns civil dates `YYYY-MM-DD`. */
export interface WorkingDayCalendar {
  /** A short name: `CN`, `CN (rest days only)`, `US-CA`, with `+overrides` when customised. */
  readonly id: string;
  /** The IANA zone whose civil dates the calendar speaks of. */
  readonly timeZone: string;
  /** The first and last dates answered from data; beyond them only an estimate, if asked for. */
  readonly coverage: CalendarCoverage;
  /** Whether questions beyond coverage are answered with a weekends-only estimate. */
  readonly estimatesBeyondCoverage: boolean;
  /** The data that produced the answers (source, commit, years, run-time additions). */
  readonly dataVersion: string;
  /**
   * Whether `date` is a working day.
   *
   * @example
   * chinaCalendar().isWorkingDay('2025-10-11')
   * //=> true (a make-up working Saturday)
   *
   * @example
   * chinaCalendar().isWorkingDay('2025-10-01')
   * //=> false (National Day)
   */
  isWorkingDay(date: CivilDate): boolean;
  /**
   * The first working day strictly after `date`.
   *
   * @example
   * chinaCalendar().nextWorkingDay('2025-09-30')
   * //=> '2025-10-09' (2025-10-01..2025-10-08 are off)
   */
  nextWorkingDay(date: CivilDate): CivilDate;
  /**
   * The last working day strictly before `date`.
   *
   * @example
   * chinaCalendar().previousWorkingDay('2025-10-09')
   * //=> '2025-09-30'
   */
  previousWorkingDay(date: CivilDate): CivilDate;
  /**
   * For n >= 1 the nth working day strictly after `date` (the start day is not counted, PRC Civil
   * Code art. 201); for n <= -1 the |n|th working day strictly before it; `date` itself for n = 0.
   *
   * @example
   * chinaCalendar().addWorkingDays('2025-09-30', 3)
   * //=> '2025-10-11' (10-09, 10-10 and the make-up Saturday 10-11)
   *
   * @example
   * chinaCalendar().addWorkingDays('2025-10-09', -1)
   * //=> '2025-09-30'
   */
  addWorkingDays(date: CivilDate, n: number): CivilDate;
  /**
   * The number of working days d with from < d <= to; negative when to < from.
   *
   * @example
   * chinaCalendar().workingDaysBetween('2025-09-30', '2025-10-31')
   * //=> 18
   */
  workingDaysBetween(from: CivilDate, to: CivilDate): number;
  /**
   * What kind of day `date` is, and why.
   *
   * @example
   * chinaCalendar().day('2025-10-11')
   * //=> { date: '2025-10-11', weekday: 6, working: true, kind: 'makeup-workday',
   * //     name: { zh: '国庆节、中秋节', en: 'National Day and Mid-Autumn Festival' },
   * //     festival: { role: 'makeup-workday', name: { zh: '国庆节', en: 'National Day' }, statutoryDays: 3 },
   * //     estimated: false, provisional: false }
   *
   * @example
   * chinaCalendar().daysIn('2025-01-28', '2025-02-04').map((d) => d.festival?.role)
   * //=> ['statutory', 'statutory', 'statutory', 'statutory', 'weekend', 'weekend', 'in-lieu', 'in-lieu']
   * // (the Spring Festival: 除夕 to 初三 are statutory since 2025, statutoryDays: 4; 02-03 and 02-04
   * //  are the rest days swapped with the make-up working days 01-26 and 02-08)
   */
  day(date: CivilDate): DayInfo;
  /**
   * The days from `from` to `to`, both included, in date order, each as {@link WorkingDayCalendar.day}
   * describes it; with `kinds`, only the days of those kinds (`['holiday', 'makeup-workday']`), or
   * `'working-days'` / `'rest-days'`. The listings of chinese-days' `getHolidaysInRange` and
   * `getWorkdaysInRange`, with each day's name.
   *
   * @example
   * chinaCalendar().daysIn('2025-09-27', '2025-10-12', { kinds: ['makeup-workday'] }).map((d) => d.date)
   * //=> ['2025-09-28', '2025-10-11']
   *
   * @example
   * chinaCalendar().daysIn('2025-01-01', '2025-12-31', { kinds: ['holiday'] }).length
   * //=> 28 (the announced rest days of 2025, weekends inside the breaks included)
   */
  daysIn(from: CivilDate, to: CivilDate, options?: DaysInOptions): DayInfo[];
  /** The same questions, answered with their reasons, estimate and provisional flags. */
  readonly explain: {
    /**
     * {@link WorkingDayCalendar.isWorkingDay}, with its reasons.
     *
     * @example
     * chinaCalendar().explain.isWorkingDay('2025-10-11').text()
     * //=> '2025-10-11 (Sat) is a working day: make-up working day (National Day and Mid-Autumn Festival)'
     *
     * @example
     * chinaCalendar({ beyondCoverage: 'weekends' }).explain.isWorkingDay('2027-01-04').estimated
     * //=> true (no 2027 notice is loaded: a Monday-Friday estimate)
     */
    isWorkingDay(date: CivilDate): CalendarAnswer<boolean>;
    /**
     * {@link WorkingDayCalendar.nextWorkingDay}, with the days skipped on the way.
     *
     * @example
     * chinaCalendar().explain.nextWorkingDay('2025-09-30').notableDays.map((d) => d.date).slice(0, 2)
     * //=> ['2025-10-01', '2025-10-02']
     */
    nextWorkingDay(date: CivilDate): CalendarAnswer<CivilDate>;
    /**
     * {@link WorkingDayCalendar.addWorkingDays}, with the holidays and make-up days on the way.
     *
     * @example
     * chinaCalendar().explain.addWorkingDays('2025-09-30', 3).text()
     * //=> '2025-10-11 is the 3rd working day after 2025-09-30 (2025-09-30 itself is not counted, Civil Code art. 201); on the way: 2025-10-01..2025-10-08 official holiday (National Day and Mid-Autumn Festival); 2025-10-11 (Sat) make-up working day (National Day and Mid-Autumn Festival)'
     */
    addWorkingDays(date: CivilDate, n: number): CalendarAnswer<CivilDate>;
    /**
     * {@link WorkingDayCalendar.workingDaysBetween}, with the days that were not ordinary.
     *
     * @example
     * chinaCalendar().explain.workingDaysBetween('2025-09-30', '2025-10-10').value
     * //=> 2 (10-09 and 10-10; 10-01..10-08 are off)
     */
    workingDaysBetween(from: CivilDate, to: CivilDate): CalendarAnswer<number>;
  };
  /**
   * A new calendar with company days off and working days layered on top of this one.
   *
   * @example
   * chinaCalendar().with({ daysOff: [{ date: '2025-10-10', name: 'Company day' }] }).day('2025-10-10').kind
   * //=> 'company-day-off'
   */
  with(overrides: CalendarOverrides): WorkingDayCalendar;
  /**
   * The days from `from` to `to` that are not ordinary weekdays and weekends, as iCalendar (RFC 5545)
   * text: official rest days and make-up working days (and company days), consecutive days of one
   * holiday as one all-day event named after it, in English or Chinese. UIDs are stable (calendar,
   * kind, first day), so importing a later export updates the events. `DTSTAMP` is `stamp`, or by
   * default the date of the calendar's data (for China, the shipped snapshot or the newest notice read
   * at run time), so the same data always gives the same text.
   *
   * @example
   * chinaCalendar().toICS({ from: '2026-09-01', to: '2026-10-31' }).split('\r\n').filter((l) => l.startsWith('SUMMARY'))
   * //=> ['SUMMARY:National Day: make-up working day', 'SUMMARY:Mid-Autumn Festival: official holiday',
   * //    'SUMMARY:National Day: official holiday', 'SUMMARY:National Day: make-up working day']
   */
  toICS(options: CalendarIcsOptions): string;
}

/** What a calendar is made from; the table and the public methods are generic over it. */
export interface DaySource {
  readonly id: string;
  readonly timeZone: string;
  /** Days answered from data: [first, last]. */
  readonly covered: { first: DayNumber; last: DayNumber };
  /** Whether days outside `covered` may be estimated (weekends only). */
  readonly estimates: boolean;
  /** ISO weekdays that are weekend days for estimates (and for sources that use them). */
  readonly weekend: ReadonlySet<number>;
  /** First day of the provisional tail of the newest covered year, if any. */
  readonly provisionalFrom: DayNumber | undefined;
  readonly dataVersion: string;
  /** Build the table a year at a time as questions need it (else over the whole coverage at once). */
  readonly lazy: boolean;
  /** The widest range the table may grow to (default {@link TABLE_LIMIT}). */
  readonly limit?: { first: DayNumber; last: DayNumber };
  /** The date of the data, when known (the default `DTSTAMP` of iCalendar exports). */
  readonly dataDate?: CivilDate;
  /** The code (kind, no flags) of a covered day. */
  code(day: DayNumber): number;
  /** The name of a covered day, when it has one. */
  name(day: DayNumber): HolidayName | undefined;
  /** What a covered day is within a holiday break, for sources that know (mainland China). */
  festival?(day: DayNumber): FestivalDay | undefined;
}

/** The days a civil date can name: years 1 to 9999. */
const CIVIL_LIMIT = { first: dayFromCivil(1, 1, 1), last: dayFromCivil(9999, 12, 31) } as const;

/** The widest range any table may grow to. */
export const TABLE_LIMIT = { first: dayFromCivil(1900, 1, 1), last: dayFromCivil(2199, 12, 31) } as const;

interface Override {
  off: boolean;
  name: HolidayName | undefined;
}

/**
 * The calendar implementation: a {@link DaySource}, company overrides, and a lazily built table.
 * Public types show it as {@link WorkingDayCalendar}.
 */
export class TableCalendar implements WorkingDayCalendar {
  /**
   * Recognised by the brand, not by `instanceof` (see internal/brand.ts). A getter, so it lives on the
   * prototype: a copy made by spreading (`{ ...calendar }`) has the data but not the methods, and no brand.
   */
  get [CALENDAR_BRAND](): number {
    return BRAND_PROTOCOL;
  }
  readonly id: string;
  readonly timeZone: string;
  readonly coverage: CalendarCoverage;
  readonly estimatesBeyondCoverage: boolean;
  readonly dataVersion: string;
  private table: DayTable | undefined;

  constructor(
    readonly source: DaySource,
    private readonly overrides: ReadonlyMap<DayNumber, Override> = new Map(),
  ) {
    this.id = overrides.size > 0 ? `${source.id}+overrides` : source.id;
    this.timeZone = source.timeZone;
    this.coverage = {
      start: formatCivilDate(source.covered.first),
      end: formatCivilDate(source.covered.last),
    };
    this.estimatesBeyondCoverage = source.estimates;
    this.dataVersion =
      overrides.size > 0
        ? `${source.dataVersion}; ${overrides.size} company override(s)`
        : source.dataVersion;
  }

  // ---- day-number engine (used by the clocks, the SLA and billing engines) ----

  /** The code (kind and flags) of a day; builds or grows the table as needed. */
  private dayCode(day: DayNumber): number {
    const { source } = this;
    let code: number;
    if (day >= source.covered.first && day <= source.covered.last) {
      code = source.code(day);
      if (source.provisionalFrom !== undefined && day >= source.provisionalFrom) code |= DayCode.PROVISIONAL;
    } else {
      code = (source.weekend.has(weekdayOfDay(day)) ? DayCode.WEEKEND : DayCode.WORKDAY) | DayCode.ESTIMATED;
    }
    const override = this.overrides.get(day);
    if (override !== undefined) {
      code = (code & ~DayCode.KIND_MASK) | (override.off ? DayCode.COMPANY_DAY_OFF : DayCode.COMPANY_WORKDAY);
    }
    return code;
  }

  /**
   * Makes sure the table holds every day in [from, to], growing it when the source allows, else
   * throwing the coverage error that names the first missing year nearest to coverage.
   */
  ensure(from: DayNumber, to: DayNumber): DayTable {
    const table = this.table;
    if (table !== undefined && from >= table.first && to < table.end) return table;
    const { covered, estimates } = this.source;
    const limit = this.source.limit ?? TABLE_LIMIT;
    // Beyond the days a civil date can name (years 1-9999), no notice or option can help.
    if (from < CIVIL_LIMIT.first || to > CIVIL_LIMIT.last) {
      const first = from < CIVIL_LIMIT.first;
      throw new CalendarCoverageError('calendar_range', {
        calendar: this.id,
        limit: formatCivilDate(first ? CIVIL_LIMIT.first : CIVIL_LIMIT.last),
        first,
        dates: true,
      });
    }
    // A source that covers every day its table can hold (date-holidays regions, weekday calendars) is
    // not extended by loading a notice or estimating: past its range, say so rather than advise
    // options it ignores.
    const whole = covered.first <= limit.first && covered.last >= limit.last;
    if (!estimates && !whole && (from < covered.first || to > covered.last)) {
      const missing =
        from < covered.first ? Math.min(to, covered.first - 1) : Math.max(from, covered.last + 1);
      // Beyond what the table can ever hold there is no notice to load: that is a range error.
      if (missing >= limit.first && missing <= limit.last) {
        throw new CalendarCoverageError('calendar_coverage', {
          year: yearOfDay(missing),
          calendar: this.id,
          coverage: `${this.coverage.start}..${this.coverage.end}`,
        });
      }
    }
    if (from < limit.first || to > limit.last) {
      const first = from < limit.first;
      throw new CalendarCoverageError('calendar_range', {
        calendar: this.id,
        limit: formatCivilDate(first ? limit.first : limit.last),
        first,
      });
    }
    // Grow in whole years; a source that is not lazy is built over its whole coverage at once.
    let first = dayFromCivil(yearOfDay(from), 1, 1);
    let last = dayFromCivil(yearOfDay(to), 12, 31);
    // A lazy table grows to hold what was asked before, unless that is far away (a weekday calendar
    // asked about year 1 and then year 9999): then it starts afresh, so its size follows the question.
    const far = 50 * 366;
    if (table !== undefined && (!this.source.lazy || (from <= table.end + far && to >= table.first - far))) {
      first = Math.min(first, table.first);
      last = Math.max(last, table.end - 1);
    }
    if (!this.source.lazy) {
      first = Math.min(first, covered.first);
      last = Math.max(last, covered.last);
    }
    if (!estimates) {
      first = Math.max(first, covered.first);
      last = Math.min(last, covered.last);
    }
    first = Math.max(first, limit.first);
    last = Math.min(last, limit.last);
    const built = new DayTable(first, last - first + 1, (day) => this.dayCode(day));
    this.table = built;
    return built;
  }

  /** Whether a day (as a number) is a working day. */
  isWorkingDayNumber(day: DayNumber): boolean {
    const table = this.ensure(day, day);
    return table.working[day - table.first] === 1;
  }

  /** The day code of a day number (kind in the low bits, see DayCode). */
  codeOf(day: DayNumber): number {
    const table = this.ensure(day, day);
    return table.codes[day - table.first]!;
  }

  /**
   * The furthest day the table may grow to in a direction without an error: the limit, and the
   * coverage unless the source estimates. Growth stops there first, so that an answer just inside
   * the range is found, and only a question that needs more ends in the error.
   */
  private growthBound(forward: boolean): DayNumber {
    const limit = this.source.limit ?? TABLE_LIMIT;
    const { covered, estimates } = this.source;
    if (forward) return estimates ? limit.last : Math.min(limit.last, covered.last);
    return estimates ? limit.first : Math.max(limit.first, covered.first);
  }

  /** addWorkingDays on day numbers. */
  addWorkingDayNumbers(day: DayNumber, n: number): DayNumber {
    if (n === 0) return day;
    if (n > 0) {
      let table = this.ensure(day + 1, day + 1);
      for (;;) {
        const rank = table.cum[day + 1 - table.first]! + n - 1;
        if (rank < table.total) return table.first + table.select[rank]!;
        // Not enough working days in the table: grow forward (or hit the coverage error).
        const wanted = table.end + Math.max(366, (rank - table.total + 1) * 2);
        const bound = this.growthBound(true);
        table = this.ensure(day + 1, table.end - 1 < bound ? Math.min(wanted, bound) : wanted);
      }
    }
    let table = this.ensure(day - 1, day - 1);
    for (;;) {
      const rank = table.cum[day - table.first]! + n;
      if (rank >= 0) return table.first + table.select[rank]!;
      const wanted = table.first - Math.max(366, -rank * 2);
      const bound = this.growthBound(false);
      table = this.ensure(table.first > bound ? Math.max(wanted, bound) : wanted, day - 1);
    }
  }

  /** workingDaysBetween on day numbers. */
  workingDayNumbersBetween(from: DayNumber, to: DayNumber): number {
    if (from === to) return 0;
    if (from > to) return 0 - this.workingDayNumbersBetween(to, from); // never -0
    const table = this.ensure(from + 1, to);
    return table.cum[to + 1 - table.first]! - table.cum[from + 1 - table.first]!;
  }

  /** Whether any day in [from, to] is outside official coverage (its status an estimate). */
  isEstimatedSpan(from: DayNumber, to: DayNumber): boolean {
    return from <= to && (from < this.source.covered.first || to > this.source.covered.last);
  }

  /** Whether any day in [from, to] is in the provisional tail of the newest covered year. */
  isProvisionalSpan(from: DayNumber, to: DayNumber): boolean {
    const p = this.source.provisionalFrom;
    return p !== undefined && from <= to && to >= p && from <= this.source.covered.last;
  }

  /** Everything known about a day number. */
  dayInfoOf(day: DayNumber): DayInfo {
    const code = this.codeOf(day);
    const kind = code & DayCode.KIND_MASK;
    const info: DayInfo = {
      date: formatCivilDate(day),
      weekday: weekdayOfDay(day),
      working: isWorkingKind(kind),
      kind: KIND_NAMES[kind]!,
      estimated: (code & DayCode.ESTIMATED) !== 0,
      provisional: (code & DayCode.PROVISIONAL) !== 0,
    };
    const override = this.overrides.get(day);
    const name = override?.name ?? (code & DayCode.ESTIMATED ? undefined : this.sourceName(day));
    if (name !== undefined) info.name = name;
    if (override === undefined && !(code & DayCode.ESTIMATED) && this.source.festival !== undefined) {
      const festival = this.source.festival(day);
      if (festival !== undefined) info.festival = festival;
    }
    return info;
  }

  private sourceName(day: DayNumber): HolidayName | undefined {
    const { covered } = this.source;
    return day >= covered.first && day <= covered.last ? this.source.name(day) : undefined;
  }

  /** The days in [from, to] that are not ordinary weekdays or weekends. */
  notableDaysIn(from: DayNumber, to: DayNumber): DayInfo[] {
    const out: DayInfo[] = [];
    if (from > to) return out;
    const table = this.ensure(from, to);
    for (let day = from; day <= to; day++) {
      const code = table.codes[day - table.first]!;
      const kind = code & DayCode.KIND_MASK;
      if (kind !== DayCode.WORKDAY && kind !== DayCode.WEEKEND) out.push(this.dayInfoOf(day));
      else if (code & DayCode.ESTIMATED || code & DayCode.PROVISIONAL || this.sourceName(day) !== undefined) {
        out.push(this.dayInfoOf(day));
      }
    }
    return out;
  }

  // ---- public API on civil-date strings ----

  isWorkingDay(date: CivilDate): boolean {
    const day = parseCivilDate(date);
    const table = this.table;
    if (table !== undefined) {
      const i = day - table.first;
      if (i >= 0 && i < table.size) return table.working[i] === 1;
    }
    return this.isWorkingDayNumber(day);
  }

  nextWorkingDay(date: CivilDate): CivilDate {
    return formatCivilDate(this.addWorkingDayNumbers(parseCivilDate(date), 1));
  }

  previousWorkingDay(date: CivilDate): CivilDate {
    return formatCivilDate(this.addWorkingDayNumbers(parseCivilDate(date), -1));
  }

  addWorkingDays(date: CivilDate, n: number): CivilDate {
    const day = parseCivilDate(date);
    return formatCivilDate(this.addWorkingDayNumbers(day, checkCount(n, ['n'])));
  }

  workingDaysBetween(from: CivilDate, to: CivilDate): number {
    return this.workingDayNumbersBetween(parseCivilDate(from, ['from']), parseCivilDate(to, ['to']));
  }

  day(date: CivilDate): DayInfo {
    return this.dayInfoOf(parseCivilDate(date));
  }

  daysIn(fromDate: CivilDate, toDate: CivilDate, options: DaysInOptions = {}): DayInfo[] {
    const from = parseCivilDate(fromDate, ['from']);
    const to = parseCivilDate(toDate, ['to']);
    if (to < from) {
      throw new InvalidArgumentError('invalid_argument', {
        name: 'to',
        expected: 'range-end',
        input: toDate,
      });
    }
    const mask = kindMask(options);
    const table = this.ensure(from, to);
    const out: DayInfo[] = [];
    for (let day = from; day <= to; day++) {
      if (mask & (1 << (table.codes[day - table.first]! & DayCode.KIND_MASK))) out.push(this.dayInfoOf(day));
    }
    return out;
  }

  /** An answer that depended on the days [from, to]. */
  answer<T>(value: T, from: DayNumber, to: DayNumber, sentence: (lang: Lang, notable: DayInfo[]) => string) {
    const notableDays = this.notableDaysIn(from, to);
    const result: CalendarAnswer<T> = {
      value,
      estimated: this.isEstimatedSpan(from, to),
      provisional: this.isProvisionalSpan(from, to),
      dataVersion: this.dataVersion,
      notableDays,
      text: (lang: Lang = 'en') => sentence(lang, notableDays),
    };
    return result;
  }

  readonly explain: WorkingDayCalendar['explain'] = {
    isWorkingDay: (date) => {
      const day = parseCivilDate(date);
      const info = this.dayInfoOf(day);
      return this.answer(info.working, day, day, (lang) => describeAnswer.day(info, lang));
    },
    nextWorkingDay: (date) => this.explain.addWorkingDays(date, 1),
    addWorkingDays: (date, n) => {
      const day = parseCivilDate(date);
      const count = checkCount(n, ['n']);
      const result = this.addWorkingDayNumbers(day, count);
      const [from, to] = count >= 0 ? [day + 1, result] : [result, day - 1];
      return this.answer(formatCivilDate(result), from, to, (lang, notable) =>
        describeAnswer.add(date, count, formatCivilDate(result), notable, lang),
      );
    },
    workingDaysBetween: (fromDate, toDate) => {
      const from = parseCivilDate(fromDate, ['from']);
      const to = parseCivilDate(toDate, ['to']);
      const count = this.workingDayNumbersBetween(from, to);
      const [lo, hi] = from <= to ? [from + 1, to] : [to + 1, from];
      return this.answer(count, lo, hi, (lang, notable) =>
        describeAnswer.between(fromDate, toDate, count, notable, lang),
      );
    },
  };

  toICS(options: CalendarIcsOptions): string {
    if (typeof options !== 'object' || options === null) {
      throw new InvalidArgumentError('invalid_argument', {
        name: 'options',
        expected: 'object',
        input: options,
      });
    }
    const from = parseCivilDate(options.from, ['from']);
    const to = parseCivilDate(options.to, ['to']);
    const lang = options.lang === 'zh' ? 'zh' : 'en';
    const stamp = formatStamp(options.stamp ?? `${this.source.dataDate ?? '1970-01-01'}T00:00:00Z`, 'stamp');
    const events: IcsEvent[] = [];
    if (from <= to) {
      const days = this.notableDaysIn(from, to).filter((d) => d.kind !== 'workday' && d.kind !== 'weekend');
      let i = 0;
      while (i < days.length) {
        const first = days[i]!;
        let j = i;
        // Consecutive days of one kind and one holiday are one event.
        while (
          j + 1 < days.length &&
          days[j + 1]!.kind === first.kind &&
          days[j + 1]!.name?.zh === first.name?.zh &&
          parseCivilDate(days[j + 1]!.date) === parseCivilDate(days[j]!.date) + 1
        )
          j++;
        const last = days[j]!;
        const name = first.name === undefined ? '' : lang === 'zh' ? first.name.zh : first.name.en;
        const params = {
          name,
          kind: first.kind,
          from: first.date,
          to: last.date,
          days: j - i + 1,
          calendar: this.id,
          dataVersion: this.dataVersion,
          provisional: days.slice(i, j + 1).some((d) => d.provisional),
        };
        events.push({
          uid: `${uidPart(this.id)}-${first.kind}-${first.date}@contract-terms`,
          start: first.date,
          end: last.date,
          summary: renderMessage('ics_day_summary', params, lang),
          description: renderMessage('ics_day_description', params, lang),
          categories: [first.kind],
        });
        i = j + 1;
      }
    }
    return renderICS(events, renderMessage('ics_calendar_name', { calendar: this.id }, lang), stamp);
  }

  with(overrides: CalendarOverrides): WorkingDayCalendar {
    const merged = new Map(this.overrides);
    const add = (list: CalendarOverrides['daysOff'], off: boolean, key: string) => {
      if (list === undefined) return;
      if (!Array.isArray(list)) {
        throw new InvalidArgumentError('invalid_argument', {
          name: key,
          expected: 'dates',
          input: list,
        });
      }
      list.forEach((item, index) => {
        const path: IssuePath = [key, index];
        const date = typeof item === 'object' && item !== null ? item.date : item;
        const day = parseCivilDate(date, typeof item === 'object' ? [...path, 'date'] : path);
        const label = typeof item === 'object' && item !== null ? item.name : undefined;
        merged.set(day, { off, name: label === undefined ? undefined : { zh: label, en: label } });
      });
    };
    add(overrides.daysOff, true, 'daysOff');
    add(overrides.workingDays, false, 'workingDays');
    const offDays = new Set((overrides.daysOff ?? []).map((d) => (typeof d === 'object' ? d.date : d)));
    for (const d of overrides.workingDays ?? []) {
      const date = typeof d === 'object' ? d.date : d;
      if (offDays.has(date))
        throw new InvalidArgumentError('invalid_argument', {
          name: 'overrides',
          expected: 'day-off-or-working-day',
          input: date,
        });
    }
    return new TableCalendar(this.source, merged);
  }
}

/** The day kinds `daysIn` lists, as a bit mask over the kind codes (checked). */
function kindMask(options: unknown): number {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError('invalid_argument', {
      name: 'options',
      expected: 'object',
      input: options,
    });
  }
  refuseUnknownOptions(options, ['kinds'], 'days-in-options');
  const kinds = (options as DaysInOptions).kinds;
  const all = (1 << KIND_NAMES.length) - 1;
  if (kinds === undefined) return all;
  const working = (1 << DayCode.WORKDAY) | (1 << DayCode.MAKEUP_WORKDAY) | (1 << DayCode.COMPANY_WORKDAY);
  if (kinds === 'working-days') return working;
  if (kinds === 'rest-days') return all & ~working;
  if (!Array.isArray(kinds)) {
    throw new InvalidArgumentError('invalid_argument', {
      name: 'kinds',
      expected: 'day-selection',
      input: kinds,
    });
  }
  let mask = 0;
  kinds.forEach((kind, index) => {
    const code = KIND_NAMES.indexOf(kind as DayKind);
    if (code < 0) {
      throw new InvalidArgumentError('invalid_argument', {
        name: `kinds[${index}]`,
        expected: 'day-kind',
        input: kind,
      });
    }
    mask |= 1 << code;
  });
  return mask;
}

function checkCount(n: unknown, path: IssuePath): number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) {
    throw new InvalidArgumentError('invalid_argument', {
      name: path.join('.'),
      expected: 'whole-number',
      input: n,
    });
  }
  return n;
}

/**
 * The implementation behind a calendar created by this library (by this copy or another: the ESM and
 * CJS builds of one package, recognised by the brand). The clocks and engines work on day numbers
 * through it; a hand-made object with the same methods is refused rather than trusted.
 */
export function calendarEngine(calendar: unknown, path: IssuePath = ['calendar']): TableCalendar {
  if (hasBrand(calendar, CALENDAR_BRAND)) return calendar as TableCalendar;
  throw new InvalidArgumentError('invalid_argument', {
    name: path.length > 0 ? path.join('.') : 'calendar',
    expected: 'calendar',
    input: calendar,
  });
}
