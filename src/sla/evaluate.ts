/**
 * The service-level engine: a ticket's timeline and a contract's targets in; for every target that
 * applies (and the ones that stopped applying) its status, due instant, times on the target's own
 * clock, warnings and an explanation out.
 *
 * The flow, one room per step: read the ticket (ticket.ts), select the targets that apply and from
 * when (selection.ts), gather what the ticket's status changes say (facts.ts), cut the timeline into
 * each target's cycles (measures.ts), judge each cycle (cycle.ts), and wrap the results (result.ts).
 *
 * Every answer is a pure function of (targets, ticket, `at`): nothing one evaluation does is visible
 * to another. The engine remembers only what is itself a pure function of the contract (which
 * targets apply to which field values, the month of a day); the one buffer it reuses (the timeline
 * columns and the deadline figures, see {@link Scratch}) is lent to one evaluation at a time and
 * never reachable from a result.
 */
import { WALL_CLOCK } from '../clock/deadline.js';
import { DEFAULT_LIMITS, type Limits } from '../limits/limits.js';
import { formatCivilDate } from '../time/civil-date.js';
import type { TimeZone } from '../time/zone.js';
import { type Cycle, type Judgement, NO_PAUSES } from './cycle.js';
import { StatusFacts } from './facts.js';
import { type MeasureInput, measureCycles, replyMask } from './measures.js';
import { TargetResult, TicketResult, type Window } from './result.js';
import { TargetSelection } from './selection.js';
import { type SlaTarget, TICKET_STATUSES, type TicketStatus } from './target.js';
import { readTicket, type StatusNames, type TicketInput, Timeline } from './ticket.js';
import type { TargetEvaluation, TicketEvaluation } from './types.js';

export type {
  CycleEvaluation,
  ExclusionReason,
  TargetEvaluation,
  TargetExplanation,
  TargetStatus,
  TicketEvaluation,
} from './types.js';

/** The empty list of results of a ticket no target applies to, shared (never written to). */
const NO_RESULTS: readonly TargetEvaluation[] = Object.freeze([]);

/**
 * Buffers one evaluation works in: the timeline's columns, the deadline figures, and the arguments
 * of the measures and of judging. Refilled for each ticket and target; no result refers to them.
 */
class Scratch {
  readonly timeline = new Timeline();
  readonly judging: Judgement = {
    asOfMs: 0,
    atMs: 0,
    leaveMs: 0,
    figures: { dueMs: 0, baseDueMs: 0, pausedMs: 0, clock: WALL_CLOCK, clockStartMs: 0 },
  };
  readonly measuring: MeasureInput = {
    target: undefined as unknown as SlaTarget,
    replies: 0,
    timeline: this.timeline,
    facts: undefined as unknown as StatusFacts,
    statusPauses: NO_PAUSES,
    from: 0,
    until: 0,
  };
}

/** The own fields of `fields` named in `keys`, copied. */
function pick(fields: Readonly<Record<string, unknown>>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (Object.hasOwn(fields, key)) out[key] = fields[key];
  return out;
}

/**
 * Segments of a ticket's life with constant fields: [from, fields]. With `read` (the fields the
 * targets' conditions and explanations read), each segment holds only those fields and a change to
 * another field starts no segment, so a ticket with many fields and many changes costs the changes
 * times the fields read, not times all its fields. `'all'`: a condition reads the whole ticket.
 */
function fieldSegments(
  timeline: Timeline,
  end: number,
  read: ReadonlySet<string> | 'all',
): Array<[number, Readonly<Record<string, unknown>>]> {
  const keys = read === 'all' ? undefined : [...read];
  const first = keys === undefined ? timeline.fields : pick(timeline.fields, keys);
  const segments: Array<[number, Readonly<Record<string, unknown>>]> = [[timeline.created, first]];
  for (let i = 0; i < timeline.length; i++) {
    const t = timeline.t[i]!;
    if (t > end) break;
    if (timeline.type[i] !== 'field-change') continue;
    const name = timeline.detail[i]!;
    if (read !== 'all' && !read.has(name)) continue;
    const last = segments[segments.length - 1]!;
    const fields = { ...last[1], [name]: timeline.value[i] };
    if (last[0] === t) last[1] = fields;
    else segments.push([t, fields]);
  }
  return segments;
}

/** The instant of the last event at or before `end`. */
/** A reclassified ticket's fields as of `end`: its fields at creation, changed by each field change up to `end`. */
function fieldsAsOf(timeline: Timeline, end: number): Readonly<Record<string, unknown>> {
  const fields: Record<string, unknown> = { ...timeline.fields };
  for (let i = 0; i < timeline.length; i++) {
    if (timeline.t[i]! > end) break;
    if (timeline.type[i] === 'field-change') fields[timeline.detail[i]!] = timeline.value[i];
  }
  return fields;
}

function lastEventAt(timeline: Timeline, end: number): number {
  for (let i = timeline.length - 1; i >= 0; i--) if (timeline.t[i]! <= end) return timeline.t[i]!;
  return timeline.created;
}

/** The variant of a target for a ticket's field (its own property, a text), else the target itself. */
function variantFor(
  target: SlaTarget,
  variants: { by: string; map: ReadonlyMap<string, SlaTarget> },
  fields: Readonly<Record<string, unknown>>,
): SlaTarget {
  const value = Object.hasOwn(fields, variants.by) ? fields[variants.by] : undefined;
  return (typeof value === 'string' ? variants.map.get(value) : undefined) ?? target;
}

