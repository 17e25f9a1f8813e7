/**
 * Scenario files (tests/scenarios/*.yaml): a contract, a ticket timeline, an optional `at`, and the
 * expected results with the reason in words, so that a person who does not read code can check them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { type Contract, parseContract, type TargetEvaluation } from '../src/index.js';
import { regionCalendar } from '../src/regions.js';

const folder = join(import.meta.dirname, 'scenarios');
const contracts = new Map<string, Contract>();
function contract(name: string): Contract {
  let found = contracts.get(name);
  if (found === undefined) {
    found = parseContract(
      readFileSync(join(import.meta.dirname, `../examples/${name}.contract.yaml`), 'utf8'),
      { regionCalendar }, // the multilingual desk's hours run on US and Japanese holidays
    );
    contracts.set(name, found);
  }
  return found;
}

interface Expectation {
  target: string;
  why?: string;
  cycles?: number;
  [field: string]: unknown;
}

interface Case {
  contract?: string;
  ticket: { id: string; fields?: Record<string, unknown>; events: unknown[] };
  at?: string;
  expect: Expectation[];
}

for (const file of readdirSync(folder).filter((f) => f.endsWith('.yaml'))) {
  const scenario = parseYaml(readFileSync(join(folder, file), 'utf8')) as Case & {
    title: string;
    tickets?: Case[];
  };
  const cases: Case[] = scenario.tickets ?? [scenario];
  describe(`${file}: ${scenario.title}`, () => {
    for (const c of cases) {
      const name = c.contract ?? scenario.contract!;
      it(`${c.ticket.id}${c.at ? ` as of ${c.at}` : ''}`, () => {
        const evaluation = contract(name).evaluateTicket(
          c.ticket as never,
          c.at === undefined ? {} : { at: c.at },
        );
        for (const { target, why, cycles, ...fields } of c.expect) {
          const result = evaluation.targets.find((t) => t.target === target) as TargetEvaluation | undefined;
          expect(result, `${target} should be evaluated (${why ?? ''})`).toBeDefined();
          const actual = Object.fromEntries(Object.keys(fields).map((k) => [k, (result as never)[k]]));
          expect(actual, `${target}: ${why ?? ''}`).toEqual(fields);
          if (cycles !== undefined) expect(result!.cycles.length).toBe(cycles);
          expect(result!.explanation.text().length).toBeGreaterThan(0);
        }
      });
    }
  });
}
