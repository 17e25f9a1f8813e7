/**
 * Exact money: integer minor units (fen for CNY, cents for USD, yen for JPY) as `bigint`, tagged
 * with an ISO 4217 currency code and that currency's minor-unit exponent.
 *
 * No binary floating point takes part in any computation. Amounts enter as decimal strings in major
 * units (`'1234.50'`) or bigints in minor units (`123450n`); a JS `number` is refused. Every
 * operation whose exact result may fall between two minor units takes an explicit
 * {@link RoundingMode} and rounds once, at the end.
 */
import { type IssuePath, MoneyError } from '../errors/errors.js';
import {
  assertRounding,
  commonSyntaxProblem,
  type Decimal,
  describeValue,
  divideRounded,
  formatScaled,
  invalidArgument,
  isDecimal,
  type NumberSyntaxReason,
  pow10,
  type RoundingMode,
} from './decimal.js';

/**
 * An exact amount of money: `minor` units of `currency`, where one major unit is
 * `10^exponent` minor units. A plain frozen object; build it with {@link money}.
 *
 * `exponent` travels with the amount so that currencies the library does not know (passed with an
 * explicit exponent) format and compute the same way as known ones. Two amounts combine only when
 * both currency and exponent agree.
 *
 * `JSON.stringify` cannot write a bigint: write `{ amount: formatMoney(m), currency: m.currency }`,
 * which `money(json.amount, json.currency)` reads back.
 *
 * @example
 * money('1234.50', 'CNY')
 * //=> { minor: 123450n, currency: 'CNY', exponent: 2 }
 */
export interface Money {
  readonly minor: bigint;
  readonly currency: string;
  readonly exponent: number;
}

/**
 * The JSON form of an amount: an exact decimal string in major units and the currency code.
 *
 * @example
 * const json: MoneyJSON = { amount: '0.50', currency: 'USD' };
 * formatMoney(money(json.amount, json.currency))
 * //=> '0.50'
 */
export interface MoneyJSON {
  amount: string;
  currency: string;
}

// ISO 4217 active codes (list 1, 2025) with their minor-unit exponents. Every code not named in the
// 0, 3 and 4 groups has 2. Codes without minor units in ISO (gold, SDR, test codes) are left out.
const EXPONENT_0 = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF';
const EXPONENT_3 = 'BHD IQD JOD KWD LYD OMR TND';
const EXPONENT_4 = 'CLF UYW';
const EXPONENT_2 =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD ' +
  'CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS ' +
  'GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL ' +
  'MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK ' +
  'PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB ' +
  'TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG ZWL';

const EXPONENTS: ReadonlyMap<string, number> = new Map(
  (
    [
      [EXPONENT_0, 0],
      [EXPONENT_2, 2],
      [EXPONENT_3, 3],
      [EXPONENT_4, 4],
    ] as const
  ).flatMap(([codes, exponent]) => codes.split(' ').map((code) => [code, exponent] as const)),
);

/** The largest minor-unit exponent accepted for a currency the caller describes. */
const MAX_EXPONENT = 18;

/**
 * The minor-unit exponent ISO 4217 gives a currency, or `undefined` for a code the library does not
 * know.
 *
 * @example
 * currencyExponent('JPY')
 * //=> 0
 */
export function currencyExponent(currency: string): number | undefined {
  return EXPONENTS.get(currency);
}

function makeMoney(minor: bigint, currency: string, exponent: number): Money {
  return Object.freeze({ minor, currency, exponent });
}

function resolveCurrency(fn: string, currency: unknown, options: unknown, path: IssuePath): number {
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) {
    throw new MoneyError('money_invalid_currency', { input: describeValue(currency) }, path);
  }
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    return invalidArgument(fn, 'options', 'options', options);
  }
  const explicit = (options as { exponent?: unknown } | undefined)?.exponent;
  if (explicit !== undefined) {
    if (!Number.isInteger(explicit) || (explicit as number) < 0 || (explicit as number) > MAX_EXPONENT) {
      return invalidArgument(fn, 'exponent', 'exponent', explicit);
    }
    return explicit as number;
  }
  const known = EXPONENTS.get(currency);
  if (known === undefined) throw new MoneyError('money_unknown_currency', { currency }, path);
  return known;
}

