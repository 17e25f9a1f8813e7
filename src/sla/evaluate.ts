/**
 * The service-level engine: a ticket's timeline and a contract's targets in, for every target that
 * applies (and the ones that stopped applying) its status, due instant, elapsed and remaining time on
 * the target's own clock, share of the allowance used, warnings, and an explanation.
 *
 * The result is a pure function of (targets, events, at). Evaluation is linear in the ticket's
 * events; deadlines come from the O(1) / O(log n) clock queries; strings and explanations are made on
 * first access only.
 */
import {
  computeDue,
  type DeadlineContext,
  type DeadlineStep,
  type DueFigures,
  type DueResult,
  deadlineResult,
  describeStep,
  dueFigures,
  type PauseClock,
  WALL_CLOCK,
} from '../clock/deadline.js';
import type { Lang } from '../errors/messages.js';
import { renderMessage } from '../errors/messages.js';
import { formatCivilDate } from '../time/civil-date.js';
import type { TimeZone } from '../time/zone.js';
import { type EventMatcher, type SlaTarget, TICKET_STATUSES, type TicketStatus } from './target.js';
import { readTicket, type TicketInput, Timeline } from './ticket.js';

/** The status of a target on a ticket. */
export type TargetStatus = 'met' | 'breached' | 'running' | 'paused' | 'superseded' | 'not_applicable';

/** Why a cycle or a target does not count. */
export type ExclusionReason =
  | 'solved-without-reply'
  | 'outside-hours'
  | 'abandoned-before-due'
  | 'superseded';

/** One measured span of a target: a response, a call, a resolution cycle. */
export interface CycleEvaluation {
  status: TargetStatus;
  startMs: number;
  stopMs: number | null;
  dueMs: number | null;
  /** Open time elapsed on the target's clock (pauses excluded), as of the stop or of `at`. */
  elapsedMs: number | null;
  allowanceMs: number;
  pausedMs: number;
  excluded: ExclusionReason | null;
}

/** The evaluation of one target on one ticket. */
export interface TargetEvaluation {
  readonly target: string;
  readonly clause: string;
  readonly name: string | undefined;
  readonly status: TargetStatus;
  /** When the target's clock started (ISO 8601 in the contract zone). */
  readonly startedAt: string | null;
  /** The due instant; `null` while the clock is paused with no end in sight, or not applicable. */
  readonly due: string | null;
  readonly dueMs: number | null;
  /** While paused: the due instant if the clock resumed at `at`. */
  readonly dueIfResumed: string | null;
  readonly metAt: string | null;
  readonly breachedAt: string | null;
  readonly supersededAt: string | null;
  /** Time used on the target's clock (pauses excluded), as of the stop or of `at`; null without `at` while open. */
  readonly elapsedMs: number | null;
  /** Allowance minus elapsed; negative when past due. */
  readonly remainingMs: number | null;
  readonly allowanceMs: number | null;
  /** elapsed / allowance. */
  readonly usedShare: number | null;
  /** The highest warning threshold crossed (0.5, 0.75, ...) while still open; null otherwise. */
  readonly warning: number | null;
  /** The measured time for reports (elapsed at the stop, or as of `at` when breached open). */
  readonly measuredMs: number | null;
  readonly excluded: ExclusionReason | null;
  readonly cycles: readonly CycleEvaluation[];
  /** Steps and text, built on first access. */
  readonly explanation: TargetExplanation;
  /**
   * The evaluation as plain data (what `JSON.stringify` writes): the fields above with instants as
   * strings, without the explanation, and the cycles when there are several.
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
  /** The instant the ticket was judged as of, or null (judged on its events only). */
  readonly at: string | null;
  readonly atMs: number | null;
  /** The ticket's channel field, for grouping. */
  readonly channel: string | null;
  /** The month of creation in the contract's zone, `YYYY-MM`. */
  readonly month: string;
  readonly createdMs: number;
  readonly targets: readonly TargetEvaluation[];
}

// ---- per-ticket facts shared by all targets ----

/** The empty list of results of a ticket no target applies to, shared (never written to). */
const NO_RESULTS: TargetEvaluation[] = Object.freeze([]) as unknown as TargetEvaluation[];

/** The empty list of pauses, shared (never written to). */
const NO_PAUSES: Array<[number, number]> = [];

/**
 * What a ticket's status changes say, shared by all its targets. The engine owns one and refills it
 * for every ticket (evaluation is synchronous and never re-entered), so the lists below are reused:
 * only their first `count` entries belong to the current ticket.
 */
class StatusFacts {
  /** Status changes in order, starting with the status at creation: when, and to what. */
  changeAt: number[] = [];
  changeTo: TicketStatus[] = [];
  changes = 0;
  /** Instants when the ticket became solved/closed (from a non-solved state). */
  solves: number[] = [];
  solveCount = 0;
  /** Instants when it left solved/closed again. */
  reopens: number[] = [];
  reopenCount = 0;
  /** Paused spans per distinct set of pause statuses, filled on demand... */
  pauseSpans: Array<Array<[number, number]>> = [];
  /** ...and the ticket each entry was filled for (an entry is valid when it equals `ticket`). */
  pauseSpansTicket: number[] = [];
  /** The engine's serial number of the ticket the facts are about. */
  ticket = -1;

