/**
 * A deliberately naive reference for the China calendar: the raw holiday-cn files read with
 * JSON.parse, weekdays from Date.UTC, and every question answered by walking day by day. It shares
 * no code with the library, so agreement between the two means something.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The data folder, found from this file upwards (so that the benchmark's bundle finds it too). */
const folder = (() => {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const candidate = join(dir, 'data/holiday-cn');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error('naive calendar: cannot find data/holiday-cn');
  }
})();

interface RawFile {
  year: number;
  days: Array<{ name: string; date: string; isOffDay: boolean }>;
}

export const rawFiles: RawFile[] = readdirSync(folder)
  .filter((f) => /^\d{4}\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')) as RawFile);

/** Every listed date: true = off, false = working. */
export const listed = new Map<string, boolean>();
for (const file of rawFiles) for (const d of file.days) listed.set(d.date, d.isOffDay);

export const FIRST = '2007-01-01';
export const LAST = '2026-12-31';

export function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function fromDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function shift(iso: string, days: number): string {
  const d = toDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return fromDate(d);
}

export function naiveIsWorking(iso: string, options: { makeUp?: boolean } = {}): boolean {
  const weekday = toDate(iso).getUTCDay();
  const weekend = weekday === 0 || weekday === 6;
  const entry = listed.get(iso);
  if (entry === undefined) return !weekend;
  if (entry) return false;
  return options.makeUp === false ? !weekend : true;
}

export function inCoverage(iso: string): boolean {
  return iso >= FIRST && iso <= LAST;
}

/** Walks day by day; `undefined` when the walk leaves coverage. */
export function naiveAdd(iso: string, n: number): string | undefined {
  let day = iso;
  let left = Math.abs(n);
  const step = n > 0 ? 1 : -1;
  while (left > 0) {
    day = shift(day, step);
    if (!inCoverage(day)) return undefined;
    if (naiveIsWorking(day)) left--;
  }
  return day;
}

export function naiveBetween(from: string, to: string): number | undefined {
  if (from === to) return 0;
  if (to < from) {
    const r = naiveBetween(to, from);
    return r === undefined ? undefined : 0 - r;
  }
  let count = 0;
  for (let day = shift(from, 1); day <= to; day = shift(day, 1)) {
    if (!inCoverage(day)) return undefined;
    if (naiveIsWorking(day)) count++;
  }
  return count;
}
