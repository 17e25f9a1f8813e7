/**
 * Properties of the payment engines against deliberately simple references: months walked with
 * `Date.UTC`, late fees summed day by day as rationals and rounded by the naive rounding of
 * tests/support/naive-money.ts. None of them shares code with src/billing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimal, ROUNDING_MODES, type RoundingMode } from '../../src/billing/decimal.js';
import { computeLateFee, lateFee } from '../../src/billing/late-fee.js';
import { paymentSchedule } from '../../src/billing/schedule.js';
import type { BillingTerms } from '../../src/billing/terms.js';
import { parseContract } from '../../src/index.js';
import { parseCivilDate } from '../../src/time/civil-date.js';
import { referenceDefinition, termsOf } from '../support/billing-contracts.js';
import { runs } from '../support/long-tests.js';
import { shift } from '../support/naive-calendar.js';
import { naiveFormat, referenceRound } from '../support/naive-money.js';

const RUNS = runs(60);

/** The calendar months a term touches: [first day, last day, days in the term, days in the month]. */
function naiveMonths(start: string, end: string): Array<{ days: number; daysInMonth: number }> {
  const out: Array<{ days: number; daysInMonth: number }> = [];
  let year = Number(start.slice(0, 4));
  let month = Number(start.slice(5, 7));
  for (;;) {
    const mm = String(month).padStart(2, '0');
    const first = `${year}-${mm}-01`;
    if (first > end) break;
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const last = `${year}-${mm}-${String(daysInMonth).padStart(2, '0')}`;
    const from = first < start ? start : first;
    const to = last > end ? end : last;
    const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
    out.push({ days, daysInMonth });
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return out;
}

const dateIn = (from: string, to: string) =>
  fc
    .integer({ min: 0, max: Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) })
    .map((n) => shift(from, n));

