/**
 * Reports merge exactly: random tickets split into random partitions, each partition's report
 * accumulated apart (and saved and restored as JSON), merged in a random order, give the state and
 * the report of all the tickets in one accumulator, byte for byte; also past the size where rows
 * switch to a sketch.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ComplianceAccumulator, type ComplianceOptions, parseContract } from '../../src/index.js';
import { ticketArb } from '../support/random-contracts.js';

const contract = parseContract(
  readFileSync(join(import.meta.dirname, '../../examples/customer-service.contract.yaml'), 'utf8'),
);

const ticketsArb = fc
  .array(
    fc.oneof(
      { weight: 12, arbitrary: ticketArb.map((t) => t.ticket) },
      fc.constant({ id: 'BAD', fields: 3 }),
    ),
    {
      maxLength: 25,
    },
  )
  .map((list) => list.map((t, i) => ({ ...t, id: `T${i % 7}-${i}` })));

const optionsArb: fc.Arbitrary<ComplianceOptions> = fc.record(
  {
    at: fc.constantFrom('2025-06-01T00:00:00+08:00', '2026-01-20T12:00:00+08:00', '2030-01-01T00:00:00Z'),
    groupBy: fc.constantFrom(
      ['target', 'channel', 'month'],
      ['channel'],
      ['target', 'priority'],
      ['month', 'category', 'target'],
      ['escalated'],
    ),
    listTickets: fc.boolean(),
    exactTimesUpTo: fc.integer({ min: 0, max: 4 }),
    percentiles: fc.constantFrom([50, 90, 95], [0, 100], [99.9]),
  },
  { requiredKeys: [] },
);

function accumulate(tickets: readonly unknown[], options: ComplianceOptions): ComplianceAccumulator {
  const acc = contract.complianceAccumulator(options);
  for (const item of contract.evaluateTickets(tickets)) acc.add(item);
  return acc;
}

describe('merging compliance reports', () => {
  it('the merged reports of random partitions equal the report of all tickets, in any merge order', () => {
    fc.assert(
      fc.property(
        ticketsArb,
        optionsArb,
        fc.array(fc.nat({ max: 3 }), { minLength: 25, maxLength: 25 }),
        fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
        fc.boolean(),
        (tickets, options, assignment, order, roundTrip) => {
          const whole = accumulate(tickets, options);
          const parts: unknown[][] = [[], [], [], []];
          for (let i = 0; i < tickets.length; i++) parts[assignment[i]!]!.push(tickets[i]);
          const accumulators = parts.map((part) => {
            const acc = accumulate(part, options);
            return roundTrip ? ComplianceAccumulator.fromJSON(JSON.parse(JSON.stringify(acc))) : acc;
          });
          // A random merge order: sort the partitions by random keys, fold into the first.
          const sorted = accumulators
            .map((acc, i) => ({ acc, key: order[i]! }))
            .sort((a, b) => a.key - b.key);
          const merged = sorted.slice(1).reduce((into, { acc }) => into.merge(acc), sorted[0]!.acc);
          expect(JSON.stringify(merged.toJSON())).toBe(JSON.stringify(whole.toJSON()));
          expect(JSON.stringify(merged.report())).toBe(JSON.stringify(whole.report()));
          // And the same after saving and restoring the merged state.
          const restored = ComplianceAccumulator.fromJSON(JSON.parse(JSON.stringify(merged)));
          expect(JSON.stringify(restored.report())).toBe(JSON.stringify(whole.report()));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives what complianceReport gives', () => {
    fc.assert(
      fc.property(ticketsArb, optionsArb, (tickets, options) => {
        expect(JSON.stringify(accumulate(tickets, options).report())).toBe(
          JSON.stringify(contract.complianceReport(contract.evaluateTickets(tickets), options)),
        );
      }),
      { numRuns: 30 },
    );
  });
});
