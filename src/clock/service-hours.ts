/**
 * Service hours: when a service is open, as wall-clock windows in a time zone, on the days a rule
 * selects (by weekday, or by the day kind of a working-day calendar), with dated exceptions.
 *
 * The engine turns the windows of a range of days into one sorted list of disjoint open intervals
 * (epoch ms) with the open time before each, so that:
 *   F(t) = open time before t                 one locate + one subtraction
 *   addBusinessTime(t, d) = F⁻¹(F(t) + d)     a binary search over the cumulative open time
 *   businessTimeBetween(a, b) = F(b) - F(a)
 * The cost does not depend on the duration: adding 400 hours costs what adding 4 costs. Tables grow a
 * year at a time in both directions as questions need them.
 *
 * Wall-clock rules (DST): a window is read on the wall clock of its day, and a wall-clock time means
 * the first instant at which the local clock reads that time or later. So a window contains exactly
 * the instants whose local time lies inside it: 09:00-17:00 is 8 hours long on a DST day unless the
 * jump falls inside it; 01:00-05:00 is 3 hours long on the spring-forward day in Los Angeles (02:00
 * jumps to 03:00) and 5 hours on the fall-back day (01:00-02:00 happens twice and both count).
 * A boundary that does not exist (02:30 on the spring-forward day) is the moment of the jump; a
 * boundary that occurs twice (01:30 on the fall-back day) is its first occurrence.
 */

import type { WorkingDayCalendar } from '../calendar/calendar.js';
import { calendarEngine, DAY_KINDS, type DayKind, type TableCalendar } from '../calendar/calendar.js';
import { DayCode } from '../calendar/day-table.js';
import { CalendarCoverageError, type IssuePath, ServiceHoursError } from '../errors/errors.js';
import type { HoursReason } from '../errors/messages.js';
import { BRAND_PROTOCOL, hasBrand, SERVICE_HOURS_BRAND } from '../internal/brand.js';
import type { Assert, ListsAll } from '../internal/lists.js';
import {
  type CivilDate,
  type DayNumber,
  dayFromCivil,
  MS_PER_DAY,
  parseCivilDate,
  weekdayOfDay,
  yearOfDay,
} from '../time/civil-date.js';
import { type EpochMs, type InstantInput, parseInstant } from '../time/instant.js';
import { type TimeZone, timeZone } from '../time/zone.js';
import { type DurationInput, parseDuration } from './duration.js';

/** A window as written: `'09:00-18:00'`, `'22:00-06:00'` (overnight) or `{ from: '09:00', to: '18:00' }`. */
export type WindowSpec = string | { from: string; to: string };

/** A weekday name. */
export type WeekdayName = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** Compile-time: WEEKDAY_NAMES lists every WeekdayName. */
export type WEEKDAY_NAMES_LISTED = Assert<ListsAll<WeekdayName, typeof WEEKDAY_NAMES>>;

/** A day kind of a working-day calendar, as a rule may select it. */
export type DayKindName = DayKind;

/**
 * Which days a rule applies to: every day; the working (or rest) days of the schedule's calendar;
 * or a list of weekday names and calendar day kinds (a day matches when it is any of them).
 */
export type DaySelector =
  | 'every-day'
  | 'working-days'
  | 'rest-days'
  | ReadonlyArray<WeekdayName | DayKindName>;

/** One rule: the windows of the days it selects. The first rule that selects a day gives its windows. */
export interface HoursRule {
  days: DaySelector;
  windows: readonly WindowSpec[] | '24h';
}

/** A dated exception: closed that day, or other windows that day. */
export type HoursException =
  | { date: CivilDate; closed: true; name?: string }
  | { date: CivilDate; windows: readonly WindowSpec[]; name?: string };

/** What {@link serviceHours} accepts. */
export interface ServiceHoursSpec {
  /** IANA zone of the windows' wall clock, e.g. `Asia/Shanghai`. */
  timeZone: string;
  /** The calendar whose day kinds rules may select (`'working-days'`, `'holiday'`, ...). */
  calendar?: WorkingDayCalendar;
  /** Rules in order; or use `days` + `windows` for a single rule. */
  rules?: readonly HoursRule[];
  /** Shorthand for one rule's days (default `'working-days'` with a calendar, else Monday-Friday). */
  days?: DaySelector;
  /** Shorthand for one rule's windows, or `'24x7'` for always open. */
  windows?: readonly WindowSpec[] | '24h' | '24x7';
  exceptions?: readonly HoursException[];
  /**
   * The length of one service day, for "N working days = N x service day" (elapsed counting).
   * Default: the open time of the first rule's windows (24 h for 24x7).
   */
  serviceDayLength?: DurationInput;
}

/**
 * Service hours, questioned with instants. Instants returned are ISO 8601 in the schedule's zone.
 *
 * The examples below use the phone hours of the reference contract:
 * `const phone = serviceHours({ timeZone: 'Asia/Shanghai', calendar: chinaCalendar(), days: 'working-days', windows: ['09:00-18:00'] })`.
 */
