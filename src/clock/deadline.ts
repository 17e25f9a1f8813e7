/**
 * Deadlines: an anchor plus a duration on a clock, counted by a named convention.
 *
 * - `cn-civil` (PRC Civil Code arts. 201-203), the default for day-based terms: the anchor's day is not
 *   counted; N working days end at the end of the Nth working day after the anchor's date (24:00, or
 *   close of business when the term has service hours); N calendar days or months end at the end of
 *   the last day, moved to the next working day when that day is not a working day (art. 203; a
 *   make-up working Saturday is a working day and does not move); a month period ending on a day the
 *   month lacks ends on the month's last day (art. 202).
 * - `elapsed`: N working days = N x (length of the service day) of business time from the instant
 *   itself, as help-desk products count.
 * - Hours, minutes and seconds always count from the instant (art. 201, second sentence), on the wall
 *   clock or on service hours as the duration says.
 *
 * Every term has a clock start: the anchor itself for time terms (the next opening for business
 * time), and 00:00 of the first counted day for cn-civil day-based terms (art. 201: the start day is
 * not counted, so the hours left of it consume nothing). The allowance, the time used and the pauses
 * are measured on the term's clock from that instant.
 *
 * Pauses stop the term's clock: the due instant moves by exactly the paused time on that clock.
 */
import type { DayInfo, WorkingDayCalendar } from '../calendar/calendar.js';
import { calendarEngine, type TableCalendar } from '../calendar/calendar.js';
import { describeNotable } from '../calendar/explain.js';
import { DeadlineError, InvalidArgumentError, type IssuePath } from '../errors/errors.js';
import { type DeadlineReason, type Lang, renderMessage } from '../errors/messages.js';
import { DEFAULT_LIMITS } from '../limits/limits.js';
import {
  addMonthsClamped,
  type CivilDate,
  civilFromDay,
  type DayNumber,
  formatCivilDate,
  MS_PER_DAY,
  parseCivilDate,
} from '../time/civil-date.js';
import { type EpochMs, type InstantInput, parseInstant } from '../time/instant.js';
import { type TimeZone, timeZone } from '../time/zone.js';
import { type Duration, type DurationInput, formatDuration, parseDuration } from './duration.js';
import { type HoursEngine, hoursEngine, type ServiceHours, workingDayClock } from './service-hours.js';

/** How a day-based period is counted. */
export type Counting = 'cn-civil' | 'elapsed';

/** A span during which the term's clock stops; `to` omitted: still paused. */
export interface PauseSpan {
  from: InstantInput;
  to?: InstantInput;
}

/** Options of {@link deadline}. */
export interface DeadlineOptions {
  /** The working-day calendar (needed for working days, and for art. 203 roll-forward). */
  calendar?: WorkingDayCalendar;
  /** The term's service hours (needed for business time; gives close of business). */
  hours?: ServiceHours;
  /** The counting convention for day-based terms; default `'cn-civil'`. */
  counting?: Counting;
  /** Zone of the anchor's civil date; default: the hours' zone, else the calendar's. */
  timeZone?: string;
  /** Spans during which the clock stops. */
  pauses?: readonly PauseSpan[];
  /**
   * cn-civil: when the last day ends. Default `'close-of-business'` when `hours` are given (art. 203:
   * "where there are business hours, it ends when business stops"), else `'midnight'` (24:00).
   */
  endOfDay?: 'midnight' | 'close-of-business';
  /** cn-civil calendar days and months: move a last day that is not a working day (art. 203). Default true. */
  rollForward?: boolean;
  /**
   * The most pauses `steps` lists one by one (default 10, the `explanationPauses` limit): a longer
   * run is listed as its first and last pauses and one step summarising those between.
   */
  explanationPauses?: number;
}

/** One step of the computation of a due instant, as data. */
export type DeadlineStep =
  | { kind: 'anchor'; instant: string; date: CivilDate; timeZone: string }
  | { kind: 'start-day-excluded'; date: CivilDate; clockStartsAt: string }
  | { kind: 'working-days'; n: number; from: CivilDate; to: CivilDate; notableDays: DayInfo[] }
  | { kind: 'calendar-days'; n: number; lastDay: CivilDate }
  | { kind: 'months'; n: number; lastDay: CivilDate; clamped: boolean }
  | { kind: 'rolled-forward'; from: CivilDate; to: CivilDate; skipped: DayInfo[] }
  | { kind: 'not-rolled'; date: CivilDate }
  | { kind: 'end-of-day'; date: CivilDate; due: string }
  | { kind: 'close-of-business'; date: CivilDate; due: string }
  | { kind: 'no-hours-on-last-day'; date: CivilDate }
  | { kind: 'clock-waits-for-opening'; requested: string; opening: string }
  | {
      kind: 'business-time';
      ms: number;
      windows: Array<{ from: string; to: string }>;
      moreWindows: number;
      due: string;
    }
  | { kind: 'elapsed-time'; ms: number; due: string }
  | { kind: 'service-days'; n: number; serviceDayMs: number; totalMs: number }
  | { kind: 'paused'; from: string; to: string | null; pausedMs: number; due: string | null }
  /** A run of pauses summarised (more than `explanationPauses`): how many, from when to when, how long in all. */
  | { kind: 'pauses'; count: number; from: string; to: string | null; pausedMs: number; due: string | null }
  | { kind: 'estimate'; dataVersion: string }
  | { kind: 'provisional'; dataVersion: string };

