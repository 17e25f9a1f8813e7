/**
 * Explanations of money answers: every result of the payment engines carries its steps as data and
 * renders them in English or Chinese from the message catalogue. A due date's explanation embeds the
 * clock's own steps (the same Civil-Code counting as `deadline()`), rendered by the clock module.
 */
import type { DayInfo } from '../calendar/calendar.js';
import { describeNotable } from '../calendar/explain.js';
import { type DeadlineStep, describeStep } from '../clock/deadline.js';
import { type Lang, renderMessage } from '../errors/messages.js';
import type { CivilDate } from '../time/civil-date.js';
import type { Amount } from './common.js';
import type { RoundingMode } from './decimal.js';
import type { Billing, Covers, DueAnchor, ProrationRule } from './terms.js';

/** What a due rule counts from. */
export type { DueAnchor } from './terms.js';

/** A credit tier as text: the threshold the met rate must be under (`below`) or at or under (`atOrBelow`), and the credit. */
export type CreditTierText = { below: string; credit: string } | { atOrBelow: string; credit: string };

/** One step of an explanation of a payment, a late fee, service credits or a statement, as data. */
export type BillingStep =
  // ---- the amount of a period ----
  | { kind: 'period'; month: string; from: CivilDate; to: CivilDate; days: number; daysInMonth: number }
  | { kind: 'fee-full'; fee: string; clause: string | null; amount: Amount }
  | {
      kind: 'fee-prorated';
      fee: string;
      clause: string | null;
      monthly: Amount;
      days: number;
      daysInMonth: number;
      /** The exact quotient in major units (cut with `…` when it does not end). */
      exact: string;
      rounding: RoundingMode;
      /** The rounding point: the currency's minor unit, e.g. `0.01`. */
      unit: string;
      amount: Amount;
    }
  | {
      kind: 'fee-partial-rule';
      fee: string;
      clause: string | null;
      which: 'first' | 'last';
      rule: Exclude<ProrationRule, 'by-calendar-days'>;
      days: number;
      daysInMonth: number;
      amount: Amount;
    }
  | { kind: 'per-unit-excluded'; fees: string[] }
  | { kind: 'period-amount'; amount: Amount; lines: number }
  // ---- the due date ----
  | { kind: 'payment-rule'; rule: string; clause: string | null; covers: Covers }
  | { kind: 'no-payment-rule'; month: string }
  | {
      kind: 'due-after';
      within: { en: string; zh: string };
      after: DueAnchor;
      anchor: CivilDate;
      /** Set when `after` was chosen by `payment.billing` (the rule does not say). */
      fromBilling?: Billing;
    }
  | {
      kind: 'due-day-of-month';
      dayOfMonth: number;
      month: 'same' | 'following';
      date: CivilDate;
      clamped: boolean;
    }
  | { kind: 'due-rolled'; from: CivilDate; to: CivilDate; skipped: DayInfo[] }
  | { kind: 'due-not-rolled'; date: CivilDate }
  /** One step of the clock's explanation of the due date. */
  | { kind: 'deadline'; step: DeadlineStep }
  | { kind: 'due-date'; date: CivilDate; estimated: boolean; provisional: boolean }
  // ---- late payment ----
  | { kind: 'no-late-fee-clause' }
  | { kind: 'overdue'; dueDate: CivilDate; amount: Amount; paidByDue: Amount; overdue: Amount }
  | { kind: 'daily-rate'; rate: string; clause: string | null; rounding: RoundingMode; unit: string }
  | { kind: 'payment'; date: CivilDate; amount: Amount; daysLate: number; balance: Amount }
  | { kind: 'payment-after-as-of'; date: CivilDate; amount: Amount; asOf: CivilDate }
  | { kind: 'overpaid'; amount: Amount }
  | {
      kind: 'accrual';
      from: CivilDate;
      to: CivilDate;
      days: number;
      rate: string;
      balance: Amount;
      accrued: string;
    }
  | { kind: 'unpaid'; balance: Amount; asOf: CivilDate | null }
  | { kind: 'not-overdue'; dueDate: CivilDate }
  | { kind: 'late-fee-total'; exact: string; rounding: RoundingMode; unit: string; amount: Amount }
  | {
      kind: 'late-fee-cap';
      basis: 'share' | 'amount';
      share: string | null;
      cap: Amount;
      uncapped: Amount;
      applied: boolean;
    }
  // ---- service credits ----
  | { kind: 'no-credit-clause' }
  | { kind: 'no-report' }
  | { kind: 'credit-base'; month: string; fee: Amount; clause: string | null }
  | {
      kind: 'credit-rule';
      rule: string;
      clause: string | null;
      target: string;
      channel: string | null;
      /** The counts the rate came from; null when the report gave the rate itself (`metRate`). */
      met: number | null;
      breached: number | null;
      metRate: string;
      tiers: string;
      tier: CreditTierText | null;
      amount: Amount;
    }
  | { kind: 'credit-no-tickets'; rule: string; target: string; channel: string | null; month: string }
  | { kind: 'credit-cap'; cap: string; capAmount: Amount; total: Amount; applied: boolean }
  | { kind: 'net-due'; fee: Amount; credits: Amount; net: Amount };