export interface ServiceHours {
  /** The IANA zone of the windows' wall clock. */
  readonly timeZone: string;
  /** The calendar whose day kinds the rules select, if any. */
  readonly calendar: WorkingDayCalendar | undefined;
  /** Milliseconds of one service day (for elapsed working-day counting). */
  readonly serviceDayMs: number;
  /**
   * Whether the service is open at an instant (windows are [open, close)).
   *
   * @example
   * phone.isOpen('2025-10-11T10:00:00+08:00')
   * //=> true (a make-up working Saturday)
   *
   * @example
   * phone.isOpen('2025-09-30T18:00:00+08:00')
   * //=> false (18:00 is the close: windows are [open, close))
   */
  isOpen(instant: InstantInput): boolean;
  /**
   * The instant itself when open, else the next opening.
   *
   * @example
   * phone.nextOpening('2025-09-30T18:30:00+08:00')
   * //=> '2025-10-09T09:00:00+08:00' (after the National Day break)
   */
  nextOpening(instant: InstantInput): string;
  /**
   * The end of the open period containing the instant, else of the next one.
   *
   * @example
   * phone.nextClosing('2025-09-30T10:00:00+08:00')
   * //=> '2025-09-30T18:00:00+08:00'
   */
  nextClosing(instant: InstantInput): string;
  /**
   * The instant at which `duration` of open time has passed since `instant` (from the next opening
   * when closed). The duration is a time duration (`'8 hours'`, `{ minutes: 30 }`) or milliseconds,
   * never negative: to go back, use {@link ServiceHours.subtractBusinessTime}.
   *
   * @example
   * phone.addBusinessTime('2025-09-30T17:00:00+08:00', '8 hours')
   * //=> '2025-10-09T16:00:00+08:00' (one hour on 09-30, seven on 10-09)
   */
  addBusinessTime(instant: InstantInput, duration: DurationInput | number): string;
  /**
   * The instant `duration` of open time before `instant`: the latest instant s such that [s, instant)
   * holds exactly `duration` of open time (from the last closing when closed). The mirror of
   * {@link ServiceHours.addBusinessTime}: "remind the agent 2 business hours before the due instant".
   *
   * @example
   * phone.subtractBusinessTime('2025-10-09T11:00:00+08:00', '4 hours')
   * //=> '2025-09-30T16:00:00+08:00' (two hours on 10-09, back over the National Day break, two on 09-30)
   *
   * @example
   * phone.subtractBusinessTime('2025-10-09T11:00:00+08:00', '2 hours')
   * //=> '2025-10-09T09:00:00+08:00' (the opening, not 18:00 the day before: the latest such instant)
   */
  subtractBusinessTime(instant: InstantInput, duration: DurationInput | number): string;
  /**
   * The opening of the open period containing the instant, else of the last one before it: "when did
   * the window we are in open". The mirror of {@link ServiceHours.nextClosing}.
   *
   * @example
   * phone.previousOpening('2025-10-09T11:00:00+08:00')
   * //=> '2025-10-09T09:00:00+08:00'
   *
   * @example
   * phone.previousOpening('2025-10-05T11:00:00+08:00')
   * //=> '2025-09-30T09:00:00+08:00' (closed for the break: the last window before it)
   */
  previousOpening(instant: InstantInput): string;
  /**
   * The instant itself when open, else the last closing before it: the last instant, up to this one,
   * at which business time was running. The mirror of {@link ServiceHours.nextOpening}.
   *
   * @example
   * phone.previousClosing('2025-10-05T11:00:00+08:00')
   * //=> '2025-09-30T18:00:00+08:00'
   *
   * @example
   * phone.previousClosing('2025-10-09T11:00:00+08:00')
   * //=> '2025-10-09T11:00:00+08:00' (open: the instant itself)
   */
  previousClosing(instant: InstantInput): string;
  /**
   * Milliseconds of open time in [a, b) (negative when b < a).
   *
   * @example
   * phone.businessTimeBetween('2025-09-30T17:00:00+08:00', '2025-10-09T16:00:00+08:00')
   * //=> 28800000 (8 hours)
   */
  businessTimeBetween(a: InstantInput, b: InstantInput): number;
  /**
   * The windows of a civil date, as instants (an empty list on a closed day).
   *
   * @example
   * phone.windowsOn('2025-10-11')
   * //=> [{ from: '2025-10-11T09:00:00+08:00', to: '2025-10-11T18:00:00+08:00' }]
   *
   * @example
   * phone.windowsOn('2025-10-01')
   * //=> []
   */
  windowsOn(date: CivilDate): Array<{ from: string; to: string }>;
}

/** Weekday names, Monday first (ISO order). */
export const WEEKDAY_NAMES = [
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
] as const satisfies readonly WeekdayName[];
const WEEKDAYS: readonly WeekdayName[] = WEEKDAY_NAMES;
const KINDS: readonly DayKindName[] = DAY_KINDS;
const MINUTE = 60_000;

/** A window in minutes from the day's local midnight; `to` may pass 1440 (overnight). */
interface Window {
  from: number;
  to: number;
}

/** How a rule selects days, normalised: a bit mask over weekdays (bits 0-6) and kinds (bits 8-13). */
interface Selector {
  all: boolean;
  working: boolean | undefined;
  weekdays: number;
  kinds: number;
}

