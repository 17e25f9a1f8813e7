/**
 * Running `evaluate` and `report` over a JSON Lines input in chunks, in this thread or on worker
 * threads (`--workers n`), with the results taken in input order. The bounded reader
 * (`boundedLineChunks` in lines.ts) reads the input here, with its limits, and only finds where
 * lines end: each chunk of whole lines, as bytes, moves (not copied) to a worker (src/cli/worker.ts,
 * which re-parses the contract from its definition text) that decodes, parses, evaluates and
 * writes it; this thread reads and writes bytes, so n workers keep n cores busy. At most four chunks
 * per worker are in flight, so memory stays bounded however large the input.
 */
import type { Limits } from '../index.js';
import type { WorkerPool } from '../node/pool.js';
import type { Context } from './args.js';
import { CliError, EXIT } from './errors.js';
import { resolvePath } from './inputs.js';
import { chunkLines, type InputLine, type LineChunk } from './lines.js';
import { isBlank } from './tickets.js';

/** `--workers n`: a positive integer, or a usage error. */
export const WORKERS_OPTION = { workers: { type: 'string' } } as const;

/** Inputs at least this large run on every core by default (smaller ones in this thread: starting workers costs more). */
export const WORKERS_MIN_BYTES = 32 * 1024 * 1024;

/**
 * The non-blank lines of a chunk (blank lines are skipped, as in one thread), and the over-long
 * ones (their error).
 */
export function ticketLines(chunk: LineChunk): InputLine[] {
  return chunkLines(chunk).filter((input) => input.tooLong !== undefined || !isBlank(input.text));
}

/** What a worker is started with: everything to rebuild the command's contract and options. */
export interface WorkerSetup {
  command: 'evaluate' | 'report';
  /** The contract's definition text, and the file it came from (its notices are read next to it). */
  contractText: string;
  contractPath: string;
  limits: Record<string, number>;
  lang: Context['lang'];
  /** The command's own options (see the commands' `chunkWorker`). */
  options: unknown;
}

/** The workers' script: dist/cli-worker.js, next to dist/cli.js (both built by tsup.config.ts). */
export function workerScript(): URL {
  return new URL('./cli-worker.js', import.meta.url);
}

/** What a command's workers are started with. */
export function workerSetup(
  command: WorkerSetup['command'],
  ctx: Context,
  contractFile: string,
  contractText: string,
  limits: Limits,
  options: unknown,
): WorkerSetup {
  return {
    command,
    contractText,
    contractPath: resolvePath(ctx, contractFile),
    limits: { ...limits },
    lang: ctx.lang,
    options,
  };
}

/** A task of a worker: a chunk of lines, or (report) the state of everything it has counted. */
export type WorkerTask = { kind: 'chunk'; chunk: LineChunk } | { kind: 'finish' };

/** `--workers`: the number asked for, else every core for a large file, else 1. */
export function workersOption(
  command: string,
  values: Record<string, unknown>,
  size: number | null,
  cores: number,
  ctx: Context,
): number {
  const value = values.workers;
  if (value === undefined) return size !== null && size >= WORKERS_MIN_BYTES ? cores : 1;
  const n = typeof value === 'string' && /^[1-9]\d{0,3}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n)) {
    throw new CliError(ctx.m.badWorkers({ value: String(value) }), EXIT.usage, [], command);
  }
  return n;
}

/**
 * A pool started when first needed: an input with fewer non-blank lines than one chunk (a file of a
 * few huge lines, say) is done in this thread and starts no worker.
 */
export class LazyPool<Part> {
  private pool: WorkerPool<WorkerTask, Part> | undefined;

  constructor(
    private readonly start: () => WorkerPool<WorkerTask, Part>,
    /** How many workers it will have. */
    readonly size: number,
  ) {}

  /** The pool, started now if it was not. */
  get(): WorkerPool<WorkerTask, Part> {
    this.pool ??= this.start();
    return this.pool;
  }

  /** The pool if it was started. */
  get started(): WorkerPool<WorkerTask, Part> | undefined {
    return this.pool;
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}

/**
 * Reads the chunks of lines, does each with `local` (one worker) or on the pool, and hands the
 * parts to `take` in input order. `afterChunk` runs after each chunk read (the progress bar).
 */
export async function runChunks<Part>(
  chunks: AsyncIterable<LineChunk>,
  local: (inputs: InputLine[]) => Part,
  pool: LazyPool<Part> | undefined,
  take: (part: Part) => Promise<void> | void,
  afterChunk?: () => void,
): Promise<void> {
  if (pool === undefined) {
    for await (const chunk of chunks) {
      const inputs = ticketLines(chunk);
      if (inputs.length > 0) await take(local(inputs));
      afterChunk?.();
    }
    return;
  }
  const inFlight: Array<Promise<Part>> = [];
  const most = pool.size * 4;
  const send = async (chunk: LineChunk) => {
    const task: WorkerTask = { kind: 'chunk', chunk };
    const part = pool.get().run(task, [chunk.bytes.buffer as ArrayBuffer]);
    part.catch(() => {}); // awaited below, in order; a failure must not be unhandled meanwhile
    inFlight.push(part);
    while (inFlight.length >= most) await take(await inFlight.shift()!);
  };
  // One chunk is held back until the next is read: an input of one chunk (a small file, or a few
  // huge lines) is done in this thread and starts no worker.
  let held: LineChunk | undefined;
  for await (const chunk of chunks) {
    if (held !== undefined) await send(held);
    held = chunk;
    afterChunk?.();
  }
  if (held !== undefined) {
    if (pool.started === undefined) {
      const inputs = ticketLines(held);
      if (inputs.length > 0) await take(local(inputs));
    } else await send(held);
  }
  while (inFlight.length > 0) await take(await inFlight.shift()!);
}