  fill(timeline: Timeline, end: number, ticket: number): void {
    this.ticket = ticket;
    this.changeAt[0] = timeline.created;
    this.changeTo[0] = 'new';
    let changes = 1;
    let solveCount = 0;
    let reopenCount = 0;
    let current: TicketStatus = 'new';
    const { t: times, type: types, detail } = timeline;
    for (let i = 0; i < timeline.length; i++) {
      const t = times[i]!;
      if (t > end) break;
      if (types[i] !== 'status' || detail[i] === current) continue;
      const status = detail[i] as TicketStatus;
      const wasSolved = isSolved(current);
      const nowSolved = isSolved(status);
      if (!wasSolved && nowSolved) this.solves[solveCount++] = t;
      if (wasSolved && !nowSolved) this.reopens[reopenCount++] = t;
      current = status;
      this.changeAt[changes] = t;
      this.changeTo[changes] = status;
      changes++;
    }
    this.changes = changes;
    this.solveCount = solveCount;
    this.reopenCount = reopenCount;
  }
}

/**
 * Solved or closed. Statuses in a timeline are the library's own strings (readTicket reads them into
 * its constants), so these are pointer comparisons.
 */
function isSolved(status: string | undefined): boolean {
  return status === 'solved' || status === 'closed';
}

/**
 * Spans [from, to) during which the status is one of `statuses` (to = Infinity when still so). The
 * statuses are the library's constants (TICKET_STATUSES), like the timeline's: pointer comparisons.
 */
function statusSpans(facts: StatusFacts, statuses: readonly TicketStatus[]): Array<[number, number]> {
  if (statuses.length === 0) return NO_PAUSES;
  let spans = NO_PAUSES;
  let from = Number.NaN;
  for (let c = 0; c < facts.changes; c++) {
    const t = facts.changeAt[c]!;
    const status = facts.changeTo[c];
    let inside = false;
    for (let i = 0; i < statuses.length && !inside; i++) inside = statuses[i] === status;
    if (inside && Number.isNaN(from)) from = t;
    else if (!inside && !Number.isNaN(from)) {
      if (spans === NO_PAUSES) spans = [];
      spans.push([from, t]);
      from = Number.NaN;
    }
  }
  if (!Number.isNaN(from)) {
    if (spans === NO_PAUSES) spans = [];
    spans.push([from, Number.POSITIVE_INFINITY]);
  }
  return spans;
}

// ---- target selection (conditions), cached by the values the conditions read ----

export interface Selection {
  /** Segments of the ticket's life with constant fields: [from, fields]. */
  segments: Array<[number, Readonly<Record<string, unknown>>]>;
}

function fieldSegments(timeline: Timeline, end: number): Selection['segments'] {
  const segments: Selection['segments'] = [[timeline.created, timeline.fields]];
  for (let i = 0; i < timeline.length; i++) {
    const t = timeline.t[i]!;
    if (t > end) break;
    if (timeline.type[i] !== 'field-change') continue;
    const last = segments[segments.length - 1]!;
    const fields = { ...last[1], [timeline.detail[i]!]: timeline.value[i] };
    if (last[0] === t) last[1] = fields;
    else segments.push([t, fields]);
  }
  return segments;
}

// ---- the engine ----

interface Window {
  enter: number;
  leave: number;
  fields: Readonly<Record<string, unknown>>;
}

/**
 * How a cycle ended: its stop event; a call abandoned; solved without the reply it waited for (both
 * excluded when in time, breached when after the due instant); or still open.
 */
type StopKind = 'stop' | 'abandoned' | 'unanswered' | 'none';

function clipPauses(
  spans: ReadonlyArray<readonly [number, number]>,
  from: number,
  to: number,
): Array<[number, number]> {
  let out = NO_PAUSES;
  for (let i = 0; i < spans.length; i++) {
    const s = Math.max(spans[i]![0], from);
    const e = Math.min(spans[i]![1], to);
    if (e <= s) continue;
    if (out === NO_PAUSES) out = [];
    out.push([s, e]);
  }
  return out;
}

function pausesFor(
  spans: ReadonlyArray<readonly [number, number]>,
  start: number,
  stop: number,
): Array<[number, number]> {
  return clipPauses(spans, start, Number.isNaN(stop) ? Number.POSITIVE_INFINITY : stop);
}

/** Who may stop a target's response clock, as bits (read once per target, not per event). */
const AGENT_REPLIES = 1;
const BOT_REPLIES = 2;
const INTERNAL_NOTES = 4;

function replyMask(replies: ReadonlySet<string>): number {
  return (
    (replies.has('agent') ? AGENT_REPLIES : 0) |
    (replies.has('bot') ? BOT_REPLIES : 0) |
    (replies.has('internal-note') ? INTERNAL_NOTES : 0)
  );
}

/** Whether event `i` is a reply that stops a response clock whose stoppers are `mask` (see replyMask). */
function isReply(timeline: Timeline, i: number, mask: number): boolean {
  const type = timeline.type[i];
  if (type === 'agent-reply')
    return (mask & (timeline.detail[i] === 'bot' ? BOT_REPLIES : AGENT_REPLIES)) !== 0;
  return type === 'internal-note' && (mask & INTERNAL_NOTES) !== 0;
}

