/**
 * `evaluateTickets` and `complianceReport` on worker threads (`{ workers: n }`), for Node. A worker
 * cannot be handed a parsed contract (functions, classes): each is given the contract's definition
 * text and parse options and parses it again; tickets go to the workers in chunks. Evaluations come
 * back as plain data (their `toJSON()` form), one item per ticket in input order; a report is
 * counted by one accumulator per worker and their states are merged, which gives the report of one
 * thread to the byte (the merge is exact and does not depend on order).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  ComplianceAccumulator,
  type ComplianceOptions,
  type ComplianceReport,
  type ComplianceState,
  type Contract,
  type EvaluateOptions,
  type EvaluationItem,
  type Limits,
} from '../index.js';
import { parseContractOnDemand } from './parse-on-demand.js';
import { WorkerPool } from './pool.js';

/**
 * A contract as workers receive it: its definition text (YAML or JSON) and what `parseContract`
 * was given. `file` is where the definition was read from: notices it names are read next to it.
 * A definition naming a region calendar needs nothing more: `contract-terms/regions` is loaded
 * when it does.
 */
export interface ContractSource {
  text: string;
  file?: string;
  limits?: Partial<Limits>;
  strict?: boolean;
}

/** How to run in parallel. */
export interface ParallelOptions {
  /** Worker threads (default 1: this thread, no worker). */
  workers?: number;
  /** Tickets sent to a worker at a time (default 1,000). */
  chunkSize?: number;
}

/** An evaluation as plain data: what `JSON.parse(JSON.stringify(evaluation))` gives. */
export interface TicketEvaluationData {
  ticketId: string;
  at: string | null;
  channel: string | null;
  month: string;
  state: string;
  /** Each target's `toJSON()` form. */
  targets: Array<Record<string, unknown>>;
  unmappedStatuses?: string[];
}

/** An item of the parallel `evaluateTickets`: like `EvaluationItem`, with the evaluation as data. */
export type EvaluationItemData =
  | { ok: true; index: number; ticketId: string; evaluation: TicketEvaluationData }
  | Extract<EvaluationItem, { ok: false }>;

/** @internal What a worker of this module is started with. */
export interface NodeWorkerSetup {
  mode: 'evaluate' | 'report';
  text: string;
  file?: string;
  limits?: Record<string, number>;
  strict?: boolean;
  options: EvaluateOptions | ComplianceOptions;
}

/** @internal A task of a worker of this module. */
export type NodeWorkerTask = { kind: 'tickets'; first: number; tickets: unknown[] } | { kind: 'finish' };

/** @internal An item as plain data. */
export function evaluationItemData(item: EvaluationItem, index: number): EvaluationItemData {
  if (!item.ok) return { ...item, index };
  return {
    ok: true,
    index,
    ticketId: item.ticketId,
    evaluation: JSON.parse(JSON.stringify(item.evaluation)) as TicketEvaluationData,
  };
}

function workerFile(): URL {
  return new URL('./node-worker.js', import.meta.url);
}

function parseSource(source: ContractSource): Promise<Contract> {
  // Parsed here first: a definition with mistakes fails here, with its issues, not in a worker.
  // Region calendars are loaded when the definition names one (the workers do the same).
  return parseContractOnDemand(source.text, {
    ...(source.limits === undefined ? {} : { limits: source.limits }),
    ...(source.strict === undefined ? {} : { strict: source.strict }),
    ...(source.file === undefined ? {} : { readFile: readNextTo(source.file) }),
  });
}

