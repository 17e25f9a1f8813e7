/**
 * A DDSketch (Masson, Rim and Lee, "DDSketch: a fast and fully-mergeable quantile sketch with
 * relative-error guarantees", VLDB 2019) with the logarithmic index mapping: the quantile sketch of
 * report rows past their exact size. It owns the mapping of a value to its bin key, the counts per
 * bin, and a bin's representative value.
 *
 * Why not `@datadog/sketches-js` itself: its mapping and store call `require('../proto/compiled')`
 * (protobufjs, not a dependency of the package) inside their serialisation methods, which a bundler
 * must resolve even if never called, so the library could not be bundled for a browser with it. This
 * room computes the same keys and representatives with the same formulas (`sketch.test.ts` checks
 * it against that package, a development dependency, key for key), so states are interchangeable.
 *
 * Every value in a bin lies within `relativeAccuracy` of the bin's representative; bins are integer
 * counts, so merging sketches adds counts and is exact, associative and commutative.
 */

/** The smallest value given a bin of its own (as sketches-js: 2^-1023 x gamma); below it, zero. */
const MIN_SAFE_FLOAT = 2 ** -1023;

/** A DDSketch of non-negative values (measured times) with the logarithmic mapping. */
export class LogSketch {
  readonly relativeAccuracy: number;
  readonly gamma: number;
  private readonly multiplier: number;
  private readonly minPossible: number;
  /** Counts by bin key (sparse: a few hundred keys cover milliseconds to years at 1 %). */
  private readonly bins = new Map<number, number>();
  zeroCount = 0;
  count = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;

  constructor(relativeAccuracy: number) {
    if (!(relativeAccuracy > 0 && relativeAccuracy < 1)) {
      throw new RangeError(`relativeAccuracy must lie strictly between 0 and 1, got ${relativeAccuracy}`);
    }
    this.relativeAccuracy = relativeAccuracy;
    const gammaMantissa = (2 * relativeAccuracy) / (1 - relativeAccuracy);
    this.gamma = 1 + gammaMantissa;
    // sketches-js's LogarithmicMapping: key = ceil(log2(v) x ln 2 / ln(gamma)).
    this.multiplier = (1 / Math.log1p(gammaMantissa)) * Math.log(2);
    this.minPossible = MIN_SAFE_FLOAT * this.gamma;
  }

  /** The bin key of a positive value. */
  key(value: number): number {
    return Math.ceil(Math.log2(value) * this.multiplier);
  }

  /** The representative of a bin: within `relativeAccuracy` of every value in it. */
  value(key: number): number {
    return 2 ** (key / this.multiplier) * (2 / (1 + this.gamma));
  }

  /** Adds a value (negative values are not measured times and are refused). */
  accept(value: number): void {
    if (!(value >= 0)) throw new RangeError(`a sketch holds non-negative values, got ${value}`);
    if (value > this.minPossible) this.addBin(this.key(value), 1);
    else this.zeroCount += 1;
    this.count += 1;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  /** Adds `count` to a bin (restoring a saved state). */
  addBin(key: number, count: number): void {
    this.bins.set(key, (this.bins.get(key) ?? 0) + count);
  }

  /** Adds every count of `other` (same accuracy). */
  merge(other: LogSketch): void {
    if (other.gamma !== this.gamma) {
      throw new RangeError('sketches of different relative accuracies cannot be merged');
    }
    for (const [key, count] of other.bins) this.addBin(key, count);
    this.zeroCount += other.zeroCount;
    this.count += other.count;
    if (other.min < this.min) this.min = other.min;
    if (other.max > this.max) this.max = other.max;
  }

  /** The key of the bin holding the positive value of 0-based `rank` (ranks past the end: the last bin). */
  keyAtRank(rank: number): number {
    let running = 0;
    const keys = this.sortedBins();
    for (const [key, count] of keys) {
      running += count;
      if (running > rank) return key;
    }
    return keys.length === 0 ? 0 : keys[keys.length - 1]![0];
  }

  /** The non-empty bins, by key. */
  sortedBins(): Array<[number, number]> {
    return [...this.bins].filter(([, count]) => count > 0).sort((a, b) => a[0] - b[0]);
  }
}
