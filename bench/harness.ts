/**
 * A small harness over mitata's `measure`: each case is measured on the same pre-generated inputs,
 * cycled one per call, and the results are printed as a table of ops/s and ratios against the peers
 * named in the same run. Targets are printed next to the ratios, never asserted in tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { do_not_optimize, measure } from 'mitata';

/** The repository root: the nearest folder above this file whose package.json is contract-terms. */
export const repoRoot: string = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'contract-terms')
      return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('bench: cannot find the contract-terms repository root');
    dir = parent;
  }
})();

export interface Measurement {
  name: string;
  opsPerSecond: number;
  nsPerOp: number;
}

/** Measures `fn(input)` cycling through `inputs`. */
export async function measureOver<T>(
  name: string,
  inputs: readonly T[],
  fn: (input: T) => unknown,
): Promise<Measurement> {
  const size = inputs.length;
  let i = 0;
  const stats = await measure(
    () => {
      i = i + 1 === size ? 0 : i + 1;
      do_not_optimize(fn(inputs[i]!));
    },
    { min_cpu_time: 300 * 1e6 },
  );
  return { name, nsPerOp: stats.avg, opsPerSecond: 1e9 / stats.avg };
}

export function formatOps(ops: number): string {
  if (ops >= 1e6) return `${(ops / 1e6).toFixed(2)} M`;
  if (ops >= 1e3) return `${(ops / 1e3).toFixed(2)} k`;
  return ops.toFixed(1);
}

export function formatRatio(ratio: number): string {
  return ratio >= 100 ? `${Math.round(ratio).toLocaleString('en-US')}x` : `${ratio.toFixed(2)}x`;
}

/** Prints a markdown table. */
export function printTable(headers: string[], rows: string[][]): void {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  console.log(line(headers));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

/** A deterministic pseudo-random generator (mulberry32), so every run measures the same inputs. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
