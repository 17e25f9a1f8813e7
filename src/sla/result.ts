/**
 * The results the engine returns: a target's evaluation from its judged cycles, and a ticket's
 * evaluation. Statuses are decided when the result is built; every other field (instants as text,
 * times on the target's clock, warnings, the explanation) is computed from the cycles when read.
 */
import { computeDue, type DeadlineStep, deadlineResult, describeStep } from '../clock/deadline.js';
import { type Lang, renderMessage } from '../errors/messages.js';
import { DEFAULT_LIMITS } from '../limits/limits.js';
import type { TimeZone } from '../time/zone.js';
import type { Cycle } from './cycle.js';
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

  constructor(
    private readonly spec: SlaTarget,
    private readonly window: Window,
    readonly cycles: readonly Cycle[],
    /** `at`, or null when judged on the events only. */
    private readonly atMs: number | null,
    /** The most pauses the explanation's steps list one by one (longer runs are summarised). */
    private readonly listedPauses: number = DEFAULT_LIMITS.explanationPauses,
  ) {
    this.status = targetStatus(cycles, window.leave);
    this.reportedCycle = reportedCycle(cycles);
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

  get name(): string | undefined {
    return this.spec.name;
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
    const cycle = this.reported;
    const at = this.atMs;
    if (this.status !== 'paused' || at === null || cycle === undefined) return null;
    const pauses = cycle.pauses.map(([a, b]) => [a, Math.min(b, at)] as [number, number]);
    return this.format(
      computeDue(this.spec.deadline, cycle.startMs, this.zone.dayOf(cycle.startMs), pauses).dueMs,
    );
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
    if (this.#explanation !== undefined) return this.#explanation;
    const cycle = this.reported;
    const due = cycle?.deadline;
    const condition = this.spec.condition;
    const fields: Record<string, unknown> = {};
    if (condition !== undefined)
      for (const name of condition.variables) fields[name] = this.window.fields[name];
    const steps =
      cycle === undefined || due === undefined
        ? []
        : deadlineResult(
            this.spec.deadline,
            cycle.startMs,
            this.zone.dayOf(cycle.startMs),
            due,
            this.listedPauses,
          ).steps;
    const self = this;
    let paused: TargetExplanation['paused'] | undefined;
    this.#explanation = {
      selectedBy: condition === undefined ? null : { logic: condition.logic, fields },
      steps,
      // Every pause as data, built when read (the text summarises long runs and does not need it).
      get paused() {
        paused ??= (cycle?.pauses ?? []).map(([a, b]) => ({
          from: self.zone.format(a),
          to: Number.isFinite(b) ? self.zone.format(b) : null,
        }));
        return paused;
      },
      text(lang: Lang = 'en') {
        return explainText(self, self.spec, steps, lang);
      },
    };
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

function explainText(result: TargetResult, spec: SlaTarget, steps: DeadlineStep[], lang: Lang): string {
  const lines: string[] = [];
  const selected = result.explanation.selectedBy;
  lines.push(
    renderMessage(
      'sla_selected',
      {
        target: result.target,
        clause: result.clause,
        fields: selected === null ? '' : JSON.stringify(selected.fields),
        logic: selected === null ? '' : JSON.stringify(selected.logic),
      },
      lang,
    ),
  );
  if (spec.cellNote !== undefined) lines.push(`- ${renderMessage('sla_table_row', spec.cellNote, lang)}`);
  if (spec.hoursNote !== undefined)
    lines.push(`- ${renderMessage('sla_hours_by_channel', spec.hoursNote, lang)}`);
  for (const step of steps) lines.push(`- ${describeStep(step, lang)}`);
  lines.push(
    renderMessage(
      'sla_status',
      {
        status: result.status,
        due: result.due ?? '',
        clockStartsAt: result.clockStartsAt ?? '',
        metAt: result.metAt ?? '',
        breachedAt: result.breachedAt ?? '',
        stoppedAt: result.stoppedAt ?? '',
        supersededAt: result.supersededAt ?? '',
        excluded: result.excluded ?? '',
        cycles: result.cycles.length,
      },
      lang,
    ),
  );
  return lines.join('\n');
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
