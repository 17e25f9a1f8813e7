/**
 * A deliberately naive evaluator of the reference contract's targets, for the benchmark's ratio and
 * agreement check: the rules written out by hand, dates from Date, the holiday-cn files in a Map,
 * and working-day clocks stepped one minute at a time. It knows only the reference contract.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './harness.js';
import type { SyntheticTicket } from './tickets.js';

const MIN = 60_000;
const H = 3_600_000;
const DAY = 86_400_000;
const OFFSET = 8 * H; // Beijing

const listed = new Map<string, boolean>();
for (const file of readdirSync(join(repoRoot, 'data/holiday-cn')).filter((f) => /^\d{4}\.json$/.test(f))) {
  for (const d of JSON.parse(readFileSync(join(repoRoot, 'data/holiday-cn', file), 'utf8')).days)
    listed.set(d.date, d.isOffDay);
}

function localDate(ms: number): string {
  return new Date(ms + OFFSET).toISOString().slice(0, 10);
}

function isWorkingDate(date: string): boolean {
  const off = listed.get(date);
  if (off !== undefined) return !off;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** Midnight (Beijing) at the start of the local date of ms. */
function startOfLocalDay(ms: number): number {
  return Math.floor((ms + OFFSET) / DAY) * DAY - OFFSET;
}

/** cn-civil: 24:00 of the Nth working day after the start's local date, moved by paused working-day minutes. */
function workingDaysDue(start: number, n: number, pauses: Array<[number, number]>): number {
  let day = startOfLocalDay(start);
  let left = n;
  while (left > 0) {
    day += DAY;
    if (isWorkingDate(localDate(day))) left--;
  }
  const base = day + DAY;
  // Allowance on the working-day clock, then walk it again minute by minute, skipping paused minutes.
  let allowance = 0;
  for (let t = start; t < base; t += MIN) if (isWorkingDate(localDate(t))) allowance++;
  const paused = (t: number) => pauses.some(([a, b]) => t >= a && t < b);
  let t = start;
  let used = 0;
  while (used < allowance) {
    if (isWorkingDate(localDate(t)) && !paused(t)) used++;
    t += MIN;
    if (t > start + 400 * DAY) return Number.POSITIVE_INFINITY;
  }
  return t;
}

function phoneOpen(ms: number): boolean {
  if (!isWorkingDate(localDate(ms))) return false;
  const minute = Math.floor(((ms + OFFSET) % DAY) / MIN);
  return minute >= 9 * 60 && minute < 18 * 60;
}

export interface NaiveResult {
  target: string;
  status: string;
  dueMs: number | null;
}

export function naiveEvaluate(ticket: SyntheticTicket): NaiveResult[] {
  const events = ticket.events
    .map((e, i) => ({ ...e, t: Date.parse(e.at), i }))
    .sort((a, b) => a.t - b.t || a.i - b.i);
  const created = events[0]!.t;
  const { channel, category } = ticket.fields;
  const out: NaiveResult[] = [];
  const solvedAt = events.find((e) => e.type === 'status' && e.status === 'solved')?.t;
  const firstReply = events.find((e) => e.type === 'agent-reply')?.t;
  const wall = (target: string, ms: number) => {
    const due = created + ms;
    if (firstReply !== undefined)
      out.push({ target, status: firstReply <= due ? 'met' : 'breached', dueMs: due });
    else out.push({ target, status: solvedAt !== undefined ? 'not_applicable' : 'running', dueMs: due });
  };
  if (channel === 'chat') wall('chat-first-response', 30_000);
  if (channel === 'email') wall('email-first-reply', 4 * H);
  if (channel === 'phone') {
    const offered = events.find((e) => e.type === 'call-offered')!.t;
    const end = events.find((e) => e.type === 'call-answered' || e.type === 'call-abandoned');
    const due = offered + 20_000;
    if (!phoneOpen(offered)) out.push({ target: 'phone-answer', status: 'not_applicable', dueMs: null });
    else if (end === undefined) out.push({ target: 'phone-answer', status: 'running', dueMs: due });
    else if (end.type === 'call-answered')
      out.push({ target: 'phone-answer', status: end.t <= due ? 'met' : 'breached', dueMs: due });
    else
      out.push({
        target: 'phone-answer',
        status: end.t > due ? 'breached' : 'not_applicable',
        dueMs: end.t > due ? due : null,
      });
  }
  // Spans awaiting the customer, and spans spent solved before a reopen (resume: they count as paused).
  const awaiting: Array<[number, number]> = [];
  const solvedSpans: Array<[number, number]> = [];
  let finalSolve: number | undefined;
  let status = 'new';
  let since = created;
  for (const e of events) {
    if (e.type !== 'status' || e.status === status) continue;
    if (status === 'awaiting-customer') awaiting.push([since, e.t]);
    if (status === 'solved') solvedSpans.push([since, e.t]);
    status = e.status!;
    since = e.t;
  }
  if (status === 'awaiting-customer') awaiting.push([since, Number.POSITIVE_INFINITY]);
  if (status === 'solved') finalSolve = since;
  const dayTarget = (
    target: string,
    n: number,
    stop: number | undefined,
    pauses: Array<[number, number]>,
  ) => {
    const relevant = stop === undefined ? pauses : pauses.filter(([a]) => a < stop);
    const due = workingDaysDue(
      created,
      n,
      relevant.map(([a, b]) => [a, stop === undefined ? b : Math.min(b, stop)] as [number, number]),
    );
    if (stop === undefined)
      out.push({
        target,
        status: Number.isFinite(due) ? 'running' : 'paused',
        dueMs: Number.isFinite(due) ? due : null,
      });
    else out.push({ target, status: stop <= due ? 'met' : 'breached', dueMs: due });
  };
  const milestone = (name: string) => events.find((e) => e.type === 'milestone' && e.name === name)?.t;
  if (category === 'general') dayTarget('general-resolution', 2, finalSolve, [...awaiting, ...solvedSpans]);
  if (category === 'complex')
    dayTarget('complex-preliminary', 5, milestone('preliminary-solution'), awaiting);
  if (category === 'complaint') {
    dayTarget('complaint-investigation', 3, milestone('investigation-done'), []);
    dayTarget('complaint-outcome', 7, milestone('result-communicated'), []);
  }
  return out;
}
