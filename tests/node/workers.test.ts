/**
 * contract-terms/node (the built entry, dist/node.js, and its workers' script): evaluations on
 * worker threads are those of one thread, one per ticket in input order, and the report is the
 * one-thread report to the byte, for random selections of tickets and random chunk sizes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticTickets } from '../../bench/tickets.js';
import { parseContract } from '../../src/index.js';

const root = join(import.meta.dirname, '../..');
const text = readFileSync(join(root, 'examples/customer-service.contract.yaml'), 'utf8');
const contract = parseContract(text);
const node = () => import(join(root, 'dist/node.js')) as Promise<typeof import('../../src/node/index.js')>;
const pool = [
  ...syntheticTickets(0, 400),
  { id: 'bad', fields: 'oops' },
  null,
  ...readFileSync(join(root, 'examples/tickets.jsonl'), 'utf8')
    .split('\n')
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as unknown];
      } catch {
        return [];
      }
    }),
];

describe('contract-terms/node', () => {
  it('evaluateTickets on workers: one item per ticket, in order, as one thread evaluates it', async () => {
    const { evaluateTickets } = await node();
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(pool, { minLength: 1 }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom(undefined, '2026-01-01T00:00:00+08:00'),
        async (tickets, chunkSize, at) => {
          const options = at === undefined ? {} : { at };
          const items = [];
          for await (const item of evaluateTickets({ text }, tickets, { workers: 2, chunkSize, ...options }))
            items.push(item);
          const expected = [...contract.evaluateTickets(tickets, options)];
          expect(items.map((item) => item.index)).toEqual(expected.map((_, i) => i));
          expect(JSON.stringify(items)).toBe(JSON.stringify(expected));
        },
      ),
      { numRuns: 6 },
    );
  });

  it('complianceReport on workers is the report of one thread, to the byte', async () => {
    const { complianceReport } = await node();
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(pool, { minLength: 1 }),
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 2, max: 3 }),
        fc.constantFrom({}, { month: '2025-10' }, { at: '2026-01-01T00:00:00+08:00', listTickets: true }),
        async (tickets, chunkSize, workers, options) => {
          const parallel = await complianceReport({ text }, tickets, { workers, chunkSize, ...options });
          const one = contract.complianceReport(contract.evaluateTickets(tickets), options);
          expect(JSON.stringify(parallel)).toBe(JSON.stringify(one));
        },
      ),
      { numRuns: 6 },
    );
  });

  it('takes a definition naming a region calendar, in this thread and on workers (regions loaded on demand)', async () => {
    const { complianceReport, evaluateTickets } = await node();
    const file = join(root, 'examples/multilingual-desk.contract.yaml');
    const regional = readFileSync(file, 'utf8');
    const { regionCalendar } = await import('../../src/regions.js');
    const expected = parseContract(regional, { regionCalendar });
    const tickets = pool.slice(0, 120);
    for (const workers of [1, 2]) {
      const items = [];
      for await (const item of evaluateTickets({ text: regional, file }, tickets, { workers, chunkSize: 25 }))
        items.push(item);
      expect(JSON.stringify(items)).toBe(JSON.stringify([...expected.evaluateTickets(tickets)]));
      const report = await complianceReport({ text: regional, file }, tickets, { workers, chunkSize: 25 });
      expect(JSON.stringify(report)).toBe(
        JSON.stringify(expected.complianceReport(expected.evaluateTickets(tickets))),
      );
    }
  });

  it('parses the definition before starting a worker: its mistakes are the caller’s error', async () => {
    const { complianceReport } = await node();
    await expect(complianceReport({ text: 'id: [' }, [], { workers: 2 })).rejects.toThrow();
    await expect(complianceReport({ text }, [], { workers: 0 })).rejects.toThrow(/workers/);
  });
});
