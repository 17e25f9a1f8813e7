/**
 * Tickets: reading a ticket's events into a validated, sorted timeline.
 *
 * Events may arrive out of order or duplicated. They are sorted by instant; events at the same
 * millisecond follow a fixed order, chosen so that what happens "at once" is read the natural way:
 *
 *   created < field-change < customer-reply < call-offered < agent-reply / internal-note
 *           < call-answered / call-abandoned < milestone < status
 *
 * (a customer message and an agent reply in the same millisecond: the reply answers the message; an
 * agent who replies and sets "awaiting customer" at once: the reply stops the response clock first).
 * Exact duplicates (same type, instant and content) are dropped. An impossible timeline (an event
 * before the ticket was created, a ticket created twice or never) is an error for that ticket.
 */
import { type IssuePath, TicketError } from '../errors/errors.js';
import { type InstantInput, parseInstant } from '../time/instant.js';
import { EVENT_TYPES, type EventType, TICKET_STATUSES, type TicketStatus } from './target.js';

/** A ticket as the caller gives it. */
export interface TicketInput {
  id: string | number;
  /** The ticket's fields when it was created (channel, category, priority, language, ...). */
  fields?: Readonly<Record<string, unknown>>;
  events: readonly TicketEventInput[];
}

/** One event as the caller gives it. */
export interface TicketEventInput {
  type: EventType | (string & {});
  /** When: ISO 8601 with an offset, epoch ms, or a Date. */
  at: InstantInput;
  /** agent-reply: who replied (default `agent`). */
  author?: 'agent' | 'bot';
  /** agent-reply: `false` makes it an internal note. */
  public?: boolean;
  /** status: the new status. */
  status?: TicketStatus | (string & {});
  /** field-change: which field, and its new value. */
  field?: string;
  value?: unknown;
  /** milestone: its name, e.g. preliminary-solution. */
  name?: string;
  /** call events: which call (optional when a ticket has one call at a time). */
  callId?: string;
}

/** A validated event. */
export interface TimelineEvent {
  t: number;
  order: number;
  type: EventType;
  /** Position in the caller's events array (for messages). */
  index: number;
  status: TicketStatus | undefined;
  author: 'agent' | 'bot' | undefined;
  field: string | undefined;
  value: unknown;
  name: string | undefined;
  callId: string | undefined;
}

/** A validated ticket: its fields at creation and its events in order. */
export interface Timeline {
  id: string;
  fields: Readonly<Record<string, unknown>>;
  created: number;
  events: TimelineEvent[];
}

/*
 * Event types and statuses are compared many times per event further on. Strings read from JSON are
 * not interned, so `e.type === 'status'` on them compares characters; reading them once into the
 * library's own constants (interned) makes every later comparison a pointer comparison. The lookups
 * pick the one candidate a string can be from its length and second character, then compare once.
 */

/** The library's own string for an event type, or undefined for a type it does not know. */
function eventTypeOf(type: unknown): EventType | undefined {
  if (typeof type !== 'string') return undefined;
  let candidate: EventType | undefined;
  switch (type.length) {
    case 6:
      candidate = 'status';
      break;
    case 7:
      candidate = 'created';
      break;
    case 9:
      candidate = 'milestone';
      break;
    case 11:
      candidate = 'agent-reply';
      break;
    case 12:
      candidate = type.charCodeAt(1) === 105 /* i */ ? 'field-change' : 'call-offered';
      break;
    case 13:
      candidate = type.charCodeAt(1) === 110 /* n */ ? 'internal-note' : 'call-answered';
      break;
    case 14:
      candidate = type.charCodeAt(1) === 117 /* u */ ? 'customer-reply' : 'call-abandoned';
      break;
  }
  return type === candidate ? candidate : undefined;
}

/** The library's own string for a ticket status, or undefined for a status it does not know. */
function ticketStatusOf(status: unknown): TicketStatus | undefined {
  if (typeof status !== 'string') return undefined;
  let candidate: TicketStatus | undefined;
  switch (status.length) {
    case 3:
      candidate = 'new';
      break;
    case 4:
      candidate = 'open';
      break;
    case 6:
      candidate = status.charCodeAt(0) === 115 /* s */ ? 'solved' : 'closed';
      break;
    case 7:
      candidate = 'on-hold';
      break;
    case 17:
      candidate = 'awaiting-customer';
      break;
  }
  return status === candidate ? candidate : undefined;
}

