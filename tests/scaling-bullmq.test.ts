/**
 * docs/scaling.md's queue of workers, on a real Redis server: this test starts Debian's
 * `redis-server` on a free local port (no file written: no snapshot, no append-only file), puts the
 * shards of a ticket file on a BullMQ queue, and starts worker processes
 * (examples/scaling/bullmq-worker.mjs) that each return a shard's report state. One more worker
 * takes a shard and hangs; it is killed with SIGKILL while it holds it, the shard goes back to the
 * queue when its lock expires, and another worker computes it. The merged state must equal the state
 * one process computes on the whole file (`contract-terms report --state`), byte for byte.
 *
 * Without redis-server on the PATH the test is skipped with a notice; `.ci/run` installs it and sets
 * CONTRACT_TERMS_REQUIRE_REDIS=1, which makes a missing server a failure instead.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Job, Queue, QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTicketsFile } from '../bench/tickets-file.js';
import { ComplianceAccumulator, type ComplianceState, parseContract } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const CONTRACT = join(root, 'examples/customer-service.contract.yaml');
const WORKER = join(root, 'examples/scaling/bullmq-worker.mjs');
const QUEUE = 'compliance-shards';

const available = spawnSync('redis-server', ['--version']).status === 0;
const required = process.env.CONTRACT_TERMS_REQUIRE_REDIS === '1';
const missing =
  'redis-server is not installed: the BullMQ example of docs/scaling.md needs it. Install Debian\'s with "apt-get install -y --no-install-recommends redis-server" (.ci/run does this).';
if (!available && !required) console.warn(`skipping the BullMQ scaling test: ${missing}`);

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Everything each child process has printed so far (collected from its start: nothing is missed). */
const outputs = new Map<ChildProcess, string>();

function collect(child: ChildProcess): ChildProcess {
  outputs.set(child, '');
  child.stdout!.on('data', (chunk: Buffer) =>
    outputs.set(child, outputs.get(child)! + chunk.toString('utf8')),
  );
  return child;
}

/** Resolves with the first line `child` printed starting with `text` (rejects when it exits first). */
async function printed(child: ChildProcess, text: string): Promise<string> {
  for (;;) {
    const line = outputs
      .get(child)!
      .split('\n')
      .find((l) => l.startsWith(text));
    if (line !== undefined) return line;
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`process exited before printing "${text}": ${outputs.get(child)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Whether a Redis server answers PING on the port. */
function pong(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
    socket.setTimeout(1_000, () => socket.destroy());
    socket.once('data', (data) => {
      resolve(data.toString().startsWith('+PONG'));
      socket.destroy();
    });
    socket.once('error', () => resolve(false));
    socket.once('close', () => resolve(false));
  });
}

let dir: string;
let port: number;
let redis: ChildProcess | undefined;
const workers: ChildProcess[] = [];

beforeAll(async () => {
  if (!available) {
    if (required) throw new Error(missing);
    return;
  }
  dir = mkdtempSync(join(tmpdir(), 'contract-terms-bullmq-'));
  port = await freePort();
  redis = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: 'ignore' },
  );
  // Ready when it answers PING.
  for (let i = 0; !(await pong(port)); i++) {
    if (i > 100) throw new Error(`redis-server did not start on port ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}, 60_000);

afterAll(async () => {
  for (const worker of workers) worker.kill('SIGKILL');
  if (redis !== undefined) {
    const exited = new Promise((r) => redis!.once('exit', r));
    redis.kill('SIGTERM');
    await exited;
  }
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
}, 30_000);

function startWorker(extra: Record<string, string> = {}): ChildProcess {
  const child = spawn(process.execPath, [WORKER], {
    cwd: root,
    env: { ...process.env, REDIS_PORT: String(port), CONTRACT, ...extra },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  workers.push(child);
  return collect(child);
}

describe.skipIf(!available && !required)('BullMQ workers on a real Redis (docs/scaling.md)', () => {
  it('merges the shards returned by the workers into one process’s report, also when a worker dies mid-shard', async () => {
    // The tickets: synthetic ones, and the examples (with their bad lines).
    const file = join(dir, 'tickets.jsonl');
    await writeTicketsFile(file, 4_000);
    const lines = [
      ...readFileSync(file, 'utf8').split('\n'),
      ...readFileSync(join(root, 'examples/tickets.jsonl'), 'utf8').split('\n'),
    ].filter((line) => line.trim() !== '');
    writeFileSync(file, `${lines.join('\n')}\n`);
    // One process on the whole file: the reference.
    const one = spawnSync(
      process.execPath,
      [join(root, 'dist/cli.js'), 'report', CONTRACT, file, '--state', join(dir, 'one.json')],
      { encoding: 'utf8' },
    );
    expect(one.status, one.stderr).toBe(1); // the examples' bad lines
    const expected = readFileSync(join(dir, 'one.json'), 'utf8').trim();

    // The worker that will die: it takes the first shard and hangs.
    const doomed = startWorker({ HANG_ON_JOB: '1' });
    await printed(doomed, 'ready');
    const connection = { host: '127.0.0.1', port };
    const queue = new Queue(QUEUE, { connection });
    const events = new QueueEvents(QUEUE, { connection });
    await events.waitUntilReady();
    try {
      const shards = 8;
      const size = Math.ceil(lines.length / shards);
      const jobs: Job[] = await queue.addBulk(
        Array.from({ length: shards }, (_, i) => ({
          name: `shard-${i}`,
          data: { lines: lines.slice(i * size, (i + 1) * size) },
          opts: { attempts: 3 },
        })),
      );
      const held = await printed(doomed, 'started');
      doomed.kill('SIGKILL'); // mid-shard: it never returns its state
      const others = [startWorker(), startWorker(), startWorker()];
      await Promise.all(others.map((w) => printed(w, 'ready')));
      const states = (await Promise.all(
        jobs.map((job) => job.waitUntilFinished(events, 60_000)),
      )) as ComplianceState[];

      // The killed worker's shard was computed again by another worker, once.
      const killedJob = await queue.getJob(held.slice('started '.length).trim());
      expect(killedJob?.finishedOn).toBeDefined();
      expect(killedJob?.returnvalue).toBeTruthy();

      const contract = parseContract(readFileSync(CONTRACT, 'utf8'));
      const merged = contract.complianceAccumulator();
      for (const state of states) merged.merge(ComplianceAccumulator.fromJSON(state));
      expect(JSON.stringify(merged)).toBe(expected);
      expect(merged.report().tickets.read).toBe(lines.length);
    } finally {
      await events.close();
      await queue.close();
    }
  }, 120_000);
});
