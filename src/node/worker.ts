/**
 * The worker thread of `contract-terms/node` (dist/node-worker.js): parses the contract from the
 * definition text it is started with, then evaluates the chunks of tickets it is sent, either into
 * items as plain data (`evaluateTickets`) or into its own compliance accumulator, whose state the
 * `finish` task returns (`complianceReport`).
 */
import { type ComplianceOptions, type EvaluateOptions, type Limits, parseContract } from '../index.js';
import { evaluationItemData, type NodeWorkerSetup, type NodeWorkerTask, readNextTo } from './parallel.js';
import { serveTasks } from './pool.js';

serveTasks<NodeWorkerSetup, NodeWorkerTask, unknown>((setup) => {
  const contract = parseContract(setup.text, {
    ...(setup.limits === undefined ? {} : { limits: setup.limits as Partial<Limits> }),
    ...(setup.strict === undefined ? {} : { strict: setup.strict }),
    ...(setup.file === undefined ? {} : { readFile: readNextTo(setup.file) }),
  });
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
