/**
 * A ticket's overall state as help desks show it (first response due, resolution due, paused,
 * fulfilled, failed), derived from its targets' statuses by the table in docs/semantics.md
 * ("A ticket's state"): the first line that holds decides.
 */
import type { Measure } from './target.js';
import type { TargetStatus } from './types.js';

/**
 * A ticket's overall state:
 *
 * - `failed`: a target is breached;
 * - `first_response_due`: else a response target (first response, next response, phone answer) is
 *   running or pending;
 * - `resolution_due`: else another target (resolution, milestone, custom) is running or pending;
 * - `paused`: else a target is paused;
 * - `fulfilled`: else a target is met;
 * - `none`: no target applies, or every one is not applicable or superseded.
 */
export type TicketState =
  | 'first_response_due'
  | 'resolution_due'
  | 'paused'
  | 'fulfilled'
  | 'failed'
  | 'none';

/** What a target measures (`first-response`, `resolution`, ...). */
export type MeasureKind = Measure['kind'];

/** Response measures: while one is open the ticket awaits a response. */
function isResponse(kind: MeasureKind): boolean {
  return kind === 'first-response' || kind === 'next-response' || kind === 'phone-answer';
}

/**
 * The state of a ticket from its targets' statuses and kinds (see {@link TicketState}).
 *
 * @example
 * ticketState([
 *   { status: 'met', kind: 'first-response' },
 *   { status: 'running', kind: 'resolution' },
 * ])
 * //=> 'resolution_due'
 */
export function ticketState(
  targets: ReadonlyArray<{ status: TargetStatus; kind: MeasureKind }>,
): TicketState {
  let responseDue = false;
  let otherDue = false;
  let paused = false;
  let met = false;
  for (const { status, kind } of targets) {
    switch (status) {
      case 'breached':
        return 'failed';
      case 'running':
      case 'pending':
        if (isResponse(kind)) responseDue = true;
        else otherDue = true;
        break;
      case 'paused':
        paused = true;
        break;
      case 'met':
        met = true;
        break;
      default:
        break; // not applicable, superseded: no say in the ticket's state
    }
  }
  if (responseDue) return 'first_response_due';
  if (otherDue) return 'resolution_due';
  if (paused) return 'paused';
  return met ? 'fulfilled' : 'none';
}
