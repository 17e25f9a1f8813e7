/**
 * The mainland China working-day calendar, from the State Council's yearly notices.
 *
 * Working day = (Monday-Friday and not an announced rest day) or an announced working day (调休上班).
 * The notices 2007-2026 ship with the library (generated from holiday-cn); newer ones can be loaded
 * at run time: as holiday-cn files (`extraYears`), or as the text of the notice itself (`notices`).
 */
import { CalendarDataError, InvalidArgumentError } from '../errors/errors.js';
import { type DayNumber, dayFromCivil, isWeekendDay } from '../time/civil-date.js';
import { type DaySource, TableCalendar, type WorkingDayCalendar } from './calendar.js';
import { CN_SCHEDULE_SOURCE } from './cn-schedule.generated.js';
import { shippedNotices } from './cn-shipped.js';
import { DayCode } from './day-table.js';
import {
  type HolidayCnFile,
  type MergedSchedule,
  mergeNotices,
  type Notice,
  readHolidayCnFile,
} from './holiday-cn.js';
import { chineseHolidayName, type HolidayName } from './holiday-names.js';
import { refuseUnknownOptions } from './known-options.js';
import { type NoticeIssue, noticeToSchedule, parseNoticeAt } from './notice.js';
import { breaksOf, type FestivalDay } from './statutory.js';

/** Options of {@link chinaCalendar}. */
export interface ChinaCalendarOptions {
  /**
   * What to do with a question about a day no loaded notice covers: `'error'` (default) throws
   * `CalendarCoverageError` naming the year; `'weekends'` answers Monday-Friday, and every answer
   * that relied on it is marked `estimated`.
   */
  beyondCoverage?: 'error' | 'weekends';
  /**
   * Notices to load at run time, in the holiday-cn format (objects or JSON text): next year's
   * schedule when the State Council publishes it, or an amended notice replacing a shipped year.
   * A file with an empty `days` list means "not announced" and is ignored.
   */
  extraYears?: ReadonlyArray<HolidayCnFile | string>;
  /**
   * The text of State Council notices (《国务院办公厅关于YYYY年部分节假日安排的通知》, or a notice
   * amending one), read with `parseHolidayNotice` and loaded after `extraYears`: an annual notice
   * replaces the schedule of its year; an amending notice changes the schedule loaded before it (an
   * earlier notice of the list, `extraYears`, or the shipped year). A notice that cannot be read or
   * whose statements disagree throws `HolidayNoticeError`, its issues at `['notices', i]`.
   */
  notices?: readonly string[];
  /**
   * `true` (default): announced make-up working weekend days are working days. `false`: the calendar
   * of official rest days alone, where those weekend days stay rest days (stock exchanges, for one,
   * do not open on them).
   */
  makeUpWorkingDays?: boolean;
}

const CHINA_OPTIONS: readonly string[] = [
  'beyondCoverage',
  'extraYears',
  'notices',
  'makeUpWorkingDays',
] satisfies ReadonlyArray<keyof ChinaCalendarOptions>;

const shortCommit = CN_SCHEDULE_SOURCE.commit.slice(0, 7);
const shipped = shippedNotices;

class ChinaSource implements DaySource {
  readonly id: string;
  readonly timeZone = 'Asia/Shanghai';
  readonly covered: { first: DayNumber; last: DayNumber };
  readonly estimates: boolean;
  readonly weekend: ReadonlySet<number> = new Set([6, 7]);
  readonly provisionalFrom: DayNumber;
  readonly dataVersion: string;
  readonly lazy = false;
  readonly dataDate: string;
  private readonly names = new Map<string, HolidayName>();

  constructor(
    private readonly schedule: MergedSchedule,
    estimates: boolean,
    private readonly makeUp: boolean,
    extraSources: string[],
    published: readonly string[] = [],
  ) {
    // The newest date the data carries: the shipped snapshot, or a notice read at run time.
    this.dataDate = [CN_SCHEDULE_SOURCE.committed, ...published].sort().at(-1)!;
    const years = schedule.announcedYears;
    const firstYear = years[0]!;
    let lastYear = firstYear;
    for (const year of years.slice(1)) {
      if (year !== lastYear + 1) {
        throw new CalendarDataError('calendar_data', {
          source: 'extraYears',
          reason: { key: 'gap', year, missing: lastYear + 1 },
        });
      }
      lastYear = year;
    }
    this.covered = { first: dayFromCivil(firstYear, 1, 1), last: dayFromCivil(lastYear, 12, 31) };
    // A notice has moved days as early as 29 December of the year before; flag the last week.
    this.provisionalFrom = dayFromCivil(lastYear, 12, 25);
    this.estimates = estimates;
    this.id = makeUp ? 'CN' : 'CN (rest days only)';
    this.dataVersion =
      `holiday-cn@${shortCommit} ${CN_SCHEDULE_SOURCE.announcedYears[0]}-${CN_SCHEDULE_SOURCE.announcedYears[1]}` +
      (extraSources.length > 0 ? `; loaded at run time: ${extraSources.join(', ')}` : '') +
      (makeUp ? '' : '; make-up working days ignored');
  }

