import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../tests/support/linear-time.js';
import { LONG_TESTS, runs } from '../../tests/support/long-tests.js';
import {
  boundedLineChunks,
  boundedLines,
  chunkLines,
  EXCERPT_BYTES,
  type InputLine,
  type LineChunk,
} from './lines.js';

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

/** Cuts bytes into reads of the given sizes in turn (a size of 0 is an empty read). */
function cutInto(bytes: Buffer, sizes: readonly number[]): Buffer[] {
  const reads: Buffer[] = [];
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length]!;
    reads.push(bytes.subarray(at, at + size));
    at += size;
    if (i > 10 * bytes.length) break;
  }
  if (at < bytes.length) reads.push(bytes.subarray(at));
  return reads;
}

describe('boundedLineChunks and chunkLines', () => {
  it('give the lines boundedLines gives, numbered alike, for any reads, bound and chunk size', async () => {
    const piece = fc.oneof(
      fc.constantFrom('a', '{"id":1}', '合', 'é', '\n', '\r', '\r\n', ' ', '\uFEFF'),
      fc.constantFrom(Buffer.from([0xe4]), Buffer.from([0xff]), Buffer.from([0xe5, 0x90])),
      fc.integer({ min: 1, max: 40 }).map((n) => 'x'.repeat(n)),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 40 }),
        fc
          .array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 5 })
          .filter((s) => s.some((n) => n > 0)),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 6 }),
        async (pieces, sizes, maxBytes, chunkBytes, chunkLineCount) => {
          const bytes = Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
          const expected: InputLine[] = [];
          for await (const line of boundedLines(Readable.from(cutInto(bytes, sizes)), maxBytes))
            expected.push(line);
          const ours: InputLine[] = [];
          let nextLine = 1;
          for await (const chunk of boundedLineChunks(
            Readable.from(cutInto(bytes, sizes)),
            maxBytes,
            chunkBytes,
            chunkLineCount,
          )) {
            expect(chunk.firstLine).toBe(nextLine);
            const lines = chunkLines(chunk);
            expect(lines.length).toBeGreaterThan(0);
            expect(lines.length).toBeLessThanOrEqual(chunkLineCount);
            ours.push(...lines);
            nextLine += lines.length;
          }
          expect(ours).toEqual(expected);
        },
      ),
      { numRuns: runs(3_000) },
    );
  });

  it('keep a lone \\r before an over-long line and a \\r\\n split across reads apart', async () => {
    const reads = [Buffer.from('a\r'), Buffer.from('x'.repeat(20)), Buffer.from('\nb\r'), Buffer.from('\nc')];
    const chunks: LineChunk[] = [];
    for await (const chunk of boundedLineChunks(Readable.from(reads), 10)) chunks.push(chunk);
    expect(chunks.flatMap(chunkLines)).toEqual([
      { line: 1, text: 'a' },
      { line: 2, text: '', tooLong: { bytes: 20, start: 'x'.repeat(20) } },
      { line: 3, text: 'b' },
      { line: 4, text: 'c' },
    ]);
  });
});
