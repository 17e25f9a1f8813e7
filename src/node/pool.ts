/**
 * A pool of worker threads running one script, each given the same start-up data (`workerData`)
 * and then tasks one at a time; the results come back as promises, one per task. Node-only (it is
 * never imported from the library's main entry, which runs in browsers too): the `contract-terms/node`
 * entry and the command line use it.
 *
 * A worker's script answers each task message `{ id, task }` with `{ id, result }` or
 * `{ id, error }` (see {@link serveTasks}). A worker that dies fails the tasks it held and every
 * later one: a pool that lost a worker is not silently smaller.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, type Transferable, Worker, workerData } from 'node:worker_threads';

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  /** Tasks sent to this worker and not answered yet. */
  busy: number;
}

/** A task that a worker could not do: its message, and the stack when there was one. */
export class WorkerTaskError extends Error {
  constructor(message: string, stack?: string) {
    super(message);
    this.name = 'WorkerTaskError';
    if (stack !== undefined) this.stack = stack;
  }
}

/**
 * Worker threads running `script`, each started with `data`.
 *
 * @example
 * const pool = new WorkerPool(new URL('./worker.js', import.meta.url), { contract: text }, 2);
 * const results = await Promise.all(chunks.map((chunk) => pool.run(chunk)));
 * await pool.close();
 * //=> one result per chunk, in the order of the chunks
 */
export class WorkerPool<Task = unknown, Result = unknown> {
  private readonly slots: Slot[];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure: Error | undefined;

  constructor(script: URL | string, data: unknown, size: number) {
    if (!Number.isInteger(size) || size < 1)
      throw new RangeError(`workers: expected a positive integer, got ${size}`);
    this.slots = Array.from({ length: size }, () => this.start(script, data));
  }

  /** How many workers the pool has. */
  get size(): number {
    return this.slots.length;
  }

  private start(script: URL | string, data: unknown): Slot {
    const worker = new Worker(script, { workerData: data });
    const slot: Slot = { worker, busy: 0 };
    worker.on(
      'message',
      (message: { id: number; result?: unknown; error?: { message: string; stack?: string } }) => {
        const pending = this.pending.get(message.id);
        if (pending === undefined) return;
        this.pending.delete(message.id);
        slot.busy--;
        if (message.error !== undefined)
          pending.reject(new WorkerTaskError(message.error.message, message.error.stack));
        else pending.resolve(message.result);
      },
    );
    const die = (error: Error) => {
      this.failure ??= error;
      // Every task still held anywhere fails: which worker held it is not worth the bookkeeping.
      for (const [id, pending] of this.pending) {
        this.pending.delete(id);
        pending.reject(error);
      }
    };
    worker.on('error', die);
    worker.on('exit', (code) => {
      if (code !== 0 || this.pending.size > 0)
        die(new WorkerTaskError(`a worker thread stopped (exit code ${code})`));
    });
    return slot;
  }

  /**
   * Runs a task on the least busy worker; `transfer` lists buffers moved rather than copied.
   * Tasks sent to one worker run in the order they were sent.
   */
  run(task: Task, transfer: readonly Transferable[] = []): Promise<Result> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    let slot = this.slots[0]!;
    for (const other of this.slots) if (other.busy < slot.busy) slot = other;
    return this.runOn(slot, task, transfer);
  }

  /** Runs one task on every worker (a task each: to collect what each has kept), in worker order. */
  runOnEach(task: Task): Promise<Result[]> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    return Promise.all(this.slots.map((slot) => this.runOn(slot, task, [])));
  }

  private runOn(slot: Slot, task: Task, transfer: readonly Transferable[]): Promise<Result> {
    const id = this.nextId++;
    slot.busy++;
    return new Promise<Result>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      slot.worker.postMessage({ id, task }, transfer as Transferable[]);
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}

/**
 * In a worker's script: the start-up data, and answers each task with `handle(task)` (a result,
 * with the buffers to transfer, or an error message).
 *
 * @example
 * serveTasks<{ text: string }, number>((data) => (task) => ({ result: task.length }));
 * //=> the worker answers each task with its length
 */
export function serveTasks<Data, Task, Result>(
  setup: (data: Data) => (task: Task) => { result: Result; transfer?: Transferable[] },
): void {
  if (isMainThread || parentPort === null) throw new Error('serveTasks: not in a worker thread');
  const port = parentPort;
  const handle = setup(workerData as Data);
  port.on('message', ({ id, task }: { id: number; task: Task }) => {
    let answer: { result: Result; transfer?: Transferable[] };
    try {
      answer = handle(task);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      port.postMessage({
        id,
        error: { message, ...(error instanceof Error && error.stack ? { stack: error.stack } : {}) },
      });
      return;
    }
    port.postMessage({ id, result: answer.result }, answer.transfer ?? []);
  });
}

/** The machine's cores available to this process (at least 1). */
export function availableCores(): number {
  return Math.max(1, availableParallelism());
}
