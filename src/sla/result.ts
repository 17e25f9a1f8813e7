/**
 * The results the engine returns: a target's evaluation from its judged cycles, and a ticket's
 * evaluation. Statuses are decided when the result is built; every other field (instants as text,
 * times on the target's clock, warnings) is computed from the cycles when read, and the explanation
 * (explain.ts) when first asked for.
 */
import { computeDue } from '../clock/deadline.js';
import { DEFAULT_LIMITS } from '../limits/limits.js';
import type { TimeZone } from '../time/zone.js';
import type { Cycle } from './cycle.js';
import { explain } from './explain.js';
import type { SlaTarget } from './target.js';
import { type MeasureKind, type TicketState, ticketState } from './ticket-state.js';
import type {
  ExclusionReason,
  TargetEvaluation,
  TargetExplanation,
  TargetStatus,
  TicketEvaluation,
} from './types.js';

/** The part of a ticket's life during which a target applies, and the fields that selected it. */
export interface Window {
  enter: number;
  /** When it stopped applying (Infinity: it still applies). */
  leave: number;
  fields: Readonly<Record<string, unknown>>;
}

/** Running, paused or pending: the cycle's clock has not reached a verdict. */
function isOpenStatus(status: TargetStatus): boolean {
  return status === 'running' || status === 'paused' || status === 'pending';
}

/**
 * The status of a target from its cycles: breached if any cycle is; else the last open cycle's
 * (running, paused, pending); else met if any cycle was met; else not applicable. Then superseded
 * when the target stopped applying while still open.
 */
function targetStatus(cycles: readonly Cycle[], leave: number): TargetStatus {
  let status: TargetStatus = 'not_applicable';
  let open: TargetStatus | undefined;
  let anyMet = false;
  for (let i = 0; i < cycles.length; i++) {
    const c = cycles[i]!.status;
    if (c === 'breached') status = 'breached';
    else if (isOpenStatus(c)) open = c;
    else if (c === 'met') anyMet = true;
  }
  if (status !== 'breached') status = open ?? (anyMet ? 'met' : 'not_applicable');
  // A target that stopped applying before it was decided is superseded (kept for audit).
  if (leave !== Number.POSITIVE_INFINITY && isOpenStatus(status)) status = 'superseded';
  return status;
}

/** The cycle a target reports: the last open one, else the first breached, else the last that counts, else the last. */
function reportedCycle(cycles: readonly Cycle[]): number | null {
  let open = -1;
  let breached = -1;
  let last = -1;
  for (let i = 0; i < cycles.length; i++) {
    const status = cycles[i]!.status;
    if (isOpenStatus(status)) open = i;
    else if (status === 'breached' && breached < 0) breached = i;
    if (status !== 'not_applicable') last = i;
  }
  if (cycles.length === 0) return null;
  return open >= 0 ? open : breached >= 0 ? breached : last >= 0 ? last : cycles.length - 1;
}

/** A number as an exact ratio of integers (`87.5` → 875 / 10), for exact threshold comparisons. */
function exactRatio(value: number): [bigint, bigint] {
  const [mantissa, exponentText] = String(value).split('e');
  const exponent = Number(exponentText ?? 0);
  const [whole, fraction = ''] = mantissa!.split('.');
  let numerator = BigInt(whole! + fraction);
  let denominator = 10n ** BigInt(fraction.length);
  if (exponent > 0) numerator *= 10n ** BigInt(exponent);
  else if (exponent < 0) denominator *= 10n ** BigInt(-exponent);
  return [numerator, denominator];
}

/** Whether `elapsed / allowance` is at least `percent` per cent, exactly. */
function crossed(elapsed: number, allowance: number, percent: number): boolean {
  const [numerator, denominator] = exactRatio(percent);
  return BigInt(elapsed) * 100n * denominator >= numerator * BigInt(allowance);
}

export class TargetResult implements TargetEvaluation {
  readonly status: TargetStatus;
  readonly reportedCycle: number | null;
  #explanation: TargetExplanation | undefined;
  /** The due instant if the pause ended at `at` (paused targets judged at an instant), else NaN. */
  readonly #dueIfResumedMs: number;

  constructor(
    private readonly spec: SlaTarget,
    private readonly window: Window,
    readonly cycles: readonly Cycle[],
    /** `at`, or null when judged on the events only. */
    atMs: number | null,
    /** The most pauses the explanation's steps list one by one (longer runs are summarised). */
    private readonly listedPauses: number = DEFAULT_LIMITS.explanationPauses,
  ) {
    this.status = targetStatus(cycles, window.leave);
    this.reportedCycle = reportedCycle(cycles);
    // Computed now (paused targets only): the resumed deadline may need a year the calendar does
    // not cover, and that is the ticket's error at evaluation, not a field that throws when read.
    const cycle = this.reported;
    this.#dueIfResumedMs =
      this.status !== 'paused' || atMs === null || cycle === undefined
        ? Number.NaN
        : computeDue(
            spec.deadline,
            cycle.startMs,
            spec.deadline.zone.dayOf(cycle.startMs),
            cycle.pauses.map(([a, b]) => [a, Math.min(b, atMs)] as [number, number]),
          ).dueMs;
  }

  /** The reported cycle, if any. */
  private get reported(): Cycle | undefined {
    return this.reportedCycle === null ? undefined : this.cycles[this.reportedCycle];
  }

  private get zone(): TimeZone {
    return this.spec.deadline.zone;
  }

  private format(ms: number | null): string | null {
    return ms === null || !Number.isFinite(ms) ? null : this.zone.format(ms);
  }

  get target(): string {
    return this.spec.id;
  }

  get clause(): string {
    return this.spec.clause;
  }

  get name(): string | null {
    return this.spec.name ?? null;
  }