  code(day: DayNumber): number {
    const listed = this.schedule.days.get(day);
    const weekend = isWeekendDay(day);
    if (listed === undefined) return weekend ? DayCode.WEEKEND : DayCode.WORKDAY;
    if (listed.off) return DayCode.HOLIDAY;
    if (!weekend) return DayCode.WORKDAY;
    return this.makeUp ? DayCode.MAKEUP_WORKDAY : DayCode.WEEKEND;
  }

  /** Statutory holiday, substitute, swapped or weekend day of a break (statutory.ts). */
  festival(day: DayNumber): FestivalDay | undefined {
    const info = breaksOf(this.schedule).get(day);
    // Without make-up working days those weekend days are plain rest days.
    return info?.role === 'makeup-workday' && !this.makeUp ? undefined : info;
  }

  name(day: DayNumber): HolidayName | undefined {
    const listed = this.schedule.days.get(day);
    if (listed === undefined) return undefined;
    let name = this.names.get(listed.name);
    if (name === undefined) {
      name = chineseHolidayName(listed.name);
      this.names.set(listed.name, name);
    }
    return name;
  }
}

let shippedSchedule: MergedSchedule | undefined;
const shared = new Map<string, TableCalendar>();

/**
 * The mainland China working-day calendar of the State Council's notices (2007-2026 shipped).
 *
 * @example
 * chinaCalendar().addWorkingDays('2025-09-30', 3)
 * //=> '2025-10-11' (the National Day break ends 2025-10-08; Saturday 2025-10-11 is a make-up working day)
 *
 * @example
 * chinaCalendar().isWorkingDay('2027-01-04')
 * //=> throws CalendarCoverageError: no official working-day schedule for 2027 is loaded ...
 *
 * @example
 * chinaCalendar({ beyondCoverage: 'weekends' }).explain.isWorkingDay('2027-01-04').estimated
 * //=> true
 */
export function chinaCalendar(options: ChinaCalendarOptions = {}): WorkingDayCalendar {
  return chinaCalendarReading(options).calendar;
}

/**
 * {@link chinaCalendar}, with the warnings of the notices it read (each at `['notices', i]`), for
 * callers that report them (a contract definition's checks).
 */
export function chinaCalendarReading(options: ChinaCalendarOptions = {}): {
  calendar: TableCalendar;
  warnings: NoticeIssue[];
} {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError('invalid_argument', {
      name: 'options',
      expected: 'object',
      input: options,
    });
  }
  refuseUnknownOptions(options, CHINA_OPTIONS, 'china-calendar-options');
  const { beyondCoverage = 'error', extraYears = [], makeUpWorkingDays = true, notices = [] } = options;
  if (beyondCoverage !== 'error' && beyondCoverage !== 'weekends') {
    throw new InvalidArgumentError('invalid_argument', {
      name: 'beyondCoverage',
      expected: 'coverage-mode',
      input: beyondCoverage,
    });
  }
  if (typeof makeUpWorkingDays !== 'boolean') {
    throw new InvalidArgumentError('invalid_argument', {
      name: 'makeUpWorkingDays',
      expected: 'boolean',
      input: makeUpWorkingDays,
    });
  }
  if (!Array.isArray(extraYears)) {
    throw new InvalidArgumentError('invalid_argument', {
      name: 'extraYears',
      expected: 'holiday-cn-files',
      input: extraYears,
    });
  }
  if (!Array.isArray(notices) || notices.some((text) => typeof text !== 'string')) {
    throw new InvalidArgumentError('invalid_argument', {
      name: 'notices',
      expected: 'notice-texts',
      input: notices,
    });
  }
  const estimates = beyondCoverage === 'weekends';
  if (extraYears.length === 0 && notices.length === 0) {
    const key = `${estimates}|${makeUpWorkingDays}`;
    let calendar = shared.get(key);
    if (calendar === undefined) {
      shippedSchedule ??= mergeNotices(shipped());
      calendar = new TableCalendar(new ChinaSource(shippedSchedule, estimates, makeUpWorkingDays, []));
      shared.set(key, calendar);
    }
    return { calendar, warnings: [] };
  }
  const loaded = extraYears.map((file, index) => readHolidayCnFile(file, `extraYears[${index}]`));
  // Each notice read amends what was loaded before it for its year (extraYears, earlier notices).
  const latest = new Map<number, Notice>();
  const warnings: NoticeIssue[] = [];
  const published: string[] = [];
  for (const notice of loaded) if (notice.days.length > 0) latest.set(notice.year, notice);
  notices.forEach((text, index) => {
    const source = `notices[${index}]`;
    const read = parseNoticeAt(text, {}, ['notices', index], (year) => latest.get(year));
    for (const warning of read.warnings) warnings.push({ ...warning, path: ['notices', index] });
    if (read.published !== null) published.push(read.published);
    const schedule = noticeToSchedule(read, source);
    latest.set(schedule.year, schedule);
    loaded.push(schedule);
  });
  const announced = loaded.filter((notice) => notice.days.length > 0);
  const schedule = mergeNotices([...shipped(), ...announced]);
  const sources = announced.map((n) => `${n.year} (${n.source})`);
  const calendar = new TableCalendar(
    new ChinaSource(schedule, estimates, makeUpWorkingDays, sources, published),
  );
  return { calendar, warnings };
}
