// A BullMQ worker process that computes one partial compliance report per job (docs/scaling.md).
// Each job holds a shard of ticket lines (JSON Lines); the job's return value is the shard's report
// state (ComplianceAccumulator.toJSON()), which whoever collects the jobs merges.
//
//   REDIS_PORT=6379 CONTRACT=examples/customer-service.contract.yaml node examples/scaling/bullmq-worker.mjs
//
// A worker killed in the middle of a job returns nothing: BullMQ finds the job stalled (its lock
// expires) and gives it to another worker, which computes the whole shard again. A shard is counted
// once, by the worker that completes its job.
import { readFileSync } from 'node:fs';
import { Worker } from 'bullmq';
import { parseContract } from 'contract-terms';

const contract = parseContract(readFileSync(process.env.CONTRACT, 'utf8'));
const connection = { host: '127.0.0.1', port: Number(process.env.REDIS_PORT ?? 6379) };

/** A shard's report state: every line evaluated (a line that is not JSON counts as failed). */
export function shardState(lines) {
  const accumulator = contract.complianceAccumulator();
  for (const line of lines) {
    if (line.trim() === '') continue;
    let ticket;
    try {
      ticket = JSON.parse(line);
    } catch {
      accumulator.addFailure();
      continue;
    }
    for (const item of contract.evaluateTickets([ticket])) accumulator.add(item);
  }
  return accumulator.toJSON();
}

const worker = new Worker(
  'compliance-shards',
  async (job) => {
    // For the test of a worker killed mid-shard: say which job this process holds, then hang.
    console.log(`started ${job.id}`);
    if (process.env.HANG_ON_JOB === '1') await new Promise(() => {});
    return shardState(job.data.lines);
  },
  // A short lock, so that a job whose worker died goes back to the queue within seconds.
  { connection, concurrency: 1, lockDuration: 2_000, stalledInterval: 1_000, maxStalledCount: 5 },
);
await worker.waitUntilReady();
console.log('ready');
process.on('SIGTERM', async () => {
  await worker.close();
  process.exit(0);
});