/** The first of the first `count` values (ascending) at or after `t`, if it is at most `until`. */
function firstAtOrAfter(
  list: readonly number[],
  count: number,
  t: number,
  until: number,
): number | undefined {
  for (let i = 0; i < count; i++) {
    const value = list[i]!;
    if (value >= t) return value <= until ? value : undefined;
  }
  return undefined;
}

/** The first of the first `count` values (ascending) strictly after `t`, if it is at most `until`. */
function firstAfter(list: readonly number[], count: number, t: number, until: number): number | undefined {
  for (let i = 0; i < count; i++) {
    const value = list[i]!;
    if (value > t) return value <= until ? value : undefined;
  }
  return undefined;
}

function matches(matcher: EventMatcher, timeline: Timeline, i: number): boolean {
  const type = timeline.type[i];
  if (matcher.event === 'agent-reply') return type === 'agent-reply';
  if (matcher.event !== type) return false;
  // The detail column is the status of a status event and the name of a milestone.
  const detail = timeline.detail[i];
  if (matcher.status !== undefined && (type !== 'status' || matcher.status !== detail)) return false;
  if (matcher.milestone !== undefined && (type !== 'milestone' || matcher.milestone !== detail)) return false;
  return true;
}

export class SlaEngine {
  private readonly cacheKeys: string[] | undefined;
  private readonly selectionCache = new Map<unknown, unknown>();
  private cachedSelections = 0;
  private noKeySelection: number[] | undefined;
  private readonly monthOfDay = new Map<number, string>();
  /** One string per month, shared by all its days: reports group by it with pointer-equal keys. */
  private readonly monthTexts = new Map<string, string>();
  /** The pause key of each target (by position): targets pausing on the same statuses share one. */
  private readonly pauseKeys: number[] = [];
  /** Who stops each target's response clocks (by position; see replyMask). */
  private readonly replyMasks: number[];
  /** The pausing statuses of each pause key, as the library's constants. */
  private readonly pauseStatuses: TicketStatus[][] = [];
  /** Refilled for every ticket (see StatusFacts). */
  private readonly timeline = new Timeline();
  private readonly facts = new StatusFacts();
  /** Serial number of the ticket being evaluated (what the facts are checked against). */
  private ticket = 0;

  constructor(
    readonly targets: readonly SlaTarget[],
    readonly zone: TimeZone,
  ) {
    // Conditions read a few top-level fields (channel, category, ...): remember which targets apply
    // for each combination of their values instead of evaluating every condition for every ticket.
    const keys = new Set<string>();
    let cacheable = true;
    for (const target of targets) {
      for (const variable of target.condition?.variables ?? []) {
        if (variable.includes('.')) cacheable = false;
        keys.add(variable);
      }
      if (
        target.condition !== undefined &&
        target.condition.variables.length === 0 &&
        JSON.stringify(target.condition.logic).includes('"var"')
      ) {
        cacheable = false; // reads the whole ticket ({ var: '' })
      }
    }
    this.cacheKeys = cacheable ? [...keys].sort() : undefined;
    this.replyMasks = targets.map((target) => replyMask(target.repliesFrom));
    const byStatuses = new Map<string, number>();
    for (const target of targets) {
      const statuses = [...target.pauseWhile].sort().join('\u0001');
      if (!byStatuses.has(statuses)) {
        byStatuses.set(statuses, byStatuses.size);
        this.pauseStatuses.push(TICKET_STATUSES.filter((status) => target.pauseWhile.has(status)));
      }
      this.pauseKeys.push(byStatuses.get(statuses)!);
    }
  }

  /**
   * Which targets apply to a set of fields. Results are cached in a tree of maps keyed by the values
   * of the fields the conditions read (primitives only: Map keys keep 1 and '1' apart), so a ticket
   * usually costs a few map lookups instead of evaluating every condition.
   */
  private applying(fields: Readonly<Record<string, unknown>>): number[] {
    const keys = this.cacheKeys;
    if (keys !== undefined) {
      let node: Map<unknown, unknown> = this.selectionCache;
      let cacheable = true;
      for (let i = 0; i < keys.length; i++) {
        const value = fields[keys[i]!];
        if (value !== null && (typeof value === 'object' || typeof value === 'function')) {
          cacheable = false;
          break;
        }
        let next = node.get(value) as Map<unknown, unknown> | number[] | undefined;
        if (next === undefined) {
          if (this.cachedSelections >= 10_000) {
            cacheable = false;
            break;
          }
          next = i === keys.length - 1 ? this.select(fields) : new Map();
          if (i === keys.length - 1) this.cachedSelections++;
          node.set(value, next);
        }
        if (i === keys.length - 1) return next as number[];
        node = next as Map<unknown, unknown>;
      }
      if (cacheable && keys.length === 0) {
        this.noKeySelection ??= this.select(fields);
        return this.noKeySelection;
      }
    }
    return this.select(fields);
  }

  /** The positions of the targets whose conditions hold for `fields`, in order. */
  private select(fields: Readonly<Record<string, unknown>>): number[] {
    const positions: number[] = [];
    for (let k = 0; k < this.targets.length; k++) {
      const condition = this.targets[k]!.condition;
      if (condition === undefined || condition.evaluate(fields)) positions.push(k);
    }
    return positions;
  }

