/**
 * Durations: one grammar for every term of a contract.
 *
 * A duration is measured on exactly one clock, and its kind says which:
 *
 * | kind          | examples                                              | counted on                          |
 * | ------------- | ----------------------------------------------------- | ----------------------------------- |
 * | `time`        | `30 seconds`, `4 hours`, `4 business hours`, `4小时`   | the wall clock, or service hours    |
 * | `days`        | `3 days`, `3日`, `3天`, `P3D`                          | calendar days (civil dates)         |
 * | `workingDays` | `2 working days`, `2个工作日`, `十个工作日`              | the working-day calendar            |
 * | `months`      | `1 month`, `1个月`, `1 year`, `P1M`                    | calendar months (Civil Code art. 202) |
 *
 * Kinds never mix: `1 day 2 hours` is refused (a civil day is not 24 hours under art. 201), and so is
 * comparing or adding a month and a second.
 */
import { InvalidDurationError, type IssuePath } from '../errors/errors.js';
import type { DurationKindName, DurationReason, Lang } from '../errors/messages.js';
import { parseChineseInteger } from '../text/chinese-numerals.js';

/** Which clock a time duration runs on: every instant, or only while service hours are open. */
export type TimeClock = 'calendar' | 'business';

/** A normalised duration. */
export type Duration =
  | { readonly kind: 'time'; readonly ms: number; readonly clock: TimeClock }
  | { readonly kind: 'days'; readonly days: number }
  | { readonly kind: 'workingDays'; readonly days: number }
  | { readonly kind: 'months'; readonly months: number };

/** The object form of a duration: units of one kind, and for time units the clock. */
export interface DurationObject {
  milliseconds?: number;
  seconds?: number;
  minutes?: number;
  hours?: number;
  days?: number;
  weeks?: number;
  workingDays?: number;
  months?: number;
  years?: number;
  /** For time units only: `'calendar'` (default, every instant counts) or `'business'` (service hours). */
  clock?: TimeClock;
}

/** What the public API accepts as a duration. */
export type DurationInput = string | DurationObject | Duration;

type Unit = 'ms' | 's' | 'min' | 'h' | 'days' | 'weeks' | 'workingDays' | 'months' | 'years';

const TIME_MS: Partial<Record<Unit, number>> = { ms: 1, s: 1000, min: 60_000, h: 3_600_000 };

function fail(input: unknown, reason: DurationReason, path: IssuePath | undefined): never {
  throw new InvalidDurationError('invalid_duration', { input, reason }, path ?? []);
}

/** An exact non-negative decimal: value = coefficient / 10^scale. */
interface Exact {
  coefficient: bigint;
  scale: number;
}

function exactFromText(text: string): Exact {
  const [whole = '0', fraction = ''] = text.split('.');
  return { coefficient: BigInt(whole + fraction), scale: fraction.length };
}

function exactFromNumber(value: number): Exact | undefined {
  if (!Number.isFinite(value) || value < 0) return undefined;
  // Shortest round-trip decimal of the double: what the caller wrote.
  const text = value.toString();
  if (/e/i.test(text)) {
    if (!Number.isInteger(value)) return undefined;
    return { coefficient: BigInt(value), scale: 0 };
  }
  return exactFromText(text);
}

// Longest names first, so "business hours" is not read as "b..." and "工作小时" wins over "小时".
const ENGLISH_UNITS: Array<[RegExp, Unit, TimeClock | undefined]> = [
  [/^(?:business|working|work)\s+(?:hours?|hrs?|h)$/, 'h', 'business'],
  [/^(?:business|working|work)\s+(?:minutes?|mins?)$/, 'min', 'business'],
  [/^(?:business|working|work)\s+(?:seconds?|secs?)$/, 's', 'business'],
  [/^(?:working|business|work)\s*days?$|^workdays?$/, 'workingDays', undefined],
  [/^(?:calendar\s+|natural\s+)?days?$|^d$/, 'days', undefined],
  [/^(?:milliseconds?|msecs?|ms)$/, 'ms', undefined],
  [/^(?:seconds?|secs?|s)$/, 's', undefined],
  [/^(?:minutes?|mins?|m)$/, 'min', undefined],
  [/^(?:hours?|hrs?|h)$/, 'h', undefined],
  [/^(?:weeks?|wks?|w)$/, 'weeks', undefined],
  [/^(?:calendar\s+)?(?:months?|mos?)$/, 'months', undefined],
  [/^(?:years?|yrs?|y)$/, 'years', undefined],
];

