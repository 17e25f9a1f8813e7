/**
 * What a ticket's status changes say, shared by all its targets: the changes in order, the instants
 * it was solved and reopened, and the spans during which its status was one of a target's pausing
 * statuses. Built once per ticket, as of the instant it is judged at.
 */
import type { Pauses } from './cycle.js';
import { NO_PAUSES } from './cycle.js';
import type { TicketStatus } from './target.js';
import { type Timeline, UNMAPPED_STATUS } from './ticket.js';

/** Solved or closed. Statuses in a timeline are the library's own strings: pointer comparisons. */
export function isSolved(status: string | undefined): boolean {
  return status === 'solved' || status === 'closed';
}

export class StatusFacts {
  /** Status changes in order, starting with `new` at creation: when, and to what. */
  readonly changeAt: number[] = [];
  readonly changeTo: TicketStatus[] = [];
  /** Instants when the ticket became solved/closed from another status. */
  readonly solves: number[] = [];
  /** Instants when it left solved/closed again. */
  readonly reopens: number[] = [];
  /** Paused spans by pause key (targets pausing on the same statuses share one), filled on demand. */
  private readonly spans: Array<Pauses | undefined> = [];

  constructor(timeline: Timeline, end: number) {
    this.changeAt.push(timeline.created);
    this.changeTo.push('new');
    let current: TicketStatus = 'new';
    const { t: times, type: types, detail } = timeline;
    for (let i = 0; i < timeline.length; i++) {
      const t = times[i]!;
      if (t > end) break;
      if (types[i] !== 'status' || detail[i] === current || detail[i] === UNMAPPED_STATUS) continue;
      const status = detail[i] as TicketStatus;
      const wasSolved = isSolved(current);
      const nowSolved = isSolved(status);
      if (!wasSolved && nowSolved) this.solves.push(t);
      if (wasSolved && !nowSolved) this.reopens.push(t);
      current = status;
      this.changeAt.push(t);
      this.changeTo.push(status);
    }
  }

  /** Spans [from, to) during which the status is one of `statuses` (to = Infinity when still so). */
  pauseSpans(key: number, statuses: readonly TicketStatus[]): Pauses {
    let spans = this.spans[key];
    if (spans === undefined) {
      spans = statusSpans(this, statuses);
      this.spans[key] = spans;
    }
    return spans;
  }
}

function statusSpans(facts: StatusFacts, statuses: readonly TicketStatus[]): Pauses {
  if (statuses.length === 0) return NO_PAUSES;
  let spans: Array<[number, number]> | undefined;
  let from = Number.NaN;
  const { changeAt, changeTo } = facts;
  for (let c = 0; c < changeAt.length; c++) {
    const status = changeTo[c];
    let inside = false;
    for (let i = 0; i < statuses.length && !inside; i++) inside = statuses[i] === status;
    if (inside && Number.isNaN(from)) from = changeAt[c]!;
    else if (!inside && !Number.isNaN(from)) {
      spans ??= [];
      spans.push([from, changeAt[c]!]);
      from = Number.NaN;
    }
  }
  if (!Number.isNaN(from)) {
    spans ??= [];
    spans.push([from, Number.POSITIVE_INFINITY]);
  }
  return spans ?? NO_PAUSES;
}
