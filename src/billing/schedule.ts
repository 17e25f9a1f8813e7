/**
 * The payment schedule: one payment per billing period (a calendar month clipped to the term), its
 * exact amount, the rule that makes it due, and the due date counted the way the clock module counts
 * every deadline (PRC Civil Code arts. 201-203 by default).
 *
 * Periods are computed from the anchor: period k is the month `addMonthsClamped(first month of the
 * term, k)`, never by adding a month k times. Amounts are bigint minor units; a partial first or
 * last period follows the definition's proration rule and is rounded once, per fee line.
 */
import { formatStamp, type IcsEvent, type IcsOptions, renderICS, uidPart } from '../calendar/ics.js';
import { computeDue, deadlineResult, readAnchor } from '../clock/deadline.js';
import { formatDuration } from '../clock/duration.js';
import { BillingError } from '../errors/errors.js';
import { type Lang, renderMessage } from '../errors/messages.js';
import {
  addMonthsClamped,
  type CivilDate,
  type DayNumber,
  dayFromCivil,
  daysInMonth,
  formatCivilDate,
} from '../time/civil-date.js';
import {
  type Amount,
  amountOf,
  firstDayOfMonthIndex,
  formatMonth,
  formatRatio,
  type MonthIndex,
  minorUnit,
  moneyOf,
  monthIndexOf,
  parseMonth,
} from './common.js';
import { divideRounded } from './decimal.js';
import { type BillingStep, type Explained, explained, formatAmount } from './explain.js';
import type { BillingTerms, Covers, PaymentRule } from './terms.js';

/** A billing period, on day numbers. */
export interface Period {
  /** 0 for the first period of the term. */
  index: number;
  month: MonthIndex;
  /** First and last day of the calendar month. */
  monthStart: DayNumber;
  monthEnd: DayNumber;
  /** First and last day of the period: the month clipped to the term. */
  from: DayNumber;
  to: DayNumber;
}

/** The number of billing periods of the term. */
export function periodCount(terms: BillingTerms): number {
  return monthIndexOf(terms.termEnd) - monthIndexOf(terms.termStart) + 1;
}

/** Billing period k, computed from the anchor (the first day of the term's first month). */
export function periodAt(terms: BillingTerms, k: number): Period {
  const anchor = firstDayOfMonthIndex(monthIndexOf(terms.termStart));
  const monthStart = addMonthsClamped(anchor, k);
  const monthEnd = addMonthsClamped(anchor, k + 1) - 1;
  return {
    index: k,
    month: monthIndexOf(monthStart),
    monthStart,
    monthEnd,
    from: Math.max(monthStart, terms.termStart),
    to: Math.min(monthEnd, terms.termEnd),
  };
}

/** The period of a billing month `YYYY-MM`; a month outside the term is an error. */
export function periodOfMonth(
  terms: BillingTerms,
  input: unknown,
  path: ReadonlyArray<string | number>,
): Period {
  const month = parseMonth(input, path);
  const k = month - monthIndexOf(terms.termStart);
  if (k < 0 || k >= periodCount(terms)) {
    throw new BillingError(
      'billing_month_outside_term',
      {
        month: formatMonth(month),
        first: formatMonth(monthIndexOf(terms.termStart)),
        last: formatMonth(monthIndexOf(terms.termEnd)),
      },
      path,
    );
  }
  return periodAt(terms, k);
}

/** One recurring fee's charge for a period. */
export interface FeeLine {
  fee: string;
  clause: string | null;
  /** How the line was charged. */
  charge: 'full' | 'by-calendar-days' | 'full-period' | 'none';
  amount: Amount;
}

