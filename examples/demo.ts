/**
 * npm run demo: the library at work on the contract that started it: China working days, then the
 * `contract-terms` command on the reference contract and example tickets (evaluate, report,
 * payments), run in-process from source (no build needed).
 */
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { main } from '../src/cli/main.js';
import { chinaCalendar } from '../src/index.js';
import { regionCalendar } from '../src/regions.js';

const cn = chinaCalendar();
console.log('# China working days (State Council schedule, data %s)\n', cn.dataVersion);

const questions: Array<[string, () => unknown]> = [
  ['Is Saturday 2025-10-11 a working day?', () => cn.isWorkingDay('2025-10-11')],
  ['Is Wednesday 2025-10-08 a working day?', () => cn.isWorkingDay('2025-10-08')],
  ['3 working days after 2025-09-30', () => cn.explain.addWorkingDays('2025-09-30', 3).text()],
  ['The same, in Chinese', () => cn.explain.addWorkingDays('2025-09-30', 3).text('zh')],
  ["October 2025's fee is due 10 working days after 2025-10-31", () => cn.addWorkingDays('2025-10-31', 10)],
  [
    'Working days in calendar year 2025: workingDaysBetween("2024-12-31", "2025-12-31")',
    () => cn.workingDaysBetween('2024-12-31', '2025-12-31'),
  ],
];
for (const [question, answer] of questions) console.log(`- ${question}\n  ${String(answer())}`);

console.log('\n# Beyond the published schedule');
try {
  cn.addWorkingDays('2026-12-31', 10);
} catch (error) {
  console.log(`- chinaCalendar() refuses: ${(error as Error).message}`);
}
const estimate = chinaCalendar({ beyondCoverage: 'weekends' }).explain.addWorkingDays('2026-12-31', 10);
console.log(`- with beyondCoverage: 'weekends': ${estimate.value} (estimated: ${estimate.estimated})`);

console.log('\n# Other regions (date-holidays)');
console.log(
  `- US: next working day after 2025-07-03 is ${regionCalendar('US').nextWorkingDay('2025-07-03')}`,
);
console.log(`- JP: ${regionCalendar('JP').explain.nextWorkingDay('2025-05-02').text()}`);

// ---- the command line, on the reference contract ----

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += String(chunk);
    done();
  }
}

const root = join(import.meta.dirname, '..');
const CONTRACT = 'examples/customer-service.contract.yaml';
const TICKETS = 'examples/tickets.jsonl';

/** Runs `contract-terms <args>` in-process; returns its exit code and what it printed. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(args, { stdout, stderr, stdin: new PassThrough(), cwd: root, env: {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

function show(args: string[]): void {
  console.log(`\n$ contract-terms ${args.map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(' ')}`);
}

const cut = (line: string) => (line.length > 150 ? `${line.slice(0, 149)}…` : line);

console.log('\n# The contract-terms command (after npm run build: npx contract-terms <command> ...)');
console.log(
  '# Reference contract: examples/customer-service.contract.yaml; 48 example tickets, two of them broken on purpose.',
);

const evaluate = ['evaluate', CONTRACT, TICKETS];
show(evaluate);
const evaluated = await cli(evaluate);
const lines = evaluated.stdout.trim().split('\n');
for (const line of lines.slice(0, 2)) console.log(cut(line));
console.log(`... ${lines.length - 2} more lines, one per ticket (the summary below is on standard error):`);
console.log(evaluated.stderr.trimEnd());
console.log(`(exit code ${evaluated.code}: some ticket failed; every other ticket has its result)`);

const report = ['report', CONTRACT, TICKETS, '--month', '2025-10'];
show(report);
const reported = await cli(report);
console.log(reported.stdout.trimEnd().split('\n\nHow tickets were counted:')[0]);
console.log(
  '(--html report.html writes the same as a page with charts; --ticket CS-1042 explains one ticket)',
);

const payments = ['payments', CONTRACT, '--from', '2025-07', '--to', '2025-12'];
payments.push('--paid', 'examples/payments.csv', '--as-of', '2025-12-01', '--tickets', TICKETS);
show(payments);
const paid = await cli(payments);
console.log(paid.stdout.trimEnd());

console.log('\nEvery command has --help (with examples), --json and --lang zh. Exit codes: docs/cli.md.');
