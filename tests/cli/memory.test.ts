/**
 * `evaluate` streams: 200,000 tickets (about 90 MB of JSON Lines) in, 200,000 lines out, in bounded
 * memory. The child runs with a 64 MB old-generation heap (a command that kept its input or its
 * results would run out of memory) and reports its peak resident set size at exit, which must stay
 * under 300 MB. docs/cli.md explains why this bounds a 1 GB input too.
 */
import {
  closeSync,
  createReadStream,
  createWriteStream,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticTickets } from '../../bench/tickets.js';
import { LONG_TESTS } from '../support/long-tests.js';
import { CONTRACT, run } from './support.js';

const TICKETS = 200_000;
const dir = mkdtempSync(join(tmpdir(), 'contract-terms-memory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function writeTickets(file: string, count: number): Promise<void> {
  const out = createWriteStream(file);
  for (let first = 0; first < count; first += 10_000) {
    const batch = syntheticTickets(first, Math.min(10_000, count - first));
    const chunk = `${batch.map((t) => JSON.stringify(t)).join('\n')}\n`;
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

/** Counts lines and returns the first and last without holding the file in memory. */
async function scanLines(file: string): Promise<{ count: number; first: string; last: string }> {
  let count = 0;
  let first = '';
  let current = '';
  let last = '';
  for await (const chunk of createReadStream(file, { encoding: 'utf8' })) {
    let start = 0;
    for (let i = (chunk as string).indexOf('\n'); i >= 0; i = (chunk as string).indexOf('\n', start)) {
      current += (chunk as string).slice(start, i);
      if (count === 0) first = current;
      last = current;
      current = '';
      count++;
      start = i + 1;
    }
    current += (chunk as string).slice(start);
  }
  return { count, first, last };
}

// A long test (CONTRACT_TERMS_LONG_TESTS=1, set by .ci/run): 90 MB of tickets through a child process.
describe.runIf(LONG_TESTS)('evaluate in bounded memory', () => {
  it(`streams ${TICKETS.toLocaleString('en')} tickets with a peak RSS under 300 MB`, async () => {
    const input = join(dir, 'tickets.jsonl');
    await writeTickets(input, TICKETS);
    expect(statSync(input).size).toBeGreaterThan(80 * 1024 * 1024);

    const output = join(dir, 'results.jsonl');
    const fd = openSync(output, 'w');
    const result = await run(['evaluate', CONTRACT, input, '--json'], {
      env: { CONTRACT_TERMS_REPORT_RSS: '1' },
      nodeArgs: ['--max-old-space-size=64'],
      stdoutFile: fd,
    });
    closeSync(fd);
    expect(result.code).toBe(0);

    const [summaryLine, memoryLine] = result.stderr.trim().split('\n');
    expect(JSON.parse(summaryLine!)).toMatchObject({ tickets: TICKETS, evaluated: TICKETS, failed: 0 });
    const peak = Number(/peak rss (\d+) bytes/.exec(memoryLine ?? '')?.[1]);
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThan(300 * 1024 * 1024);

    const lines = await scanLines(output);
    expect(lines.count).toBe(TICKETS);
    expect(JSON.parse(lines.first)).toMatchObject({ line: 1, ok: true, ticketId: 'T0' });
    expect(JSON.parse(lines.last)).toMatchObject({ line: TICKETS, ok: true, ticketId: `T${TICKETS - 1}` });
  }, 300_000);
});
