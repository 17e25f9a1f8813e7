/**
 * `contract-terms draft`: the built binary on the agreement this project started from and on a
 * text it cannot fully read: where the draft and the findings go, and the exit codes.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContract } from '../../src/index.js';
import { expectNoStackTrace, run } from './support.js';

const AGREEMENT = 'tests/fixtures/draft/customer-service-2025.zh.txt';
const UNREADABLE = 'tests/fixtures/draft/unreadable.zh.txt';

describe('contract-terms draft', () => {
  it('writes the draft to -o and the findings to standard output; exit 0 when every sentence was read', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'draft-')), 'draft.yaml');
    const args = [
      'draft',
      AGREEMENT,
      '-o',
      out,
      '--signed-on',
      '2025-06-20',
      '--term',
      '2025-07-01..2026-06-30',
      '--value',
      'monthlyFee=50000.00',
    ];
    const result = await run(args);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /2\.1\(1\) +placeholder: channel chat or form: first response within 30 seconds/,
    );
    expect(result.stdout).toContain('not in the draft: the text has no late-payment term');
    expect(result.stdout).toMatch(
      /draft\.yaml: 7 service-level targets; 6 read, 14 placeholders to confirm, 2 assumed, 0 not understood/,
    );
    const contract = parseContract(readFileSync(out, 'utf8'));
    expect(contract.paymentSchedule().payments[0]!.dueDate).toBe('2025-06-23');
    const validate = await run(['validate', out]);
    expect(validate.code).toBe(0);
  });

  it('without -o, the draft goes to standard output and the findings to standard error', async () => {
    const result = await run(['draft', AGREEMENT, '--lang', 'zh']);
    expect(result.code).toBe(0);
    expect(parseContract(result.stdout).targets).toHaveLength(7);
    expect(result.stderr).toContain('缺少:values.monthlyFee');
    expect(result.stderr).toContain('模板示例值');
  });

  it('exits 1 when a sentence was not understood, and says which and why', async () => {
    const result = await run(['draft', UNREADABLE, '--json']);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    const problem = json.findings.find((f: { clause: string }) => f.clause === '2.2(1)');
    expect(problem).toMatchObject({ status: 'not-understood', sentence: '一般咨询应在一百五个工作日内解决' });
    expect(json.absent.map((a: { section: string }) => a.section)).toEqual(['lateFee', 'serviceCredits']);
    parseContract(json.yaml);
  });

  it('refuses bad options with a usage error', async () => {
    for (const args of [
      ['draft', AGREEMENT, '--term', '2025-07-01'],
      ['draft', AGREEMENT, '--value', 'monthlyFee'],
      ['draft', AGREEMENT, '--value', 'monthlyFe=1'],
      ['draft', 'no-such-file.txt'],
    ]) {
      const result = await run(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^contract-terms: error: /);
      expectNoStackTrace(result.stderr);
    }
  });
});
