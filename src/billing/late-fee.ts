/**
 * Late-payment penalties: a daily rate on the unpaid amount for every calendar day from the day
 * after the due date to the day of payment (a payment on the due date or earlier is on time).
 *
 * With several (partial) payments the unpaid amount changes over time: the days are cut into
 * segments of constant balance, each accrued exactly (minor units x rate coefficient, an integer
 * in units of 10^-scale minor units), and the sum is rounded once, at the end. A cap (a share of the
 * amount overdue at the due date, or a fixed amount) applies to the rounded sum.
 */
import { BillingError, type IssuePath } from '../errors/errors.js';
import { type CivilDate, type DayNumber, formatCivilDate } from '../time/civil-date.js';
import {
  type Amount,
  type AmountInput,
  amountOf,
  formatRatio,
  minorUnit,
  moneyOf,
  readAmount,
  readDate,
} from './common.js';
import { decimalToPercentString, divideRounded, pow10 } from './decimal.js';
import { type BillingStep, type Explained, explained } from './explain.js';
import { multiplyMoney } from './money.js';
import { paymentAt, periodOfMonth } from './schedule.js';
import type { BillingTerms } from './terms.js';

/** A payment actually made: the day and the exact amount (a decimal string, or `{ amount, currency }`). */
export interface PaymentMade {
  date: CivilDate;
  amount: AmountInput;
}

/**
 * The payment a late fee is asked about: a billing month `YYYY-MM` of the schedule, a payment of
 * the schedule (anything with `dueDate` and `amount`), or an ad-hoc `{ dueDate, amount }`.
 */
export type PaymentDue =
  | string
  | { dueDate: CivilDate | null; amount: AmountInput; period?: { month: string } };

/** Options of {@link Contract.lateFee}. */
export interface LateFeeOptions {
  /**
   * Count the penalty on what is still unpaid through this day (inclusive); payments after it are
   * ignored. Without it, an unpaid balance accrues nothing after the last payment.
   */
  asOf?: CivilDate;
}

/** A span of overdue days with a constant unpaid balance. */
export interface LateFeeSegment {
  from: CivilDate;
  to: CivilDate;
  days: number;
  balance: Amount;
  /** The exact penalty of the segment in major units, before any rounding. */
  accrued: string;
}

/** A late-payment penalty and how it was reached. */
export interface LateFeeResult extends Explained {
  readonly dueDate: CivilDate;
  /** The amount that was due. */
  readonly amount: Amount;
  /** What was still unpaid at the end of the due date. */
  readonly overdue: Amount;
  /** Everything paid (through `asOf` when given). */
  readonly paid: Amount;
  /** What is still unpaid (never negative). */
  readonly outstanding: Amount;
  /** Calendar days from the due date to the last day a penalty was counted for (0 when none). */
  readonly daysLate: number;
  readonly segments: readonly LateFeeSegment[];
  /** The rounded penalty before the cap. */
  readonly uncapped: Amount;
  /** The cap, when the contract has one. */
  readonly cap: Amount | null;
  readonly capped: boolean;
  /** The penalty. */
  readonly fee: Amount;
  readonly asOf: CivilDate | null;
}

/** Internal: the due date and amount of the payment asked about. */
export interface DueInput {
  day: DayNumber;
  minor: bigint;
}

/** Resolves what a caller passes as the payment a late fee is about. */
export function resolvePaymentDue(terms: BillingTerms, payment: unknown): DueInput {
  if (typeof payment === 'string') {
    const period = periodOfMonth(terms, payment, ['payment']);
    const core = paymentAt(terms, period.index);
    if (core.due === undefined)
      throw new BillingError('billing_no_due_date', { month: core.public.period.month }, ['payment']);
    return { day: core.due.day, minor: core.minor };
  }
  if (typeof payment === 'object' && payment !== null && 'dueDate' in payment && 'amount' in payment) {
    const { dueDate, amount, period } = payment as { dueDate: unknown; amount: unknown; period?: unknown };
    if (dueDate === null) {
      const month = (period as { month?: unknown } | undefined)?.month;
      throw new BillingError('billing_no_due_date', { month: typeof month === 'string' ? month : '?' }, [
        'payment',
        'dueDate',
      ]);
    }
    return {
      day: readDate(dueDate, ['payment', 'dueDate']),
      minor: readAmount(terms, amount, 'lateFee', ['payment', 'amount']).minor,
    };
  }
  throw new BillingError('billing_invalid_payment', { input: payment, reason: 'shape' }, ['payment']);
}

