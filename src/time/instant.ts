/**
 * Instants: points in time. Inside the library an instant is epoch milliseconds (a number); at the
 * edge it is a `Date`, epoch milliseconds, or an ISO 8601 string *with* a UTC offset. A string
 * without an offset names a wall-clock time, not an instant, and is rejected.
 */
import { InvalidInstantError, type IssuePath } from '../errors/errors.js';
import type { TimeReason } from '../errors/messages.js';
import { dayOfValidatedParts, MS_PER_DAY } from './civil-date.js';

/** What the public API accepts as an instant. */
export type InstantInput = Date | number | string;

/** Epoch milliseconds. */
export type EpochMs = number;

/** The largest |epoch ms| ECMAScript dates can represent. */
const MAX_EPOCH_MS = 8.64e15;

function reject(input: unknown, reason: TimeReason, path: IssuePath | undefined): never {
  throw new InvalidInstantError('invalid_instant', { input, reason }, path ?? []);
}

/**
 * Parses an instant into epoch milliseconds.
 *
 * Strings follow ISO 8601 / RFC 3339: `YYYY-MM-DDTHH:MM[:SS[.fff]]` then `Z` or `±HH:MM` (`±HHMM` and
 * `±HH` are accepted too). Digits after the milliseconds are dropped (the library keeps millisecond
 * precision). A string without an offset throws: it does not say which instant it means.
 *
 * @example
 * parseInstant('1970-01-01T08:00:00+08:00')
 * //=> 0
 */
export function parseInstant(input: unknown, path?: IssuePath): EpochMs {
  if (typeof input === 'string') return parseIsoInstant(input, path);
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return reject(input, { key: 'epoch-not-finite' }, path);
    if (!Number.isInteger(input)) return reject(input, { key: 'epoch-not-integer' }, path);
    if (Math.abs(input) > MAX_EPOCH_MS) return reject(input, { key: 'out-of-range' }, path);
    return input;
  }
  if (input instanceof Date) {
    const ms = input.getTime();
    if (Number.isNaN(ms)) return reject(input, { key: 'invalid-date-object' }, path);
    return ms;
  }
  return reject(input, { key: 'instant-type' }, path);
}

const C0 = 48;

/** Reads two decimal digits at `at`; -1 when either is not a digit. */
function two(text: string, at: number): number {
  const a = text.charCodeAt(at) - C0;
  const b = text.charCodeAt(at + 1) - C0;
  return a >>> 0 > 9 || b >>> 0 > 9 ? -1 : a * 10 + b;
}

/**
 * A fast, strict ISO 8601 instant parser (the hot path of ticket evaluation reads millions of these).
 * It never consults `Date` parsing, whose treatment of offset-less strings depends on the host zone.
 *
 * The common shapes, `YYYY-MM-DDTHH:MM:SS[.sss]` then `Z` or `±HH:MM`, are read in one pass that
 * touches each character once (each `charCodeAt` is a measurable cost at millions of strings); any
 * other shape, and every error, goes to the full parser, which names what is wrong.
 */
function parseIsoInstant(text: string, path: IssuePath | undefined): EpochMs {
  const ms = commonIsoInstant(text);
  return Number.isNaN(ms) ? parseIsoInstantFully(text, path) : ms;
}

/**
 * The instant of `input` when it is epoch ms or an ISO 8601 string of a common shape, else NaN (then
 * {@link parseInstant} reads the other shapes or names what is wrong). For hot loops: it takes no
 * error path, which callers would have to allocate for every instant.
 */
export function quickInstant(input: unknown): number {
  if (typeof input === 'string') return commonIsoInstant(input);
  return typeof input === 'number' && Number.isSafeInteger(input) && Math.abs(input) <= MAX_EPOCH_MS
    ? input
    : Number.NaN;
}

/** The fast path of parseIsoInstant: the instant of the common shapes, NaN for anything else. */
function commonIsoInstant(text: string): number {
  const n = text.length;
  // The time part ends at 19, or at 23 with milliseconds; then Z (n = 20/24) or ±HH:MM (n = 25/29).
  const time = n === 20 || n === 25 ? 19 : n === 24 || n === 29 ? 23 : 0;
  if (time !== 0) {
    const y = digits4(text, 0);
    const month = two(text, 5);
    const day = two(text, 8);
    const hour = two(text, 11);
    const minute = two(text, 14);
    const second = two(text, 17);
    const ms = time === 23 && text.charCodeAt(19) === 46 ? digits3(text, 20) : time === 19 ? 0 : -1;
    // The offset in ms, or NaN when it is not Z or ±HH:MM with HH <= 23 and MM <= 59.
    let offsetMs = Number.NaN;
    const sign = text.charCodeAt(time);
    if (n - time === 1) {
      if (sign === 90) offsetMs = 0;
    } else if ((sign === 43 || sign === 45) && text.charCodeAt(time + 3) === 58) {
      const oh = two(text, time + 1);
      const om = two(text, time + 4);
      if (oh >= 0 && oh <= 23 && om >= 0 && om <= 59)
        offsetMs = (oh * 60 + om) * (sign === 43 ? 60_000 : -60_000);
    }
    if (
      (y | month | day | hour | minute | second | ms) >= 0 &&
      !Number.isNaN(offsetMs) &&
      text.charCodeAt(4) === 45 &&
      text.charCodeAt(7) === 45 &&
      text.charCodeAt(10) === 84 &&
      text.charCodeAt(13) === 58 &&
      text.charCodeAt(16) === 58 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      hour <= 23 &&
      minute <= 59 &&
      second <= 59
    ) {
      const dayNumber = dayOfValidatedParts(y, month, day);
      if (dayNumber !== Number.NEGATIVE_INFINITY) {
        const result =
          dayNumber * MS_PER_DAY + hour * 3_600_000 + minute * 60_000 + second * 1000 + ms - offsetMs;
        if (Math.abs(result) <= MAX_EPOCH_MS) return result;
      }
    }
  }
  return Number.NaN;
}