interface NormalisedRule {
  selector: Selector;
  windows: Window[];
}

function invalid(reason: HoursReason, path: IssuePath): never {
  throw new ServiceHoursError('invalid_service_hours', { reason }, path);
}

function parseClock(text: string, path: IssuePath, allow24: boolean): number {
  const match = /^(\d{2}):(\d{2})$/.exec(text.trim());
  if (match === null) return invalid({ key: 'clock-form', text }, path);
  const h = Number(match[1]);
  const m = Number(match[2]);
  if (h === 24 && m === 0 && allow24) return 1440;
  if (h > 23 || m > 59) return invalid({ key: 'clock-range', text }, path);
  return h * 60 + m;
}

function parseWindow(spec: WindowSpec, path: IssuePath): Window {
  let fromText: string;
  let toText: string;
  if (typeof spec === 'string') {
    const parts = spec.split('-');
    if (parts.length !== 2) return invalid({ key: 'window-form', window: spec }, path);
    [fromText, toText] = parts as [string, string];
  } else if (
    typeof spec === 'object' &&
    spec !== null &&
    typeof spec.from === 'string' &&
    typeof spec.to === 'string'
  ) {
    fromText = spec.from;
    toText = spec.to;
  } else {
    return invalid({ key: 'window-type' }, path);
  }
  const from = parseClock(fromText, path, false);
  let to = parseClock(toText, path, true);
  if (to === from) return invalid({ key: 'window-empty', window: `${fromText}-${toText}` }, path);
  if (to < from) to += 1440; // overnight: belongs to the day it starts on
  return { from, to };
}

function parseWindows(specs: readonly WindowSpec[] | '24h' | '24x7', path: IssuePath): Window[] {
  if (specs === '24h' || specs === '24x7') return [{ from: 0, to: 1440 }];
  if (!Array.isArray(specs)) return invalid({ key: 'windows-type' }, path);
  const windows = specs.map((spec, i) => parseWindow(spec, [...path, i])).sort((a, b) => a.from - b.from);
  for (let i = 1; i < windows.length; i++) {
    if (windows[i]!.from < windows[i - 1]!.to) return invalid({ key: 'windows-overlap' }, path);
  }
  return windows;
}

function parseSelector(days: DaySelector, hasCalendar: boolean, path: IssuePath): Selector {
  if (days === 'every-day') return { all: true, working: undefined, weekdays: 0, kinds: 0 };
  if (days === 'working-days' || days === 'rest-days') {
    if (!hasCalendar) return invalid({ key: 'days-need-calendar', days }, path);
    return { all: false, working: days === 'working-days', weekdays: 0, kinds: 0 };
  }
  if (!Array.isArray(days) || days.length === 0) {
    return invalid({ key: 'days-type' }, path);
  }
  let weekdays = 0;
  let kinds = 0;
  days.forEach((name, i) => {
    const w = WEEKDAYS.indexOf(name as WeekdayName);
    const k = KINDS.indexOf(name as DayKindName);
    if (w >= 0) weekdays |= 1 << w;
    else if (k >= 0) {
      if (!hasCalendar) invalid({ key: 'kind-needs-calendar', kind: name }, [...path, i]);
      kinds |= 1 << k;
    } else invalid({ key: 'unknown-day', name: String(name) }, [...path, i]);
  });
  return { all: false, working: undefined, weekdays, kinds };
}

/** The schedule's interval table over the days [first, first + days). */
interface HoursTable {
  first: DayNumber;
  days: number;
  /** Local midnights: dayStart[k] is the first instant of day first + k (k = 0..days). */
  dayStart: Float64Array;
  /** First interval whose end is after dayStart[k]. */
  dayFirst: Int32Array;
  /** Close of business of each day (end of the last window it owns); NaN when it has none. */
  dayClose: Float64Array;
  start: Float64Array;
  end: Float64Array;
  /** cum[i]: open time before interval i; cum[n]: all open time of the table. */
  cum: Float64Array;
  n: number;
  /** The first instant the table cannot answer for (start of the day after the last). */
  validEnd: number;
  /** Until this instant answers need the (unknown) day before the table, when it has overnight windows. */
  headUnknownUntil: number;
  headError: CalendarCoverageError | undefined;
}

/** Horizon of the search for an opening before giving up. */
const NEVER_OPEN_YEARS = 10;

/**
 * The engine behind {@link ServiceHours}; the clocks and the SLA engine use it on epoch ms. Public
 * types show it as {@link ServiceHours}.
 */
export class HoursEngine implements ServiceHours {
  /**
   * Recognised by the brand, not by `instanceof` (see internal/brand.ts). A getter, so it lives on the
   * prototype: a copy made by spreading (`{ ...calendar }`) has the data but not the methods, and no brand.
   */
  get [SERVICE_HOURS_BRAND](): number {
    return BRAND_PROTOCOL;
  }
  readonly timeZone: string;
  readonly calendar: WorkingDayCalendar | undefined;
  readonly serviceDayMs: number;
  readonly zone: TimeZone;
  readonly engine: TableCalendar | undefined;
  /** The zone's offset when it has a single one over the table (one addition instead of a lookup). */
  private fixedOffset: number | undefined;
  private table: HoursTable | undefined;
  private readonly maxOverflow: number;
  /** A text that identifies the schedule (for caches keyed by schedule). */
  readonly signature: string;

