/**
 * The late-payment penalty without a contract: the late-fee terms alone (a daily rate, a cap, a
 * rounding mode and a currency) and one amount due on a date. It reads the terms as the definition's
 * `lateFee` section reads them and counts exactly as `Contract.lateFee` does (late-fee.ts).
 */
import { BillingError } from '../errors/errors.js';
import type { CivilDate } from '../time/civil-date.js';
import type { AmountInput } from './common.js';
import { readDate } from './common.js';
import { assertRounding, type Decimal, decimal, type RoundingMode } from './decimal.js';
import {
  computeLateFee,
  type LateFeeOptions,
  type LateFeeResult,
  type PaymentMade,
  readPayments,
  resolvePaymentDue,
} from './late-fee.js';
import { currencyExponent, money } from './money.js';
import type { BillingTerms } from './terms.js';

/** Late-fee terms as a contract writes them (the `lateFee` section, plus the currency). */
export interface LateFeeTerms {
  /** ISO 4217 code of the amounts (`CNY`). */
  currency: string;
  /** The penalty per calendar day on the unpaid amount: `'万分之五'`, `'0.05%'`. */
  dailyRate: string;
  /** At most a share of the overdue amount (`{ shareOfOverdue: '10%' }` or `'10%'`) or a fixed amount. */
  cap?: string | { shareOfOverdue: string } | { amount: string };
  /** How the exact penalty is rounded once to the minor unit (default `half-up`). */
  rounding?: RoundingMode;
  /** The clause the terms come from, cited by the explanation. */
  clause?: string;
}

/** A share: a percentage, per mille, per ten thousand, or 百分之/千分之/万分之. */
const SHARE_TEXT = /^(?:\d+(?:\.\d+)?\s*[%％‰‱]|万分之.+|千分之.+|百分之.+)$/;

function capOf(cap: unknown, currency: string): NonNullable<BillingTerms['lateFee']>['cap'] {
  if (cap === undefined) return undefined;
  const path = ['terms', 'cap'];
  if (typeof cap === 'string' && SHARE_TEXT.test(cap.trim()))
    return { kind: 'share', share: decimal(cap, { path }) };
  if (typeof cap === 'object' && cap !== null) {
    const c = cap as { shareOfOverdue?: unknown; amount?: unknown };
    if (typeof c.shareOfOverdue === 'string' && c.amount === undefined)
      return { kind: 'share', share: decimal(c.shareOfOverdue, { path: [...path, 'shareOfOverdue'] }) };
    if (typeof c.amount === 'string' && c.shareOfOverdue === undefined)
      return { kind: 'amount', amount: money(c.amount, currency, { path: [...path, 'amount'] }) };
  }
  throw new BillingError('late_fee_cap_form', { input: JSON.stringify(cap) ?? String(cap) }, path);
}

/** Reads late-fee terms into the normalised form the penalty engine counts with. */
export function readLateFeeTerms(terms: LateFeeTerms): BillingTerms {
  const currency = terms?.currency;
  const exponent = typeof currency === 'string' ? currencyExponent(currency) : undefined;
  // money() names the unknown currency, with the codes it knows.
  if (exponent === undefined) money('0', currency, { path: ['terms', 'currency'] });
  const dailyRate: Decimal = decimal(terms.dailyRate, { path: ['terms', 'dailyRate'] });
  const rounding = terms.rounding ?? 'half-up';
  assertRounding('lateFee', rounding);
  return {
    currency,
    exponent: exponent!,
    rounding,
    lateFee: { clause: terms.clause, dailyRate, cap: capOf(terms.cap, currency), rounding },
  } as BillingTerms;
}

/**
 * The late-payment penalty on an amount due on a date, under late-fee terms alone: no contract
 * needed. `paid` is the day the whole amount was paid, or the list of `{ date, amount }` payments.
 * Counted exactly as {@link Contract.lateFee}: calendar days from the day after the due date to the
 * day of payment, accrued exactly, rounded once, then capped.
 *
 * @example
 * lateFee({ currency: 'CNY', dailyRate: '万分之五', cap: '10%' }, { dueDate: '2025-10-21', amount: '50000.00' }, '2025-10-30').fee
 * //=> { amount: '225.00', currency: 'CNY' } (9 days x 0.05% x 50000.00)
 */
export function lateFee(
  terms: LateFeeTerms,
  payment: { dueDate: CivilDate; amount: AmountInput },
  paid: CivilDate | readonly PaymentMade[],
  options: LateFeeOptions = {},
): LateFeeResult {
  const read = readLateFeeTerms(terms);
  if (typeof payment !== 'object' || payment === null || payment.dueDate === null)
    throw new BillingError('billing_invalid_payment', { input: payment, reason: 'shape' }, ['payment']);
  const due = resolvePaymentDue(read, payment);
  const payments = readPayments(read, paid, due.minor);
  const asOf = options.asOf === undefined ? undefined : readDate(options.asOf, ['asOf']);
  return computeLateFee(read, due, payments, asOf);
}