const CHINESE_UNITS: Array<[string, Unit, TimeClock | undefined]> = [
  ['个工作小时', 'h', 'business'],
  ['工作小时', 'h', 'business'],
  ['个工作日', 'workingDays', undefined],
  ['工作日', 'workingDays', undefined],
  ['个自然日', 'days', undefined],
  ['自然日', 'days', undefined],
  ['日历日', 'days', undefined],
  ['个小时', 'h', undefined],
  ['小时', 'h', undefined],
  ['个钟头', 'h', undefined],
  ['钟头', 'h', undefined],
  ['分钟', 'min', undefined],
  ['毫秒', 'ms', undefined],
  ['秒钟', 's', undefined],
  ['个星期', 'weeks', undefined],
  ['星期', 'weeks', undefined],
  ['个月', 'months', undefined],
  ['天', 'days', undefined],
  ['日', 'days', undefined],
  ['秒', 's', undefined],
  ['分', 'min', undefined],
  ['周', 'weeks', undefined],
  ['月', 'months', undefined],
  ['年', 'years', undefined],
];

interface Part {
  amount: Exact;
  unit: Unit;
  clock: TimeClock | undefined;
}

function parseIso(text: string, input: unknown, path: IssuePath | undefined): Part[] {
  const match =
    /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
      text,
    );
  if (match === null || text === 'P' || text.endsWith('T')) return fail(input, { key: 'iso' }, path);
  const units: Unit[] = ['years', 'months', 'weeks', 'days', 'h', 'min', 's'];
  const parts: Part[] = [];
  units.forEach((unit, index) => {
    const value = match[index + 1];
    if (value !== undefined) parts.push({ amount: exactFromText(value), unit, clock: undefined });
  });
  return parts;
}

function parseText(text: string, input: unknown, path: IssuePath | undefined): Part[] {
  const trimmed = text.trim();
  if (trimmed === '') return fail(input, { key: 'empty' }, path);
  if (/^P/i.test(trimmed) && !/\s/.test(trimmed)) return parseIso(trimmed.toUpperCase(), input, path);
  if (trimmed === '半小时' || trimmed === '半个小时')
    return [{ amount: { coefficient: 30n, scale: 0 }, unit: 'min', clock: undefined }];
  const parts: Part[] = [];
  // Chinese: number (Arabic or Chinese numerals) followed by a unit, repeated: "1小时30分钟", "十个工作日".
  if (/[\u4e00-\u9fff]/.test(trimmed)) {
    let rest = trimmed.replace(/\s+/g, '');
    while (rest.length > 0) {
      const number = /^(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)/.exec(rest);
      if (number === null) return fail(input, { key: 'number-expected', at: rest }, path);
      rest = rest.slice(number[0].length);
      const unit = CHINESE_UNITS.find(([name]) => rest.startsWith(name));
      if (unit === undefined) return fail(input, { key: 'unit-expected', at: rest }, path);
      rest = rest.slice(unit[0].length);
      let amount: Exact;
      if (/^\d/.test(number[0])) amount = exactFromText(number[0]);
      else {
        const value = parseChineseInteger(number[0], { bareLiang: true });
        if (value === undefined) return fail(input, { key: 'unreadable-number', number: number[0] }, path);
        amount = { coefficient: BigInt(value), scale: 0 };
      }
      parts.push({ amount, unit: unit[1], clock: unit[2] });
      rest = rest.replace(/^(?:零|又|和)/, '');
    }
    return parts;
  }
  // English: "4 business hours", "1 hour 30 minutes", "1h30m", "2 working days".
  const lower = trimmed.toLowerCase().replace(/,|\band\b/g, ' ');
  const token = /(\d+(?:\.\d+)?)\s*([a-z][a-z\s]*?)\s*(?=\d|$)/g;
  let consumed = 0;
  for (let m = token.exec(lower); m !== null; m = token.exec(lower)) {
    if (lower.slice(consumed, m.index).trim() !== '') break;
    const name = m[2]!.trim().replace(/\s+/g, ' ');
    const unit = ENGLISH_UNITS.find(([pattern]) => pattern.test(name));
    if (unit === undefined) return fail(input, { key: 'unknown-unit', unit: name }, path);
    parts.push({ amount: exactFromText(m[1]!), unit: unit[1], clock: unit[2] });
    consumed = m.index + m[0].length;
  }
  if (parts.length === 0 || lower.slice(consumed).trim() !== '') {
    return fail(input, { key: 'form' }, path);
  }
  return parts;
}