/** The place of an event type among events at the same instant (see the order above). */
function orderOf(type: EventType): number {
  switch (type) {
    case 'created':
      return 0;
    case 'field-change':
      return 1;
    case 'customer-reply':
      return 2;
    case 'call-offered':
      return 3;
    case 'agent-reply':
    case 'internal-note':
      return 4;
    case 'call-answered':
    case 'call-abandoned':
      return 5;
    case 'milestone':
      return 6;
    case 'status':
      return 7;
  }
}

const EMPTY_FIELDS: Readonly<Record<string, unknown>> = Object.freeze({});

function fail(code: 'ticket_shape', params: { expected: string }, path: IssuePath): never;
function fail(
  code: 'ticket_event_field',
  params: { type: string; field: string; expected: string },
  path: IssuePath,
): never;
function fail(code: string, params: object, path: IssuePath): never {
  throw new TicketError(code as never, params as never, path);
}

function sameContent(a: TimelineEvent, b: TimelineEvent): boolean {
  return (
    a.t === b.t &&
    a.type === b.type &&
    a.status === b.status &&
    a.author === b.author &&
    a.field === b.field &&
    a.name === b.name &&
    a.callId === b.callId &&
    (a.value === b.value || JSON.stringify(a.value) === JSON.stringify(b.value))
  );
}

/**
 * Validates a ticket and returns its timeline; throws {@link TicketError} (or InvalidInstantError)
 * naming what is wrong and where (`events[3].at`).
 */