/** Four decimal digits at `at`; -1 when any is not a digit. */
function digits4(text: string, at: number): number {
  const a = two(text, at);
  const b = two(text, at + 2);
  return a < 0 || b < 0 ? -1 : a * 100 + b;
}

/** Three decimal digits at `at`; -1 when any is not a digit. */
function digits3(text: string, at: number): number {
  const a = text.charCodeAt(at) - C0;
  const b = text.charCodeAt(at + 1) - C0;
  const c = text.charCodeAt(at + 2) - C0;
  return a >>> 0 > 9 || b >>> 0 > 9 || c >>> 0 > 9 ? -1 : a * 100 + b * 10 + c;
}

function parseIsoInstantFully(text: string, path: IssuePath | undefined): EpochMs {
  const n = text.length;
  if (n < 16) return reject(text, { key: n === 0 ? 'empty' : 'instant-form' }, path);
  const y1 = two(text, 0);
  const y2 = two(text, 2);
  const year = y1 < 0 || y2 < 0 ? -1 : y1 * 100 + y2;
  const month = two(text, 5);
  const day = two(text, 8);
  const sep = text.charCodeAt(10);
  if (year < 0 || month < 0 || day < 0 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) {
    return reject(text, { key: 'instant-date-form' }, path);
  }
  if (sep !== 84 && sep !== 116 && sep !== 32) return reject(text, { key: 'instant-separator' }, path);
  if (month < 1 || month > 12) return reject(text, { key: 'no-such-month', month }, path);
  const dayNumber = day < 1 ? Number.NEGATIVE_INFINITY : dayOfValidatedParts(year, month, day);
  if (dayNumber === Number.NEGATIVE_INFINITY)
    return reject(text, { key: 'no-such-day', month: text.slice(0, 7), day }, path);
  const hour = two(text, 11);
  const minute = two(text, 14);
  if (hour < 0 || minute < 0 || text.charCodeAt(13) !== 58) return reject(text, { key: 'time-form' }, path);
  let i = 16;
  let second = 0;
  let ms = 0;
  if (i < n && text.charCodeAt(i) === 58) {
    second = two(text, i + 1);
    if (second < 0) return reject(text, { key: 'seconds-form' }, path);
    i += 3;
    const dot = text.charCodeAt(i);
    if (i < n && (dot === 46 || dot === 44)) {
      i++;
      const start = i;
      while (i < n) {
        const d = text.charCodeAt(i) - C0;
        if (d < 0 || d > 9) break;
        if (i - start < 3) ms = ms * 10 + d;
        i++;
      }
      const count = i - start;
      if (count === 0) return reject(text, { key: 'fraction-digits' }, path);
      if (count === 1) ms *= 100;
      else if (count === 2) ms *= 10;
    }
  }
  if (hour > 23) return reject(text, { key: 'no-such-hour', hour }, path);
  if (minute > 59) return reject(text, { key: 'no-such-minute', minute }, path);
  if (second > 59) return reject(text, { key: 'leap-second', second }, path);
  if (i >= n) return reject(text, { key: 'no-offset' }, path);
  let offsetMinutes: number;
  const sign = text.charCodeAt(i);
  if ((sign === 90 || sign === 122) && i + 1 === n) {
    offsetMinutes = 0;
  } else if (sign === 43 || sign === 45 || sign === 0x2212) {
    const rest = n - i - 1;
    const oh = two(text, i + 1);
    let om = 0;
    if (rest === 5 && text.charCodeAt(i + 3) === 58) om = two(text, i + 4);
    else if (rest === 4) om = two(text, i + 3);
    else if (rest !== 2) return reject(text, { key: 'offset-form' }, path);
    if (oh < 0 || om < 0 || oh > 23 || om > 59) return reject(text, { key: 'offset-form' }, path);
    offsetMinutes = (sign === 43 ? 1 : -1) * (oh * 60 + om);
  } else {
    return reject(text, { key: 'offset-form' }, path);
  }
  const local = dayNumber * MS_PER_DAY + hour * 3_600_000 + minute * 60_000 + second * 1000 + ms;
  const result = local - offsetMinutes * 60_000;
  if (Math.abs(result) > MAX_EPOCH_MS) return reject(text, { key: 'out-of-range' }, path);
  return result;
}
