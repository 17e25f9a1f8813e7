/**
 * Running `evaluate` and `report` over a JSON Lines input in chunks, in this thread or on worker
 * threads (`--workers n`), with the results taken in input order. The bounded line reader
 * (lines.ts) still reads the input here, with its limits; the non-blank lines are packed into
 * chunks (their texts joined by line breaks, which no line contains: one string to copy, not an
 * object per line), and each chunk is done by `local` or by a worker (src/cli/worker.ts), which
 * re-parses the contract from its definition text. At most two chunks per worker are in flight, so
 * memory stays bounded however large the input.
 */
import type { Limits } from '../index.js';
import type { WorkerPool } from '../node/pool.js';
import type { Context } from './args.js';
import { CliError, EXIT } from './errors.js';
import { resolvePath } from './inputs.js';
import type { InputLine } from './lines.js';
import { isBlank } from './tickets.js';

/** `--workers n`: a positive integer, or a usage error. */
export const WORKERS_OPTION = { workers: { type: 'string' } } as const;

/** Inputs at least this large run on every core by default (smaller ones in this thread: starting workers costs more). */
export const WORKERS_MIN_BYTES = 32 * 1024 * 1024;

/** Lines per chunk, and characters: whichever is reached first closes a chunk. */
const CHUNK_LINES = 500;
const CHUNK_CHARS = 256 * 1024;

/** Lines of the input, packed for a worker: texts joined by `\n`, their numbers, the over-long ones. */
export interface LineChunk {
  text: string;
  lines: number[];
  /** Lines over the length limit: their index in the chunk and what the reader kept of them. */
  tooLong: Array<[number, NonNullable<InputLine['tooLong']>]>;
}

/** The lines of a chunk again. */
export function unpackChunk(chunk: LineChunk): InputLine[] {
  const texts = chunk.text.split('\n');
  const out: InputLine[] = new Array(chunk.lines.length);
  for (let i = 0; i < out.length; i++) out[i] = { line: chunk.lines[i]!, text: texts[i]! };
  for (const [i, tooLong] of chunk.tooLong) out[i] = { line: chunk.lines[i]!, text: '', tooLong };
  return out;
}

function packChunk(inputs: readonly InputLine[]): LineChunk {
  const texts: string[] = new Array(inputs.length);
  const lines: number[] = new Array(inputs.length);
  const tooLong: LineChunk['tooLong'] = [];
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i]!;
    texts[i] = input.text;
    lines[i] = input.line;
    if (input.tooLong !== undefined) tooLong.push([i, input.tooLong]);
  }
  return { text: texts.join('\n'), lines, tooLong };
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
 * Reads the batches of lines, does each chunk of non-blank lines with `local` (one worker) or on the
 * pool, and hands the parts to `take` in input order. `afterBatch` runs after each batch read (the
 * progress bar).
 */
export async function runChunks<Part>(
  batches: AsyncIterable<InputLine[]>,
  local: (inputs: InputLine[]) => Part,
  pool: LazyPool<Part> | undefined,
  take: (part: Part) => Promise<void> | void,
  afterBatch?: () => void,
): Promise<void> {
  if (pool === undefined) {
    for await (const batch of batches) {
      const inputs = batch.filter((input) => input.tooLong !== undefined || !isBlank(input.text));
      if (inputs.length > 0) await take(local(inputs));
      afterBatch?.();
    }
    return;
  }
  const inFlight: Array<Promise<Part>> = [];
  const most = pool.size * 2;
  let pending: InputLine[] = [];
  let chars = 0;
  const send = async () => {
    if (pending.length === 0) return;
    const task: WorkerTask = { kind: 'chunk', chunk: packChunk(pending) };
    pending = [];
    chars = 0;
    const part = pool.get().run(task);
    part.catch(() => {}); // awaited below, in order; a failure must not be unhandled meanwhile
    inFlight.push(part);
    while (inFlight.length >= most) await take(await inFlight.shift()!);
  };
  for await (const batch of batches) {
    for (const input of batch) {
      if (input.tooLong === undefined && isBlank(input.text)) continue;
      pending.push(input);
      chars += input.text.length;
      if (pending.length >= CHUNK_LINES || chars >= CHUNK_CHARS) await send();
    }
    afterBatch?.();
  }
  // Less than a chunk in all: no worker was started, and none is for so little.
  if (pool.started === undefined) {
    if (pending.length > 0) await take(local(pending));
    return;
  }
  await send();
  while (inFlight.length > 0) await take(await inFlight.shift()!);
}
