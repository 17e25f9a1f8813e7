/**
 * Reading and validating schedule files in the holiday-cn format (github.com/NateScarlet/holiday-cn):
 * `{ year, papers, days: [{ name, date, isOffDay }] }`, one file per State Council notice.
 *
 * The same reader serves the build script that generates the shipped data module and the run-time
 * `extraYears` option, so a file the library ships and a file a caller loads are held to one standard.
 */
import { CalendarDataError } from '../errors/errors.js';
import type { CalendarDataReason } from '../errors/messages.js';
import {
  type DayNumber,
  formatCivilDate,
  isCivilDate,
  parseCivilDate,
  yearOfDay,
} from '../time/civil-date.js';

/** One day listed by a notice. */
export interface NoticeDay {
  day: DayNumber;
  /** The holiday the day belongs to, as the notice names it (Chinese). */
  name: string;
  /** `true`: rest day; `false`: working day (a make-up working weekend day, 调休上班). */
  off: boolean;
}

/** One year's State Council notice, validated. */
export interface Notice {
  year: number;
  papers: string[];
  /** Empty when the notice is not published yet (holiday-cn's placeholder files). */
  days: NoticeDay[];
  /** Where the notice came from: a file name, `extraYears[0]`, ... */
  source: string;
}

/** The holiday-cn file format, as JSON parsed into an object. */
export interface HolidayCnFile {
  $schema?: string | undefined;
  $id?: string | undefined;
  /** The year of the notice (1949-9998). */
  year: number;
  /** The notice's papers (its URLs). */
  papers: string[];
  /** The days the notice lists: rest days (`isOffDay: true`) and make-up working days. */
  days: Array<{ name: string; date: string; isOffDay: boolean }>;
}

/** The first thing wrong with a file's shape, or undefined when it has the holiday-cn shape. */
type ShapeProblem = Omit<Extract<CalendarDataReason, { key: 'shape' }>, 'key' | 'detail'>;

/** A type as the messages name it (`schema_invalid_type`'s words). */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Checks the shape by hand rather than with zod: the calendar is the library's smallest entry (a
 * bundle of `chinaCalendar` alone), and this small, fixed format does not justify carrying a
 * schema library into it. The English `detail` is worded like the validator's it replaces.
 */
function shapeProblem(value: unknown): (ShapeProblem & { detail: string }) | undefined {
  const type = (at: string, expected: string, got: unknown) => ({
    at,
    problem: 'type' as const,
    expected,
    detail: `Invalid input: expected ${expected}, received ${typeOf(got)}`,
  });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return type('', 'object', value);
  const file = value as Record<string, unknown>;
  const unknown = Object.keys(file).filter((k) => !['$schema', '$id', 'year', 'papers', 'days'].includes(k));
  if (unknown.length > 0) {
    return {
      at: '',
      problem: 'unknown-fields',
      fields: unknown,
      detail: `Unrecognized key${unknown.length > 1 ? 's' : ''}: ${unknown.map((k) => `"${k}"`).join(', ')}`,
    };
  }
  for (const key of ['$schema', '$id'] as const) {
    if (file[key] !== undefined && typeof file[key] !== 'string') return type(key, 'string', file[key]);
  }
  const year = file.year;
  if (typeof year !== 'number' || Number.isNaN(year)) return type('year', 'number', year);
  if (!Number.isInteger(year)) return type('year', 'int', year);
  if (year < 1949)
    return { at: 'year', problem: 'too-small', detail: 'Too small: expected number to be >=1949' };
  if (year > 9998) return { at: 'year', problem: 'too-big', detail: 'Too big: expected number to be <=9998' };
  if (!Array.isArray(file.papers)) return type('papers', 'array', file.papers);
  for (let i = 0; i < file.papers.length; i++) {
    if (typeof file.papers[i] !== 'string') return type(`papers.${i}`, 'string', file.papers[i]);
  }
  if (!Array.isArray(file.days)) return type('days', 'array', file.days);
  for (let i = 0; i < file.days.length; i++) {
    const day: unknown = file.days[i];
    const at = `days.${i}`;
    if (typeof day !== 'object' || day === null || Array.isArray(day)) return type(at, 'object', day);
    const entry = day as Record<string, unknown>;
    // A day has exactly the schema's three fields, as the file has its five (a misspelt
    // `isOffday` must not pass for a day without its flag).
    const unknownInDay = Object.keys(entry).filter((k) => k !== 'name' && k !== 'date' && k !== 'isOffDay');
    if (unknownInDay.length > 0) {
      return {
        at,
        problem: 'unknown-fields',
        fields: unknownInDay,
        detail: `Unrecognized key${unknownInDay.length > 1 ? 's' : ''}: ${unknownInDay.map((k) => `"${k}"`).join(', ')}`,
      };
    }
    if (typeof entry.name !== 'string') return type(`${at}.name`, 'string', entry.name);
    if (entry.name.length === 0) {
      return {
        at: `${at}.name`,
        problem: 'too-small',
        detail: 'Too small: expected string to have >=1 characters',
      };
    }
    if (typeof entry.date !== 'string') return type(`${at}.date`, 'string', entry.date);
    if (!isCivilDate(entry.date)) {
      return { at: `${at}.date`, problem: 'date', detail: 'not a valid civil date YYYY-MM-DD' };
    }
    if (typeof entry.isOffDay !== 'boolean') return type(`${at}.isOffDay`, 'boolean', entry.isOffDay);
  }
  return undefined;
}

