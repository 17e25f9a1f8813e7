/**
 * Messages speak the reader's words, never the validator's: every issue found in many broken
 * definitions (each value of the example definitions replaced by values of other kinds, each field
 * removed) is scanned, in English and Chinese, for schema-library jargon; and the messages the
 * issue that asked for this named are pinned.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { renderMessage } from '../src/errors/messages.js';
import { safeParseContract } from '../src/index.js';

/**
 * Words of a validator's vocabulary that mean nothing to someone writing a contract ("literal" and
 * "optional" are left out: plain English uses them, "a literal path", "an optional sign").
 */
const JARGON =
  /\b(record|union|enum|discriminat\w*|zod|tuple|nullable|undefined|NaN|bigint|regex|invalid_\w+|unrecognized\w*|strictObject|schema|nonnegative|int)\b/i;

/** The message without what is quoted or written as code (values, names and options may be anything). */
function prose(text: string): string {
  return text
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/'[^']*'/g, "''")
    .replace(/\{[^}]*\}/g, '{}')
    .replace(/`[^`]*`/g, '``');
}

const examples = join(import.meta.dirname, '../examples');
const load = (name: string) => parseYaml(readFileSync(join(examples, name), 'utf8'));

// biome-ignore lint/suspicious/noExplicitAny: definitions edited freely
type Json = any;

/** Every path to a value in a definition. */
function paths(value: Json, at: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [at];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((k) => paths(value[k], [...at, k]))];
}

function edited(
  root: Json,
  path: Array<string | number>,
  replace: (parent: Json, key: string | number) => void,
) {
  const copy = structuredClone(root);
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  replace(node, path[path.length - 1]!);
  return copy;
}

const WRONG: Json[] = [null, 95, 0.5, 'x', [], {}, true];

describe('no message speaks the validator’s jargon', () => {
  it('across broken variants of the example definitions', () => {
    const seen = new Map<string, string>();
    for (const file of [
      'sla-only.contract.yaml',
      'fees-only.contract.yaml',
      'customer-service.contract.yaml',
    ]) {
      const def = load(file);
      // The reference is large: its top-level sections and their direct fields are enough there.
      const all = paths(def).filter(
        (p) => p.length > 0 && (file !== 'customer-service.contract.yaml' || p.length <= 2),
      );
      for (const path of all) {
        const variants = [
          ...WRONG.map((wrong) => edited(def, path, (parent, key) => (parent[key] = wrong))),
          edited(def, path, (parent, key) => {
            if (Array.isArray(parent)) parent.splice(Number(key), 1);
            else delete parent[key];
          }),
        ];
        for (const variant of variants) {
          const result = safeParseContract(variant);
          if (result.ok) continue;
          for (const issue of result.issues) {
            seen.set(issue.message, issue.path.join('.'));
            seen.set(issue.messageZh, issue.path.join('.'));
          }
        }
      }
    }
    // Why this many: the scan must really have read a broad range of messages.
    expect(seen.size).toBeGreaterThan(60);
    const offending = [...seen].filter(([message]) => JARGON.test(prose(message)));
    expect(offending).toEqual([]);
  });

  it('for every kind of value a shape message can name', () => {
    const kinds = [
      'string',
      'number',
      'int',
      'boolean',
      'object',
      'array',
      'record',
      'null',
      'undefined',
      'duration',
    ];
    for (const expected of kinds) {
      for (const lang of ['en', 'zh'] as const) {
        const texts = [
          renderMessage('schema_required', { expected }, lang),
          renderMessage('schema_invalid_type', { expected, received: 'string' }, lang),
          renderMessage('schema_no_variant', { expected: [expected, 'object'], received: 'array' }, lang),
        ];
        for (const text of texts) expect(prose(text), text).not.toMatch(JARGON);
      }
    }
    // Why: the validator's own wording of a format it does not know is never shown.
    expect(renderMessage('schema_format', { detail: 'Invalid string: must match pattern /x/' }, 'en')).toBe(
      'is not written in the form this field takes',
    );
  });
});

describe('the messages that say what to write', () => {
  const issuesOf = (edit: (def: Json) => void) => {
    const def = load('customer-service.contract.yaml');
    edit(def);
    const result = safeParseContract(def);
    return result.ok ? [] : result.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('a percentage written as a number', () => {
    expect(issuesOf((def) => (def.serviceCredits.rules[0].tiers[0].below = 95))).toEqual([
      'serviceCredits.rules.0.tiers.0.below: 95 is written as a number: write percentages as text: "95%" (or "0.05%", "万分之五", "5‰")',
    ]);
    // A fraction is still a binary float, and said so.
    expect(issuesOf((def) => (def.lateFee.dailyRate = 0.0005))).toEqual([
      'lateFee.dailyRate: 0.0005 is a binary floating-point number: write rates and shares as strings ("0.05%", "0.0005", "万分之五", "95%")',
    ]);
  });

  it('an amount written as a whole number', () => {
    expect(issuesOf((def) => (def.fees.recurring[0].amount = 50000))).toEqual([
      'fees.recurring.0.amount: 50000 is written as a number: write amounts as text ("50000.00"), or as integer minor units in amountMinor',
    ]);
  });

  it('a late-fee cap: the shorthand is accepted, anything else names the accepted shapes', () => {
    expect(issuesOf((def) => (def.lateFee.cap = '20%'))).toEqual([]);
    const shapes =
      'write { shareOfOverdue: "20%" } (or just "20%") for a share of the overdue amount, or { amount: "5000.00" } (or { amountMinor: 500000 }) for a fixed amount';
    expect(issuesOf((def) => (def.lateFee.cap = '5000.00'))).toEqual([
      `lateFee.cap: "5000.00" is not a cap: ${shapes}`,
    ]);
    expect(issuesOf((def) => (def.lateFee.cap = 20))).toEqual([`lateFee.cap: 20 is not a cap: ${shapes}`]);
    expect(issuesOf((def) => (def.lateFee.cap = ['20%']))).toEqual([
      `lateFee.cap: ["20%"] is not a cap: ${shapes}`,
    ]);
  });

  it('a tier with no threshold or two', () => {
    expect(issuesOf((def) => (def.serviceCredits.rules[0].tiers[0] = { credit: '5%' }))).toEqual([
      'serviceCredits.rules.0.tiers.0: give exactly one threshold per tier: below ("below 95%": under 95%) or atOrBelow ("95% or lower"): neither is given',
    ]);
  });

  it('a section of the wrong kind names the kind in words', () => {
    expect(issuesOf((def) => (def.hours = ['24x7']))).toEqual([
      'hours: expected a map of names to values, got a list',
    ]);
  });
});
