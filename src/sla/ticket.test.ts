import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../tests/support/linear-time.js';
import { LONG_TESTS } from '../../tests/support/long-tests.js';
import { TicketError } from '../errors/errors.js';
import { EVENT_TYPES, TICKET_STATUSES } from './target.js';
import { readTicket, statusKey, UNMAPPED_STATUS } from './ticket.js';

const created = { type: 'created', at: '2025-10-09T10:00:00+08:00' };

/** A string with the same characters that is not the interned constant (as JSON.parse returns). */
const fresh = (text: string) => JSON.parse(JSON.stringify({ text })).text as string;

function errorOf(ticket: unknown): TicketError {
  try {
    readTicket(ticket);
  } catch (error) {
    if (error instanceof TicketError) return error;
    throw error;
  }
  throw new Error('expected a TicketError');
}

describe('readTicket', () => {
  it('reads every event type and status, from strings built at run time too', () => {
    for (const type of EVENT_TYPES) {
      const at = type === 'created' ? created.at : '2025-10-09T11:00:00+08:00';
      const event: Record<string, unknown> = { type: fresh(type), at };
      if (type === 'status') event.status = 'open';
      if (type === 'field-change') Object.assign(event, { field: 'priority', value: 'high' });
      if (type === 'milestone') event.name = 'investigation-done';
      const timeline = readTicket({ id: 1, events: [created, event] });
      expect(timeline.events.map((e) => e.type)).toContain(type);
    }
    for (const status of TICKET_STATUSES) {
      const timeline = readTicket({
        id: 1,
        events: [created, { type: 'status', status: fresh(status), at: '2025-10-09T11:00:00+08:00' }],
      });
      expect(timeline.events[1]!.status).toBe(status);
    }
  });

  it.each([
    'Created',
    'statuz',
    'call-offerex',
    'field-chang3',
    'internal_note',
    'customer-replx',
    'call-abandone',
    '',
  ])('rejects the event type %j, naming the known ones', (type) => {
    const error = errorOf({ id: 'T1', events: [created, { type, at: '2025-10-09T11:00:00+08:00' }] });
    expect(error.code).toBe('ticket_event_type');
    expect(error.path).toEqual(['events', 1, 'type']);
    expect(error.message).toContain('call-abandoned');
  });

  it.each([
    ['Open', 'open'],
    ['closeD', 'closed'],
    ['ＳＯＬＶＥＤ', 'solved'], // full width
    [' on-hold ', 'on-hold'],
  ])('reads the status %j as %j: names compare case and width insensitive', (status, expected) => {
    const timeline = readTicket({
      id: 'T1',
      events: [created, { type: 'status', status, at: '2025-10-09T11:00:00+08:00' }],
    });
    expect(timeline.events[1]!.status).toBe(expected);
    expect(timeline.unmapped).toBeUndefined();
  });

  it.each(['solvd', 'awaiting_customer', 'on hold', 'Converted'])(
    'ignores the status %j that no name maps, and remembers it once',
    (status) => {
      const timeline = readTicket({
        id: 'T1',
        events: [
          created,
          { type: 'status', status, at: '2025-10-09T11:00:00+08:00' },
          { type: 'status', status, at: '2025-10-09T12:00:00+08:00' },
        ],
      });
      // Why: the event stays in the timeline but stands for no status; the name is kept for reports.
      expect(timeline.detail[1]).toBe(UNMAPPED_STATUS);
      expect(timeline.unmapped).toEqual([status]);
    },
  );

  it('maps the names of a vocabulary, and still refuses a status that is not text', () => {
    const names = new Map([[statusKey('Replied'), 'awaiting-customer' as const]]);
    const timeline = readTicket(
      { id: 'T1', events: [created, { type: 'status', status: 'REPLIED', at: '2025-10-09T11:00:00+08:00' }] },
      undefined,
      undefined,
      names,
    );
    expect(timeline.events[1]!.status).toBe('awaiting-customer');
    const error = errorOf({
      id: 'T1',
      events: [created, { type: 'status', status: 3 as never, at: '2025-10-09T11:00:00+08:00' }],
    });
    expect(error.code).toBe('ticket_status_unknown');
    expect(error.path).toEqual(['events', 1, 'status']);
  });

  it('sorts by instant, then by the documented order at the same instant, and drops exact duplicates', () => {
    const at = '2025-10-09T11:00:00+08:00';
    const timeline = readTicket({
      id: 'T1',
      events: [
        { type: 'status', status: 'awaiting-customer', at },
        { type: 'agent-reply', at },
        { type: 'customer-reply', at },
        created,
        { type: 'agent-reply', at },
        { type: 'customer-reply', at: '2025-10-09T10:30:00+08:00' },
      ],
    });
    expect(timeline.events.map((e) => `${e.type}@${e.index}`)).toEqual([
      'created@3',
      'customer-reply@5',
      'customer-reply@2',
      'agent-reply@1',
      'status@0',
    ]);
  });

  it('keeps a bot reply and an agent reply at the same instant apart', () => {
    const at = '2025-10-09T11:00:00+08:00';
    const timeline = readTicket({
      id: 'T1',
      events: [created, { type: 'agent-reply', at, author: 'bot' }, { type: 'agent-reply', at }],
    });
    expect(timeline.events.map((e) => e.author)).toEqual([undefined, 'bot', 'agent']);
  });

  it('rejects an impossible timeline, naming the event', () => {
    expect(errorOf({ id: 'T1', events: [{ type: 'agent-reply', at: 0 }] }).code).toBe(
      'ticket_created_missing',
    );
    const before = errorOf({
      id: 'T1',
      events: [created, { type: 'status', status: 'solved', at: '2025-10-09T09:59:59.999+08:00' }],
    });
    expect(before.code).toBe('ticket_before_created');
    expect(before.path).toEqual(['events', 1]);
    expect(before.message).toContain('solved at 2025-10-09T09:59:59.999+08:00');
    const twice = errorOf({ id: 'T1', events: [created, { type: 'created', at: 5 }] });
    expect(twice.code).toBe('ticket_created_twice');
  });

  it('reports the first event before creation in the caller’s order, whatever the sorting', () => {
    const error = errorOf({
      id: 'T1',
      events: [
        created,
        { type: 'customer-reply', at: '2025-10-09T09:00:00+08:00' },
        { type: 'agent-reply', at: '2025-10-09T08:00:00+08:00' },
      ],
    });
    expect(error.path).toEqual(['events', 1]);
  });

  it('names the instant that cannot be read', () => {
    expect(() =>
      readTicket({ id: 'T1', events: [created, { type: 'agent-reply', at: '2025-10-09T11:00' }] }),
    ).toThrow(/no UTC offset/);
  });

  it('orders any list of events as a plain sort by instant, order and position would (short and long lists)', () => {
    const order: Record<string, number> = { 'field-change': 1, 'call-offered': 3, milestone: 6 };
    const event = fc.record({
      type: fc.constantFrom('field-change', 'call-offered', 'milestone'),
      t: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (list) => {
        // Distinct names keep every event (no duplicates to drop).
        const events = [
          { type: 'created', at: 0 },
          ...list.map((e, i) => ({
            type: e.type,
            at: e.t * 1000,
            name: `m${i}`,
            field: 'priority',
            value: i,
            callId: `c${i}`,
          })),
        ];
        const expected = events
          .map((e, index) => ({ index, t: e.at, order: e.type === 'created' ? 0 : order[e.type]! }))
          .sort((a, b) => a.t - b.t || a.order - b.order || a.index - b.index)
          .map((e) => e.index);
        expect(readTicket({ id: 1, events }).events.map((e) => e.index)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('readTicket: within its limits, in linear time', () => {
  it('refuses more events than the limit, naming it', () => {
    const events = Array.from({ length: 11 }, (_, i) => ({
      type: i === 0 ? 'created' : 'agent-reply',
      at: i,
    }));
    expect(readTicket({ id: 1, events }, undefined, 11).length).toBe(11);
    expect(() => readTicket({ id: 1, events }, undefined, 10)).toThrow(
      'events: the ticket has 11 events, over the limit of 10 events (ticketEvents); raise it with the option limits.ticketEvents or --limit ticketEvents=N',
    );
  });

  it.runIf(LONG_TESTS)(
    'drops duplicate deliveries among many events of one instant by content, not by comparing each pair',
    async () => {
      const events = (n: number) => [
        { type: 'created', at: 0 },
        ...Array.from({ length: n }, (_, i) => ({
          type: 'field-change',
          at: 1,
          field: 'f',
          value: { n: i % (n / 2) },
        })),
      ];
      expect(readTicket({ id: 1, events: events(40) }).length).toBe(21);
      const time = (n: number) => {
        const list = events(n);
        const started = performance.now();
        expect(readTicket({ id: 1, events: list }).length).toBe(n / 2 + 1);
        return performance.now() - started;
      };
      // About 10 (n log n); comparing each pair would be about 100.
      expect(await growthRatio(time, 4_000)).toBeLessThan(40);
    },
  );

  it('names what is wrong with an event without failing on a value that has no text', () => {
    const odd = Object.create(null);
    expect(() => readTicket({ id: 1, events: [{ type: odd, at: 0 }] })).toThrow(
      /"\{\}" is not an event type/,
    );
    expect(() => readTicket({ id: { x: 'y'.repeat(1_000) }, events: [] })).toThrow(/got \{"x":"y+…$/);
  });
});
