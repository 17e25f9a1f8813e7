/**
 * Checking that a computation grows linearly, on a shared machine. Ten times the input should cost
 * about ten times the time; a quadratic algorithm costs about a hundred times. One measurement can
 * be slowed by another process, so the ratio of the fastest of several runs at n and at 10 n is
 * measured up to three times, and the best ratio is returned: a load spike does not fail the check,
 * while a quadratic algorithm is slow in every attempt and still does.
 */

/** The time of one run at size n, in ms (any clock: only ratios are compared). */
export type Timed = (n: number) => number | Promise<number>;

/**
 * The best ratio of time(10 n) to time(n) over up to three attempts (stopping at the first below
 * `enough`). Expect it below 40: linear gives about 10, n log n a little more, quadratic about 100.
 */
export async function growthRatio(time: Timed, n: number, enough = 40): Promise<number> {
  await time(n); // warm up
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && best >= enough; attempt++) {
    let small = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i++) small = Math.min(small, await time(n));
    let large = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 2; i++) large = Math.min(large, await time(10 * n));
    best = Math.min(best, large / small);
  }
  return best;
}
