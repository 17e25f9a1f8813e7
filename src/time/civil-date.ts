/**
 * Civil dates: calendar days with no time and no zone, written `YYYY-MM-DD`.
 *
 * Inside the library a civil date is an integer *day number*: days since 1970-01-01 (day 0). Day
 * numbers make "the next day", "how many days between" and table lookups single integer operations;
 * strings exist only at the public edge. The conversions use Howard Hinnant's `days_from_civil`
 * algorithms, which are exact for the proleptic Gregorian calendar and never touch `Date`, so no
 * answer can depend on the host's time zone.
 */
import { InvalidDateError, type IssuePath } from '../errors/errors.js';
import type { TimeReason } from '../errors/messages.js';

/** A civil date as the public API writes it: `YYYY-MM-DD`. */
export type CivilDate = string;

/** Days since 1970-01-01 (negative before). */
export type DayNumber = number;

/** Milliseconds in a civil day (no leap seconds, as in POSIX time and ECMAScript). */
export const MS_PER_DAY = 86_400_000;

/** The first year a civil date may have. */
export const MIN_YEAR = 1;

/** Day number of a proleptic Gregorian year, month (1-12) and day (1-31). */
export function dayFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

// Day numbers of the first day of each month 1900-2199, so the hot path (parsing instants) reads a
// table instead of dividing; other years use the formula.
const TABLE_FIRST_YEAR = 1900;
const TABLE_YEARS = 300;
let monthStarts: Int32Array | undefined;

function buildMonthStarts(): Int32Array {
  const table = new Int32Array(TABLE_YEARS * 12 + 1);
  for (let i = 0; i <= TABLE_YEARS * 12; i++) {
    table[i] = dayFromCivil(TABLE_FIRST_YEAR + Math.floor(i / 12), (i % 12) + 1, 1);
  }
  return table;
}

/**
 * Day number of a year, month and day already known to be valid, or -Infinity when the day does not
 * exist in that month; a table lookup for 1900-2199.
 */
export function dayOfValidatedParts(year: number, month: number, day: number): DayNumber {
  const index = (year - TABLE_FIRST_YEAR) * 12 + month - 1;
  if (index >= 0 && index < TABLE_YEARS * 12) {
    monthStarts ??= buildMonthStarts();
    const first = monthStarts[index]!;
    return day <= monthStarts[index + 1]! - first ? first + day - 1 : Number.NEGATIVE_INFINITY;
  }
  return day <= daysInMonth(year, month) ? dayFromCivil(year, month, day) : Number.NEGATIVE_INFINITY;
}

/** The civil year, month and day of a day number. */
export interface CivilFields {
  year: number;
  month: number;
  day: number;
}

/** Year, month (1-12) and day of a day number. */
export function civilFromDay(dayNumber: DayNumber): CivilFields {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The civil year of a day number. */
export function yearOfDay(dayNumber: DayNumber): number {
  return civilFromDay(dayNumber).year;
}

/** Whether a proleptic Gregorian year has 29 February. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Number of days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** ISO weekday of a day number: 1 = Monday ... 7 = Sunday. */
export function weekdayOfDay(dayNumber: DayNumber): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** Whether a day number falls on Saturday or Sunday. */
export function isWeekendDay(dayNumber: DayNumber): boolean {
  return weekdayOfDay(dayNumber) >= 6;
}

const CODE_0 = 48;
const CODE_DASH = 45;

function digit(text: string, index: number): number {
  const value = text.charCodeAt(index) - CODE_0;
  return value >= 0 && value <= 9 ? value : -1;
}

function reject(input: unknown, reason: TimeReason, path: IssuePath | undefined): never {
  throw new InvalidDateError('invalid_civil_date', { input, reason }, path ?? []);
}

/**
 * Parses a civil date `YYYY-MM-DD` into a day number, strictly: exactly four-digit year, two-digit
 * month and two-digit day, and a day the month has. Anything else throws {@link InvalidDateError}.
 *
 * @param path - where the value sits in the caller's input, for the error message
 *
 * @example
 * parseCivilDate('1970-01-02')
 * //=> 1
 */
export function parseCivilDate(input: unknown, path?: IssuePath): DayNumber {
  if (typeof input !== 'string') {
    return reject(input, { key: input instanceof Date ? 'date-object' : 'not-a-string' }, path);
  }
  if (input.length !== 10 || input.charCodeAt(4) !== CODE_DASH || input.charCodeAt(7) !== CODE_DASH) {
    return reject(input, { key: input === '' ? 'empty' : 'date-form' }, path);
  }
  const y0 = digit(input, 0);
  const y1 = digit(input, 1);
  const y2 = digit(input, 2);
  const y3 = digit(input, 3);
  const m0 = digit(input, 5);
  const m1 = digit(input, 6);
  const d0 = digit(input, 8);
  const d1 = digit(input, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return reject(input, { key: 'date-digits' }, path);
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < MIN_YEAR) return reject(input, { key: 'year-zero' }, path);
  if (month < 1 || month > 12) return reject(input, { key: 'no-such-month', month }, path);
  if (day < 1 || day > daysInMonth(year, month)) {
    return reject(input, { key: 'no-such-day', month: input.slice(0, 7), day }, path);
  }
  return dayFromCivil(year, month, day);
}

/** Whether a value is a valid civil date string `YYYY-MM-DD`. */
export function isCivilDate(input: unknown): input is CivilDate {
  try {
    parseCivilDate(input);
    return true;
  } catch {
    return false;
  }
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

function pad4(value: number): string {
  return value < 10 ? `000${value}` : value < 100 ? `00${value}` : value < 1000 ? `0${value}` : String(value);
}

// Formatting is on the output path of every calendar answer; the days a calendar can cover are cached.
const CACHE_FIRST_DAY = dayFromCivil(1900, 1, 1);
const CACHE_LAST_DAY = dayFromCivil(2199, 12, 31);
const formatted: Array<string | undefined> = [];

/**
 * Writes a day number as `YYYY-MM-DD`.
 *
 * @example
 * formatCivilDate(0)
 * //=> '1970-01-01'
 */
export function formatCivilDate(dayNumber: DayNumber): CivilDate {
  const inCache = dayNumber >= CACHE_FIRST_DAY && dayNumber <= CACHE_LAST_DAY;
  if (inCache) {
    const hit = formatted[dayNumber - CACHE_FIRST_DAY];
    if (hit !== undefined) return hit;
  }
  const { year, month, day } = civilFromDay(dayNumber);
  const text = `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
  if (inCache) formatted[dayNumber - CACHE_FIRST_DAY] = text;
  return text;
}

/**
 * Adds calendar months to a civil date the way PRC Civil Code art. 202 counts: the corresponding day
 * of the target month, or that month's last day when it has no such day.
 *
 * @example
 * formatCivilDate(addMonthsClamped(parseCivilDate('2024-01-31'), 1))
 * //=> '2024-02-29'
 */
export function addMonthsClamped(dayNumber: DayNumber, months: number): DayNumber {
  const { year, month, day } = civilFromDay(dayNumber);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return dayFromCivil(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}