/** @internal How notices named by a definition read from `file` are read: next to it. */
export function readNextTo(file: string): (name: string) => string {
  return (name) => {
    const text = readFileSync(resolve(dirname(file), name), 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  };
}

function setupOf(
  mode: NodeWorkerSetup['mode'],
  source: ContractSource,
  options: EvaluateOptions | ComplianceOptions,
): NodeWorkerSetup {
  return {
    mode,
    text: source.text,
    ...(source.file === undefined ? {} : { file: source.file }),
    ...(source.limits === undefined ? {} : { limits: { ...source.limits } as Record<string, number> }),
    ...(source.strict === undefined ? {} : { strict: source.strict }),
    options,
  };
}

/** Chunks of `size` tickets from any iterable, sync or async. */
async function* chunksOf(tickets: Iterable<unknown> | AsyncIterable<unknown>, size: number) {
  let chunk: unknown[] = [];
  for await (const ticket of tickets as AsyncIterable<unknown>) {
    chunk.push(ticket);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

function workerCount(options: ParallelOptions): number {
  const n = options.workers ?? 1;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`workers: expected a positive integer, got ${n}`);
  return n;
}

function parallelOptionsRemoved<T extends ParallelOptions>(options: T): Omit<T, keyof ParallelOptions> {
  const { workers: _w, chunkSize: _c, ...rest } = options;
  return rest;
}

/**
 * Evaluates tickets on `workers` threads: one item per ticket, in input order, the evaluation as
 * plain data (its `toJSON()` form) or that ticket's error. At most two chunks per worker are in
 * flight, so any number of tickets fits in memory.
 *
 * @example
 * const source = { text: readFileSync('examples/customer-service.contract.yaml', 'utf8') };
 * for await (const item of evaluateTickets(source, readTickets(), { workers: 4 }))
 *   if (item.ok) console.log(item.ticketId, item.evaluation.targets.map((t) => t.status));
 * //=> 'CS-1001' ['met', 'met'], then every other ticket, in input order
 */
export async function* evaluateTickets(
  source: ContractSource,
  tickets: Iterable<unknown> | AsyncIterable<unknown>,
  options: EvaluateOptions & ParallelOptions = {},
): AsyncGenerator<EvaluationItemData> {
  const workers = workerCount(options);
  const evaluate = parallelOptionsRemoved(options);
  const contract = await parseSource(source);
  const size = options.chunkSize ?? 1_000;
  if (workers === 1) {
    let index = 0;
    for await (const chunk of chunksOf(tickets, size))
      for (const item of contract.evaluateTickets(chunk, evaluate)) yield evaluationItemData(item, index++);
    return;
  }
  const pool = new WorkerPool<NodeWorkerTask, EvaluationItemData[]>(
    workerFile(),
    setupOf('evaluate', source, evaluate),
    workers,
  );
  try {
    const inFlight: Array<Promise<EvaluationItemData[]>> = [];
    let first = 0;
    for await (const chunk of chunksOf(tickets, size)) {
      const part = pool.run({ kind: 'tickets', first, tickets: chunk });
      part.catch(() => {});
      inFlight.push(part);
      first += chunk.length;
      while (inFlight.length >= workers * 2) yield* await inFlight.shift()!;
    }
    while (inFlight.length > 0) yield* await inFlight.shift()!;
  } finally {
    await pool.close();
  }
}

/**
 * The compliance report of tickets evaluated on `workers` threads: each worker counts the chunks it
 * is given into its own accumulator, and their states are merged. The report is the one
 * `contract.complianceReport(contract.evaluateTickets(tickets), options)` gives, to the byte.
 *
 * @example
 * const source = { text: readFileSync('examples/customer-service.contract.yaml', 'utf8') };
 * const report = await complianceReport(source, readTickets(), { workers: 4, month: '2025-10' });
 * report.rows.map((r) => [r.target, r.channel, r.met, r.breached]).slice(0, 1)
 * //=> [['chat-first-response', 'chat', 3, 1]] (with the tickets of examples/tickets.jsonl)
 */
export async function complianceReport(
  source: ContractSource,
  tickets: Iterable<unknown> | AsyncIterable<unknown>,
  options: ComplianceOptions & ParallelOptions = {},
): Promise<ComplianceReport> {
  return (await complianceAccumulator(source, tickets, options)).report();
}

/**
 * {@link complianceReport}'s accumulator, to merge with others (partitions counted elsewhere) or
 * save with `toJSON()`.
 *
 * @example
 * const accumulator = await complianceAccumulator(source, readTickets(), { workers: 2 });
 * JSON.stringify(accumulator.toJSON()).length > 0
 * //=> true
 */
export async function complianceAccumulator(
  source: ContractSource,
  tickets: Iterable<unknown> | AsyncIterable<unknown>,
  options: ComplianceOptions & ParallelOptions = {},
): Promise<ComplianceAccumulator> {
  const workers = workerCount(options);
  const report = parallelOptionsRemoved(options);
  const contract = await parseSource(source);
  const accumulator = contract.complianceAccumulator(report);
  const size = options.chunkSize ?? 1_000;
  if (workers === 1) {
    for await (const chunk of chunksOf(tickets, size))
      for (const item of contract.evaluateTickets(chunk)) accumulator.add(item);
    return accumulator;
  }
  const pool = new WorkerPool<NodeWorkerTask, ComplianceState | null>(
    workerFile(),
    setupOf('report', source, report),
    workers,
  );
  try {
    const inFlight: Array<Promise<unknown>> = [];
    for await (const chunk of chunksOf(tickets, size)) {
      const done = pool.run({ kind: 'tickets', first: 0, tickets: chunk });
      done.catch(() => {});
      inFlight.push(done);
      while (inFlight.length >= workers * 2) await inFlight.shift();
    }
    await Promise.all(inFlight);
    for (const state of await pool.runOnEach({ kind: 'finish' }))
      if (state !== null) accumulator.merge(ComplianceAccumulator.fromJSON(state));
  } finally {
    await pool.close();
  }
  return accumulator;
}
