/**
 * One cycle of a target on a ticket: a span the target measures (a response, a call, a resolution
 * cycle). The measures (measures.ts) build it from the timeline: its start, how it stopped, its
 * pauses. {@link Cycle.judge} then computes its deadline once and decides its status as of the
 * instant the ticket is judged at. Everything else (elapsed time, allowance, instants as text) is
 * computed from those numbers when first read, so a pass that only asks "breached? due when?" pays
 * for none of it.
 *
 * "No value" has one spelling per kind here: NaN for an instant that does not exist (a cycle still
 * open has a NaN stop), Infinity for a due instant held back by an open-ended pause, and null in
 * what the public interface returns.
 */
import {
  computeDue,
  type DeadlineContext,
  type DueFigures,
  type DueResult,
  dueFigures,
  type PauseClock,
} from '../clock/deadline.js';
import type { TimeZone } from '../time/zone.js';
import type { CycleEvaluation, ExclusionReason, TargetStatus } from './types.js';

/**
 * How a cycle ended: its stop event; a call abandoned; solved without the reply it waited for (both
 * excluded when in time, breached when after the due instant); or still open.
 */
export type StopKind = 'stop' | 'abandoned' | 'unanswered' | 'open';

/** Pauses of a cycle: [from, to) spans, sorted and apart; the last may end at Infinity (still paused). */
export type Pauses = ReadonlyArray<readonly [number, number]>;

/** The empty list of pauses, shared (never written to). */
export const NO_PAUSES: Pauses = Object.freeze([]) as Pauses;

/** What judging a cycle needs to know about the ticket and the target's window on it. */
export interface Judgement {
  /** The instant the ticket is judged at: `at`, or its last event. */
  asOfMs: number;
  /** `at`, or NaN when the ticket is judged on its events only. */
  atMs: number;
  /** When the target stopped applying (Infinity: it still applies). */
  leaveMs: number;
  /** Scratch for the deadline's figures, owned by the evaluation. */
  figures: DueFigures;
}

export class Cycle implements CycleEvaluation {
  // Declared, then assigned in the constructor only (docs/performance.md, "One object shape").
  /** The cycle's anchor. */
  declare readonly startMs: number;
  /** The stop instant; NaN while open. */
  declare stop: number;
  declare stopKind: StopKind;
  declare pauses: Pauses;
  declare excluded: ExclusionReason | null;
  declare status: TargetStatus;
  /** The target's deadline; undefined until judged, and for a cycle excluded at its start. */
  declare private ctx: DeadlineContext | undefined;
  /** The zone instants are written in (the target's). */
  declare private zone: TimeZone | undefined;
  /** The due instant (Infinity while an open-ended pause holds it). */
  declare private deadlineMs: number;
  declare private clockStart: number;
  declare private clock: PauseClock | undefined;
  /** Up to when time is measured: the stop, or `at` (never past the target's leaving); NaN: unknown. */
  declare private until: number;
  /** Elapsed time once measured; undefined before. */
  declare private elapsed: number | null | undefined;
  /**
   * The un-paused due instant and the paused time that moved it, kept from judging (two numbers:
   * a reader of the whole result, toJSON, reads the allowance up to five times per target, and
   * computing the deadline again for each cost more than the evaluation).
   */
  declare private baseDue: number;
  declare private paused: number;
  /** The allowance once measured; undefined before. */
  declare private allowance: number | null | undefined;

  constructor(
    startMs: number,
    stop: number,
    stopKind: StopKind,
    pauses: Pauses,
    excluded: ExclusionReason | null,
  ) {
    this.startMs = startMs;
    this.stop = stop;
    this.stopKind = stopKind;
    this.pauses = pauses;
    this.excluded = excluded;
    this.status = 'not_applicable';
    this.ctx = undefined;
    this.zone = undefined;
    this.deadlineMs = Number.NaN;
    this.clockStart = Number.NaN;
    this.clock = undefined;
    this.until = Number.NaN;
    this.elapsed = undefined;
    this.baseDue = Number.NaN;
    this.paused = Number.NaN;
    this.allowance = undefined;
  }

  /** A cycle that ended at its stop event, or is still open when `stop` is NaN. */
  static measured(start: number, stop: number, pauses: Pauses): Cycle {
    return new Cycle(start, stop, Number.isNaN(stop) ? 'open' : 'stop', pauses, null);
  }

  /** A cycle excluded from its start (a call offered outside hours). */
  static excludedAtStart(start: number, reason: ExclusionReason): Cycle {
    return new Cycle(start, Number.NaN, 'open', NO_PAUSES, reason);
  }

