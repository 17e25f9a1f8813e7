import { describe, expect, it } from 'vitest';
import { Parser } from 'yaml';
import { measureShape } from './text-shape.js';

const shape = (text: string, maxDepth = 64, maxEntries = 1_000) =>
  measureShape([...new Parser().parse(text)], maxDepth, maxEntries);

describe('measureShape', () => {
  it('counts nesting levels and entries of block and flow collections', () => {
    expect(shape('a: [1, [2]]\nb: 3\n')).toEqual({ depth: 3, tooDeepAt: -1, entries: 5, tooManyAt: -1 });
    expect(shape('- a: 1\n  b: { c: [] }\n')).toMatchObject({ depth: 4, entries: 4 });
    expect(shape('plain scalar')).toMatchObject({ depth: 0, entries: 0 });
    expect(shape('? [a, b]\n: 1\n')).toMatchObject({ depth: 2, entries: 3 });
  });

  it('says where the first collection too deep and the first entry too many start', () => {
    expect(shape('a:\n  b:\n    c: 1\n', 2)).toMatchObject({ depth: 3, tooDeepAt: 12 });
    expect(shape('[1, 2, 3]', 64, 2)).toMatchObject({ entries: 3, tooManyAt: 7 });
  });

  it('walks without recursion: 200,000 levels are measured, not a stack overflow', () => {
    const text = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(shape(text, 64, 1_000_000)).toMatchObject({ depth: 200_000, tooDeepAt: 64 });
  });
});
