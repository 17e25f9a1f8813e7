import { DDSketch } from '@datadog/sketches-js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LogSketch } from './sketch.js';

// The oracle: @datadog/sketches-js (a development dependency; see sketch.ts for why the library has
// its own). The same values must fall in the same bins with the same representatives (measured
// times: whole milliseconds, here also fractions down to 1e-9; near the smallest doubles the two
// round differently, which no measured time reaches).
describe('LogSketch: the keys and counts of @datadog/sketches-js', () => {
  it('puts every value in the bin sketches-js puts it in, for any accuracy', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.2, noNaN: true }),
        fc.array(
          fc.oneof(fc.integer({ min: 0, max: 10 ** 10 }), fc.double({ min: 1e-9, max: 1e12, noNaN: true })),
          {
            maxLength: 200,
          },
        ),
        (accuracy, values) => {
          const ours = new LogSketch(accuracy);
          const theirs = new DDSketch({ relativeAccuracy: accuracy });
          for (const v of values) {
            ours.accept(v);
            theirs.accept(v);
          }
          const theirBins: Array<[number, number]> = [];
          theirs.store.bins.forEach((count, i) => {
            if (count > 0) theirBins.push([i + theirs.store.offset, count]);
          });
          expect(ours.sortedBins()).toEqual(theirBins);
          expect(ours.zeroCount).toBe(theirs.zeroCount);
          expect(ours.count).toBe(theirs.count);
          for (const [key] of theirBins) expect(ours.value(key)).toBe(theirs.mapping.value(key));
          for (let rank = 0; rank < ours.count - ours.zeroCount; rank++) {
            expect(ours.keyAtRank(rank)).toBe(theirs.store.keyAtRank(rank));
          }
        },
      ),
    );
  });

  it('keeps every value within the relative accuracy of its bin representative', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), (value) => {
        const sketch = new LogSketch(0.01);
        const representative = sketch.value(sketch.key(value));
        expect(Math.abs(representative - value)).toBeLessThanOrEqual(0.01 * value * (1 + 1e-12));
      }),
    );
  });

  it('merges by adding counts, in any order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 10 ** 9 }), { maxLength: 50 }), { maxLength: 6 }),
        (parts) => {
          const whole = new LogSketch(0.02);
          for (const v of parts.flat()) whole.accept(v);
          const merged = new LogSketch(0.02);
          for (const part of [...parts].reverse()) {
            const s = new LogSketch(0.02);
            for (const v of part) s.accept(v);
            merged.merge(s);
          }
          expect(merged.sortedBins()).toEqual(whole.sortedBins());
          expect([merged.zeroCount, merged.count, merged.min, merged.max]).toEqual([
            whole.zeroCount,
            whole.count,
            whole.min,
            whole.max,
          ]);
        },
      ),
    );
  });

  it('refuses what it cannot hold', () => {
    expect(() => new LogSketch(0)).toThrow(RangeError);
    expect(() => new LogSketch(1)).toThrow(RangeError);
    expect(() => new LogSketch(0.01).accept(-1)).toThrow(RangeError);
    expect(() => new LogSketch(0.01).accept(Number.NaN)).toThrow(RangeError);
    expect(() => new LogSketch(0.01).merge(new LogSketch(0.02))).toThrow(RangeError);
  });
});
