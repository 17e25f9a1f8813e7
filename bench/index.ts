/**
 * npm run bench [-- calendar|clock|sla|cli]: measures the library against named peers and prints ratios.
 * Speed is measured here, never asserted in the test suite (machines are noisy).
 */
import { runCalendarBench } from './calendar.bench.js';
import { runCliBench } from './cli.bench.js';
import { runClockBench } from './clock.bench.js';
import { runSlaBench } from './sla.bench.js';

const suites: Record<string, () => Promise<void>> = {
  calendar: runCalendarBench,
  clock: runClockBench,
  sla: runSlaBench,
  cli: runCliBench,
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
console.log(`# contract-terms benchmark (node ${process.version}, ${process.arch})\n`);
for (const [name, run] of Object.entries(suites)) {
  if (wanted.length === 0 || wanted.includes(name)) await run();
}