/** The charge of a period: its fee lines, total and steps. Minor units inside. */
export function chargeOf(
  terms: BillingTerms,
  period: Period,
): { lines: FeeLine[]; minor: bigint; steps: BillingStep[] } {
  const days = period.to - period.from + 1;
  const monthDays = period.monthEnd - period.monthStart + 1;
  const steps: BillingStep[] = [
    {
      kind: 'period',
      month: formatMonth(period.month),
      from: formatCivilDate(period.from),
      to: formatCivilDate(period.to),
      days,
      daysInMonth: monthDays,
    },
  ];
  const partialStart = period.from > period.monthStart;
  const partial = partialStart || period.to < period.monthEnd;
  // A period clipped at its start is the partial first period (even when it is also the last).
  const which = partialStart ? 'first' : 'last';
  const rule = partial ? terms.proration[which] : undefined;
  const lines: FeeLine[] = [];
  let total = 0n;
  for (const fee of terms.recurring) {
    const clause = fee.clause ?? null;
    const monthly = fee.amount.minor;
    let minor: bigint;
    if (rule === undefined) {
      minor = monthly;
      steps.push({ kind: 'fee-full', fee: fee.id, clause, amount: amountOf(fee.amount) });
    } else if (rule === 'by-calendar-days') {
      minor = divideRounded(monthly * BigInt(days), BigInt(monthDays), terms.rounding);
      steps.push({
        kind: 'fee-prorated',
        fee: fee.id,
        clause,
        monthly: amountOf(fee.amount),
        days,
        daysInMonth: monthDays,
        exact: formatRatio(monthly * BigInt(days), BigInt(monthDays), terms.exponent),
        rounding: terms.rounding,
        unit: minorUnit(terms.exponent),
        amount: amountOf(moneyOf(terms, minor)),
      });
    } else {
      minor = rule === 'full-period' ? monthly : 0n;
      steps.push({
        kind: 'fee-partial-rule',
        fee: fee.id,
        clause,
        which,
        rule,
        days,
        daysInMonth: monthDays,
        amount: amountOf(moneyOf(terms, minor)),
      });
    }
    total += minor;
    lines.push({ fee: fee.id, clause, charge: rule ?? 'full', amount: amountOf(moneyOf(terms, minor)) });
  }
  if (terms.perUnit.length > 0)
    steps.push({ kind: 'per-unit-excluded', fees: terms.perUnit.map((f) => f.id) });
  steps.push({ kind: 'period-amount', amount: amountOf(moneyOf(terms, total)), lines: lines.length });
  return { lines, minor: total, steps };
}

const SPECIFICITY = {
  'first-period': 4,
  'last-period': 3,
  'periods-after-first': 2,
  'each-period': 1,
} as const;

/**
 * The payment rule that covers period k of `count`: the most specific one (first-period over
 * last-period over periods-after-first over each-period); among equals, the first in the definition.
 */
export function ruleFor(terms: BillingTerms, k: number, count: number): PaymentRule | undefined {
  let best: PaymentRule | undefined;
  for (const rule of terms.schedule) {
    const applies =
      rule.covers === 'each-period' ||
      (rule.covers === 'first-period' && k === 0) ||
      (rule.covers === 'last-period' && k === count - 1) ||
      (rule.covers === 'periods-after-first' && k >= 1);
    if (applies && (best === undefined || SPECIFICITY[rule.covers] > SPECIFICITY[best.covers])) best = rule;
  }
  return best;
}

/** A due date on day numbers, with its flags and steps. */
export interface DueDay {
  day: DayNumber;
  estimated: boolean;
  provisional: boolean;
  steps: BillingStep[];
}

/**
 * The due date of a period under a rule. `after` rules are counted by the clock module
 * (`readAnchor` + `computeDue`, as `deadline()` does) from the anchor day; the due date is the last
 * day of that period. Throws `CalendarCoverageError` when the calendar does not cover a day it needs
 * (unless it estimates).
 */
export function dueDayOf(terms: BillingTerms, rule: PaymentRule, period: Period): DueDay {
  const steps: BillingStep[] = [
    { kind: 'payment-rule', rule: rule.id, clause: rule.clause ?? null, covers: rule.covers },
  ];
  const due = rule.due;
  const ruleIndex = terms.schedule.indexOf(rule);
  if (due.kind === 'after') {
    const anchorDay = {
      // The assembler refuses `after: signing` when the definition has no signing date.
      signing: terms.signedOn!,
      'term-start': terms.termStart,
      'period-start': period.from,
      'period-end': period.to,
      'month-end': period.monthEnd,
    }[due.after];
    const ctx = due.deadline;
    const anchorDate = formatCivilDate(anchorDay);
    steps.push({
      kind: 'due-after',
      within: { en: formatDuration(ctx.duration, 'en'), zh: formatDuration(ctx.duration, 'zh') },
      after: due.after,
      anchor: anchorDate,
      ...(due.fromBilling === undefined ? {} : { fromBilling: due.fromBilling }),
    });
    // A civil-date anchor, as deadline() reads one: refused for periods in hours (art. 201).
    const { ms, day } = readAnchor(ctx, anchorDate, ['payment', 'schedule', ruleIndex, 'due']);
    const result = computeDue(ctx, ms, day);
    const deadline = deadlineResult(ctx, ms, day, result);
    // Day-based periods end on their last day; a period on the clock ends at an instant, and the
    // last day to pay is the day of the instant just before it.
    const dueDay = result.lastDay ?? ctx.zone.dayOf(result.dueMs - 1);
    for (const step of deadline.steps) if (step.kind !== 'anchor') steps.push({ kind: 'deadline', step });
    steps.push({
      kind: 'due-date',
      date: formatCivilDate(dueDay),
      estimated: deadline.estimated,
      provisional: deadline.provisional,
    });
    return { day: dueDay, estimated: deadline.estimated, provisional: deadline.provisional, steps };
  }
  const month = period.month + (due.month === 'following' ? 1 : 0);
  const year = Math.floor(month / 12);
  const monthNumber = (month % 12) + 1;
  const last = daysInMonth(year, monthNumber);
  const raw = dayFromCivil(year, monthNumber, Math.min(due.dayOfMonth, last));
  steps.push({
    kind: 'due-day-of-month',
    dayOfMonth: due.dayOfMonth,
    month: due.month,
    date: formatCivilDate(raw),
    clamped: due.dayOfMonth > last,
  });
  const calendar = due.calendar;
  let day = raw;
  if (due.rollForward && calendar !== undefined) {
    if (!calendar.isWorkingDayNumber(raw)) {
      day = calendar.addWorkingDayNumbers(raw, 1);
      steps.push({
        kind: 'due-rolled',
        from: formatCivilDate(raw),
        to: formatCivilDate(day),
        skipped: calendar.notableDaysIn(raw, day - 1),
      });
    } else {
      steps.push({ kind: 'due-not-rolled', date: formatCivilDate(raw) });
    }
  }
  const estimated = calendar?.isEstimatedSpan(raw, day) ?? false;
  const provisional = calendar?.isProvisionalSpan(raw, day) ?? false;
  if (estimated)
    steps.push({ kind: 'deadline', step: { kind: 'estimate', dataVersion: calendar!.dataVersion } });
  if (provisional)
    steps.push({ kind: 'deadline', step: { kind: 'provisional', dataVersion: calendar!.dataVersion } });
  steps.push({ kind: 'due-date', date: formatCivilDate(day), estimated, provisional });
  return { day, estimated, provisional, steps };
}