/** A due instant and how it was reached. */
export interface Deadline {
  /** The due instant (ISO 8601 in the term's zone); `null` while an open-ended pause holds the clock. */
  readonly due: string | null;
  /** The due instant as epoch ms (`Infinity` while paused indefinitely). */
  dueMs: number;
  /** The last day of a day-based period (after roll-forward), when there is one. */
  readonly lastDay: CivilDate | undefined;
  readonly anchor: string;
  /**
   * When the term's clock starts (ISO 8601): the anchor for time terms, the next opening for business
   * time, 00:00 of the first counted day for cn-civil day-based terms (the start day is not counted).
   * Pauses before it consume nothing.
   */
  readonly clockStartsAt: string;
  duration: Duration;
  counting: Counting;
  /** The clock the term runs on: every instant, service hours, or whole working days. */
  clock: 'calendar' | 'business' | 'working-days';
  /** Paused time on the term's clock. */
  pausedMs: number;
  /** Some day the answer depends on is a weekends-only estimate. */
  estimated: boolean;
  /** Some day the answer depends on may still be moved by the next official notice. */
  provisional: boolean;
  /** The steps, as data (built on first access). */
  readonly steps: DeadlineStep[];
  /**
   * The steps as text, one `- ` line each, in English (default) or Chinese.
   *
   * @example
   * deadline('2025-09-30T15:00:00+08:00', '2 working days', { calendar: chinaCalendar() }).text('zh')
   * //=> '- 起算:2025-09-30T15:00:00+08:00(Asia/Shanghai 的 2025-09-30)\n' +
   * //   '- 开始当日 2025-09-30 不计入(民法典第二百零一条),自 2025-10-09T00:00:00+08:00 起计时\n' +
   * //   '- 计 2 个工作日:2025-10-01..2025-10-10;2025-10-01..2025-10-08法定节假日(国庆节、中秋节)\n' +
   * //   '- 最后一日 2025-10-10 于 24 时届满:2025-10-11T00:00:00+08:00'
   */
  text(lang?: Lang): string;
}

/** A clock on which pauses are measured and the due instant moved. */
export interface PauseClock {
  between(a: EpochMs, b: EpochMs): number;
  add(t: EpochMs, ms: number): EpochMs;
  /**
   * Makes sure the clock can measure up to `t`, or throws the error measuring would throw (a
   * calendar's coverage error): what the SLA engine asks when it judges, so that a result never
   * holds a field that throws when it is read.
   */
  cover(t: EpochMs): void;
}

/** Wall-clock time: pauses move the due instant by their length. */
export const WALL_CLOCK: PauseClock = {
  between: (a, b) => b - a,
  add: (t, ms) => t + ms,
  cover: () => {},
};

/** Service hours are a pause clock themselves (no wrapper is allocated per computation). */
function engineClock(engine: HoursEngine): PauseClock {
  return engine;
}

/**
 * Everything a deadline computation needs, resolved once (the SLA engine reuses it per target).
 * Public types show it as `TermClock` (contract/views.ts).
 */
export interface DeadlineContext {
  duration: Duration;
  counting: Counting;
  zone: TimeZone;
  calendar: TableCalendar | undefined;
  hours: HoursEngine | undefined;
  endOfDay: 'midnight' | 'close-of-business';
  rollForward: boolean;
}

function needs(reason: DeadlineReason, path: IssuePath): never {
  throw new DeadlineError('deadline_needs', { reason }, path);
}

