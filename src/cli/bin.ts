/**
 * The `contract-terms` executable (dist/cli.js): runs main() on the process' arguments and streams,
 * and sets the exit code; anything that escapes main() exits with code 3 as a bug. With CONTRACT_TERMS_REPORT_RSS=1 it reports its peak memory on standard
 * error at exit (used by the bounded-memory test).
 */
import { writeSync } from 'node:fs';
import { crashText, EXIT, main } from './main.js';

const argv = process.argv.slice(2);

// Whatever escapes main() (an exception thrown from a stream callback, a rejection nobody awaited)
// is a bug: one line naming it and the version, exit code 3, never a raw stack trace.
const crash = (error: unknown) => {
  try {
    writeSync(2, crashText(error, argv, process.env));
  } finally {
    process.exit(EXIT.internal);
  }
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

// `contract-terms evaluate ... | head` closes the pipe early: stop quietly, like other Unix tools.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  crash(error);
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

process.exitCode = await main(argv);
