/**
 * Service credits: which credit tiers apply to a month, read from a compliance report passed in
 * (billing never imports the SLA engine; the report is a plain value of the shape below).
 *
 * For each rule: met and breached tickets of the rule's target in the month (one channel, or every
 * channel when the rule names none); met rate = met / (met + breached), compared with each tier's
 * threshold exactly (bigint cross-multiplication). A report may give the met rate itself instead of
 * the counts (`metRate: "94.5%"`, an exact decimal string), compared just as exactly. The tier that
 * applies is the narrowest the rate falls in: strictly below its threshold (`below`), or at or below
 * it (`atOrBelow`). A credit is a share of the month's fee (the recurring fees
 * of the period, after proration), rounded once per rule; the overall cap (a share of the fee)
 * applies to the sum; the amount due is the fee minus the credits.
 */
import { BillingError } from '../errors/errors.js';
import { type Amount, amountOf, formatMonth, formatPercentRatio, moneyOf } from './common.js';
import { compareDecimal, type Decimal, decimal, decimalToPercentString, pow10 } from './decimal.js';
import { type BillingStep, type CreditTierText, type Explained, explained } from './explain.js';
import { multiplyMoney } from './money.js';
import { chargeOf, type Period, periodOfMonth } from './schedule.js';
import type { BillingTerms, CreditTier } from './terms.js';

/**
 * One row of a compliance report: a target's met and breached counts in a month, or, when the
 * counts are not known, its met rate as an exact decimal string (extra fields are ignored; the SLA
 * engine's rows carry both, and the counts are read).
 */
export interface ComplianceRowInput {
  /** The target (a row of a report not grouped by target, with null, is refused). */
  target: string | null;
  channel?: string | null;
  /** `YYYY-MM` in the contract's zone (a row of a report not grouped by month, with null, is refused). */
  month: string | null;
  met?: number;
  breached?: number;
  /** Read only when `met` and `breached` are absent: `"94.5%"`, `"0.945"` (a number is refused). */
  metRate?: string | number | null;
}

/** What service credits read from a compliance report (the SLA engine's report has this shape). */
export interface ComplianceReportInput {
  rows: readonly ComplianceRowInput[];
}

/** The credit of one rule. */
export interface CreditLine {
  rule: string;
  clause: string | null;
  target: string;
  channel: string | null;
  /** The counts (0 when the report gave only the rate). */
  met: number;
  breached: number;
  /**
   * `met / (met + breached)` as a percentage (`≈` when cut), or the rate the report gave; `null` when
   * there were no tickets.
   */
  metRate: string | null;
  /** The report gave the met rate, not the counts. */
  rateGiven: boolean;
  /** The tier that applies, as percentages (`{ below, credit }` or `{ atOrBelow, credit }`), or `null`. */
  tier: CreditTierText | null;
  amount: Amount;
}

/** The service credits of a month. */
export interface ServiceCreditsResult extends Explained {
  readonly month: string;
  /** The month's fee: the recurring fees of the period after proration. */
  readonly fee: Amount;
  readonly lines: readonly CreditLine[];
  /** The sum of the lines, before the cap. */
  readonly uncapped: Amount;
  /** The cap as an amount, when the contract has one. */
  readonly cap: Amount | null;
  /** The sum was cut to the cap (or, whatever the shares add up to, to the fee itself). */
  readonly capped: boolean;
  /** The credits deducted. */
  readonly credits: Amount;
  /** fee - credits. */
  readonly net: Amount;
}

/** A report row, validated: counts, or a rate (`met` and `breached` 0). */
export interface ReportRow {
  target: string;
  channel: string | null;
  month: string;
  met: bigint;
  breached: bigint;
  rate: Decimal | null;
}