  constructor(
    zone: TimeZone,
    calendar: WorkingDayCalendar | undefined,
    private readonly rules: NormalisedRule[],
    private readonly exceptions: Map<DayNumber, Window[]>,
    serviceDayMs: number,
    signature: string,
  ) {
    this.zone = zone;
    this.timeZone = zone.id;
    this.calendar = calendar;
    this.engine = calendar === undefined ? undefined : calendarEngine(calendar);
    this.serviceDayMs = serviceDayMs;
    this.signature = signature;
    let overflow = 0;
    for (const rule of rules) for (const w of rule.windows) overflow = Math.max(overflow, w.to - 1440);
    for (const windows of exceptions.values())
      for (const w of windows) overflow = Math.max(overflow, w.to - 1440);
    this.maxOverflow = overflow;
  }

  // ---- windows of a day ----

  private matches(selector: Selector, day: DayNumber): boolean {
    if (selector.all) return true;
    if (selector.working !== undefined) return this.engine!.isWorkingDayNumber(day) === selector.working;
    if (selector.weekdays & (1 << (weekdayOfDay(day) - 1))) return true;
    if (selector.kinds !== 0)
      return (selector.kinds & (1 << (this.engine!.codeOf(day) & DayCode.KIND_MASK))) !== 0;
    return false;
  }

  /** The windows a day owns (minutes from its local midnight). */
  windowsOfDay(day: DayNumber): readonly Window[] {
    const exception = this.exceptions.get(day);
    if (exception !== undefined) return exception;
    for (const rule of this.rules) if (this.matches(rule.selector, day)) return rule.windows;
    return [];
  }

  private localInstant(day: DayNumber, minutes: number): EpochMs {
    return this.zone.toInstant(day * MS_PER_DAY + minutes * MINUTE);
  }

  // ---- the table ----

