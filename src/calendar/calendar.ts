/**
 * The working-day calendar: the public interface, and the table-backed implementation that every
 * calendar (official China schedule, date-holidays regions, company overrides) shares.
 */
import { CalendarCoverageError, InvalidArgumentError, type IssuePath } from '../errors/errors.js';
import type { Lang } from '../errors/messages.js';
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

/** The kinds of day, in the order of their codes in the day table. */
export const DAY_KINDS = [
  'workday',
  'weekend',
  'holiday',
  'makeup-workday',
  'company-day-off',
  'company-workday',
] as const;

/** What kind of day a civil date is. */
export type DayKind = (typeof DAY_KINDS)[number];

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
  /** The status is a weekends-only estimate: no official schedule covers the day. */
  estimated: boolean;
  /** Official, but the next year's notice may still move it (last days of the newest covered year). */
  provisional: boolean;
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
   * The answer and its reasons as a sentence, in English (default) or Chinese, followed by the data
   * version in brackets.
   *
   * @example
   * chinaCalendar().explain.isWorkingDay('2025-10-11').text('zh')
   * //=> '2025-10-11(周六)是工作日:调休上班日(国庆节、中秋节) [holiday-cn@d4e53bf 2007-2026]'
   */
  text(lang?: Lang): string;
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
   * //     estimated: false, provisional: false }
   */
  day(date: CivilDate): DayInfo;
  /** The same questions, answered with their reasons, estimate and provisional flags. */
  readonly explain: {
    /**
     * {@link WorkingDayCalendar.isWorkingDay}, with its reasons.
     *
     * @example
     * chinaCalendar().explain.isWorkingDay('2025-10-11').text()
     * //=> '2025-10-11 (Sat) is a working day: make-up working day (National Day and Mid-Autumn Festival) [holiday-cn@d4e53bf 2007-2026]'
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
  /** The code (kind, no flags) of a covered day. */
  code(day: DayNumber): number;
  /** The name of a covered day, when it has one. */
  name(day: DayNumber): HolidayName | undefined;
}

/** The days a civil date can name: years 1 to 9999. */
const CIVIL_LIMIT = { first: dayFromCivil(1, 1, 1), last: dayFromCivil(9999, 12, 31) } as const;

/** The widest range any table may grow to. */
export const TABLE_LIMIT = { first: dayFromCivil(1900, 1, 1), last: dayFromCivil(2199, 12, 31) } as const;

interface Override {
  off: boolean;
  name: HolidayName | undefined;
}

/** The calendar implementation: a {@link DaySource}, company overrides, and a lazily built table. */
export class TableCalendar implements WorkingDayCalendar {
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
    // A source that covers every day a table can hold (date-holidays regions) is not extended by
    // loading a notice or estimating: past its range, say so rather than advise options it ignores.
    const whole = covered.first <= TABLE_LIMIT.first && covered.last >= TABLE_LIMIT.last;
    if (!estimates && !whole && (from < covered.first || to > covered.last)) {
      const missing =
        from < covered.first ? Math.min(to, covered.first - 1) : Math.max(from, covered.last + 1);
      throw new CalendarCoverageError('calendar_coverage', {
        year: yearOfDay(missing),
        calendar: this.id,
        coverage: `${this.coverage.start}..${this.coverage.end}`,
      });
    }
    if (from < TABLE_LIMIT.first || to > TABLE_LIMIT.last) {
      const first = from < TABLE_LIMIT.first;
      throw new CalendarCoverageError('calendar_range', {
        calendar: this.id,
        limit: formatCivilDate(first ? TABLE_LIMIT.first : TABLE_LIMIT.last),
        first,
      });
    }
    // Grow in whole years; a source that is not lazy is built over its whole coverage at once.
    let first = dayFromCivil(yearOfDay(from), 1, 1);
    let last = dayFromCivil(yearOfDay(to), 12, 31);
    if (table !== undefined) {
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
    first = Math.max(first, TABLE_LIMIT.first);
    last = Math.min(last, TABLE_LIMIT.last);
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

  /** addWorkingDays on day numbers. */
  addWorkingDayNumbers(day: DayNumber, n: number): DayNumber {
    if (n === 0) return day;
    if (n > 0) {
      let table = this.ensure(day + 1, day + 1);
      for (;;) {
        const rank = table.cum[day + 1 - table.first]! + n - 1;
        if (rank < table.total) return table.first + table.select[rank]!;
        // Not enough working days in the table: grow forward (or hit the coverage error).
        table = this.ensure(day + 1, table.end + Math.max(366, (rank - table.total + 1) * 2));
      }
    }
    let table = this.ensure(day - 1, day - 1);
    for (;;) {
      const rank = table.cum[day - table.first]! + n;
      if (rank >= 0) return table.first + table.select[rank]!;
      table = this.ensure(table.first - Math.max(366, -rank * 2), day - 1);
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
    const name =
      this.overrides.get(day)?.name ?? (code & DayCode.ESTIMATED ? undefined : this.sourceName(day));
    if (name !== undefined) info.name = name;
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
 * The implementation behind a calendar created by this library. The clocks and engines work on day
 * numbers through it; a hand-made object with the same methods is refused rather than trusted.
 */
export function calendarEngine(calendar: unknown, path: IssuePath = ['calendar']): TableCalendar {
  if (calendar instanceof TableCalendar) return calendar;
  throw new InvalidArgumentError('invalid_argument', {
    name: path.length > 0 ? path.join('.') : 'calendar',
    expected: 'calendar',
    input: calendar,
  });
}