  get kind(): MeasureKind {
    return this.spec.measure.kind;
  }

  get startedAt(): string | null {
    const cycle = this.reported;
    return cycle === undefined ? null : this.format(cycle.startMs);
  }

  get clockStartsAt(): string | null {
    return this.reported?.clockStartsAt ?? null;
  }

  get dueMs(): number | null {
    return this.reported?.dueMs ?? null;
  }

  get due(): string | null {
    return this.format(this.dueMs);
  }

  get dueIfResumed(): string | null {
    return Number.isNaN(this.#dueIfResumedMs) ? null : this.format(this.#dueIfResumedMs);
  }

  get metAt(): string | null {
    if (this.status !== 'met') return null;
    let met = Number.NEGATIVE_INFINITY;
    for (const c of this.cycles) if (c.status === 'met') met = Math.max(met, c.stop);
    return this.format(met);
  }

  get breachedAt(): string | null {
    if (this.status !== 'breached') return null;
    let first = Number.POSITIVE_INFINITY;
    for (const c of this.cycles)
      if (c.status === 'breached' && c.dueMs !== null) first = Math.min(first, c.dueMs + 1);
    return this.format(first);
  }

  get stoppedAt(): string | null {
    return this.reported?.stoppedAt ?? null;
  }

  get supersededAt(): string | null {
    return this.status === 'superseded' ? this.format(this.window.leave) : null;
  }

  get excluded(): ExclusionReason | null {
    if (this.status === 'superseded') return 'superseded';
    return this.status === 'not_applicable' ? (this.reported?.excluded ?? null) : null;
  }

  /** Time used on the reported cycle: null when not applicable, or still open with no `at` to judge at. */
  get elapsedMs(): number | null {
    const cycle = this.reported;
    return cycle === undefined || cycle.status === 'not_applicable' ? null : cycle.elapsedMs;
  }

  get allowanceMs(): number | null {
    const cycle = this.reported;
    return cycle === undefined || cycle.status === 'not_applicable' ? null : cycle.allowanceMs;
  }

  get remainingMs(): number | null {
    const elapsed = this.elapsedMs;
    const allowance = this.allowanceMs;
    return elapsed === null || allowance === null ? null : allowance - elapsed;
  }

  get usedShare(): number | null {
    const elapsed = this.elapsedMs;
    const allowance = this.allowanceMs;
    return elapsed === null || !allowance ? null : elapsed / allowance;
  }

  get warning(): number | null {
    if (this.status !== 'running' && this.status !== 'paused') return null;
    const elapsed = this.elapsedMs;
    const allowance = this.allowanceMs;
    if (elapsed === null || !allowance) return null;
    let warning: number | null = null;
    for (const percent of this.spec.warnAt) if (crossed(elapsed, allowance, percent)) warning = percent;
    return warning;
  }

  /** For reports: the time used by a met or breached target (the longest of its counted cycles); null when unknown. */
  get measuredMs(): number | null {
    if (this.status !== 'met' && this.status !== 'breached') return null;
    const cycles = this.cycles;
    if (cycles.length === 1) return cycles[0]!.elapsedMs; // its status is the target's
    let measured: number | null = null;
    for (const c of cycles) {
      if (c.status !== this.status) continue;
      const elapsed = c.elapsedMs;
      if (elapsed !== null) measured = Math.max(measured ?? 0, elapsed);
    }
    return measured;
  }

  get explanation(): TargetExplanation {
    this.#explanation ??= explain({
      result: this,
      spec: this.spec,
      fields: this.window.fields,
      cycle: this.reported,
      listedPauses: this.listedPauses,
    });
    return this.#explanation;
  }

  toJSON() {
    return {
      target: this.target,
      clause: this.clause,
      status: this.status,
      startedAt: this.startedAt,
      clockStartsAt: this.clockStartsAt,
      due: this.due,
      dueIfResumed: this.dueIfResumed,
      metAt: this.metAt,
      breachedAt: this.breachedAt,
      stoppedAt: this.stoppedAt,
      supersededAt: this.supersededAt,
      elapsedMs: this.elapsedMs,
      remainingMs: this.remainingMs,
      allowanceMs: this.allowanceMs,
      usedShare: this.usedShare,
      warning: this.warning,
      measuredMs: this.measuredMs,
      excluded: this.excluded,
      reportedCycle: this.reportedCycle,
      cycles: this.cycles,
    };
  }
}

/** No status names (shared, never written to). */
const NO_NAMES: readonly string[] = Object.freeze([]);

/** No fields (shared, never written to). */
const NO_FIELDS: Readonly<Record<string, unknown>> = Object.freeze({});

/** A ticket's evaluation; its month is looked up when read (reports read it; other passes do not). */
export class TicketResult implements TicketEvaluation {
  constructor(
    readonly ticketId: string,
    readonly atMs: number | null,
    private readonly months: { monthOf(ms: number): string; readonly zone: TimeZone },
    readonly channel: string | null,
    readonly createdMs: number,
    readonly targets: readonly TargetEvaluation[],
    readonly unmappedStatuses: readonly string[] = NO_NAMES,
    readonly fields: Readonly<Record<string, unknown>> = NO_FIELDS,
  ) {}

  get state(): TicketState {
    return ticketState(this.targets);
  }

  get month(): string {
    return this.months.monthOf(this.createdMs);
  }

  get at(): string | null {
    return this.atMs === null ? null : this.months.zone.format(this.atMs);
  }

  toJSON() {
    return {
      ticketId: this.ticketId,
      at: this.at,
      channel: this.channel,
      month: this.month,
      state: this.state,
      targets: this.targets,
      ...(this.unmappedStatuses.length === 0 ? {} : { unmappedStatuses: this.unmappedStatuses }),
    };
  }
}
