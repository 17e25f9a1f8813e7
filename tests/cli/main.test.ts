/**
 * main() in-process, with streams of the test's own: the progress bar (only on a terminal, only for
 * large inputs), backpressure on a slow standard output, and the internal-error exit code.
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticTickets } from '../../bench/tickets.js';
import { type CliIo, main, version } from '../../src/cli/main.js';
import { CONTRACT, root } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'contract-terms-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

class Capture extends Writable {
  text = '';
  isTTY?: boolean;
  columns?: number;
  constructor(
    options: { tty?: boolean; highWaterMark?: number } = {},
    private readonly slow = false,
  ) {
    super({ highWaterMark: options.highWaterMark ?? 16 * 1024, decodeStrings: false });
    if (options.tty) {
      this.isTTY = true;
      this.columns = 100;
    }
  }
  override _write(
    chunk: string | Buffer,
    _encoding: BufferEncoding,
    callback: (error?: Error | null) => void,
  ): void {
    this.text += String(chunk);
    if (this.slow) setTimeout(callback, 1);
    else callback();
  }
}

function io(stdout: Writable, stderr: Writable): CliIo {
  return { stdout, stderr, stdin: new PassThrough(), cwd: root, env: {} };
}

/** Writes `count` synthetic tickets (about 460 bytes each). */
async function ticketsFile(name: string, count: number): Promise<string> {
  const file = join(dir, name);
  const out = createWriteStream(file);
  out.write(
    `${syntheticTickets(0, count)
      .map((t) => JSON.stringify(t))
      .join('\n')}\n`,
  );
  await new Promise<void>((resolve) => out.end(() => resolve()));
  return file;
}

describe('the progress bar', () => {
  it('is drawn on a terminal for an input over 5 MB, then cleared before the summary', async () => {
    const file = await ticketsFile('large.jsonl', 14_000);
    const stdout = new Capture();
    const stderr = new Capture({ tty: true });
    const code = await main(['evaluate', CONTRACT, file], io(stdout, stderr));
    expect(code).toBe(0);
    expect(stderr.text.startsWith('\r[')).toBe(true);
    expect(stderr.text.split('\r')[1]).toMatch(
      /^\[[#-]+\] +\d+% {2}[\d.]+ [KM]B \/ [\d.]+ MB {2}[\d,]+ tickets {2}[\d,]+\/s {2}ETA \d+:\d\d/,
    );
    expect(stderr.text).toContain('\r\x1b[K'); // cleared
    expect(stderr.text).toContain(': 14,000 tickets, 14,000 evaluated, 0 failed');
    expect(stdout.text.split('\n')).toHaveLength(14_001);
  });

  it('is not drawn when standard error is not a terminal, or the input is small', async () => {
    const large = join(dir, 'large.jsonl');
    const notTty = new Capture();
    await main(['evaluate', CONTRACT, large], io(new Capture(), notTty));
    expect(notTty.text).not.toContain('\r');
    const small = await ticketsFile('small.jsonl', 100);
    const tty = new Capture({ tty: true });
    await main(['evaluate', CONTRACT, small], io(new Capture(), tty));
    expect(tty.text).not.toContain('\r');
  });
});

describe('backpressure', () => {
  it('waits for a slow standard output to drain: bounded buffering, every line in order', async () => {
    const file = await ticketsFile('medium.jsonl', 3_000);
    const stdout = new Capture({ highWaterMark: 16 * 1024 }, true);
    let buffered = 0;
    const write = stdout.write.bind(stdout);
    stdout.write = ((chunk: string, ...rest: never[]) => {
      const ok = write(chunk, ...rest);
      buffered = Math.max(buffered, stdout.writableLength);
      return ok;
    }) as typeof stdout.write;
    const code = await main(['evaluate', CONTRACT, file], io(stdout, new Capture()));
    expect(code).toBe(0);
    // One chunk (about 256 KB) in flight at most, never the whole output (about 7 MB).
    expect(buffered).toBeLessThan(600 * 1024);
    const lines = stdout.text.trim().split('\n');
    expect(lines).toHaveLength(3_000);
    expect(lines.map((l) => (JSON.parse(l) as { line: number }).line)).toEqual(
      Array.from({ length: 3_000 }, (_, i) => i + 1),
    );
  });
});

describe('a bug is not blamed on the input', () => {
  it('an unexpected exception: exit code 3, a one-line message and a hint, no stack trace', async () => {
    const stdout = new Writable({
      write() {
        throw new Error('disk on fire');
      },
    });
    const stderr = new Capture();
    const code = await main(['calendar', '2025-10-11'], io(stdout, stderr));
    expect(code).toBe(3);
    expect(stderr.text).toBe(
      `contract-terms: internal error in contract-terms ${version()}: disk on fire\nThis is a bug in contract-terms, not a problem with your input: please report it with the command you ran. Set CONTRACT_TERMS_DEBUG=1 to see the stack trace.\n`,
    );
  });
});
