/**
 * The documentation cannot lie: every `@example` in the TSDoc of src/ and every TypeScript block of
 * the README is run, and what it returns is compared with the `//=>` result it promises
 * (tests/support/doc-examples.ts says how examples are read).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { regionCalendar } from '../src/regions.js';
import {
  type DocExample,
  markdownExamples,
  matchesExpected,
  read,
  readExpectation,
  runSteps,
  toScript,
  tsdocExamples,
} from './support/doc-examples.js';

const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** What every example sees besides the exports: the objects the examples talk about. */
function setup(): Record<string, unknown> {
  const contract = api.parseContract(read(join(root, 'examples/customer-service.contract.yaml')));
  const calendar = api.chinaCalendar();
  const phone = api.serviceHours({
    timeZone: 'Asia/Shanghai',
    calendar,
    days: 'working-days',
    windows: ['09:00-18:00'],
  });
  const tickets = read(join(root, 'examples/tickets.jsonl'))
    .split('\n')
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as unknown]; // the file has a line that is not JSON, on purpose
      } catch {
        return [];
      }
    });
  const events = [{ type: 'created', at: '2025-10-09T09:00:00+08:00' }];
  for (let i = 1; i < 12_000; i++) events.push({ type: 'customer-reply', at: '2025-10-09T09:00:00+08:00' });
  // Two partitions of the tickets and their accumulators, for the report's merge examples.
  const firstHalf = tickets.slice(0, Math.ceil(tickets.length / 2));
  const secondHalf = tickets.slice(firstHalf.length);
  const accumulate = (part: unknown[]) => {
    const acc = contract.complianceAccumulator({ month: '2025-10' });
    for (const item of contract.evaluateTickets(part)) acc.add(item);
    return acc;
  };
  return {
    contract,
    calendar,
    regionCalendar,
    firstHalf,
    secondHalf,
    a: accumulate(firstHalf),
    b: accumulate(secondHalf),
    acc: accumulate(tickets),
    report: contract.complianceReport(contract.evaluateTickets(tickets), {
      month: '2025-10',
      listTickets: true,
    }),
    usText: [
      'schemaVersion: 1',
      'id: us-desk',
      'timeZone: America/New_York',
      'title: A desk in New York',
      'calendars: { us: { type: region, region: US } }',
    ].join('\n'),
    cal: calendar,
    cn: calendar,
    phone,
    tickets,
    ticket: tickets[0],
    ticketWith12000Events: { id: 'T-12000', events },
    meter: { charge() {} },
    feesOnly: api.parseContract(read(join(root, 'examples/fees-only.contract.yaml'))),
    text2026: read(join(root, 'tests/fixtures/notices/2026.txt')),
    // The notices the examples read are the test fixtures (next year's is a synthetic one).
    readFileSync: (path: string, encoding?: BufferEncoding) =>
      readFileSync(
        join(
          root,
          path
            .replace(/^contract\.txt$/, 'tests/fixtures/draft/customer-service-2025.zh.txt')
            .replace(/^notices\/2027\.txt$/, 'notices/synthetic-2027.txt')
            .replace(/^notices\//, 'tests/fixtures/notices/'),
        ),
        encoding,
      ),
  };
}

/** The problems of one example: a step that throws, a result other than promised. */
async function problems(
  example: DocExample,
  scope: Record<string, unknown>,
  keep = false,
): Promise<string[]> {
  const out: string[] = [];
  let scripts: string[];
  try {
    scripts = example.steps.map((step) => toScript(step.code));
  } catch (error) {
    return [`does not compile: ${String(error)}`];
  }
  // README blocks keep what they declare for the blocks after them (`const draft = ...` in one,
  // `draft.yaml` in the next): a name the scope holds receives the declaration's value (`var x = v`
  // inside `with (scope)` assigns to scope.x when scope has x).
  if (keep) {
    for (const script of scripts)
      for (const [, name] of script.matchAll(/^\s*var\s+([A-Za-z_$][\w$]*)/gm))
        if (!(name! in scope)) scope[name!] = undefined;
  }
  const results = runSteps(scripts, scope);
  example.steps.forEach((step, i) => {
    const result = results[i]!;
    if (step.expected === undefined) {
      if (!result.ok) out.push(`throws ${String(result.error)}`);
      return;
    }
    const expectation = readExpectation(step.expected, scope);
    if (expectation.kind === 'unreadable') {
      out.push(`the promised result is not a literal: ${step.expected}`);
    } else if (expectation.kind === 'throws') {
      if (result.ok) out.push(`promises to throw ${expectation.name}, returns ${String(result.value)}`);
      else {
        const error = result.error as Error;
        if (error?.name !== expectation.name && error?.constructor?.name !== expectation.name)
          out.push(`throws ${error?.name}, not ${expectation.name}`);
        if (expectation.message !== undefined && error?.message !== expectation.message)
          out.push(`throws "${error?.message}", not "${expectation.message}"`);
      }
    } else if (!result.ok) {
      out.push(
        `step ${i + 1} throws ${String((result.error as Error)?.stack ?? result.error).split('\n')[0]}`,
      );
    } else if (!matchesExpected(result.value, expectation.value)) {
      out.push(`step ${i + 1}: ${show(result.value)}, not ${step.expected}`);
    }
  });
  return out;
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? `${v}n` : v)) ?? String(value);
  } catch {
    return String(value);
  }
}