function partsFromObject(
  value: DurationObject,
  path: IssuePath | undefined,
): { parts: Part[]; clock?: TimeClock } {
  const fields: Array<[keyof DurationObject, Unit]> = [
    ['milliseconds', 'ms'],
    ['seconds', 's'],
    ['minutes', 'min'],
    ['hours', 'h'],
    ['days', 'days'],
    ['weeks', 'weeks'],
    ['workingDays', 'workingDays'],
    ['months', 'months'],
    ['years', 'years'],
  ];
  const known = new Set<string>([...fields.map(([name]) => name), 'clock']);
  for (const key of Object.keys(value)) {
    if (!known.has(key)) return fail(value, { key: 'unknown-field', field: key, known: [...known] }, path);
  }
  const parts: Part[] = [];
  for (const name of [...known]) {
    // Only own fields are read: a field inherited from a prototype is a mistake, not a duration.
    if (!Object.hasOwn(value, name) && name in value) {
      return fail(value, { key: 'inherited', field: name }, path);
    }
  }
  for (const [name, unit] of fields) {
    const raw = value[name];
    if (raw === undefined) continue;
    const amount = typeof raw === 'number' ? exactFromNumber(raw) : undefined;
    if (amount === undefined) return fail(value, { key: 'negative', field: name }, path);
    parts.push({ amount, unit, clock: undefined });
  }
  if (parts.length === 0) return fail(value, { key: 'no-amount' }, path);
  const clock = value.clock;
  if (clock !== undefined && clock !== 'calendar' && clock !== 'business') {
    return fail(value, { key: 'clock' }, path);
  }
  return clock === undefined ? { parts } : { parts, clock };
}

function wholeNumber(amount: Exact, input: unknown, unit: Unit, path: IssuePath | undefined): number {
  const divisor = 10n ** BigInt(amount.scale);
  if (amount.coefficient % divisor !== 0n) return fail(input, { key: 'not-whole', unit }, path);
  const value = amount.coefficient / divisor;
  if (value > 1_000_000n) return fail(input, { key: 'too-large', unit }, path);
  return Number(value);
}