/** One payment of the schedule. */
export interface ScheduledPayment extends Explained {
  /** 0 for the first period of the term. */
  readonly index: number;
  /** The period paid for: a calendar month clipped to the term. */
  readonly period: {
    month: string;
    from: CivilDate;
    to: CivilDate;
    days: number;
    daysInMonth: number;
    partial: boolean;
  };
  /** The amount invoiced for the period (recurring fees, after proration). */
  readonly amount: Amount;
  /** One line per recurring fee. */
  readonly lines: readonly FeeLine[];
  /** The payment rule that makes it due; `null` when no rule covers the period. */
  readonly rule: { id: string; clause: string | null; covers: Covers } | null;
  /** The last day to pay (inclusive); `null` when no rule covers the period. */
  readonly dueDate: CivilDate | null;
  /** The due date rests on days beyond the calendar's official schedule (a weekends-only estimate). */
  readonly estimated: boolean;
  /** The due date rests on days the next official notice may still move. */
  readonly provisional: boolean;
}

/** Internal form of a payment: what the late-fee and statement engines need. */
export interface PaymentCore {
  period: Period;
  minor: bigint;
  due: DueDay | undefined;
  public: ScheduledPayment;
}

/** The payment of period k. */
export function paymentAt(terms: BillingTerms, k: number, count = periodCount(terms)): PaymentCore {
  const period = periodAt(terms, k);
  const charge = chargeOf(terms, period);
  const rule = ruleFor(terms, k, count);
  const due = rule === undefined ? undefined : dueDayOf(terms, rule, period);
  const steps = [
    ...charge.steps,
    ...(due?.steps ?? [{ kind: 'no-payment-rule', month: formatMonth(period.month) } as const]),
  ];
  const days = period.to - period.from + 1;
  const monthDays = period.monthEnd - period.monthStart + 1;
  const payment: ScheduledPayment = {
    index: k,
    period: {
      month: formatMonth(period.month),
      from: formatCivilDate(period.from),
      to: formatCivilDate(period.to),
      days,
      daysInMonth: monthDays,
      partial: days < monthDays,
    },
    amount: amountOf(moneyOf(terms, charge.minor)),
    lines: Object.freeze(charge.lines),
    rule: rule === undefined ? null : { id: rule.id, clause: rule.clause ?? null, covers: rule.covers },
    dueDate: due === undefined ? null : formatCivilDate(due.day),
    estimated: due?.estimated ?? false,
    provisional: due?.provisional ?? false,
    ...explained(steps),
  };
  return { period, minor: charge.minor, due, public: Object.freeze(payment) };
}

/** Options of {@link Contract.paymentSchedule}. */
export interface PaymentScheduleOptions {
  /** The first billing month to list, `YYYY-MM` (default: the term's first). */
  from?: string;
  /** The last billing month to list, `YYYY-MM` (default: the term's last). */
  to?: string;
}

