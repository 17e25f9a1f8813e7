/**
 * Reading and validating schedule files in the holiday-cn format (github.com/NateScarlet/holiday-cn):
 * `{ year, papers, days: [{ name, date, isOffDay }] }`, one file per State Council notice.
 *
 * The same reader serves the build script that generates the shipped data module and the run-time
 * `extraYears` option, so a file the library ships and a file a caller loads are held to one standard.
 */
import { z } from 'zod';
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

const holidayCnFileSchema = z
  .object({
    $schema: z.string().optional(),
    $id: z.string().optional(),
    year: z.number().int().min(1949).max(9998),
    papers: z.array(z.string()),
    days: z.array(
      z.object({
        name: z.string().min(1),
        date: z.string().refine(isCivilDate, { message: 'not a valid civil date YYYY-MM-DD' }),
        isOffDay: z.boolean(),
      }),
    ),
  })
  .strict();

/** A validator's complaint about a file's shape, as a reason every language can render. */
function shapeReason(issue: z.core.$ZodIssue): CalendarDataReason {
  const at = issue.path.map(String).join('.');
  const base = { key: 'shape', at, detail: issue.message } as const;
  switch (issue.code) {
    case 'invalid_type':
      return { ...base, problem: 'type', expected: issue.expected };
    case 'unrecognized_keys':
      return { ...base, problem: 'unknown-fields', fields: issue.keys };
    case 'too_small':
      return { ...base, problem: 'too-small' };
    case 'too_big':
      return { ...base, problem: 'too-big' };
    case 'custom':
      return { ...base, problem: 'date' };
    default:
      return { ...base, problem: 'other' };
  }
}

/** The holiday-cn file format, as JSON parsed into an object. */
export type HolidayCnFile = z.input<typeof holidayCnFileSchema>;

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
  const parsed = holidayCnFileSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new CalendarDataError('calendar_data', { source, reason: shapeReason(first) });
  }
  const { year, papers, days } = parsed.data;
  const seen = new Map<DayNumber, number>();
  const notice: Notice = { year, papers, days: [], source };
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
