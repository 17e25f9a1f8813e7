/**
 * The built binary on the examples: what each command prints (compared with the transcripts in
 * tests/cli/expected/; UPDATE_EXPECTED=1 rewrites them) and its exit code.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../src/index.js';
import { readICS } from '../support/ical.js';
import {
  CONTRACT,
  expectNoStackTrace,
  expectTranscript,
  jsonLines,
  root,
  run,
  TICKETS,
  transcript,
  withoutTiming,
} from './support.js';

const valid = readdirSync(join(root, 'examples'))
  .filter((f) => f.endsWith('.contract.yaml'))
  .map((f) => `examples/${f}`);
const invalid = readdirSync(join(root, 'examples/invalid'))
  .filter((f) => f.endsWith('.contract.yaml'))
  .map((f) => `examples/invalid/${f}`);

describe('contract-terms validate', () => {
  it.each(valid)('%s: valid, exit code 0', async (file) => {
    const args = ['validate', file];
    const result = await run(args);
    expect(result.code).toBe(0);
    expectTranscript(`validate-${basename(file, '.contract.yaml')}`, transcript(args, result));
  });

  it.each(invalid)('%s: every problem with file, line and column', async (file) => {
    const args = ['validate', file];
    const result = await run(args);
    const name = basename(file, '.contract.yaml');
    // warnings.contract.yaml is accepted with warnings; every other invalid example is refused.
    expect(result.code).toBe(name === 'warnings' ? 0 : 1);
    const lines = result.stdout.trim().split('\n');
    const verdict = lines.findIndex((line) => line.startsWith(`${file}: `));
    expect(verdict).toBeGreaterThan(0);
    for (const line of lines.slice(0, verdict)) {
      expect(line).toMatch(new RegExp(`^${file.replace(/\./g, '\\.')}(:\\d+:\\d+)?: (error|warning): `));
    }
    expectTranscript(`validate-invalid-${name}`, transcript(args, result));
  });

  it('speaks Chinese with --lang zh', async () => {
    const args = ['validate', 'examples/invalid/typos.contract.yaml', '--lang', 'zh'];
    const result = await run(args);
    expect(result.code).toBe(1);
    expectTranscript('validate-invalid-typos-zh', transcript(args, result));
  });

  it('--strict refuses warnings; --json is structured', async () => {
    const strict = await run(['validate', 'examples/invalid/warnings.contract.yaml', '--strict']);
    expect(strict.code).toBe(1);
    const json = await run(['validate', 'examples/invalid/typos.contract.yaml', '--json']);
    expect(json.code).toBe(1);
    const out = JSON.parse(json.stdout);
    expect(out).toMatchObject({ valid: false, errors: 5, warnings: 0, contract: null });
    expect(out.issues[0]).toMatchObject({
      severity: 'error',
      line: 16,
      column: 26,
      path: ['scope', 'channels', 0, 'kind'],
    });
    const ok = JSON.parse((await run(['validate', CONTRACT, '--json'])).stdout);
    expect(ok).toMatchObject({
      valid: true,
      contract: { id: 'cs-outsourcing-2025', timeZone: 'Asia/Shanghai' },
    });
  });
});

describe('contract-terms calendar', () => {
  const cases: Array<[string, string[]]> = [
    ['calendar-makeup-saturday', ['calendar', '2025-10-11']],
    ['calendar-holiday-zh', ['calendar', '2025-10-03', '--lang', 'zh']],
    ['calendar-add-working-days', ['calendar', '2025-09-30', '--add', '10 working days']],
    ['calendar-add-zh', ['calendar', '2025-09-30', '--add', '10个工作日', '--lang', 'zh']],
    ['calendar-add-month', ['calendar', '2025-08-31', '--add', '1 month']],
    ['calendar-us', ['calendar', '2025-07-03', '--region', 'US', '--add', '1 working day']],
    ['calendar-estimate', ['calendar', '2026-12-31', '--add', '10 working days', '--estimate']],
  ];
  it.each(cases)('%s', async (name, args) => {
    const result = await run(args);
    expect(result.code).toBe(0);
    expectTranscript(name, transcript(args, result));
  });

  it('beyond the official schedule: exit code 2 and how to ask for an estimate', async () => {
    const args = ['calendar', '2027-01-04'];
    const result = await run(args);
    expect(result.code).toBe(2);
    expectNoStackTrace(result.stderr);
    expectTranscript('calendar-beyond-coverage', transcript(args, result));
  });

  it('--json', async () => {
    const result = await run(['calendar', '2025-09-30', '--add', '10 working days', '--json']);
    const out = JSON.parse(result.stdout);
    expect(out).toMatchObject({
      date: '2025-09-30',
      calendar: 'CN',
      working: true,
      day: { kind: 'workday' },
      add: {
        duration: '10 working days',
        deadline: { due: '2025-10-22T00:00:00+08:00', lastDay: '2025-10-21' },
      },
    });
  });
});

describe('contract-terms evaluate', () => {
  const input = readFileSync(join(root, TICKETS), 'utf8').split('\n');
  const nonBlank = input.map((text, i) => [i + 1, text] as const).filter(([, text]) => text.trim() !== '');

  it('one JSON line per ticket, in order; a summary on standard error; exit code 1 when a ticket failed', async () => {
    const args = ['evaluate', CONTRACT, TICKETS];
    const result = await run(args);
    expect(result.code).toBe(1);
    const lines = jsonLines(result.stdout);
    expect(lines.map((l) => l.line)).toEqual(nonBlank.map(([n]) => n));
    const failed = lines.filter((l) => l.ok === false);
    expect(failed.map((l) => [l.line, (l.error as { code: string }).code])).toEqual([
      [31, 'not_json'],
      [42, 'ticket_before_created'],
    ]);
    expect(lines.filter((l) => l.ok === true)).toHaveLength(nonBlank.length - 2);
    const shown = result.stdout
      .split('\n')
      .filter((line, i) => i < 3 || line.includes('"ok":false'))
      .join('\n');
    expectTranscript(
      'evaluate-tickets',
      transcript(args, result, `${shown}\n(first 3 lines and the failed lines)\n`),
    );
  });

  it('reads standard input for "-", with the same result', async () => {
    const fromFile = await run(['evaluate', CONTRACT, TICKETS]);
    const fromStdin = await run(['evaluate', CONTRACT, '-'], {
      input: readFileSync(join(root, TICKETS), 'utf8'),
    });
    expect(fromStdin.code).toBe(1);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    expect(withoutTiming(fromStdin.stderr)).toBe(
      withoutTiming(fromFile.stderr).replace(TICKETS, 'standard input'),
    );
  });

  it('--at judges every ticket as of an instant; --explain adds the reasons in --lang', async () => {
    const result = await run([
      'evaluate',
      CONTRACT,
      TICKETS,
      '--at',
      '2025-11-01T06:00:00+08:00',
      '--explain',
      '--lang',
      'zh',
    ]);
    const open = jsonLines(result.stdout).find((l) => l.ticketId === 'CS-1030')!;
    const targets = open.targets as Array<{ target: string; status: string; explanation: string }>;
    expect(open.at).toBe('2025-11-01T06:00:00+08:00');
    expect(targets.find((t) => t.target === 'email-first-reply')).toMatchObject({ status: 'breached' });
    expect(targets[0]!.explanation).toContain('指标');
  });

  it('--json writes the summary as JSON', async () => {
    const result = await run(['evaluate', CONTRACT, TICKETS, '--json']);
    const summary = JSON.parse(result.stderr);
    expect(summary).toMatchObject({ source: TICKETS, tickets: 48, evaluated: 46, failed: 2 });
    expect(summary.targets['phone-answer']).toMatchObject({ met: 9, breached: 1, not_applicable: 3 });
  });

  it('says once for the batch which status names nothing maps, with their ticket counts', async () => {
    const ticket = (id: string) =>
      JSON.stringify({
        id,
        fields: { channel: 'chat' },
        events: [
          { type: 'created', at: '2025-10-09T10:00:00+08:00' },
          { type: 'status', status: 'Converted', at: '2025-10-09T10:05:00+08:00' },
        ],
      });
    const result = await run(['evaluate', CONTRACT, '-'], { input: `${ticket('U1')}\n${ticket('U2')}\n` });
    // Why: the status is ignored, not an error: both tickets are evaluated, each line names it, and
    // the summary says it once with the number of tickets.
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout).map((l) => l.unmappedStatuses)).toEqual([['Converted'], ['Converted']]);
    expect(result.stderr).toContain(
      'status names the contract does not map were ignored (tickets with each): "Converted" (2); map them in the definition\'s statuses',
    );
  });
});

describe('contract-terms report', () => {
  it.each([
    ['report-2025-10', ['report', CONTRACT, TICKETS, '--month', '2025-10']],
    ['report-2025-10-zh', ['report', CONTRACT, TICKETS, '--month', '2025-10', '--lang', 'zh']],
    ['report-ticket', ['report', CONTRACT, TICKETS, '--month', '2025-09', '--ticket', 'CS-1002']],
  ])('%s', async (name, args) => {
    const result = await run(args);
    expect(result.code).toBe(1); // two lines of the example file fail, on purpose
    expectTranscript(name, transcript(args, result));
  });

  it('--json', async () => {
    const result = await run([
      'report',
      CONTRACT,
      TICKETS,
      '--month',
      '2025-10',
      '--json',
      '--ticket',
      'CS-1022',
    ]);
    const out = JSON.parse(result.stdout);
    expect(out.month).toBe('2025-10');
    expect(out.tickets).toEqual({ read: 48, evaluated: 43, failed: 2 });
    expect(out.failures.map((f: { line: number }) => f.line)).toEqual([31, 42]);
    const email = out.rows.find((r: { target: string }) => r.target === 'email-first-reply');
    expect(email).toMatchObject({ met: 12, breached: 1, metRatePercent: '92.31' });
    expect(out.ticket.id).toBe('CS-1022');
    expect(out.ticket.explanations['general-resolution']).toContain('general-resolution');
  });
});

describe('contract-terms report: tickets, CSV, saved states and merging', () => {
  const at = '2025-11-01T00:00:00+08:00';

  it('--csv writes one line per ticket and target, with the listed fields', async () => {
    const result = await run(['report', CONTRACT, TICKETS, '--month', '2025-10', '--at', at, '--csv', '-']);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('ticket_id,target,clause,channel,month,outcome,reason,due,stopped_at,measured_ms');
    const json = JSON.parse(
      (await run(['report', CONTRACT, TICKETS, '--month', '2025-10', '--at', at, '--list-tickets', '--json']))
        .stdout,
    );
    const listed = json.rows.flatMap((r: { tickets: Array<{ reason: string | null }> }) =>
      r.tickets.filter((t) => t.reason !== 'conditionFalse'),
    );
    expect(lines.length - 1).toBe(listed.length);
    const email = json.rows.find((r: { target: string }) => r.target === 'email-first-reply');
    const first = email.tickets.find((t: { outcome: string }) => t.outcome === 'met');
    expect(lines).toContain(
      [
        first.ticketId,
        'email-first-reply',
        '2.1(2)',
        'email',
        '2025-10',
        'met',
        '',
        first.due,
        first.stoppedAt,
        first.measuredMs,
      ].join(','),
    );
  });

  it('--state of each shard, then --merge, gives the report of the whole file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'contract-terms-merge-'));
    const lines = readFileSync(join(root, TICKETS), 'utf8').split('\n');
    const shards = [0, 1, 2].map((k) => join(dir, `shard-${k}.jsonl`));
    shards.forEach((file, k) => {
      writeFileSync(file, lines.filter((_, i) => i % 3 === k).join('\n'));
    });
    for (const [k, file] of shards.entries()) {
      const result = await run([
        'report',
        CONTRACT,
        file,
        '--at',
        at,
        '--list-tickets',
        '--state',
        join(dir, `part-${k}.json`),
      ]);
      expect(result.stderr).toContain('wrote the report');
    }
    const parts = [2, 0, 1].map((k) => join(dir, `part-${k}.json`));
    const merged = JSON.parse(
      (await run(['report', '--merge', ...parts, '--json', '--contract', CONTRACT])).stdout,
    );
    const whole = JSON.parse(
      (await run(['report', CONTRACT, TICKETS, '--at', at, '--list-tickets', '--json'])).stdout,
    );
    for (const key of ['inputs', 'tickets', 'rows', 'ticketRows', 'rules', 'unmappedStatuses'])
      expect(JSON.stringify(merged[key])).toBe(JSON.stringify(whole[key]));
    // A state from other settings, or another definition, is refused by name.
    const other = await run(['report', '--merge', parts[0]!, join(root, 'package.json')]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('package.json: format: not a saved compliance report state');
    const otherDefinition = await run([
      'report',
      '--merge',
      parts[0]!,
      '--contract',
      'examples/sla-only.contract.yaml',
    ]);
    expect(otherDefinition.code).toBe(2);
    expect(otherDefinition.stderr).toContain('was computed from another definition');
  });

  it('--group-by a ticket field; a bad list is a usage error', async () => {
    const out = JSON.parse(
      (
        await run([
          'report',
          CONTRACT,
          TICKETS,
          '--month',
          '2025-10',
          '--group-by',
          'target,priority',
          '--json',
        ])
      ).stdout,
    );
    expect(out.inputs.groupBy).toEqual(['target', 'priority']);
    expect(new Set(out.rows.map((r: { group: { priority: string | null } }) => r.group.priority))).toEqual(
      new Set([null, 'high', 'normal']),
    );
    const bad = await run(['report', CONTRACT, TICKETS, '--group-by', 'target,,month']);
    expect(bad.code).toBe(2);
  });

  it('--html with --list-tickets links rows to their tickets and tickets to their timelines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'contract-terms-html-'));
    const file = join(dir, 'report.html');
    await run([
      'report',
      CONTRACT,
      TICKETS,
      '--month',
      '2025-10',
      '--at',
      at,
      '--list-tickets',
      '--html',
      file,
    ]);
    const page = readFileSync(file, 'utf8');
    expect(page).toContain('<a href="#row-0">');
    expect(page).toContain('<details id="row-0">');
    const anchor = /<a href="#(ticket-\d+)">/.exec(page)![1]!;
    expect(page).toContain(`<section id="${anchor}" class="ticket">`);
    expect(page).toContain(`id="ticket-timeline-${anchor.slice('ticket-'.length)}"`);
  });
});

describe('contract-terms calendar import-notice', () => {
  const notice = 'tests/fixtures/notices/2026.txt';

  it('prints each festival with its rest and make-up days', async () => {
    const args = ['calendar', 'import-notice', notice];
    const result = await run(args);
    expect(result.code).toBe(0);
    expectTranscript('calendar-import-notice', transcript(args, result));
  });

  it('writes the holiday-cn file that extraYears accepts, and says so in Chinese', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'contract-terms-notice-'));
    const out = join(dir, '2027.json');
    const args = [
      'calendar',
      'import-notice',
      'tests/fixtures/notices/synthetic-2027.txt',
      '-o',
      out,
      '--lang',
      'zh',
    ];
    const result = await run(args);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `已写入 ${out}:2027 年安排的 holiday-cn 文件(以 extraYears 加载,或将通知文件列入 calendars.<名称>.notices)\n`,
    );
    const cn = chinaCalendar({ extraYears: [readFileSync(out, 'utf8')] });
    expect(cn.coverage.end).toBe('2027-12-31');
    expect(cn.isWorkingDay('2027-09-26')).toBe(true);
  });

  it('refuses a notice whose statements disagree: exit code 1, every problem, nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'contract-terms-notice-'));
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, readFileSync(join(root, notice), 'utf8').replace('1月4日（周日）', '1月4日（周六）'));
    const result = await run(['calendar', 'import-notice', bad, '-o', join(dir, 'out.json')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('the notice cannot be used (1 problem); nothing was written:');
    expect(result.stdout).toContain(
      'error: 2026-01-04 is a Sun, but the notice says 周六: «1月4日(周六)上班»',
    );
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
    expectNoStackTrace(result.stderr);
  });

  it('--json', async () => {
    const result = await run(['calendar', 'import-notice', notice, '--json']);
    const out = JSON.parse(result.stdout);
    expect(out).toMatchObject({ ok: true, year: 2026, kind: 'annual', published: '2025-11-04' });
    expect(out.holidayCn.days.length).toBe(39);
    expect(out.festivals[1]).toMatchObject({ name: '春节', workingDays: ['2026-02-14', '2026-02-28'] });
  });
});

describe('iCalendar from the command line', () => {
  it('calendar --ics <year>: the year as all-day events a parser reads', async () => {
    const result = await run(['calendar', '--ics', '2026', '--lang', 'zh']);
    expect(result.code).toBe(0);
    const { events } = readICS(result.stdout);
    expect(events.length).toBe(13);
    expect(events[0]).toMatchObject({
      summary: '元旦 法定节假日',
      start: '2026-01-01',
      end: '2026-01-04',
      allDay: true,
    });
    const bad = await run(['calendar', '--ics', '26']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('the year must be four digits YYYY, not "26"');
  });

  it('payments --ics: each due date with its period and amount', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'contract-terms-ics-'));
    const out = join(dir, 'payments.ics');
    const result = await run(['payments', CONTRACT, '--ics', '-o', out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`wrote the iCalendar file ${out}\n`);
    const { events } = readICS(readFileSync(out, 'utf8'));
    expect(events.map((e) => e.start).slice(0, 4)).toEqual([
      '2025-06-23',
      '2025-09-12',
      '2025-10-21',
      '2025-11-14',
    ]);
    expect(events[3]!.summary).toBe('Payment due: 2025-10 (50000.00 CNY)');
  });
});

describe('contract-terms payments', () => {
  it.each([
    ['payments-schedule', ['payments', CONTRACT], 0],
    [
      'payments-schedule-zh',
      ['payments', CONTRACT, '--from', '2025-09', '--to', '2025-12', '--lang', 'zh'],
      0,
    ],
    ['payments-paid', ['payments', CONTRACT, '--paid', 'examples/payments.csv', '--as-of', '2025-12-01'], 0],
    [
      'payments-paid-tickets',
      [
        'payments',
        CONTRACT,
        '--paid',
        'examples/payments.csv',
        '--as-of',
        '2025-12-01',
        '--tickets',
        TICKETS,
      ],
      1,
    ],
  ] as const)('%s', async (name, args, code) => {
    const result = await run(args);
    expect(result.code).toBe(code);
    expectTranscript(name, transcript(args, result));
  });

  it('--json', async () => {
    const args = [
      'payments',
      CONTRACT,
      '--paid',
      'examples/payments.csv',
      '--as-of',
      '2025-12-01',
      '--tickets',
      TICKETS,
      '--json',
    ];
    const out = JSON.parse((await run(args)).stdout);
    expect(out.schedule.payments).toHaveLength(12);
    const october = out.statements.find((s: { month: string }) => s.month === '2025-10');
    expect(october).toMatchObject({
      credits: { amount: '5000.00', currency: 'CNY' },
      amountDue: { amount: '45000.00' },
      daysLate: 6,
      penalty: { amount: '135.00' },
    });
    expect(out.totals.penalties).toEqual({ amount: '505.00', currency: 'CNY' });
  });
});

describe('help', () => {
  it.each(['validate', 'calendar', 'evaluate', 'report', 'payments'])(
    '%s --help: usage, examples and exit codes, in English and Chinese',
    async (command) => {
      const en = await run([command, '--help']);
      expect(en.code).toBe(0);
      expect(en.stdout).toMatch(new RegExp(`^usage: contract-terms ${command} `));
      expect(en.stdout).toContain('Examples:');
      expect(en.stdout).toContain('Exit codes:');
      const zh = await run([command, '--help', '--lang', 'zh']);
      expect(zh.stdout).toMatch(new RegExp(`^用法: contract-terms ${command} `));
      expect(zh.stdout).toContain('示例:');
      expect(zh.stdout).toContain('退出码:');
    },
  );

  it('the main help lists every command; --version prints the package version', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['validate', 'calendar', 'evaluate', 'report', 'payments']) {
      expect(help.stdout).toContain(`  ${command} `);
    }
    const version = await run(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });
});
