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

/**
 * The fast path of parseIsoInstant: the instant of the common shapes, NaN for anything else.
 *
 * Every character is read once, in place: no helper per digit pair. Inlined into a caller that
 * already inlines much else, eight small helper calls per string stayed calls and cost as much as
 * the reading itself.
 */
function commonIsoInstant(text: string): number {
  const n = text.length;
  // The time part ends at 19, or at 23 with milliseconds; then Z (n = 20/24) or ±HH:MM (n = 25/29).
  const time = n === 20 || n === 25 ? 19 : n === 24 || n === 29 ? 23 : 0;
  if (time === 0) return Number.NaN;
  // Digits minus '0': each must be 0..9 (checked below, all at once).
  const y0 = text.charCodeAt(0) - C0;
  const y1 = text.charCodeAt(1) - C0;
  const y2 = text.charCodeAt(2) - C0;
  const y3 = text.charCodeAt(3) - C0;
  const mo0 = text.charCodeAt(5) - C0;
  const mo1 = text.charCodeAt(6) - C0;
  const d0 = text.charCodeAt(8) - C0;
  const d1 = text.charCodeAt(9) - C0;
  const h0 = text.charCodeAt(11) - C0;
  const h1 = text.charCodeAt(12) - C0;
  const mi0 = text.charCodeAt(14) - C0;
  const mi1 = text.charCodeAt(15) - C0;
  const s0 = text.charCodeAt(17) - C0;
  const s1 = text.charCodeAt(18) - C0;
  let f0 = 0;
  let f1 = 0;
  let f2 = 0;
  if (time === 23) {
    if (text.charCodeAt(19) !== 46) return Number.NaN; // '.'
    f0 = text.charCodeAt(20) - C0;
    f1 = text.charCodeAt(21) - C0;
    f2 = text.charCodeAt(22) - C0;
  }
  // The offset: Z, or ±HH:MM with HH <= 23 and MM <= 59.
  const sign = text.charCodeAt(time);
  let offsetMs = 0;
  let o0 = 0;
  let o1 = 0;
  let o2 = 0;
  let o3 = 0;
  if (n - time === 1) {
    if (sign !== 90) return Number.NaN; // 'Z'
  } else {
    if ((sign !== 43 && sign !== 45) || text.charCodeAt(time + 3) !== 58) return Number.NaN; // '+' '-' ':'
    o0 = text.charCodeAt(time + 1) - C0;
    o1 = text.charCodeAt(time + 2) - C0;
    o2 = text.charCodeAt(time + 4) - C0;
    o3 = text.charCodeAt(time + 5) - C0;
  }
  // A character below '0' gives a negative difference: as unsigned it is huge, like one above '9'.
  if (
    y0 >>> 0 > 9 ||
    y1 >>> 0 > 9 ||
    y2 >>> 0 > 9 ||
    y3 >>> 0 > 9 ||
    mo0 >>> 0 > 9 ||
    mo1 >>> 0 > 9 ||
    d0 >>> 0 > 9 ||
    d1 >>> 0 > 9 ||
    h0 >>> 0 > 9 ||
    h1 >>> 0 > 9 ||
    mi0 >>> 0 > 9 ||
    mi1 >>> 0 > 9 ||
    s0 >>> 0 > 9 ||
    s1 >>> 0 > 9 ||
    f0 >>> 0 > 9 ||
    f1 >>> 0 > 9 ||
    f2 >>> 0 > 9 ||
    o0 >>> 0 > 9 ||
    o1 >>> 0 > 9 ||
    o2 >>> 0 > 9 ||
    o3 >>> 0 > 9 ||
    text.charCodeAt(4) !== 45 || // '-'
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 84 || // 'T'
    text.charCodeAt(13) !== 58 || // ':'
    text.charCodeAt(16) !== 58
  ) {
    return Number.NaN;
  }
  const month = mo0 * 10 + mo1;
  const day = d0 * 10 + d1;
  const hour = h0 * 10 + h1;
  const minute = mi0 * 10 + mi1;
  const second = s0 * 10 + s1;
  const offsetHours = o0 * 10 + o1;
  const offsetMinutes = o2 * 10 + o3;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return Number.NaN;
  if (offsetHours > 23 || offsetMinutes > 59) return Number.NaN;
  offsetMs = (offsetHours * 60 + offsetMinutes) * (sign === 45 ? -60_000 : 60_000);
  const dayNumber = dayOfValidatedParts(y0 * 1000 + y1 * 100 + y2 * 10 + y3, month, day);
  if (dayNumber === Number.NEGATIVE_INFINITY) return Number.NaN;
  const result =
    dayNumber * MS_PER_DAY +
    hour * 3_600_000 +
    minute * 60_000 +
    second * 1000 +
    (f0 * 100 + f1 * 10 + f2) -
    offsetMs;
  return Math.abs(result) <= MAX_EPOCH_MS ? result : Number.NaN;
}

/** The full parser: every accepted shape, and for anything else an error that names what is wrong. */
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
