/**
 * The library's own strings: the one place that turns a string from outside (JSON, YAML) into the
 * library's constant for it.
 *
 * Invariant: every string the engine branches on per event or per target (an event type, a ticket
 * status, a measure's kind, onReopen, onReclassify) is, once read, the very constant the library
 * spells in its own source (the literals of sla/target.ts), never a copy read from the input. The
 * engine is correct without it (=== compares contents); it is what makes those comparisons cheap:
 * docs/performance.md ("The library's own strings") says why and what it was measured at. Tickets
 * are read with {@link eventTypeOf} and {@link ticketStatusOf} (sla/ticket.ts), definitions with
 * {@link ownString} (contract/assemble.ts); nothing else relies on a string's identity.
 */
import { type EventType, TICKET_STATUSES, type TicketStatus } from './target.js';

/** The literal among `literals` equal to `value` (the library's own string), else `value` itself. */
export function ownString<T extends string>(value: T, literals: readonly T[]): T {
  for (const literal of literals) if (literal === value) return literal;
  return value;
}

/**
 * The library's own string for an event type, or undefined for a type it does not know. Picks the
 * one candidate a string can be from its length and second character, then compares once.
 */
export function eventTypeOf(type: unknown): EventType | undefined {
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

/** The library's own string for a ticket status as written, or undefined for any other text. */
export function ticketStatusOf(status: unknown): TicketStatus | undefined {
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

/** The built-in status names, by themselves (what a ticket's status is looked up in first). */
export const BUILT_IN_NAMES: ReadonlyMap<string, TicketStatus> = new Map(TICKET_STATUSES.map((s) => [s, s]));
