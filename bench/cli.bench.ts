/**
 * Command-line benchmark: `contract-terms evaluate` (dist/cli.js) on a JSON Lines file of
 * 1,000,000 synthetic tickets of the reference contract (bench/tickets-file.ts; written once to the
 * system's temporary folder and reused), output to /dev/null, with one worker (this thread) and with
 * every core (`--workers n`): tickets/s, peak memory (the process's maximum resident set, worker
 * threads included) and the speed-up; next to the library's own evaluation pass over the same
 * tickets in one thread (statuses and due instants read, as bench/sla.bench.ts measures it), which
 * the command, that also reads, parses and writes every ticket in full, is compared with. A last
 * row runs two processes at once, with one worker each, on the two halves of the file: what two
 * cores of this machine give when nothing is shared, the ceiling of the workers' speed-up.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, openSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseContract } from '../src/index.js';
import { formatOps, formatRatio, printTable, repoRoot } from './harness.js';
import { writeTicketsFile } from './tickets-file.js';

const TOTAL = Number(process.env.CLI_BENCH_TICKETS ?? 1_000_000);
/** Tickets of the file the library's pass is measured on (parsed beforehand, outside the timing). */
const LIBRARY_SAMPLE = Math.min(TOTAL, 200_000);
const CONTRACT = join(repoRoot, 'examples/customer-service.contract.yaml');

interface Run {
  seconds: number;
  peakRss: number;
  code: number | null;
}

/** Runs the command with its standard output to /dev/null; its peak memory from CONTRACT_TERMS_REPORT_RSS. */
function runCli(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(repoRoot, 'dist/cli.js'), ...args], {
      stdio: ['ignore', openSync('/dev/null', 'w'), 'pipe'],
      env: { ...process.env, CONTRACT_TERMS_REPORT_RSS: '1' },
    });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const peak = /peak rss (\d+) bytes/.exec(stderr);
      if (peak === null)
        reject(new Error(`cli bench: no memory report (exit ${code}): ${stderr.slice(-500)}`));
      else resolve({ seconds, peakRss: Number(peak[1]), code });
    });
  });
}

/** Tickets/s of a pass over a list, after a warm-up on its first 20,000. */
function rate<T>(items: readonly T[], pass: (list: readonly T[]) => number): number {
  pass(items.slice(0, 20_000)); // warm-up
  const started = performance.now();
  const done = pass(items);
  return done / ((performance.now() - started) / 1000);
}

/**
 * In this thread, over the file's first lines: the library's evaluation pass (tickets parsed
 * beforehand; statuses and due instants read), and two floors of the command, which does more:
 * `JSON.parse` of the lines alone, and parsing, evaluating and reading every field the command
 * writes (every target's and cycle's instants and figures) without writing anything.
 */
async function libraryPasses(file: string): Promise<{ library: number; parse: number; everyField: number }> {
  const contract = parseContract(readFileSync(CONTRACT, 'utf8'));
  const texts: string[] = [];
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    texts.push(line);
    if (texts.length >= LIBRARY_SAMPLE) break;
  }
  lines.close();
  const tickets = texts.map((text) => JSON.parse(text) as unknown);
  const library = rate(tickets, (list) => {
    let dueSum = 0;
    let ok = 0;
    for (const item of contract.evaluateTickets(list)) {
      if (!item.ok) continue;
      ok++;
      for (const target of item.evaluation.targets) dueSum += target.dueMs ?? 0;
    }
    if (dueSum < 0) throw new Error('a due instant before 1970');
    return ok;
  });
  const parse = rate(texts, (list) => {
    let events = 0;
    for (const text of list) events += (JSON.parse(text) as { events: unknown[] }).events.length;
    if (events < list.length) throw new Error('a ticket without events');
    return list.length;
  });
  const everyField = rate(texts, (list) => {
    let sum = 0;
    for (const text of list) {
      const e = contract.evaluateTicket(JSON.parse(text) as never);
      sum += e.ticketId.length + (e.channel?.length ?? 0) + e.month.length;
      for (const t of e.targets) {
        for (const instant of [
          t.startedAt,
          t.clockStartsAt,
          t.due,
          t.dueIfResumed,
          t.metAt,
          t.breachedAt,
          t.stoppedAt,
          t.supersededAt,
        ])
          sum += instant?.length ?? 0;
        sum += (t.elapsedMs ?? 0) + (t.remainingMs ?? 0) + (t.allowanceMs ?? 0) + (t.usedShare ?? 0);
        sum += (t.warning ?? 0) + (t.measuredMs ?? 0) + (t.excluded?.length ?? 0) + (t.reportedCycle ?? 0);
        for (const c of t.cycles) {
          for (const instant of [c.startedAt, c.clockStartsAt, c.stoppedAt, c.due])
            sum += instant?.length ?? 0;
          sum += (c.elapsedMs ?? 0) + (c.allowanceMs ?? 0) + (c.pausedMs ?? 0) + (c.excluded?.length ?? 0);
        }
      }
    }
    if (Number.isNaN(sum)) throw new Error('a field that is not a number');
    return list.length;
  });
  return { library, parse, everyField };
}

