/**
 * The command line's worker thread (dist/cli-worker.js): parses the contract again from the
 * definition text the command read (with the same limits, its notices read next to the contract
 * file), then does the chunks of lines it is sent, for `evaluate` or `report` (see parallel.ts).
 */

import { workerData } from 'node:worker_threads';
import type { Limits } from '../index.js';
import { readNextTo } from '../node/parallel.js';
import { safeParseContractOnDemand } from '../node/parse-on-demand.js';
import { serveTasks } from '../node/pool.js';
import { type EvaluateWorkerOptions, evaluateWorker } from './commands/evaluate.js';
import { type ReportWorkerOptions, reportWorker } from './commands/report.js';
import { messages } from './messages.js';
import type { WorkerSetup, WorkerTask } from './parallel.js';

// Parsed before the first task is taken (tasks wait in the port meanwhile), region calendars
// loaded when the definition names one, as the command parsed it.
const start = workerData as WorkerSetup;
const parsed = await safeParseContractOnDemand(start.contractText, {
  limits: start.limits as unknown as Limits,
  readFile: readNextTo(start.contractPath),
});

serveTasks<WorkerSetup, WorkerTask, unknown>((setup) => {
  // The command parsed the same text first: a worker that cannot is a bug, not the user's mistake.
  if (!parsed.ok)
    throw new Error(`worker: the contract no longer parses (${parsed.issues[0]?.message ?? ''})`);
  const ctx = { lang: setup.lang, m: messages(setup.lang) };
  return setup.command === 'evaluate'
    ? evaluateWorker(parsed.contract, setup.options as EvaluateWorkerOptions, ctx)
    : reportWorker(parsed.contract, setup.options as ReportWorkerOptions, ctx);
});
