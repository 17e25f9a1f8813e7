/**
 * A deliberately naive service-hours model: every minute is classified on its own, by reading the
 * wall clock with Intl (not the library's zone tables) and checking the windows of its local day
 * (and the overnight windows of the day before) against the naive calendar. Business time is
 * counted by stepping one minute at a time.
 */
import { naiveIsWorking, shift, toDate } from './naive-calendar.js';

export interface NaiveWindow {
  from: number; // minutes from local midnight
  to: number; // may pass 1440 (overnight)
}

export interface NaiveRule {
  days: 'every-day' | 'working-days' | number[]; // numbers: JS weekdays 0 = Sunday
  windows: NaiveWindow[];
}

export interface NaiveSchedule {
  timeZone: string;
  rules: NaiveRule[];
}

const formatters = new Map<string, Intl.DateTimeFormat>();

const hourCache = new Map<string, { date: string; minute: number }>();

/**
 * Local date and minute of day of an instant, read by Intl once per UTC hour (the zones used here
 * have whole-hour offsets and change them on the hour, so the rest of the hour follows by addition).
 */
export function wallClock(timeZone: string, ms: number): { date: string; minute: number } {
  const hour = Math.floor(ms / 3_600_000) * 3_600_000;
  const key = `${timeZone}|${hour}`;
  let start = hourCache.get(key);
  if (start === undefined) {
    start = readWallClock(timeZone, hour);
    hourCache.set(key, start);
  }
  return { date: start.date, minute: start.minute + Math.floor((ms - hour) / 60_000) };
}

function readWallClock(timeZone: string, ms: number): { date: string; minute: number } {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** The windows a civil date owns: those of the first rule that selects it (none when no rule does). */
export function windowsOf(schedule: NaiveSchedule, date: string): NaiveWindow[] {
  const weekday = toDate(date).getUTCDay();
  for (const rule of schedule.rules) {
    const applies =
      rule.days === 'every-day' ||
      (rule.days === 'working-days' ? naiveIsWorking(date) : rule.days.includes(weekday));
    if (applies) return rule.windows;
  }
  return [];
}

/** Whether the minute starting at `ms` (minute-aligned) is open. */
export function naiveIsOpen(schedule: NaiveSchedule, ms: number): boolean {
  const { date, minute } = wallClock(schedule.timeZone, ms);
  for (const w of windowsOf(schedule, date))
    if (minute >= w.from && minute < Math.min(w.to, 1440)) return true;
  for (const w of windowsOf(schedule, shift(date, -1)))
    if (w.to > 1440 && minute + 1440 >= w.from && minute + 1440 < w.to) return true;
  return false;
}

/** Open minutes in [a, b), both minute-aligned, stepping a minute at a time. */
export function naiveOpenMinutes(schedule: NaiveSchedule, a: number, b: number): number {
  let count = 0;
  for (let t = a; t < b; t += 60_000) if (naiveIsOpen(schedule, t)) count++;
  return count;
}

/** The instant at which `minutes` open minutes have passed since a (minute-aligned). */
export function naiveAddMinutes(
  schedule: NaiveSchedule,
  a: number,
  minutes: number,
  limitMinutes = 60 * 24 * 40,
): number | undefined {
  let left = minutes;
  let t = a;
  for (let step = 0; left > 0 && step < limitMinutes; step++, t += 60_000)
    if (naiveIsOpen(schedule, t)) left--;
  return left === 0 ? t : undefined;
}

/**
 * The latest instant s (minute-aligned) with `minutes` open minutes in [s, a), stepping back a minute
 * at a time from a (minute-aligned).
 */
export function naiveSubtractMinutes(
  schedule: NaiveSchedule,
  a: number,
  minutes: number,
  limitMinutes = 60 * 24 * 40,
): number | undefined {
  let left = minutes;
  let t = a;
  for (let step = 0; left > 0 && step < limitMinutes; step++) {
    t -= 60_000;
    if (naiveIsOpen(schedule, t)) left--;
  }
  return left === 0 ? t : undefined;
}

/** The start of the run of open minutes containing a, else of the last run before a (stepping back). */
export function naivePreviousOpening(
  schedule: NaiveSchedule,
  a: number,
  limitMinutes = 60 * 24 * 40,
): number | undefined {
  let t = a;
  let step = 0;
  if (!naiveIsOpen(schedule, t)) {
    do {
      t -= 60_000;
      if (++step > limitMinutes) return undefined;
    } while (!naiveIsOpen(schedule, t));
  }
  while (naiveIsOpen(schedule, t - 60_000)) {
    t -= 60_000;
    if (++step > limitMinutes) return undefined;
  }
  return t;
}

/** a when its minute is open, else the end of the last open minute before it (stepping back). */
export function naivePreviousClosing(
  schedule: NaiveSchedule,
  a: number,
  limitMinutes = 60 * 24 * 40,
): number | undefined {
  if (naiveIsOpen(schedule, a)) return a;
  let t = a - 60_000;
  for (let step = 0; !naiveIsOpen(schedule, t); step++, t -= 60_000)
    if (step > limitMinutes) return undefined;
  return t + 60_000;
}