const PLAIN_AMOUNT = /^([+-]?)(\d+)(?:\.(\d+))?$/;
const GROUPED_AMOUNT = /^([+-]?)(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/;

/**
 * An exact amount of money.
 *
 * - A **string** is a decimal in **major** units: an optional sign, digits, and an optional point
 *   followed by digits: `'1234.50'`, `'-3'`, `'0.5'`. Thousands separators are accepted only when
 *   they are commas between groups of exactly three digits (`'1,234,567.89'`); anything else with a
 *   comma is refused, so a European decimal comma (`'1,50'`) can never be misread. The string may
 *   have fewer decimals than the currency (`'0.5'` CNY is 0.50) and more only when the extra ones
 *   are zeros (`'100.00'` JPY is 100); an amount that would need rounding (`'1.234'` CNY) is
 *   refused: amounts are never rounded silently.
 * - A **bigint** is a count of **minor** units: `123450n` CNY is 1,234.50.
 * - A JS **number** is refused: it is a binary float and may already be inexact.
 *
 * Also refused: blank strings, any whitespace, exponent notation (`'1e3'`), `NaN`/`Infinity`,
 * leading zeros (`'01.00'`), `'.5'` and `'5.'`.
 *
 * The currency is an ISO 4217 code in capitals. A code the library does not know needs its
 * minor-unit exponent in `options.exponent`; an explicit exponent also overrides the ISO one for a
 * known code (say, TWD kept in whole dollars).
 *
 * Errors are {@link MoneyError}s: `money_invalid_amount`, `money_too_precise`,
 * `money_invalid_currency`, `money_unknown_currency`, `money_invalid_argument`.
 *
 * @param options.exponent - minor-unit exponent, required for a currency the library does not know
 * @param options.path - where the value sits in the caller's input, for the error message
 *
 * @example
 * money('1,234.5', 'CNY')
 * //=> { minor: 123450n, currency: 'CNY', exponent: 2 }
 * money(500n, 'JPY')
 * //=> { minor: 500n, currency: 'JPY', exponent: 0 }
 */
export function money(
  amount: string | bigint,
  currency: string,
  options?: { exponent?: number; path?: IssuePath },
): Money {
  const path = options?.path ?? [];
  const exponent = resolveCurrency('money', currency, options, path);
  if (typeof amount === 'bigint') return makeMoney(amount, currency, exponent);
  const reject = (reason: NumberSyntaxReason): never => {
    throw new MoneyError(
      'money_invalid_amount',
      { input: describeValue(amount), currency, exponent, reason },
      path,
    );
  };
  if (typeof amount !== 'string') return reject(typeof amount === 'number' ? 'number' : 'type');
  const common = commonSyntaxProblem(amount);
  if (common !== undefined) return reject(common);
  const match = PLAIN_AMOUNT.exec(amount) ?? GROUPED_AMOUNT.exec(amount);
  if (match === null) return reject(amount.includes(',') ? 'grouping' : 'syntax');
  const whole = match[2]!.replaceAll(',', '');
  if (whole.length > 1 && whole.startsWith('0')) return reject('leading-zero');
  let fraction = match[3] ?? '';
  if (fraction.length > exponent) {
    if (/[^0]/.test(fraction.slice(exponent))) {
      throw new MoneyError('money_too_precise', { input: amount, currency, exponent }, path);
    }
    fraction = fraction.slice(0, exponent);
  }
  const magnitude = BigInt(whole + fraction.padEnd(exponent, '0'));
  return makeMoney(match[1] === '-' ? -magnitude : magnitude, currency, exponent);
}

function assertMoney(fn: string, name: string, value: unknown): asserts value is Money {
  if (typeof value !== 'object' || value === null) invalidArgument(fn, name, 'money', value);
  const { minor, currency, exponent } = value as { minor?: unknown; currency?: unknown; exponent?: unknown };
  if (
    typeof minor !== 'bigint' ||
    typeof currency !== 'string' ||
    !Number.isInteger(exponent) ||
    (exponent as number) < 0
  ) {
    invalidArgument(fn, name, 'money', value);
  }
}

function label(m: Money, other: Money): string {
  return m.currency === other.currency ? `${m.currency} (exponent ${m.exponent})` : m.currency;
}

/** Checks two amounts are money of the same currency (and exponent). */
function assertSameCurrency(fn: string, a: unknown, b: unknown, names: readonly [string, string]): void {
  assertMoney(fn, names[0], a);
  assertMoney(fn, names[1], b);
  const left = a as Money;
  const right = b as Money;
  if (left.currency !== right.currency || left.exponent !== right.exponent) {
    throw new MoneyError('money_currency_mismatch', {
      fn,
      left: label(left, right),
      right: label(right, left),
    });
  }
}

/** An integer argument given as a bigint or a safe-integer number. */
function integerArgument(
  fn: string,
  name: string,
  value: unknown,
  kind: 'integer' | 'positive-integer' | 'non-negative-integer',
): bigint {
  let n: bigint | undefined;
  if (typeof value === 'bigint') n = value;
  else if (typeof value === 'number' && Number.isSafeInteger(value)) n = BigInt(value);
  if (
    n === undefined ||
    (kind === 'positive-integer' && n <= 0n) ||
    (kind === 'non-negative-integer' && n < 0n)
  ) {
    return invalidArgument(fn, name, kind, value);
  }
  return n;
}

/**
 * Writes an amount as an exact decimal in major units with exactly the currency's decimals: no
 * currency symbol, no thousands separators, `-` for negatives.
 *
 * @example
 * formatMoney(money('-0.05', 'CNY'))
 * //=> '-0.05'
 * formatMoney(money(123450n, 'CNY'))
 * //=> '1234.50'
 */
export function formatMoney(m: Money): string {
  assertMoney('formatMoney', 'm', m);
  return formatScaled(m.minor, m.exponent);
}

/**
 * The sum of two amounts of the same currency.
 *
 * @example
 * formatMoney(addMoney(money('0.10', 'CNY'), money('0.20', 'CNY')))
 * //=> '0.30'
 */
export function addMoney(a: Money, b: Money): Money {
  assertSameCurrency('addMoney', a, b, ['a', 'b']);
  return makeMoney(a.minor + b.minor, a.currency, a.exponent);
}

/**
 * `a - b`, for two amounts of the same currency.
 *
 * @example
 * formatMoney(subtractMoney(money('1', 'USD'), money('1.01', 'USD')))
 * //=> '-0.01'
 */
export function subtractMoney(a: Money, b: Money): Money {
  assertSameCurrency('subtractMoney', a, b, ['a', 'b']);
  return makeMoney(a.minor - b.minor, a.currency, a.exponent);
}

/**
 * The sum of a list of amounts, all in `currency`; zero in `currency` for an empty list.
 *
 * @param options.exponent - minor-unit exponent, required for a currency the library does not know
 *
 * @example
 * formatMoney(sumMoney([money('1.10', 'HKD'), money('2.25', 'HKD')], 'HKD'))
 * //=> '3.35'
 * formatMoney(sumMoney([], 'JPY'))
 * //=> '0'
 */
export function sumMoney(list: readonly Money[], currency: string, options?: { exponent?: number }): Money {
  const exponent = resolveCurrency('sumMoney', currency, options, []);
  if (!Array.isArray(list)) return invalidArgument('sumMoney', 'list', 'money-list', list);
  const zero = makeMoney(0n, currency, exponent);
  let total = 0n;
  list.forEach((item, index) => {
    assertSameCurrency('sumMoney', zero, item, ['currency', `list[${index}]`]);
    total += (item as Money).minor;
  });
  return makeMoney(total, currency, exponent);
}

/**
 * Compares two amounts of the same currency: `-1` when `a < b`, `0` when equal, `1` when `a > b`.
 * Usable as an `Array.prototype.sort` comparator.
 *
 * @example
 * compareMoney(money('9.99', 'USD'), money('10', 'USD'))
 * //=> -1
 */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  assertSameCurrency('compareMoney', a, b, ['a', 'b']);
  return a.minor < b.minor ? -1 : a.minor > b.minor ? 1 : 0;
}

