/**
 * Results are a pure function of (contract, ticket, `at`): evaluating a ticket alone in a fresh
 * contract, in one `evaluateTickets` batch with others, and in a contract that has already evaluated
 * thousands of other tickets gives the same answers (compared as `toJSON()`), for random conditions
 * (over random fields, with `some` / `all` / `filter` / `merge` / `{"var": ""}`), random tickets
 * (reclassified mid-way or not) and random orders.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { type Contract, parseContract } from '../../src/index.js';
import { exprArb, literalArb } from '../support/condition-arbitraries.js';
import { runs } from '../support/long-tests.js';

const reference = parse(
  readFileSync(join(import.meta.dirname, '../../examples/customer-service.contract.yaml'), 'utf8'),
) as { targets: Array<Record<string, unknown>> };

const H = 3_600_000;
const FROM = Date.UTC(2025, 0, 6);
const TO = Date.UTC(2026, 9, 1);
const iso = (ms: number) => new Date(ms + 8 * H).toISOString().replace('Z', '+08:00');

const FIELDS = ['channel', 'category', 'priority', 'tags', 'n', 'customer'] as const;
const COMMON = ['chat', 'email', 'phone', 'general', 'complex', 'complaint', 'high', 'low', 0, -0, 1];
/** A few values, so that random tickets often agree on some fields and differ on others. */
const SMALL = ['email', 'high', 0, -0];

/**
 * Conditions that read one field by name and others only through the whole ticket (the shape of
 * the reproduction): a memory keyed on the named field alone would answer them wrongly.
 */
const wholeTicketArb = fc
  .tuple(
    fc.constantFrom(...FIELDS),
    fc.constantFrom(...SMALL),
    fc.constantFrom(...FIELDS),
    fc.constantFrom(...SMALL),
  )
  .map(([named, value, other, wanted]) => ({
    and: [
      { '==': [{ var: named }, value] },
      { some: [{ merge: [{ var: '' }] }, { '==': [{ var: other }, wanted] }] },
    ],
  }));

/**
 * The reference contract with random `appliesTo` conditions (some targets keep theirs, some apply
 * to all), drawn from `conditions`.
 */
const definitionOf = (conditions: fc.Arbitrary<unknown>) =>
  fc
    .array(fc.oneof(conditions, fc.constant(undefined), fc.constant('keep')), {
      minLength: reference.targets.length,
      maxLength: reference.targets.length,
    })
    .map((conditions) => {
      const targets = reference.targets.map((target, i) => {
        const condition = conditions[i];
        if (condition === 'keep') return target;
        const { appliesTo: _dropped, ...rest } = target;
        return condition === undefined ? rest : { ...rest, appliesTo: condition };
      });
      return stringify({ ...reference, targets });
    });

const valueArb = fc.oneof(
  { arbitrary: fc.constantFrom<unknown>(...SMALL), weight: 6 },
  { arbitrary: fc.constantFrom<unknown>(...COMMON), weight: 2 },
  { arbitrary: literalArb, weight: 1 },
  { arbitrary: fc.constantFrom<unknown>([], ['vip'], { tier: 'gold' }, null), weight: 1 },
);

const ticketArb = fc
  .record({
    fields: fc.dictionary(fc.constantFrom(...FIELDS), valueArb, { minKeys: 2, maxKeys: 6 }),
    created: fc.integer({ min: FROM, max: TO }),
    events: fc.array(
      fc.record({
        type: fc.constantFrom(
          'agent-reply',
          'customer-reply',
          'status',
          'field-change',
          'milestone',
          'call-offered',
          'call-answered',
        ),
        offset: fc.integer({ min: 0, max: 6 * 24 * H }),
        status: fc.constantFrom('open', 'awaiting-customer', 'solved'),
        field: fc.constantFrom(...FIELDS),
        value: valueArb,
        name: fc.constantFrom('preliminary-solution', 'investigation-done', 'result-communicated'),
      }),
      { maxLength: 6 },
    ),
    at: fc.option(fc.integer({ min: 0, max: 8 * 24 * H }), { nil: undefined }),
  })
  .map(({ fields, created, events, at }) => ({
    ticket: {
      id: 'P',
      fields,
      events: [
        { type: 'created', at: iso(created) },
        ...events.map((e) => {
          const base = { type: e.type, at: iso(created + e.offset) };
          if (e.type === 'status') return { ...base, status: e.status };
          if (e.type === 'field-change') return { ...base, field: e.field, value: e.value };
          if (e.type === 'milestone') return { ...base, name: e.name };
          return base;
        }),
      ],
    },
    at: at === undefined ? undefined : iso(created + at),
  }));

type Case =
  fc.Arbitrary<{ ticket: unknown; at: string | undefined }> extends fc.Arbitrary<infer T> ? T : never;

