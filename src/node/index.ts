/**
 * `contract-terms/node`: what only Node can do, kept out of the main entry (which runs in browsers
 * too and imports no Node built-in). Evaluating tickets and computing compliance reports on worker
 * threads: `evaluateTickets`, `complianceReport` and `complianceAccumulator` with `{ workers: n }`.
 * docs/scaling.md says how to go past one machine.
 */
export {
  type ContractSource,
  complianceAccumulator,
  complianceReport,
  type EvaluationItemData,
  evaluateTickets,
  type ParallelOptions,
  type TicketEvaluationData,
} from './parallel.js';
export { availableCores, WorkerPool, WorkerTaskError } from './pool.js';
