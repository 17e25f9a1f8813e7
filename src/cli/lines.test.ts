import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../tests/support/linear-time.js';
import { LONG_TESTS } from '../../tests/support/long-tests.js';
import { boundedLines, EXCERPT_BYTES, type InputLine } from './lines.js';

async function read(chunks: ReadonlyArray<string | Buffer>, maxBytes = 1_000): Promise<InputLine[]> {
  const out: InputLine[] = [];
  for await (const line of boundedLines(Readable.from(chunks.map((c) => Buffer.from(c))), maxBytes))
    out.push(line);
  return out;
}

async function readline(text: string): Promise<string[]> {
  const out: string[] = [];
  const reader = createInterface({
    input: Readable.from([Buffer.from(text)]),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of reader) out.push(line);
  return out;
}

describe('boundedLines', () => {
  it('ends lines at \\n, \\r\\n and a lone \\r, as readline does, even across chunks', async () => {
    const lines = await read(['a\nb\r', '\nc\rd', '\r', '\n\ne']);
    expect(lines.map((l) => l.text)).toEqual(['a', 'b', 'c', 'd', '', 'e']);
    expect(lines.map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('drops a byte order mark on the first line and decodes characters split across chunks', async () => {
    const bytes = Buffer.from('\uFEFF合同\n服务\n');
    const lines = await read([bytes.subarray(0, 4), bytes.subarray(4, 8), bytes.subarray(8)]);
    expect(lines.map((l) => l.text)).toEqual(['合同', '服务']);
  });

  it('gives an over-long line as its error, with its length and start, and goes on with the next', async () => {
    const long = `{"id":"X","pad":"${'x'.repeat(5_000)}"}`;
    const lines = await read([`{"id":"A"}\n${long.slice(0, 3000)}`, long.slice(3000), '\n{"id":"B"}'], 100);
    expect(lines).toEqual([
      { line: 1, text: '{"id":"A"}' },
      { line: 2, text: '', tooLong: { bytes: long.length, start: long.slice(0, EXCERPT_BYTES) } },
      { line: 3, text: '{"id":"B"}' },
    ]);
    const last = await read([long], 100);
    expect(last[0]!.tooLong?.bytes).toBe(long.length);
    expect(await read(['x'.repeat(100), '\n'], 100)).toEqual([{ line: 1, text: 'x'.repeat(100) }]);
  });

  it('reads what readline reads, for lines within the bound', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('a', '合', '\n', '\r', '\r\n', 'é', '{'), { maxLength: 60 }),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 5 }),
        async (pieces, cuts) => {
          const bytes = Buffer.from(pieces.join(''));
          const chunks: Buffer[] = [];
          let at = 0;
          for (let i = 0; at < bytes.length; i++) {
            const size = cuts[i % cuts.length]!;
            chunks.push(bytes.subarray(at, at + size));
            at += size;
          }
          const ours = (await read(chunks)).map((l) => l.text);
          expect(ours).toEqual(await readline(bytes.toString('utf8')));
        },
      ),
      { numRuns: 300 },
    );
  });

  it.runIf(LONG_TESTS)(
    'costs time linear in the input: ten times the lines, about ten times the time',
    async () => {
      const chunk = (lines: number) => Buffer.from('{"id":"T","fields":{}}\n'.repeat(lines));
      const time = async (lines: number) => {
        const chunks = Array.from({ length: 10 }, () => chunk(lines / 10));
        const started = performance.now();
        let count = 0;
        for await (const _ of boundedLines(Readable.from(chunks), 1_000)) count++;
        expect(count).toBe(lines);
        return performance.now() - started;
      };
      // Linear: about 10x; quadratic would be about 100x.
      expect(await growthRatio(time, 20_000)).toBeLessThan(40);
    },
  );
});
