/**
 * A deliberately naive reference model of the service-level engine, written from
 * tests/support/sla-semantics.md (sections 0-6) and sharing no code with src/: the test oracle of
 * tests/properties/sla-model.property.test.ts. It owns `naiveEvaluate(definition, ticket, at?)`.
 *
 * How it stays obviously right rather than fast:
 * - every clock other than the wall clock is a predicate "is the minute starting at m open?" and
 *   every question on it (time between two instants, an instant plus some time, the first open
 *   instant) walks one minute at a time; the answers of the predicate are remembered per UTC hour so
 *   that the many walks of one ticket over the same days stay in milliseconds;
 * - wall clocks and China working days come from tests/support/naive-clock.ts (Intl) and
 *   tests/support/naive-calendar.ts (the raw holiday-cn files);
 * - conditions run on json-logic-js after `==`/`!=` are rewritten to `===`/`!==` (section 0);
 * - instants are written ISO 8601 in the target's zone by Intl, milliseconds only when not zero.
 *
 * It reads definitions as plain objects in the shapes tests/support/random-contracts.ts writes
 * (durations as objects, hours as 24x7 or objects, the China calendar only) and refuses anything
 * else loudly, so that a generator change cannot silently leave the model behind.
 */
import jsonLogic from 'json-logic-js';
import { inCoverage, naiveAdd, naiveIsWorking, shift } from './naive-calendar.js';
import { type NaiveSchedule, type NaiveWindow, naiveIsOpen, wallClock, windowsOf } from './naive-clock.js';

const MIN = 60_000;
const HOUR = 3_600_000;
const INF = Number.POSITIVE_INFINITY;

// ---------------------------------------------------------------------------------------------
// The definition, as the model reads it
// ---------------------------------------------------------------------------------------------

export interface DurationDef {
  milliseconds?: number;
  seconds?: number;
  minutes?: number;
  hours?: number;
  days?: number;
  weeks?: number;
  workingDays?: number;
  months?: number;
  years?: number;
  clock?: 'calendar' | 'business';
}

export type WindowsDef = string[] | '24h' | '24x7';
export type DaysDef = 'every-day' | 'working-days' | string[];

export interface HoursObjectDef {
  timeZone?: string;
  calendar?: string;
  days?: DaysDef;
  windows?: WindowsDef;
  rules?: Array<{ days: DaysDef; windows: WindowsDef }>;
  serviceDayLength?: DurationDef;
}

export type HoursDef = '24x7' | HoursObjectDef;

export interface MatcherDef {
  event: string;
  status?: string;
  milestone?: string;
}

export type MeasureDef =
  | 'first-response'
  | 'next-response'
  | 'resolution'
  | 'phone-answer'
  | { milestone: string }
  | { start: MatcherDef[]; stop: MatcherDef[]; pause?: MatcherDef[]; resume?: MatcherDef[] };

export interface TargetDef {
  id: string;
  clause: string;
  appliesTo?: unknown;
  measure: MeasureDef;
  /** The allowance; a table target has `by` and `table` instead (section 0). */
  within?: DurationDef;
  by?: string;
  table?: Record<string, DurationDef>;
  default?: string;
  /** A name, or a map from channel to name with a `default`. */
  hours?: string | Record<string, string>;
  calendar?: string;
  counting?: 'cn-civil' | 'elapsed';
  /** A value, or a map like hours (section 0). */
  endOfDay?: 'midnight' | 'close-of-business' | Record<string, 'midnight' | 'close-of-business'>;
  /** The field whose value picks from the maps of hours and endOfDay (default channel). */
  hoursBy?: string;
  pauseWhile?: string[];
  onReopen?: 'resume' | 'new-cycle';
  onReclassify?: 'retroactive' | 'from-change';
  repliesFrom?: Array<'agent' | 'bot' | 'internal-note'>;
  /** first-response only: reply, awaiting-customer, on-hold, solved (default [reply]). */
  stoppedBy?: string[];
  warnAt?: number[];
}

export interface ContractDef {
  timeZone: string;
  /** The help desk's status names: name -> one of the six statuses (section 1). */
  statuses?: Record<string, string>;
  calendars?: Record<string, { type: string }>;
  hours: Record<string, HoursDef>;
  targets: TargetDef[];
}

export interface TicketEventDef {
  type: string;
  at: string | number;
  author?: 'agent' | 'bot';
  public?: boolean;
  status?: string;
  field?: string;
  value?: unknown;
  name?: string;
  callId?: string;
}

export interface TicketDef {
  id: string | number;
  fields?: Record<string, unknown>;
  events: TicketEventDef[];
}

// ---------------------------------------------------------------------------------------------
// What the model answers (section 6), instants as ISO strings in the target's zone
// ---------------------------------------------------------------------------------------------

export type Status = 'met' | 'breached' | 'running' | 'paused' | 'pending' | 'superseded' | 'not_applicable';
export type Exclusion = 'solved-without-reply' | 'outside-hours' | 'abandoned-before-due' | 'superseded';

export interface NaiveCycle {
  status: Status;
  startedAt: string;
  clockStartsAt: string | null;
  stoppedAt: string | null;
  due: string | null;
  elapsedMs: number | null;
  allowanceMs: number | null;
  pausedMs: number | null;
  excluded: Exclusion | null;
}

export interface NaiveTarget {
  target: string;
  status: Status;
  startedAt: string | null;
  clockStartsAt: string | null;
  due: string | null;
  dueMs: number | null;
  dueIfResumed: string | null;
  metAt: string | null;
  breachedAt: string | null;
  stoppedAt: string | null;
  supersededAt: string | null;
  elapsedMs: number | null;
  allowanceMs: number | null;
  remainingMs: number | null;
  usedShare: number | null;
  warning: number | null;
  measuredMs: number | null;
  excluded: Exclusion | null;
  reportedCycle: number | null;
  cycles: NaiveCycle[];
}

/** A question the model cannot answer inside the China data (the engine would throw too). */
export class BeyondCoverage extends Error {}

// ---------------------------------------------------------------------------------------------
// Wall clocks and ISO text
// ---------------------------------------------------------------------------------------------

