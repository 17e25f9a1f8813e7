/**
 * `contract-terms evaluate <contract> <tickets.jsonl|-> [--at <instant>]`: one JSON line per ticket
 * on standard output, in input order, as soon as it is evaluated (with backpressure); a summary on
 * standard error; a progress bar on standard error for large inputs in a terminal. Memory stays
 * bounded: nothing is kept but per-target counts and the first few failures.
 */
import type { Contract, EvaluateOptions, TargetStatus } from '../../index.js';
import { availableCores, WorkerPool } from '../../node/pool.js';
import {
  type Context,
  expectPositionals,
  LIMIT_OPTION,
  limitsOption,
  parseCommandArgs,
  stringOption,
} from '../args.js';
import { EXIT } from '../errors.js';
import { type InputLine, loadContractSource, openLines } from '../inputs.js';
import { LineWriter, write, writeBytes } from '../io.js';
import {
  LazyPool,
  runChunks,
  ticketLines,
  WORKERS_OPTION,
  type WorkerTask,
  workerScript,
  workerSetup,
  workersOption,
} from '../parallel.js';
import { ProgressBar } from '../progress.js';
import { formatCount, table } from '../render.js';
import { resultLine } from '../result-json.js';
import { checkAt, describeFailure, evaluateLine, type LineResult } from '../tickets.js';

export const evaluateOptions = {
  at: { type: 'string' },
  explain: { type: 'boolean' },
  ...WORKERS_OPTION,
  ...LIMIT_OPTION,
} as const;

const STATUSES: readonly TargetStatus[] = [
  'met',
  'breached',
  'running',
  'paused',
  'pending',
  'superseded',
  'not_applicable',
];

/** How many failed lines the summary lists (all of them are counted, and all are on standard output). */
const LISTED_FAILURES = 20;

/**
 * One output line: the evaluation or the error of one input line. The plain version: the command
 * writes the same text with `resultLine` (result-json.ts), which a property test compares with this.
 */
export function resultJson(result: LineResult, explain: boolean, ctx: Context): string {
  if (!result.ok) {
    return JSON.stringify({ line: result.line, ok: false, ticketId: result.ticketId, error: result.error });
  }
  const e = result.evaluation;
  const targets = explain
    ? e.targets.map((t) => ({
        ...t.toJSON(),
        explanation: t.explanation.text(ctx.lang),
      }))
    : e.targets;
  return JSON.stringify({
    line: result.line,
    ok: true,
    ticketId: e.ticketId,
    channel: e.channel,
    month: e.month,
    ...(e.at === null ? {} : { at: e.at }),
    targets,
    ...(e.unmappedStatuses.length === 0 ? {} : { unmappedStatuses: e.unmappedStatuses }),
  });
}

/** A summary's counts as plain data (what a worker thread sends back with its chunk). */
export interface SummaryPart {
  tickets: number;
  failed: number;
  targets: Array<[string, Record<TargetStatus, number>]>;
  failures: Array<Extract<LineResult, { ok: false }>>;
  unmapped: Array<[string, number]>;
}

/** Counts per target and status, and the first failures. */
export class EvaluationSummary {
  tickets = 0;
  failed = 0;
  /** When the first line was read, and when the last was done (ms, for the time and the rate). */
  private readonly started: number;
  private finished: number;

  constructor(private readonly now: () => number = () => performance.now()) {
    this.started = now();
    this.finished = this.started;
  }

  /** Marks the end of the run. */
  finish(): void {
    this.finished = this.now();
  }

  /** Seconds the run took (at least a millisecond), and tickets per second. */
  private timing(): { seconds: number; rate: number } {
    const seconds = Math.max(0.001, (this.finished - this.started) / 1000);
    return { seconds, rate: this.tickets / seconds };
  }
  readonly targets = new Map<string, Record<TargetStatus, number>>();
  readonly failures: Array<Extract<LineResult, { ok: false }>> = [];
  /** Tickets per status name nothing maps (said once for the batch). */
  readonly unmapped = new Map<string, number>();