  /** Computes the deadline and decides the status (see docs/semantics.md, "Status of a cycle"). */
  judge(ctx: DeadlineContext, when: Judgement): void {
    this.zone = ctx.zone;
    if (this.excluded !== null) {
      this.pauses = NO_PAUSES;
      return;
    }
    const figures = when.figures;
    dueFigures(ctx, this.startMs, ctx.zone.dayOf(this.startMs), this.pauses, figures);
    const due = figures.dueMs;
    const stop = this.stop;
    let status: TargetStatus;
    if (this.stopKind === 'open') {
      if (due < when.asOfMs && due < when.leaveMs) status = 'breached';
      else if (when.asOfMs < figures.clockStartMs) status = 'pending';
      else if (due === Number.POSITIVE_INFINITY) status = 'paused';
      else status = 'running';
      this.until = Number.isNaN(when.atMs) ? Number.NaN : Math.min(when.atMs, when.leaveMs);
    } else {
      if (this.stopKind === 'stop') status = stop <= due ? 'met' : 'breached';
      else status = stop > due ? 'breached' : 'not_applicable';
      this.until = stop;
    }
    this.status = status;
    // The time used is measured up to `until` when read, and `until` may lie past the calendar's
    // coverage (a ticket solved, or judged at an instant, in a year without official data): that
    // is the ticket's error now, not an error thrown later by whoever reads `elapsedMs`. (The
    // calendar covers a single span of days, and the due computation covered the start.)
    if (status !== 'not_applicable' && Number.isFinite(this.until)) figures.clock.cover(this.until);
    if (status === 'not_applicable')
      this.excluded = this.stopKind === 'abandoned' ? 'abandoned-before-due' : 'solved-without-reply';
    this.ctx = ctx;
    this.deadlineMs = due;
    this.baseDue = figures.baseDueMs;
    this.paused = figures.pausedMs;
    this.clockStart = figures.clockStartMs;
    this.clock = figures.clock;
  }

  /** Whether the cycle is still open (running, paused or pending; or breached while open). */
  get open(): boolean {
    return this.stopKind === 'open' && this.excluded === null;
  }

  /** The full deadline computation, for explanations (recomputed: pure, and rarely read). */
  get deadline(): DueResult | undefined {
    const ctx = this.ctx;
    return ctx === undefined
      ? undefined
      : computeDue(ctx, this.startMs, ctx.zone.dayOf(this.startMs), this.pauses);
  }

  get stopMs(): number | null {
    return Number.isNaN(this.stop) ? null : this.stop;
  }

  get dueMs(): number | null {
    return this.ctx !== undefined && Number.isFinite(this.deadlineMs) ? this.deadlineMs : null;
  }

  get clockStartMs(): number | null {
    return this.ctx === undefined ? null : this.clockStart;
  }

  get startedAt(): string {
    return this.format(this.startMs)!;
  }

  get clockStartsAt(): string | null {
    return this.format(this.clockStartMs);
  }

  get stoppedAt(): string | null {
    return this.format(this.stopMs);
  }

  get due(): string | null {
    return this.format(this.dueMs);
  }

  /**
   * Time used on the clock from its start to the stop or `at` (pauses excluded); null when unknown
   * (open, judged without `at`) and for a cycle that does not count.
   */
  get elapsedMs(): number | null {
    if (this.elapsed === undefined) {
      this.elapsed =
        this.clock === undefined || Number.isNaN(this.until) || this.status === 'not_applicable'
          ? null
          : elapsedOn(this.clock, this.clockStart, this.until, this.pauses);
    }
    return this.elapsed;
  }

  /** The time the term allows on its clock; null for a cycle that does not count. */
  get allowanceMs(): number | null {
    if (this.allowance === undefined) {
      // A term can be due before it starts (0 days ending at a close of business already past): 0 allowed.
      this.allowance =
        this.ctx === undefined || this.status === 'not_applicable'
          ? null
          : Math.max(0, this.clock!.between(this.clockStart, this.baseDue));
    }
    return this.allowance;
  }

  get pausedMs(): number | null {
    if (this.ctx === undefined) return null;
    return Number.isFinite(this.paused) ? this.paused : null;
  }

  private format(ms: number | null): string | null {
    return ms === null || !Number.isFinite(ms) || this.zone === undefined ? null : this.zone.format(ms);
  }

  toJSON() {
    return {
      status: this.status,
      startedAt: this.startedAt,
      clockStartsAt: this.clockStartsAt,
      stoppedAt: this.stoppedAt,
      due: this.due,
      elapsedMs: this.elapsedMs,
      allowanceMs: this.allowanceMs,
      pausedMs: this.pausedMs,
      excluded: this.excluded,
    };
  }
}

/** Time on a clock from start to t, pauses excluded (0 when t is not after start). */
export function elapsedOn(clock: PauseClock, start: number, t: number, pauses: Pauses): number {
  if (t <= start) return 0;
  let total = clock.between(start, t);
  for (let i = 0; i < pauses.length; i++) {
    const s = Math.max(pauses[i]![0], start);
    const e = Math.min(pauses[i]![1], t);
    if (e > s) total -= clock.between(s, e);
  }
  return total;
}