/** Resolves and checks options once. */
export function deadlineContext(
  durationInput: DurationInput,
  options: DeadlineOptions = {},
  path: IssuePath = [],
): DeadlineContext {
  const duration = parseDuration(durationInput, [...path, 'duration']);
  const calendar =
    options.calendar === undefined ? undefined : calendarEngine(options.calendar, [...path, 'calendar']);
  const hours = options.hours === undefined ? undefined : hoursEngine(options.hours, [...path, 'hours']);
  // Options are read into the library's own strings once: the hot paths compare them by pointer.
  const counting: Counting =
    options.counting === undefined || options.counting === 'cn-civil'
      ? 'cn-civil'
      : options.counting === 'elapsed'
        ? 'elapsed'
        : needs({ key: 'counting', got: String(options.counting) }, [...path, 'counting']);
  const zoneId = options.timeZone ?? hours?.timeZone ?? calendar?.timeZone;
  if (zoneId === undefined) needs({ key: 'time-zone' }, path);
  const zone = timeZone(zoneId);
  const endOfDay: DeadlineContext['endOfDay'] =
    options.endOfDay === undefined
      ? hours !== undefined
        ? 'close-of-business'
        : 'midnight'
      : options.endOfDay === 'close-of-business'
        ? 'close-of-business'
        : options.endOfDay === 'midnight'
          ? 'midnight'
          : needs({ key: 'end-of-day', got: String(options.endOfDay) }, [...path, 'endOfDay']);
  if (endOfDay === 'close-of-business' && hours === undefined)
    needs({ key: 'hours-for-close-of-business' }, path);
  const rollForward =
    options.rollForward === undefined || options.rollForward === true
      ? true
      : options.rollForward === false
        ? false
        : needs({ key: 'roll-forward', got: String(options.rollForward) }, [...path, 'rollForward']);
  switch (duration.kind) {
    case 'time':
      if (duration.clock === 'business' && hours === undefined)
        needs(
          {
            key: 'hours-for-business-time',
            duration: { en: formatDuration(duration, 'en'), zh: formatDuration(duration, 'zh') },
          },
          path,
        );
      break;
    case 'workingDays':
      if (calendar === undefined && hours === undefined) needs({ key: 'calendar-for-working-days' }, path);
      if (counting === 'cn-civil' && calendar === undefined) needs({ key: 'calendar-for-cn-civil' }, path);
      break;
    case 'days':
    case 'months':
      if (counting === 'cn-civil' && rollForward && calendar === undefined) {
        needs({ key: 'calendar-for-roll-forward' }, path);
      }
      break;
  }
  return { duration, counting, zone, calendar, hours, endOfDay, rollForward };
}

/** The raw result of a computation: numbers, plus what the explanation needs. */
export interface DueResult {
  dueMs: number;
  lastDay: DayNumber | undefined;
  pausedMs: number;
  /** First and last day the answer depended on (for estimate / provisional flags). */
  spanFrom: DayNumber;
  spanTo: DayNumber;
  clockKind: Deadline['clock'];
  /** The clock pauses were measured on (for the SLA engine's elapsed / remaining). */
  clock: PauseClock;
  /** The un-paused due instant. */
  baseDueMs: number;
  /**
   * When the term's clock starts: the anchor; the next opening for business time and elapsed
   * working days; 00:00 of the first counted day for cn-civil day-based terms.
   */
  clockStartMs: number;
  /** cn-civil working days: the last day before roll-forward, etc. */
  rawLastDay: DayNumber | undefined;
  pauses: ReadonlyArray<readonly [EpochMs, number, number, number]>; // [from, to, paused, dueAfter]
}

