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
import type { TicketExpectation } from '../errors/messages.js';
import { exceed } from '../limits/limits.js';
import { type InstantInput, parseInstant, quickInstant } from '../time/instant.js';
import { EVENT_TYPES, type EventType, TICKET_STATUSES, type TicketStatus } from './target.js';
import { BUILT_IN_NAMES, eventTypeOf, ticketStatusOf } from './vocabulary.js';

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

const EMPTY_FIELDS: Readonly<Record<string, unknown>> = Object.freeze({});

/**
 * The detail of a `status` event whose status no name maps to: the event changes nothing and
 * matches nothing (its name is kept in `Timeline.unmapped`).
 */
export const UNMAPPED_STATUS = '\u0000unmapped';

/** A status name as status vocabularies compare it: case and width insensitive (NFKC, lower case, trimmed). */
export function statusKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().trim();
}

/** Names of statuses and the library's status each stands for, by {@link statusKey}. */
export type StatusNames = ReadonlyMap<string, TicketStatus>;

/** One event of a timeline as plain data (for tests and debugging; the engine reads the columns). */
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

/**
 * A validated ticket: its fields at creation and its events in order, stored as columns (one typed
 * array or array per property) that the engine refills for every ticket. A million tickets of eight
 * events would otherwise allocate eight million event objects (each with a boxed instant) only to
 * read them once.
 */
export class Timeline {
  id = '';
  fields: Readonly<Record<string, unknown>> = EMPTY_FIELDS;
  created = 0;
  /** The number of events (the columns may be longer). */
  length = 0;
  /** Whether any event is a field change (most tickets keep their fields). */
  fieldChanges = false;
  /** What touching the events first read (see touch in this file); kept so the reads happen. */
  touched = 0;
  /** The instant of each event (epoch ms). */
  t = new Float64Array(16);
  /** The place of each event among events at the same instant (see the order above). */
  order = new Uint8Array(16);
  /** Position of each event in the caller's events array (for messages). */
  index = new Int32Array(16);
  type: EventType[] = [];
  /**
   * What the event carries, by type: the new status of a `status` event, the author of an
   * `agent-reply` or `internal-note` (`agent` or `bot`), the field of a `field-change`, the name of a
   * `milestone`, the call of a call event; undefined otherwise.
   */
  detail: Array<string | undefined> = [];
  /** The new value of a `field-change`. */
  value: unknown[] = [];
  /** Status names no vocabulary maps, as written, in order of appearance (undefined: none). */
  unmapped: string[] | undefined;

  /** Room for `n` events. */
  reserve(n: number): void {
    if (n <= this.t.length) return;
    const size = Math.max(n, this.t.length * 2);
    const t = new Float64Array(size);
    t.set(this.t);
    this.t = t;
    const order = new Uint8Array(size);
    order.set(this.order);
    this.order = order;
    const index = new Int32Array(size);
    index.set(this.index);
    this.index = index;
  }

  /** The events as plain objects. */
  get events(): TimelineEvent[] {
    const events: TimelineEvent[] = [];
    for (let i = 0; i < this.length; i++) {
      const type = this.type[i]!;
      const detail = this.detail[i];
      events.push({
        t: this.t[i]!,
        order: this.order[i]!,
        type,
        index: this.index[i]!,
        status: type === 'status' ? (detail as TicketStatus) : undefined,
        author: type === 'agent-reply' || type === 'internal-note' ? (detail as 'agent' | 'bot') : undefined,
        field: type === 'field-change' ? detail : undefined,
        value: this.value[i],
        name: type === 'milestone' ? detail : undefined,
        callId: type.startsWith('call-') ? detail : undefined,
      });
    }
    return events;
  }
}

/**
 * A status that is not one of the library's names as written: looked up, case and width
 * insensitive, among the built-in names and the contract's vocabulary. A name nothing maps is
 * remembered and stands for {@link UNMAPPED_STATUS}; a missing or non-text status is an error.
 */
