/**
 * Properties of ticket evaluation on random timelines of the reference contract.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseContract, type TicketEvaluation } from '../../src/index.js';
import { LONG_TESTS, runs } from '../support/long-tests.js';

const contract = parseContract(
  readFileSync(join(import.meta.dirname, '../../examples/customer-service.contract.yaml'), 'utf8'),
);
const H = 3_600_000;
const FROM = Date.UTC(2025, 6, 1);
const TO = Date.UTC(2026, 4, 1);

/** Writes an instant the way callers do, in Beijing time. */
const iso = (ms: number) => new Date(ms + 8 * H).toISOString().replace('Z', '+08:00');

interface Spec {
  channel: string;
  category: string;
  created: number;
  reply: number | null; // offset from created
  pauses: Array<[number, number]>; // offsets, non-overlapping, before the solve
  solve: number | null; // offset
  milestones: Array<[string, number]>;
}

const spec: fc.Arbitrary<Spec> = fc
  .record({
    channel: fc.constantFrom('chat', 'email', 'phone'),
    category: fc.constantFrom('general', 'complex', 'complaint'),
    created: fc.integer({ min: FROM, max: TO }),
    reply: fc.option(fc.integer({ min: 0, max: 10 * H })),
    cuts: fc.uniqueArray(fc.integer({ min: 1, max: 12 * 24 * H }), { maxLength: 6 }),
    solve: fc.option(fc.integer({ min: 1, max: 14 * 24 * H })),
    milestones: fc.array(
      fc.tuple(
        fc.constantFrom('preliminary-solution', 'investigation-done', 'result-communicated'),
        fc.integer({ min: 0, max: 14 * 24 * H }),
      ),
      { maxLength: 3 },
    ),
  })
  .map(({ cuts, solve, ...rest }) => {
    const sorted = [...cuts].sort((a, b) => a - b).filter((c) => solve === null || c < solve);
    const pauses: Array<[number, number]> = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) pauses.push([sorted[i]!, sorted[i + 1]!]);
    return { ...rest, pauses, solve };
  });

function ticketOf(s: Spec, id = 'P-1') {
  const events: Array<Record<string, unknown>> = [{ type: 'created', at: iso(s.created) }];
  if (s.channel === 'phone') events.push({ type: 'call-offered', at: iso(s.created) });
  if (s.reply !== null)
    events.push({
      type: s.channel === 'phone' ? 'call-answered' : 'agent-reply',
      at: iso(s.created + s.reply),
    });
  for (const [a, b] of s.pauses) {
    events.push({ type: 'status', status: 'awaiting-customer', at: iso(s.created + a) });
    events.push({ type: 'status', status: 'open', at: iso(s.created + b) });
  }
  for (const [name, t] of s.milestones) events.push({ type: 'milestone', name, at: iso(s.created + t) });
  if (s.solve !== null) events.push({ type: 'status', status: 'solved', at: iso(s.created + s.solve) });
  return { id, fields: { channel: s.channel, category: s.category }, events };
}

function statuses(evaluation: TicketEvaluation): Record<string, string> {
  return Object.fromEntries(evaluation.targets.map((t) => [t.target, t.status]));
}

const at = fc.option(fc.integer({ min: 0, max: 20 * 24 * H }), { nil: undefined });
// A third of the cases by default, not a tenth: fc.pre skips many, and each property checks it was
// not vacuous (the file takes a fraction of a second).
const RUNS = { numRuns: LONG_TESTS ? 300 : 100 };

function evaluate(s: Spec, atOffset: number | undefined, id?: string) {
  return contract.evaluateTicket(
    ticketOf(s, id) as never,
    atOffset === undefined ? {} : { at: s.created + atOffset },
  );
}

