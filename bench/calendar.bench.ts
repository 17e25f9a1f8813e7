/**
 * Calendar benchmark: contract-terms against chinese-days, a naive day-by-day loop over the same
 * data, and (for isWorkingDay) a bare typed-array lookup, all on the same random inputs.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import chineseDays from 'chinese-days';
import { chinaCalendar } from '../src/index.js';
import {
  formatOps,
  formatRatio,
  type Measurement,
  measureOver,
  printTable,
  random,
  repoRoot,
} from './harness.js';

const root = repoRoot;
// getWorkdaysInRange's third argument must be true to count make-up working weekends (调休).
const { isWorkday, findWorkday, getWorkdaysInRange } = chineseDays;

// ---- inputs: random dates 2010-2025 (so that +250 working days stays inside 2026) ----
const rand = random(20_251_009);
const BASE = Date.UTC(2010, 0, 1);
const SPAN_DAYS = 16 * 365;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dates = Array.from({ length: 4096 }, () => iso(BASE + Math.floor(rand() * SPAN_DAYS) * 86_400_000));
const spans = dates.map(
  (from) => [from, iso(Date.parse(from) + Math.floor(rand() * 366) * 86_400_000)] as const,
);

// ---- the naive day-by-day reference, over the same holiday-cn files ----
const listed = new Map<string, boolean>();
for (const file of readdirSync(join(root, 'data/holiday-cn')).filter((f) => /^\d{4}\.json$/.test(f))) {
  const data = JSON.parse(readFileSync(join(root, 'data/holiday-cn', file), 'utf8'));
  for (const d of data.days) listed.set(d.date, d.isOffDay);
}
const naive = {
  isWorkingDay(date: string): boolean {
    const off = listed.get(date);
    if (off !== undefined) return !off;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  },
  addWorkingDays(date: string, n: number): string {
    const d = new Date(`${date}T00:00:00Z`);
    while (n > 0) {
      d.setUTCDate(d.getUTCDate() + 1);
      if (naive.isWorkingDay(d.toISOString().slice(0, 10))) n--;
    }
    return d.toISOString().slice(0, 10);
  },
  workingDaysBetween(from: string, to: string): number {
    let count = 0;
    const d = new Date(`${from}T00:00:00Z`);
    for (;;) {
      d.setUTCDate(d.getUTCDate() + 1);
      const s = d.toISOString().slice(0, 10);
      if (s > to) return count;
      if (naive.isWorkingDay(s)) count++;
    }
  },
};

// ---- the bare typed-array lookup: the least a string-keyed lookup can cost ----
const calendar = chinaCalendar();
const FIRST_YEAR = 2007;
const yearStart: number[] = [];
for (let y = FIRST_YEAR, day = 0; y <= 2026; y++) {
  yearStart.push(day);
  day += (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 366 : 365;
}
const monthStart = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const bareTable = new Uint8Array(7305);
for (let i = 0; i < 7305; i++) bareTable[i] = calendar.isWorkingDay(iso(Date.UTC(2007, 0, 1 + i))) ? 1 : 0;
// Ten lines: digits → day index → byte. No validation, no coverage check, no errors.
function bareIsWorkingDay(s: string): boolean {
  const y =
    (s.charCodeAt(0) - 48) * 1000 +
    (s.charCodeAt(1) - 48) * 100 +
    (s.charCodeAt(2) - 48) * 10 +
    s.charCodeAt(3) -
    48;
  const m = (s.charCodeAt(5) - 48) * 10 + s.charCodeAt(6) - 48;
  const d = (s.charCodeAt(8) - 48) * 10 + s.charCodeAt(9) - 48;
  const leap = m > 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 1 : 0;
  return bareTable[yearStart[y - FIRST_YEAR]! + monthStart[m - 1]! + leap + d - 1] === 1;
}

/** The same answers from every implementation, or the comparison is meaningless. */
function checkAgreement(): void {
  let mismatches = 0;
  for (const d of dates.slice(0, 500)) {
    const ours = calendar.isWorkingDay(d);
    if (ours !== isWorkday(d) || ours !== naive.isWorkingDay(d) || ours !== bareIsWorkingDay(d)) mismatches++;
    for (const n of [1, 10, 250]) {
      const r = calendar.addWorkingDays(d, n);
      if (r !== findWorkday(n, d) || r !== naive.addWorkingDays(d, n)) mismatches++;
    }
  }
  for (const [from, to] of spans.slice(0, 200)) {
    const ours = calendar.workingDaysBetween(from, to);
    const theirs = getWorkdaysInRange(from, to, true).length - (isWorkday(from) ? 1 : 0);
    if (ours !== theirs || ours !== naive.workingDaysBetween(from, to)) mismatches++;
  }
  console.log(`agreement check: ${mismatches} mismatches between the implementations on 2,700 questions\n`);
}