/** Validates a compliance report (only the fields credits read). */
export function readReport(report: unknown): ReportRow[] {
  const rows = (report as { rows?: unknown } | null)?.rows;
  if (typeof report !== 'object' || report === null || !Array.isArray(rows))
    throw new BillingError('billing_invalid_report', { expected: 'rows' }, ['report']);
  return rows.map((row: unknown, i) => {
    const path = ['report', 'rows', i];
    if (typeof row !== 'object' || row === null)
      throw new BillingError('billing_invalid_report', { expected: 'rows' }, path);
    const r = row as Record<string, unknown>;
    if (typeof r.target !== 'string')
      throw new BillingError('billing_invalid_report', { expected: 'text' }, [...path, 'target']);
    if (typeof r.month !== 'string')
      throw new BillingError('billing_invalid_report', { expected: 'text' }, [...path, 'month']);
    if (r.channel !== null && r.channel !== undefined && typeof r.channel !== 'string')
      throw new BillingError('billing_invalid_report', { expected: 'text-or-null' }, [...path, 'channel']);
    const base = {
      target: r.target,
      channel: (r.channel as string | null | undefined) ?? null,
      month: r.month,
    };
    if (r.met === undefined && r.breached === undefined && r.metRate !== undefined && r.metRate !== null) {
      if (typeof r.metRate !== 'string')
        throw new BillingError('billing_invalid_report', { expected: 'rate' }, [...path, 'metRate']);
      const rate = decimal(r.metRate, { path: [...path, 'metRate'] });
      if (rate.coefficient < 0n || compareDecimal(rate, ONE) > 0)
        throw new BillingError('billing_invalid_report', { expected: 'rate' }, [...path, 'metRate']);
      return { ...base, met: 0n, breached: 0n, rate };
    }
    for (const key of ['met', 'breached'] as const) {
      const n = r[key];
      if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0)
        throw new BillingError('billing_invalid_report', { expected: 'count' }, [...path, key]);
    }
    return { ...base, met: BigInt(r.met as number), breached: BigInt(r.breached as number), rate: null };
  });
}

const ONE: Decimal = { coefficient: 1n, scale: 0 };

/** Whether a met rate falls in a tier, exactly: below its threshold, or at or below it. */
export function inTier(rate: Decimal, tier: CreditTier): boolean {
  const c = compareDecimal(rate, tier.threshold);
  return tier.inclusive ? c <= 0 : c < 0;
}

/** Whether `met / total` falls in a tier, exactly (bigint cross-multiplication). */
export function countsInTier(met: bigint, total: bigint, tier: CreditTier): boolean {
  const left = met * pow10(tier.threshold.scale);
  const right = tier.threshold.coefficient * total;
  return tier.inclusive ? left <= right : left < right;
}

/** A tier as text: `{ below: '95%', credit: '5%' }` or `{ atOrBelow: '95%', credit: '5%' }`. */
export function tierText(tier: CreditTier): CreditTierText {
  const threshold = decimalToPercentString(tier.threshold);
  const credit = decimalToPercentString(tier.credit);
  return tier.inclusive ? { atOrBelow: threshold, credit } : { below: threshold, credit };
}

/** Whether `met / total` is strictly below `threshold`, exactly. */
export function rateBelow(met: bigint, total: bigint, threshold: Decimal): boolean {
  return met * pow10(threshold.scale) < threshold.coefficient * total;
}

