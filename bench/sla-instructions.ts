/**
 * npm run bench:instructions: machine instructions per ticket of evaluateTickets + complianceReport,
 * counted by valgrind (Debian package `valgrind`). Wall time on a shared machine varies by half or
 * more from run to run; instruction counts repeat, so this is the instrument for A/B-testing
 * changes to the SLA hot path (differences under ~5% are still noise: JIT and GC timing move).
 *
 * It runs itself twice under callgrind, with 3 and with 9 rounds over the same 20,000 tickets, and
 * divides the difference by 6 rounds: start-up, JIT warm-up and the first rounds cancel out.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseContract } from '../src/index.js';
import { repoRoot } from './harness.js';
import { syntheticTickets } from './tickets.js';

const TICKETS = 20_000;
const rounds = process.env.CONTRACT_TERMS_ROUNDS;

if (rounds !== undefined) {
  // The measured process: the same work as one chunk of the SLA bench, `rounds` times.
  const contract = parseContract(
    readFileSync(join(repoRoot, 'examples/customer-service.contract.yaml'), 'utf8'),
  );
  // As a JSON export gives them (flat strings, see sla.bench.ts).
  const tickets = syntheticTickets(0, TICKETS).map((t) => JSON.parse(JSON.stringify(t)) as unknown);
  let evaluated = 0;
  for (let r = 0; r < Number(rounds); r++) {
    evaluated += contract.complianceReport(contract.evaluateTickets(tickets)).tickets.evaluated;
  }
  console.log(`evaluated ${evaluated}`);
} else {
  const self = fileURLToPath(import.meta.url);
  const count = (n: number): number => {
    const run = spawnSync(
      'valgrind',
      ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '--single-threaded', self],
      { env: { ...process.env, CONTRACT_TERMS_ROUNDS: String(n) }, encoding: 'utf8' },
    );
    if (run.error !== undefined) {
      console.error(
        `valgrind could not be started (${run.error.message}); on Debian: apt-get install valgrind`,
      );
      process.exit(1);
    }
    const collected = /Collected : (\d+)/.exec(run.stderr)?.[1];
    if (run.status !== 0 || collected === undefined) {
      console.error(`the measured run failed:\n${run.stderr.slice(-2000)}`);
      process.exit(1);
    }
    return Number(collected);
  };
  console.log(
    `counting instructions for ${TICKETS.toLocaleString('en-US')} tickets, 3 and 9 rounds (a few minutes)...`,
  );
  const few = count(3);
  const many = count(9);
  const perTicket = Math.round((many - few) / 6 / TICKETS);
  console.log(
    `${perTicket.toLocaleString('en-US')} instructions per ticket (evaluateTickets + complianceReport)`,
  );
}
