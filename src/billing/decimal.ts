/**
 * Exact decimals and explicit rounding: the arithmetic money is built on.
 *
 * A {@link Decimal} is an integer coefficient and a power-of-ten scale, both exact, so a rate such
 * as "万分之五" (0.0005) is held as `5 / 10^4`, never as a binary float. Rounding happens only where
 * a caller asks for it, with a {@link RoundingMode} they name, and only once per result:
 * {@link divideRounded} turns an exact fraction into an integer.
 */

import { type IssuePath, MoneyError } from '../errors/errors.js';
import type { MoneyArgumentExpectation, NumberSyntaxReason } from '../errors/messages.js';
import { CHINESE_DIGITS as CN_DIGITS, parseChineseInteger } from '../text/chinese-numerals.js';

/**
 * An exact decimal number: `coefficient / 10^scale`.
 *
 * `scale` is a non-negative integer. {@link decimal} returns the shortest form (no trailing zeros in
 * the fraction), so two equal rates parsed from different spellings are deeply equal.
 *
 * @example
 * decimal('0.05%')
 * //=> { coefficient: 5n, scale: 4 }   (0.0005)
 */
export interface Decimal {
  readonly coefficient: bigint;
  readonly scale: number;
}

/**
 * How an exact result is brought to a whole number of units (for money: of minor units).
 *
 * - `'half-up'`: to the nearest; an exact half goes **away from zero** (2.5 → 3, -2.5 → -3). This is
 *   the commercial rule (四舍五入) and the one Java's `RoundingMode.HALF_UP` uses; note that it is
 *   *not* JavaScript's `Math.round`, which sends -2.5 to -2.
 * - `'half-even'`: to the nearest; an exact half goes to the even neighbour (2.5 → 2, 3.5 → 4,
 *   -2.5 → -2). Banker's rounding.
 * - `'down'`: toward zero (truncation): 2.9 → 2, -2.9 → -2.
 * - `'up'`: away from zero: 2.1 → 3, -2.1 → -3.
 * - `'floor'`: toward negative infinity: 2.9 → 2, -2.1 → -3.
 * - `'ceiling'`: toward positive infinity: 2.1 → 3, -2.9 → -2.
 *
 * @example
 * const mode: RoundingMode = 'half-up';
 * divideRounded(-5n, 2n, mode)
 * //=> -3n
 */
export type RoundingMode = 'half-up' | 'half-even' | 'down' | 'up' | 'floor' | 'ceiling';

/**
 * Every rounding mode, in the order they are documented.
 *
 * @example
 * ROUNDING_MODES.includes('half-even')
 * //=> true
 */
export const ROUNDING_MODES: readonly RoundingMode[] = Object.freeze([
  'half-up',
  'half-even',
  'down',
  'up',
  'floor',
  'ceiling',
]);

/**
 * Renders any value for an error message: bigints as `12n`, strings quoted, long values shortened.
 *
 * @example
 * describeValue(1250n)
 * //=> '1250n'
 */