/** Reads the payments made: one date (the whole amount paid that day) or a list of `{ date, amount }`. */
export function readPayments(
  terms: BillingTerms,
  paid: unknown,
  fullMinor: bigint,
  path: IssuePath = ['payments'],
): Array<{ day: DayNumber; minor: bigint }> {
  if (typeof paid === 'string')
    return fullMinor > 0n ? [{ day: readDate(paid, ['paidOn']), minor: fullMinor }] : [];
  if (!Array.isArray(paid))
    throw new BillingError('billing_invalid_payment', { input: paid, reason: 'shape' }, path);
  return paid.map((item: unknown, i) => {
    if (typeof item !== 'object' || item === null || !('date' in item) || !('amount' in item))
      throw new BillingError('billing_invalid_payment', { input: item, reason: 'shape' }, [...path, i]);
    const { date, amount } = item as { date: unknown; amount: unknown };
    const day = readDate(date, [...path, i, 'date']);
    const minor = readAmount(terms, amount, 'lateFee', [...path, i, 'amount']).minor;
    if (minor <= 0n)
      throw new BillingError('billing_invalid_payment', { input: amount, reason: 'not-positive' }, [
        ...path,
        i,
        'amount',
      ]);
    return { day, minor };
  });
}

/**
 * The late-payment penalty on an amount due on a day, given the payments made (sorted here, stable)
 * and an optional as-of day.
 */
