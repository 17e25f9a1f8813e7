/**
 * Compliance reports: per target, channel and month (or any grouping the caller names), how many
 * tickets met or breached the target, how many were left out and why, the met rate and percentiles
 * of the measured times; per ticket, whether all its targets were met. The report states its inputs
 * and its rules of inclusion, in English and Chinese, and can list the tickets behind every row.
 *
 * The accumulator is a mergeable state: counts add, measured times are kept (or sketched past a
 * size the caller sets, see measured-times.ts), and `toJSON()` / `fromJSON()` carry it between
 * threads, processes and machines; merging the reports of partitions gives the report of the whole.
 */
import { InvalidArgumentError, ReportStateError } from '../errors/errors.js';
import { renderMessage } from '../errors/messages.js';
import { type InstantInput, parseInstant } from '../time/instant.js';
import { type TimeZone, timeZone } from '../time/zone.js';
import { type MeasuredState, MeasuredTimes, type SketchState } from './measured-times.js';
import { type EvaluationSink, TicketStream } from './stream.js';
import { type TicketState, ticketState } from './ticket-state.js';
import type { TargetStatus, TicketEvaluation } from './types.js';

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
  /**
   * What a row is: `target`, `channel`, `month` (the default, in that order), and any ticket field by
   * name (`priority`, `category`, ...: its value as of the evaluation, as text; null when absent).
   * Ticket rows are grouped by the same names without `target`.
   */
  groupBy?: readonly string[];
  /** Rows and ticket rows list their tickets (default false: a month can hold millions). */
  listTickets?: boolean;
  /**
   * A row keeps every measured time (exact percentiles) while it has at most this many; past it, a
   * DDSketch of relative accuracy `sketchAccuracy`. Default: no limit (always exact).
   */
  exactTimesUpTo?: number;
  /** The DDSketch's relative accuracy, between 0 and 1 exclusive (default 0.01: within 1%). */
  sketchAccuracy?: number;
}

/** Why a target on a ticket was left out of a row's met rate. */
export interface ExcludedByReason {
  /** The target's condition was false for the ticket (it never applied). */
  conditionFalse: number;
  /** A call offered outside service hours. */
  outsideHours: number;
  /** Solved without a reply (no response was needed). */
  solvedWithoutReply: number;
  /** A call abandoned before its due instant. */
  abandonedBeforeDue: number;
  /** The target applied but had nothing to measure (no cycle: a next response with no customer message). */
  nothingToMeasure: number;
  /** Superseded by a reclassification before it was decided. */
  superseded: number;
  /** Still running, not yet due. */
  running: number;
  /** Paused with no end in sight, not yet due. */
  paused: number;
  /** Pending: its clock has not started. */
  pending: number;
}

/** The reason a listed ticket was excluded (a key of {@link ExcludedByReason}). */
export type ExcludedReason = keyof ExcludedByReason;

/** One (ticket, target) of a row, listed when the report lists tickets. */
export interface ListedTicket {
  ticketId: string;
  target: string;
  outcome: 'met' | 'breached' | 'excluded';
  /** Why it was excluded; null when counted. */
  reason: ExcludedReason | null;
  /** The target's due instant (ISO 8601 in the contract's zone), null when it has none. */
  due: string | null;
  /** When its clock stopped (the reply, the resolution, the call answered), null while open. */
  stoppedAt: string | null;
  /** The measured time (ms on the target's clock), null when not counted or unknown. */
  measuredMs: number | null;
}

/** One row: a target on a channel in a month (or the groups `groupBy` names). */
export interface ComplianceRow {
  /** The target (null when the report is not grouped by target). */
  target: string | null;
  clause: string | null;
  /** The channel (null when the ticket has none, or the report is not grouped by channel). */
  channel: string | null;
  /** The month (null when the report is not grouped by month). */
  month: string | null;
  /** The row's value of every `groupBy` name. */
  group: Record<string, string | null>;
  met: number;
  breached: number;
  /** met + breached: the tickets the met rate is computed over. */
  counted: number;
  /** Left out, as before: notApplicable is outsideHours + solvedWithoutReply + abandonedBeforeDue + nothingToMeasure. */
  excluded: {
    running: number;
    paused: number;
    pending: number;
    notApplicable: number;
    superseded: number;
  };
  /** Left out, by reason (conditionFalse included; it is not in `excluded`). */
  excludedBy: ExcludedByReason;
  /** met / counted; null when nothing was counted. */
  metRate: number | null;
  /** The met rate in per cent, exactly rounded half-up to 2 decimals ("95.24"). */
  metRatePercent: string | null;
  /** Measured times (ms on the target's clock) at the requested percentiles (nearest rank). */
  measuredMs: Record<string, number | null>;
  /** Whether measuredMs is exact (false: from the DDSketch, within the report's `sketch.relativeAccuracy`). */
  measuredExact: boolean;
  /** The (ticket, target) pairs of the row, when listed: by ticket id, then target. */
  tickets?: ListedTicket[];
}

/** One ticket of a ticket row, listed when the report lists tickets. */
export interface ListedTicketOutcome {
  ticketId: string;
  outcome: 'met' | 'breached' | 'undetermined' | 'excluded';
  /** Its state as of the report (the report's instant applied). */
  state: TicketState;
}