  private build(first: DayNumber, last: DayNumber): HoursTable {
    // A day the calendar does not cover throws in the loop over days below, but only after the zone
    // has placed every day of the span (through Intl past 2200: a ticket solved in year 9999 cost
    // seconds per question). Asking for the first such day's windows first throws the same error at
    // once, and asks the calendar nothing the loop would not ask.
    const source = this.engine?.source;
    if (source !== undefined && !source.estimates) {
      if (first < source.covered.first) this.windowsOfDay(first);
      else if (last > source.covered.last) this.windowsOfDay(Math.max(first, source.covered.last + 1));
    }
    const days = last - first + 1;
    const starts: number[] = [];
    const ends: number[] = [];
    const dayStart = new Float64Array(days + 1);
    const dayClose = new Float64Array(days).fill(Number.NaN);
    for (let k = 0; k <= days; k++) dayStart[k] = this.zone.startOfDay(first + k);
    const push = (from: number, to: number) => {
      if (to <= from) return; // a window swallowed by a DST gap
      const n = starts.length;
      if (n > 0 && from <= ends[n - 1]!) {
        if (to > ends[n - 1]!) ends[n - 1] = to; // touching or overlapping (overnight tail): merge
      } else {
        starts.push(from);
        ends.push(to);
      }
    };
    let headError: CalendarCoverageError | undefined;
    let headUnknownUntil = Number.NEGATIVE_INFINITY;
    if (this.maxOverflow > 0) {
      // The day before the table may reach into it with an overnight window.
      try {
        for (const w of this.windowsOfDay(first - 1)) {
          if (w.to > 1440)
            push(
              Math.max(this.localInstant(first - 1, w.from), dayStart[0]!),
              this.localInstant(first - 1, w.to),
            );
        }
      } catch (error) {
        if (!(error instanceof CalendarCoverageError)) throw error;
        headError = error;
        headUnknownUntil = this.localInstant(first, this.maxOverflow);
      }
    }
    for (let k = 0; k < days; k++) {
      const day = first + k;
      let close = Number.NaN;
      for (const w of this.windowsOfDay(day)) {
        const from = this.localInstant(day, w.from);
        const to = this.localInstant(day, w.to);
        // Keep the list sorted: an earlier day's overnight window may end after this one starts.
        if (starts.length > 0 && from < starts[starts.length - 1]!) {
          this.insertSorted(starts, ends, from, to);
        } else {
          push(from, to);
        }
        if (to > from) close = Number.isNaN(close) ? to : Math.max(close, to);
      }
      dayClose[k] = close;
    }
    const n = starts.length;
    const start = Float64Array.from(starts);
    const end = Float64Array.from(ends);
    const cum = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) cum[i + 1] = cum[i]! + (end[i]! - start[i]!);
    const dayFirst = new Int32Array(days + 1);
    for (let k = 0, i = 0; k <= days; k++) {
      while (i < n && end[i]! <= dayStart[k]!) i++;
      dayFirst[k] = i;
    }
    return {
      first,
      days,
      dayStart,
      dayFirst,
      dayClose,
      start,
      end,
      cum,
      n,
      validEnd: dayStart[days]!,
      headUnknownUntil,
      headError,
    };
  }

  private insertSorted(starts: number[], ends: number[], from: number, to: number): void {
    // Rare: rebuild the merged list with the new interval (only with overlapping overnight windows).
    const all = starts.map((s, i) => [s, ends[i]!] as [number, number]);
    all.push([from, to]);
    all.sort((a, b) => a[0] - b[0]);
    starts.length = 0;
    ends.length = 0;
    for (const [s, e] of all) {
      const n = starts.length;
      if (n > 0 && s <= ends[n - 1]!) ends[n - 1] = Math.max(ends[n - 1]!, e);
      else {
        starts.push(s);
        ends.push(e);
      }
    }
  }

  /** The table, grown (by whole years) to hold the instants [from, to]. */
  private ensure(from: EpochMs, to: EpochMs): HoursTable {
    const table = this.table;
    if (table !== undefined && from >= table.dayStart[0]! && to < table.validEnd) {
      if (from < table.headUnknownUntil) throw table.headError!;
      return table;
    }
    const fromDay = this.zone.dayOf(from);
    const toDay = this.zone.dayOf(to);
    let first = dayFromCivil(yearOfDay(fromDay), 1, 1);
    let last = dayFromCivil(yearOfDay(toDay), 12, 31);
    if (table !== undefined) {
      first = Math.min(first, table.first);
      last = Math.max(last, table.first + table.days - 1);
    }
    const built = this.build(first, last);
    this.table = built;
    // Zones with one offset over the whole table (Asia/Shanghai today) locate instants with one addition.
    this.fixedOffset = this.zone.constantOffset(built.dayStart[0]! - MS_PER_DAY, built.validEnd + MS_PER_DAY);
    if (from < built.headUnknownUntil) throw built.headError!;
    return built;
  }

  /**
   * Grows the table forward by about `years` years from its end, but first only up to the last day
   * the calendar covers: a coverage error must come from a question that needs the uncovered days,
   * not from growing too eagerly.
   */
  private growForward(t: EpochMs, table: HoursTable, years: number): HoursTable {
    let to = table.validEnd + years * 366 * MS_PER_DAY;
    const source = this.engine?.source;
    if (source !== undefined && !source.estimates) {
      const lastCovered = this.zone.startOfDay(source.covered.last + 1) - 1;
      if (table.validEnd <= lastCovered && to > lastCovered) to = lastCovered;
    }
    return this.ensure(t, to);
  }

  /**
   * Grows the table backward by about `years` years from its start, but first only down to the first
   * day the calendar covers (the mirror of growForward): a coverage error must come from a question
   * that needs the uncovered days.
   */
  private growBackward(t: EpochMs, table: HoursTable, years: number): HoursTable {
    const start = table.dayStart[0]!;
    // Whole years back from the table's first year (the table starts on 1 January).
    const year = yearOfDay(table.first) - years;
    // Nothing before year 1 (the first civil date): no opening to find there.
    if (year < 1) throw this.neverOpenBefore(t);
    let from = this.zone.startOfDay(dayFromCivil(year, 1, 1));
    const source = this.engine?.source;
    if (source !== undefined && !source.estimates) {
      const firstCovered = this.zone.startOfDay(source.covered.first);
      if (start > firstCovered && from < firstCovered) from = firstCovered;
    }
    return this.ensure(from, t);
  }

  /** Index of the first interval whose end is after t (table must hold t). */
  private locate(table: HoursTable, t: EpochMs): number {
    const local = this.fixedOffset === undefined ? this.zone.toLocal(t) : t + this.fixedOffset;
    let k = Math.floor(local / MS_PER_DAY) - table.first;
    if (k < 0) k = 0;
    else if (k >= table.days) k = table.days - 1;
    // A DST day can start before its local midnight maps back; step back if needed.
    while (k > 0 && table.dayStart[k]! > t) k--;
    let i = table.dayFirst[k]!;
    const { end, n } = table;
    while (i < n && end[i]! <= t) i++;
    return i;
  }

  /** F(t): open time before t, relative to the table's start. */
  private openBefore(table: HoursTable, t: EpochMs): number {
    const i = this.locate(table, t);
    if (i === table.n) return table.cum[i]!;
    const s = table.start[i]!;
    return t > s ? table.cum[i]! + (t - s) : table.cum[i]!;
  }

  // ---- numeric API (epoch ms) ----

  isOpenAt(t: EpochMs): boolean {
    const table = this.ensure(t, t);
    const i = this.locate(table, t);
    return i < table.n && table.start[i]! <= t;
  }

  /** t when open, else the start of the next open period. */
  nextOpeningAt(t: EpochMs): EpochMs {
    let table = this.ensure(t, t);
    const limit = t + NEVER_OPEN_YEARS * 366 * MS_PER_DAY;
    for (;;) {
      const i = this.locate(table, t);
      if (i < table.n) return Math.max(t, table.start[i]!);
      if (table.validEnd > limit) throw this.neverOpen(t);
      table = this.growForward(t, table, 1);
    }
  }

  /** The end of the open period containing t, or of the next one. */
  nextClosingAt(t: EpochMs): EpochMs {
    let table = this.ensure(t, t);
    const limit = t + NEVER_OPEN_YEARS * 366 * MS_PER_DAY;
    for (;;) {
      const i = this.locate(table, t);
      // An interval reaching the end of the table may continue into days not built yet.
      if (i < table.n && table.end[i]! < table.validEnd) return table.end[i]!;
      if (table.validEnd > limit) {
        if (i < table.n)
          throw new ServiceHoursError('never_closes', { from: this.zone.format(t), years: NEVER_OPEN_YEARS });
        throw this.neverOpen(t);
      }
      table = this.growForward(t, table, 1);
    }
  }

  /** Open time in [a, b), signed. */
  openTimeBetween(a: EpochMs, b: EpochMs): number {
    if (b < a) return 0 - this.openTimeBetween(b, a);
    // [a, b) needs the days up to b's last millisecond, not b's own day: the open time up to the
    // midnight that ends the last day a calendar covers is known (a deadline ending that day).
    const table = this.ensure(a, b > a ? b - 1 : b);
    return this.openBefore(table, b) - this.openBefore(table, a);
  }

  /**
   * Makes sure open time up to `t` can be measured (the table holds [.., t), as {@link openTimeBetween}
   * needs), or throws the calendar's coverage error (the pause-clock interface of deadlines).
   */
  cover(t: EpochMs): void {
    this.ensure(t - 1, t - 1);
  }

  /** Open time in [a, b) (the pause-clock interface of deadlines). */
  between(a: EpochMs, b: EpochMs): number {
    return this.openTimeBetween(a, b);
  }

  /** The instant `ms` of open time after t (the pause-clock interface of deadlines). */
  add(t: EpochMs, ms: number): EpochMs {
    return this.addOpenTime(t, ms);
  }

  /** The instant at which `ms` of open time has passed since t (ms >= 0). */
  addOpenTime(t: EpochMs, ms: number): EpochMs {
    if (ms === 0) return t;
    let table = this.ensure(t, t);
    const limit = t + NEVER_OPEN_YEARS * 366 * MS_PER_DAY;
    for (;;) {
      const target = this.openBefore(table, t) + ms;
      if (target <= table.cum[table.n]!) {
        // First interval i with cum[i] + length(i) >= target, i.e. cum[i + 1] >= target.
        const { cum } = table;
        let lo = 0;
        let hi = table.n - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (cum[mid + 1]! >= target) hi = mid;
          else lo = mid + 1;
        }
        const result = table.start[lo]! + (target - cum[lo]!);
        if (result <= table.validEnd) return result;
      }
      if (table.validEnd > limit) throw this.neverOpen(t);
      // Grow forward by about as many years as the remaining time needs (at least one).
      const perYear = table.cum[table.n]! / Math.max(1, table.days / 366);
      const years =
        perYear > 0 ? Math.min(NEVER_OPEN_YEARS, Math.ceil((target - table.cum[table.n]!) / perYear) + 1) : 1;
      table = this.growForward(t, table, years);
    }
  }

  /**
   * The latest instant s with `ms` of open time in [s, t) (ms >= 0): F(s) = F(t) - ms, taking the
   * last such instant, so that a result on a boundary is an opening, never the closing before it.
   */
  subtractOpenTime(t: EpochMs, ms: number): EpochMs {
    if (ms === 0) return t;
    let table = this.ensure(t, t);
    const limit = t - NEVER_OPEN_YEARS * 366 * MS_PER_DAY;
    for (;;) {
      const target = this.openBefore(table, t) - ms;
      if (target >= 0) {
        // The first interval i with cum[i + 1] > target holds the answer (target < F(t) <= cum[n]).
        const { cum } = table;
        let lo = 0;
        let hi = table.n - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (cum[mid + 1]! > target) hi = mid;
          else lo = mid + 1;
        }
        return table.start[lo]! + (target - cum[lo]!);
      }
      if (table.dayStart[0]! < limit) throw this.neverOpenBefore(t);
      // Grow backward by about as many years as the missing time needs (at least one).
      const perYear = table.cum[table.n]! / Math.max(1, table.days / 366);
      const years = perYear > 0 ? Math.min(NEVER_OPEN_YEARS, Math.ceil(-target / perYear) + 1) : 1;
      table = this.growBackward(t, table, years);
    }
  }

  /** The start of the open period containing t, else of the last one before t. */
  previousOpeningAt(t: EpochMs): EpochMs {
    let table = this.ensure(t, t);
    const limit = t - NEVER_OPEN_YEARS * 366 * MS_PER_DAY;
    for (;;) {
      const i = this.locate(table, t);
      const j = i < table.n && table.start[i]! <= t ? i : i - 1;
      // A period that starts with the table may have started before it: look further back.
      if (j >= 0 && table.start[j]! > table.dayStart[0]!) return table.start[j]!;
      if (table.dayStart[0]! < limit) {
        if (j >= 0)
          throw new ServiceHoursError('never_closed_before', {
            from: this.zone.format(t),
            years: NEVER_OPEN_YEARS,
          });
        throw this.neverOpenBefore(t);
      }
      table = this.growBackward(t, table, 1);
    }
  }

  /** t when open, else the end of the last open period before t. */
  previousClosingAt(t: EpochMs): EpochMs {
    let table = this.ensure(t, t);
    const limit = t - NEVER_OPEN_YEARS * 366 * MS_PER_DAY;
    for (;;) {
      const i = this.locate(table, t);
      if (i < table.n && table.start[i]! <= t) return t;
      // Interval i - 1 ends at or before t < validEnd, so its end is a real closing.
      if (i > 0) return table.end[i - 1]!;
      if (table.dayStart[0]! < limit) throw this.neverOpenBefore(t);
      table = this.growBackward(t, table, 1);
    }
  }

  /** Close of business of a day: the end of the last window it owns (NaN when closed all day). */
  closeOfBusiness(day: DayNumber): EpochMs {
    const start = this.zone.startOfDay(day);
    const table = this.ensure(start, start);
    return table.dayClose[day - table.first]!;
  }

  /** The instant a day starts (local midnight). */
  startOfDay(day: DayNumber): EpochMs {
    return this.zone.startOfDay(day);
  }

  /** The open intervals in [a, b), clipped, for explanations. */
  intervalsBetween(a: EpochMs, b: EpochMs, max = Number.POSITIVE_INFINITY): Array<[EpochMs, EpochMs]> {
    const out: Array<[EpochMs, EpochMs]> = [];
    if (b <= a) return out;
    const table = this.ensure(a, b);
    for (let i = this.locate(table, a); i < table.n && table.start[i]! < b && out.length < max; i++) {
      out.push([Math.max(a, table.start[i]!), Math.min(b, table.end[i]!)]);
    }
    return out;
  }

  private neverOpen(t: EpochMs): ServiceHoursError {
    return new ServiceHoursError('never_open', { from: this.zone.format(t), years: NEVER_OPEN_YEARS });
  }

  private neverOpenBefore(t: EpochMs): ServiceHoursError {
    return new ServiceHoursError('never_open_before', { from: this.zone.format(t), years: NEVER_OPEN_YEARS });
  }

  // ---- public API ----

  isOpen(instant: InstantInput): boolean {
    return this.isOpenAt(parseInstant(instant));
  }

  nextOpening(instant: InstantInput): string {
    return this.zone.format(this.nextOpeningAt(parseInstant(instant)));
  }

  nextClosing(instant: InstantInput): string {
    return this.zone.format(this.nextClosingAt(parseInstant(instant)));
  }

  addBusinessTime(instant: InstantInput, duration: DurationInput | number): string {
    const t = parseInstant(instant, ['instant']);
    return this.zone.format(this.addOpenTime(t, businessMs(duration)));
  }

  subtractBusinessTime(instant: InstantInput, duration: DurationInput | number): string {
    const t = parseInstant(instant, ['instant']);
    return this.zone.format(this.subtractOpenTime(t, businessMs(duration, ['duration'], 'addBusinessTime')));
  }

  previousOpening(instant: InstantInput): string {
    return this.zone.format(this.previousOpeningAt(parseInstant(instant)));
  }

  previousClosing(instant: InstantInput): string {
    return this.zone.format(this.previousClosingAt(parseInstant(instant)));
  }

  businessTimeBetween(a: InstantInput, b: InstantInput): number {
    return this.openTimeBetween(parseInstant(a, ['a']), parseInstant(b, ['b']));
  }

  windowsOn(date: CivilDate): Array<{ from: string; to: string }> {
    const day = parseCivilDate(date);
    return this.windowsOfDay(day)
      .map((w) => [this.localInstant(day, w.from), this.localInstant(day, w.to)] as const)
      .filter(([from, to]) => to > from)
      .map(([from, to]) => ({ from: this.zone.format(from), to: this.zone.format(to) }));
  }
}