export function describeValue(value: unknown): string {
  const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}...` : text);
  switch (typeof value) {
    case 'bigint':
      return `${value}n`;
    case 'string':
      return shorten(JSON.stringify(value));
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'undefined':
    case 'boolean':
    case 'symbol':
      return String(value);
    case 'function':
      return 'a function';
    default: {
      if (value === null) return 'null';
      try {
        const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
        return text === undefined ? Object.prototype.toString.call(value) : shorten(text);
      } catch {
        return Object.prototype.toString.call(value);
      }
    }
  }
}

/**
 * Throws the {@link MoneyError} for an argument of the wrong kind (internal).
 *
 * @example
 * invalidArgument('prorate', 'denominator', 'positive-integer', 0n)
 * //=> throws MoneyError 'prorate: denominator must be a positive integer (a bigint or a safe-integer number), got 0n'
 */
export function invalidArgument(
  fn: string,
  name: string,
  expected: MoneyArgumentExpectation,
  input: unknown,
): never {
  throw new MoneyError('money_invalid_argument', { fn, name, expected, input: describeValue(input) });
}

export type { MoneyArgumentExpectation } from '../errors/messages.js';

/**
 * Asserts that a value is a rounding mode, throwing a {@link MoneyError} naming `fn` otherwise
 * (internal).
 *
 * @example
 * assertRounding('prorate', 'nearest')
 * //=> throws MoneyError "prorate: rounding must be one of 'half-up', 'half-even', 'down', 'up', 'floor', 'ceiling', got \"nearest\""
 */
export function assertRounding(fn: string, value: unknown): asserts value is RoundingMode {
  if (typeof value !== 'string' || !(ROUNDING_MODES as readonly string[]).includes(value)) {
    invalidArgument(fn, 'rounding', 'rounding', value);
  }
}

/**
 * Whether a value has the shape of a {@link Decimal}: a bigint coefficient and a non-negative
 * integer scale.
 *
 * @example
 * isDecimal({ coefficient: 5n, scale: 4 })
 * //=> true
 */
export function isDecimal(value: unknown): value is Decimal {
  if (typeof value !== 'object' || value === null) return false;
  const { coefficient, scale } = value as { coefficient?: unknown; scale?: unknown };
  return typeof coefficient === 'bigint' && Number.isSafeInteger(scale) && (scale as number) >= 0;
}

/**
 * `10^n` as a bigint.
 *
 * @example
 * pow10(4)
 * //=> 10000n
 */
export function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/**
 * Divides two integers exactly and rounds the quotient once, with the given mode.
 *
 * The divisor must be positive; the dividend may have either sign.
 *
 * @example
 * divideRounded(25n, 2n, 'half-even')
 * //=> 12n
 */
export function divideRounded(dividend: bigint, divisor: bigint, rounding: RoundingMode): bigint {
  if (divisor <= 0n) throw new RangeError('divideRounded: the divisor must be positive');
  const quotient = dividend / divisor; // truncated toward zero
  const remainder = dividend % divisor; // has the sign of the dividend
  if (remainder === 0n) return quotient;
  const away = dividend < 0n ? quotient - 1n : quotient + 1n;
  switch (rounding) {
    case 'down':
      return quotient;
    case 'up':
      return away;
    case 'floor':
      return dividend < 0n ? away : quotient;
    case 'ceiling':
      return dividend > 0n ? away : quotient;
    case 'half-up':
    case 'half-even': {
      const twice = 2n * (remainder < 0n ? -remainder : remainder);
      if (twice > divisor) return away;
      if (twice < divisor) return quotient;
      if (rounding === 'half-up') return away;
      return quotient % 2n === 0n ? quotient : away;
    }
    default:
      return invalidArgument('divideRounded', 'rounding', 'rounding', rounding);
  }
}

/**
 * Builds a frozen decimal in shortest form: trailing zeros of the fraction removed (internal).
 *
 * @example
 * makeDecimal(500n, 4)
 * //=> { coefficient: 5n, scale: 2 }
 */
export function makeDecimal(coefficient: bigint, scale: number): Decimal {
  let c = coefficient;
  let s = scale;
  while (s > 0 && c % 10n === 0n) {
    c /= 10n;
    s -= 1;
  }
  return Object.freeze({ coefficient: c, scale: s });
}

export type { NumberSyntaxReason } from '../errors/messages.js';

/**
 * The problems every exact-number string is checked for before its grammar (internal): blank,
 * whitespace, `NaN`/`Infinity`, exponent notation. Returns `undefined` when none applies.
 *
 * @example
 * commonSyntaxProblem('1e3')
 * //=> 'exponent'
 */
export function commonSyntaxProblem(text: string): NumberSyntaxReason | undefined {
  if (text.trim() === '') return 'empty';
  if (/\s/.test(text)) return 'whitespace';
  if (/^[+-]?(?:nan|inf|infinity)$/i.test(text)) return 'not-a-number';
  if (/^[+-]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)e[+-]?\d+$/i.test(text)) return 'exponent';
  return undefined;
}

const PLAIN_NUMBER = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/** A non-negative number in Chinese numerals with an optional 点 fraction, as digit strings. */
function parseChineseNumber(text: string): { whole: string; fraction: string } | undefined {
  const point = text.indexOf('点');
  const wholeText = point < 0 ? text : text.slice(0, point);
  const whole = parseChineseInteger(wholeText, { bareLiang: false });
  if (whole === undefined) return undefined;
  let fraction = '';
  if (point >= 0) {
    const fractionChars = [...text.slice(point + 1)];
    if (fractionChars.length === 0) return undefined;
    for (const char of fractionChars) {
      const digit = CN_DIGITS[char];
      if (digit === undefined || char === '两') return undefined;
      fraction += String(digit);
    }
  }
  return { whole: String(whole), fraction };
}

const CN_PREFIX: Readonly<Record<string, number>> = { 百分之: 2, 千分之: 3, 万分之: 4 };
const SUFFIX: Readonly<Record<string, number>> = { '%': 2, '\uFF05': 2, '‰': 3, '‱': 4 };

function rejectDecimal(input: unknown, reason: NumberSyntaxReason, path: IssuePath | undefined): never {
  throw new MoneyError('money_invalid_decimal', { input: describeValue(input), reason }, path ?? []);
}

/** Parses `digits[.digits]` with an optional sign into a decimal, or says why it is not one. */
function parsePlain(text: string, allowSign: boolean): Decimal | NumberSyntaxReason {
  const common = commonSyntaxProblem(text);
  if (common !== undefined) return common;
  const match = PLAIN_NUMBER.exec(text);
  if (match === null || (!allowSign && match[1] !== '')) return 'syntax';
  const whole = match[2]!;
  const fraction = match[3] ?? '';
  if (whole.length > 1 && whole.startsWith('0')) return 'leading-zero';
  const magnitude = BigInt(whole + fraction);
  return makeDecimal(match[1] === '-' ? -magnitude : magnitude, fraction.length);
}

/**
 * Parses an exact decimal rate.
 *
 * Accepted spellings (all exact; nothing is rounded):
 * - plain decimals with an optional sign: `"0.0005"`, `"-1.5"`, `"12"`;
 * - percent, per mille, per ten thousand: `"0.05%"` (also the full-width sign U+FF05), `"5‰"`, `"5‱"`;
 * - Chinese fractions 百分之N (N/100), 千分之N (N/1000), 万分之N (N/10000), where N is digits
 *   (`"万分之5"`, `"万分之0.5"`) or a Chinese numeral in standard form below 10000, optionally with
 *   a 点 fraction (`"万分之五"`, `"千分之二点五"`, `"百分之一百二十"`).
 *
 * Refused with a {@link MoneyError} (`money_invalid_decimal`): JS numbers (binary floats), blank
 * strings, any whitespace, exponent notation (`"1e-3"`), `NaN`/`Infinity`, leading zeros (`"00.5"`),
 * `".5"` and `"5."`, thousands separators, and ambiguous Chinese numerals (`"一百五"`).
 *
 * The result is in shortest form (`"0.50"` and `"50%"` both give `{ coefficient: 5n, scale: 1 }`).
 *
 * @param options.path - where the value sits in the caller's input, for the error message
 *
 * @example
 * decimal('万分之五')
 * //=> { coefficient: 5n, scale: 4 }
 */
export function decimal(text: string, options?: { path?: IssuePath }): Decimal {
  const path = options?.path;
  if (typeof text !== 'string')
    return rejectDecimal(text, typeof text === 'number' ? 'number' : 'type', path);
  const common = commonSyntaxProblem(text);
  if (common !== undefined) return rejectDecimal(text, common, path);

  for (const [prefix, extraScale] of Object.entries(CN_PREFIX)) {
    if (!text.startsWith(prefix)) continue;
    const rest = text.slice(prefix.length);
    if (/^\d/.test(rest)) {
      const parsed = parsePlain(rest, false);
      if (typeof parsed === 'string') return rejectDecimal(text, parsed, path);
      return makeDecimal(parsed.coefficient, parsed.scale + extraScale);
    }
    const chinese = parseChineseNumber(rest);
    if (chinese === undefined) return rejectDecimal(text, 'chinese-numeral', path);
    return makeDecimal(BigInt(chinese.whole + chinese.fraction), chinese.fraction.length + extraScale);
  }

  const suffixScale = SUFFIX[text.slice(-1)] ?? 0;
  const body = suffixScale > 0 ? text.slice(0, -1) : text;
  if (body === '') return rejectDecimal(text, 'syntax', path);
  const parsed = parsePlain(body, true);
  if (typeof parsed === 'string') return rejectDecimal(text, parsed, path);
  return makeDecimal(parsed.coefficient, parsed.scale + suffixScale);
}

/**
 * Writes `value / 10^scale` with exactly `scale` fraction digits (internal).
 *
 * @example
 * formatScaled(-5n, 2)
 * //=> '-0.05'
 */
export function formatScaled(value: bigint, scale: number): string {
  const sign = value < 0n ? '-' : '';
  const digits = (value < 0n ? -value : value).toString();
  if (scale === 0) return sign + digits;
  const padded = digits.padStart(scale + 1, '0');
  return `${sign}${padded.slice(0, -scale)}.${padded.slice(-scale)}`;
}

/**
 * Writes a decimal exactly, with as many fraction digits as its scale (no exponent notation, no
 * thousands separators).
 *
 * @example
 * formatDecimal(decimal('万分之五'))
 * //=> '0.0005'
 */
export function formatDecimal(value: Decimal): string {
  if (!isDecimal(value)) return invalidArgument('formatDecimal', 'value', 'decimal', value);
  return formatScaled(value.coefficient, value.scale);
}

/**
 * Writes a decimal as an exact percentage: the value times 100, shortest form, then `%`.
 *
 * @example
 * decimalToPercentString(decimal('0.0005'))
 * //=> '0.05%'
 */
export function decimalToPercentString(value: Decimal): string {
  if (!isDecimal(value)) return invalidArgument('decimalToPercentString', 'value', 'decimal', value);
  const percent =
    value.scale >= 2
      ? makeDecimal(value.coefficient, value.scale - 2)
      : makeDecimal(value.coefficient * pow10(2 - value.scale), 0);
  return `${formatScaled(percent.coefficient, percent.scale)}%`;
}

/**
 * Compares two exact decimals: -1, 0 or 1 (internal).
 *
 * @example
 * compareDecimal(decimal('95%'), decimal('0.950'))
 * //=> 0
 */
export function compareDecimal(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const x = a.coefficient * pow10(scale - a.scale);
  const y = b.coefficient * pow10(scale - b.scale);
  return x < y ? -1 : x > y ? 1 : 0;
}
