import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../tests/support/linear-time.js';
import { LONG_TESTS } from '../../tests/support/long-tests.js';
import { DEFAULT_LIMITS, resolveLimits } from '../limits/limits.js';
import { IssueList } from './issues.js';
import { readDefinitionText, utf8Length } from './text.js';

function read(text: string, limits = DEFAULT_LIMITS) {
  const issues = new IssueList();
  const source = readDefinitionText(text, limits, issues);
  return {
    source,
    issues: issues.items.map((i) => ({ code: i.code, line: i.line, column: i.column, message: i.message })),
  };
}

describe('readDefinitionText', () => {
  it('measures UTF-8 without encoding', () => {
    for (const text of ['', 'abc', '合同', '😀', 'a\uD800b', '\uDC00', 'é'.repeat(1000)]) {
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
    }
  });

  it('refuses a text over contractBytes before parsing it', () => {
    const { source, issues } = read('a: 1\n'.repeat(10), resolveLimits({ contractBytes: 20 }));
    expect(source).toBeUndefined();
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'limit_exceeded',
        message:
          'the definition is 50 bytes long, over the limit of 20 bytes (contractBytes); raise it with the option limits.contractBytes or --limit contractBytes=N',
      }),
    ]);
  });

  it('refuses nesting past contractDepth where it is crossed, in YAML blocks, flows and JSON', () => {
    const limits = resolveLimits({ contractDepth: 3 });
    expect(read('a:\n  b:\n    c: 1\n', limits).source).toBeDefined();
    expect(read('a:\n  b:\n    c:\n      d: 1\n', limits).issues).toEqual([
      expect.objectContaining({ code: 'limit_exceeded', line: 4, column: 7 }),
    ]);
    expect(read('a: [[[1]]]\n', limits).issues).toEqual([
      expect.objectContaining({ code: 'limit_exceeded', line: 1, column: 6 }),
    ]);
    expect(read('{"a": [[[1]]]}', limits).issues).toEqual([
      expect.objectContaining({ code: 'limit_exceeded' }),
    ]);
    // Far deeper than the parser could recurse: measured without recursion, refused.
    const deep = `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    expect(read(deep).issues[0]).toMatchObject({
      code: 'limit_exceeded',
      line: 1,
      column: 67,
      message: expect.stringContaining('nests 100,001 levels deep'),
    });
  });

  it('refuses more keys and list items than contractKeys, at the first one too many', () => {
    const limits = resolveLimits({ contractKeys: 4 });
    expect(read('a: 1\nb: [1, 2]\n', limits).source).toBeDefined();
    expect(read('a: 1\nb: [1, 2, 3]\n', limits).issues).toEqual([
      expect.objectContaining({ code: 'limit_exceeded', line: 2, column: 11 }),
    ]);
  });

  it.runIf(LONG_TESTS)('reports each duplicate key with where the first one is, in linear time', async () => {
    expect(read('a: 1\nb: 2\na: 3\n').issues).toEqual([
      {
        code: 'contract_yaml_syntax',
        line: 3,
        column: 1,
        message: 'YAML syntax error: Map keys must be unique: "a" is already a key at line 1, column 1',
      },
    ]);
    expect(read('{"a": 1, "a": 2}').issues).toEqual([
      expect.objectContaining({ code: 'contract_json_syntax', line: 1, column: 10 }),
    ]);
    // A number and its string are one property once read: a duplicate too, not a silent overwrite.
    expect(read("1: x\n'1': y\n").issues).toEqual([expect.objectContaining({ line: 2 })]);
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: ${i}`).join('\n');
    const time = (n: number) => {
      const text = `${keys(n)}\nk0: again\n`;
      const started = performance.now();
      expect(read(text).issues).toHaveLength(1);
      return performance.now() - started;
    };
    // About 10: linear (the YAML library's own check is quadratic).
    expect(await growthRatio(time, 2_000)).toBeLessThan(40);
  });

  it('keeps syntax errors with their positions, and refuses several documents', () => {
    expect(read('a: [1\n').issues[0]).toMatchObject({ code: 'contract_yaml_syntax', line: 2 });
    expect(read('a: 1\n---\nb: 2\n').issues).toEqual([
      expect.objectContaining({ message: 'YAML syntax error: Source contains multiple documents', line: 2 }),
    ]);
  });
});