function localDate(zone: string, t: number): string {
  return wallClock(zone, Math.floor(t / MIN) * MIN).date;
}

function localMinute(zone: string, t: number): number {
  return wallClock(zone, Math.floor(t / MIN) * MIN).minute;
}

const wallInstants = new Map<string, number>();

/**
 * The first instant at which the wall clock of `zone` reads `date` `minute` or later (docs: a time
 * that does not exist is the moment of the jump, one that happens twice is its first occurrence).
 * Found by walking minutes from well before it: no offset arithmetic to get wrong.
 */
function wallInstant(zone: string, date: string, minute: number): number {
  if (minute >= 1440) return wallInstant(zone, shift(date, 1), minute - 1440);
  if (!inCoverage(date)) throw new BeyondCoverage(`date ${date}`);
  const key = `${zone}|${date}|${minute}`;
  const known = wallInstants.get(key);
  if (known !== undefined) return known;
  const naive = Date.parse(`${date}T00:00:00Z`) + minute * MIN;
  let t = naive - 15 * HOUR; // every zone's offset is below 15 h
  for (;;) {
    const w = wallClock(zone, t);
    if (w.date > date || (w.date === date && w.minute >= minute)) break;
    t += MIN;
  }
  wallInstants.set(key, t);
  return t;
}

/** 00:00 of a civil date: the first instant whose local date is that date. */
function midnight(zone: string, date: string): number {
  return wallInstant(zone, date, 0);
}

const isoFormatters = new Map<string, Intl.DateTimeFormat>();