/**
 * Milliseconds of a duration meant for a business clock; only time durations qualify. A negative
 * number is refused, naming the function that goes the other way (`opposite`).
 */
export function businessMs(
  duration: DurationInput | number,
  path: IssuePath = ['duration'],
  opposite: 'addBusinessTime' | 'subtractBusinessTime' = 'subtractBusinessTime',
): number {
  if (typeof duration === 'number') {
    if (!Number.isSafeInteger(duration)) return invalid({ key: 'ms-not-whole' }, path);
    if (duration < 0) return invalid({ key: 'negative-duration', use: opposite }, path);
    return duration;
  }
  const parsed = parseDuration(duration, path);
  if (parsed.kind !== 'time') {
    return invalid({ key: 'not-time-duration', kind: parsed.kind }, path);
  }
  return parsed.ms;
}

/**
 * Service hours in a time zone. `'24x7'` is always open (on the UTC wall clock; give a zone with
 * `{ timeZone, windows: '24x7' }` to have instants written in local time).
 *
 * @example
 * const phone = serviceHours({ timeZone: 'Asia/Shanghai', calendar: chinaCalendar(), days: 'working-days', windows: ['09:00-18:00'] });
 * phone.addBusinessTime('2025-09-30T17:00:00+08:00', '8 hours')
 * //=> '2025-10-09T16:00:00+08:00' (one hour on 09-30, the National Day break, seven hours on 10-09)
 *
 * @example
 * phone.isOpen('2025-10-11T10:00:00+08:00')
 * //=> true (a make-up working Saturday)
 */