describe('service-level properties (random timelines of the reference contract)', () => {
  it('adding a pause never makes a met target breached', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        spec,
        fc.integer({ min: 0, max: 12 * 24 * H }),
        fc.integer({ min: 1, max: 3 * 24 * H }),
        at,
        (s, start, length, atOffset) => {
          const end = start + length;
          fc.pre(s.solve === null || end < s.solve);
          fc.pre(s.pauses.every(([a, b]) => end < a || start > b));
          const before = statuses(evaluate(s, atOffset));
          const withPause = {
            ...s,
            pauses: [...s.pauses, [start, end] as [number, number]].sort((x, y) => x[0] - y[0]),
          };
          const after = statuses(evaluate(withPause, atOffset));
          for (const [target, status] of Object.entries(before)) {
            if (status !== 'met') continue;
            checked++;
            expect(after[target], target).toBe('met');
          }
        },
      ),
      RUNS,
    );
    expect(checked).toBeGreaterThan(RUNS.numRuns / 6); // the property was not vacuous (50 of 300)
  });

  it('a later stop never turns breached into met', () => {
    let checked = 0;
    fc.assert(
      fc.property(spec, fc.integer({ min: 1, max: 5 * 24 * H }), at, (s, delay, atOffset) => {
        fc.pre(s.reply !== null || s.solve !== null);
        const later: Spec = {
          ...s,
          reply: s.reply === null ? null : s.reply + delay,
          solve: s.solve === null ? null : s.solve + delay,
        };
        const before = statuses(evaluate(s, atOffset));
        const after = statuses(evaluate(later, atOffset));
        for (const [target, status] of Object.entries(before)) {
          if (status !== 'breached') continue;
          checked++;
          expect(after[target], target).not.toBe('met');
        }
      }),
      RUNS,
    );
    expect(checked).toBeGreaterThan(RUNS.numRuns / 6);
  });

  it('the result does not depend on the order or duplication of events', () => {
    fc.assert(
      fc.property(spec, at, fc.infiniteStream(fc.nat()), fc.nat(), (s, atOffset, randoms, dup) => {
        const ticket = ticketOf(s);
        const shuffled = [...ticket.events];
        const it = randoms[Symbol.iterator]();
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = it.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        shuffled.push({ ...shuffled[dup % shuffled.length]! });
        const options = atOffset === undefined ? {} : { at: s.created + atOffset };
        const a = JSON.stringify(contract.evaluateTicket(ticket as never, options));
        const b = JSON.stringify(contract.evaluateTicket({ ...ticket, events: shuffled } as never, options));
        expect(b).toBe(a);
      }),
      RUNS,
    );
  });

  it('evaluating again after adding an event equals evaluating all events at once', () => {
    fc.assert(
      fc.property(spec, at, (s, atOffset) => {
        const ticket = ticketOf(s);
        fc.pre(ticket.events.length > 1); // the partial ticket needs its created event
        const options = atOffset === undefined ? {} : { at: s.created + atOffset };
        const last = ticket.events[ticket.events.length - 1]!;
        const partial = { ...ticket, events: ticket.events.slice(0, -1) };
        contract.evaluateTicket(partial as never, options); // an earlier evaluation leaves nothing behind
        const incremental = contract.evaluateTicket(
          { ...partial, events: [...partial.events, last] } as never,
          options,
        );
        expect(JSON.stringify(incremental)).toBe(
          JSON.stringify(contract.evaluateTicket(ticket as never, options)),
        );
      }),
      { numRuns: runs(100) },
    );
  });

  it('streaming equals one by one, and a bad ticket loses no other result', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            spec.map((s) => ticketOf(s)),
            fc.constant({ id: 'bad', events: [{ type: 'created', at: '2025-10-09T10:00' }] }),
          ),
          { maxLength: 20 },
        ),
        (tickets) => {
          const streamed = [...contract.evaluateTickets(tickets)];
          expect(streamed.length).toBe(tickets.length);
          streamed.forEach((item, i) => {
            expect(item.index).toBe(i);
            if (item.ok)
              expect(JSON.stringify(item.evaluation)).toBe(
                JSON.stringify(contract.evaluateTicket(tickets[i]! as never)),
              );
            else expect(() => contract.evaluateTicket(tickets[i]! as never)).toThrow(item.error.message);
          });
        },
      ),
      { numRuns: runs(100) },
    );
  });

  it('async streaming gives the same items', async () => {
    const tickets = fc.sample(spec, 30).map((s, i) => ticketOf(s, `A-${i}`));
    async function* source() {
      for (const t of tickets) yield t;
    }
    const items = [];
    for await (const item of contract.evaluateTickets(source())) items.push(item);
    expect(JSON.stringify(items)).toBe(JSON.stringify([...contract.evaluateTickets(tickets)]));
  });
});