function judge(contract: Contract, c: Case): string {
  try {
    return JSON.stringify(contract.evaluateTicket(c.ticket as never, c.at === undefined ? {} : { at: c.at }));
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

function batch(contract: Contract, cases: readonly Case[]): string[] {
  // One batch per `at` (a batch has one): the cases with the same `at`, in their order.
  const out = new Array<string>(cases.length);
  const byAt = new Map<string | undefined, number[]>();
  cases.forEach((c, i) => {
    byAt.set(c.at, [...(byAt.get(c.at) ?? []), i]);
  });
  for (const [at, positions] of byAt) {
    const items = [
      ...contract.evaluateTickets(
        positions.map((i) => cases[i]!.ticket),
        at === undefined ? {} : { at },
      ),
    ];
    items.forEach((item, j) => {
      out[positions[j]!] = item.ok ? JSON.stringify(item.evaluation) : `error: ${item.error.message}`;
    });
  }
  return out;
}

describe('service-level results are pure functions of (contract, ticket, at)', () => {
  // A few random contracts, each of which first evaluates thousands of other random tickets.
  // Half with any conditions, half with only conditions a memory keyed on named fields would get wrong.
  const contracts = [
    ...fc.sample(definitionOf(fc.oneof(exprArb, wholeTicketArb)), { numRuns: runs(2), seed: 20251209 }),
    ...fc.sample(definitionOf(wholeTicketArb), { numRuns: runs(2), seed: 20251210 }),
  ];
  const warm = contracts.map((text) => {
    const contract = parseContract(text);
    for (const c of fc.sample(ticketArb, { numRuns: runs(3000), seed: 7 })) judge(contract, c);
    return contract;
  });

  it('alone in a fresh contract = in one batch = after thousands of others, in any order', () => {
    fc.assert(
      fc.property(
        fc.nat(contracts.length - 1),
        fc.array(ticketArb, { minLength: 1, maxLength: 8 }),
        fc.infiniteStream(fc.nat()),
        (which, cases, randoms) => {
          const text = contracts[which]!;
          const alone = cases.map((c) => judge(parseContract(text), c));
          // The same tickets shuffled, in one batch per `at`, in a fresh contract and in the warm one.
          const order = cases.map((_, i) => i);
          const it = randoms[Symbol.iterator]();
          for (let i = order.length - 1; i > 0; i--) {
            const j = it.next().value % (i + 1);
            [order[i], order[j]] = [order[j]!, order[i]!];
          }
          const shuffled = order.map((i) => cases[i]!);
          const inBatch = batch(parseContract(text), shuffled);
          const reused = shuffled.map((c) => judge(warm[which]!, c));
          order.forEach((original, position) => {
            expect(inBatch[position]).toBe(alone[original]);
            expect(reused[position]).toBe(alone[original]);
          });
        },
      ),
      { numRuns: runs(150) },
    );
  });

  it('a result read later is the result it was (no shared scratch behind it)', () => {
    const contract = warm[0]!;
    const cases = fc.sample(ticketArb, { numRuns: runs(200), seed: 11 });
    const results = cases.map((c) => {
      try {
        return contract.evaluateTicket(c.ticket as never, c.at === undefined ? {} : { at: c.at });
      } catch {
        return undefined;
      }
    });
    // Read only now, after every other evaluation: each must equal an evaluation read at once.
    results.forEach((result, i) => {
      if (result === undefined) return;
      expect(JSON.stringify(result)).toBe(judge(parseContract(contracts[0]!), cases[i]!));
    });
  });

  it('the issue reproduction: priority high then low, and low then high', () => {
    const targets = reference.targets.map((t) =>
      t.id === 'general-resolution'
        ? {
            ...t,
            appliesTo: {
              and: [
                { '==': [{ var: 'channel' }, 'email'] },
                { some: [{ merge: [{ var: '' }] }, { '==': [{ var: 'priority' }, 'high'] }] },
              ],
            },
          }
        : t,
    );
    const text = stringify({ ...reference, targets });
    const ticket = (priority: string) => ({
      id: priority,
      fields: { channel: 'email', priority },
      events: [{ type: 'created', at: '2025-10-13T10:00:00+08:00' }],
    });
    const applying = (contract: Contract, priority: string) =>
      contract
        .evaluateTicket(ticket(priority), { at: '2025-10-13T12:00:00+08:00' })
        .targets.map((t) => t.target);
    const highFirst = parseContract(text);
    expect(applying(highFirst, 'high')).toEqual(['email-first-reply', 'general-resolution']);
    expect(applying(highFirst, 'low')).toEqual(['email-first-reply']);
    const lowFirst = parseContract(text);
    expect(applying(lowFirst, 'low')).toEqual(['email-first-reply']);
    expect(applying(lowFirst, 'high')).toEqual(['email-first-reply', 'general-resolution']);
  });
});