/** Cold start: a fresh process imports the built library (dist/), builds the tables and answers one question. */
function coldStart(): number[] {
  const script = `
    const t0 = performance.now();
    const { chinaCalendar } = await import(${JSON.stringify(join(root, 'dist/index.js'))});
    const t1 = performance.now();
    chinaCalendar().isWorkingDay('2025-10-11');
    const t2 = performance.now();
    console.log(JSON.stringify([t1 - t0, t2 - t1]));`;
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
    });
    runs.push(JSON.parse(out.toString())[1]);
  }
  return runs.sort((a, b) => a - b);
}

export async function runCalendarBench(): Promise<void> {
  console.log('## Calendar (mainland China): contract-terms vs chinese-days vs a naive day-by-day loop\n');
  checkAgreement();
  const rows: string[][] = [];
  const row = (op: string, ours: Measurement, peer: Measurement, loop: Measurement, target: number) => {
    const ratio = ours.opsPerSecond / peer.opsPerSecond;
    rows.push([
      op,
      formatOps(ours.opsPerSecond),
      formatOps(peer.opsPerSecond),
      formatOps(loop.opsPerSecond),
      formatRatio(ratio),
      formatRatio(ours.opsPerSecond / loop.opsPerSecond),
      `>= ${formatRatio(target)}`,
      ratio >= target ? 'yes' : 'NO',
    ]);
  };

  const oursIs = await measureOver('ours', dates, (d) => calendar.isWorkingDay(d));
  const bare = await measureOver('bare', dates, bareIsWorkingDay);
  row(
    'isWorkingDay',
    oursIs,
    await measureOver('cd', dates, isWorkday),
    await measureOver('naive', dates, naive.isWorkingDay),
    20,
  );
  row(
    'nextWorkingDay',
    await measureOver('ours', dates, (d) => calendar.nextWorkingDay(d)),
    await measureOver('cd', dates, (d) => findWorkday(1, d)),
    await measureOver('naive', dates, (d) => naive.addWorkingDays(d, 1)),
    20,
  );
  const targets: Record<number, number> = { 1: 20, 10: 100, 250: 2000 };
  const addCost: number[] = [];
  for (const n of [1, 10, 250]) {
    const ours = await measureOver('ours', dates, (d) => calendar.addWorkingDays(d, n));
    addCost.push(ours.nsPerOp);
    row(
      `addWorkingDays n=${n}`,
      ours,
      await measureOver('cd', dates, (d) => findWorkday(n, d)),
      await measureOver('naive', dates, (d) => naive.addWorkingDays(d, n)),
      targets[n]!,
    );
  }
  row(
    'workingDaysBetween (span <= 1 year)',
    await measureOver('ours', spans, ([from, to]) => calendar.workingDaysBetween(from, to)),
    await measureOver(
      'cd',
      spans,
      ([from, to]) => getWorkdaysInRange(from, to, true).length - (isWorkday(from) ? 1 : 0),
    ),
    await measureOver('naive', spans, ([from, to]) => naive.workingDaysBetween(from, to)),
    3000,
  );
  printTable(
    [
      'operation',
      'contract-terms ops/s',
      'chinese-days ops/s',
      'naive loop ops/s',
      'vs chinese-days',
      'vs naive',
      'target',
      'met',
    ],
    rows,
  );
  const bareRatio = oursIs.nsPerOp / bare.nsPerOp;
  console.log(
    `\nisWorkingDay vs the bare typed-array lookup: ${formatOps(bare.opsPerSecond)} ops/s bare, ours costs ${bareRatio.toFixed(2)}x as much (target <= 7x: ${bareRatio <= 7 ? 'yes' : 'NO'})`,
  );
  const spread = Math.max(...addCost) / Math.min(...addCost);
  console.log(
    `addWorkingDays cost at n = 250 vs n = 1: ${(addCost[2]! / addCost[0]!).toFixed(2)}x (max/min over n: ${spread.toFixed(2)}x)`,
  );
  const cold = coldStart();
  console.log(
    `building the tables on first use (fresh process, 5 runs): median ${cold[2]!.toFixed(1)} ms, max ${cold[4]!.toFixed(1)} ms (target < 50 ms: ${cold[4]! < 50 ? 'yes' : 'NO'})\n`,
  );
}