  /** The month (`YYYY-MM`) of an instant in the contract's zone, one shared string per month. */
  monthOf(created: number): string {
    const day = this.zone.dayOf(created);
    let month = this.monthOfDay.get(day);
    if (month === undefined) {
      const text = formatCivilDate(day).slice(0, 7);
      month = this.monthTexts.get(text) ?? text;
      this.monthTexts.set(month, month);
      if (this.monthOfDay.size < 100_000) this.monthOfDay.set(day, month);
    }
    return month;
  }

  /** Evaluates one ticket (throws TicketError / InvalidInstantError for a bad ticket). */
  evaluate(input: TicketInput | unknown, atMs: number | null): TicketEvaluation {
    const timeline = readTicket(input, this.timeline);
    this.ticket++;
    const end = atMs ?? Number.POSITIVE_INFINITY;
    const channel = typeof timeline.fields.channel === 'string' ? timeline.fields.channel : null;
    let results: TargetEvaluation[] = NO_RESULTS;
    if (timeline.created <= end) {
      if (timeline.fieldChanges) results = this.evaluateReclassified(timeline, end, atMs);
      else {
        // Fields that never change (the usual ticket): every applying target has the same window.
        const applying = this.applying(timeline.fields);
        if (applying.length > 0) {
          const window = {
            enter: timeline.created,
            leave: Number.POSITIVE_INFINITY,
            fields: timeline.fields,
          };
          results = new Array(applying.length); // exact size (a list grown by push starts with 17 slots)
          for (let i = 0; i < applying.length; i++) {
            results[i] = this.evaluateTarget(applying[i]!, timeline, window, end, atMs);
          }
        }
      }
    }
    return new TicketResult(timeline.id, atMs, this, channel, timeline.created, results);
  }

  /** A ticket whose fields change: targets apply from the change that selects them to the one that does not. */
  private evaluateReclassified(timeline: Timeline, end: number, atMs: number | null): TargetEvaluation[] {
    const segments = fieldSegments(timeline, end);
    const windows: Array<Window | undefined> = new Array(this.targets.length);
    const applies: boolean[] = new Array(this.targets.length);
    for (let s = 0; s < segments.length; s++) {
      const [from, fields] = segments[s]!;
      applies.fill(false);
      for (const k of this.applying(fields)) applies[k] = true;
      for (let k = 0; k < this.targets.length; k++) {
        const w = windows[k];
        if (w === undefined) {
          if (applies[k]) windows[k] = { enter: from, leave: Number.POSITIVE_INFINITY, fields };
        } else if (w.leave === Number.POSITIVE_INFINITY && !applies[k]) {
          w.leave = from;
        }
      }
    }
    const results: TargetEvaluation[] = [];
    for (let k = 0; k < this.targets.length; k++) {
      const window = windows[k];
      if (window !== undefined) results.push(this.evaluateTarget(k, timeline, window, end, atMs));
    }
    return results;
  }

  /** Evaluates target number `k` over a window of the ticket's life. */
  private evaluateTarget(
    k: number,
    timeline: Timeline,
    window: Window,
    end: number,
    atMs: number | null,
  ): TargetEvaluation {
    const target = this.targets[k]!;
    const facts = this.facts;
    if (facts.ticket !== this.ticket) facts.fill(timeline, end, this.ticket);
    // From which instant the target observes the ticket: its creation (retroactive) or the change.
    const from = target.onReclassify === 'retroactive' ? timeline.created : window.enter;
    const until = Math.min(end, window.leave);
    const pauseSpans = this.pauseSpansOf(k, facts);
    const measured = this.cycles(target, this.replyMasks[k]!, timeline, facts, pauseSpans, from, until);
    if (Array.isArray(measured)) {
      for (let i = 0; i < measured.length; i++) measured[i]!.evaluate(target.deadline, atMs, window.leave);
    } else measured.evaluate(target.deadline, atMs, window.leave);
    return new TargetResult(target, window, measured, atMs);
  }

  /** Spans paused by a target's statuses; targets with the same statuses share one computation per ticket. */
  private pauseSpansOf(k: number, facts: StatusFacts): Array<[number, number]> {
    const key = this.pauseKeys[k]!;
    if (facts.pauseSpansTicket[key] !== facts.ticket) {
      facts.pauseSpans[key] = statusSpans(facts, this.pauseStatuses[key]!);
      facts.pauseSpansTicket[key] = facts.ticket;
    }
    return facts.pauseSpans[key]!;
  }

