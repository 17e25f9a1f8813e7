/**
 * The examples: the valid ones parse cleanly and validate against the committed JSON Schema (so
 * editors check them too); the invalid ones report exactly the expected issues; the JSON Schema
 * is what the zod schema generates today.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { reportFor } from '../scripts/invalid-examples.js';
import { renderJsonSchema } from '../scripts/json-schema-source.js';
import { parseContract, safeParseContract } from '../src/index.js';
import { regionCalendar } from '../src/regions.js';

const root = join(import.meta.dirname, '..');
const examples = join(root, 'examples');
const invalid = join(examples, 'invalid');
const valid = readdirSync(examples).filter((f) => f.endsWith('.contract.yaml'));
const jsonSchemaText = readFileSync(join(root, 'schemas/contract.schema.json'), 'utf8');

describe('the JSON Schema in schemas/', () => {
  it('is what the zod schema generates (run `npm run generate` after changing src/contract/schema.ts)', () => {
    expect(jsonSchemaText).toBe(renderJsonSchema());
  });

  const ajv = new Ajv2020({ allErrors: true, strict: false });
  // The formats the schema uses, checked as an editor would (and without ajv's "unknown format" noise).
  ajv.addFormat('date', (text: string) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (match === null) return false;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  });
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
  const validate = ajv.compile(JSON.parse(jsonSchemaText));

  it.each(valid)('accepts %s', (file) => {
    const ok = validate(parseYaml(readFileSync(join(examples, file), 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('flags in the editor what the library refuses: a typo and a float amount', () => {
    const definition = parseYaml(readFileSync(join(examples, 'customer-service.contract.yaml'), 'utf8'));
    definition.targets[0].withn = definition.targets[0].within;
    definition.fees.recurring[0].amount = 50000.5;
    expect(validate(definition)).toBe(false);
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    expect(paths).toContain('/targets/0');
    expect(paths).toContain('/fees/recurring/0/amount');
  });
});

describe('valid examples', () => {
  it.each(valid)('%s parses without issues and cites a clause for every term', (file) => {
    const text = readFileSync(join(examples, file), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=\.\.\/schemas\/contract\.schema\.json/);
    const result = safeParseContract(text, { regionCalendar });
    expect(result.ok ? [] : result.issues).toEqual([]);
    const contract = parseContract(text, { regionCalendar });
    expect(contract.warnings).toEqual([]);
    for (const target of contract.targets) expect(target.clause).not.toBe('');
  });
});

describe('invalid examples report exactly the expected issues', () => {
  const files = readdirSync(invalid).filter((f) => f.endsWith('.contract.yaml'));
  it('has examples', () => expect(files.length).toBeGreaterThanOrEqual(5));
  it.each(files)('%s', (file) => {
    const expected = readFileSync(join(invalid, file.replace(/\.contract\.yaml$/, '.expected.txt')), 'utf8');
    expect(reportFor(file, readFileSync(join(invalid, file), 'utf8'))).toBe(expected);
  });
});