/** A list of steps that renders itself. */
export interface Explained {
  /** How the answer was reached, as data. */
  readonly steps: readonly BillingStep[];
  /**
   * The steps as text, one `- ` line each, in English (default) or Chinese.
   *
   * @example
   * contract.lateFee('2025-09', '2025-10-30').text().split('\n')[2]
   * //=> '- 2025-10-22..2025-10-30: 9 day(s) x 0.05% x 50000.00 CNY = 225.00 CNY'
   */
  text(lang?: Lang): string;
}

const money = (a: Amount) => `${a.amount} ${a.currency}`;
const clauseOf = (clause: string | null) => clause ?? undefined;
const rounding = (mode: RoundingMode, lang: Lang) => renderMessage('bill_rounding', { mode }, lang);

/** Renders one step. */
export function describeBillingStep(step: BillingStep, lang: Lang): string {
  switch (step.kind) {
    case 'period':
      return renderMessage('bill_step_period', step, lang);
    case 'fee-full':
      return renderMessage(
        'bill_step_fee_full',
        { fee: step.fee, clause: clauseOf(step.clause), amount: money(step.amount) },
        lang,
      );
    case 'fee-prorated':
      return renderMessage(
        'bill_step_fee_prorated',
        {
          ...step,
          clause: clauseOf(step.clause),
          monthly: money(step.monthly),
          amount: money(step.amount),
          currency: step.amount.currency,
          rounding: rounding(step.rounding, lang),
        },
        lang,
      );
    case 'fee-partial-rule':
      return renderMessage(
        'bill_step_fee_partial_rule',
        { ...step, clause: clauseOf(step.clause), amount: money(step.amount) },
        lang,
      );
    case 'per-unit-excluded':
      return renderMessage('bill_step_per_unit_excluded', { fees: step.fees.join(', ') }, lang);
    case 'period-amount':
      return renderMessage(
        'bill_step_period_amount',
        { amount: money(step.amount), lines: step.lines },
        lang,
      );
    case 'payment-rule':
      return renderMessage('bill_step_payment_rule', { ...step, clause: clauseOf(step.clause) }, lang);
    case 'no-payment-rule':
      return renderMessage('bill_step_no_payment_rule', step, lang);
    case 'due-after':
      return renderMessage(
        'bill_step_due_after',
        {
          within: step.within[lang],
          after: renderMessage('bill_anchor', { after: step.after }, lang),
          anchor: step.anchor,
          ...(step.fromBilling === undefined ? {} : { fromBilling: step.fromBilling }),
        },
        lang,
      );
    case 'due-day-of-month':
      return renderMessage('bill_step_due_day_of_month', step, lang);
    case 'due-rolled':
      return renderMessage(
        'bill_step_due_rolled',
        { from: step.from, to: step.to, skipped: describeNotable(step.skipped, lang) },
        lang,
      );
    case 'due-not-rolled':
      return renderMessage('bill_step_due_not_rolled', step, lang);
    case 'deadline':
      return describeStep(step.step, lang);
    case 'due-date':
      return renderMessage('bill_step_due_date', step, lang);
    case 'no-late-fee-clause':
      return renderMessage('bill_step_no_late_fee_clause', {}, lang);
    case 'overdue':
      return renderMessage(
        'bill_step_overdue',
        {
          dueDate: step.dueDate,
          amount: money(step.amount),
          paidByDue: money(step.paidByDue),
          overdue: money(step.overdue),
        },
        lang,
      );
    case 'daily-rate':
      return renderMessage(
        'bill_step_daily_rate',
        { ...step, clause: clauseOf(step.clause), rounding: rounding(step.rounding, lang) },
        lang,
      );
    case 'payment':
      return renderMessage(
        'bill_step_payment',
        {
          date: step.date,
          amount: money(step.amount),
          daysLate: step.daysLate,
          balance: money(step.balance),
        },
        lang,
      );
    case 'payment-after-as-of':
      return renderMessage(
        'bill_step_payment_after_as_of',
        { date: step.date, amount: money(step.amount), asOf: step.asOf },
        lang,
      );
    case 'overpaid':
      return renderMessage('bill_step_overpaid', { amount: money(step.amount) }, lang);
    case 'accrual':
      return renderMessage(
        'bill_step_accrual',
        { ...step, balance: money(step.balance), currency: step.balance.currency },
        lang,
      );
    case 'unpaid':
      return renderMessage(
        'bill_step_unpaid',
        { balance: money(step.balance), asOf: step.asOf ?? undefined },
        lang,
      );
    case 'not-overdue':
      return renderMessage('bill_step_not_overdue', step, lang);
    case 'late-fee-total':
      return renderMessage(
        'bill_step_late_fee_total',
        {
          ...step,
          amount: money(step.amount),
          currency: step.amount.currency,
          rounding: rounding(step.rounding, lang),
        },
        lang,
      );
    case 'late-fee-cap':
      return renderMessage(
        'bill_step_late_fee_cap',
        {
          basis: step.basis,
          share: step.share ?? undefined,
          cap: money(step.cap),
          uncapped: money(step.uncapped),
          applied: step.applied,
        },
        lang,
      );
    case 'no-credit-clause':
      return renderMessage('bill_step_no_credit_clause', {}, lang);
    case 'no-report':
      return renderMessage('bill_step_no_report', {}, lang);
    case 'credit-base':
      return renderMessage(
        'bill_step_credit_base',
        { month: step.month, fee: money(step.fee), clause: clauseOf(step.clause) },
        lang,
      );
    case 'credit-rule':
      return renderMessage(
        'bill_step_credit_rule',
        {
          ...step,
          clause: clauseOf(step.clause),
          channel: step.channel ?? undefined,
          tier: step.tier ?? undefined,
          amount: money(step.amount),
        },
        lang,
      );
    case 'credit-no-tickets':
      return renderMessage(
        'bill_step_credit_no_tickets',
        { ...step, channel: step.channel ?? undefined },
        lang,
      );
    case 'credit-cap':
      return renderMessage(
        'bill_step_credit_cap',
        { cap: step.cap, capAmount: money(step.capAmount), total: money(step.total), applied: step.applied },
        lang,
      );
    case 'net-due':
      return renderMessage(
        'bill_step_net_due',
        { fee: money(step.fee), credits: money(step.credits), net: money(step.net) },
        lang,
      );
  }
}

/** Renders steps as `- ` lines; the clock's steps of a due date are indented under it. */
export function renderSteps(steps: readonly BillingStep[], lang: Lang = 'en'): string {
  return steps
    .map((step) => `${step.kind === 'deadline' ? '  - ' : '- '}${describeBillingStep(step, lang)}`)
    .join('\n');
}

/** Wraps steps into an {@link Explained}. */
export function explained(steps: readonly BillingStep[]): Explained {
  const frozen = Object.freeze([...steps]);
  return { steps: frozen, text: (lang: Lang = 'en') => renderSteps(frozen, lang) };
}

/** Formats an amount for a sentence: `50000.00 CNY`. */
export const formatAmount = money;