export function readTicket(input: unknown): Timeline {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('ticket_shape', { expected: 'an object { id, fields, events }' }, []);
  }
  const ticket = input as TicketInput;
  const rawId = ticket.id;
  if (
    !((typeof rawId === 'string' && rawId !== '') || (typeof rawId === 'number' && Number.isFinite(rawId)))
  ) {
    throw new TicketError('ticket_id', { input: JSON.stringify(rawId) ?? String(rawId) }, ['id']);
  }
  const fields = ticket.fields ?? EMPTY_FIELDS;
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    return fail('ticket_shape', { expected: 'an object whose fields are an object' }, ['fields']);
  }
  const raw = ticket.events;
  if (!Array.isArray(raw))
    return fail('ticket_shape', { expected: 'an object whose events are a list' }, ['events']);
  const events: TimelineEvent[] = new Array(raw.length);
  let created = Number.NaN;
  let createdIndex = -1;
  // Checked as the events are read: whether they come in order (usually), and the earliest instant.
  let sorted = true;
  let ties = false;
  let earliest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < raw.length; i++) {
    const e = raw[i] as TicketEventInput | undefined;
    if (typeof e !== 'object' || e === null)
      return fail('ticket_shape', { expected: 'an object whose events are objects' }, ['events', i]);
    const type = eventTypeOf(e.type);
    if (type === undefined) {
      throw new TicketError('ticket_event_type', { type: String(e.type), known: EVENT_TYPES.join(', ') }, [
        'events',
        i,
        'type',
      ]);
    }
    const order = orderOf(type);
    const at = e.at;
    const t = typeof at === 'number' && Number.isSafeInteger(at) ? at : parseInstant(at, ['events', i, 'at']);
    // Every event has the same shape (all fields present), which keeps the hot loops monomorphic.
    const event: TimelineEvent = {
      t,
      order,
      type,
      index: i,
      status: undefined,
      author: undefined,
      field: undefined,
      value: undefined,
      name: undefined,
      callId: undefined,
    };
    switch (type) {
      case 'created':
        if (createdIndex >= 0 && t !== created) {
          throw new TicketError(
            'ticket_created_twice',
            { first: String(raw[createdIndex]!.at), second: String(e.at) },
            ['events', i],
          );
        }
        created = t;
        createdIndex = i;
        break;
      case 'agent-reply': {
        const author = e.author;
        if (author !== undefined && author !== 'agent' && author !== 'bot') {
          fail('ticket_event_field', { type, field: 'author', expected: "'agent' or 'bot'" }, [
            'events',
            i,
            'author',
          ]);
        }
        event.author = author === 'bot' ? 'bot' : 'agent';
        if (e.public === false) event.type = 'internal-note';
        break;
      }
      case 'status': {
        const status = ticketStatusOf(e.status);
        if (status === undefined) {
          if (e.status === undefined)
            fail('ticket_event_field', { type, field: 'status', expected: TICKET_STATUSES.join(', ') }, [
              'events',
              i,
              'status',
            ]);
          throw new TicketError(
            'ticket_status_unknown',
            { status: String(e.status), known: TICKET_STATUSES.join(', ') },
            ['events', i, 'status'],
          );
        }
        event.status = status;
        break;
      }
      case 'field-change':
        if (typeof e.field !== 'string' || e.field === '')
          fail('ticket_event_field', { type, field: 'field', expected: 'the field name' }, [
            'events',
            i,
            'field',
          ]);
        event.field = e.field;
        event.value = e.value;
        break;
      case 'milestone': {
        const name = e.name;
        if (typeof name !== 'string' || name === '')
          fail('ticket_event_field', { type, field: 'name', expected: 'the milestone name' }, [
            'events',
            i,
            'name',
          ]);
        event.name = name;
        break;
      }
      case 'call-offered':
      case 'call-answered':
      case 'call-abandoned': {
        const callId = e.callId;
        if (callId !== undefined) {
          if (typeof callId !== 'string')
            fail('ticket_event_field', { type, field: 'callId', expected: 'a string' }, [
              'events',
              i,
              'callId',
            ]);
          event.callId = callId;
        }
        break;
      }
      default:
        break;
    }
    if (i > 0) {
      const previous = events[i - 1]!;
      if (previous.t > t || (previous.t === t && previous.order > order)) sorted = false;
      else if (previous.t === t) ties = true;
    }
    if (t < earliest) earliest = t;
    events[i] = event;
  }
  if (createdIndex < 0) throw new TicketError('ticket_created_missing', {}, ['events']);
  for (let i = 0; i < events.length && earliest < created; i++) {
    const event = events[i]!;
    if (event.t < created) {
      throw new TicketError(
        'ticket_before_created',
        {
          type: event.status ?? event.type,
          at: String(raw[event.index]!.at),
          created: String(raw[createdIndex]!.at),
        },
        ['events', event.index],
      );
    }
  }
  if (!sorted) {
    sortEvents(events);
    ties = true;
  }
  if (!ties) return { id: String(rawId), fields, created, events };
  // Drop exact duplicates (the same event delivered twice), keeping the first.
  let kept = 0;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    let duplicate = false;
    for (let j = kept - 1; j >= 0 && events[j]!.t === event.t; j--) {
      if (sameContent(events[j]!, event)) {
        duplicate = true;
        break;
      }
    }
    if (!duplicate) events[kept++] = event;
  }
  if (kept < events.length) events.length = kept;
  return { id: String(rawId), fields, created, events };
}

/** Before `b` in a timeline: by instant, then by the order above, then as the caller gave them. */
function before(a: TimelineEvent, b: TimelineEvent): boolean {
  return a.t < b.t || (a.t === b.t && (a.order < b.order || (a.order === b.order && a.index < b.index)));
}

/**
 * Sorts a timeline. Tickets have a handful of events, often nearly in order: an insertion sort with
 * the comparison inlined beats the built-in sort's call per comparison there; long lists use the
 * built-in sort.
 */
function sortEvents(events: TimelineEvent[]): void {
  if (events.length > 32) {
    events.sort((a, b) => a.t - b.t || a.order - b.order || a.index - b.index);
    return;
  }
  for (let i = 1; i < events.length; i++) {
    const event = events[i]!;
    let j = i - 1;
    while (j >= 0 && before(event, events[j]!)) {
      events[j + 1] = events[j]!;
      j--;
    }
    events[j + 1] = event;
  }
}