/** Merges pause spans, clipped to start at `anchor` (the clock's start), sorted. `to` may be Infinity. */
export function normalisePauses(
  anchor: EpochMs,
  spans: ReadonlyArray<readonly [EpochMs, number]>,
): Array<[EpochMs, number]> {
  const merged: Array<[EpochMs, number]> = [];
  if (spans.length === 0) return merged;
  let sorted = true;
  for (let i = 1; i < spans.length; i++) if (spans[i]![0] < spans[i - 1]![0]) sorted = false;
  const ordered = sorted ? spans : [...spans].sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < ordered.length; i++) {
    const from = Math.max(ordered[i]![0], anchor);
    const to = ordered[i]![1];
    if (to <= from) continue;
    const last = merged.length === 0 ? undefined : merged[merged.length - 1]!; // never read index -1 (a slow keyed lookup)
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/**
 * Whether pauses are already what normalisePauses would make of them (sorted, apart, non-empty, none
 * before the clock starts), as the SLA engine's usually are: then they are read as they are instead
 * of copied.
 */
function isNormalised(anchor: EpochMs, spans: ReadonlyArray<readonly [EpochMs, number]>): boolean {
  let previousEnd = anchor;
  for (let i = 0; i < spans.length; i++) {
    const from = spans[i]![0];
    const to = spans[i]![1];
    // The first may start at the anchor; later ones must start after the previous one ends.
    if (i === 0 ? from < previousEnd : from <= previousEnd) return false;
    if (to <= from) return false;
    previousEnd = to;
  }
  return true;
}

/** When a last day ends: its close of business when asked and there is one, else 24:00. */
function endOfDay(ctx: DeadlineContext, day: DayNumber): number {
  if (ctx.endOfDay === 'close-of-business') {
    const close = ctx.hours!.closeOfBusiness(day);
    if (!Number.isNaN(close)) return close;
  }
  return ctx.zone.startOfDay(day + 1);
}

const NO_PAUSES_APPLIED: Array<[EpochMs, number, number, number]> = [];

/** Computes a due instant on epoch ms and day numbers: the core the SLA and billing engines call. */
export function computeDue(
  ctx: DeadlineContext,
  anchorMs: EpochMs,
  anchorDay: DayNumber,
  pauses: ReadonlyArray<readonly [EpochMs, number]> = [],
): DueResult {
  const result = blankDue();
  fillDue(ctx, anchorMs, anchorDay, pauses, result, result);
  return result;
}

/** A result for fillDue to fill (every field present: one object shape for all). */
function blankDue(): DueResult {
  return {
    dueMs: 0,
    lastDay: undefined,
    pausedMs: 0,
    spanFrom: 0,
    spanTo: 0,
    clockKind: 'calendar',
    clock: WALL_CLOCK,
    baseDueMs: 0,
    clockStartMs: 0,
    rawLastDay: undefined,
    pauses: NO_PAUSES_APPLIED,
  };
}

/** The figures of a due instant that the SLA engine keeps for every cycle it judges. */
export interface DueFigures {
  dueMs: number;
  /** The un-paused due instant. */
  baseDueMs: number;
  /** Paused time on the term's clock that moved the due instant (Infinity: an open-ended pause). */
  pausedMs: number;
  /** The clock pauses were measured on. */
  clock: PauseClock;
  /** When the term's clock starts (see {@link DueResult.clockStartMs}). */
  clockStartMs: number;
}

/**
 * {@link computeDue}'s figures without what only an explanation reads (the days the answer spans,
 * the pauses one by one): the SLA engine's hot path, which allocates nothing here and recomputes the
 * full result only when an explanation is read. The figures are written into `out`, which the caller
 * owns (nothing is kept between calls).
 */
export function dueFigures(
  ctx: DeadlineContext,
  anchorMs: EpochMs,
  anchorDay: DayNumber,
  pauses: ReadonlyArray<readonly [EpochMs, number]>,
  out: DueFigures,
): void {
  fillDue(ctx, anchorMs, anchorDay, pauses, out, undefined);
}

/** Fills `out` with the due instant's figures and, when given, `details` with what explanations read. */
function fillDue(
  ctx: DeadlineContext,
  anchorMs: EpochMs,
  anchorDay: DayNumber,
  pauses: ReadonlyArray<readonly [EpochMs, number]>,
  out: DueFigures,
  details: DueResult | undefined,
): void {
  const { duration, zone, calendar, hours } = ctx;
  let base: number;
  let lastDay: DayNumber | undefined;
  let rawLastDay: DayNumber | undefined;
  let clock: PauseClock = WALL_CLOCK;
  let clockKind: Deadline['clock'] = 'calendar';
  let clockStart = anchorMs;
  let spanTo = anchorDay;
  switch (duration.kind) {
    case 'time': {
      if (duration.clock === 'business') {
        clock = engineClock(hours!);
        clockKind = 'business';
        // A zero allowance is due at once: its clock starts (and ends) at the anchor.
        if (duration.ms > 0) clockStart = hours!.nextOpeningAt(anchorMs);
        base = hours!.addOpenTime(anchorMs, duration.ms);
      } else {
        base = anchorMs + duration.ms;
      }
      if (details !== undefined) spanTo = zone.dayOf(base);
      break;
    }
    case 'workingDays': {
      if (ctx.counting === 'elapsed') {
        const engine = hours ?? workingDayClock(ctx.calendar!, zone.id);
        const dayMs = hours === undefined ? MS_PER_DAY : hours.serviceDayMs;
        clock = engineClock(engine);
        clockKind = hours === undefined ? 'working-days' : 'business';
        if (duration.days > 0) clockStart = engine.nextOpeningAt(anchorMs);
        base = engine.addOpenTime(anchorMs, duration.days * dayMs);
      } else {
        lastDay = calendar!.addWorkingDayNumbers(anchorDay, duration.days);
        rawLastDay = lastDay;
        base = endOfDay(ctx, lastDay);
        // Art. 201: counting starts with the first working day after the start day.
        if (duration.days > 0) clockStart = zone.startOfDay(calendar!.addWorkingDayNumbers(anchorDay, 1));
        if (ctx.endOfDay === 'close-of-business') {
          clock = engineClock(hours!);
          clockKind = 'business';
        } else {
          clock = engineClock(workingDayClock(calendar!, zone.id));
          clockKind = 'working-days';
        }
      }
      spanTo = lastDay ?? (details !== undefined ? zone.dayOf(base) : anchorDay);
      break;
    }
    case 'days':
    case 'months': {
      if (ctx.counting === 'elapsed') {
        // Same wall-clock time N days (or months) later.
        const local = zone.toLocal(anchorMs);
        const day = Math.floor(local / MS_PER_DAY);
        const target =
          duration.kind === 'days' ? day + duration.days : addMonthsClamped(day, duration.months);
        base = zone.toInstant(local + (target - day) * MS_PER_DAY);
        spanTo = target;
        break;
      }
      rawLastDay =
        duration.kind === 'days' ? anchorDay + duration.days : addMonthsClamped(anchorDay, duration.months);
      lastDay = rawLastDay;
      if (ctx.rollForward && calendar !== undefined && !calendar.isWorkingDayNumber(lastDay)) {
        lastDay = calendar.addWorkingDayNumbers(lastDay, 1);
      }
      base = endOfDay(ctx, lastDay);
      spanTo = lastDay;
      // Art. 201: counting starts the day after the start day.
      if (rawLastDay !== anchorDay) clockStart = zone.startOfDay(anchorDay + 1);
      break;
    }
  }
  let due = base;
  let pausedMs = 0;
  // Time before the clock starts consumes nothing: pauses are clipped to its start. Most deadlines
  // have no pause: they share empty lists instead of allocating two.
  const spans =
    pauses.length === 0 || isNormalised(clockStart, pauses) ? pauses : normalisePauses(clockStart, pauses);
  const applied: Array<[EpochMs, number, number, number]> =
    spans.length === 0 || details === undefined ? NO_PAUSES_APPLIED : [];
  for (let i = 0; i < spans.length; i++) {
    // Indexed reads, not destructuring: `[from, to] of` goes through the iterator protocol per span.
    const from = spans[i]![0];
    const to = spans[i]![1];
    if (from >= due) break;
    if (to === Number.POSITIVE_INFINITY) {
      if (details !== undefined) applied.push([from, to, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]);
      due = Number.POSITIVE_INFINITY;
      pausedMs = Number.POSITIVE_INFINITY;
      break;
    }
    const paused = clock.between(from, to);
    due = clock.add(due, paused);
    pausedMs += paused;
    if (details !== undefined) applied.push([from, to, paused, due]);
  }
  out.dueMs = due;
  out.pausedMs = pausedMs;
  out.clock = clock;
  out.baseDueMs = base;
  out.clockStartMs = clockStart;
  if (details === undefined) return;
  if (Number.isFinite(due)) spanTo = Math.max(spanTo, zone.dayOf(due));
  details.lastDay = lastDay;
  details.spanFrom = anchorDay;
  details.spanTo = spanTo;
  details.clockKind = clockKind;
  details.rawLastDay = rawLastDay;
  details.pauses = applied;
}

/**
 * The steps of the pauses applied: each one while there are at most `listed`; else the first half
 * of them, one step summarising the run between (how many, from the first's start to the last's end,
 * the paused time in all, the due instant after them), and the second half. The text of a ticket
 * paused a million times stays a few lines long; every computed value is the same.
 */
function pauseSteps(
  pauses: DueResult['pauses'],
  listed: number,
  fmt: (t: number) => string,
  steps: DeadlineStep[],
): void {
  const one = (i: number) => {
    const [from, to, paused, dueAfter] = pauses[i]!;
    steps.push({
      kind: 'paused',
      from: fmt(from),
      to: Number.isFinite(to) ? fmt(to) : null,
      pausedMs: paused,
      due: Number.isFinite(dueAfter) ? fmt(dueAfter) : null,
    });
  };
  if (pauses.length <= listed) {
    for (let i = 0; i < pauses.length; i++) one(i);
    return;
  }
  const head = Math.ceil(listed / 2);
  const tail = listed - head;
  for (let i = 0; i < head; i++) one(i);
  const last = pauses.length - tail - 1;
  let pausedMs = 0;
  for (let i = head; i <= last; i++) pausedMs += pauses[i]![2];
  const to = pauses[last]![1];
  const dueAfter = pauses[last]![3];
  steps.push({
    kind: 'pauses',
    count: last - head + 1,
    from: fmt(pauses[head]![0]),
    to: Number.isFinite(to) ? fmt(to) : null,
    pausedMs,
    due: Number.isFinite(dueAfter) ? fmt(dueAfter) : null,
  });
  for (let i = last + 1; i < pauses.length; i++) one(i);
}

function explain(
  ctx: DeadlineContext,
  anchorMs: EpochMs,
  anchorDay: DayNumber,
  result: DueResult,
  estimated: boolean,
  provisional: boolean,
  listedPauses: number,
): DeadlineStep[] {
  const { zone, duration, calendar, hours } = ctx;
  const fmt = (t: number) => zone.format(t);
  const steps: DeadlineStep[] = [
    { kind: 'anchor', instant: fmt(anchorMs), date: formatCivilDate(anchorDay), timeZone: zone.id },
  ];
  const dayLike = duration.kind !== 'time' && ctx.counting === 'cn-civil';
  if (dayLike) {
    if (result.clockStartMs !== anchorMs)
      steps.push({
        kind: 'start-day-excluded',
        date: formatCivilDate(anchorDay),
        clockStartsAt: fmt(result.clockStartMs),
      });
  } else if (result.clockStartMs !== anchorMs) {
    steps.push({
      kind: 'clock-waits-for-opening',
      requested: fmt(anchorMs),
      opening: fmt(result.clockStartMs),
    });
  }
  switch (duration.kind) {
    case 'time':
      if (duration.clock === 'business')
        steps.push(businessStep(hours!, result.clockStartMs, result.baseDueMs, duration.ms, fmt));
      else steps.push({ kind: 'elapsed-time', ms: duration.ms, due: fmt(result.baseDueMs) });
      break;
    case 'workingDays':
      if (ctx.counting === 'elapsed') {
        const dayMs = hours === undefined ? MS_PER_DAY : hours.serviceDayMs;
        steps.push({
          kind: 'service-days',
          n: duration.days,
          serviceDayMs: dayMs,
          totalMs: duration.days * dayMs,
        });
        const engine = hours ?? workingDayClock(calendar!, zone.id);
        steps.push(businessStep(engine, result.clockStartMs, result.baseDueMs, duration.days * dayMs, fmt));
      } else {
        const last = result.lastDay!;
        const notable = duration.days > 0 ? calendar!.notableDaysIn(anchorDay + 1, last) : [];
        steps.push({
          kind: 'working-days',
          n: duration.days,
          from: formatCivilDate(anchorDay + 1),
          to: formatCivilDate(last),
          notableDays: notable,
        });
        steps.push(endStep(ctx, last, result.baseDueMs, fmt));
      }
      break;
    case 'days':
    case 'months': {
      if (ctx.counting === 'elapsed') {
        steps.push({ kind: 'elapsed-time', ms: result.baseDueMs - anchorMs, due: fmt(result.baseDueMs) });
        break;
      }
      const raw = result.rawLastDay!;
      if (duration.kind === 'days')
        steps.push({ kind: 'calendar-days', n: duration.days, lastDay: formatCivilDate(raw) });
      else {
        const clamped = civilFromDay(raw).day !== civilFromDay(anchorDay).day;
        steps.push({ kind: 'months', n: duration.months, lastDay: formatCivilDate(raw), clamped });
      }
      if (result.lastDay !== raw) {
        steps.push({
          kind: 'rolled-forward',
          from: formatCivilDate(raw),
          to: formatCivilDate(result.lastDay!),
          skipped: calendar!.notableDaysIn(raw, result.lastDay! - 1),
        });
      } else if (ctx.rollForward && calendar !== undefined) {
        steps.push({ kind: 'not-rolled', date: formatCivilDate(raw) });
      }
      steps.push(endStep(ctx, result.lastDay!, result.baseDueMs, fmt));
      break;
    }
  }
  pauseSteps(result.pauses, listedPauses, fmt, steps);
  if (estimated) steps.push({ kind: 'estimate', dataVersion: calendar!.dataVersion });
  if (provisional) steps.push({ kind: 'provisional', dataVersion: calendar!.dataVersion });
  return steps;
}

function endStep(
  ctx: DeadlineContext,
  day: DayNumber,
  due: number,
  fmt: (t: number) => string,
): DeadlineStep {
  const date = formatCivilDate(day);
  if (ctx.endOfDay === 'close-of-business') {
    return Number.isNaN(ctx.hours!.closeOfBusiness(day))
      ? { kind: 'no-hours-on-last-day', date }
      : { kind: 'close-of-business', date, due: fmt(due) };
  }
  return { kind: 'end-of-day', date, due: fmt(due) };
}

const LISTED_WINDOWS = 6;

function businessStep(
  engine: HoursEngine,
  from: number,
  to: number,
  ms: number,
  fmt: (t: number) => string,
): DeadlineStep {
  const all = engine.intervalsBetween(from, to, 10_000);
  const shown =
    all.length <= LISTED_WINDOWS ? all : [...all.slice(0, LISTED_WINDOWS - 1), all[all.length - 1]!];
  return {
    kind: 'business-time',
    ms,
    windows: shown.map(([a, b]) => ({ from: fmt(a), to: fmt(b) })),
    moreWindows: all.length - shown.length,
    due: fmt(to),
  };
}

/** Renders one step as text. */
export function describeStep(step: DeadlineStep, lang: Lang): string {
  const amount = (ms: number) => formatDuration({ kind: 'time', ms, clock: 'calendar' }, lang);
  switch (step.kind) {
    case 'anchor':
      return renderMessage('step_anchor', step, lang);
    case 'start-day-excluded':
      return renderMessage('step_start_day_excluded', step, lang);
    case 'working-days':
      return renderMessage(
        'step_working_days',
        { ...step, notable: describeNotable(step.notableDays, lang) },
        lang,
      );
    case 'calendar-days':
      return renderMessage('step_calendar_days', step, lang);
    case 'months':
      return renderMessage('step_months', step, lang);
    case 'rolled-forward':
      return renderMessage(
        'step_rolled_forward',
        { ...step, skipped: describeNotable(step.skipped, lang) },
        lang,
      );
    case 'not-rolled':
      return renderMessage('step_not_rolled', step, lang);
    case 'end-of-day':
      return renderMessage('step_end_of_day', step, lang);
    case 'close-of-business':
      return renderMessage('step_close_of_business', step, lang);
    case 'no-hours-on-last-day':
      return renderMessage('step_no_hours_last_day', step, lang);
    case 'clock-waits-for-opening':
      return renderMessage('step_clock_waits', step, lang);
    case 'business-time':
      return renderMessage(
        'step_business_time',
        {
          amount: amount(step.ms),
          windows: step.windows.map((w) => `${w.from}..${w.to}`).join(', '),
          more: step.moreWindows,
          due: step.due,
        },
        lang,
      );
    case 'elapsed-time':
      return renderMessage('step_elapsed_time', { amount: amount(step.ms), due: step.due }, lang);
    case 'service-days':
      return renderMessage(
        'step_service_days',
        { n: step.n, day: amount(step.serviceDayMs), total: amount(step.totalMs) },
        lang,
      );
    case 'paused':
      return renderMessage(
        'step_paused',
        {
          from: step.from,
          to: step.to ?? undefined,
          amount: amount(step.pausedMs),
          due: step.due ?? undefined,
        },
        lang,
      );
    case 'pauses':
      return renderMessage(
        'step_pauses',
        {
          count: step.count,
          from: step.from,
          to: step.to ?? undefined,
          amount: Number.isFinite(step.pausedMs) ? amount(step.pausedMs) : '',
          due: step.due ?? undefined,
        },
        lang,
      );
    case 'estimate':
      return renderMessage('step_estimate', step, lang);
    case 'provisional':
      return renderMessage('step_provisional', step, lang);
  }
}

/**
 * The public result around a computation. Strings (the due instant, the anchor) and the steps are
 * produced on first access, so a caller that reads `dueMs` pays for none of them.
 */
class DeadlineResult implements Deadline {
  readonly dueMs: number;
  readonly duration: Duration;
  readonly counting: Counting;
  readonly clock: Deadline['clock'];
  readonly pausedMs: number;
  readonly estimated: boolean;
  readonly provisional: boolean;
  #steps: DeadlineStep[] | undefined;

  constructor(
    private readonly ctx: DeadlineContext,
    private readonly anchorMs: EpochMs,
    private readonly anchorDay: DayNumber,
    private readonly result: DueResult,
    private readonly listedPauses: number,
  ) {
    const calendar = ctx.calendar;
    this.dueMs = result.dueMs;
    this.duration = ctx.duration;
    this.counting = ctx.counting;
    this.clock = result.clockKind;
    this.pausedMs = result.pausedMs;
    this.estimated = calendar?.isEstimatedSpan(result.spanFrom, result.spanTo) ?? false;
    this.provisional = calendar?.isProvisionalSpan(result.spanFrom, result.spanTo) ?? false;
  }

  get due(): string | null {
    return Number.isFinite(this.dueMs) ? this.ctx.zone.format(this.dueMs) : null;
  }

  get anchor(): string {
    return this.ctx.zone.format(this.anchorMs);
  }

  get clockStartsAt(): string {
    return this.ctx.zone.format(this.result.clockStartMs);
  }

  get lastDay(): CivilDate | undefined {
    return this.result.lastDay === undefined ? undefined : formatCivilDate(this.result.lastDay);
  }

  get steps(): DeadlineStep[] {
    this.#steps ??= explain(
      this.ctx,
      this.anchorMs,
      this.anchorDay,
      this.result,
      this.estimated,
      this.provisional,
      this.listedPauses,
    );
    return this.#steps;
  }

  text(lang: Lang = 'en'): string {
    return this.steps.map((step) => `- ${describeStep(step, lang)}`).join('\n');
  }

  toJSON() {
    return {
      due: this.due,
      dueMs: this.dueMs,
      lastDay: this.lastDay,
      anchor: this.anchor,
      clockStartsAt: this.clockStartsAt,
      duration: this.duration,
      counting: this.counting,
      clock: this.clock,
      pausedMs: this.pausedMs,
      estimated: this.estimated,
      provisional: this.provisional,
      steps: this.steps,
    };
  }
}