/** A ticket-level row: tickets whose every target was met, any breached, or still undetermined. */
export interface TicketRow {
  channel: string | null;
  month: string | null;
  /** The row's value of every `groupBy` name but `target`. */
  group: Record<string, string | null>;
  /** Every target that counts was met (and none is open). */
  met: number;
  /** A target was breached. */
  breached: number;
  /** A target is still open (running, paused, pending) and none was breached. */
  undetermined: number;
  /** met + breached. */
  counted: number;
  /** Tickets with no target that counts or is open (none applied, or all not applicable or superseded). */
  excluded: number;
  metRate: number | null;
  metRatePercent: string | null;
  tickets?: ListedTicketOutcome[];
}

/** What the report was computed from: two parties with the same inputs get the same report. */
export interface ReportInputs {
  contractId: string | null;
  /** SHA-256 of the contract definition's text (hex), null when not known. */
  definitionSha256: string | null;
  /** The data version of each calendar of the contract, by name. */
  calendars: Record<string, string>;
  timeZone: string;
  at: string | null;
  month: string | null;
  groupBy: string[];
  /** Items read (evaluated, failed, and outside the month). */
  ticketsRead: number;
  ticketsFailed: number;
}

/**
 * A compliance report: for each target, channel and month (or the chosen grouping), the tickets
 * met, breached and left out by reason, the met rate and percentiles of the measured times; ticket
 * rows; the inputs it was computed from; the inclusion rules written in.
 */
export interface ComplianceReport {
  timeZone: string;
  month: string | null;
  at: string | null;
  /** What the report was computed from. */
  inputs: ReportInputs;
  /** How tickets were counted, in words. */
  rules: { en: string[]; zh: string[] };
  /** Items read, tickets evaluated (in the month), and items that failed. */
  tickets: { read: number; evaluated: number; failed: number };
  rows: ComplianceRow[];
  /** Ticket-level rows (grouped like rows, without the target). */
  ticketRows: TicketRow[];
  /** The sketch behind rows with `measuredExact: false`, and its error bound; null when every row is exact. */
  sketch: {
    name: 'DDSketch';
    package: '@datadog/sketches-js';
    relativeAccuracy: number;
    exactTimesUpTo: number;
  } | null;
  /**
   * Status names that neither the library nor the contract's `statuses` map, with the number of
   * evaluated tickets that had each (their status events were ignored): most tickets first. Usually empty.
   */
  unmappedStatuses: Array<{ status: string; tickets: number }>;
}

/** What a report is about: the contract's zone, targets and identity (a contract supplies it). */
export interface ReportSubject {
  zone: TimeZone;
  /** Every target of the contract with its clause, in the definition's order. */
  targets: ReadonlyArray<{ id: string; clause: string }>;
  contractId?: string | null;
  definitionSha256?: string | null;
  calendars?: Readonly<Record<string, string>>;
}

/** The serialisable state of a report (`ComplianceAccumulator.toJSON()`), canonical: equal reports have equal states. */
export interface ComplianceState {
  format: 'contract-terms/compliance-state';
  version: 1;
  settings: {
    contractId: string | null;
    definitionSha256: string | null;
    calendars: Record<string, string>;
    timeZone: string;
    targets: Array<[string, string]>;
    month: string | null;
    /** Epoch ms of the report's instant. */
    atMs: number | null;
    percentiles: number[];
    groupBy: string[];
    listTickets: boolean;
    exactTimesUpTo: number | null;
    sketchAccuracy: number;
  };
  tickets: { read: number; evaluated: number; failed: number };
  unmappedStatuses: Array<[string, number]>;
  /** Groups (rows without the target): their key values in `groupBy` order without `target`, and ticket-level counts. */
  groups: Array<{
    key: Array<string | null>;
    seen: number;
    met: number;
    breached: number;
    undetermined: number;
    excluded: number;
    ids?: string[];
    tickets?: ListedTicketOutcome[];
  }>;
  /** Rows: the target (null when not grouped by it) and the index of their group. */
  rows: Array<{
    target: string | null;
    clause: string | null;
    group: number;
    met: number;
    breached: number;
    excludedBy: Omit<ExcludedByReason, 'conditionFalse'>;
    measured: MeasuredState;
    tickets?: ListedTicket[];
  }>;
}

/** A streamed evaluation result, or an evaluation. */
export type EvaluationLike = TicketEvaluation | { ok: true; evaluation: TicketEvaluation } | { ok: false };

const DEFAULT_GROUP_BY: readonly string[] = ['target', 'channel', 'month'];
const FORMAT = 'contract-terms/compliance-state';

type Counted = Omit<ExcludedByReason, 'conditionFalse'>;

function noExclusions(): Counted {
  return {
    outsideHours: 0,
    solvedWithoutReply: 0,
    abandonedBeforeDue: 0,
    nothingToMeasure: 0,
    superseded: 0,
    running: 0,
    paused: 0,
    pending: 0,
  };
}

const EXCLUSION_KEYS = Object.keys(noExclusions()) as Array<keyof Counted>;

interface Group {
  key: Array<string | null>;
  /** Tickets seen in the group (in the month). */
  seen: number;
  met: number;
  breached: number;
  undetermined: number;
  excluded: number;
  ids: string[] | null;
  tickets: ListedTicketOutcome[] | null;
}

interface Row {
  target: string | null;
  clause: string | null;
  group: number;
  met: number;
  breached: number;
  excludedBy: Counted;
  times: MeasuredTimes;
  tickets: ListedTicket[] | null;
}

function percentKey(p: number): string {
  return `p${p}`;
}

/** Code-unit order of two strings (what `<` compares), as a sort comparator. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Code-unit order of two nullable strings, null first. */
function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return compareText(a, b);
}

