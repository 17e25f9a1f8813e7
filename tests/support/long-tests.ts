/**
 * Long tests: property and fuzz runs at full size, checks that time grows linearly, the streaming
 * memory test, the browser test, and the built CLI binary started for every CLI test. `npm test`
 * runs a tenth of every property's cases, skips the timed, memory and browser checks and calls the
 * CLI's main in-process (tests/cli/support.ts), so that the default run stays under a minute on two
 * cores; CI (.ci/run) sets CONTRACT_TERMS_LONG_TESTS=1 and runs everything at full size. Nothing is dropped: a property that
 * runs 2,000 cases in CI runs 200 by default, with fast-check's random seed still new every run.
 */

/** Whether the long tests run (CONTRACT_TERMS_LONG_TESTS=1, as .ci/run sets it). */
export const LONG_TESTS = process.env.CONTRACT_TERMS_LONG_TESTS === '1';

/** The number of cases a property runs: `full` in a long run, a tenth of it (at least 10) otherwise. */
export function runs(full: number): number {
  return LONG_TESTS ? full : Math.min(full, Math.max(10, Math.ceil(full / 10)));
}