/** The service credits of a period's fee, from report rows already read. */
export function computeCredits(
  terms: BillingTerms,
  period: Period,
  rows: readonly ReportRow[],
): ServiceCreditsResult {
  const m = (minor: bigint) => amountOf(moneyOf(terms, minor));
  const fee = chargeOf(terms, period).minor;
  const month = formatMonth(period.month);
  const clause = terms.credits;
  const steps: BillingStep[] = [];
  const lines: CreditLine[] = [];
  let uncapped = 0n;
  if (clause === undefined) {
    steps.push({ kind: 'no-credit-clause' });
  } else {
    steps.push({ kind: 'credit-base', month, fee: m(fee), clause: clause.clause ?? null });
    for (const rule of clause.rules) {
      const channel = rule.channel ?? null;
      let met = 0n;
      let breached = 0n;
      let rate: Decimal | null = null;
      let matched = 0;
      for (const row of rows) {
        // A table target's rows are reported as id[row]: a rule on the table reads them all.
        if (row.month !== month || (row.target !== rule.target && !row.target.startsWith(`${rule.target}[`)))
          continue;
        if (channel !== null && row.channel !== channel) continue;
        matched++;
        if (row.rate !== null) rate = row.rate;
        met += row.met;
        breached += row.breached;
      }
      // Rates do not add up: a rate stands only for the whole of what the rule reads.
      if (rate !== null && matched > 1)
        throw new BillingError('billing_report_rates', { target: rule.target, month, rows: matched }, [
          'report',
          'rows',
        ]);
      const total = met + breached;
      const tiersText = rule.tiers
        .map(
          (t) =>
            `${t.inclusive ? '≤' : '<'} ${decimalToPercentString(t.threshold)} → ${decimalToPercentString(t.credit)}`,
        )
        .join(', ');
      let tier: CreditTier | undefined;
      // Sorted widest first: the last tier the rate falls in is the narrowest.
      if (rate !== null) {
        for (const t of rule.tiers) if (inTier(rate, t)) tier = t;
      } else if (total > 0n) {
        for (const t of rule.tiers) if (countsInTier(met, total, t)) tier = t;
      }
      const minor =
        tier === undefined ? 0n : multiplyMoney(moneyOf(terms, fee), tier.credit, terms.rounding).minor;
      uncapped += minor;
      const tierTextValue = tier === undefined ? null : tierText(tier);
      const metRate =
        rate !== null ? decimalToPercentString(rate) : total === 0n ? null : formatPercentRatio(met, total);
      lines.push(
        Object.freeze({
          rule: rule.id,
          clause: rule.clause ?? null,
          target: rule.target,
          channel,
          met: Number(met),
          breached: Number(breached),
          metRate,
          rateGiven: rate !== null,
          tier: tierTextValue,
          amount: m(minor),
        }),
      );
      if (rate === null && total === 0n) {
        steps.push({ kind: 'credit-no-tickets', rule: rule.id, target: rule.target, channel, month });
      } else {
        steps.push({
          kind: 'credit-rule',
          rule: rule.id,
          clause: rule.clause ?? null,
          target: rule.target,
          channel,
          met: rate === null ? Number(met) : null,
          breached: rate === null ? Number(breached) : null,
          metRate: metRate!,
          tiers: tiersText,
          tier: tierTextValue,
          amount: m(minor),
        });
      }
    }
  }
  let cap: bigint | undefined;
  if (clause?.cap !== undefined) cap = multiplyMoney(moneyOf(terms, fee), clause.cap, terms.rounding).minor;
  // Credits never exceed the fee, whatever the shares add up to.
  const limit = cap !== undefined && cap < fee ? cap : fee;
  const capped = uncapped > limit;
  const credits = capped ? limit : uncapped;
  if (clause?.cap !== undefined) {
    steps.push({
      kind: 'credit-cap',
      cap: decimalToPercentString(clause.cap),
      capAmount: m(cap!),
      total: m(uncapped),
      applied: capped,
    });
  }
  steps.push({ kind: 'net-due', fee: m(fee), credits: m(credits), net: m(fee - credits) });
  return Object.freeze({
    month,
    fee: m(fee),
    lines: Object.freeze(lines),
    uncapped: m(uncapped),
    cap: cap === undefined ? null : m(cap),
    capped,
    credits: m(credits),
    net: m(fee - credits),
    ...explained(steps),
  });
}

/** The service credits of a billing month `YYYY-MM`, from a compliance report. */
export function serviceCredits(
  terms: BillingTerms,
  report: ComplianceReportInput,
  month: string,
): ServiceCreditsResult {
  const period = periodOfMonth(terms, month, ['month']);
  return computeCredits(terms, period, readReport(report));
}