/** Two commands at once, each with one worker, on the two halves of the file: wall time until both are done, and their memory together. */
async function twoProcesses(halves: [string, string]): Promise<Run> {
  const started = performance.now();
  const runs = await Promise.all(
    halves.map((half) => runCli(['evaluate', CONTRACT, half, '--workers', '1'])),
  );
  return {
    seconds: (performance.now() - started) / 1000,
    peakRss: runs[0]!.peakRss + runs[1]!.peakRss,
    code: runs.find((run) => run.code !== 0)?.code ?? 0,
  };
}

export async function runCliBench(): Promise<void> {
  const cores = availableParallelism();
  console.log(
    `## Command line: evaluate on ${TOTAL.toLocaleString('en-US')} ticket lines (${cores} cores)\n`,
  );
  const file = join(tmpdir(), `contract-terms-bench-${TOTAL}.jsonl`);
  if (!existsSync(file) || statSync(file).size === 0) await writeTicketsFile(file, TOTAL);
  const megabytes = statSync(file).size / 2 ** 20;
  // The same tickets as the file, in two files of half as many (synthetic tickets are numbered).
  const halves: [string, string] = [
    join(tmpdir(), `contract-terms-bench-${TOTAL}-half-1.jsonl`),
    join(tmpdir(), `contract-terms-bench-${TOTAL}-half-2.jsonl`),
  ];
  const half = Math.floor(TOTAL / 2);
  if (!existsSync(halves[0]) || statSync(halves[0]).size === 0) await writeTicketsFile(halves[0], half, 0);
  if (!existsSync(halves[1]) || statSync(halves[1]).size === 0)
    await writeTicketsFile(halves[1], TOTAL - half, half);
  const { library, parse, everyField } = await libraryPasses(file);
  const runs: Array<[string, number, Run]> = [];
  for (const workers of cores > 1 ? [1, cores] : [1]) {
    const run = await runCli(['evaluate', CONTRACT, file, '--workers', String(workers)]);
    if (run.code !== 0) throw new Error(`cli bench: evaluate --workers ${workers} exited with ${run.code}`);
    runs.push([`contract-terms evaluate --workers ${workers}`, workers, run]);
  }
  const single = runs[0]![2].seconds;
  const ceiling = cores > 1 ? await twoProcesses(halves) : undefined;
  if (ceiling !== undefined && ceiling.code !== 0)
    throw new Error(`cli bench: two processes: exit ${ceiling.code}`);
  printTable(
    ['run', 'tickets', 'seconds', 'tickets/s', 'peak RSS', 'speed-up', 'vs library pass', 'target'],
    [
      ...runs.map(([name, workers, run]) => [
        name,
        TOTAL.toLocaleString('en-US'),
        run.seconds.toFixed(2),
        formatOps(TOTAL / run.seconds),
        `${(run.peakRss / 2 ** 20).toFixed(0)} MB`,
        formatRatio(single / run.seconds),
        `${formatRatio(library / (TOTAL / run.seconds))} slower`,
        workers === 1
          ? `within 2x of the library: ${TOTAL / run.seconds >= library / 2 ? 'yes' : 'NO'}`
          : `>= 1.7x with 2 workers: ${single / run.seconds >= 1.7 ? 'yes' : 'NO'}`,
      ]),
      ...(ceiling === undefined
        ? []
        : [
            [
              'two processes at once, --workers 1 each, half the file each (the ceiling)',
              TOTAL.toLocaleString('en-US'),
              ceiling.seconds.toFixed(2),
              formatOps(TOTAL / ceiling.seconds),
              `${(ceiling.peakRss / 2 ** 20).toFixed(0)} MB`,
              formatRatio(single / ceiling.seconds),
              `${formatRatio(library / (TOTAL / ceiling.seconds))} slower`,
              '',
            ],
          ]),
      [
        'floor: JSON.parse of the lines alone (one thread)',
        LIBRARY_SAMPLE.toLocaleString('en-US'),
        '',
        formatOps(parse),
        '',
        '',
        `${formatRatio(library / parse)} slower`,
        '',
      ],
      [
        'floor: parse, evaluate and read every field written, without writing (one thread)',
        LIBRARY_SAMPLE.toLocaleString('en-US'),
        '',
        formatOps(everyField),
        '',
        '',
        `${formatRatio(library / everyField)} slower`,
        '',
      ],
      [
        'library evaluation pass (one thread, statuses and due instants)',
        LIBRARY_SAMPLE.toLocaleString('en-US'),
        '',
        formatOps(library),
        '',
        '',
        '1.00x',
        '',
      ],
    ],
  );
  console.log(
    `\nthe file: ${megabytes.toFixed(0)} MB (${file}). The command reads, parses, evaluates and writes every ticket in full (every field of every target and cycle, about 1.65 KB of JSON a ticket); the library pass only reads statuses and due instants of tickets parsed beforehand. The floors are what one thread cannot beat before writing a byte; the two-process row is what two cores of this machine give when nothing is shared. The machine may be shared: figures vary from run to run.\n`,
  );
}
