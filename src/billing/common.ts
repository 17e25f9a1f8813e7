/**
 * What the payment engines share: amounts at the edge (exact decimal strings, with the bigint minor
 * units kept for programs), billing months, money and date inputs, and exact rational formatting.
 */
import { BillingError, type IssuePath, MoneyError } from '../errors/errors.js';
import {
  civilFromDay,
  type DayNumber,
  dayFromCivil,
  formatCivilDate,
  parseCivilDate,
} from '../time/civil-date.js';
import { formatScaled, pow10 } from './decimal.js';
import { type Money, type MoneyJSON, money } from './money.js';
import type { BillingTerms } from './terms.js';

/**
 * An amount in a result: the exact decimal string in major units and the currency (what
 * `JSON.stringify` writes), plus `minor`, the exact bigint count of minor units, as a
 * non-enumerable property (so JSON output and deep equality see only `amount` and `currency`).
 *
 * @example
 * const fee: Amount = contract.paymentSchedule().payments[0].amount;
 * fee.amount; //=> '50000.00'
 * fee.minor; //=> 5000000n
 */
export interface Amount extends MoneyJSON {
  readonly minor: bigint;
}

/** An amount paid or owed as a caller writes it: a decimal string in the contract's currency, or `{ amount, currency }`. */
export type AmountInput = string | MoneyJSON;

/** The edge form of an amount. */
export function amountOf(m: Money): Amount {
  const out = { amount: formatScaled(m.minor, m.exponent), currency: m.currency };
  Object.defineProperty(out, 'minor', { value: m.minor, enumerable: false });
  return Object.freeze(out) as Amount;
}

/** Money of the contract's currency from minor units. */
export function moneyOf(terms: BillingTerms, minor: bigint): Money {
  return money(minor, terms.currency, { exponent: terms.exponent });
}

/** Reads an amount a caller passes; a different currency is an error. */
export function readAmount(terms: BillingTerms, input: unknown, fn: string, path: IssuePath): Money {
  if (typeof input === 'string') return money(input, terms.currency, { exponent: terms.exponent, path });
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
    const { amount, currency } = input as { amount?: unknown; currency?: unknown };
    if (typeof amount === 'string' && typeof currency === 'string') {
      const read = money(amount, currency, {
        path: [...path, 'amount'],
        ...(currency === terms.currency ? { exponent: terms.exponent } : {}),
      });
      if (read.currency !== terms.currency) {
        throw new MoneyError(
          'money_currency_mismatch',
          { fn, left: terms.currency, right: read.currency },
          path,
        );
      }
      return read;
    }
  }
  throw new BillingError('billing_invalid_amount', { input }, path);
}

/** A month as a running index: year * 12 + (month - 1). */
export type MonthIndex = number;

/** The month index of a day. */
export function monthIndexOf(day: DayNumber): MonthIndex {
  const { year, month } = civilFromDay(day);
  return year * 12 + month - 1;
}

/** The first day of a month index. */
export function firstDayOfMonthIndex(index: MonthIndex): DayNumber {
  return dayFromCivil(Math.floor(index / 12), (index % 12) + 1, 1);
}

/** `YYYY-MM` of a month index. */
export function formatMonth(index: MonthIndex): string {
  return formatCivilDate(firstDayOfMonthIndex(index)).slice(0, 7);
}

/** Reads a billing month `YYYY-MM`. */
export function parseMonth(input: unknown, path: IssuePath): MonthIndex {
  if (typeof input === 'string' && /^\d{4}-\d{2}$/.test(input)) {
    const month = Number(input.slice(5, 7));
    const year = Number(input.slice(0, 4));
    if (month >= 1 && month <= 12 && year >= 1) return year * 12 + month - 1;
  }
  throw new BillingError('billing_invalid_month', { input }, path);
}

/** Reads a civil date a caller passes. */
export function readDate(input: unknown, path: IssuePath): DayNumber {
  return parseCivilDate(input, path);
}

/**
 * Writes the exact value `num / den` minor units in major units: exactly when the expansion ends
 * within `exponent + extra` decimals (trailing zeros beyond the currency's decimals trimmed),
 * otherwise cut there and marked with `…`.
 */
export function formatRatio(num: bigint, den: bigint, exponent: number, extra = 6): string {
  const negative = num < 0n !== den < 0n && num !== 0n;
  const n = num < 0n ? -num : num;
  const d = den < 0n ? -den : den;
  const digits = exponent + extra;
  const scaled = n * pow10(extra);
  const whole = scaled / d;
  const inexact = scaled % d !== 0n;
  let text = formatScaled(whole, digits);
  if (!inexact && extra > 0) {
    // Trim zeros the currency does not need.
    const keep = text.length - extra;
    let end = text.length;
    while (end > keep && text[end - 1] === '0') end--;
    text = text.slice(0, end);
    if (text.endsWith('.')) text = text.slice(0, -1);
  }
  return `${negative ? '-' : ''}${text}${inexact ? '…' : ''}`;
}

/**
 * `part / whole` as a percentage with two decimals, prefixed with `≈` when not exact. The digits are
 * cut, not rounded, so a rate just under a threshold (94.999%) never reads as the threshold itself.
 */
export function formatPercentRatio(part: bigint, whole: bigint): string {
  const scaled = part * 10_000n;
  const exact = scaled % whole === 0n;
  const text = formatScaled(scaled / whole, 2);
  return `${exact ? '' : '≈'}${text}%`;
}

/** The smallest unit of a currency written in major units: `0.01` for CNY, `1` for JPY. */
export function minorUnit(exponent: number): string {
  return formatScaled(1n, exponent);
}
