/**
 * Bad input: a missing file, invalid YAML, a JSONL line that is not JSON, a ticket with an impossible
 * timeline, wrong arguments. Each gives the documented one-line message and exit code, never a
 * stack trace, and no other ticket loses its result.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTRACT,
  expectNoStackTrace,
  expectTranscript,
  jsonLines,
  run,
  TICKETS,
  transcript,
} from './support.js';

const scratch = mkdtempSync(join(tmpdir(), 'contract-terms-cli-'));

describe('files that cannot be read: exit code 2', () => {
  it.each([
    [['validate', 'missing.contract.yaml'], 'missing.contract.yaml'],
    [['evaluate', 'missing.contract.yaml', TICKETS], 'missing.contract.yaml'],
    [['evaluate', CONTRACT, 'missing.jsonl'], 'missing.jsonl'],
    [['report', CONTRACT, 'missing.jsonl', '--month', '2025-10'], 'missing.jsonl'],
    [['payments', CONTRACT, '--paid', 'missing.csv', '--as-of', '2025-12-01'], 'missing.csv'],
  ])('%j', async (args, file) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`contract-terms: error: cannot read ${file}: no such file\n`);
  });

  it('a directory', async () => {
    const result = await run(['evaluate', CONTRACT, 'examples']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('contract-terms: error: cannot read examples: it is a directory\n');
  });

  it('the transcript, in Chinese', async () => {
    const args = ['evaluate', CONTRACT, 'missing.jsonl', '--lang', 'zh'];
    const result = await run(args);
    expectTranscript('error-missing-file-zh', transcript(args, result));
  });
});

describe('an invalid contract given to another command: exit code 2, with every issue', () => {
  it.each([
    ['error-invalid-yaml', ['evaluate', 'examples/invalid/yaml-syntax.contract.yaml', TICKETS]],
    ['error-invalid-contract', ['payments', 'examples/invalid/bad-references.contract.yaml']],
  ])('%s', async (name, args) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^contract-terms: error: the contract examples\/invalid\/\S+ is invalid \(\d+ errors?\)/,
    );
    expectNoStackTrace(result.stderr);
    expectTranscript(name, transcript(args, result));
  });
});

describe('bad lines of a JSONL file: an error for that line, every other ticket evaluated', () => {
  const ticket = (id: string, created: string, reply: string) =>
    JSON.stringify({
      id,
      fields: { channel: 'chat', category: 'general' },
      events: [
        { type: 'created', at: created },
        { type: 'agent-reply', at: reply },
      ],
    });
  const file = join(scratch, 'mixed.jsonl');
  writeFileSync(
    file,
    [
      `\uFEFF${ticket('A', '2025-10-09T10:00:00+08:00', '2025-10-09T10:00:10+08:00')}`,
      '',
      '{"id": "B", "fields": {"channel": "chat"}, "events": [',
      `${ticket('C', '2025-10-09T11:00:00+08:00', '2025-10-09T11:00:50+08:00')}\r`,
      '   ',
      ticket('D', '2025-10-09T12:00:00+08:00', '2025-10-09T11:59:00+08:00'),
      '[1, 2, 3]',
      JSON.stringify({ id: 'F', events: [{ type: 'created', at: '2025-10-09T12:00:00' }] }),
      ticket('G', '2025-10-09T13:00:00+08:00', '2025-10-09T13:00:05+08:00'),
    ].join('\n'),
  );

  it('each result carries its input line number', async () => {
    const result = await run(['evaluate', CONTRACT, file]);
    expect(result.code).toBe(1);
    expectNoStackTrace(result.stderr);
    const lines = jsonLines(result.stdout);
    expect(lines.map((l) => [l.line, l.ok, l.ticketId])).toEqual([
      [1, true, 'A'],
      [3, false, null],
      [4, true, 'C'],
      [6, false, 'D'],
      [7, false, null],
      [8, false, 'F'],
      [9, true, 'G'],
    ]);
    const errors = lines
      .filter((l) => !l.ok)
      .map((l) => l.error as { code: string; message: string; path: unknown[] });
    expect(errors[0]).toEqual({
      code: 'not_json',
      message: 'the line is not valid JSON: {"id": "B", "fields": {"channel": "chat…',
      path: [],
    });
    expect(errors[1]).toMatchObject({ code: 'ticket_before_created', path: ['events', 1] });
    expect(errors[1]!.message).toMatch(/^events\[1\]: impossible timeline: /);
    expect(errors[2]).toMatchObject({ code: 'ticket_shape', path: [] });
    expect(errors[3]).toMatchObject({ code: 'invalid_instant', path: ['events', 0, 'at'] });
    const targets = (id: string) =>
      lines.find((l) => l.ticketId === id)!.targets as Array<{ status: string }>;
    expect(targets('A')[0]!.status).toBe('met');
    expect(targets('C')[0]!.status).toBe('breached');
    expect(result.stderr).toContain('failed tickets (4):');
    expect(result.stderr).toContain('  line 3: [not_json] the line is not valid JSON: ');
  });

  it('the report counts the good tickets and lists the bad lines', async () => {
    const result = await run(['report', CONTRACT, file, '--json']);
    expect(result.code).toBe(1);
    const out = JSON.parse(result.stdout);
    expect(out.tickets).toEqual({ read: 7, evaluated: 3, failed: 4 });
    expect(out.failures.map((f: { line: number }) => f.line)).toEqual([3, 6, 7, 8]);
  });

  it('the example file: the documented messages for line 31 (not JSON) and 42 (impossible timeline)', async () => {
    const result = await run(['evaluate', CONTRACT, TICKETS]);
    expect(result.stderr).toContain(
      'line 31: [not_json] the line is not valid JSON: {"id":"CS-1090","fields":{"channel":"em…',
    );
    expect(result.stderr).toContain(
      'line 42 (ticket CS-1091): [ticket_before_created] events[1]: impossible timeline: agent-reply at 2025-10-22T09:59:40+08:00 is before the ticket was created (2025-10-22T10:00:00+08:00)',
    );
  });
});

describe('usage errors: exit code 2, the message, the usage line', () => {
  it.each([
    ['error-unknown-option', ['evaluate', CONTRACT, TICKETS, '--verbose']],
    ['error-missing-argument', ['report', CONTRACT]],
    ['error-unknown-command', ['evalute', CONTRACT, TICKETS]],
    ['error-bad-at', ['evaluate', CONTRACT, TICKETS, '--at', '2025-10-09T10:00']],
    ['error-paid-without-as-of', ['payments', CONTRACT, '--paid', 'examples/payments.csv']],
  ])('%s', async (name, args) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toMatch(/^contract-terms: error: /);
    expectNoStackTrace(result.stderr);
    expectTranscript(name, transcript(args, result));
  });

  it.each([
    [['calendar', '2025-10-11', '--lang', 'fr'], '--lang must be en or zh, not "fr"'],
    [['report', CONTRACT, TICKETS, '--month', '2025-13'], '--month must be a month YYYY-MM, not "2025-13"'],
    [['payments', CONTRACT, '--as-of', '2025-12-01'], '--as-of is used with --paid <payments.csv>'],
    [['calendar', '2025-10-11', '--json=yes'], 'option --json takes no value'],
    [['calendar'], 'missing argument <date>'],
    [['calendar', '2025-10-11', 'extra'], 'unexpected argument "extra"'],
    [['calendar', '2025-02-30'], '"2025-02-30" is not a valid civil date'],
    [['calendar', '2025-09-30', '--add', '1 day 2 hours'], '1 day 2 hours'],
  ])('%j', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toContain(message);
    expectNoStackTrace(result.stderr);
  });

  it('no arguments: the help, on standard error', async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: contract-terms <command> [options]');
  });
});

describe('malformed payments CSV: every bad line, exit code 2', () => {
  it('lists each malformed line with its number', async () => {
    const csv = join(scratch, 'payments.csv');
    writeFileSync(
      csv,
      'month,date,amount\n2025-09,2025-10-31,30000.00\n2025-9,2025-10-31,1\n2025-10,2025/11/20,45000\n2025-10,2025-11-20,45,000.00\n',
    );
    const result = await run(['payments', CONTRACT, '--paid', csv, '--as-of', '2025-12-01']);
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toBe(`contract-terms: error: ${csv} has 3 malformed lines`);
    expect(lines.slice(1)).toEqual([
      `${csv}:3: column "month" must be YYYY-MM, not "2025-9"`,
      `${csv}:4: column "date" must be YYYY-MM-DD, not "2025/11/20"`,
      `${csv}:5: expected 3 columns, as in the header, found 4 (write amounts without thousands separators: 45000.00)`,
    ]);
  });

  it('a payment for a month outside the schedule', async () => {
    const csv = join(scratch, 'outside.csv');
    writeFileSync(csv, 'month,date,amount\n2027-01,2027-02-01,1.00\n');
    const result = await run(['payments', CONTRACT, '--paid', csv, '--as-of', '2025-12-01']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `contract-terms: error: ${csv}:2: 2027-01 is not a billing month of the schedule\n`,
    );
  });
});

describe('report --ticket for a ticket that is not there', () => {
  it('prints the report, then says so: exit code 2', async () => {
    const result = await run(['report', CONTRACT, TICKETS, '--month', '2025-10', '--ticket', 'CS-9999']);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('Compliance report');
    expect(result.stderr.trim().split('\n').at(-1)).toBe(
      'contract-terms: error: ticket "CS-9999" is not among the tickets evaluated from examples/tickets.jsonl (missing, or its line failed)',
    );
  });
});