function compareKeys(a: ReadonlyArray<string | null>, b: ReadonlyArray<string | null>): number {
  for (let i = 0; i < a.length; i++) {
    const c = compareNullable(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return 0;
}

/** A total order of listed tickets (so that merged lists come out the same in any order). */
function compareListed(a: ListedTicket, b: ListedTicket): number {
  return (
    compareText(a.ticketId, b.ticketId) ||
    compareText(a.target, b.target) ||
    compareText(a.outcome, b.outcome) ||
    compareNullable(a.reason, b.reason) ||
    compareNullable(a.due, b.due) ||
    compareNullable(a.stoppedAt, b.stoppedAt) ||
    (a.measuredMs ?? -1) - (b.measuredMs ?? -1)
  );
}

function compareOutcomes(a: ListedTicketOutcome, b: ListedTicketOutcome): number {
  return (
    compareText(a.ticketId, b.ticketId) || compareText(a.outcome, b.outcome) || compareText(a.state, b.state)
  );
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

/** A ticket field's value as a group key: text as is, numbers and booleans as text, null when absent. */
function groupValue(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function invalid(name: string, expected: 'month' | string, input: unknown): never {
  throw new InvalidArgumentError('invalid_argument', { name, expected: expected as never, input }, [name]);
}

/** Checked options, as the state keeps them. */
function readSettings(subject: ReportSubject, options: ComplianceOptions): ComplianceState['settings'] {
  const month: unknown = options.month;
  if (month !== undefined && (typeof month !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month))) {
    // A month that cannot exist (2025-13) would silently match no ticket: refuse it.
    invalid('month', 'month', month);
  }
  const groupBy: unknown = options.groupBy ?? DEFAULT_GROUP_BY;
  if (
    !Array.isArray(groupBy) ||
    groupBy.some((g) => typeof g !== 'string' || g === '') ||
    new Set(groupBy).size !== groupBy.length
  )
    invalid('groupBy', 'a list of distinct field names', groupBy);
  const percentiles: unknown = options.percentiles ?? [50, 90, 95];
  if (
    !Array.isArray(percentiles) ||
    percentiles.some((p) => typeof p !== 'number' || !Number.isFinite(p) || p < 0 || p > 100)
  )
    invalid('percentiles', 'a list of numbers from 0 to 100', percentiles);
  const exact: unknown = options.exactTimesUpTo;
  if (exact !== undefined && (typeof exact !== 'number' || !Number.isSafeInteger(exact) || exact < 0))
    invalid('exactTimesUpTo', 'a whole number of at least 0', exact);
  const accuracy: unknown = options.sketchAccuracy ?? 0.01;
  if (typeof accuracy !== 'number' || !(accuracy > 0 && accuracy < 1))
    invalid('sketchAccuracy', 'a number between 0 and 1', accuracy);
  const listTickets: unknown = options.listTickets ?? false;
  if (typeof listTickets !== 'boolean') invalid('listTickets', 'boolean', listTickets);
  return {
    contractId: subject.contractId ?? null,
    definitionSha256: subject.definitionSha256 ?? null,
    calendars: { ...(subject.calendars ?? {}) },
    timeZone: subject.zone.id,
    targets: subject.targets.map((t) => [t.id, t.clause]),
    month: (month as string | undefined) ?? null,
    atMs: options.at === undefined ? null : parseInstant(options.at, ['at']),
    percentiles: [...(percentiles as number[])],
    groupBy: [...(groupBy as string[])],
    listTickets,
    exactTimesUpTo: (exact as number | undefined) ?? null,
    sketchAccuracy: accuracy,
  };
}

/**
 * A compliance report being accumulated: add evaluations one at a time (any stream of any length:
 * only counts and measured times are kept, and the tickets when listed), merge other accumulators
 * (other partitions of the tickets, other threads, other machines), save and restore the state as
 * JSON, and write the report at any time. Obtain one with `contract.complianceAccumulator()`.
 *
 * @example
 * const a = contract.complianceAccumulator({ month: '2025-10' });
 * const b = contract.complianceAccumulator({ month: '2025-10' });
 * for (const item of contract.evaluateTickets(firstHalf)) a.add(item);
 * for (const item of contract.evaluateTickets(secondHalf)) b.add(item);
 * const merged = a.merge(ComplianceAccumulator.fromJSON(JSON.parse(JSON.stringify(b))));
 * JSON.stringify(merged.report()) === JSON.stringify(contract.complianceReport(contract.evaluateTickets(all), { month: '2025-10' }))
 * //=> true
 */
export class ComplianceAccumulator implements EvaluationSink {
  private readonly settings: ComplianceState['settings'];
  private readonly zone: TimeZone;
  private readonly clauses: ReadonlyMap<string, string>;
  private readonly at: number | null;
  private readonly byTarget: boolean;
  /** The groupBy names without `target`, and how to read each from an evaluation. */
  private readonly dims: string[];
  /** Group slots: nested maps, one level per dimension, the last holding the slot. */
  private readonly groupIndex = new Map<string | null, unknown>();
  private readonly groups: Group[] = [];
  private readonly targetSlots = new Map<string, number>();
  /** Rows by target slot (0 for all when not grouped by target), then by group slot. */
  private readonly rows: Row[][] = [];
  private read = 0;
  private evaluated = 0;
  private failed = 0;
  /** Tickets per unmapped status name. */
  private readonly unmapped = new Map<string, number>();
  private readonly listing: boolean;
  private readonly sketchSettings: { exactUpTo: number; relativeAccuracy: number };

  constructor(subject: ReportSubject, options: ComplianceOptions = {}) {
    this.settings = readSettings(subject, options);
    this.zone = subject.zone;
    this.clauses = new Map(this.settings.targets);
    this.at = this.settings.atMs;
    this.byTarget = this.settings.groupBy.includes('target');
    this.dims = this.settings.groupBy.filter((g) => g !== 'target');
    this.listing = this.settings.listTickets;
    this.sketchSettings = {
      exactUpTo: this.settings.exactTimesUpTo ?? Number.POSITIVE_INFINITY,
      relativeAccuracy: this.settings.sketchAccuracy,
    };
  }

  /**
   * Adds an evaluation, or an item of `evaluateTickets` (a failed one is counted as failed).
   *
   * @example
   * const acc = contract.complianceAccumulator();
   * for (const item of contract.evaluateTickets(tickets)) acc.add(item);
   * acc.report().tickets
   * //=> { read: 2, evaluated: 1, failed: 1 } (with one good ticket and one bad)
   */
  add(item: EvaluationLike): void {
    if (!('ok' in item)) this.addEvaluation(item);
    else if (item.ok) this.addEvaluation(item.evaluation);
    else this.addFailure();
  }

  /**
   * Counts a ticket that could not be evaluated.
   *
   * @example
   * const acc = contract.complianceAccumulator();
   * acc.addFailure();
   * acc.report().tickets
   * //=> { read: 1, evaluated: 0, failed: 1 }
   */
  addFailure(): void {
    this.read++;
    this.failed++;
  }

  /** The value of a dimension for an evaluation. */
  private dimValue(dim: string, evaluation: TicketEvaluation, month: string): string | null {
    if (dim === 'channel') return evaluation.channel;
    if (dim === 'month') return month;
    const fields = evaluation.fields;
    return fields === undefined || !Object.hasOwn(fields, dim) ? null : groupValue(fields[dim]);
  }

  /** The slot of a group key, numbering it if new. */
  private groupSlot(key: Array<string | null>): number {
    let level: Map<string | null, unknown> = this.groupIndex;
    const last = key.length - 1;
    for (let i = 0; i < last; i++) {
      let next = level.get(key[i]!) as Map<string | null, unknown> | undefined;
      if (next === undefined) {
        next = new Map();
        level.set(key[i]!, next);
      }
      level = next;
    }
    const lastKey = last < 0 ? null : key[last]!;
    let slot = level.get(lastKey) as number | undefined;
    if (slot === undefined) {
      slot = this.groups.length;
      level.set(lastKey, slot);
      this.groups.push({
        key,
        seen: 0,
        met: 0,
        breached: 0,
        undetermined: 0,
        excluded: 0,
        ids: this.listing ? [] : null,
        tickets: this.listing ? [] : null,
      });
    }
    return slot;
  }

  private row(target: string | null, clause: string | null, group: number): Row {
    let slot = 0;
    if (target !== null) {
      slot = this.targetSlots.get(target) ?? -1;
      if (slot < 0) {
        slot = this.targetSlots.size;
        this.targetSlots.set(target, slot);
      }
    }
    let byGroup = this.rows[slot];
    if (byGroup === undefined) {
      byGroup = [];
      this.rows[slot] = byGroup;
    }
    let row = byGroup[group];
    if (row === undefined) {
      row = {
        target,
        clause,
        group,
        met: 0,
        breached: 0,
        excludedBy: noExclusions(),
        times: new MeasuredTimes(this.sketchSettings),
        tickets: this.listing ? [] : null,
      };
      byGroup[group] = row;
    }
    return row;
  }

  /**
   * Adds an evaluation (outside the report's month, it is read but not counted).
   *
   * @example
   * const acc = contract.complianceAccumulator();
   * acc.addEvaluation(contract.evaluateTicket(ticket));
   * acc.report().tickets.evaluated
   * //=> 1
   */
  addEvaluation(evaluation: TicketEvaluation): void {
    this.read++;
    const monthText = evaluation.month; // looked up when read: once here
    if (this.settings.month !== null && monthText !== this.settings.month) return;
    this.evaluated++;
    const names = evaluation.unmappedStatuses;
    if (names !== undefined && names.length > 0)
      for (const name of names) this.unmapped.set(name, (this.unmapped.get(name) ?? 0) + 1);
    const at = this.at;
    const dims = this.dims;
    const key: Array<string | null> = new Array(dims.length);
    for (let i = 0; i < dims.length; i++) key[i] = this.dimValue(dims[i]!, evaluation, monthText);
    const groupSlot = this.groupSlot(key);
    const group = this.groups[groupSlot]!;
    group.seen++;
    if (group.ids !== null) group.ids.push(evaluation.ticketId);
    // Ticket level: breached if any target is, else undetermined if any is open, else met if any is.
    let anyBreached = false;
    let anyOpen = false;
    let anyMet = false;
    const listing = this.listing;
    const statuses: Array<{
      status: TargetStatus;
      kind: TicketEvaluation['targets'][number]['kind'];
    }> | null = listing ? [] : null;
    for (const target of evaluation.targets) {
      const row = this.byTarget
        ? this.row(target.target, this.clauses.get(target.target) ?? target.clause, groupSlot)
        : this.row(null, null, groupSlot);
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
      let reason: ExcludedReason | null = null;
      switch (status) {
        case 'met':
          row.met++;
          anyMet = true;
          break;
        case 'breached':
          row.breached++;
          anyBreached = true;
          break;
        case 'running':
        case 'paused':
        case 'pending':
          reason = status;
          anyOpen = true;
          break;
        case 'superseded':
          reason = 'superseded';
          break;
        case 'not_applicable': {
          const why = target.excluded;
          reason =
            why === 'outside-hours'
              ? 'outsideHours'
              : why === 'abandoned-before-due'
                ? 'abandonedBeforeDue'
                : why === 'solved-without-reply'
                  ? 'solvedWithoutReply'
                  : 'nothingToMeasure';
          break;
        }
        default:
          status satisfies never; // a new status must be counted somewhere
      }
      if (reason !== null) row.excludedBy[reason as keyof Counted]++;
      else if (measured !== null) row.times.add(measured);
      if (listing) {
        statuses!.push({ status, kind: target.kind });
        row.tickets!.push({
          ticketId: evaluation.ticketId,
          target: target.target,
          outcome: reason === null ? (status as 'met' | 'breached') : 'excluded',
          reason,
          due: target.due,
          stoppedAt: target.stoppedAt,
          measuredMs: reason === null ? measured : null,
        });
      }
    }
    let outcome: ListedTicketOutcome['outcome'];
    if (anyBreached) {
      group.breached++;
      outcome = 'breached';
    } else if (anyOpen) {
      group.undetermined++;
      outcome = 'undetermined';
    } else if (anyMet) {
      group.met++;
      outcome = 'met';
    } else {
      group.excluded++;
      outcome = 'excluded';
    }
    if (listing)
      group.tickets!.push({ ticketId: evaluation.ticketId, outcome, state: ticketState(statuses!) });
  }

  /** Throws when `other` was computed from other inputs or settings. */
  private checkCompatible(other: ComplianceAccumulator): void {
    const a = this.settings;
    const b = other.settings;
    for (const name of Object.keys(a) as Array<keyof ComplianceState['settings']>) {
      const left = JSON.stringify(a[name]);
      const right = JSON.stringify(b[name]);
      if (left !== right)
        throw new ReportStateError('report_merge_mismatch', { setting: name, left, right }, [name]);
    }
  }

  /**
   * Adds everything `other` holds (the report of other tickets, computed with the same contract and
   * options) to this accumulator, and returns it. Counts add; measured times and listed tickets are
   * pooled. Throws `ReportStateError` (`report_merge_mismatch`) when the contract, its definition's
   * hash, the calendars or an option differ.
   *
   * @example
   * a.merge(b).report().tickets.evaluated === a.report().tickets.evaluated
   * //=> true (after the merge: a holds both)
   */
  merge(other: ComplianceAccumulator): this {
    this.checkCompatible(other);
    this.read += other.read;
    this.evaluated += other.evaluated;
    this.failed += other.failed;
    for (const [name, n] of other.unmapped) this.unmapped.set(name, (this.unmapped.get(name) ?? 0) + n);
    const slots = other.groups.map((g) => this.groupSlot([...g.key]));
    other.groups.forEach((g, i) => {
      const mine = this.groups[slots[i]!]!;
      mine.seen += g.seen;
      mine.met += g.met;
      mine.breached += g.breached;
      mine.undetermined += g.undetermined;
      mine.excluded += g.excluded;
      if (mine.ids !== null && g.ids !== null) for (const id of g.ids) mine.ids.push(id);
      if (mine.tickets !== null && g.tickets !== null) for (const t of g.tickets) mine.tickets.push(t);
    });
    for (const byGroup of other.rows) {
      for (const r of byGroup ?? []) {
        if (r === undefined) continue;
        const mine = this.row(r.target, r.clause, slots[r.group]!);
        mine.met += r.met;
        mine.breached += r.breached;
        for (const k of EXCLUSION_KEYS) mine.excludedBy[k] += r.excludedBy[k];
        mine.times.merge(r.times);
        if (mine.tickets !== null && r.tickets !== null) for (const t of r.tickets) mine.tickets.push(t);
      }
    }
    return this;
  }

  /** Every row, in no particular order. */
  private allRows(): Row[] {
    const out: Row[] = [];
    for (const byGroup of this.rows) for (const row of byGroup ?? []) if (row) out.push(row);
    return out;
  }

  private groupRecord(
    key: ReadonlyArray<string | null>,
    target: string | null,
  ): Record<string, string | null> {
    const out: Record<string, string | null> = {};
    let i = 0;
    for (const name of this.settings.groupBy) out[name] = name === 'target' ? target : key[i++]!;
    return out;
  }

  /**
   * The report of everything added so far (the accumulator is left as it was: add more, report again).
   *
   * @example
   * const acc = contract.complianceAccumulator({ month: '2025-10' });
   * acc.report().rows
   * //=> []
   */
  report(): ComplianceReport {
    const settings = this.settings;
    const groupBy = settings.groupBy;
    const dimIndex = (name: string) => this.dims.indexOf(name);
    const channelAt = dimIndex('channel');
    const monthAt = dimIndex('month');
    const targetCount = settings.targets.length;
    const percentiles = settings.percentiles;
    let anySketch = false;
    const rows: Array<{ row: ComplianceRow; key: Array<string | null> }> = [];
    for (const source of this.allRows()) {
      const group = this.groups[source.group]!;
      const e = source.excludedBy;
      const inRow = source.met + source.breached + EXCLUSION_KEYS.reduce((sum, k) => sum + e[k], 0);
      // A target that did not apply to a ticket is not among its evaluation's targets: the tickets
      // of the group it never applied to are counted here (every target, when not grouped by target).
      const conditionFalse = (this.byTarget ? group.seen : group.seen * targetCount) - inRow;
      const counted = source.met + source.breached;
      const values = source.times.percentiles(percentiles);
      const measuredMs: Record<string, number | null> = {};
      for (let i = 0; i < percentiles.length; i++)
        measuredMs[percentKey(percentiles[i]!)] = values[i] ?? null;
      if (!source.times.exact) anySketch = true;
      const row: ComplianceRow = {
        target: source.target,
        clause: source.clause,
        channel: channelAt < 0 ? null : group.key[channelAt]!,
        month: monthAt < 0 ? null : group.key[monthAt]!,
        group: this.groupRecord(group.key, source.target),
        met: source.met,
        breached: source.breached,
        counted,
        excluded: {
          running: e.running,
          paused: e.paused,
          pending: e.pending,
          notApplicable: e.outsideHours + e.solvedWithoutReply + e.abandonedBeforeDue + e.nothingToMeasure,
          superseded: e.superseded,
        },
        excludedBy: { conditionFalse: Math.max(0, conditionFalse), ...e },
        metRate: counted === 0 ? null : source.met / counted,
        metRatePercent: percentString(source.met, counted),
        measuredMs,
        measuredExact: source.times.exact,
      };
      if (source.tickets !== null) {
        const listed = [...source.tickets];
        if (this.byTarget && source.target !== null && group.ids !== null) {
          // The group's tickets the target never applied to: every id seen, less those listed.
          const present = new Map<string, number>();
          for (const t of source.tickets) present.set(t.ticketId, (present.get(t.ticketId) ?? 0) + 1);
          for (const id of group.ids) {
            const n = present.get(id) ?? 0;
            if (n > 0) present.set(id, n - 1);
            else
              listed.push({
                ticketId: id,
                target: source.target,
                outcome: 'excluded',
                reason: 'conditionFalse',
                due: null,
                stoppedAt: null,
                measuredMs: null,
              });
          }
        }
        row.tickets = listed.sort(compareListed);
      }
      rows.push({ row, key: group.key });
    }
    // By month, target, channel (the default grouping's order, in code units: the same on every
    // host, unlike localeCompare), then the other group values.
    rows.sort(
      (a, b) =>
        compareNullable(a.row.month, b.row.month) ||
        compareNullable(a.row.target, b.row.target) ||
        compareNullable(a.row.channel, b.row.channel) ||
        compareKeys(a.key, b.key),
    );
    const ticketRows: TicketRow[] = this.groups
      .filter((g) => g.seen > 0)
      .sort((a, b) => compareKeys(a.key, b.key))
      .map((g) => {
        const counted = g.met + g.breached;
        const row: TicketRow = {
          channel: channelAt < 0 ? null : g.key[channelAt]!,
          month: monthAt < 0 ? null : g.key[monthAt]!,
          group: Object.fromEntries(this.dims.map((d, i) => [d, g.key[i]!])),
          met: g.met,
          breached: g.breached,
          undetermined: g.undetermined,
          counted,
          excluded: g.excluded,
          metRate: counted === 0 ? null : g.met / counted,
          metRatePercent: percentString(g.met, counted),
        };
        if (g.tickets !== null) row.tickets = [...g.tickets].sort(compareOutcomes);
        return row;
      });
    const atText = this.at === null ? null : this.zone.format(this.at);
    const unmapped = [...this.unmapped]
      .map(([status, tickets]) => ({ status, tickets }))
      .sort((a, b) => b.tickets - a.tickets || compareText(a.status, b.status));
    const sketch = anySketch
      ? {
          name: 'DDSketch' as const,
          package: '@datadog/sketches-js' as const,
          relativeAccuracy: settings.sketchAccuracy,
          exactTimesUpTo: settings.exactTimesUpTo!,
        }
      : null;
    const defaultGrouping = groupBy.join() === DEFAULT_GROUP_BY.join();
    const rules = (lang: 'en' | 'zh') => [
      renderMessage('report_rule_month', { zone: this.zone.id }, lang),
      ...(defaultGrouping
        ? []
        : [renderMessage('report_rule_grouping', { groupBy: groupBy.join(', ') }, lang)]),
      renderMessage('report_rule_counted', {}, lang),
      renderMessage('report_rule_excluded', {}, lang),
      renderMessage('report_rule_open', { at: atText ?? '' }, lang),
      renderMessage('report_rule_percentiles', { percentiles: percentiles.join(', ') }, lang),
      ...(sketch === null
        ? []
        : [
            renderMessage(
              'report_rule_sketch',
              { exactUpTo: sketch.exactTimesUpTo, relativeAccuracy: sketch.relativeAccuracy },
              lang,
            ),
          ]),
      renderMessage('report_rule_tickets', {}, lang),
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
      month: settings.month,
      at: atText,
      inputs: {
        contractId: settings.contractId,
        definitionSha256: settings.definitionSha256,
        calendars: { ...settings.calendars },
        timeZone: this.zone.id,
        at: atText,
        month: settings.month,
        groupBy: [...groupBy],
        ticketsRead: this.read,
        ticketsFailed: this.failed,
      },
      rules: { en: rules('en'), zh: rules('zh') },
      tickets: { read: this.read, evaluated: this.evaluated, failed: this.failed },
      rows: rows.map((r) => r.row),
      ticketRows,
      sketch,
      unmappedStatuses: unmapped,
    };
  }

  /**
   * The state as plain data (what `JSON.stringify` writes), canonical: groups, rows, measured times
   * and listed tickets in a fixed order, so that the same tickets give the same state however they
   * were partitioned and merged. Restore it with {@link ComplianceAccumulator.fromJSON}.
   *
   * @example
   * ComplianceAccumulator.fromJSON(JSON.parse(JSON.stringify(acc))).report().rows.length === acc.report().rows.length
   * //=> true
   */
  toJSON(): ComplianceState {
    const order = this.groups
      .map((_, i) => i)
      .sort((a, b) => compareKeys(this.groups[a]!.key, this.groups[b]!.key));
    const newIndex = new Array<number>(this.groups.length);
    order.forEach((old, i) => {
      newIndex[old] = i;
    });
    const groups: ComplianceState['groups'] = order.map((i) => {
      const g = this.groups[i]!;
      return {
        key: [...g.key],
        seen: g.seen,
        met: g.met,
        breached: g.breached,
        undetermined: g.undetermined,
        excluded: g.excluded,
        ...(g.ids === null ? {} : { ids: [...g.ids].sort(compareText) }),
        ...(g.tickets === null ? {} : { tickets: [...g.tickets].sort(compareOutcomes) }),
      };
    });
    const rows: ComplianceState['rows'] = this.allRows()
      .map((r) => ({
        target: r.target,
        clause: r.clause,
        group: newIndex[r.group]!,
        met: r.met,
        breached: r.breached,
        excludedBy: { ...r.excludedBy },
        measured: r.times.toJSON(),
        ...(r.tickets === null ? {} : { tickets: [...r.tickets].sort(compareListed) }),
      }))
      .sort((a, b) => compareNullable(a.target, b.target) || a.group - b.group);
    return {
      format: FORMAT,
      version: 1,
      settings: structuredClone(this.settings),
      tickets: { read: this.read, evaluated: this.evaluated, failed: this.failed },
      unmappedStatuses: [...this.unmapped].sort((a, b) => compareText(a[0], b[0])),
      groups,
      rows,
    };
  }

  /**
   * An accumulator from a saved state (`toJSON()` output, possibly read back from a file): checked,
   * since a file can hold anything; throws `ReportStateError` naming the path of the first problem.
   *
   * @example
   * try { ComplianceAccumulator.fromJSON({}) } catch (e) { e.message }
   * //=> 'format: not a saved compliance report state: expected "contract-terms/compliance-state"'
   */
  static fromJSON(state: unknown): ComplianceAccumulator {
    const s = checkState(state);
    const settings = s.settings;
    const subject: ReportSubject = {
      zone: timeZone(settings.timeZone),
      targets: settings.targets.map(([id, clause]) => ({ id, clause })),
      contractId: settings.contractId,
      definitionSha256: settings.definitionSha256,
      calendars: settings.calendars,
    };
    const out = new ComplianceAccumulator(subject, {
      ...(settings.month === null ? {} : { month: settings.month }),
      ...(settings.atMs === null ? {} : { at: settings.atMs }),
      percentiles: settings.percentiles,
      groupBy: settings.groupBy,
      listTickets: settings.listTickets,
      ...(settings.exactTimesUpTo === null ? {} : { exactTimesUpTo: settings.exactTimesUpTo }),
      sketchAccuracy: settings.sketchAccuracy,
    });
    out.read = s.tickets.read;
    out.evaluated = s.tickets.evaluated;
    out.failed = s.tickets.failed;
    for (const [name, n] of s.unmappedStatuses) out.unmapped.set(name, n);
    const slots = s.groups.map((g) => out.groupSlot([...g.key]));
    for (const g of s.groups) {
      const mine = out.groups[out.groupSlot([...g.key])]!;
      mine.seen += g.seen;
      mine.met += g.met;
      mine.breached += g.breached;
      mine.undetermined += g.undetermined;
      mine.excluded += g.excluded;
      if (mine.ids !== null) mine.ids.push(...(g.ids ?? []));
      if (mine.tickets !== null) mine.tickets.push(...(g.tickets ?? []).map((t) => ({ ...t })));
    }
    for (const r of s.rows) {
      const mine = out.row(r.target, r.clause, slots[r.group]!);
      mine.met += r.met;
      mine.breached += r.breached;
      for (const k of EXCLUSION_KEYS) mine.excludedBy[k] += r.excludedBy[k];
      mine.times.merge(MeasuredTimes.fromJSON(r.measured, out.sketchSettings));
      if (mine.tickets !== null) mine.tickets.push(...(r.tickets ?? []).map((t) => ({ ...t })));
    }
    return out;
  }
}

// ---- checking a saved state ----

function fail(path: Array<string | number>, expected: string): never {
  throw new ReportStateError('report_state_invalid', { expected }, path);
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isText(v: unknown): v is string {
  return typeof v === 'string';
}

function isTextOrNull(v: unknown): v is string | null {
  return v === null || typeof v === 'string';
}

function checkCounts(value: unknown, keys: readonly string[], path: Array<string | number>): void {
  if (!isRecord(value)) fail(path, 'an object of counts');
  for (const k of keys) if (!isCount(value[k])) fail([...path, k], 'a whole number of at least 0');
}

function checkMeasured(value: unknown, path: Array<string | number>): void {
  if (!isRecord(value)) fail(path, '{ times } or { sketch }');
  if (value.times !== undefined) {
    if (!Array.isArray(value.times) || !value.times.every((t) => typeof t === 'number' && Number.isFinite(t)))
      fail([...path, 'times'], 'a list of numbers');
    return;
  }
  const sketch = value.sketch as SketchState | undefined;
  if (!isRecord(sketch)) fail(path, '{ times } or { sketch }');
  if (
    !Array.isArray(sketch.bins) ||
    !sketch.bins.every(
      (b) => Array.isArray(b) && b.length === 2 && Number.isSafeInteger(b[0]) && isCount(b[1]),
    )
  )
    fail([...path, 'sketch', 'bins'], 'a list of [key, count]');
  for (const k of ['zeroCount', 'count'] as const)
    if (!isCount(sketch[k])) fail([...path, 'sketch', k], 'a count');
  for (const k of ['min', 'max'] as const)
    if (typeof sketch[k] !== 'number' || Number.isNaN(sketch[k])) fail([...path, 'sketch', k], 'a number');
}

function checkState(state: unknown): ComplianceState {
  if (!isRecord(state) || state.format !== FORMAT) fail(['format'], `"${FORMAT}"`);
  if (state.version !== 1) fail(['version'], '1');
  const settings = state.settings;
  if (!isRecord(settings)) fail(['settings'], 'an object');
  const sp = (k: string) => ['settings', k];
  if (!isTextOrNull(settings.contractId)) fail(sp('contractId'), 'text or null');
  if (!isTextOrNull(settings.definitionSha256)) fail(sp('definitionSha256'), 'text or null');
  if (!isRecord(settings.calendars) || !Object.values(settings.calendars).every(isText))
    fail(sp('calendars'), 'an object of text');
  if (!isText(settings.timeZone)) fail(sp('timeZone'), 'an IANA time zone');
  if (
    !Array.isArray(settings.targets) ||
    !settings.targets.every((t) => Array.isArray(t) && t.length === 2 && isText(t[0]) && isText(t[1]))
  )
    fail(sp('targets'), 'a list of [target, clause]');
  if (!isTextOrNull(settings.month)) fail(sp('month'), 'text or null');
  if (settings.atMs !== null && !Number.isSafeInteger(settings.atMs)) fail(sp('atMs'), 'epoch ms or null');
  if (!Array.isArray(settings.percentiles)) fail(sp('percentiles'), 'a list of numbers');
  if (!Array.isArray(settings.groupBy)) fail(sp('groupBy'), 'a list of names');
  if (typeof settings.listTickets !== 'boolean') fail(sp('listTickets'), 'true or false');
  if (settings.exactTimesUpTo !== null && !isCount(settings.exactTimesUpTo))
    fail(sp('exactTimesUpTo'), 'a count or null');
  if (typeof settings.sketchAccuracy !== 'number') fail(sp('sketchAccuracy'), 'a number');
  checkCounts(state.tickets, ['read', 'evaluated', 'failed'], ['tickets']);
  if (
    !Array.isArray(state.unmappedStatuses) ||
    !state.unmappedStatuses.every((u) => Array.isArray(u) && u.length === 2 && isText(u[0]) && isCount(u[1]))
  )
    fail(['unmappedStatuses'], 'a list of [status, tickets]');
  if (!Array.isArray(state.groups)) fail(['groups'], 'a list');
  const width = (settings.groupBy as unknown[]).filter((g) => g !== 'target').length;
  state.groups.forEach((g: unknown, i) => {
    const path = ['groups', i];
    checkCounts(g, ['seen', 'met', 'breached', 'undetermined', 'excluded'], path);
    const key = (g as Record<string, unknown>).key;
    if (!Array.isArray(key) || key.length !== width || !key.every(isTextOrNull))
      fail([...path, 'key'], `a list of ${width} texts or nulls`);
    const ids = (g as Record<string, unknown>).ids;
    if (ids !== undefined && (!Array.isArray(ids) || !ids.every(isText)))
      fail([...path, 'ids'], 'a list of ids');
    const tickets = (g as Record<string, unknown>).tickets;
    if (
      tickets !== undefined &&
      (!Array.isArray(tickets) || !tickets.every((t) => isRecord(t) && isText(t.ticketId)))
    )
      fail([...path, 'tickets'], 'a list of tickets');
  });
  if (!Array.isArray(state.rows)) fail(['rows'], 'a list');
  state.rows.forEach((r: unknown, i) => {
    const path = ['rows', i];
    checkCounts(r, ['met', 'breached'], path);
    const row = r as Record<string, unknown>;
    if (!isTextOrNull(row.target)) fail([...path, 'target'], 'text or null');
    if (!isTextOrNull(row.clause)) fail([...path, 'clause'], 'text or null');
    if (!isCount(row.group) || row.group >= (state.groups as unknown[]).length)
      fail([...path, 'group'], 'the index of a group');
    checkCounts(row.excludedBy, EXCLUSION_KEYS, [...path, 'excludedBy']);
    checkMeasured(row.measured, [...path, 'measured']);
    const tickets = row.tickets;
    if (
      tickets !== undefined &&
      (!Array.isArray(tickets) || !tickets.every((t) => isRecord(t) && isText(t.ticketId)))
    )
      fail([...path, 'tickets'], 'a list of tickets');
  });
  return state as unknown as ComplianceState;
}

/** Builds a report from evaluations (any iterable; consumed once). */
export function buildComplianceReport(
  evaluations: Iterable<EvaluationLike>,
  subject: ReportSubject,
  options: ComplianceOptions = {},
): ComplianceReport {
  const accumulator = new ComplianceAccumulator(subject, options);
  if (evaluations instanceof TicketStream && evaluations.untouched) evaluations.drainInto(accumulator);
  else for (const item of evaluations) accumulator.add(item);
  return accumulator.report();
}

/** Builds a report from an async stream of evaluations. */
export async function buildComplianceReportAsync(
  evaluations: AsyncIterable<EvaluationLike>,
  subject: ReportSubject,
  options: ComplianceOptions = {},
): Promise<ComplianceReport> {
  const accumulator = new ComplianceAccumulator(subject, options);
  for await (const item of evaluations) accumulator.add(item);
  return accumulator.report();
}