/**
 * Builds the public result around a computation; strings and steps are built lazily, listing at
 * most `listedPauses` pauses one by one.
 */
export function deadlineResult(
  ctx: DeadlineContext,
  anchorMs: EpochMs,
  anchorDay: DayNumber,
  result: DueResult,
  listedPauses: number = DEFAULT_LIMITS.explanationPauses,
): Deadline {
  return new DeadlineResult(ctx, anchorMs, anchorDay, result, listedPauses);
}

/** Reads an anchor: an instant, or a civil date (day-based terms only: the date's start in the zone). */
export function readAnchor(
  ctx: DeadlineContext,
  anchor: InstantInput | CivilDate,
  path: IssuePath,
): { ms: EpochMs; day: DayNumber } {
  if (typeof anchor === 'string' && anchor.length === 10) {
    const day = parseCivilDate(anchor, path);
    if (ctx.duration.kind === 'time' || ctx.counting === 'elapsed') {
      needs({ key: 'instant-anchor' }, path);
    }
    return { ms: ctx.zone.startOfDay(day), day };
  }
  const ms = parseInstant(anchor, path);
  return { ms, day: ctx.zone.dayOf(ms) };
}

/**
 * When a term is due: an anchor (an instant, or a civil date for day-based terms) plus a duration,
 * counted by a named convention, with the steps that explain it.
 *
 * @example
 * deadline('2025-09-30T15:00:00+08:00', '2 working days', { calendar: chinaCalendar() }).due
 * //=> '2025-10-11T00:00:00+08:00' (24:00 of 2025-10-10: 10-09 and 10-10 are the two working days after the break)
 *
 * @example
 * deadline('2025-09-01', '30 days', { calendar: chinaCalendar() }).lastDay
 * //=> '2025-10-09' (2025-10-01 is a holiday: art. 203 moves the end to the next working day)
 */
