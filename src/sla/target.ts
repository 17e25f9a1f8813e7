/**
 * A service-level target, normalised: what the SLA engine evaluates. The contract assembler builds
 * these from a definition; the engine never sees raw definition text.
 */
import type { DeadlineContext } from '../clock/deadline.js';
import type { Duration } from '../clock/duration.js';
import type { HoursEngine } from '../clock/service-hours.js';
import type { Assert, ListsAll } from '../internal/lists.js';
import type { CompiledCondition } from '../rules/condition.js';

/** Ticket statuses the library understands. */
export const TICKET_STATUSES = [
  'new',
  'open',
  'awaiting-customer',
  'on-hold',
  'solved',
  'closed',
] as const satisfies readonly TicketStatus[];
/** A ticket status: `new`, `open`, `awaiting-customer`, `on-hold`, `solved` or `closed`. */
export type TicketStatus = 'new' | 'open' | 'awaiting-customer' | 'on-hold' | 'solved' | 'closed';

/** Compile-time: TICKET_STATUSES lists every TicketStatus. */
export type TICKET_STATUSES_LISTED = Assert<ListsAll<TicketStatus, typeof TICKET_STATUSES>>;

/** Kinds of ticket event. */
export const EVENT_TYPES = [
  'created',
  'agent-reply',
  'customer-reply',
  'internal-note',
  'status',
  'field-change',
  'milestone',
  'call-offered',
  'call-answered',
  'call-abandoned',
] as const satisfies readonly EventType[];
/** The kind of a ticket event (`TicketEventInput.type`). */
export type EventType =
  | 'created'
  | 'agent-reply'
  | 'customer-reply'
  | 'internal-note'
  | 'status'
  | 'field-change'
  | 'milestone'
  | 'call-offered'
  | 'call-answered'
  | 'call-abandoned';

/** Compile-time: EVENT_TYPES lists every EventType. */
export type EVENT_TYPES_LISTED = Assert<ListsAll<EventType, typeof EVENT_TYPES>>;

/** Matches ticket events for custom measures. */
export interface EventMatcher {
  event:
    | 'created'
    | 'agent-reply'
    | 'customer-reply'
    | 'status'
    | 'milestone'
    | 'call-offered'
    | 'call-answered'
    | 'call-abandoned';
  status?: string;
  milestone?: string;
}

/** What a target measures. */
export type Measure =
  | { kind: 'first-response' }
  | { kind: 'next-response' }
  | { kind: 'resolution' }
  | { kind: 'phone-answer' }
  | { kind: 'milestone'; milestone: string }
  | {
      kind: 'custom';
      start: EventMatcher[];
      stop: EventMatcher[];
      pause: EventMatcher[];
      resume: EventMatcher[];
    };

/** Who may stop a response clock. */
export type ReplyAuthor = 'agent' | 'bot' | 'internal-note';

/**
 * What stops a first-response clock besides (or instead of) a reply: the first change to one of
 * `statuses` (a waiting status), or the ticket being solved (`solved`: solved or closed).
 */
export interface ResponseStops {
  reply: boolean;
  statuses: readonly TicketStatus[];
  solved: boolean;
}

/** A target ready for evaluation. */
export interface SlaTarget {
  id: string;
  clause: string;
  name: string | undefined;
  /** Compiled `appliesTo`; undefined: every ticket. */
  condition: CompiledCondition | undefined;
  measure: Measure;
  duration: Duration;
  /** The resolved clock and counting of the target. */
  deadline: DeadlineContext;
  /** The target's service hours (also used to decide whether a call was offered in hours). */
  hours: HoursEngine | undefined;
  pauseWhile: ReadonlySet<string>;
  onReopen: 'resume' | 'new-cycle';
  onReclassify: 'retroactive' | 'from-change';
  repliesFrom: ReadonlySet<ReplyAuthor>;
  /** First-response targets with `stoppedBy`: what stops the clock; undefined: a reply only (the default). */
  responseStops?: ResponseStops | undefined;
  /** A row of a table target (`by`, `table`): which row this is, for the explanation. */
  cellNote?: { by: string; row: string; isDefault: boolean } | undefined;
  /**
   * A target whose hours or end of day depend on a ticket field (`by`, the channel by default): the
   * terms this one runs on, for the explanation. `value` null for the default; `hours` null without
   * hours, undefined when the hours do not vary; `endOfDay` undefined when it does not vary.
   */
  hoursNote?:
    | { by: string; value: string | null; hours: string | null | undefined; endOfDay: string | undefined }
    | undefined;
  /**
   * The same target on other hours or end of day, by the value of a ticket field (`by`: `channel`
   * unless `hoursBy` says otherwise) when the target starts to apply; a value not listed runs on
   * this one (the default).
   */
  variants?: { by: string; map: ReadonlyMap<string, SlaTarget> } | undefined;
  /** Warning thresholds in per cent of the allowance, as the definition writes them, ascending (50, 75, 90). */
  warnAt: readonly number[];
}
