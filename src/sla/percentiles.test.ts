import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearestRanks } from './percentiles.js';

/** The naive reference: sort, then read the nearest rank. */
function bySorting(values: number[], percentiles: number[]): Array<number | null> {
  const sorted = [...values].sort((a, b) => a - b);
  return percentiles.map((p) =>
    sorted.length === 0 ? null : sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!,
  );
}

describe('nearestRanks', () => {
  it('reads the nearest ranks', () => {
    expect(nearestRanks(Float64Array.of(5, 1, 4, 2, 3), [50, 90, 100])).toEqual([3, 5, 5]);
    expect(nearestRanks(Float64Array.of(7), [0, 50, 100])).toEqual([7, 7, 7]);
    expect(nearestRanks(new Float64Array(0), [50, 95])).toEqual([null, null]);
  });

  it('agrees with sorting on any values, duplicates and percentiles in any order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 1_000_000 }), { maxLength: 300 }),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (values, percentiles, fewDistinct) => {
          const list = fewDistinct ? values.map((v) => (v % 4) + 0) : values; // + 0: no -0 (equal to 0, not the same to toEqual)
          expect(nearestRanks(Float64Array.from(list), percentiles)).toEqual(bySorting(list, percentiles));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('stays exact on sorted, reversed and constant inputs', () => {
    const n = 10_001;
    const ascending = Array.from({ length: n }, (_, i) => i);
    for (const list of [ascending, [...ascending].reverse(), ascending.map(() => 42)]) {
      expect(nearestRanks(Float64Array.from(list), [50, 90, 95, 99])).toEqual(
        bySorting(list, [50, 90, 95, 99]),
      );
    }
  });
});