/**
 * An amount times a factor, rounded once to the minor unit.
 *
 * The factor is a {@link Decimal} (exact rate, e.g. `decimal('1.06')` or `decimal('0.05%')`) or a
 * bigint. The product is computed exactly and then rounded with `rounding`, which is required for a
 * Decimal factor (a bigint product is always whole).
 *
 * @example
 * formatMoney(multiplyMoney(money('0.25', 'CNY'), decimal('0.5'), 'half-up'))
 * //=> '0.13'
 * formatMoney(multiplyMoney(money('0.25', 'CNY'), decimal('0.5'), 'half-even'))
 * //=> '0.12'
 */
export function multiplyMoney(m: Money, factor: bigint): Money;
export function multiplyMoney(m: Money, factor: Decimal | bigint, rounding: RoundingMode): Money;
export function multiplyMoney(m: Money, factor: Decimal | bigint, rounding?: RoundingMode): Money {
  assertMoney('multiplyMoney', 'm', m);
  if (typeof factor === 'bigint') {
    if (rounding !== undefined) assertRounding('multiplyMoney', rounding);
    return makeMoney(m.minor * factor, m.currency, m.exponent);
  }
  if (!isDecimal(factor)) return invalidArgument('multiplyMoney', 'factor', 'factor', factor);
  assertRounding('multiplyMoney', rounding);
  const minor = divideRounded(m.minor * factor.coefficient, pow10(factor.scale), rounding);
  return makeMoney(minor, m.currency, m.exponent);
}

