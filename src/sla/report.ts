/**
 * Compliance reports: per target, channel and month, how many tickets met or breached the target,
 * how many were left out and why, the met rate, and percentiles of the measured times. The rules of
 * inclusion are written into the report itself, in English and Chinese.
 */
import { InvalidArgumentError } from '../errors/errors.js';
import { renderMessage } from '../errors/messages.js';
import { type InstantInput, parseInstant } from '../time/instant.js';
import type { TimeZone } from '../time/zone.js';
import { nearestRanks } from './percentiles.js';
import { type EvaluationSink, TicketStream } from './stream.js';
import type { TicketEvaluation } from './types.js';

/** Options of a compliance report. */
export interface ComplianceOptions {
  /** Only this month (`YYYY-MM`, the month of the ticket's creation in the contract's zone). */
  month?: string;
  /**
   * The report's instant: a target still open whose due instant is before it counts as breached.
   * Without it, open targets are counted as the evaluations say (running ones are excluded).
   */
  at?: InstantInput;
  /** Percentiles of the measured times (default 50, 90, 95). */
  percentiles?: readonly number[];
}

/** One row: a target on a channel in a month. */
export interface ComplianceRow {
  target: string;
  clause: string;
  channel: string | null;
  month: string;
  met: number;
  breached: number;
  /** met + breached: the tickets the met rate is computed over. */
  counted: number;
  excluded: {
    running: number;
    paused: number;
    pending: number;
    notApplicable: number;
    superseded: number;
  };
  /** met / counted; null when nothing was counted. */
  metRate: number | null;
  /** The met rate in per cent, exactly rounded half-up to 2 decimals ("95.24"). */
  metRatePercent: string | null;
  /** Measured times (ms on the target's clock) at the requested percentiles (nearest rank). */
  measuredMs: Record<string, number | null>;
}

/**
 * A compliance report: for each target, channel and month, the tickets met, breached and left out,
 * the met rate and percentiles of the measured times, with the inclusion rules written in.
 */
export interface ComplianceReport {
  timeZone: string;
  month: string | null;
  at: string | null;
  /** How tickets were counted, in words. */
  rules: { en: string[]; zh: string[] };
  tickets: { evaluated: number; failed: number };
  rows: ComplianceRow[];
  /**
   * Status names that neither the library nor the contract's `statuses` map, with the number of
   * evaluated tickets that had each (their status events were ignored): most tickets first. Usually empty.
   */
  unmappedStatuses: Array<{ status: string; tickets: number }>;
}

interface Bucket {
  row: ComplianceRow;
  times: number[];
}

/** A streamed evaluation result, or an evaluation. */
export type EvaluationLike = TicketEvaluation | { ok: true; evaluation: TicketEvaluation } | { ok: false };

function percentKey(p: number): string {
  return `p${p}`;
}

/** Code-unit order of two strings (what `<` compares), as a sort comparator. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The number of `key` in `slots`, numbering it if new. */
function slotOf<K>(slots: Map<K, number>, key: K): number {
  let slot = slots.get(key);
  if (slot === undefined) {
    slot = slots.size;
    slots.set(key, slot);
  }
  return slot;
}

/** Exact `met / counted` in per cent, half-up to 2 decimals, with integer arithmetic. */
export function percentString(met: number, counted: number): string | null {
  if (counted === 0) return null;
  const scaled = (BigInt(met) * 1_000_000n) / BigInt(counted); // per cent x 10^4
  const remainder = (BigInt(met) * 1_000_000n) % BigInt(counted);
  let hundredths = scaled / 100n;
  const rest = (scaled % 100n) * BigInt(counted) + remainder; // compare to half of 100 x counted
  if (rest * 2n >= 100n * BigInt(counted)) hundredths += 1n;
  const whole = hundredths / 100n;
  const fraction = hundredths % 100n;
  return `${whole}.${fraction.toString().padStart(2, '0')}`;
}

