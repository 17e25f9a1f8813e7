/**
 * What a ticket's status changes say, shared by all its targets: the changes in order, the instants
 * it was solved and reopened, and the spans during which its status was one of a target's pausing
 * statuses. Built once per ticket, as of the instant it is judged at; most tickets change status a
 * few times, so the lists are made only when there is something to put in them.
 */
import type { Pauses } from './cycle.js';
import { NO_PAUSES } from './cycle.js';
import type { TicketStatus } from './target.js';
import { type Timeline, UNMAPPED_STATUS } from './ticket.js';

/** Solved or closed. Statuses in a timeline are the library's own strings: pointer comparisons. */
export function isSolved(status: string | undefined): boolean {
  return status === 'solved' || status === 'closed';
}

/** The empty list, shared by every ticket that has nothing to list (never written to). */
const NONE: readonly never[] = Object.freeze([]);

export class StatusFacts {
  /** When the ticket was created: its status is `new` from then until the first change. */
  readonly created: number;
  /** Status changes after creation, in order: when, and to what. */
  changeAt: readonly number[] = NONE;
  changeTo: readonly TicketStatus[] = NONE;
  /** Instants when the ticket became solved/closed from another status. */
  solves: readonly number[] = NONE;
  /** Instants when it left solved/closed again (the k-th reopen ends the k-th solve). */
  reopens: readonly number[] = NONE;
  /** Paused spans by pause key (targets pausing on the same statuses share one), filled on demand. */
  private spans: Array<Pauses | undefined> | undefined;

  constructor(timeline: Timeline, end: number) {
    this.created = timeline.created;
    let current: TicketStatus = 'new';
    const { t: times, type: types, detail } = timeline;
    for (let i = 0; i < timeline.length; i++) {
      const t = times[i]!;
      if (t > end) break;
      if (types[i] !== 'status' || detail[i] === current || detail[i] === UNMAPPED_STATUS) continue;
      const status = detail[i] as TicketStatus;
      const wasSolved = isSolved(current);
      const nowSolved = isSolved(status);
      if (!wasSolved && nowSolved) this.solves = push(this.solves, t);
      if (wasSolved && !nowSolved) this.reopens = push(this.reopens, t);
      current = status;
      this.changeAt = push(this.changeAt, t);
      this.changeTo = push(this.changeTo, status);
    }
  }

  /** Spans [from, to) during which the status is one of `statuses` (to = Infinity when still so). */
  pauseSpans(key: number, statuses: readonly TicketStatus[]): Pauses {
    if (statuses.length === 0) return NO_PAUSES;
    this.spans ??= [];
    let spans = this.spans[key];
    if (spans === undefined) {
      spans = statusSpans(this, statuses);
      this.spans[key] = spans;
    }
    return spans;
  }
}

/** `list` with `value` added: a new list for the shared empty one, else the same list. */
function push<T>(list: readonly T[], value: T): readonly T[] {
  if (list === NONE) return [value];
  (list as T[]).push(value);
  return list;
}

function isOneOf(status: TicketStatus, statuses: readonly TicketStatus[]): boolean {
  for (let i = 0; i < statuses.length; i++) if (statuses[i] === status) return true;
  return false;
}

function statusSpans(facts: StatusFacts, statuses: readonly TicketStatus[]): Pauses {
  let spans: Array<[number, number]> | undefined;
  // The ticket is `new` from its creation.
  let from = isOneOf('new', statuses) ? facts.created : Number.NaN;
  const { changeAt, changeTo } = facts;
  for (let c = 0; c < changeAt.length; c++) {
    const paused = isOneOf(changeTo[c]!, statuses);
    if (paused && Number.isNaN(from)) from = changeAt[c]!;
    else if (!paused && !Number.isNaN(from)) {
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
