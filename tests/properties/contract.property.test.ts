/**
 * safeParseContract on random and mutated definitions: it never throws, never reports an internal
 * error, and always answers quickly; and every issue it reports has a path and both languages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { type SafeParseContractResult, safeParseContract } from '../../src/index.js';
import { runs } from '../support/long-tests.js';

const referenceText = readFileSync(
  join(import.meta.dirname, '../../examples/customer-service.contract.yaml'),
  'utf8',
);
const multilingualText = readFileSync(
  join(import.meta.dirname, '../../examples/multilingual-desk.contract.yaml'),
  'utf8',
);
const references = [parseYaml(referenceText), parseYaml(multilingualText)];

function wellFormed(result: SafeParseContractResult): void {
  const issues = result.ok ? result.warnings : result.issues;
  if (!result.ok) expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(issue.code).not.toBe('internal_error');
    expect(issue.message.length).toBeGreaterThan(0);
    expect(issue.messageZh.length).toBeGreaterThan(0);
    expect(Array.isArray(issue.path)).toBe(true);
  }
}

function timed(input: unknown): SafeParseContractResult {
  const started = performance.now();
  const result = safeParseContract(input);
  expect(performance.now() - started).toBeLessThan(3000);
  return result;
}

/** Every path to a value in a JSON-like tree. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [prefix];
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push(...paths(v, [...prefix, i]));
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  }
  return out;
}

type Mutation = { kind: 'delete' } | { kind: 'replace'; value: unknown } | { kind: 'rename'; key: string };

function mutate(root: unknown, path: Array<string | number>, mutation: Mutation): unknown {
  const copy = structuredClone(root);
  if (path.length === 0) return mutation.kind === 'replace' ? mutation.value : copy;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (mutation.kind === 'replace') parent[last] = mutation.value;
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else if (mutation.kind === 'delete') delete parent[last];
  else {
    parent[mutation.key] = parent[last];
    delete parent[last];
  }
  return copy;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ kind: 'delete' as const }),
  fc.jsonValue({ maxDepth: 3 }).map((value) => ({ kind: 'replace' as const, value })),
  fc
    .constantFrom(
      '30 seconds',
      '2 working days',
      '1 month',
      '',
      'P1D',
      '4 business hours',
      '__proto__',
      'constructor',
      '2025-02-30',
      'Mars/Base',
      '50000.00',
      '-1',
    )
    .map((value) => ({ kind: 'replace' as const, value })),
  fc
    .constantFrom('__proto__', 'constructor', 'withn', 'typo')
    .map((key) => ({ kind: 'rename' as const, key })),
);

describe('safeParseContract never throws', () => {
  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => wellFormed(timed(value))),
      { numRuns: runs(500) },
    );
  });

  it('on arbitrary text (as YAML or JSON)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => wellFormed(timed(text))),
      { numRuns: runs(500) },
    );
  });

  it('on the examples with random mutations (several at once), as objects and as YAML text', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: references.length - 1 }),
        fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (which, edits, asText) => {
          let definition: unknown = references[which];
          for (const [pick, edit] of edits) {
            const all = paths(definition);
            definition = mutate(definition, all[pick % all.length]!, edit);
          }
          wellFormed(timed(asText ? toYaml(definition) : definition));
        },
      ),
      { numRuns: runs(400) },
    );
  });

  it('on YAML text cut at random points', () => {
    fc.assert(
      fc.property(fc.nat({ max: referenceText.length }), (cut) =>
        wellFormed(timed(referenceText.slice(0, cut))),
      ),
      { numRuns: runs(200) },
    );
  });
});
