/**
 * The measured times of one report row, kept so that rows merge exactly: every time while there are
 * at most `exactUpTo` of them (percentiles by nearest rank, exact), then a DDSketch
 * (`@datadog/sketches-js`, a mergeable quantile sketch with a relative-error guarantee) holding
 * counts per logarithmic bin. Whether a row is exact depends only on how many times it holds, and a
 * sketch's bins only on the values added, so merging partitions gives the state of the whole, in any
 * order.
 */
import { DDSketch } from '@datadog/sketches-js';
import { nearestRanks } from './percentiles.js';

/** A sketch as plain data: non-zero bins in key order, the zero count, and the summary figures. */
export interface SketchState {
  /** Keys and counts of the non-empty bins of positive values, by key. */
  bins: Array<[number, number]>;
  zeroCount: number;
  count: number;
  min: number;
  max: number;
}

/** The measured times of a row as plain data: exactly one of `times` and `sketch`. */
export interface MeasuredState {
  /** Every measured time, ascending (while there are at most `exactUpTo`). */
  times?: number[];
  sketch?: SketchState;
}

/** Sketch settings: past `exactUpTo` times a row keeps a DDSketch of relative accuracy `relativeAccuracy`. */
export interface SketchSettings {
  exactUpTo: number;
  relativeAccuracy: number;
}

/** The measured times of one row: exact while few, then a DDSketch. */
export class MeasuredTimes {
  private times: number[] | null = [];
  private sketch: DDSketch | null = null;

  constructor(private readonly settings: SketchSettings) {}

  /** How many times were added. */
  get count(): number {
    return this.times === null ? this.sketch!.count : this.times.length;
  }

  /** Whether the percentiles are exact. */
  get exact(): boolean {
    return this.times !== null;
  }

  add(ms: number): void {
    const times = this.times;
    if (times !== null) {
      times.push(ms);
      if (times.length > this.settings.exactUpTo) this.toSketch();
    } else this.sketch!.accept(ms);
  }

  /** Adds every time of `other` (same settings). */
  merge(other: MeasuredTimes): void {
    if (other.times !== null) {
      for (const t of other.times) this.add(t);
      return;
    }
    if (this.times !== null) this.toSketch();
    this.sketch!.merge(other.sketch!);
  }

  private toSketch(): void {
    const sketch = new DDSketch({ relativeAccuracy: this.settings.relativeAccuracy });
    for (const t of this.times!) sketch.accept(t);
    this.sketch = sketch;
    this.times = null;
  }

  /**
   * The times at the percentiles by nearest rank (the value at rank ⌈p/100 × n⌉): exact from the
   * times, or from the sketch the representative of the bin holding that rank, clamped to the
   * smallest and largest time and rounded to whole milliseconds (within the relative accuracy of the
   * exact value, plus half a millisecond).
   */
  percentiles(percentiles: readonly number[]): Array<number | null> {
    if (this.times !== null) return nearestRanks(Float64Array.from(this.times), percentiles);
    const sketch = this.sketch!;
    const n = sketch.count;
    return percentiles.map((p) => {
      if (n === 0) return null;
      const rank = Math.min(n - 1, Math.max(0, Math.ceil((p / 100) * n) - 1));
      if (rank < sketch.zeroCount) return 0;
      const key = sketch.store.keyAtRank(rank - sketch.zeroCount);
      const value = Math.min(sketch.max, Math.max(sketch.min, sketch.mapping.value(key)));
      return Math.round(value);
    });
  }

  toJSON(): MeasuredState {
    if (this.times !== null) return { times: Array.from(Float64Array.from(this.times).sort()) };
    const sketch = this.sketch!;
    const store = sketch.store;
    const bins: Array<[number, number]> = [];
    for (let i = 0; i < store.bins.length; i++) {
      const count = store.bins[i]!;
      if (count > 0) bins.push([i + store.offset, count]);
    }
    return {
      sketch: { bins, zeroCount: sketch.zeroCount, count: sketch.count, min: sketch.min, max: sketch.max },
    };
  }

  /** Times from their plain data (checked by the caller). */
  static fromJSON(state: MeasuredState, settings: SketchSettings): MeasuredTimes {
    const out = new MeasuredTimes(settings);
    if (state.times !== undefined) out.times = [...state.times];
    else {
      const s = state.sketch!;
      const sketch = new DDSketch({ relativeAccuracy: settings.relativeAccuracy });
      for (const [key, count] of s.bins) sketch.store.add(key, count);
      sketch.zeroCount = s.zeroCount;
      sketch.count = s.count;
      sketch.min = s.min;
      sketch.max = s.max;
      out.sketch = sketch;
      out.times = null;
    }
    return out;
  }
}