export function computeLateFee(
  terms: BillingTerms,
  due: DueInput,
  payments: ReadonlyArray<{ day: DayNumber; minor: bigint }>,
  asOf: DayNumber | undefined,
): LateFeeResult {
  const m = (minor: bigint) => amountOf(moneyOf(terms, minor));
  const clause = terms.lateFee;
  const steps: BillingStep[] = [];
  const rate = clause?.dailyRate;
  const rounding = clause?.rounding ?? terms.rounding;
  const rateText = rate === undefined ? '' : decimalToPercentString(rate);
  if (clause === undefined) steps.push({ kind: 'no-late-fee-clause' });
  else
    steps.push({
      kind: 'daily-rate',
      rate: rateText,
      clause: clause.clause ?? null,
      rounding,
      unit: minorUnit(terms.exponent),
    });

  const sorted = payments
    .map((p, i) => ({ ...p, i }))
    .sort((a, b) => a.day - b.day || a.i - b.i)
    .filter((p) => {
      if (asOf !== undefined && p.day > asOf) {
        steps.push({
          kind: 'payment-after-as-of',
          date: formatCivilDate(p.day),
          amount: m(p.minor),
          asOf: formatCivilDate(asOf),
        });
        return false;
      }
      return true;
    });
  const paidByDue = sorted.filter((p) => p.day <= due.day).reduce((sum, p) => sum + p.minor, 0n);
  const overdue = due.minor > paidByDue ? due.minor - paidByDue : 0n;
  steps.push({
    kind: 'overdue',
    dueDate: formatCivilDate(due.day),
    amount: m(due.minor),
    paidByDue: m(paidByDue),
    overdue: m(overdue),
  });

  // Accrue: the day a payment is made still counts on the balance before it (paid on day P: the
  // days due+1 .. P are overdue for that part).
  const coefficient = rate?.coefficient ?? 0n;
  const segments: LateFeeSegment[] = [];
  let exact = 0n; // in units of 10^-scale minor units
  let balance = due.minor;
  let cursor = due.day + 1;
  let lastCounted = due.day;
  const accrueTo = (to: DayNumber) => {
    if (balance <= 0n || to < cursor) return;
    const days = to - cursor + 1;
    const accrued = balance * BigInt(days) * coefficient;
    exact += accrued;
    if (clause !== undefined) {
      const segment = {
        from: formatCivilDate(cursor),
        to: formatCivilDate(to),
        days,
        balance: m(balance),
        accrued: formatRatio(accrued, pow10(rate!.scale), terms.exponent, rate!.scale),
      };
      segments.push(Object.freeze(segment));
      steps.push({ kind: 'accrual', ...segment, rate: rateText });
    }
    lastCounted = to;
    cursor = to + 1;
  };
  let paid = 0n;
  for (const p of sorted) {
    if (p.day > due.day) accrueTo(p.day);
    paid += p.minor;
    balance -= p.minor;
    steps.push({
      kind: 'payment',
      date: formatCivilDate(p.day),
      amount: m(p.minor),
      daysLate: Math.max(0, p.day - due.day),
      balance: m(balance > 0n ? balance : 0n),
    });
  }
  if (balance > 0n) {
    if (asOf !== undefined) accrueTo(asOf);
    steps.push({
      kind: 'unpaid',
      balance: m(balance),
      asOf: asOf === undefined ? null : formatCivilDate(asOf),
    });
  } else if (balance < 0n) {
    steps.push({ kind: 'overpaid', amount: m(-balance) });
  }
  if (overdue === 0n) steps.push({ kind: 'not-overdue', dueDate: formatCivilDate(due.day) });

  const scale = rate?.scale ?? 0;
  const uncapped = divideRounded(exact, pow10(scale), rounding);
  let cap: bigint | undefined;
  if (clause?.cap !== undefined) {
    cap =
      clause.cap.kind === 'share'
        ? multiplyMoney(moneyOf(terms, overdue), clause.cap.share, rounding).minor
        : clause.cap.amount.minor;
  }
  const capped = cap !== undefined && uncapped > cap;
  const fee = capped ? cap! : uncapped;
  if (clause !== undefined) {
    steps.push({
      kind: 'late-fee-total',
      exact: formatRatio(exact, pow10(scale), terms.exponent, scale),
      rounding,
      unit: minorUnit(terms.exponent),
      amount: m(uncapped),
    });
    if (cap !== undefined) {
      steps.push({
        kind: 'late-fee-cap',
        basis: clause.cap!.kind,
        share: clause.cap!.kind === 'share' ? decimalToPercentString(clause.cap!.share) : null,
        cap: m(cap),
        uncapped: m(uncapped),
        applied: capped,
      });
    }
  }
  return Object.freeze({
    dueDate: formatCivilDate(due.day),
    amount: m(due.minor),
    overdue: m(overdue),
    paid: m(paid),
    outstanding: m(balance > 0n ? balance : 0n),
    daysLate: lastCounted - due.day,
    segments: Object.freeze(segments),
    uncapped: m(uncapped),
    cap: cap === undefined ? null : m(cap),
    capped,
    fee: m(fee),
    asOf: asOf === undefined ? null : formatCivilDate(asOf),
    ...explained(steps),
  });
}

/**
 * The late-payment penalty of a payment: `payment` is a billing month, a scheduled payment or
 * `{ dueDate, amount }`; `paid` is the day the whole amount was paid, or the list of payments made.
 */
export function lateFee(
  terms: BillingTerms,
  payment: PaymentDue,
  paid: CivilDate | readonly PaymentMade[],
  options: LateFeeOptions = {},
): LateFeeResult {
  const due = resolvePaymentDue(terms, payment);
  const payments = readPayments(terms, paid, due.minor);
  const asOf = options.asOf === undefined ? undefined : readDate(options.asOf, ['asOf']);
  return computeLateFee(terms, due, payments, asOf);
}
