/**
 * The value semantics of the condition evaluator: JSON Logic truthiness, and the JavaScript
 * coercions json-logic-js relies on (`String(x)`, `Number(x)`, `a < b`, `parseFloat`,
 * `String.prototype.substr`), rewritten so that they never call a method of the value. The values
 * they see are only ever null, booleans, numbers, strings, arrays and null-prototype objects (see
 * {@link readable}); the native coercions would throw on the last (`String(Object.create(null))`).
 *
 * Every helper that does work proportional to the size of its input reports it to a {@link Meter},
 * which stops an evaluation that grows beyond its budget: one step per array element or value, and
 * one per {@link CHARS_PER_STEP} characters scanned or built (a character costs far less than an
 * operation).
 */

/** How many characters scanned or built count as one step of work. */
export const CHARS_PER_STEP = 32;

/** The steps of scanning or building `length` characters. */
export function charSteps(length: number): number {
  return Math.ceil(length / CHARS_PER_STEP);
}

/** Counts the work of one evaluation and stops it (by throwing) when the budget is spent. */
export interface Meter {
  charge(steps: number): void;
}

/**
 * What a path lookup returns when there is nothing (readable) at the path.
 *
 * @example
 * lookup({ a: 1 }, ['b'])
 * //=> ABSENT
 */
export const ABSENT: unique symbol = Symbol('absent');

/** Names a path may never use and a copy of the ticket fields never holds. */
export const FORBIDDEN_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * JSON Logic truthiness: JavaScript's, except that an empty array is false.
 *
 * @example
 * [truthy([]), truthy('0'), truthy(0)]
 * //=> [false, true, false]
 */
export function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

/**
 * `String(value)`: arrays join their elements with commas (null elements become ''), objects are
 * '[object Object]'.
 *
 * @example
 * toStr([1, null, ['a', 2]], meter)
 * //=> '1,,a,2'
 */
export function toStr(value: unknown, meter: Meter): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    meter.charge(value.length);
    let out = '';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      const item: unknown = value[i];
      if (item !== null && item !== undefined) out += toStr(item, meter);
    }
    meter.charge(charSteps(out.length));
    return out;
  }
  if (value === null) return 'null';
  if (typeof value === 'object') return '[object Object]';
  return String(value);
}

/**
 * `Number(value)`: null is 0, booleans 1 and 0, arrays go through their string, objects are NaN.
 *
 * @example
 * [toNum(' 12 ', meter), toNum(null, meter), toNum([7], meter), toNum({}, meter)]
 * //=> [12, 0, 7, NaN]
 */
export function toNum(value: unknown, meter: Meter): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === null) return 0;
  if (Array.isArray(value)) return Number(toStr(value, meter));
  return Number.NaN;
}

/** `ToPrimitive(value)`: arrays and objects become their strings, primitives stay. */
function toPrim(value: unknown, meter: Meter): unknown {
  if (Array.isArray(value)) return toStr(value, meter);
  return value !== null && typeof value === 'object' ? '[object Object]' : value;
}

/**
 * JavaScript's `a < b` (or `a <= b`): two strings compare by code units, anything else as numbers.
 *
 * @example
 * [less('10', '9', false, meter), less('10', 9, false, meter), less(null, 0, true, meter)]
 * //=> [true, false, true]
 */
export function less(a: unknown, b: unknown, orEqual: boolean, meter: Meter): boolean {
  const pa = toPrim(a, meter);
  const pb = toPrim(b, meter);
  if (typeof pa === 'string' && typeof pb === 'string') return orEqual ? pa <= pb : pa < pb;
  const na = toNum(pa, meter);
  const nb = toNum(pb, meter);
  return orEqual ? na <= nb : na < nb;
}

/**
 * JavaScript's `number + value`, as json-logic-js's `substr` uses it: a string (or array, or
 * object) operand concatenates, and the result is read back as a number.
 */
function plus(left: number, value: unknown, meter: Meter): number {
  const prim = toPrim(value, meter);
  return typeof prim === 'string' ? Number(`${left}${prim}`) : left + toNum(prim, meter);
}

/** `ToIntegerOrInfinity`: NaN is 0, fractions truncate toward zero. */
function toInteger(n: number): number {
  return Number.isNaN(n) ? 0 : Math.trunc(n);
}

/** `String.prototype.substr(start, length)` without the deprecated method. */
function substrOf(text: string, start: number, length: number | undefined): string {
  const size = text.length;
  let from = toInteger(start);
  if (from === Number.NEGATIVE_INFINITY) from = 0;
  else if (from < 0) from = Math.max(size + from, 0);
  else from = Math.min(from, size);
  const count = Math.min(Math.max(length === undefined ? size : toInteger(length), 0), size);
  const to = Math.min(from + count, size);
  return from >= to ? '' : text.slice(from, to);
}