function combine(
  parts: Part[],
  clockOption: TimeClock | undefined,
  input: unknown,
  path: IssuePath | undefined,
): Duration {
  const group = (unit: Unit) =>
    unit in TIME_MS
      ? 'time'
      : unit === 'days' || unit === 'weeks'
        ? 'days'
        : unit === 'workingDays'
          ? 'workingDays'
          : 'months';
  const groups = new Set(parts.map((p) => group(p.unit)));
  if (groups.size > 1) {
    return fail(input, { key: 'mixes-kinds', kinds: [...groups] }, path);
  }
  const kind = [...groups][0]!;
  const seen = new Set<Unit>();
  for (const part of parts) {
    if (seen.has(part.unit)) return fail(input, { key: 'unit-twice', unit: part.unit }, path);
    seen.add(part.unit);
  }
  if (kind !== 'time') {
    if (clockOption !== undefined) return fail(input, { key: 'clock-not-time', kind }, path);
    let total = 0;
    for (const part of parts) {
      const n = wholeNumber(part.amount, input, part.unit, path);
      total += part.unit === 'weeks' ? n * 7 : part.unit === 'years' ? n * 12 : n;
    }
    if (kind === 'days') return Object.freeze({ kind, days: total });
    if (kind === 'workingDays') return Object.freeze({ kind, days: total });
    return Object.freeze({ kind: 'months', months: total });
  }
  const clocks = new Set(parts.map((p) => p.clock ?? clockOption ?? 'calendar'));
  if (clocks.size > 1) return fail(input, { key: 'mixes-clocks' }, path);
  let ms = 0n;
  for (const part of parts) {
    const scaled = part.amount.coefficient * BigInt(TIME_MS[part.unit]!);
    const divisor = 10n ** BigInt(part.amount.scale);
    if (scaled % divisor !== 0n) return fail(input, { key: 'sub-millisecond' }, path);
    ms += scaled / divisor;
  }
  if (ms > 100n * 366n * 86_400_000n) return fail(input, { key: 'too-long' }, path);
  return Object.freeze({ kind: 'time', ms: Number(ms), clock: [...clocks][0]! });
}

/** Parsed duration texts (frozen results, so sharing them is safe); cleared when it grows too large. */
const parsedTexts = new Map<string, Duration>();
const PARSED_TEXTS_MAX = 1024;

function isNormalised(value: object): value is Duration {
  return Object.hasOwn(value, 'kind');
}

/**
 * Reads a duration from a string (English, Chinese or ISO 8601) or an object, strictly.
 *
 * @example
 * parseDuration('4 business hours')
 * //=> { kind: 'time', ms: 14400000, clock: 'business' }
 *
 * @example
 * parseDuration('十个工作日')
 * //=> { kind: 'workingDays', days: 10 }
 *
 * @example
 * parseDuration({ months: 1 })
 * //=> { kind: 'months', months: 1 }
 */
export function parseDuration(input: DurationInput, path?: IssuePath): Duration {
  if (typeof input === 'string') {
    // Contracts and callers repeat the same few texts ("4 hours") millions of times: parse each once.
    const cached = parsedTexts.get(input);
    if (cached !== undefined) return cached;
    const parsed = combine(parseText(input, input, path), undefined, input, path);
    if (parsedTexts.size >= PARSED_TEXTS_MAX) parsedTexts.clear();
    parsedTexts.set(input, parsed);
    return parsed;
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail(input, { key: 'type' }, path);
  }
  if (isNormalised(input)) return validateNormalised(input, path);
  const { parts, clock } = partsFromObject(input, path);
  return combine(parts, clock, input, path);
}

function validateNormalised(value: Duration, path: IssuePath | undefined): Duration {
  const ok =
    (value.kind === 'time' &&
      Number.isSafeInteger(value.ms) &&
      value.ms >= 0 &&
      (value.clock === 'calendar' || value.clock === 'business')) ||
    ((value.kind === 'days' || value.kind === 'workingDays') &&
      Number.isSafeInteger(value.days) &&
      value.days >= 0) ||
    (value.kind === 'months' && Number.isSafeInteger(value.months) && value.months >= 0);
  if (!ok) return fail(value, { key: 'normalised' }, path);
  return Object.freeze({ ...value }) as Duration;
}

/** The clock a duration is measured on, as messages name it (rendered in each language by the catalogue). */
export function durationKindLabel(duration: Duration): DurationKindName {
  switch (duration.kind) {
    case 'time':
      return duration.clock === 'business' ? 'business' : 'elapsed';
    case 'days':
    case 'workingDays':
    case 'months':
      return duration.kind;
  }
}

function amountOf(duration: Duration): number {
  switch (duration.kind) {
    case 'time':
      return duration.ms;
    case 'days':
    case 'workingDays':
      return duration.days;
    case 'months':
      return duration.months;
  }
}

