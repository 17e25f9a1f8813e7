import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { growthRatio } from '../../tests/support/linear-time.js';
import { LONG_TESTS } from '../../tests/support/long-tests.js';
import { Locator } from './locator.js';

function locator(text: string): Locator {
  const lines = new LineCounter();
  return new Locator(parseDocument(text, { lineCounter: lines, uniqueKeys: false }), lines);
}

describe('Locator', () => {
  it('finds a key or its value, through mappings and lists', () => {
    const at = locator('a:\n  b: 1\nlist:\n  - x: 2\n  - { y: 3 }\n');
    expect(at.locate(['a', 'b'], true)).toEqual({ line: 2, column: 3 });
    expect(at.locate(['a', 'b'], false)).toEqual({ line: 2, column: 6 });
    expect(at.locate(['list', 1, 'y'], false)).toEqual({ line: 5, column: 10 });
    expect(at.locate(['list', 0, 'x'], true)).toEqual({ line: 4, column: 5 });
  });

  it('stops at the deepest node a path reaches, and finds number keys by their text', () => {
    const at = locator('a:\n  b: 1\n1: one\n');
    expect(at.locate(['a', 'missing', 'deeper'], false)).toEqual({ line: 2, column: 3 });
    expect(at.locate([1], false)).toEqual({ line: 3, column: 4 });
    expect(at.locate(['list', 5], false)).toEqual({ line: 1, column: 1 });
  });

  it.runIf(LONG_TESTS)(
    'costs one lookup per segment: locating every key of a large mapping is linear',
    async () => {
      const time = (n: number) => {
        const text = Array.from({ length: n }, (_, i) => `k${i}: ${i}`).join('\n');
        const at = locator(text);
        const started = performance.now();
        for (let round = 0; round < 5; round++) for (let i = 0; i < n; i++) at.locate([`k${i}`], true);
        return performance.now() - started;
      };
      // About 10x for 10x the keys (a scan per lookup would be about 100x).
      expect(await growthRatio(time, 5_000)).toBeLessThan(40);
    },
  );
});