const tsdoc = sourceFiles(join(root, 'src')).flatMap((path) =>
  tsdocExamples(relative(root, path), read(path)).map((example) => ({ example, path })),
);

describe('every @example in the TSDoc', () => {
  it('finds the examples', () => expect(tsdoc.length).toBeGreaterThan(150));

  it('does what it promises (but for the pending ones, which still do not run)', async () => {
    const failures: string[] = [];
    const pending = new Set<string>();
    const base = { ...api, ...setup() };
    for (const { example, path } of tsdoc) {
      const own = (await import(path)) as Record<string, unknown>;
      const found = await problems(example, { ...base, ...own });
      const code = example.steps.map((step) => step.code).join('\n');
      const excuse = PENDING.find(([file, snippet]) => file === example.file && code.includes(snippet));
      if (excuse !== undefined && found.length > 0) pending.add(excuse.join(': '));
      else for (const problem of found) failures.push(`${example.where}: ${problem}`);
    }
    expect(failures).toEqual([]);
    // A pending example that runs now leaves the list.
    expect([...pending].sort()).toEqual(PENDING.map((p) => p.join(': ')).sort());
  });
});

/**
 * Examples that do not run yet, by file and a piece of their code, each with why: the list to burn
 * down (an example that starts to run must leave it).
 */
const PENDING: Array<[file: string, snippet: string, why: string]> = [
  [
    'src/cli/lines.ts',
    'boundedLines',
    'asynchronous, and the result is a sequence of lines written in words',
  ],
  ['src/cli/main.ts', 'await main(', 'asynchronous (await), and it runs the whole command'],
  [
    'src/cli/lines.ts',
    'boundedLineBatches',
    'asynchronous, and the result is a sequence of batches written in words',
  ],
  [
    'src/cli/lines.ts',
    'boundedLineChunks',
    'asynchronous, and the result is a sequence of chunks written in words',
  ],
  ['src/cli/result-json.ts', 'resultLine(', "needs the command's output context (internal)"],
  ['src/node/parse-on-demand.ts', 'await safeParseContractOnDemand(', 'asynchronous (await)'],
  ['src/node/parse-on-demand.ts', 'await parseContractOnDemand(', 'asynchronous (await)'],
  [
    'src/node/parallel.ts',
    'for await (const item of evaluateTickets',
    'asynchronous, on worker threads; the result is a sequence',
  ],
  ['src/node/parallel.ts', 'await complianceReport(source', 'asynchronous (await), on worker threads'],
  ['src/node/parallel.ts', 'await complianceAccumulator(source', 'asynchronous (await), on worker threads'],
  ['src/node/pool.ts', 'new WorkerPool(', "needs a worker's script on disk; the result is written in words"],
  [
    'src/node/pool.ts',
    'serveTasks<',
    'runs only inside a worker thread; the result is an effect written in words',
  ],
  ['src/contract/locator.ts', 'LineCounter', 'needs a parsed YAML document (internal)'],
  ['src/contract/text-shape.ts', 'Parser', 'needs the YAML parser’s tokens (internal)'],
  ['src/contract/text.ts', 'issues', 'needs an issue list (internal)'],
  ['src/contract/value-limits.ts', 'issues', 'needs an issue list (internal)'],
  ['src/limits/limits.ts', 'ticketEvents: 200_000', 'a type: the result is an effect written in words'],
  ['src/rules/condition.ts', 'const logic: ConditionLogic', 'a type: the result is written in words'],
  ['src/rules/condition.ts', 'maxSteps: 5_000', 'a type: the result is an effect written in words'],
];

describe('the README', () => {
  const blocks = markdownExamples('README.md', read(join(root, 'README.md')));

  it('runs every TypeScript block not marked no-run, in order', async () => {
    const scope: Record<string, unknown> = { ...api, ...setup() };
    const failures: string[] = [];
    for (const block of blocks.filter((b) => b.run))
      for (const problem of await problems(block, scope, true)) failures.push(`${block.where}: ${problem}`);
    expect(failures).toEqual([]);
  });
});