export function deadline(
  anchor: InstantInput | CivilDate,
  duration: DurationInput,
  options: DeadlineOptions = {},
): Deadline {
  const ctx = deadlineContext(duration, options);
  const { ms, day } = readAnchor(ctx, anchor, ['anchor']);
  const given: unknown = options.pauses ?? [];
  if (!Array.isArray(given)) {
    throw new InvalidArgumentError('invalid_argument', { name: 'pauses', expected: 'pauses', input: given }, [
      'pauses',
    ]);
  }
  const pauses = (given as readonly PauseSpan[]).map((pause, i) => {
    if (typeof pause !== 'object' || pause === null) {
      throw new InvalidArgumentError(
        'invalid_argument',
        { name: 'pauses', expected: 'pauses', input: pause },
        ['pauses', i],
      );
    }
    const from = parseInstant(pause.from, ['pauses', i, 'from']);
    const to =
      pause.to === undefined ? Number.POSITIVE_INFINITY : parseInstant(pause.to, ['pauses', i, 'to']);
    if (to < from) {
      // A pause that ends before it starts is a mistake in the input, not an empty pause.
      throw new InvalidArgumentError(
        'invalid_argument',
        { name: 'to', expected: 'pause-end', input: pause.to },
        ['pauses', i, 'to'],
      );
    }
    return [from, to] as const;
  });
  const listed = options.explanationPauses ?? DEFAULT_LIMITS.explanationPauses;
  if (!Number.isSafeInteger(listed) || listed < 0) {
    throw new InvalidArgumentError(
      'invalid_argument',
      { name: 'explanationPauses', expected: 'whole-number', input: listed },
      ['explanationPauses'],
    );
  }
  return deadlineResult(ctx, ms, day, computeDue(ctx, ms, day, pauses), listed);
}