function otherStatus(status: unknown, i: number, names: StatusNames | undefined, timeline: Timeline): string {
  if (typeof status !== 'string') {
    if (status === undefined)
      fail(
        'ticket_event_field',
        { type: 'status', field: 'status', expected: 'status', known: TICKET_STATUSES.join(', ') },
        ['events', i, 'status'],
      );
    throw new TicketError(
      'ticket_status_unknown',
      { status: shown(status, false), known: TICKET_STATUSES.join(', ') },
      ['events', i, 'status'],
    );
  }
  const key = statusKey(status);
  const mapped = names?.get(key) ?? BUILT_IN_NAMES.get(key);
  if (mapped !== undefined) return mapped;
  if (timeline.unmapped === undefined) timeline.unmapped = [status];
  else if (!timeline.unmapped.includes(status)) timeline.unmapped.push(status);
  return UNMAPPED_STATUS;
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

function fail(code: 'ticket_shape', params: { expected: TicketExpectation }, path: IssuePath): never;
function fail(
  code: 'ticket_event_field',
  params: { type: string; field: string; expected: TicketExpectation; known?: string },
  path: IssuePath,
): never;
function fail(code: string, params: object, path: IssuePath): never {
  throw new TicketError(code as never, params as never, path);
}

/**
 * Reads an event's instant early (the length of its text) so that the memory system fetches every
 * event at once instead of one cache miss after another while parsing (docs/performance.md,
 * "Touching the input first"). Returns what it read, for the caller to keep: a read whose result
 * nobody keeps may be optimised away.
 */
function touch(e: unknown): number {
  if (typeof e === 'object' && e !== null) {
    const at = (e as TicketEventInput).at;
    if (typeof at === 'string') return at.length;
  }
  return 0;
}

/** Events i and j say the same thing (a duplicate delivery). */
function sameContent(timeline: Timeline, i: number, j: number): boolean {
  const a = timeline.value[i];
  const b = timeline.value[j];
  return (
    timeline.t[i] === timeline.t[j] &&
    timeline.type[i] === timeline.type[j] &&
    timeline.detail[i] === timeline.detail[j] &&
    (a === b || JSON.stringify(a) === JSON.stringify(b))
  );
}

/**
 * A key saying what an event says (its type, detail and value), for finding duplicates among many
 * events of one instant without comparing each with every other.
 */
function contentKey(timeline: Timeline, i: number): string {
  const detail = timeline.detail[i];
  let value: string | undefined;
  try {
    value = JSON.stringify(timeline.value[i]);
  } catch {
    value = `\u0003${i}`; // not JSON (a cycle, a bigint): never a duplicate of another event
  }
  return `${timeline.type[i]}\u0000${detail === undefined ? '\u0002' : detail}\u0001${value ?? '\u0002'}`;
}

/**
 * A value of the input as a message shows it, never failing (a value without a string form, a
 * cycle) and never longer than a message needs: JSON when `json`, else the string itself.
 */
function shown(value: unknown, json: boolean): string {
  let text: string | undefined;
  try {
    text =
      (!json && (value === null || typeof value !== 'object')) ||
      typeof value === 'bigint' ||
      typeof value === 'symbol'
        ? String(value)
        : JSON.stringify(value);
  } catch {
    text = undefined;
  }
  text ??= Object.prototype.toString.call(value);
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}

/** Up to this many kept events of one instant, a duplicate is looked for by comparing with each. */
const SMALL_GROUP = 16;

/**
 * The id a ticket gives itself, as text, to name a ticket that could not be evaluated: its `id` when
 * that is a string or a number (valid or not), else null, also when reading it throws.
 *
 * @example
 * ticketIdOf({ id: 42, events: [] })
 * //=> '42'
 */
export function ticketIdOf(ticket: unknown): string | null {
  if (typeof ticket !== 'object' || ticket === null) return null;
  try {
    const id = (ticket as { id?: unknown }).id;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
  } catch {
    return null; // a getter that throws
  }
}

/**
 * Validates a ticket and returns its timeline; throws {@link TicketError} (or InvalidInstantError)
 * naming what is wrong and where (`events[3].at`), or a LimitError when it has more than
 * `maxEvents` events. `into` is a timeline to refill (the engine reuses one for every ticket).
 */
export function readTicket(
  input: unknown,
  into: Timeline = new Timeline(),
  maxEvents = Number.POSITIVE_INFINITY,
  names: StatusNames | undefined = undefined,
): Timeline {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('ticket_shape', { expected: 'ticket-object' }, []);
  }
  const ticket = input as TicketInput;
  const rawId = ticket.id;
  if (
    !((typeof rawId === 'string' && rawId !== '') || (typeof rawId === 'number' && Number.isFinite(rawId)))
  ) {
    throw new TicketError('ticket_id', { input: shown(rawId, true) }, ['id']);
  }
  const fields = ticket.fields ?? EMPTY_FIELDS;
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    return fail('ticket_shape', { expected: 'fields-object' }, ['fields']);
  }
  const raw = ticket.events;
  if (!Array.isArray(raw)) return fail('ticket_shape', { expected: 'events-list' }, ['events']);
  if (raw.length > maxEvents) exceed('ticketEvents', raw.length, maxEvents, ['events']);
  const timeline = into;
  timeline.length = 0;
  timeline.fieldChanges = false;
  timeline.unmapped = undefined;
  timeline.reserve(raw.length);
  const times = timeline.t;
  const orders = timeline.order;
  const types = timeline.type;
  const details = timeline.detail;
  const values = timeline.value;
  let created = Number.NaN;
  let createdIndex = -1;
  // Checked as the events are read: whether they come in order (usually), and the earliest instant.
  let sorted = true;
  let ties = false;
  let earliest = Number.POSITIVE_INFINITY;
  let touched = 0;
  for (let i = 0; i < raw.length; i++) touched ^= touch(raw[i]);
  timeline.touched = touched;
  for (let i = 0; i < raw.length; i++) {
    const e = raw[i] as TicketEventInput | undefined;
    if (typeof e !== 'object' || e === null)
      return fail('ticket_shape', { expected: 'event-objects' }, ['events', i]);
    let type = eventTypeOf(e.type);
    if (type === undefined) {
      throw new TicketError(
        'ticket_event_type',
        { type: shown(e.type, false), known: EVENT_TYPES.join(', ') },
        ['events', i, 'type'],
      );
    }
    const order = orderOf(type);
    const at = e.at;
    // Read the next event's instant text early: its memory is fetched while this event is read.
    let t = quickInstant(at);
    if (Number.isNaN(t)) t = parseInstant(at, ['events', i, 'at']); // other shapes, or the error
    let detail: string | undefined;
    let value: unknown;
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
          fail('ticket_event_field', { type, field: 'author', expected: 'author' }, ['events', i, 'author']);
        }
        detail = author === 'bot' ? 'bot' : 'agent';
        if (e.public === false) type = 'internal-note';
        break;
      }
      case 'status': {
        const status = ticketStatusOf(e.status) ?? otherStatus(e.status, i, names, timeline);
        detail = status;
        break;
      }
      case 'field-change':
        if (typeof e.field !== 'string' || e.field === '')
          fail('ticket_event_field', { type, field: 'field', expected: 'field-name' }, [
            'events',
            i,
            'field',
          ]);
        detail = e.field;
        value = e.value;
        timeline.fieldChanges = true;
        break;
      case 'milestone': {
        const name = e.name;
        if (typeof name !== 'string' || name === '')
          fail('ticket_event_field', { type, field: 'name', expected: 'milestone-name' }, [
            'events',
            i,
            'name',
          ]);
        detail = name;
        break;
      }
      case 'call-offered':
      case 'call-answered':
      case 'call-abandoned': {
        const callId = e.callId;
        if (callId !== undefined) {
          if (typeof callId !== 'string')
            fail('ticket_event_field', { type, field: 'callId', expected: 'call-id' }, [
              'events',
              i,
              'callId',
            ]);
          detail = callId;
        }
        break;
      }
      default:
        break;
    }
    if (i > 0) {
      const previous = times[i - 1]!;
      if (previous > t || (previous === t && orders[i - 1]! > order)) sorted = false;
      else if (previous === t) ties = true;
    }
    if (t < earliest) earliest = t;
    times[i] = t;
    orders[i] = order;
    timeline.index[i] = i;
    types[i] = type;
    details[i] = detail;
    values[i] = value;
  }
  timeline.length = raw.length;
  if (createdIndex < 0) throw new TicketError('ticket_created_missing', {}, ['events']);
  // The first event before creation in the caller's order (the columns are still in that order).
  for (let i = 0; i < raw.length && earliest < created; i++) {
    if (times[i]! < created) {
      throw new TicketError(
        'ticket_before_created',
        {
          type: types[i] === 'status' && details[i] !== UNMAPPED_STATUS ? details[i]! : types[i]!,
          at: String(raw[i]!.at),
          created: String(raw[createdIndex]!.at),
        },
        ['events', i],
      );
    }
  }
  timeline.id = String(rawId);
  // The ticket's own copy of its fields (own enumerable properties, read once, as object spread
  // reads them): results and explanations read it later, whatever the caller does to its object.
  timeline.fields = { ...fields };
  timeline.created = created;
  if (!sorted) {
    sortEvents(timeline);
    ties = true;
  }
  if (!ties) return timeline;
  // Drop exact duplicates (the same event delivered twice), keeping the first. The kept events of
  // one instant are compared one by one while they are few, then looked up by content.
  let kept = 0;
  let groupStart = 0;
  let groupKeys: Set<string> | undefined;
  for (let i = 0; i < timeline.length; i++) {
    if (kept === 0 || times[kept - 1] !== times[i]) {
      groupStart = kept;
      groupKeys = undefined;
    }
    let duplicate = false;
    if (kept - groupStart <= SMALL_GROUP) {
      for (let j = kept - 1; j >= groupStart; j--) {
        if (sameContent(timeline, j, i)) {
          duplicate = true;
          break;
        }
      }
    } else {
      if (groupKeys === undefined) {
        groupKeys = new Set();
        for (let j = groupStart; j < kept; j++) groupKeys.add(contentKey(timeline, j));
      }
      duplicate = groupKeys.has(contentKey(timeline, i));
    }
    if (!duplicate) {
      if (kept !== i) moveEvent(timeline, i, kept);
      groupKeys?.add(contentKey(timeline, kept));
      kept++;
    }
  }
  timeline.length = kept;
  return timeline;
}