/**
 * Validates one holiday-cn file (a parsed object or JSON text) into a {@link Notice}.
 *
 * Checks: the shape; every date valid; every date in the notice's year or in December of the year
 * before (a notice can move the last days of the previous year, never more); no date listed twice.
 * Throws {@link CalendarDataError} naming the source and the offending entry.
 */
export function readHolidayCnFile(input: unknown, source: string): Notice {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw new CalendarDataError('calendar_data', {
        source,
        reason: { key: 'not-json', detail: (error as Error).message },
      });
    }
  }
  const problem = shapeProblem(value);
  if (problem !== undefined) {
    throw new CalendarDataError('calendar_data', { source, reason: { key: 'shape', ...problem } });
  }
  const { year, papers, days } = value as HolidayCnFile;
  const seen = new Map<DayNumber, number>();
  const notice: Notice = { year, papers: [...papers], days: [], source };
  days.forEach((entry, index) => {
    const day = parseCivilDate(entry.date);
    const dayYear = yearOfDay(day);
    const inPreviousDecember = dayYear === year - 1 && entry.date.slice(5, 7) === '12';
    if (dayYear !== year && !inPreviousDecember) {
      throw new CalendarDataError('calendar_data', {
        source,
        reason: { key: 'outside-notice', index, date: entry.date, year },
      });
    }
    const earlier = seen.get(day);
    if (earlier !== undefined) {
      throw new CalendarDataError('calendar_data', {
        source,
        reason: { key: 'listed-twice', index, date: entry.date, first: earlier },
      });
    }
    seen.set(day, index);
    notice.days.push({ day, name: entry.name, off: entry.isOffDay });
  });
  notice.days.sort((a, b) => a.day - b.day);
  return notice;
}

/** Merged official schedule: the listed days of every notice, and the years announced. */
export interface MergedSchedule {
  /** Listed days by day number. */
  days: Map<DayNumber, NoticeDay & { noticeYear: number }>;
  /** Years whose notice is published (non-empty), ascending. */
  announcedYears: number[];
  /** The notices merged, in year order (later sources replace earlier ones for the same year). */
  notices: Notice[];
}

/**
 * Merges notices by date, as holiday-cn's README requires: a notice may list days of the previous
 * December. A later notice for a year replaces an earlier one for that year (a re-issued or amended
 * notice); two different notices listing the same date is a contradiction and throws.
 */
export function mergeNotices(notices: readonly Notice[]): MergedSchedule {
  const byYear = new Map<number, Notice>();
  for (const notice of notices) byYear.set(notice.year, notice);
  const ordered = [...byYear.values()].sort((a, b) => a.year - b.year);
  const days = new Map<DayNumber, NoticeDay & { noticeYear: number }>();
  const owner = new Map<DayNumber, Notice>();
  for (const notice of ordered) {
    for (const entry of notice.days) {
      const other = owner.get(entry.day);
      if (other !== undefined) {
        throw new CalendarDataError('calendar_data', {
          source: notice.source,
          reason: {
            key: 'listed-by-other',
            date: formatCivilDate(entry.day),
            year: other.year,
            source: other.source,
          },
        });
      }
      owner.set(entry.day, notice);
      days.set(entry.day, { ...entry, noticeYear: notice.year });
    }
  }
  const announcedYears = ordered.filter((n) => n.days.length > 0).map((n) => n.year);
  return { days, announcedYears, notices: ordered };
}