/**
 * `m × numerator / denominator`, rounded once to the minor unit: the share of a period's fee for
 * the part of the period used ("monthly fee × days used / days in the month").
 *
 * Both are integers (bigint or safe-integer number); the denominator must be positive.
 *
 * @example
 * formatMoney(prorate(money('30000.00', 'CNY'), 10, 31, 'half-up'))
 * //=> '9677.42'
 */
export function prorate(
  m: Money,
  numerator: bigint | number,
  denominator: bigint | number,
  rounding: RoundingMode,
): Money {
  assertMoney('prorate', 'm', m);
  const num = integerArgument('prorate', 'numerator', numerator, 'integer');
  const den = integerArgument('prorate', 'denominator', denominator, 'positive-integer');
  assertRounding('prorate', rounding);
  return makeMoney(divideRounded(m.minor * num, den, rounding), m.currency, m.exponent);
}

/**
 * Splits an amount into parts proportional to `ratios` that add up to exactly the amount.
 *
 * Each part is its exact share rounded down (toward zero); the minor units left over go one each to
 * the parts with the largest remainders, earlier parts first among equal remainders (the largest
 * remainder method). So every part is within one minor unit of its exact share, a zero ratio gets
 * zero, and equal ratios get parts that differ by at most one minor unit. A negative amount is split
 * like its magnitude, with every part negated.
 *
 * Ratios are non-negative integers (bigint or safe-integer number) with a positive sum.
 *
 * @example
 * allocate(money('100.00', 'CNY'), [1n, 1n, 1n]).map(formatMoney)
 * //=> ['33.34', '33.33', '33.33']
 */
export function allocate(m: Money, ratios: ReadonlyArray<bigint | number>): Money[] {
  assertMoney('allocate', 'm', m);
  if (!Array.isArray(ratios) || ratios.length === 0) {
    return invalidArgument('allocate', 'ratios', 'ratios', ratios);
  }
  const weights = ratios.map((r, i) =>
    integerArgument('allocate', `ratios[${i}]`, r, 'non-negative-integer'),
  );
  const sum = weights.reduce((acc, w) => acc + w, 0n);
  if (sum === 0n) return invalidArgument('allocate', 'ratios', 'ratios', ratios);

  const negative = m.minor < 0n;
  const total = negative ? -m.minor : m.minor;
  const parts = weights.map((w) => (total * w) / sum);
  const remainders = weights.map((w) => (total * w) % sum);
  const leftover = Number(total - parts.reduce((acc, p) => acc + p, 0n)); // < ratios.length
  const order = weights
    .map((_, i) => i)
    .sort((i, j) => {
      const ri = remainders[i]!;
      const rj = remainders[j]!;
      return ri > rj ? -1 : ri < rj ? 1 : i - j;
    });
  for (let k = 0; k < leftover; k++) parts[order[k]!]! += 1n;
  return parts.map((p) => makeMoney(negative ? -p : p, m.currency, m.exponent));
}