function sameClock(a: Duration, b: Duration, operation: 'compare' | 'add'): void {
  const same = a.kind === b.kind && (a.kind !== 'time' || (b.kind === 'time' && a.clock === b.clock));
  if (!same) {
    throw new InvalidDurationError('duration_kind_mismatch', {
      operation,
      left: durationKindLabel(a),
      right: durationKindLabel(b),
    });
  }
}

/**
 * Compares two durations on the same clock: negative, zero or positive. Durations on different
 * clocks (a month and a second, business hours and elapsed hours) cannot be compared and throw.
 *
 * @example
 * compareDurations(parseDuration('4 hours'), parseDuration('240 minutes'))
 * //=> 0
 */
export function compareDurations(a: DurationInput, b: DurationInput): number {
  const x = parseDuration(a);
  const y = parseDuration(b);
  sameClock(x, y, 'compare');
  return Math.sign(amountOf(x) - amountOf(y));
}

/**
 * Adds two durations on the same clock; durations on different clocks throw.
 *
 * @example
 * addDurations('1 hour', '30 minutes')
 * //=> { kind: 'time', ms: 5400000, clock: 'calendar' }
 */
export function addDurations(a: DurationInput, b: DurationInput): Duration {
  const x = parseDuration(a);
  const y = parseDuration(b);
  sameClock(x, y, 'add');
  switch (x.kind) {
    case 'time':
      return Object.freeze({ kind: 'time', ms: x.ms + amountOf(y), clock: x.clock });
    case 'days':
    case 'workingDays':
      return Object.freeze({ kind: x.kind, days: x.days + amountOf(y) });
    case 'months':
      return Object.freeze({ kind: 'months', months: x.months + amountOf(y) });
  }
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Splits milliseconds into hours, minutes, seconds and milliseconds, dropping zero parts. */
function timeParts(ms: number): Array<[number, 'h' | 'min' | 's' | 'ms']> {
  const parts: Array<[number, 'h' | 'min' | 's' | 'ms']> = [];
  const h = Math.floor(ms / 3_600_000);
  const min = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const rest = ms % 1000;
  if (h) parts.push([h, 'h']);
  if (min) parts.push([min, 'min']);
  if (s) parts.push([s, 's']);
  if (rest || parts.length === 0) parts.push([rest, 'ms']);
  return parts;
}

/**
 * Writes a duration for people, in English or Chinese.
 *
 * @example
 * formatDuration(parseDuration('2个工作日'), 'en')
 * //=> '2 working days'
 *
 * @example
 * formatDuration(parseDuration('90 business minutes'), 'zh')
 * //=> '1个工作小时30分钟'
 */
export function formatDuration(duration: Duration, lang: Lang = 'en'): string {
  switch (duration.kind) {
    case 'days':
      return lang === 'zh' ? `${duration.days}日` : plural(duration.days, 'day', 'days');
    case 'workingDays':
      return lang === 'zh'
        ? `${duration.days}个工作日`
        : plural(duration.days, 'working day', 'working days');
    case 'months':
      return lang === 'zh' ? `${duration.months}个月` : plural(duration.months, 'month', 'months');
    case 'time': {
      const business = duration.clock === 'business';
      const parts = timeParts(duration.ms);
      if (lang === 'zh') {
        const zh = { h: business ? '个工作小时' : '小时', min: '分钟', s: '秒', ms: '毫秒' };
        return parts.map(([n, unit]) => `${n}${zh[unit]}`).join('');
      }
      const en = {
        h: ['hour', 'hours'],
        min: ['minute', 'minutes'],
        s: ['second', 'seconds'],
        ms: ['millisecond', 'milliseconds'],
      };
      if (business && parts.length === 1 && parts[0]![1] === 'h')
        return plural(parts[0]![0], 'business hour', 'business hours');
      const text = parts.map(([n, unit]) => plural(n, en[unit][0]!, en[unit][1]!)).join(' ');
      return business ? `${text} of business time` : text;
    }
  }
}
