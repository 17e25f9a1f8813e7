/**
 * The measures: how each kind of target cuts a ticket's timeline into cycles (start, stop, how it
 * stopped, pauses). Pure functions of the timeline, the ticket's status facts and the window during
 * which the target observes the ticket; the cycles are judged afterwards (cycle.ts).
 *
 * docs/semantics.md ("Measures") states each rule in words; tests/support/naive-sla.ts is an
 * independent model of them that the property tests compare with.
 */
import { Cycle, NO_PAUSES, type Pauses } from './cycle.js';
import { isSolved, type StatusFacts } from './facts.js';
import type { EventMatcher, ReplyAuthor, ResponseStops, SlaTarget } from './target.js';
import { type Timeline, UNMAPPED_STATUS } from './ticket.js';

/** Who may stop a target's response clock, as bits (read once per target, not per event). */
const AGENT_REPLIES = 1;
const BOT_REPLIES = 2;
const INTERNAL_NOTES = 4;

/** The reply bits of a set of authors (see {@link isReply}). */
export function replyMask(replies: ReadonlySet<ReplyAuthor>): number {
  return (
    (replies.has('agent') ? AGENT_REPLIES : 0) |
    (replies.has('bot') ? BOT_REPLIES : 0) |
    (replies.has('internal-note') ? INTERNAL_NOTES : 0)
  );
}

/** Whether event `i` is a reply that stops a response clock whose stoppers are `mask`. */
function isReply(timeline: Timeline, i: number, mask: number): boolean {
  const type = timeline.type[i];
  if (type === 'agent-reply')
    return (mask & (timeline.detail[i] === 'bot' ? BOT_REPLIES : AGENT_REPLIES)) !== 0;
  return type === 'internal-note' && (mask & INTERNAL_NOTES) !== 0;
}

/** The first value (of an ascending list) at or after `t`, if it is at most `until`. */
function firstAtOrAfter(list: readonly number[], t: number, until: number): number | undefined {
  for (let i = 0; i < list.length; i++) {
    const value = list[i]!;
    if (value >= t) return value <= until ? value : undefined;
  }
  return undefined;
}

/**
 * The reopen that ended solve number `k`, if it happened by `until`. Solves and reopens alternate
 * (a ticket starts unsolved), so the k-th reopen is the one after the k-th solve, even in the same
 * millisecond.
 */
function reopenAfter(facts: StatusFacts, k: number, until: number): number | undefined {
  const reopen = facts.reopens[k];
  return reopen !== undefined && reopen <= until ? reopen : undefined;
}

/**
 * The status pauses as the target sees them: from the status changes up to `until` only. A target
 * that stopped applying does not see the ticket resume after it left (a span still open then stays
 * open), nor pauses that begin after.
 */
function seenUntil(spans: Pauses, until: number): Pauses {
  if (until === Number.POSITIVE_INFINITY) return spans;
  for (let i = 0; i < spans.length; i++) {
    const [from, to] = spans[i]!;
    if (from > until) return spans.slice(0, i);
    if (to > until) return [...spans.slice(0, i), [from, Number.POSITIVE_INFINITY]];
  }
  return spans;
}

/** Spans clipped to [from, to) (to = Infinity for an open cycle), empty ones dropped. */
function clip(spans: Pauses, from: number, to: number): Pauses {
  let out: Array<[number, number]> | undefined;
  for (let i = 0; i < spans.length; i++) {
    const s = Math.max(spans[i]![0], from);
    const e = Math.min(spans[i]![1], to);
    if (e <= s) continue;
    out ??= [];
    out.push([s, e]);
  }
  return out ?? NO_PAUSES;
}

/** The status pauses of a cycle from `start` to `stop` (NaN: still open). */
function pausesFor(spans: Pauses, start: number, stop: number): Pauses {
  return clip(spans, start, Number.isNaN(stop) ? Number.POSITIVE_INFINITY : stop);
}

