/**
 * The service-level engine's answers, as the public API types them: a ticket's evaluation, each
 * target's status, instants and times, its cycles, and the explanation. One meaning per field; the
 * rules behind each are in docs/semantics.md.
 */
import type { DeadlineStep } from '../clock/deadline.js';
import type { Lang } from '../errors/messages.js';
import type { MeasureKind, TicketState } from './ticket-state.js';

/**
 * The status of a target (or of one of its cycles) on a ticket:
 *
 * - `met`: stopped at or before its due instant;
 * - `breached`: stopped after its due instant, or still open when the ticket is judged after it;
 * - `running`: open, its clock counting;
 * - `paused`: open, its clock stopped with no end in sight (no due instant until it resumes);
 * - `pending`: open, its clock not started yet (a day-based term before its first counted day, a
 *   business-time term before its service hours open);
 * - `superseded`: the ticket stopped matching the target before it was decided;
 * - `not_applicable`: nothing to measure (see {@link ExclusionReason}).
 */
export type TargetStatus =
  | 'met'
  | 'breached'
  | 'running'
  | 'paused'
  | 'pending'
  | 'superseded'
  | 'not_applicable';

/** Why a cycle or a target does not count. */
export type ExclusionReason =
  | 'solved-without-reply'
  | 'outside-hours'
  | 'abandoned-before-due'
  | 'superseded';

/** One measured span of a target: a response, a call, a resolution cycle. */
export interface CycleEvaluation {
  readonly status: TargetStatus;
  /** When the cycle started (its anchor), as epoch ms and ISO 8601 in the target's zone. */
  readonly startMs: number;
  readonly startedAt: string;
  /** When the cycle's clock starts; null for a cycle excluded at its start (a call outside hours). */
  readonly clockStartMs: number | null;
  readonly clockStartsAt: string | null;
  /** Its stop (stop event, call abandoned, solved without a reply); null while open. */
  readonly stopMs: number | null;
  readonly stoppedAt: string | null;
  /** Its due instant; null while an open-ended pause holds the clock, or when excluded at its start. */
  readonly dueMs: number | null;
  readonly due: string | null;
  /** Time used on the target's clock from its start (pauses excluded), up to the stop or `at`; null when unknown. */
  readonly elapsedMs: number | null;
  /** The time the term allows on its clock; null when excluded at its start. */
  readonly allowanceMs: number | null;
  /** Paused time that moved the due instant; null while an open-ended pause holds it, or when excluded at its start. */
  readonly pausedMs: number | null;
  readonly excluded: ExclusionReason | null;
}

/** The evaluation of one target on one ticket. */
export interface TargetEvaluation {
  readonly target: string;
  readonly clause: string;
  readonly name: string | undefined;
  /** What the target measures (`first-response`, `resolution`, `phone-answer`, ...). */
  readonly kind: MeasureKind;
  readonly status: TargetStatus;
  /** When the reported cycle started (ISO 8601 in the target's zone). */
  readonly startedAt: string | null;
  /**
   * When the reported cycle's clock starts or started: the start itself for time terms, the next
   * opening for business time, 00:00 of the first counted day for cn-civil day-based terms.
   */
  readonly clockStartsAt: string | null;
  /** The reported cycle's due instant; `null` while its clock is paused with no end in sight, or without one. */
  readonly due: string | null;
  /** The same instant as `due`, as epoch ms (null exactly when `due` is). */
  readonly dueMs: number | null;
  /** While paused: the due instant if the clock resumed at `at`. */
  readonly dueIfResumed: string | null;
  /** When a met target was met: the latest stop of its met cycles. */
  readonly metAt: string | null;
  /**
   * The first instant at which the target is breached: its (earliest breached) due instant + 1 ms.
   * Judged `at` the due instant a target is still running; `at: breachedAt` it is breached.
   */
  readonly breachedAt: string | null;
  /** The reported cycle's stop (stop event, call abandoned, solved without a reply); null while open. */
  readonly stoppedAt: string | null;
  readonly supersededAt: string | null;
  /** Time used on the target's clock from its clock's start (pauses excluded), as of the stop or of `at`; null without `at` while open. */
  readonly elapsedMs: number | null;
  /** Allowance minus elapsed; negative when past due. */
  readonly remainingMs: number | null;
  /** The time the term allows, on its clock, from the clock's start. */
  readonly allowanceMs: number | null;
  /** elapsed / allowance (a fraction: 0.5 is half). */
  readonly usedShare: number | null;
  /** The highest `warnAt` threshold crossed, in per cent as written in the definition (75), while running or paused; null otherwise. */
  readonly warning: number | null;
  /** The measured time for reports (elapsed at the stop, or as of `at` when breached open); null when unknown. */
  readonly measuredMs: number | null;
  readonly excluded: ExclusionReason | null;
  /** Every cycle, in order (always a list, possibly empty). */
  readonly cycles: readonly CycleEvaluation[];
  /**
   * Which cycle the fields above report (an index into `cycles`): the last open one, else the first
   * breached, else the last that counts, else the last; null when there is no cycle.
   */
  readonly reportedCycle: number | null;
  /** Steps and text, built on first access. */
  readonly explanation: TargetExplanation;
  /**
   * The evaluation as plain data (what `JSON.stringify` writes): the fields above with instants as
   * ISO 8601 strings, without `dueMs`, `name` and the explanation.
   *
   * @example
   * JSON.stringify(contract.evaluateTicket(ticket).targets[0]).startsWith('{"target":')
   * //=> true
   */
  toJSON(): Record<string, unknown>;
}

/** Why a target has its status. */
export interface TargetExplanation {
  /** The condition that selected the target, and the ticket fields it read. */
  selectedBy: { logic: unknown; fields: Record<string, unknown> } | null;
  /** The steps of the deadline of the reported cycle. */
  steps: DeadlineStep[];
  /** Paused spans of the reported cycle. */
  paused: Array<{ from: string; to: string | null }>;
  /**
   * The explanation as lines of text, in English (default) or Chinese.
   *
   * @example
   * contract.evaluateTicket(ticket).targets[0].explanation.text().split('\n')[0]
   * //=> 'target email-first-reply (clause 2.1(2)) applies: {"==":[{"var":"channel"},"email"]} holds for {"channel":"email"}'
   */
  text(lang?: Lang): string;
}

/** The evaluation of a ticket. */
export interface TicketEvaluation {
  readonly ticketId: string;
  /** The instant the ticket was judged as of, or null (judged as of its last event). */
  readonly at: string | null;
  readonly atMs: number | null;
  /** The ticket's channel field, for grouping. */
  readonly channel: string | null;
  /** The month of creation in the contract's zone, `YYYY-MM`. */
  readonly month: string;
  readonly createdMs: number;
  readonly targets: readonly TargetEvaluation[];
  /**
   * Status names of the ticket that neither the library nor the contract's `statuses` map (as
   * written, each once): those status events were ignored. Usually empty.
   */
  readonly unmappedStatuses: readonly string[];
  /**
   * The ticket's fields as of its last event judged (`at`): those it was created with, changed by its
   * field-change events. Reports group by them.
   */
  readonly fields: Readonly<Record<string, unknown>>;
  /**
   * The ticket's overall state as help desks show it, from its targets' statuses by the table in
   * docs/semantics.md: `failed`, `first_response_due`, `resolution_due`, `paused`, `fulfilled`, or
   * `none` (no target counts or is open).
   */
  readonly state: TicketState;
}