/** A term inside the calendar's coverage with room for the last due date: start 2008..2022, up to 4 years. */
const term = (wholeMonths: boolean) =>
  fc
    .record({
      start: dateIn('2008-01-01', '2022-12-31'),
      months: fc.integer({ min: 1, max: 48 }),
      endDay: fc.integer({ min: 0, max: 27 }),
    })
    .map(({ start, months, endDay }) => {
      const s = wholeMonths ? `${start.slice(0, 7)}-01` : start;
      const y = Number(s.slice(0, 4));
      const m = Number(s.slice(5, 7)) - 1 + months; // the month after the last one
      const afterLast = `${y + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;
      const end = wholeMonths ? shift(afterLast, -1) : shift(afterLast, -1 - endDay);
      // A one-month term that would end before its start day ends on it instead.
      return { start: s, end: [s, end].sort()[1]! };
    });

const feeMinor = fc.bigInt({ min: 1n, max: 10n ** 11n });

function contractFor(
  t: { start: string; end: string },
  fee: bigint,
  fees: { proration?: unknown; rounding?: RoundingMode } = {},
) {
  const def = referenceDefinition();
  def.signedOn = shift(t.start, -10);
  def.term = { start: t.start, end: t.end };
  def.fees.recurring[0].amount = naiveFormat(fee, 2);
  if (fees.proration !== undefined) def.fees.proration = fees.proration;
  if (fees.rounding !== undefined) def.fees.rounding = fees.rounding;
  return parseContract(def);
}

describe('payment schedule properties', () => {
  it('without proration, the amounts add up to the monthly fee times the months of the term', () => {
    fc.assert(
      fc.property(term(false), feeMinor, (t, fee) => {
        const schedule = contractFor(t, fee, { proration: 'full-period' }).paymentSchedule();
        const months = naiveMonths(t.start, t.end).length;
        expect(schedule.payments).toHaveLength(months);
        const sum = schedule.payments.reduce((acc, p) => acc + p.amount.minor, 0n);
        expect(sum).toBe(fee * BigInt(months));
        expect(schedule.total.minor).toBe(sum);
      }),
      { numRuns: RUNS },
    );
  });

  it('whole months prorated by calendar days: every period is the monthly fee, and so is the sum', () => {
    fc.assert(
      fc.property(term(true), feeMinor, fc.constantFrom(...ROUNDING_MODES), (t, fee, rounding) => {
        const schedule = contractFor(t, fee, { proration: 'by-calendar-days', rounding }).paymentSchedule();
        for (const p of schedule.payments) expect(p.amount.minor).toBe(fee);
        expect(schedule.total.minor).toBe(fee * BigInt(naiveMonths(t.start, t.end).length));
      }),
      { numRuns: RUNS },
    );
  });

  it('a partial month is the fee x days / days in the month, rounded once; a full one is the fee', () => {
    fc.assert(
      fc.property(term(false), feeMinor, fc.constantFrom(...ROUNDING_MODES), (t, fee, rounding) => {
        const schedule = contractFor(t, fee, { proration: 'by-calendar-days', rounding }).paymentSchedule();
        const months = naiveMonths(t.start, t.end);
        schedule.payments.forEach((p, k) => {
          const { days, daysInMonth } = months[k]!;
          expect([p.period.days, p.period.daysInMonth]).toEqual([days, daysInMonth]);
          const expected =
            days === daysInMonth ? fee : referenceRound(fee * BigInt(days), BigInt(daysInMonth), rounding);
          expect(p.amount.minor).toBe(expected);
        });
      }),
      { numRuns: RUNS },
    );
  });
});

// ---- late fees ----

const reference = termsOf(parseContract(referenceDefinition()));
const rate = fc.constantFrom('万分之五', '0.05%', '0.1%', '0.03%', '1‰', '0.0333%', '2%');
const share = fc.constantFrom('10%', '5%', '20%', '30%', '100%', '3.33%');

function termsWith(dailyRate: string, capShare: string | null, rounding: RoundingMode): BillingTerms {
  return {
    ...reference,
    lateFee: {
      clause: '8.1',
      dailyRate: decimal(dailyRate),
      cap: capShare === null ? undefined : { kind: 'share', share: decimal(capShare) },
      rounding,
    },
  };
}

/** Day by day: each day after the due date accrues on what was unpaid before that day's payments. */
function naiveLateFee(
  amount: bigint,
  rateText: string,
  capShare: string | null,
  rounding: RoundingMode,
  due: string,
  payments: Array<{ date: string; minor: bigint }>,
  asOf: string | undefined,
): bigint {
  const r = decimal(rateText);
  const counted = payments.filter((p) => asOf === undefined || p.date <= asOf);
  const last = asOf ?? [due, ...counted.map((p) => p.date)].sort().at(-1)!;
  let num = 0n; // in minor units x 10^scale
  for (let day = shift(due, 1); day <= last; day = shift(day, 1)) {
    const paidBefore = counted.filter((p) => p.date < day).reduce((s, p) => s + p.minor, 0n);
    const unpaid = amount - paidBefore;
    if (unpaid > 0n) num += unpaid * r.coefficient;
  }
  const fee = referenceRound(num, 10n ** BigInt(r.scale), rounding);
  if (capShare === null) return fee;
  const c = decimal(capShare);
  const paidByDue = counted.filter((p) => p.date <= due).reduce((s, p) => s + p.minor, 0n);
  const overdue = amount > paidByDue ? amount - paidByDue : 0n;
  const cap = referenceRound(overdue * c.coefficient, 10n ** BigInt(c.scale), rounding);
  if (cap < fee) return cap;
  return fee;
}

const DUE = '2025-10-21';
const dueDay = parseCivilDate(DUE);

describe('late fee properties', () => {
  it('is monotonic in days late and never exceeds the cap', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 3000 }),
        rate,
        share,
        fc.constantFrom(...ROUNDING_MODES),
        (amount, a, b, dailyRate, capShare, rounding) => {
          const terms = termsWith(dailyRate, capShare, rounding);
          const [d1, d2] = a <= b ? [a, b] : [b, a];
          const fee = (days: number) =>
            computeLateFee(
              terms,
              { day: dueDay, minor: amount },
              [{ day: dueDay + days, minor: amount }],
              undefined,
            );
          const f1 = fee(d1);
          const f2 = fee(d2);
          expect(f1.fee.minor <= f2.fee.minor).toBe(true);
          expect(f2.fee.minor <= f2.cap!.minor).toBe(true);
          expect(f2.daysLate).toBe(d2);
          expect(f2.fee.minor).toBe(
            naiveLateFee(
              amount,
              dailyRate,
              capShare,
              rounding,
              DUE,
              [{ date: shift(DUE, d2), minor: amount }],
              undefined,
            ),
          );
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it('over any partial payments equals the day-by-day reference, rounded once', () => {
    const payment = fc.record({
      offset: fc.integer({ min: -10, max: 120 }),
      minor: fc.bigInt({ min: 1n, max: 3_000_000n }),
    });
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10_000_000n }),
        fc.array(payment, { maxLength: 6 }),
        fc.option(fc.integer({ min: -5, max: 150 }), { nil: undefined }),
        rate,
        fc.option(share, { nil: null }),
        fc.constantFrom(...ROUNDING_MODES),
        (amount, list, asOfOffset, dailyRate, capShare, rounding) => {
          const terms = termsWith(dailyRate, capShare, rounding);
          const payments = list.map((p) => ({ date: shift(DUE, p.offset), minor: p.minor }));
          const asOf = asOfOffset === undefined ? undefined : shift(DUE, asOfOffset);
          const result = lateFee(
            terms,
            { dueDate: DUE, amount: naiveFormat(amount, 2) },
            payments.map((p) => ({ date: p.date, amount: naiveFormat(p.minor, 2) })),
            asOf === undefined ? {} : { asOf },
          );
          expect(result.fee.minor).toBe(
            naiveLateFee(amount, dailyRate, capShare, rounding, DUE, payments, asOf),
          );
          const paid = payments
            .filter((p) => asOf === undefined || p.date <= asOf)
            .reduce((s, p) => s + p.minor, 0n);
          expect(result.paid.minor).toBe(paid);
          expect(result.outstanding.minor).toBe(amount > paid ? amount - paid : 0n);
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it('one full payment equals the same payment split into parts paid the same day', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 10n }),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: -30, max: 400 }),
        rate,
        share,
        fc.constantFrom(...ROUNDING_MODES),
        (amount, weights, offset, dailyRate, capShare, rounding) => {
          const terms = termsWith(dailyRate, capShare, rounding);
          const date = shift(DUE, offset);
          // Split exactly: weights scaled, the remainder on the last part; parts of zero dropped.
          const total = BigInt(weights.reduce((s, w) => s + w, 0));
          const parts = weights.map((w) => (amount * BigInt(w)) / total);
          parts[parts.length - 1]! += amount - parts.reduce((s, p) => s + p, 0n);
          const split = parts.filter((p) => p > 0n).map((p) => ({ date, amount: naiveFormat(p, 2) }));
          const due = { dueDate: DUE, amount: naiveFormat(amount, 2) };
          const whole = lateFee(terms, due, date);
          const inParts = lateFee(terms, due, split);
          expect(inParts.fee).toEqual(whole.fee);
          expect(inParts.fee.minor).toBe(whole.fee.minor);
          expect(inParts.outstanding.minor).toBe(0n);
        },
      ),
      { numRuns: runs(200) },
    );
  });
});

describe('schedule and late fee together', () => {
  it('the late fee of a scheduled payment is counted from its due date', () => {
    const schedule = paymentSchedule(reference);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: schedule.payments.length - 1 }),
        fc.integer({ min: 0, max: 60 }),
        (k, days) => {
          const p = schedule.payments[k]!;
          const fee = lateFee(reference, p, shift(p.dueDate!, days));
          // 50000.00 x 0.05% = 25.00 a day, below the 5000.00 cap for 60 days.
          expect(fee.fee.minor).toBe(2500n * BigInt(days));
        },
      ),
      { numRuns: runs(50) },
    );
  });
});
