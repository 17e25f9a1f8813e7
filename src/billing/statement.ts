/**
 * A month at a glance: the fee, the service credits, the amount due and its due date, what was
 * paid, and the late-payment penalty accrued as of a date.
 */
import { type Lang, type MessageParams, renderMessage } from '../errors/messages.js';
import { type CivilDate, formatCivilDate } from '../time/civil-date.js';
import { type Amount, amountOf, moneyOf, readDate } from './common.js';
import {
  type ComplianceReportInput,
  computeCredits,
  readReport,
  type ServiceCreditsResult,
} from './credits.js';
import { type BillingStep, formatAmount, renderSteps } from './explain.js';
import { computeLateFee, type LateFeeResult, type PaymentMade, readPayments } from './late-fee.js';
import { paymentAt, periodOfMonth, type ScheduledPayment } from './schedule.js';
import type { BillingTerms } from './terms.js';

/** Options of {@link Contract.statement}. */
export interface StatementOptions {
  /** Payments made towards this month's amount. */
  payments?: readonly PaymentMade[];
  /** The compliance report the month's service credits are read from (none: credits not assessed). */
  report?: ComplianceReportInput;
  /** The day the penalty is counted through (inclusive); payments after it are ignored. */
  asOf?: CivilDate;
}

/** One month of the contract at a glance. */
export interface Statement {
  readonly month: string;
  readonly period: ScheduledPayment['period'];
  /** The month's fee (recurring fees, after proration). */
  readonly fee: Amount;
  /** Service credits deducted; `null` when no report was given. */
  readonly credits: Amount | null;
  /** fee - credits. */
  readonly amountDue: Amount;
  readonly dueDate: CivilDate | null;
  readonly estimated: boolean;
  readonly provisional: boolean;
  /** Paid towards the month (through `asOf` when given). */
  readonly paid: Amount;
  readonly lastPaymentDate: CivilDate | null;
  /** amountDue - paid, never negative. */
  readonly outstanding: Amount;
  /** The late-payment penalty accrued (as of `asOf` for what is still unpaid). */
  readonly penalty: Amount;
  readonly asOf: CivilDate | null;
  /** The details, each with its own explanation. */
  readonly payment: ScheduledPayment;
  readonly serviceCredits: ServiceCreditsResult | null;
  readonly lateFee: LateFeeResult | null;
  /**
   * The summary, then the details (fee and due date, service credits, late-payment penalty) as text.
   *
   * @example
   * contract.statement('2025-10', { asOf: '2025-11-20' }).text().split('\n').slice(0, 7)
   * //=> ['statement for 2025-10 (2025-10-01..2025-10-31)',
   * //    '- fee: 50000.00 CNY',
   * //    '- service credits: not assessed (no report)',
   * //    '- amount due: 50000.00 CNY by 2025-11-14',
   * //    '- paid: 0.00 CNY',
   * //    '- late-payment penalty as of 2025-11-20: 150.00 CNY',
   * //    '- still unpaid: 50000.00 CNY']
   */
  text(lang?: Lang): string;
}

/** The statement of a billing month `YYYY-MM`. */
export function statement(terms: BillingTerms, month: string, options: StatementOptions = {}): Statement {
  const m = (minor: bigint) => amountOf(moneyOf(terms, minor));
  const period = periodOfMonth(terms, month, ['month']);
  const core = paymentAt(terms, period.index);
  const asOf = options.asOf === undefined ? undefined : readDate(options.asOf, ['asOf']);
  const credits =
    options.report === undefined ? null : computeCredits(terms, period, readReport(options.report));
  const dueMinor = credits === null ? core.minor : credits.net.minor;
  const payments = readPayments(terms, options.payments ?? [], dueMinor, ['payments']);
  const counted = payments.filter((p) => asOf === undefined || p.day <= asOf);
  const paid = counted.reduce((sum, p) => sum + p.minor, 0n);
  const last = counted.reduce<number | undefined>(
    (max, p) => (max === undefined || p.day > max ? p.day : max),
    undefined,
  );
  const late =
    core.due === undefined
      ? null
      : computeLateFee(terms, { day: core.due.day, minor: dueMinor }, payments, asOf);
  const outstanding = dueMinor > paid ? dueMinor - paid : 0n;
  const result = {
    month: core.public.period.month,
    period: core.public.period,
    fee: m(core.minor),
    credits: credits === null ? null : credits.credits,
    amountDue: m(dueMinor),
    dueDate: core.public.dueDate,
    estimated: core.public.estimated,
    provisional: core.public.provisional,
    paid: m(paid),
    lastPaymentDate: last === undefined ? null : formatCivilDate(last),
    outstanding: m(outstanding),
    penalty: late?.fee ?? m(0n),
    asOf: asOf === undefined ? null : formatCivilDate(asOf),
    payment: core.public,
    serviceCredits: credits,
    lateFee: late,
  };
  const text = (lang: Lang = 'en'): string => {
    const line = (params: MessageParams<'bill_statement_line'>) =>
      renderMessage('bill_statement_line', params, lang);
    const p = result.period;
    const out = [
      line({ item: 'title', month: result.month, from: p.from, to: p.to }),
      `- ${line({ item: 'fee', amount: formatAmount(result.fee) })}`,
      `- ${line({ item: 'credits', amount: result.credits === null ? undefined : formatAmount(result.credits), assessed: result.credits !== null })}`,
      `- ${line({ item: 'due', amount: formatAmount(result.amountDue), date: result.dueDate ?? undefined, estimated: result.estimated })}`,
      `- ${line({ item: 'paid', amount: formatAmount(result.paid), date: result.lastPaymentDate ?? undefined })}`,
      `- ${line({ item: 'penalty', amount: formatAmount(result.penalty), date: result.asOf ?? undefined })}`,
      `- ${line({ item: 'outstanding', amount: formatAmount(result.outstanding) })}`,
      '',
      renderMessage('bill_section', { section: 'payment' }, lang),
      core.public.text(lang),
      '',
      renderMessage('bill_section', { section: 'credits' }, lang),
      credits === null
        ? renderSteps([{ kind: 'no-report' } satisfies BillingStep], lang)
        : credits.text(lang),
    ];
    if (late !== null)
      out.push('', renderMessage('bill_section', { section: 'late-fee' }, lang), late.text(lang));
    return out.join('\n');
  };
  return Object.freeze({ ...result, text });
}