  add(result: LineResult): void {
    this.tickets++;
    if (!result.ok) {
      this.failed++;
      if (this.failures.length < LISTED_FAILURES) this.failures.push(result);
      return;
    }
    for (const name of result.evaluation.unmappedStatuses)
      this.unmapped.set(name, (this.unmapped.get(name) ?? 0) + 1);
    for (const t of result.evaluation.targets) {
      let counts = this.targets.get(t.target);
      if (counts === undefined) {
        counts = {
          met: 0,
          breached: 0,
          running: 0,
          paused: 0,
          pending: 0,
          superseded: 0,
          not_applicable: 0,
        };
        this.targets.set(t.target, counts);
      }
      counts[t.status]++;
    }
  }

  /** The counts so far, as data a worker sends back (see {@link addPart}). */
  part(): SummaryPart {
    return {
      tickets: this.tickets,
      failed: this.failed,
      targets: [...this.targets],
      failures: this.failures,
      unmapped: [...this.unmapped],
    };
  }

  /**
   * Adds a part's counts: parts added in input order give what adding their results one by one
   * gives (the same counts, the same first failures, names in the order first seen).
   */
  addPart(part: SummaryPart): void {
    this.tickets += part.tickets;
    this.failed += part.failed;
    for (const failure of part.failures) {
      if (this.failures.length >= LISTED_FAILURES) break;
      this.failures.push(failure);
    }
    for (const [name, tickets] of part.unmapped)
      this.unmapped.set(name, (this.unmapped.get(name) ?? 0) + tickets);
    for (const [target, counts] of part.targets) {
      const mine = this.targets.get(target);
      if (mine === undefined) this.targets.set(target, { ...counts });
      else for (const status of STATUSES) mine[status] += counts[status];
    }
  }

  json(source: string): object {
    return {
      source,
      tickets: this.tickets,
      evaluated: this.tickets - this.failed,
      failed: this.failed,
      targets: Object.fromEntries(this.targets),
      failures: this.failures.map((f) => ({ line: f.line, ticketId: f.ticketId, error: f.error })),
      seconds: Math.round(this.timing().seconds * 1000) / 1000,
      ticketsPerSecond: Math.round(this.timing().rate),
      ...(this.unmapped.size === 0
        ? {}
        : { unmappedStatuses: [...this.unmapped].map(([status, tickets]) => ({ status, tickets })) }),
    };
  }

  text(source: string, ctx: Context): string[] {
    const { m } = ctx;
    const lines = [
      m.evaluateSummary({
        source,
        tickets: formatCount(this.tickets),
        evaluated: formatCount(this.tickets - this.failed),
        failed: formatCount(this.failed),
      }),
      m.elapsed({ seconds: this.timing().seconds.toFixed(1), rate: formatCount(this.timing().rate) }),
    ];
    if (this.targets.size > 0) {
      lines.push(
        '',
        ...table(
          [
            { header: m.colTarget },
            ...STATUSES.map((s) => ({ header: m.status[s], align: 'right' as const })),
          ],
          [...this.targets].map(([target, counts]) => [
            target,
            ...STATUSES.map((s) => formatCount(counts[s])),
          ]),
        ),
      );
    }
    if (this.unmapped.size > 0) {
      const names = [...this.unmapped].map(([status, tickets]) => `"${status}" (${formatCount(tickets)})`);
      lines.push('', m.unmappedStatuses({ statuses: names.join(', ') }));
    }
    if (this.failed > 0) {
      lines.push('', m.failedHeading({ count: formatCount(this.failed) }));
      for (const failure of this.failures) lines.push(`  ${describeFailure(failure, ctx)}`);
      if (this.failed > this.failures.length) {
        lines.push(`  ${m.moreFailures({ count: formatCount(this.failed - this.failures.length) })}`);
      }
    }
    return lines;
  }
}

/** What `evaluate` gives its workers (see parallel.ts). */
export interface EvaluateWorkerOptions {
  at?: string;
  explain: boolean;
}

/** A chunk done by a worker: its output lines as UTF-8 (in pieces, in order), and its counts. */
export interface EvaluatePart {
  bytes: Uint8Array[];
  summary: SummaryPart;
}