export class SlaEngine {
  private readonly selection: TargetSelection;
  /** Who stops each target's response clocks (by position; see replyMask). */
  private readonly replyMasks: number[];
  /** The pause key of each target (by position): targets pausing on the same statuses share one. */
  private readonly pauseKeys: number[] = [];
  /** The pausing statuses of each pause key, as the library's constants. */
  private readonly pauseStatuses: TicketStatus[][] = [];
  /** The month of each day seen (a pure function of the day), and one string per month. */
  private readonly monthOfDay = new Map<number, string>();
  private readonly monthTexts = new Map<string, string>();
  /** The fields the targets' conditions read (and their explanations show), or 'all'. */
  private readonly fieldsRead: ReadonlySet<string> | 'all' = 'all';
  /** The buffers lent to the evaluation in progress; undefined while lent (a nested call makes its own). */
  private spare: Scratch | undefined = new Scratch();

  constructor(
    readonly targets: readonly SlaTarget[],
    readonly zone: TimeZone,
    /** The limits on a ticket (its events) and on its explanations (pauses listed one by one). */
    private readonly limits: Pick<Limits, 'ticketEvents' | 'explanationPauses'> = DEFAULT_LIMITS,
    /** The contract's status vocabulary (`statuses`), by statusKey; undefined: the built-in names only. */
    private readonly statusNames: StatusNames | undefined = undefined,
  ) {
    this.selection = new TargetSelection(targets);
    const read = new Set<string>();
    for (const target of targets) {
      const condition = target.condition;
      if (condition === undefined) continue;
      if (condition.fieldsRead === 'all') {
        this.fieldsRead = 'all';
        break;
      }
      for (const field of condition.fieldsRead) read.add(field);
      for (const path of condition.variables) read.add(path);
    }
    if (this.fieldsRead !== 'all') this.fieldsRead = read;
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
    const scratch = this.spare ?? new Scratch();
    this.spare = undefined;
    try {
      return this.evaluateWith(scratch, input, atMs);
    } finally {
      this.spare = scratch;
    }
  }

  private evaluateWith(scratch: Scratch, input: unknown, atMs: number | null): TicketEvaluation {
    const timeline = readTicket(input, scratch.timeline, this.limits.ticketEvents, this.statusNames);
    const end = atMs ?? Number.POSITIVE_INFINITY;
    const channel = typeof timeline.fields.channel === 'string' ? timeline.fields.channel : null;
    let results: readonly TargetEvaluation[] = NO_RESULTS;
    if (timeline.created <= end) {
      const judging = scratch.judging;
      judging.asOfMs = atMs ?? lastEventAt(timeline, end);
      judging.atMs = atMs ?? Number.NaN;
      judging.leaveMs = Number.POSITIVE_INFINITY;
      const facts = new StatusFacts(timeline, end);
      scratch.measuring.facts = facts;
      if (timeline.fieldChanges) results = this.evaluateReclassified(scratch, timeline, facts, end, atMs);
      else {
        // Fields that never change (the usual ticket): every applying target has the same window.
        const applying = this.selection.applying(timeline.fields);
        if (applying.length > 0) {
          const window: Window = {
            enter: timeline.created,
            leave: Number.POSITIVE_INFINITY,
            fields: timeline.fields,
          };
          const list: TargetEvaluation[] = new Array(applying.length);
          for (let i = 0; i < applying.length; i++) {
            list[i] = this.evaluateTarget(scratch, applying[i]!, timeline, facts, window, end, atMs);
          }
          results = list;
        }
      }
    }
    // The timeline is reused for the next ticket: its list of unmapped names goes with this result.
    const unmapped = timeline.unmapped;
    const fields = timeline.fieldChanges ? fieldsAsOf(timeline, end) : timeline.fields;
    return new TicketResult(timeline.id, atMs, this, channel, timeline.created, results, unmapped, fields);
  }

  /** A ticket whose fields change: targets apply from the change that selects them to the one that does not. */
  private evaluateReclassified(
    scratch: Scratch,
    timeline: Timeline,
    facts: StatusFacts,
    end: number,
    atMs: number | null,
  ): TargetEvaluation[] {
    const segments = fieldSegments(timeline, end, this.fieldsRead);
    const windows: Array<Window | undefined> = new Array(this.targets.length);
    const applies: boolean[] = new Array(this.targets.length);
    for (let s = 0; s < segments.length; s++) {
      const [from, fields] = segments[s]!;
      applies.fill(false);
      for (const k of this.selection.applying(fields)) applies[k] = true;
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
      if (window !== undefined)
        results.push(this.evaluateTarget(scratch, k, timeline, facts, window, end, atMs));
    }
    return results;
  }

  /** Evaluates target number `k` over a window of the ticket's life. */
  private evaluateTarget(
    scratch: Scratch,
    k: number,
    timeline: Timeline,
    facts: StatusFacts,
    window: Window,
    end: number,
    atMs: number | null,
  ): TargetEvaluation {
    let target = this.targets[k]!;
    // Hours by channel: the variant for the ticket's channel when the target started to apply.
    if (target.variants !== undefined) target = variantFor(target, target.variants, window.fields);
    const key = this.pauseKeys[k]!;
    const measuring = scratch.measuring;
    measuring.target = target;
    measuring.replies = this.replyMasks[k]!;
    measuring.statusPauses = facts.pauseSpans(key, this.pauseStatuses[key]!);
    // From which instant the target observes the ticket: its creation (retroactive) or the change.
    measuring.from = target.onReclassify === 'retroactive' ? timeline.created : window.enter;
    measuring.until = Math.min(end, window.leave);
    const cycles: Cycle[] = measureCycles(measuring);
    const judging = scratch.judging;
    judging.leaveMs = window.leave;
    for (let i = 0; i < cycles.length; i++) cycles[i]!.judge(target.deadline, judging);
    return new TargetResult(target, window, cycles, atMs, this.limits.explanationPauses);
  }
}