/**
 * json-logic-js's `substr`: like JavaScript's `substr(start, length)`, where a negative length
 * drops that many characters from the end.
 *
 * @example
 * [substr('jsonlogic', 4, undefined, meter), substr('jsonlogic', 1, -4, meter)]
 * //=> ['logic', 'sonl']
 */
export function substr(source: unknown, start: unknown, end: unknown, meter: Meter): string {
  const text = toStr(source, meter);
  const from = toNum(start, meter);
  if (end !== undefined && less(end, 0, false, meter)) {
    const rest = substrOf(text, from, undefined);
    return substrOf(rest, 0, plus(rest.length, end, meter));
  }
  return substrOf(text, from, end === undefined ? undefined : toNum(end, meter));
}

/**
 * json-logic-js's `in`: substring test when the second value is a non-empty string, strict
 * membership when it is an array, false otherwise.
 *
 * @example
 * [contains('ur', 'urgent', meter), contains(1, ['1'], meter), contains('a', 7, meter)]
 * //=> [true, false, false]
 */
export function contains(needle: unknown, haystack: unknown, meter: Meter): boolean {
  if (typeof haystack === 'string') {
    if (haystack === '') return false;
    meter.charge(charSteps(haystack.length));
    return haystack.includes(toStr(needle, meter));
  }
  if (Array.isArray(haystack)) {
    meter.charge(haystack.length);
    return haystack.indexOf(needle) !== -1;
  }
  return false;
}

/**
 * Reads a path of own-property names: through objects and arrays (indexes and `length`) and
 * strings (character indexes and `length`), never through inherited properties.
 *
 * @example
 * [lookup({ a: { b: [5] } }, ['a', 'b', '0']), lookup({ a: 1 }, ['a', 'toString'])]
 * //=> [5, ABSENT]
 */
export function lookup(data: unknown, segments: readonly string[]): unknown {
  let current = data;
  for (const segment of segments) {
    if (current === null || (typeof current !== 'object' && typeof current !== 'string')) return ABSENT;
    // Object.hasOwn accepts a string (it boxes it), though its declared type says object.
    if (!Object.hasOwn(current as object, segment)) return ABSENT;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** How deep a field value may nest before its deeper parts read as absent. */
export const MAX_DATA_DEPTH = 32;

/**
 * A copy of a ticket field value the evaluator may read: strings, booleans, finite numbers, null,
 * arrays and plain objects (prototype `Object.prototype` or null) of those, copied into arrays and
 * null-prototype objects. Anything else (functions, symbols, bigints, NaN and infinities, Dates,
 * Maps, class instances, getters, values nested deeper than {@link MAX_DATA_DEPTH}) is not
 * readable: alone it is {@link ABSENT}, inside an array it reads as null, and inside an object its
 * key is left out (as `JSON.stringify` would). Keys named `__proto__`, `constructor` and
 * `prototype` are left out too.
 *
 * @example
 * readable({ a: [1, () => 1, Number.NaN], b: new Date(0), c: 'x' }, 0, meter)
 * //=> { a: [1, null, null], c: 'x' } (an object without a prototype)
 */
export function readable(value: unknown, depth: number, meter: Meter): unknown {
  meter.charge(1);
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : ABSENT;
    case 'object':
      break;
    default:
      return ABSENT;
  }
  if (value === null) return null;
  if (depth >= MAX_DATA_DEPTH) return ABSENT;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      const item = readOwn(value, i, depth + 1, meter);
      out.push(item === ABSENT ? null : item);
    }
    return out;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return ABSENT;
  return readableFields(value as object, Object.keys(value), depth + 1, meter);
}

/**
 * The null-prototype copy of the given own enumerable fields of an object that {@link readable}
 * would make (unreadable fields and forbidden names are left out).
 *
 * @example
 * readableFields({ channel: 'email', at: new Date(0), x: 1 }, ['channel', 'at', 'missing'], 0, meter)
 * //=> { channel: 'email' } (an object without a prototype)
 */
export function readableFields(
  source: object,
  keys: Iterable<string>,
  depth: number,
  meter: Meter,
): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  for (const key of keys) {
    if (FORBIDDEN_NAMES.has(key)) continue;
    const item = readOwn(source, key, depth, meter);
    if (item !== ABSENT) out[key] = item;
  }
  return out;
}

/** The readable copy of an own enumerable data property, without running a getter. */
function readOwn(source: object, key: string | number, depth: number, meter: Meter): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(source, key);
  if (descriptor === undefined || !descriptor.enumerable || !('value' in descriptor)) return ABSENT;
  return readable(descriptor.value, depth, meter);
}