export function serviceHours(spec: ServiceHoursSpec | '24x7'): ServiceHours {
  return hoursEngineFromSpec(spec, []);
}

/** {@link serviceHours}, returning the engine (for the library's own callers) and naming paths. */
export function hoursEngineFromSpec(spec: ServiceHoursSpec | '24x7', path: IssuePath): HoursEngine {
  if (spec === '24x7') return hoursEngineFromSpec({ timeZone: 'UTC', windows: '24x7' }, path);
  if (typeof spec !== 'object' || spec === null) return invalid({ key: 'spec-type' }, path);
  const known = new Set([
    'timeZone',
    'calendar',
    'rules',
    'days',
    'windows',
    'exceptions',
    'serviceDayLength',
  ]);
  for (const key of Object.keys(spec))
    if (!known.has(key)) invalid({ key: 'unknown-field', field: key }, [...path, key]);
  if (typeof spec.timeZone !== 'string') return invalid({ key: 'time-zone-required' }, [...path, 'timeZone']);
  const zone = timeZone(spec.timeZone);
  const calendar = spec.calendar;
  if (calendar !== undefined) calendarEngine(calendar, [...path, 'calendar']);
  const hasCalendar = calendar !== undefined;
  let rules: NormalisedRule[];
  if (spec.rules !== undefined) {
    if (spec.days !== undefined || spec.windows !== undefined) invalid({ key: 'rules-and-days' }, path);
    if (!Array.isArray(spec.rules)) return invalid({ key: 'rules-type' }, [...path, 'rules']);
    rules = spec.rules.map((rule, i) => ({
      selector: parseSelector(rule.days, hasCalendar, [...path, 'rules', i, 'days']),
      windows: parseWindows(rule.windows, [...path, 'rules', i, 'windows']),
    }));
  } else {
    if (spec.windows === undefined) return invalid({ key: 'windows-required' }, [...path, 'windows']);
    const always = spec.windows === '24x7';
    const days: DaySelector =
      spec.days ??
      (always ? 'every-day' : hasCalendar ? 'working-days' : ['mon', 'tue', 'wed', 'thu', 'fri']);
    rules = [
      {
        selector: parseSelector(days, hasCalendar, [...path, 'days']),
        windows: parseWindows(spec.windows, [...path, 'windows']),
      },
    ];
  }
  const exceptions = new Map<DayNumber, Window[]>();
  (spec.exceptions ?? []).forEach((exception, i) => {
    const at = [...path, 'exceptions', i];
    const day = parseCivilDate(exception?.date, [...at, 'date']);
    if (exceptions.has(day)) invalid({ key: 'exception-twice', date: exception.date }, at);
    if ('closed' in exception && exception.closed === true) exceptions.set(day, []);
    else if ('windows' in exception) exceptions.set(day, parseWindows(exception.windows, [...at, 'windows']));
    else invalid({ key: 'exception-form' }, at);
  });
  const everWindows =
    rules.some((r) => r.windows.length > 0) || [...exceptions.values()].some((w) => w.length > 0);
  if (!everWindows) invalid({ key: 'no-windows' }, path);
  let serviceDayMs: number;
  if (spec.serviceDayLength !== undefined) {
    serviceDayMs = businessMs(spec.serviceDayLength, [...path, 'serviceDayLength']);
    if (serviceDayMs <= 0) invalid({ key: 'day-length' }, [...path, 'serviceDayLength']);
  } else {
    const first = rules.find((r) => r.windows.length > 0) ?? {
      windows: [...exceptions.values()].find((w) => w.length > 0)!,
    };
    serviceDayMs = first.windows.reduce((sum, w) => sum + (w.to - w.from) * MINUTE, 0);
  }
  const signature = JSON.stringify([zone.id, calendar?.id, calendar?.dataVersion, rules, [...exceptions]]);
  const engine = new HoursEngine(zone, calendar, rules, exceptions, serviceDayMs, signature);
  return engine;
}

/**
 * The engine behind service hours created by {@link serviceHours} (by this copy of the library or
 * another: the ESM and CJS builds of one package, recognised by the brand).
 */
export function hoursEngine(hours: unknown, path: IssuePath = ['hours']): HoursEngine {
  if (hasBrand(hours, SERVICE_HOURS_BRAND)) return hours as HoursEngine;
  return invalid({ key: 'not-hours' }, path);
}

const workingDayClocks = new WeakMap<object, Map<string, HoursEngine>>();

/**
 * The working-day clock of a calendar: open 00:00-24:00 on every working day. Pausing a working-day
 * term on it moves the due instant by the paused working-day time.
 */
export function workingDayClock(calendar: WorkingDayCalendar, zoneId: string): HoursEngine {
  let byZone = workingDayClocks.get(calendar);
  if (byZone === undefined) {
    byZone = new Map();
    workingDayClocks.set(calendar, byZone);
  }
  let clock = byZone.get(zoneId);
  if (clock === undefined) {
    clock = hoursEngineFromSpec(
      { timeZone: zoneId, calendar, days: 'working-days', windows: ['00:00-24:00'] },
      [],
    );
    byZone.set(zoneId, clock);
  }
  return clock;
}
