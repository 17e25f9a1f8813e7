/**
 * `--workers n`: `evaluate` on worker threads writes the same bytes, in the same order, as in one
 * thread (and the same summary), and `report` gives the same report and state; on the examples,
 * and on a generated file of synthetic tickets with a few bad lines among them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTicketsFile } from '../../bench/tickets-file.js';
import { CONTRACT, run, TICKETS } from './support.js';

let dir: string;
let generated: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'contract-terms-workers-'));
  generated = join(dir, 'tickets.jsonl');
  await writeTicketsFile(generated, 6_000);
  // Bad lines, a blank line and an over-long line among the good ones.
  const lines = readFileSync(generated, 'utf8').split('\n');
  lines.splice(10, 0, '{"id": oops');
  lines.splice(2500, 0, '', '   ', `{"id":"X","pad":"${'x'.repeat(1_100)}"}`);
  lines.splice(4000, 0, '{"id":"T-bad","fields":{},"events":[]}');
  writeFileSync(generated, lines.join('\n'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The summary without the line that states the time and rate (English or Chinese). */
const untimed = (text: string) => text.replace(/^(in |用时 ).*$/gm, '<timing>');

describe('--workers', () => {
  it('evaluate: the same output lines in the same order, and the same summary, as one thread', async () => {
    for (const file of [TICKETS, () => generated] as const) {
      const input = typeof file === 'string' ? file : file();
      for (const extra of [[], ['--at', '2026-01-01T00:00:00+08:00', '--explain', '--lang', 'zh']]) {
        const args = ['evaluate', CONTRACT, input, '--limit', 'ticketLineBytes=1000', ...extra];
        const one = await run([...args, '--workers', '1']);
        const two = await run([...args, '--workers', '3']);
        expect(one.code).toBe(1); // the bad lines
        expect(two.code).toBe(one.code);
        expect(two.stdout).toBe(one.stdout);
        expect(untimed(two.stderr)).toBe(untimed(one.stderr));
        expect(one.stdout.split('\n').length).toBeGreaterThan(40);
      }
    }
  });

  it('report: the same report, JSON and state, as one thread', async () => {
    const args = ['report', CONTRACT, generated, '--at', '2026-01-01T00:00:00+08:00', '--ticket', 'T4500'];
    const one = await run([...args, '--workers', '1', '--json', '--state', join(dir, 'one.json')]);
    const two = await run([...args, '--workers', '2', '--json', '--state', join(dir, 'two.json')]);
    expect(one.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(readFileSync(join(dir, 'two.json'), 'utf8')).toBe(readFileSync(join(dir, 'one.json'), 'utf8'));
    const text1 = await run(['report', CONTRACT, generated, '--workers', '1', '--month', '2025-10']);
    const text2 = await run(['report', CONTRACT, generated, '--workers', '2', '--month', '2025-10']);
    expect(text2.stdout).toBe(text1.stdout);
    expect(text2.stderr).toBe(text1.stderr);
  });

  it('evaluate and report with a definition naming a region calendar (the workers load the regions too)', async () => {
    const regional = join(import.meta.dirname, '../../examples/multilingual-desk.contract.yaml');
    const input = join(dir, 'regional.jsonl');
    const ticketLines = readFileSync(TICKETS, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '');
    writeFileSync(
      input,
      Array.from({ length: 1_500 }, (_, i) => ticketLines[i % ticketLines.length]).join('\n'),
    );
    for (const command of ['evaluate', 'report']) {
      const one = await run([command, regional, input, '--workers', '1']);
      const two = await run([command, regional, input, '--workers', '2']);
      expect(one.stderr).not.toContain('internal error');
      expect(two.code).toBe(one.code);
      expect(two.stdout).toBe(one.stdout);
      expect(untimed(two.stderr)).toBe(untimed(one.stderr));
    }
  });

  it('refuses a number of workers that is not a whole number from 1', async () => {
    for (const value of ['0', 'two', '-1', '1.5']) {
      const result = await run(['evaluate', CONTRACT, TICKETS, `--workers=${value}`]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`--workers ${value}: the value must be a whole number`);
    }
  });
});