/** Evaluates a chunk of lines into `out` and `summary` (in this thread, or in a worker). */
export function evaluateChunk(
  contract: Contract,
  inputs: readonly InputLine[],
  options: EvaluateWorkerOptions,
  ctx: Pick<Context, 'lang' | 'm'>,
  out: LineWriter,
  summary: EvaluationSummary,
): void {
  const evaluateOptions: EvaluateOptions = options.at === undefined ? {} : { at: options.at };
  const notJson = (sample: string) => ctx.m.notJson({ sample });
  for (const input of inputs) {
    const result = evaluateLine(contract, input, evaluateOptions, ctx.lang, notJson);
    out.addGuarded(resultLine(result, options.explain, ctx));
    summary.add(result);
  }
}

/** The task handler of an `evaluate` worker: a chunk in, its output bytes and counts out. */
export function evaluateWorker(
  contract: Contract,
  options: EvaluateWorkerOptions,
  ctx: Pick<Context, 'lang' | 'm'>,
): (task: WorkerTask) => { result: EvaluatePart; transfer?: ArrayBuffer[] } {
  return (task) => {
    if (task.kind !== 'chunk') throw new Error(`evaluate worker: unexpected task ${task.kind}`);
    const out = new LineWriter();
    const summary = new EvaluationSummary();
    evaluateChunk(contract, ticketLines(task.chunk), options, ctx, out, summary);
    const bytes = out.takeChunks();
    // The pieces move to the main thread without a copy (each owns its memory: LineWriter's scratch
    // buffers, never Node's shared pool).
    const transfer = bytes.flatMap((piece) =>
      piece.byteOffset === 0 && piece.buffer.byteLength >= 64 * 1024 ? [piece.buffer as ArrayBuffer] : [],
    );
    return { result: { bytes, summary: summary.part() }, transfer };
  };
}

export async function evaluateCommand(argv: readonly string[], ctx: Context): Promise<number> {
  const { values, positionals } = parseCommandArgs('evaluate', argv, evaluateOptions, ctx);
  expectPositionals('evaluate', positionals, ['<contract>', '<tickets.jsonl|->'], ctx);
  const [contractFile, ticketsFile] = positionals as [string, string];
  const at = stringOption(values, 'at');
  const explain = values.explain === true;
  const limits = limitsOption('evaluate', values, ctx);
  const { contract, text } = await loadContractSource(ctx, contractFile, limits);
  checkAt('evaluate', contract, at, ctx);
  const source = await openLines(ctx, ticketsFile, limits.ticketLineBytes);
  const workers = workersOption('evaluate', values, source.size, availableCores(), ctx);
  const progress = ProgressBar.wanted(ctx.io.stderr, source.size)
    ? new ProgressBar(ctx.io.stderr, source.size!, ctx.m)
    : undefined;

  const out = new LineWriter(ctx.io.stdout);
  const summary = new EvaluationSummary();
  const options: EvaluateWorkerOptions = { explain, ...(at === undefined ? {} : { at }) };
  const pool =
    workers > 1
      ? new LazyPool<EvaluatePart | null>(
          () =>
            new WorkerPool<WorkerTask, EvaluatePart | null>(
              workerScript(),
              workerSetup('evaluate', ctx, contractFile, text, limits, options),
              workers,
            ),
          workers,
        )
      : undefined;
  try {
    // A chunk of lines at a time, each output line encoded as it is made: a promise per chunk, not
    // several per ticket; with workers, the chunks' bytes and counts are taken in input order.
    await runChunks<EvaluatePart | null>(
      source.chunks,
      (inputs) => {
        evaluateChunk(contract, inputs, options, ctx, out, summary);
        return null;
      },
      pool,
      async (part) => {
        if (part !== null) {
          summary.addPart(part.summary);
          for (const piece of part.bytes) await writeBytes(ctx.io.stdout, piece);
        } else await out.maybeFlush();
      },
      () => progress?.update(source.bytesRead(), summary.tickets),
    );
  } finally {
    await pool?.close();
  }
  await out.flush();
  summary.finish();
  progress?.done();

  const report =
    values.json === true
      ? JSON.stringify(summary.json(source.name))
      : summary.text(source.name, ctx).join('\n');
  await write(ctx.io.stderr, `${report}\n`);
  return summary.failed > 0 ? EXIT.failed : EXIT.ok;
}
