/**
 * The `contract-terms` executable (dist/cli.js): runs main() on the process' arguments and streams,
 * and sets the exit code. With CONTRACT_TERMS_REPORT_RSS=1 it reports its peak memory on standard
 * error at exit (used by the bounded-memory test).
 */
import { writeSync } from 'node:fs';
import { main } from './main.js';

// `contract-terms evaluate ... | head` closes the pipe early: stop quietly, like other Unix tools.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

if (process.env.CONTRACT_TERMS_REPORT_RSS === '1') {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeSync(
      2,
      `contract-terms: memory: peak rss ${usage.maxRSS * 1024} bytes, rss at exit ${process.memoryUsage().rss} bytes\n`,
    );
  });
}

process.exitCode = await main(process.argv.slice(2));