/** ISO 8601 in the zone, `.mmm` only when the milliseconds are not zero. */
export function isoIn(zone: string, t: number): string {
  let f = isoFormatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    isoFormatters.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
  const ms = ((t % 1000) + 1000) % 1000;
  const wholeSecond = t - ms;
  const asUtc = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  const offset = Math.round((asUtc - wholeSecond) / MIN);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const fraction = ms === 0 ? '' : `.${pad(ms, 3)}`;
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${fraction}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

// ---------------------------------------------------------------------------------------------
// Clocks: the wall clock, and minute predicates walked one minute at a time
// ---------------------------------------------------------------------------------------------

interface Clock {
  /** Clock time in [a, b) (0 when b <= a). */
  between(a: number, b: number): number;
  /** The first t' >= t such that the clock time in [t, t') is x (t itself for x = 0). */
  add(t: number, x: number): number;
  /** The first instant >= t at which the clock is open. */
  firstOpen(t: number): number;
}

const WALL: Clock = {
  between: (a, b) => Math.max(0, b - a),
  add: (t, x) => t + x,
  firstOpen: (t) => t,
};

/** Nothing walks past the China data (2026-12-31 in every zone used) or before 2007. */
const WALK_LIMIT = Date.UTC(2026, 11, 30);

/** Open/closed answers of each minute predicate, remembered per UTC hour (0 unknown, 1 closed, 2 open). */
const minuteMemo = new Map<string, Map<number, Uint8Array>>();
let memoHours = 0;

/**
 * A clock whose minute [m, m + 1 min) is either wholly open or wholly closed (every window boundary
 * is a whole minute and every zone changes offset on a whole hour). Partial minutes at the ends of a
 * question count pro rata, so instants need not be whole minutes.
 */
function minuteClock(key: string, isOpen: (minuteStart: number) => boolean): Clock {
  let memo = minuteMemo.get(key);
  if (memo === undefined) {
    memo = new Map();
    minuteMemo.set(key, memo);
  }
  const table = memo;
  const open = (m: number): boolean => {
    if (m >= WALK_LIMIT || m < Date.UTC(2007, 0, 2)) throw new BeyondCoverage(`walk at ${m}`);
    const hour = Math.floor(m / HOUR) * HOUR;
    let row = table.get(hour);
    if (row === undefined) {
      if (memoHours > 2_000_000) {
        // Bound the memory of long runs (SLA_MODEL_RUNS): forget everything and start again.
        minuteMemo.forEach((x) => {
          x.clear();
        });
        memoHours = 0;
      }
      row = new Uint8Array(60);
      table.set(hour, row);
      memoHours++;
    }
    const i = (m - hour) / MIN;
    if (row[i] === 0) row[i] = isOpen(m) ? 2 : 1;
    return row[i] === 2;
  };
  return {
    between(a, b) {
      let total = 0;
      for (let m = Math.floor(a / MIN) * MIN; m < b; m += MIN) {
        if (!open(m)) continue;
        total += Math.min(b, m + MIN) - Math.max(a, m);
      }
      return total;
    },
    add(t, x) {
      let left = x;
      let now = t;
      while (left > 0) {
        const m = Math.floor(now / MIN) * MIN;
        if (open(m)) {
          const here = m + MIN - now;
          if (here >= left) return now + left;
          left -= here;
        }
        now = m + MIN;
      }
      return now;
    },
    firstOpen(t) {
      let now = t;
      while (!open(Math.floor(now / MIN) * MIN)) now = Math.floor(now / MIN) * MIN + MIN;
      return now;
    },
  };
}

/** A function of a civil date, remembered (the naive calendar answers by building Dates). */
function perDate<T>(f: (date: string) => T): (date: string) => T {
  const known = new Map<string, T>();
  return (date) => {
    let value = known.get(date);
    if (value === undefined) {
      if (!inCoverage(date)) throw new BeyondCoverage(`date ${date}`);
      value = f(date);
      known.set(date, value);
    }
    return value;
  };
}

const clocks = new Map<string, Clock>();

/** The working-day clock W: open 00:00-24:00 of every working day of the calendar, in the zone. */
function workingDayClock(zone: string): Clock {
  const key = `W|${zone}`;
  let clock = clocks.get(key);
  if (clock === undefined) {
    const working = perDate(naiveIsWorking);
    clock = minuteClock(key, (m) => working(wallClock(zone, m).date));
    clocks.set(key, clock);
  }
  return clock;
}

/**
 * The clock of service hours. Its predicate is naiveIsOpen (tests/support/naive-clock.ts) restated
 * with the windows of each date and the date before remembered: the same two questions (a window of
 * the minute's own date, or an overnight window of the date before, holds the minute), asked
 * without building Dates for every minute.
 */
function scheduleClock(schedule: NaiveSchedule): Clock {
  const key = `H|${JSON.stringify(schedule)}`;
  let clock = clocks.get(key);
  if (clock === undefined) {
    const windowsOn = perDate((date) => windowsOf(schedule, date));
    const dayBefore = perDate((date) => shift(date, -1));
    clock = minuteClock(key, (m) => {
      const { date, minute } = wallClock(schedule.timeZone, m);
      if (windowsOn(date).some((w) => minute >= w.from && minute < Math.min(w.to, 1440))) return true;
      return windowsOn(dayBefore(date)).some(
        (w) => w.to > 1440 && minute + 1440 >= w.from && minute + 1440 < w.to,
      );
    });
    clocks.set(key, clock);
  }
  return clock;
}

// ---------------------------------------------------------------------------------------------
// Reading the definition's hours and durations
// ---------------------------------------------------------------------------------------------

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function minutesOf(hhmm: string): number {
  const m = /^(\d\d):(\d\d)$/.exec(hhmm);
  if (m === null) throw new Error(`model: cannot read time ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

function windowsFrom(def: WindowsDef | undefined): NaiveWindow[] {
  if (def === '24h' || def === '24x7') return [{ from: 0, to: 1440 }];
  if (def === undefined) throw new Error('model: hours without windows');
  return def.map((w) => {
    const [a, b] = w.split('-');
    const from = minutesOf(a!);
    let to = minutesOf(b!);
    if (to <= from) to += 1440; // overnight: belongs to the day it starts on
    return { from, to };
  });
}

function daysFrom(def: DaysDef): NaiveSchedule['rules'][number]['days'] {
  if (def === 'every-day' || def === 'working-days') return def;
  if (!Array.isArray(def)) throw new Error(`model: cannot read days ${String(def)}`);
  return def.map((d) => {
    const i = WEEKDAYS.indexOf(d);
    if (i < 0) throw new Error(`model: cannot read day ${d}`);
    return i;
  });
}

interface Hours {
  schedule: NaiveSchedule;
  /** The length of one service day, for elapsed working days. */
  dayLength: number;
}

function readHours(def: HoursDef, contractZone: string): Hours {
  if (def === '24x7') {
    return {
      schedule: { timeZone: contractZone, rules: [{ days: 'every-day', windows: [{ from: 0, to: 1440 }] }] },
      dayLength: 24 * HOUR,
    };
  }
  const defaultDays: DaysDef =
    def.windows === '24x7' ? 'every-day' : def.calendar !== undefined ? 'working-days' : WEEKDAYS.slice(1, 6);
  const rules = (def.rules ?? [{ days: def.days ?? defaultDays, windows: def.windows ?? [] }]).map((r) => ({
    days: daysFrom(r.days),
    windows: windowsFrom(r.windows),
  }));
  const first = rules[0]!.windows.reduce((sum, w) => sum + (w.to - w.from) * MIN, 0);
  return {
    schedule: { timeZone: def.timeZone ?? contractZone, rules },
    dayLength: def.serviceDayLength === undefined ? first : timeOf(def.serviceDayLength),
  };
}

function timeOf(d: DurationDef): number {
  return (d.milliseconds ?? 0) + (d.seconds ?? 0) * 1000 + (d.minutes ?? 0) * MIN + (d.hours ?? 0) * HOUR;
}

/** Close of business of a day: the end of the last window the day owns; 24:00 when it has none. */
function closeOfBusiness(schedule: NaiveSchedule, date: string): number {
  const windows = windowsOf(schedule, date);
  const end = windows.length === 0 ? 1440 : Math.max(...windows.map((w) => w.to));
  return wallInstant(schedule.timeZone, date, end);
}

function addMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function nthWorkingDayAfter(date: string, n: number): string {
  const day = naiveAdd(date, n);
  if (day === undefined) throw new BeyondCoverage(`${n} working days after ${date}`);
  return day;
}

/** The next working day on or after a date (art. 203 roll-forward). */
function rollForward(date: string): string {
  let day = date;
  while (!naiveIsWorking(day)) {
    day = shift(day, 1);
    if (!inCoverage(day)) throw new BeyondCoverage(`roll forward from ${date}`);
  }
  return day;
}

/** A target's clock, and the base due and clock start of a cycle starting at s (section 3). */
interface Term {
  zone: string;
  clock: Clock;
  baseDue(s: number): number;
  clockStart(s: number): number;
}

function readTerm(
  target: TargetDef & { hours?: string; endOfDay?: 'midnight' | 'close-of-business' },
  contract: ContractDef,
): { term: Term; hours: Hours | undefined } {
  const hoursDef = target.hours === undefined ? undefined : contract.hours[target.hours];
  if (target.hours !== undefined && hoursDef === undefined)
    throw new Error(`model: no hours ${target.hours}`);
  const hours = hoursDef === undefined ? undefined : readHours(hoursDef, contract.timeZone);
  const zone = hours?.schedule.timeZone ?? contract.timeZone;
  const counting = target.counting ?? 'cn-civil';
  const endOfDay = target.endOfDay ?? (hours === undefined ? 'midnight' : 'close-of-business');
  const w = target.within!;
  const anchorDay = (s: number) => localDate(zone, s);
  const needHours = (why: string): Hours => {
    if (hours === undefined) throw new Error(`model: ${target.id} needs hours for ${why}`);
    return hours;
  };

  if (w.workingDays !== undefined) {
    const n = w.workingDays;
    if (counting === 'elapsed') {
      const clock = hours === undefined ? workingDayClock(zone) : scheduleClock(hours.schedule);
      const dayLength = hours === undefined ? 24 * HOUR : hours.dayLength;
      return {
        hours,
        term: {
          zone,
          clock,
          baseDue: (s) => clock.add(s, n * dayLength),
          clockStart: (s) => (n === 0 ? s : clock.firstOpen(s)),
        },
      };
    }
    // cn-civil: the start day is not counted; L is the Nth working day strictly after it.
    const lastDay = (s: number) => nthWorkingDayAfter(anchorDay(s), n);
    const clockStart = (s: number) => (n === 0 ? s : midnight(zone, nthWorkingDayAfter(anchorDay(s), 1)));
    if (endOfDay === 'midnight') {
      return {
        hours,
        term: {
          zone,
          clock: workingDayClock(zone),
          baseDue: (s) => midnight(zone, shift(lastDay(s), 1)),
          clockStart,
        },
      };
    }
    const h = needHours('close of business');
    return {
      hours,
      term: {
        zone,
        clock: scheduleClock(h.schedule),
        baseDue: (s) => closeOfBusiness(h.schedule, lastDay(s)),
        clockStart,
      },
    };
  }

  if (w.days !== undefined || w.weeks !== undefined || w.months !== undefined || w.years !== undefined) {
    const days = (w.days ?? 0) + 7 * (w.weeks ?? 0);
    const months = (w.months ?? 0) + 12 * (w.years ?? 0);
    const later = (date: string) => (months > 0 ? addMonths(date, months) : shift(date, days));
    const zero = days === 0 && months === 0;
    if (counting === 'elapsed') {
      return {
        hours,
        term: {
          zone,
          clock: WALL,
          // The same local wall time later; what is below the minute follows along.
          baseDue: (s) =>
            wallInstant(zone, later(anchorDay(s)), localMinute(zone, s)) + (((s % MIN) + MIN) % MIN),
          clockStart: (s) => s,
        },
      };
    }
    const endOf = (date: string) =>
      endOfDay === 'midnight'
        ? midnight(zone, shift(date, 1))
        : closeOfBusiness(needHours('close of business').schedule, date);
    return {
      hours,
      term: {
        zone,
        clock: WALL,
        baseDue: (s) => endOf(rollForward(later(anchorDay(s)))),
        clockStart: (s) => (zero ? s : midnight(zone, shift(anchorDay(s), 1))),
      },
    };
  }

  const x = timeOf(w);
  if (w.clock === 'business') {
    const clock = scheduleClock(needHours('business time').schedule);
    return {
      hours,
      term: {
        zone,
        clock,
        baseDue: (s) => clock.add(s, x),
        clockStart: (s) => (x === 0 ? s : clock.firstOpen(s)),
      },
    };
  }
  return { hours, term: { zone, clock: WALL, baseDue: (s) => s + x, clockStart: (s) => s } };
}

// ---------------------------------------------------------------------------------------------
// The timeline (section 1)
// ---------------------------------------------------------------------------------------------

const TYPE_ORDER: Record<string, number> = {
  created: 0,
  'field-change': 1,
  'customer-reply': 2,
  'call-offered': 3,
  'agent-reply': 4,
  'internal-note': 4,
  'call-answered': 5,
  'call-abandoned': 5,
  milestone: 6,
  status: 7,
};

interface Event {
  t: number;
  type: string;
  index: number;
  author: 'agent' | 'bot' | undefined;
  status: string | undefined;
  field: string | undefined;
  value: unknown;
  name: string | undefined;
  /** As given (undefined when missing); `callOf` reads a missing id as ''. */
  callId: string | undefined;
}

function callOf(e: Event): string {
  return e.callId ?? '';
}

function instantOf(x: string | number): number {
  const t = typeof x === 'number' ? x : Date.parse(x);
  if (!Number.isFinite(t)) throw new Error(`model: cannot read instant ${String(x)}`);
  return t;
}

/** Stands for a status no name maps: the event is kept (it is an event) but changes and matches nothing. */
const UNMAPPED = 'model: unmapped status';

/** Section 1: a status name as the vocabulary compares it (NFKC, lower case, trimmed). */
function statusName(name: string): string {
  return name.normalize('NFKC').toLowerCase().trim();
}

/** The six statuses, and the definition's own names, by statusName. */
function vocabulary(definition: ContractDef): Map<string, string> {
  const names = new Map<string, string>();
  for (const s of ['new', 'open', 'awaiting-customer', 'on-hold', 'solved', 'closed']) names.set(s, s);
  for (const [name, status] of Object.entries(definition.statuses ?? {})) names.set(statusName(name), status);
  return names;
}

/** The status names of a ticket's events that nothing maps, as written, once each, in input order. */
export function naiveUnmapped(definition: ContractDef, ticket: TicketDef): string[] {
  const names = vocabulary(definition);
  const out: string[] = [];
  for (const e of ticket.events) {
    if (e.type !== 'status' || typeof e.status !== 'string') continue;
    if (!names.has(statusName(e.status)) && !out.includes(e.status)) out.push(e.status);
  }
  return out;
}

function readEvents(ticket: TicketDef, names: Map<string, string>): Event[] {
  const events: Event[] = ticket.events.map((e, index) => {
    // `public: false` makes an agent reply an internal note (written by that author).
    const type = e.type === 'agent-reply' && e.public === false ? 'internal-note' : e.type;
    if (TYPE_ORDER[type] === undefined) throw new Error(`model: unknown event type ${type}`);
    return {
      t: instantOf(e.at),
      type,
      index,
      author: e.type === 'agent-reply' ? (e.author ?? 'agent') : undefined,
      status: type === 'status' ? (names.get(statusName(e.status!)) ?? UNMAPPED) : undefined,
      field: type === 'field-change' ? e.field : undefined,
      value: type === 'field-change' ? e.value : undefined,
      name: type === 'milestone' ? e.name : undefined,
      callId: type.startsWith('call-') ? e.callId : undefined,
    };
  });
  events.sort((a, b) => a.t - b.t || TYPE_ORDER[a.type]! - TYPE_ORDER[b.type]! || a.index - b.index);
  // Exact duplicates (same instant, type and content): keep the first.
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = JSON.stringify([e.t, e.type, e.author, e.status, e.field, e.value, e.name, e.callId]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Conditions (section 0) and segments (section 2)
// ---------------------------------------------------------------------------------------------

/** `==` means `===` and `!=` means `!==`: rewrite every operator key of the logic. */
function strict(logic: unknown): unknown {
  if (Array.isArray(logic)) return logic.map(strict);
  if (typeof logic !== 'object' || logic === null) return logic;
  return Object.fromEntries(
    Object.entries(logic).map(([k, v]) => [k === '==' ? '===' : k === '!=' ? '!==' : k, strict(v)]),
  );
}

function holds(condition: unknown, fields: Record<string, unknown>): boolean {
  if (condition === undefined) return true;
  const data = JSON.parse(JSON.stringify(fields)) as Record<string, unknown>;
  return jsonLogic.truthy(jsonLogic.apply(strict(condition) as jsonLogic.RulesLogic, data));
}

interface Segment {
  start: number;
  fields: Record<string, unknown>;
}

function segmentsOf(created: number, fields: Record<string, unknown>, events: Event[]): Segment[] {
  const segments: Segment[] = [{ start: created, fields: { ...fields } }];
  for (const e of events) {
    if (e.type !== 'field-change') continue;
    const last = segments[segments.length - 1]!;
    // Several changes at the same instant make one segment; a change at the creation instant is part
    // of the fields at creation (no segment lasts 0 ms: see the report on this ambiguity of the spec).
    if (last.start === e.t) last.fields = { ...last.fields, [e.field!]: e.value };
    else segments.push({ start: e.t, fields: { ...last.fields, [e.field!]: e.value } });
  }
  return segments;
}

// ---------------------------------------------------------------------------------------------
// Cycles of each measure (section 5)
// ---------------------------------------------------------------------------------------------

type Span = [number, number]; // [a, b), b may be Infinity

interface Stop {
  t: number;
  kind: 'stop' | 'abandoned' | 'unanswered';
}

interface RawCycle {
  start: number;
  stop: Stop | undefined;
  pauses: Span[];
  outsideHours: boolean;
}

const SOLVED = new Set(['solved', 'closed']);

interface StatusFacts {
  /** The status changes, starting with `new` at creation. */
  changes: Array<{ t: number; status: string }>;
  solves: number[];
  reopens: number[];
  /** Each time the ticket was solved, in order, with the reopen that ended it (undefined: still solved). */
  solvedRuns: Array<{ solve: number; reopen: number | undefined }>;
  /** Maximal spans during which the status is one of the set (b = Infinity while still so). */
  spansOf(statuses: string[]): Span[];
}

function statusFacts(created: number, events: Event[]): StatusFacts {
  const changes: Array<{ t: number; status: string }> = [{ t: created, status: 'new' }];
  for (const e of events) {
    if (e.type !== 'status' || e.status === UNMAPPED) continue;
    if (e.status === changes[changes.length - 1]!.status) continue; // no change
    changes.push({ t: e.t, status: e.status! });
  }
  const solves: number[] = [];
  const reopens: number[] = [];
  for (let i = 1; i < changes.length; i++) {
    const was = SOLVED.has(changes[i - 1]!.status);
    const now = SOLVED.has(changes[i]!.status);
    if (!was && now) solves.push(changes[i]!.t);
    if (was && !now) reopens.push(changes[i]!.t);
  }
  // Walk the changes once more, pairing each solve with the first change out of solved after it.
  const solvedRuns: StatusFacts['solvedRuns'] = [];
  for (let i = 1; i < changes.length; i++) {
    if (SOLVED.has(changes[i - 1]!.status) || !SOLVED.has(changes[i]!.status)) continue;
    let reopen: number | undefined;
    for (let j = i + 1; j < changes.length && reopen === undefined; j++)
      if (!SOLVED.has(changes[j]!.status)) reopen = changes[j]!.t;
    solvedRuns.push({ solve: changes[i]!.t, reopen });
  }
  return {
    changes,
    solves,
    reopens,
    solvedRuns,
    spansOf(statuses) {
      const spans: Span[] = [];
      let since: number | undefined;
      for (const c of changes) {
        const paused = statuses.includes(c.status);
        if (paused && since === undefined) since = c.t;
        if (!paused && since !== undefined) {
          spans.push([since, c.t]);
          since = undefined;
        }
      }
      if (since !== undefined) spans.push([since, INF]);
      return spans;
    },
  };
}

function clip(spans: Span[], from: number, to: number): Span[] {
  return spans.map(([a, b]): Span => [Math.max(a, from), Math.min(b, to)]).filter(([a, b]) => b > a);
}

function matches(matcher: MatcherDef, e: Event): boolean {
  if (matcher.event !== e.type) return false; // an internal note is not an agent-reply
  if (e.status === UNMAPPED) return false; // a status nothing maps matches nothing
  if (matcher.status !== undefined && e.status !== matcher.status) return false;
  if (matcher.milestone !== undefined && e.name !== matcher.milestone) return false;
  return true;
}

function cyclesOf(
  target: TargetDef,
  hours: Hours | undefined,
  events: Event[], // already only those <= until
  facts: StatusFacts,
  from: number,
  until: number,
): RawCycle[] {
  const repliesFrom = target.repliesFrom ?? ['agent'];
  const isReply = (e: Event) =>
    (e.type === 'agent-reply' && repliesFrom.includes(e.author!)) ||
    (e.type === 'internal-note' && repliesFrom.includes('internal-note'));
  const statusPauses = facts.spansOf(target.pauseWhile ?? []);
  const cycle = (start: number, stop: Stop | undefined, extra: Span[] = []): RawCycle => ({
    start,
    stop,
    pauses: [...clip(statusPauses, start, stop?.t ?? INF), ...extra],
    outsideHours: false,
  });
  const m = target.measure;

  if (m === 'first-response' && target.stoppedBy !== undefined) {
    // Section 5, stoppedBy: every event that counts as the response, the earliest wins.
    const by = target.stoppedBy;
    const candidates: number[] = [];
    if (by.includes('reply')) candidates.push(...events.filter(isReply).map((e) => e.t));
    for (const c of facts.changes.slice(1))
      if (c.t <= until && by.includes(c.status) && c.status !== 'solved') candidates.push(c.t);
    if (by.includes('solved')) candidates.push(...facts.solves.filter((t) => t <= until));
    if (candidates.length > 0) {
      const first = Math.min(...candidates);
      return [cycle(from, { t: Math.max(first, from), kind: 'stop' })];
    }
    const solve = facts.solves.find((t) => t >= from && t <= until);
    return [cycle(from, solve === undefined ? undefined : { t: solve, kind: 'unanswered' })];
  }

  if (m === 'first-response') {
    if (events.some((e) => isReply(e) && e.t < from)) return [cycle(from, { t: from, kind: 'stop' })];
    const reply = events.find((e) => isReply(e) && e.t >= from);
    if (reply !== undefined) return [cycle(from, { t: reply.t, kind: 'stop' })];
    const solve = facts.solves.find((t) => t >= from && t <= until);
    return [cycle(from, solve === undefined ? undefined : { t: solve, kind: 'unanswered' })];
  }

  if (m === 'next-response') {
    const cycles: RawCycle[] = [];
    let open: number | undefined;
    let replied = false;
    for (const e of events) {
      if (isReply(e)) {
        if (open !== undefined) cycles.push(cycle(open, { t: e.t, kind: 'stop' }));
        open = undefined;
        replied = true;
      } else if (e.type === 'customer-reply' && e.t >= from && replied && open === undefined) {
        open = e.t;
      } else if (e.type === 'status' && SOLVED.has(e.status!) && open !== undefined) {
        cycles.push(cycle(open, { t: e.t, kind: 'unanswered' }));
        open = undefined;
      }
    }
    if (open !== undefined) cycles.push(cycle(open, undefined));
    return cycles;
  }

  if (m === 'resolution' && (target.onReopen ?? 'resume') === 'resume') {
    const solved: Span[] = [];
    let stop: Stop | undefined;
    for (const { solve, reopen } of facts.solvedRuns.filter((run) => run.solve >= from)) {
      if (reopen === undefined) {
        stop = { t: solve, kind: 'stop' };
        break;
      }
      solved.push([solve, reopen]);
    }
    return [cycle(from, stop, solved)];
  }

  if (m === 'resolution') {
    const cycles: RawCycle[] = [];
    let start = from;
    for (const { solve, reopen } of facts.solvedRuns.filter((run) => run.solve >= from)) {
      cycles.push(cycle(start, { t: solve, kind: 'stop' }));
      if (reopen === undefined) return cycles;
      start = reopen;
    }
    cycles.push(cycle(start, undefined));
    return cycles;
  }

  if (m === 'phone-answer') {
    if (hours === undefined) throw new Error(`model: ${target.id} phone-answer needs hours`);
    const cycles: RawCycle[] = [];
    const waiting = new Map<string, number>(); // call id -> index of the newest cycle waiting on it
    for (const e of events) {
      if (e.t < from || e.t > until) continue;
      if (e.type === 'call-offered') {
        if (!naiveIsOpen(hours.schedule, Math.floor(e.t / MIN) * MIN)) {
          cycles.push({ start: e.t, stop: undefined, pauses: [], outsideHours: true });
        } else {
          // An older cycle waiting on the same id stops waiting (it stays open for good).
          waiting.set(callOf(e), cycles.length);
          cycles.push({ start: e.t, stop: undefined, pauses: [], outsideHours: false });
        }
      } else if (e.type === 'call-answered' || e.type === 'call-abandoned') {
        const i = waiting.get(callOf(e));
        if (i === undefined) continue;
        waiting.delete(callOf(e));
        cycles[i]!.stop = { t: e.t, kind: e.type === 'call-answered' ? 'stop' : 'abandoned' };
      }
    }
    return cycles;
  }

  if (typeof m === 'object' && 'milestone' in m) {
    const hit = events.find((e) => e.type === 'milestone' && e.name === m.milestone && e.t >= from);
    return [cycle(from, hit === undefined ? undefined : { t: hit.t, kind: 'stop' })];
  }

  if (typeof m === 'object' && 'start' in m) {
    const any = (list: MatcherDef[] | undefined, e: Event) => (list ?? []).some((x) => matches(x, e));
    const cycles: RawCycle[] = [];
    let start: number | undefined;
    let pausedAt: number | undefined;
    let eventPauses: Span[] = [];
    for (const e of events) {
      if (e.t < from || e.t > until) continue;
      if (start === undefined) {
        if (any(m.start, e)) {
          start = e.t;
          pausedAt = undefined;
          eventPauses = [];
        }
      } else if (any(m.stop, e)) {
        if (pausedAt !== undefined) eventPauses.push([pausedAt, e.t]);
        cycles.push(cycle(start, { t: e.t, kind: 'stop' }, clip(eventPauses, start, e.t)));
        start = undefined;
        pausedAt = undefined;
      } else if (pausedAt === undefined && any(m.pause, e)) {
        pausedAt = e.t;
      } else if (pausedAt !== undefined && any(m.resume, e)) {
        eventPauses.push([pausedAt, e.t]);
        pausedAt = undefined;
      }
    }
    if (start !== undefined) {
      if (pausedAt !== undefined) eventPauses.push([pausedAt, INF]);
      cycles.push(cycle(start, undefined, clip(eventPauses, start, INF)));
    }
    return cycles;
  }

  throw new Error(`model: cannot read measure ${JSON.stringify(m)}`);
}

function isMultiCycle(target: TargetDef): boolean {
  const m = target.measure;
  if (m === 'next-response' || m === 'phone-answer') return true;
  if (m === 'resolution') return target.onReopen === 'new-cycle';
  return typeof m === 'object' && 'start' in m;
}

// ---------------------------------------------------------------------------------------------
// One cycle: due, status, elapsed (sections 3 and 4)
// ---------------------------------------------------------------------------------------------

/** Clipped to start no earlier than the clock start, sorted, and merged (touching spans too). */
function mergedPauses(pauses: Span[], clockStart: number): Span[] {
  const spans = pauses
    .map(([a, b]): Span => [Math.max(a, clockStart), b])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const out: Span[] = [];
  for (const [a, b] of spans) {
    const last = out[out.length - 1];
    if (last !== undefined && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** The due instant moved by the pauses, in order; and the clock time they moved it by. */
function moveDue(clock: Clock, base: number, pauses: Span[]): { due: number; paused: number } {
  let due = base;
  let paused = 0;
  for (const [a, b] of pauses) {
    if (a >= due) break; // a pause after the (moved) due never undoes a breach
    if (b === INF) return { due: INF, paused: INF };
    const x = clock.between(a, b);
    due = clock.add(due, x);
    paused += x;
  }
  return { due, paused };
}

interface Judged {
  raw: RawCycle;
  status: Status;
  excluded: Exclusion | null;
  clockStart: number | undefined;
  baseDue: number | undefined;
  due: number; // Infinity when paused for good, NaN when excluded outside hours
  paused: number;
  allowance: number | null;
  elapsed: number | null;
}

interface Judge {
  term: Term;
  at: number | undefined;
  asOf: number;
  leave: number;
}

function judge(raw: RawCycle, j: Judge): Judged {
  if (raw.outsideHours) {
    return {
      raw,
      status: 'not_applicable',
      excluded: 'outside-hours',
      clockStart: undefined,
      baseDue: undefined,
      due: Number.NaN,
      paused: Number.NaN, // no deadline, so nothing paused it: null
      allowance: null,
      elapsed: null,
    };
  }
  const { clock } = j.term;
  const s = raw.start;
  const clockStart = j.term.clockStart(s);
  const baseDue = j.term.baseDue(s);
  const allowance = Math.max(0, clock.between(clockStart, baseDue)); // due before it starts: 0 allowed
  const pauses = mergedPauses(raw.pauses, clockStart);
  const { due, paused } = moveDue(clock, baseDue, pauses);

  let status: Status;
  let excluded: Exclusion | null = null;
  const stop = raw.stop;
  if (stop === undefined) {
    if (due < j.asOf && due < j.leave) status = 'breached';
    else if (j.asOf < clockStart) status = 'pending';
    else if (due === INF) status = 'paused';
    else status = 'running';
  } else if (stop.kind === 'stop') {
    status = stop.t <= due ? 'met' : 'breached';
  } else if (stop.t > due) {
    status = 'breached';
  } else {
    status = 'not_applicable';
    excluded = stop.kind === 'abandoned' ? 'abandoned-before-due' : 'solved-without-reply';
  }

  let elapsed: number | null = null;
  if (status !== 'not_applicable' && (stop !== undefined || j.at !== undefined)) {
    const u = stop?.t ?? Math.min(j.at!, j.leave);
    if (u > clockStart) {
      elapsed = clock.between(clockStart, u);
      for (const [a, b] of clip(pauses, clockStart, u)) elapsed -= clock.between(a, b);
    } else {
      elapsed = 0;
    }
  }
  return {
    raw,
    status,
    excluded,
    clockStart,
    baseDue,
    due,
    paused,
    allowance: status === 'not_applicable' ? null : allowance,
    elapsed,
  };
}

// ---------------------------------------------------------------------------------------------
// The target's result (section 6)
// ---------------------------------------------------------------------------------------------

const OPEN: ReadonlySet<Status> = new Set(['running', 'paused', 'pending']);

/** elapsed x 100 >= p x allowance, exactly, with p read as the decimal it is written as. */
function crossed(elapsed: number, allowance: number, p: number): boolean {
  const text = String(p);
  if (!/^\d+(\.\d+)?$/.test(text)) throw new Error(`model: cannot read warnAt ${text}`);
  const [whole, fraction = ''] = text.split('.');
  const scale = 10n ** BigInt(fraction.length);
  const numerator = BigInt(whole! + fraction);
  return BigInt(elapsed) * 100n * scale >= numerator * BigInt(allowance);
}

function result(target: TargetDef, judged: Judged[], j: Judge): NaiveTarget {
  const zone = j.term.zone;
  const iso = (t: number | undefined | null) =>
    t === undefined || t === null || !Number.isFinite(t) ? null : isoIn(zone, t);

  let status: Status;
  if (!isMultiCycle(target)) {
    status = judged[0]!.status;
  } else if (judged.some((c) => c.status === 'breached')) {
    status = 'breached';
  } else {
    const open = judged.filter((c) => OPEN.has(c.status));
    if (open.length > 0) status = open[open.length - 1]!.status;
    else status = judged.some((c) => c.status === 'met') ? 'met' : 'not_applicable';
  }
  if (j.leave < INF && OPEN.has(status)) status = 'superseded';

  const lastIndex = (pred: (c: Judged) => boolean) => {
    for (let i = judged.length - 1; i >= 0; i--) if (pred(judged[i]!)) return i;
    return -1;
  };
  let reported = lastIndex((c) => OPEN.has(c.status));
  if (reported < 0) reported = judged.findIndex((c) => c.status === 'breached');
  if (reported < 0) reported = lastIndex((c) => c.status !== 'not_applicable');
  if (reported < 0) reported = judged.length - 1;
  const r = reported < 0 ? undefined : judged[reported];

  const cycles: NaiveCycle[] = judged.map((c) => ({
    status: c.status,
    startedAt: iso(c.raw.start)!,
    clockStartsAt: iso(c.clockStart),
    stoppedAt: iso(c.raw.stop?.t),
    due: iso(c.due),
    elapsedMs: c.elapsed,
    allowanceMs: c.allowance,
    pausedMs: Number.isFinite(c.paused) ? c.paused : null,
    excluded: c.excluded,
  }));

  let dueIfResumed: string | null = null;
  if (status === 'paused' && j.at !== undefined && r !== undefined) {
    const ended = r.raw.pauses.map(([a, b]): Span => [a, Math.min(b, j.at!)]);
    dueIfResumed = iso(moveDue(j.term.clock, r.baseDue!, mergedPauses(ended, r.clockStart!)).due);
  }

  const met = judged.filter((c) => c.status === 'met');
  const breached = judged.filter((c) => c.status === 'breached');
  const elapsed = r?.elapsed ?? null;
  const allowance = r?.allowance ?? null;

  let warning: number | null = null;
  // A zero allowance has no share to warn about (usedShare is null too).
  if (
    (status === 'running' || status === 'paused') &&
    elapsed !== null &&
    allowance !== null &&
    allowance > 0
  ) {
    for (const p of target.warnAt ?? [])
      if (crossed(elapsed, allowance, p) && (warning === null || p > warning)) warning = p;
  }

  let measured: number | null = null;
  if (status === 'met' || status === 'breached') {
    if (!isMultiCycle(target)) measured = elapsed;
    else
      for (const c of judged)
        if (c.status === status && c.elapsed !== null) measured = Math.max(measured ?? 0, c.elapsed);
  }

  const dueMs = r === undefined || !Number.isFinite(r.due) ? null : r.due;
  return {
    target: target.id,
    status,
    startedAt: iso(r?.raw.start),
    clockStartsAt: iso(r?.clockStart),
    due: iso(dueMs),
    dueMs,
    dueIfResumed,
    metAt: status === 'met' ? iso(Math.max(...met.map((c) => c.raw.stop!.t))) : null,
    breachedAt: status === 'breached' ? iso(Math.min(...breached.map((c) => c.due + 1))) : null,
    stoppedAt: iso(r?.raw.stop?.t),
    supersededAt: status === 'superseded' ? iso(j.leave) : null,
    elapsedMs: elapsed,
    allowanceMs: allowance,
    remainingMs: elapsed === null || allowance === null ? null : allowance - elapsed,
    usedShare: elapsed === null || allowance === null || allowance === 0 ? null : elapsed / allowance,
    warning,
    measuredMs: measured,
    excluded:
      status === 'superseded' ? 'superseded' : status === 'not_applicable' ? (r?.excluded ?? null) : null,
    reportedCycle: r === undefined ? null : reported,
    cycles,
  };
}

// ---------------------------------------------------------------------------------------------
// The whole evaluation
// ---------------------------------------------------------------------------------------------

interface Row {
  by: string;
  key: string;
  isDefault: boolean;
}

/** Section 2, tables: a target with `by` is one target per row of its table, `id[row]`, in key order. */
function expandTables(targets: TargetDef[]): Array<{ target: TargetDef; row: Row | undefined }> {
  const out: Array<{ target: TargetDef; row: Row | undefined }> = [];
  for (const target of targets) {
    if (target.by === undefined) {
      out.push({ target, row: undefined });
      continue;
    }
    for (const [key, within] of Object.entries(target.table!)) {
      out.push({
        target: { ...target, id: `${target.id}[${key}]`, within },
        row: { by: target.by, key, isDefault: key === target.default },
      });
    }
  }
  return out;
}

/** Whether ticket fields select a row: the field's value is the row's text, or its number written so. */
function inRow(row: Row, fields: Record<string, unknown>): boolean {
  const value = Object.hasOwn(fields, row.by) ? fields[row.by] : undefined;
  if (value === undefined || value === null || value === '') return row.isDefault;
  if (value === row.key) return true;
  return typeof value === 'number' && String(value) === row.key;
}

/**
 * Section 0: the hours (or end of day) of a target for the fields it entered with: a map picks by
 * the value of the hoursBy field (default channel), else its default, else nothing.
 */
function pickFor<V extends string>(
  target: TargetDef,
  value: V | Record<string, V> | undefined,
  fields: Record<string, unknown>,
): V | undefined {
  if (value === undefined || typeof value === 'string') return value;
  const by = target.hoursBy ?? 'channel';
  const key = Object.hasOwn(fields, by) ? fields[by] : undefined;
  if (typeof key === 'string' && key !== 'default' && Object.hasOwn(value, key)) return value[key];
  return Object.hasOwn(value, 'default') ? value.default : undefined;
}

/**
 * Every applying target of the definition on the ticket, in definition order, judged as of `at`
 * (epoch ms or ISO text) or, without it, as of the ticket's last event.
 */
export function naiveEvaluate(
  definition: ContractDef,
  ticket: TicketDef,
  atInput?: number | string,
): NaiveTarget[] {
  for (const [name, cal] of Object.entries(definition.calendars ?? {}))
    if (cal.type !== 'china') throw new Error(`model: calendar ${name} is not the China calendar`);
  const at = atInput === undefined ? undefined : instantOf(atInput);
  const all = readEvents(ticket, vocabulary(definition));
  const created = all.find((e) => e.type === 'created');
  if (created === undefined) throw new Error('model: no created event');
  if (at !== undefined && created.t > at) return [];
  const end = at ?? INF;
  const events = all.filter((e) => e.t <= end);
  const asOf = at ?? events[events.length - 1]!.t;
  const segments = segmentsOf(created.t, ticket.fields ?? {}, events);

  const out: NaiveTarget[] = [];
  for (const { target, row } of expandTables(definition.targets)) {
    let enter: number | undefined;
    let enterFields: Record<string, unknown> = {};
    let leave = INF;
    for (const segment of segments) {
      const ok = holds(target.appliesTo, segment.fields) && (row === undefined || inRow(row, segment.fields));
      if (enter === undefined) {
        if (ok) {
          enter = segment.start;
          enterFields = segment.fields;
        }
      } else if (!ok) {
        leave = segment.start;
        break;
      }
    }
    if (enter === undefined) continue;
    const from = (target.onReclassify ?? 'retroactive') === 'retroactive' ? created.t : enter;
    const until = Math.min(end, leave);
    const seen = events.filter((e) => e.t <= until);
    const { term, hours } = readTerm(
      {
        ...target,
        hours: pickFor(target, target.hours, enterFields),
        endOfDay: pickFor(target, target.endOfDay, enterFields),
      },
      definition,
    );
    const j: Judge = { term, at, asOf, leave };
    const raw = cyclesOf(target, hours, seen, statusFacts(created.t, seen), from, until);
    out.push(
      result(
        target,
        raw.map((c) => judge(c, j)),
        j,
      ),
    );
  }
  return out;
}