/**
 * Accumulates evaluations one at a time (so any stream, sync or async, of any length fits in memory:
 * only the counts and the measured times are kept), then writes the report.
 */
export class ComplianceAccumulator implements EvaluationSink {
  private readonly at: number | null;
  private readonly percentiles: readonly number[];
  /**
   * Buckets by target, channel and month, each numbered on first sight: `buckets[target][channel][month]`.
   * A ticket costs two map lookups (its channel and month) and one per target, then array indexing.
   */
  private readonly buckets: Bucket[][][] = [];
  private readonly targetSlots = new Map<string, number>();
  private readonly channelSlots = new Map<string | null, number>();
  private readonly monthSlots = new Map<string, number>();
  private evaluated = 0;
  private failed = 0;
  /** Tickets per unmapped status name. */
  private readonly unmapped = new Map<string, number>();

  constructor(
    private readonly zone: TimeZone,
    private readonly clauses: ReadonlyMap<string, string>,
    private readonly options: ComplianceOptions = {},
  ) {
    this.at = options.at === undefined ? null : parseInstant(options.at, ['at']);
    const month: unknown = options.month;
    if (month !== undefined && (typeof month !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month))) {
      // A month that cannot exist (2025-13) would silently match no ticket: refuse it.
      throw new InvalidArgumentError('invalid_argument', { name: 'month', expected: 'month', input: month }, [
        'month',
      ]);
    }
    this.percentiles = options.percentiles ?? [50, 90, 95];
  }

  /** Adds an evaluation, or an item of `evaluateTickets` (a failed one is counted as failed). */
  add(item: EvaluationLike): void {
    if (!('ok' in item)) this.addEvaluation(item);
    else if (item.ok) this.addEvaluation(item.evaluation);
    else this.addFailure();
  }

  /** Counts a ticket that could not be evaluated. */
  addFailure(): void {
    this.failed++;
  }

  /** Adds an evaluation. */
  addEvaluation(evaluation: TicketEvaluation): void {
    const monthText = evaluation.month; // looked up when read: once here
    if (this.options.month !== undefined && monthText !== this.options.month) return;
    this.evaluated++;
    const names = evaluation.unmappedStatuses;
    if (names !== undefined && names.length > 0)
      for (const name of names) this.unmapped.set(name, (this.unmapped.get(name) ?? 0) + 1);
    const at = this.at;
    const channel = slotOf(this.channelSlots, evaluation.channel);
    const month = slotOf(this.monthSlots, monthText);
    for (const target of evaluation.targets) {
      const targetSlot = slotOf(this.targetSlots, target.target);
      this.buckets[targetSlot] ??= [];
      const byChannel = this.buckets[targetSlot];
      byChannel[channel] ??= [];
      const byMonth = byChannel[channel];
      let bucket = byMonth[month];
      if (bucket === undefined) {
        bucket = {
          row: {
            target: target.target,
            clause: this.clauses.get(target.target) ?? target.clause,
            channel: evaluation.channel,
            month: monthText,
            met: 0,
            breached: 0,
            counted: 0,
            excluded: { running: 0, paused: 0, pending: 0, notApplicable: 0, superseded: 0 },
            metRate: null,
            metRatePercent: null,
            measuredMs: {},
          },
          times: [],
        };
        byMonth[month] = bucket;
      }
      const row = bucket.row;
      let status = target.status;
      let measured = target.measuredMs;
      if (
        (status === 'running' || status === 'paused' || status === 'pending') &&
        at !== null &&
        target.dueMs !== null &&
        target.dueMs < at
      ) {
        status = 'breached';
        measured = null;
      }
      switch (status) {
        case 'met':
          row.met++;
          break;
        case 'breached':
          row.breached++;
          break;
        case 'running':
          row.excluded.running++;
          break;
        case 'paused':
          row.excluded.paused++;
          break;
        case 'pending':
          row.excluded.pending++;
          break;
        case 'superseded':
          row.excluded.superseded++;
          break;
        case 'not_applicable':
          row.excluded.notApplicable++;
          break;
        default:
          status satisfies never; // a new status must be counted somewhere
      }
      if ((status === 'met' || status === 'breached') && measured !== null) bucket.times.push(measured);
    }
  }

  /** The report of everything added so far. */
  report(): ComplianceReport {
    const rows: ComplianceRow[] = [];
    const buckets: Bucket[] = [];
    for (const byChannel of this.buckets) {
      for (const byMonth of byChannel ?? [])
        for (const bucket of byMonth ?? []) if (bucket) buckets.push(bucket);
    }
    for (const { row: source, times } of buckets) {
      const row: ComplianceRow = { ...source, excluded: { ...source.excluded }, measuredMs: {} };
      row.counted = row.met + row.breached;
      row.metRate = row.counted === 0 ? null : row.met / row.counted;
      row.metRatePercent = percentString(row.met, row.counted);
      // Selected, not sorted (a copy: the bucket's times stay as they were for a later report).
      const values = nearestRanks(Float64Array.from(times), this.percentiles);
      for (let i = 0; i < this.percentiles.length; i++) {
        row.measuredMs[percentKey(this.percentiles[i]!)] = values[i] ?? null;
      }
      rows.push(row);
    }
    // By month, target and channel, in code-unit order (the same on every host, unlike localeCompare).
    rows.sort(
      (a, b) =>
        compareText(a.month, b.month) ||
        compareText(a.target, b.target) ||
        compareText(a.channel ?? '', b.channel ?? ''),
    );
    const atText = this.at === null ? null : this.zone.format(this.at);
    const unmapped = [...this.unmapped]
      .map(([status, tickets]) => ({ status, tickets }))
      .sort((a, b) => b.tickets - a.tickets || compareText(a.status, b.status));
    const rules = (lang: 'en' | 'zh') => [
      renderMessage('report_rule_month', { zone: this.zone.id }, lang),
      renderMessage('report_rule_counted', {}, lang),
      renderMessage('report_rule_excluded', {}, lang),
      renderMessage('report_rule_open', { at: atText ?? '' }, lang),
      renderMessage('report_rule_percentiles', { percentiles: this.percentiles.join(', ') }, lang),
      ...(unmapped.length === 0
        ? []
        : [
            renderMessage(
              'report_rule_unmapped_statuses',
              { statuses: unmapped.map((u) => `"${u.status}" (${u.tickets})`).join(', ') },
              lang,
            ),
          ]),
    ];
    return {
      timeZone: this.zone.id,
      month: this.options.month ?? null,
      at: atText,
      rules: { en: rules('en'), zh: rules('zh') },
      tickets: { evaluated: this.evaluated, failed: this.failed },
      rows,
      unmappedStatuses: unmapped,
    };
  }
}

/** Builds a report from evaluations (any iterable; consumed once). */
export function buildComplianceReport(
  evaluations: Iterable<EvaluationLike>,
  zone: TimeZone,
  clauses: ReadonlyMap<string, string>,
  options: ComplianceOptions = {},
): ComplianceReport {
  const accumulator = new ComplianceAccumulator(zone, clauses, options);
  if (evaluations instanceof TicketStream && evaluations.untouched) evaluations.drainInto(accumulator);
  else for (const item of evaluations) accumulator.add(item);
  return accumulator.report();
}

/** Builds a report from an async stream of evaluations. */
export async function buildComplianceReportAsync(
  evaluations: AsyncIterable<EvaluationLike>,
  zone: TimeZone,
  clauses: ReadonlyMap<string, string>,
  options: ComplianceOptions = {},
): Promise<ComplianceReport> {
  const accumulator = new ComplianceAccumulator(zone, clauses, options);
  for await (const item of evaluations) accumulator.add(item);
  return accumulator.report();
}