  /** The measured spans of a target on a ticket. */
  private cycles(
    target: SlaTarget,
    replies: number,
    timeline: Timeline,
    facts: StatusFacts,
    pauseSpans: Array<[number, number]>,
    from: number,
    until: number,
  ): Cycle | Cycle[] {
    const { t: times, type: types, detail } = timeline;
    const n = timeline.length;
    const measure = target.measure;
    // Targets measured once return their one cycle (no list to allocate and read through); the
    // others return a list made in their case.
    switch (measure.kind) {
      case 'first-response': {
        let stop = Number.NaN;
        let repliedBefore = false;
        for (let i = 0; i < n; i++) {
          const t = times[i]!;
          if (t > until) break;
          if (!isReply(timeline, i, replies)) continue;
          if (t < from) repliedBefore = true;
          else {
            stop = t;
            break;
          }
        }
        if (repliedBefore && Number.isNaN(stop)) stop = from; // entered after the first reply: already answered
        let stopKind: StopKind = Number.isNaN(stop) ? 'none' : 'stop';
        if (Number.isNaN(stop)) {
          // Solved without a reply: nothing to measure if that happened in time, a breach if after the due instant.
          const solved = firstAtOrAfter(facts.solves, facts.solveCount, from, until);
          if (solved !== undefined) {
            stop = solved;
            stopKind = 'unanswered';
          }
        }
        return new Cycle(from, stop, stopKind, pausesFor(pauseSpans, from, stop), null);
      }
      case 'next-response': {
        const cycles: Cycle[] = [];
        let firstReplyDone = false;
        let open = Number.NaN;
        for (let i = 0; i < n; i++) {
          const t = times[i]!;
          if (t > until) break;
          if (isReply(timeline, i, replies)) {
            if (!Number.isNaN(open)) {
              cycles.push(Cycle.measured(open, t, pausesFor(pauseSpans, open, t)));
              open = Number.NaN;
            }
            firstReplyDone = true;
          } else if (types[i] === 'customer-reply' && firstReplyDone && Number.isNaN(open) && t >= from) {
            open = t;
          } else if (types[i] === 'status' && isSolved(detail[i]) && !Number.isNaN(open)) {
            cycles.push(new Cycle(open, t, 'unanswered', pausesFor(pauseSpans, open, t), null));
            open = Number.NaN;
          }
        }
        if (!Number.isNaN(open))
          cycles.push(Cycle.measured(open, Number.NaN, pausesFor(pauseSpans, open, Number.NaN)));
        return cycles;
      }
      case 'resolution': {
        const { solves, solveCount, reopens, reopenCount } = facts;
        if (target.onReopen === 'new-cycle') {
          const cycles: Cycle[] = [];
          let start = from;
          for (let i = 0; ; i++) {
            const stop = firstAtOrAfter(solves, solveCount, start, until) ?? Number.NaN;
            cycles.push(Cycle.measured(start, stop, pausesFor(pauseSpans, start, stop)));
            if (Number.isNaN(stop)) break;
            const reopen = firstAfter(reopens, reopenCount, stop, until);
            if (reopen === undefined || i > 1000) break;
            start = reopen;
          }
          return cycles;
        }
        // Resume: the time spent solved before a reopen counts as paused; the last solve stops it.
        let solvedSpans: Array<[number, number]> | undefined;
        let stop = Number.NaN;
        for (let i = 0; i < solveCount; i++) {
          const solve = solves[i]!;
          if (solve < from) continue;
          if (solve > until) break;
          const reopen = firstAfter(reopens, reopenCount, solve, until);
          if (reopen === undefined) {
            stop = solve;
            break;
          }
          solvedSpans ??= [];
          solvedSpans.push([solve, reopen]);
        }
        const statusPauses = pausesFor(pauseSpans, from, stop);
        const pauses =
          solvedSpans === undefined ? statusPauses : mergeSpans([...statusPauses, ...solvedSpans]);
        return Cycle.measured(from, stop, pauses);
      }
      case 'milestone': {
        let stop = Number.NaN;
        for (let i = 0; i < n; i++) {
          const t = times[i]!;
          if (t > until) break;
          if (types[i] === 'milestone' && detail[i] === measure.milestone && t >= from) {
            stop = t;
            break;
          }
        }
        return Cycle.measured(from, stop, pausesFor(pauseSpans, from, stop));
      }
      case 'phone-answer': {
        const cycles: Cycle[] = [];
        // The call each cycle waits on while unanswered (undefined once answered, abandoned or
        // replaced by a newer offer of the same call); a ticket has a few calls, so lists beat a Map.
        const waiting: Array<string | undefined> = [];
        for (let i = 0; i < n; i++) {
          const t = times[i]!;
          if (t > until) break;
          if (t < from) continue;
          const type = types[i];
          const id = detail[i] ?? ''; // the call
          if (type === 'call-offered') {
            const outside = target.hours !== undefined && !target.hours.isOpenAt(t);
            if (!outside)
              for (let j = 0; j < waiting.length; j++) if (waiting[j] === id) waiting[j] = undefined;
            cycles.push(new Cycle(t, Number.NaN, 'none', NO_PAUSES, outside ? 'outside-hours' : null));
            waiting.push(outside ? undefined : id);
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
      case 'custom': {
        const cycles: Cycle[] = [];
        let open = Number.NaN;
        let pausedAt = Number.NaN;
        let eventPauses: Array<[number, number]> = [];
        const matching = (matchers: readonly EventMatcher[], i: number) =>
          matchers.some((m) => matches(m, timeline, i));
        for (let i = 0; i < n; i++) {
          const t = times[i]!;
          if (t > until) break;
          if (t < from) continue;
          if (Number.isNaN(open)) {
            if (matching(measure.start, i)) {
              open = t;
              eventPauses = [];
            }
            continue;
          }
          if (matching(measure.stop, i)) {
            if (!Number.isNaN(pausedAt)) eventPauses.push([pausedAt, t]);
            pausedAt = Number.NaN;
            cycles.push(
              Cycle.measured(open, t, mergeSpans([...pausesFor(pauseSpans, open, t), ...eventPauses])),
            );
            open = Number.NaN;
          } else if (Number.isNaN(pausedAt) && matching(measure.pause, i)) pausedAt = t;
          else if (!Number.isNaN(pausedAt) && matching(measure.resume, i)) {
            eventPauses.push([pausedAt, t]);
            pausedAt = Number.NaN;
          }
        }
        if (!Number.isNaN(open)) {
          if (!Number.isNaN(pausedAt)) eventPauses.push([pausedAt, Number.POSITIVE_INFINITY]);
          const pauses = mergeSpans([...pausesFor(pauseSpans, open, Number.NaN), ...eventPauses]);
          cycles.push(Cycle.measured(open, Number.NaN, pauses));
        }
        return cycles;
      }
    }
  }
}

/**
 * One cycle of a target: built by the engine from the timeline (start, stop, pauses), then judged in
 * place by {@link Cycle.evaluate} (one object per cycle, not a raw and a judged one). The time
 * measurements (elapsed, allowance) are clock queries of their own, so they are made when first read:
 * counting statuses over a million tickets does not pay for them.
 */
class Cycle implements CycleEvaluation {
  // Fields are declared only (`declare`: no class-field definitions) and assigned in the constructor
  // (no #private fields): one object shape, built in one step, for the millions of cycles a report
  // evaluates. The deadline is kept as its figures; its explanation is recomputed when read.
  declare readonly startMs: number;
  /** NaN while open. */
  declare stop: number;
  declare stopKind: StopKind;
  /** Paused spans on the target's clock; the last may end at Infinity (still paused). */
  declare pauses: ReadonlyArray<readonly [number, number]>;
  /** Decided before any due instant (a call offered outside hours), or the final reason. */
  declare excluded: ExclusionReason | null;
  declare status: TargetStatus;
  /** The target's deadline, once judged (undefined for an excluded cycle). */
  declare private ctx: DeadlineContext | undefined;
  /** The due instant (Infinity while paused with no end in sight); the other figures are recomputed when read. */
  declare private due: number;
  /** The clock the target counts on (for the elapsed time). */
  declare private clock: PauseClock;
  /** Up to when elapsed time is measured: the stop, or `at` (never past the target's leaving). */
  declare private until: number;
  /** Elapsed time, once measured (undefined before). */
  declare private elapsed: number | null | undefined;

  constructor(
    startMs: number,
    stop: number,
    stopKind: StopKind,
    pauses: ReadonlyArray<readonly [number, number]>,
    excluded: ExclusionReason | null,
  ) {
    this.startMs = startMs;
    this.stop = stop;
    this.stopKind = stopKind;
    this.pauses = pauses;
    this.excluded = excluded;
    this.status = 'not_applicable';
    this.ctx = undefined;
    this.due = Number.NaN;
    this.clock = WALL_CLOCK;
    this.until = Number.NaN;
    this.elapsed = undefined;
  }

  /** A cycle that ended at its stop event, or is still open when `stop` is NaN. */
  static measured(start: number, stop: number, pauses: ReadonlyArray<readonly [number, number]>): Cycle {
    return new Cycle(start, stop, Number.isNaN(stop) ? 'none' : 'stop', pauses, null);
  }

  get stopMs(): number | null {
    return Number.isNaN(this.stop) ? null : this.stop;
  }

  /** Judges the cycle as of `atMs` (or on its events only), for a target that applies until `leave`. */
  evaluate(ctx: DeadlineContext, atMs: number | null, leave: number): void {
    if (this.excluded !== null) {
      this.pauses = NO_PAUSES;
      return;
    }
    const now = atMs ?? Number.POSITIVE_INFINITY;
    // Pauses still open last until `at` at least (or forever when judged on events only).
    const pauses = this.pauses;
    const figures = dueFigures(ctx, this.startMs, ctx.zone.dayOf(this.startMs), pauses);
    const due = figures.dueMs;
    const stop = this.stop;
    const stopped = !Number.isNaN(stop);
    let status: TargetStatus;
    if (stopped) {
      if (this.stopKind === 'abandoned' || this.stopKind === 'unanswered') {
        status = stop > due ? 'breached' : 'not_applicable';
      } else status = stop <= due ? 'met' : 'breached';
    } else if (atMs !== null && due < now && due < leave) status = 'breached';
    else if (
      pauses.length > 0 &&
      pauses[pauses.length - 1]![1] === Number.POSITIVE_INFINITY &&
      pauses[pauses.length - 1]![0] <= now
    ) {
      status = 'paused';
    } else status = 'running';
    this.status = status;
    if (status === 'not_applicable')
      this.excluded = this.stopKind === 'abandoned' ? 'abandoned-before-due' : 'solved-without-reply';
    this.ctx = ctx;
    this.due = due;
    this.clock = figures.clock;
    this.until = stopped ? stop : Math.min(now, leave);
  }

  /** The full deadline computation with what explanations read (recomputed: pure, and rarely read). */
  get deadline(): DueResult | undefined {
    const ctx = this.ctx;
    return ctx === undefined
      ? undefined
      : computeDue(ctx, this.startMs, ctx.zone.dayOf(this.startMs), this.pauses);
  }

  /**
   * The deadline's figures again (pure, and cheaper than keeping two more boxed numbers on every
   * cycle): for the allowance and the time paused, which not every caller reads.
   */
  private figures(ctx: DeadlineContext): Readonly<DueFigures> {
    return dueFigures(ctx, this.startMs, ctx.zone.dayOf(this.startMs), this.pauses);
  }

  get elapsedMs(): number | null {
    if (this.elapsed === undefined) {
      const ctx = this.ctx;
      this.elapsed =
        ctx === undefined || !Number.isFinite(this.until)
          ? null
          : elapsedOn(this.clock, this.startMs, this.until, this.pauses);
    }
    return this.elapsed;
  }

  /** The due instant; null when there is none (excluded, or paused with no end in sight). */
  get dueMs(): number | null {
    return this.ctx !== undefined && Number.isFinite(this.due) ? this.due : null;
  }

  get allowanceMs(): number {
    const ctx = this.ctx;
    if (ctx === undefined) return 0;
    const figures = this.figures(ctx);
    return figures.clock.between(this.startMs, figures.baseDueMs);
  }

  get pausedMs(): number {
    const ctx = this.ctx;
    if (ctx === undefined) return 0;
    const paused = this.figures(ctx).pausedMs;
    return Number.isFinite(paused) ? paused : 0;
  }

  toJSON(): CycleEvaluation {
    return {
      status: this.status,
      startMs: this.startMs,
      stopMs: this.stopMs,
      dueMs: this.dueMs,
      elapsedMs: this.elapsedMs,
      allowanceMs: this.allowanceMs,
      pausedMs: this.pausedMs,
      excluded: this.excluded,
    };
  }
}

function mergeSpans(spans: Array<[number, number]>): Array<[number, number]> {
  if (spans.length <= 1) return spans;
  spans.sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [spans[0]!];
  for (let i = 1; i < spans.length; i++) {
    const last = out[out.length - 1]!;
    const span = spans[i]!;
    if (span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else out.push(span);
  }
  return out;
}

/** Time on the target's clock from start to t, pauses excluded. */
function elapsedOn(
  clock: PauseClock,
  start: number,
  t: number,
  pauses: ReadonlyArray<readonly [number, number]>,
): number {
  if (t <= start) return 0;
  let total = clock.between(start, t);
  for (let i = 0; i < pauses.length; i++) {
    const s = Math.max(pauses[i]![0], start);
    const e = Math.min(pauses[i]![1], t);
    if (e > s) total -= clock.between(s, e);
  }
  return total;
}

// ---- results (strings made on first access) ----

class TicketResult implements TicketEvaluation {
  constructor(
    readonly ticketId: string,
    readonly atMs: number | null,
    private readonly engine: SlaEngine,
    readonly channel: string | null,
    readonly createdMs: number,
    readonly targets: readonly TargetEvaluation[],
  ) {}

  /** Looked up when read (reports read it; a pass asking "breached? due when?" does not). */
  get month(): string {
    return this.engine.monthOf(this.createdMs);
  }

  get at(): string | null {
    return this.atMs === null ? null : this.engine.zone.format(this.atMs);
  }

  toJSON() {
    return {
      ticketId: this.ticketId,
      at: this.at,
      channel: this.channel,
      month: this.month,
      targets: this.targets,
    };
  }
}

/** Picks the cycle a target reports: an open one, else the first breached, else the last. */
function reportedCycle(cycles: readonly CycleEvaluation[]): number {
  let open = -1;
  let breached = -1;
  let last = -1;
  for (let i = 0; i < cycles.length; i++) {
    const status = cycles[i]!.status;
    if (status === 'running' || status === 'paused') open = i;
    else if (status === 'breached' && breached < 0) breached = i;
    if (status !== 'not_applicable') last = i;
  }
  return open >= 0 ? open : breached >= 0 ? breached : last >= 0 ? last : cycles.length - 1;
}

class TargetResult implements TargetEvaluation {
  readonly status: TargetStatus;
  /** Which cycle the target reports (see reportedCycle). */
  private readonly index: number;
  #explanation: TargetExplanation | undefined;

  constructor(
    private readonly spec: SlaTarget,
    private readonly window: Window,
    /** The target's one cycle, or its list of cycles (measures that can have several, or none). */
    private readonly measured: Cycle | readonly Cycle[],
    private readonly atMs: number | null,
  ) {
    let status: TargetStatus;
    if (Array.isArray(measured)) {
      const cycles: readonly Cycle[] = measured;
      this.index = reportedCycle(cycles);
      // Breached if any counted cycle breached, else the open cycle's status, else met.
      status = 'not_applicable';
      let open: TargetStatus | undefined;
      let anyMet = false;
      for (let i = 0; i < cycles.length; i++) {
        const c = cycles[i]!.status;
        if (c === 'breached') status = 'breached';
        else if (c === 'running' || c === 'paused') open = c;
        else if (c === 'met') anyMet = true;
      }
      if (status !== 'breached') status = open ?? (anyMet ? 'met' : 'not_applicable');
    } else {
      this.index = 0;
      status = (measured as Cycle).status; // the same rule for a list of one
    }
    // A target that stopped applying before it was decided is superseded (kept for audit).
    if (window.leave !== Number.POSITIVE_INFINITY && (status === 'running' || status === 'paused')) {
      status = 'superseded';
    }
    this.status = status;
  }

  get cycles(): readonly Cycle[] {
    const measured = this.measured;
    return Array.isArray(measured) ? measured : [measured as Cycle];
  }

  /** The cycle the target reports: its one cycle, or the one reportedCycle picked (none in an empty list). */
  private get reported(): Cycle | undefined {
    const measured = this.measured;
    return Array.isArray(measured) ? measured[this.index] : (measured as Cycle);
  }

  /**
   * When a met target was met (its last counted cycle's stop) or a breached one first breached (the
   * earliest due instant of its breached cycles); null otherwise. Computed when read, not kept.
   */
  private decidedMs(): number | null {
    let decided: number | null = null;
    for (const c of this.cycles) {
      if (this.status === 'met' && c.status === 'met') decided = Math.max(decided ?? 0, c.stopMs ?? 0);
      if (this.status === 'breached' && c.status === 'breached' && c.dueMs !== null)
        decided = decided === null ? c.dueMs : Math.min(decided, c.dueMs);
    }
    return decided;
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

  private get zone(): TimeZone {
    return this.spec.deadline.zone;
  }

  get dueMs(): number | null {
    return this.reported?.dueMs ?? null;
  }

  get excluded(): ExclusionReason | null {
    if (this.status === 'superseded') return 'superseded';
    return this.status === 'not_applicable' ? (this.reported?.excluded ?? null) : null;
  }

  /** Time used on the reported cycle: null when not applicable, or still open with no `at` to judge at. */
  get elapsedMs(): number | null {
    const cycle = this.reported;
    if (cycle === undefined || cycle.status === 'not_applicable') return null;
    const open =
      (cycle.status === 'running' || cycle.status === 'paused' || cycle.status === 'breached') &&
      cycle.stopMs === null;
    return open && this.atMs === null ? null : cycle.elapsedMs;
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
    const share = this.usedShare;
    if (share === null) return null;
    let warning: number | null = null;
    for (const threshold of this.spec.warnAt) if (share >= threshold) warning = threshold;
    return warning;
  }

  /** For reports: the time used by a met or breached target (the longest of its counted cycles). */
  get measuredMs(): number | null {
    if (this.status !== 'met' && this.status !== 'breached') return null;
    const one = this.measured;
    if (!Array.isArray(one)) return (one as Cycle).elapsedMs ?? 0; // its status is the target's
    let measured: number | null = null;
    for (const c of this.cycles) {
      if (c.status !== this.status) continue;
      measured = Math.max(measured ?? 0, c.elapsedMs ?? 0);
    }
    return measured;
  }

  private format(ms: number | null): string | null {
    return ms === null || !Number.isFinite(ms) ? null : this.zone.format(ms);
  }

  get startedAt(): string | null {
    const cycle = this.reported;
    return cycle === undefined ? null : this.format(cycle.startMs);
  }

  get due(): string | null {
    return this.status === 'paused' ? null : this.format(this.dueMs);
  }

  get dueIfResumed(): string | null {
    if (this.status !== 'paused' || this.atMs === null) return null;
    const cycle = this.reported!;
    const pauses = cycle.pauses.map(([a, b]) => [a, Math.min(b, this.atMs!)] as [number, number]);
    const due = computeDue(this.spec.deadline, cycle.startMs, this.zone.dayOf(cycle.startMs), pauses);
    return this.format(due.dueMs);
  }

  get metAt(): string | null {
    return this.status === 'met' ? this.format(this.decidedMs()) : null;
  }

  get breachedAt(): string | null {
    return this.status === 'breached' ? this.format(this.decidedMs()) : null;
  }

  get supersededAt(): string | null {
    return this.status === 'superseded' ? this.format(this.window.leave) : null;
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
        : deadlineResult(this.spec.deadline, cycle.startMs, this.zone.dayOf(cycle.startMs), due).steps;
    const paused = (cycle?.pauses ?? []).map(([a, b]) => ({
      from: this.zone.format(a),
      to: Number.isFinite(b) ? this.zone.format(b) : null,
    }));
    const self = this;
    this.#explanation = {
      selectedBy: condition === undefined ? null : { logic: condition.logic, fields },
      steps,
      paused,
      text(lang: Lang = 'en') {
        return explainText(self, steps, lang);
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
      due: this.due,
      dueIfResumed: this.dueIfResumed,
      metAt: this.metAt,
      breachedAt: this.breachedAt,
      supersededAt: this.supersededAt,
      elapsedMs: this.elapsedMs,
      remainingMs: this.remainingMs,
      allowanceMs: this.allowanceMs,
      usedShare: this.usedShare,
      warning: this.warning,
      excluded: this.excluded,
      cycles: this.cycles.length > 1 ? this.cycles : undefined,
    };
  }
}

function explainText(result: TargetResult, steps: DeadlineStep[], lang: Lang): string {
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
  for (const step of steps) lines.push(`- ${describeStep(step, lang)}`);
  lines.push(
    renderMessage(
      'sla_status',
      {
        status: result.status,
        due: result.due ?? '',
        metAt: result.metAt ?? '',
        breachedAt: result.breachedAt ?? '',
        supersededAt: result.supersededAt ?? '',
        excluded: result.excluded ?? '',
        cycles: result.cycles.length,
      },
      lang,
    ),
  );
  return lines.join('\n');
}