/** Every payment over the term (or the months asked for). */
export interface PaymentSchedule {
  readonly currency: string;
  /**
   * `payment.billing` as the definition says, or null when it does not: it chooses the anchor of the
   * due rules that do not name one (in advance: the start of the period; in arrears: its end).
   */
  readonly billing: 'in-advance' | 'in-arrears' | null;
  readonly payments: readonly ScheduledPayment[];
  /** The sum of the listed payments. */
  readonly total: Amount;
  /** Some due date is an estimate. */
  readonly estimated: boolean;
  /** Some due date is provisional. */
  readonly provisional: boolean;
  /**
   * One line per payment and the total; each payment's `text()` says how it was reached.
   *
   * @example
   * contract.paymentSchedule({ from: '2025-10', to: '2025-11' }).text()
   * //=> '2025-10  2025-10-01..2025-10-31  50000.00 CNY  due 2025-11-14  (monthly, clause 4.3)\n' +
   * //   '2025-11  2025-11-01..2025-11-30  50000.00 CNY  due 2025-12-12  (monthly, clause 4.3)\n' +
   * //   'total of 2 payment(s): 100000.00 CNY'
   */
  text(lang?: Lang): string;
  /**
   * The due dates as iCalendar (RFC 5545): one all-day event per payment on its due date, with the
   * period and the exact amount, in English or Chinese. UIDs are stable (contract, billing month), so
   * importing a later export updates the events. `DTSTAMP` is `stamp`, or by default the contract's
   * signing date (the terms the dates come from), so the same contract gives the same text.
   *
   * @example
   * contract.paymentSchedule({ from: '2025-10', to: '2025-10' }).toICS().split('\r\n').filter((l) => l.startsWith('SUMMARY'))
   * //=> ['SUMMARY:Payment due: 2025-10 (50000.00 CNY)']
   */
  toICS(options?: IcsOptions): string;
}

/** Who the schedule belongs to, for iCalendar exports. */
export interface ScheduleOwner {
  id: string;
  title: string;
}

/** The payment schedule of the terms. */
export function paymentSchedule(
  terms: BillingTerms,
  options: PaymentScheduleOptions = {},
  owner: ScheduleOwner = { id: 'contract', title: 'contract' },
): PaymentSchedule {
  const count = periodCount(terms);
  const first = options.from === undefined ? 0 : periodOfMonth(terms, options.from, ['from']).index;
  const last = options.to === undefined ? count - 1 : periodOfMonth(terms, options.to, ['to']).index;
  const payments: ScheduledPayment[] = [];
  let total = 0n;
  for (let k = first; k <= last; k++) {
    const payment = paymentAt(terms, k, count);
    payments.push(payment.public);
    total += payment.minor;
  }
  const totalAmount = amountOf(moneyOf(terms, total));
  const frozen = Object.freeze(payments);
  return Object.freeze({
    currency: terms.currency,
    billing: terms.billing ?? null,
    payments: frozen,
    total: totalAmount,
    estimated: frozen.some((p) => p.estimated),
    provisional: frozen.some((p) => p.provisional),
    text: (lang: Lang = 'en') =>
      [
        ...frozen.map((p) =>
          renderMessage(
            'bill_schedule_line',
            {
              month: p.period.month,
              from: p.period.from,
              to: p.period.to,
              amount: formatAmount(p.amount),
              dueDate: p.dueDate ?? undefined,
              rule: p.rule?.id,
              clause: p.rule?.clause ?? undefined,
              estimated: p.estimated,
              provisional: p.provisional,
            },
            lang,
          ),
        ),
        renderMessage(
          'bill_schedule_total',
          { count: frozen.length, amount: formatAmount(totalAmount) },
          lang,
        ),
      ].join('\n'),
    toICS: (ics: IcsOptions = {}) => {
      const lang = ics.lang === 'zh' ? 'zh' : 'en';
      // The data's own date, so that the same definition gives the same bytes: signing, else the term's start.
      const dated = terms.signedOn ?? terms.termStart;
      const stamp = formatStamp(ics.stamp ?? `${formatCivilDate(dated)}T00:00:00Z`, 'stamp');
      const events: IcsEvent[] = frozen
        .filter((p) => p.dueDate !== null)
        .map((p) => {
          const params = {
            month: p.period.month,
            from: p.period.from,
            to: p.period.to,
            amount: formatAmount(p.amount),
            rule: p.rule?.id ?? '',
            clause: p.rule?.clause ?? undefined,
            contract: owner.title,
            contractId: owner.id,
            estimated: p.estimated,
            provisional: p.provisional,
          };
          return {
            uid: `${uidPart(owner.id)}-payment-${p.period.month}@contract-terms`,
            start: p.dueDate!,
            summary: renderMessage('ics_payment_summary', params, lang),
            description: renderMessage('ics_payment_description', params, lang),
            categories: ['payment'],
          };
        });
      return renderICS(events, renderMessage('ics_payments_name', { contract: owner.title }, lang), stamp);
    },
  });
}