/** Sorted, merged copies of two lists of spans. */
function merged(a: Pauses, b: Pauses): Pauses {
  if (b.length === 0) return a;
  if (a.length === 0 && b.length <= 1) return b;
  const spans = [...a, ...b].map(([s, e]) => [s, e] as [number, number]).sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [spans[0]!];
  for (let i = 1; i < spans.length; i++) {
    const last = out[out.length - 1]!;
    const span = spans[i]!;
    if (span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else out.push(span);
  }
  return out;
}

function matches(matcher: EventMatcher, timeline: Timeline, i: number): boolean {
  const type = timeline.type[i];
  if (matcher.event === 'agent-reply') return type === 'agent-reply';
  if (matcher.event !== type) return false;
  // The detail column is the status of a status event and the name of a milestone.
  const detail = timeline.detail[i];
  if (detail === UNMAPPED_STATUS && type === 'status') return false; // a status no name maps: ignored
  if (matcher.status !== undefined && (type !== 'status' || matcher.status !== detail)) return false;
  if (matcher.milestone !== undefined && (type !== 'milestone' || matcher.milestone !== detail)) return false;
  return true;
}

function matchesAny(matchers: readonly EventMatcher[], timeline: Timeline, i: number): boolean {
  for (let m = 0; m < matchers.length; m++) if (matches(matchers[m]!, timeline, i)) return true;
  return false;
}

/** What a measure reads besides the timeline. */
export interface MeasureInput {
  target: SlaTarget;
  /** Who stops the target's response clocks (see {@link replyMask}). */
  replies: number;
  timeline: Timeline;
  facts: StatusFacts;
  /** The spans during which the ticket's status pauses the target. */
  statusPauses: Pauses;
  /** The first instant the target observes (creation, or the change that made it apply). */
  from: number;
  /** The last: the evaluation's end or the change that made it stop applying. */
  until: number;
}

/** The cycles of a target on a ticket, in order (`input` is the caller's: its status pauses are cut at `until`). */
export function measureCycles(input: MeasureInput): Cycle[] {
  if (input.until !== Number.POSITIVE_INFINITY)
    input.statusPauses = seenUntil(input.statusPauses, input.until);
  const measure = input.target.measure;
  switch (measure.kind) {
    case 'first-response':
      return [firstResponse(input)];
    case 'next-response':
      return nextResponses(input);
    case 'resolution':
      return input.target.onReopen === 'new-cycle' ? resolutionCycles(input) : [resolution(input)];
    case 'milestone':
      return [milestone(input, measure.milestone)];
    case 'phone-answer':
      return calls(input);
    case 'custom':
      return custom(input, measure);
  }
}

/**
 * From `from` to the first reply; met at once when a reply came before the target applied
 * (`from-change`); solved without a reply: `unanswered`.
 */
function firstResponse(input: MeasureInput): Cycle {
  const stops = input.target.responseStops;
  if (stops !== undefined) return firstResponseStoppedBy(input, stops);
  const { replies, timeline, facts, statusPauses, from, until } = input;
  const times = timeline.t;
  let stop = Number.NaN;
  for (let i = 0; i < timeline.length; i++) {
    const t = times[i]!;
    if (t > until) break;
    if (!isReply(timeline, i, replies)) continue;
    stop = t < from ? from : t; // replied before the target applied: already answered
    break;
  }
  if (Number.isNaN(stop)) {
    const solved = firstAtOrAfter(facts.solves, from, until);
    if (solved !== undefined)
      return new Cycle(from, solved, 'unanswered', pausesFor(statusPauses, from, solved), null);
  }
  return Cycle.measured(from, stop, pausesFor(statusPauses, from, stop));
}

/**
 * A first response as the target's `stoppedBy` defines it: the first of a reply (when listed), a
 * change to a listed status, or a solve (when listed), at or before `until`; one before `from`
 * stops the clock at `from`. Solved without any of them: `unanswered`, unless solving is listed.
 */
function firstResponseStoppedBy(
  { replies, timeline, facts, statusPauses, from, until }: MeasureInput,
  stops: ResponseStops,
): Cycle {
  let stop = Number.POSITIVE_INFINITY;
  if (stops.reply) {
    for (let i = 0; i < timeline.length; i++) {
      const t = timeline.t[i]!;
      if (t > until || t >= stop) break;
      if (isReply(timeline, i, replies)) {
        stop = t;
        break;
      }
    }
  }
  const { changeAt, changeTo } = facts;
  for (let c = 0; c < changeAt.length; c++) {
    const t = changeAt[c]!;
    if (t > until || t >= stop) break;
    if (stops.statuses.includes(changeTo[c]!)) {
      stop = t;
      break;
    }
  }
  if (stops.solved && facts.solves.length > 0) {
    const solve = facts.solves[0]!;
    if (solve <= until && solve < stop) stop = solve;
  }
  if (stop !== Number.POSITIVE_INFINITY) {
    const at = stop < from ? from : stop; // stopped before the target applied: already answered
    return Cycle.measured(from, at, pausesFor(statusPauses, from, at));
  }
  const solved = firstAtOrAfter(facts.solves, from, until);
  if (solved !== undefined)
    return new Cycle(from, solved, 'unanswered', pausesFor(statusPauses, from, solved), null);
  return Cycle.measured(from, Number.NaN, pausesFor(statusPauses, from, Number.NaN));
}

/** One cycle per customer message after an agent reply, to the next reply. */
function nextResponses({ replies, timeline, statusPauses, from, until }: MeasureInput): Cycle[] {
  const { t: times, type: types, detail } = timeline;
  const cycles: Cycle[] = [];
  let firstReplyDone = false;
  let open = Number.NaN;
  for (let i = 0; i < timeline.length; i++) {
    const t = times[i]!;
    if (t > until) break;
    if (isReply(timeline, i, replies)) {
      if (!Number.isNaN(open)) {
        cycles.push(Cycle.measured(open, t, pausesFor(statusPauses, open, t)));
        open = Number.NaN;
      }
      firstReplyDone = true;
    } else if (types[i] === 'customer-reply' && firstReplyDone && Number.isNaN(open) && t >= from) {
      open = t;
    } else if (types[i] === 'status' && isSolved(detail[i]) && !Number.isNaN(open)) {
      cycles.push(new Cycle(open, t, 'unanswered', pausesFor(statusPauses, open, t), null));
      open = Number.NaN;
    }
  }
  if (!Number.isNaN(open))
    cycles.push(Cycle.measured(open, Number.NaN, pausesFor(statusPauses, open, Number.NaN)));
  return cycles;
}

/** onReopen resume: one clock for the whole ticket; time spent solved before a reopen is paused. */
function resolution({ facts, statusPauses, from, until }: MeasureInput): Cycle {
  const solves = facts.solves;
  let solvedSpans: Array<[number, number]> | undefined;
  let stop = Number.NaN;
  for (let k = 0; k < solves.length; k++) {
    const solve = solves[k]!;
    if (solve < from) continue;
    if (solve > until) break;
    const reopen = reopenAfter(facts, k, until);
    if (reopen === undefined) {
      stop = solve;
      break;
    }
    solvedSpans ??= [];
    solvedSpans.push([solve, reopen]);
  }
  const pauses = pausesFor(statusPauses, from, stop);
  return Cycle.measured(from, stop, solvedSpans === undefined ? pauses : merged(pauses, solvedSpans));
}

/** onReopen new-cycle: each reopen starts a new cycle with the full allowance. */
function resolutionCycles({ facts, statusPauses, from, until }: MeasureInput): Cycle[] {
  const solves = facts.solves;
  const cycles: Cycle[] = [];
  let start = from;
  let k = 0;
  while (k < solves.length && solves[k]! < from) k++;
  for (; ; k++) {
    const solve = solves[k];
    const stop = solve !== undefined && solve <= until ? solve : Number.NaN;
    cycles.push(Cycle.measured(start, stop, pausesFor(statusPauses, start, stop)));
    if (Number.isNaN(stop)) break;
    const reopen = reopenAfter(facts, k, until);
    if (reopen === undefined) break;
    start = reopen;
  }
  return cycles;
}

/** From `from` to the first milestone event of that name. */
function milestone({ timeline, statusPauses, from, until }: MeasureInput, name: string): Cycle {
  const { t: times, type: types, detail } = timeline;
  let stop = Number.NaN;
  for (let i = 0; i < timeline.length; i++) {
    const t = times[i]!;
    if (t > until) break;
    if (types[i] === 'milestone' && detail[i] === name && t >= from) {
      stop = t;
      break;
    }
  }
  return Cycle.measured(from, stop, pausesFor(statusPauses, from, stop));
}

/**
 * One cycle per call offered, stopped by the answer or abandonment of the same call; a call offered
 * outside the target's hours is excluded. Calls never pause.
 */
function calls({ target, timeline, from, until }: MeasureInput): Cycle[] {
  const { t: times, type: types, detail } = timeline;
  const cycles: Cycle[] = [];
  // The call each cycle waits on while unanswered (undefined once answered, abandoned or replaced by
  // a newer offer of the same call); a ticket has a few calls, so lists beat a Map.
  const waiting: Array<string | undefined> = [];
  for (let i = 0; i < timeline.length; i++) {
    const t = times[i]!;
    if (t > until) break;
    if (t < from) continue;
    const type = types[i];
    const id = detail[i] ?? ''; // the call
    if (type === 'call-offered') {
      if (target.hours !== undefined && !target.hours.isOpenAt(t)) {
        cycles.push(Cycle.excludedAtStart(t, 'outside-hours'));
        waiting.push(undefined);
        continue;
      }
      for (let j = 0; j < waiting.length; j++) if (waiting[j] === id) waiting[j] = undefined;
      cycles.push(Cycle.measured(t, Number.NaN, NO_PAUSES));
      waiting.push(id);
    } else if (type === 'call-answered' || type === 'call-abandoned') {
      let j = waiting.length - 1;
      while (j >= 0 && waiting[j] !== id) j--;
      if (j < 0) continue;
      const cycle = cycles[j]!;
      cycle.stop = t;
      cycle.stopKind = type === 'call-answered' ? 'stop' : 'abandoned';
      waiting[j] = undefined;
    }
  }
  return cycles;
}

/** Custom start/stop events, with pause/resume events inside a cycle. */
function custom(
  { timeline, statusPauses, from, until }: MeasureInput,
  measure: { start: EventMatcher[]; stop: EventMatcher[]; pause: EventMatcher[]; resume: EventMatcher[] },
): Cycle[] {
  const times = timeline.t;
  const cycles: Cycle[] = [];
  let open = Number.NaN;
  let pausedAt = Number.NaN;
  let eventPauses: Array<[number, number]> = [];
  for (let i = 0; i < timeline.length; i++) {
    const t = times[i]!;
    if (t > until) break;
    if (t < from) continue;
    if (Number.isNaN(open)) {
      if (matchesAny(measure.start, timeline, i)) {
        open = t;
        eventPauses = [];
      }
      continue;
    }
    if (matchesAny(measure.stop, timeline, i)) {
      if (!Number.isNaN(pausedAt)) eventPauses.push([pausedAt, t]);
      pausedAt = Number.NaN;
      cycles.push(Cycle.measured(open, t, merged(pausesFor(statusPauses, open, t), eventPauses)));
      open = Number.NaN;
    } else if (Number.isNaN(pausedAt) && matchesAny(measure.pause, timeline, i)) pausedAt = t;
    else if (!Number.isNaN(pausedAt) && matchesAny(measure.resume, timeline, i)) {
      eventPauses.push([pausedAt, t]);
      pausedAt = Number.NaN;
    }
  }
  if (!Number.isNaN(open)) {
    if (!Number.isNaN(pausedAt)) eventPauses.push([pausedAt, Number.POSITIVE_INFINITY]);
    cycles.push(
      Cycle.measured(open, Number.NaN, merged(pausesFor(statusPauses, open, Number.NaN), eventPauses)),
    );
  }
  return cycles;
}