/** Copies event `from` over event `to`. */
function moveEvent(timeline: Timeline, from: number, to: number): void {
  timeline.t[to] = timeline.t[from]!;
  timeline.order[to] = timeline.order[from]!;
  timeline.index[to] = timeline.index[from]!;
  timeline.type[to] = timeline.type[from]!;
  timeline.detail[to] = timeline.detail[from];
  timeline.value[to] = timeline.value[from];
}

/**
 * Sorts a timeline by instant, then by the order above, then as the caller gave them. Tickets have a
 * handful of events, often nearly in order: an insertion sort over the columns, with the comparison
 * inlined, beats the built-in sort's call per comparison there; long lists sort positions with the
 * built-in sort, then rearrange the columns.
 */
function sortEvents(timeline: Timeline): void {
  const { t, order, index, type, detail, value } = timeline;
  const n = timeline.length;
  if (n > 32) {
    const positions = Array.from({ length: n }, (_, i) => i);
    positions.sort((a, b) => t[a]! - t[b]! || order[a]! - order[b]! || index[a]! - index[b]!);
    const copy = {
      t: t.slice(0, n),
      order: order.slice(0, n),
      index: index.slice(0, n),
      type: type.slice(0, n),
      detail: detail.slice(0, n),
      value: value.slice(0, n),
    };
    for (let i = 0; i < n; i++) {
      const p = positions[i]!;
      t[i] = copy.t[p]!;
      order[i] = copy.order[p]!;
      index[i] = copy.index[p]!;
      type[i] = copy.type[p]!;
      detail[i] = copy.detail[p];
      value[i] = copy.value[p];
    }
    return;
  }
  for (let i = 1; i < n; i++) {
    const ti = t[i]!;
    const oi = order[i]!;
    const ii = index[i]!;
    if (t[i - 1]! < ti || (t[i - 1] === ti && order[i - 1]! <= oi)) continue; // already in place
    const typeI = type[i]!;
    const detailI = detail[i];
    const valueI = value[i];
    let j = i - 1;
    while (
      j >= 0 &&
      (ti < t[j]! || (ti === t[j] && (oi < order[j]! || (oi === order[j] && ii < index[j]!))))
    ) {
      moveEvent(timeline, j, j + 1);
      j--;
    }
    t[j + 1] = ti;
    order[j + 1] = oi;
    index[j + 1] = ii;
    type[j + 1] = typeI;
    detail[j + 1] = detailI;
    value[j + 1] = valueI;
  }
}
