/**
 * The worker thread of `contract-terms/node` (dist/node-worker.js): parses the contract from the
 * definition text it is started with, then evaluates the chunks of tickets it is sent, either into
 * items as plain data (`evaluateTickets`) or into its own compliance accumulator, whose state the
 * `finish` task returns (`complianceReport`).
 */
import { workerData } from 'node:worker_threads';
import type { ComplianceOptions, EvaluateOptions, Limits } from '../index.js';
import { evaluationItemData, type NodeWorkerSetup, type NodeWorkerTask, readNextTo } from './parallel.js';
import { parseContractOnDemand } from './parse-on-demand.js';
import { serveTasks } from './pool.js';

// Parsed before the first task is taken (tasks wait in the port meanwhile), region calendars loaded
// when the definition names one, as the thread that started this one parsed it.
const start = workerData as NodeWorkerSetup;
const contract = await parseContractOnDemand(start.text, {
  ...(start.limits === undefined ? {} : { limits: start.limits as Partial<Limits> }),
  ...(start.strict === undefined ? {} : { strict: start.strict }),
  ...(start.file === undefined ? {} : { readFile: readNextTo(start.file) }),
});

serveTasks<NodeWorkerSetup, NodeWorkerTask, unknown>((setup) => {
  const evaluate = setup.options as EvaluateOptions;
  const accumulator =
    setup.mode === 'report' ? contract.complianceAccumulator(setup.options as ComplianceOptions) : undefined;
  return (task) => {
    if (task.kind === 'finish') return { result: accumulator?.toJSON() ?? null };
    if (accumulator !== undefined) {
      // As contract.complianceReport(contract.evaluateTickets(tickets), options): evaluated on their
      // events, the report's `at` applied by the accumulator.
      for (const item of contract.evaluateTickets(task.tickets)) accumulator.add(item);
      return { result: null };
    }
    const items = [];
    let index = task.first;
    for (const item of contract.evaluateTickets(task.tickets, evaluate))
      items.push(evaluationItemData(item, index++));
    return { result: items };
  };
});
