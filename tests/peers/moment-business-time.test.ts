/**
 * moment-business-time's spec, ported: every case asked of contract-terms through weekdayCalendar()
 * (working days, holidays as company days off) and serviceHours() (working hours), in UTC.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import {
  type DaySelector,
  parseDuration,
  type ServiceHours,
  serviceHours,
  type WorkingDayCalendar,
  weekdayCalendar,
} from '../../src/index.js';
import {
  DEFAULT_HOURS,
  MOMENT_CASES,
  MOMENT_GENERATED_CASES,
  type MomentAnswer,
  type MomentCase,
  type WorkingHours,
} from './moment-business-time.cases.js';
import { peerSuite } from './support/peer-suite.js';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const UNIT_MS: Record<string, number> = { hour: 3_600_000, minute: 60_000, second: 1000, millisecond: 1 };

/** A moment time without an offset is read in UTC; a date alone is its midnight. */
function instant(at: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(at)) return `${at}T00:00:00Z`;
  return /(Z|[+-]\d{2}:\d{2})$/.test(at) ? at : `${at}Z`;
}

const dateOf = (at: string) => new Date(Date.parse(instant(at))).toISOString().slice(0, 10);
/** moment's `YYYY-MM-DD HH:mm:ss.SSS` of an instant the library returned. */
const full = (iso: string) => new Date(Date.parse(iso)).toISOString().replace('T', ' ').slice(0, 23);

/** Recurring holidays (`*-12-25`) become one company day off per year around the spec's dates. */
function expand(holidays: readonly string[]): string[] {
  return holidays.flatMap((h) =>
    h.startsWith('*-') ? Array.from({ length: 21 }, (_, i) => `${2010 + i}${h.slice(1)}`) : [h],
  );
}

interface Setup {
  calendar: WorkingDayCalendar;
  hours: ServiceHours;
  /** The same hours with each day's windows joined into one (moment's `ignoreBreaks`). */
  joined: ServiceHours;
}

const setups = new Map<string, Setup>();

function setup(locale: WorkingHours = DEFAULT_HOURS, holidays: readonly string[] = []): Setup {
  const key = JSON.stringify([locale, holidays]);
  let found = setups.get(key);
  if (found !== undefined) return found;
  const weekend = ([0, 1, 2, 3, 4, 5, 6] as const)
    .filter((d) => locale[d] === null)
    .map((d) => (d === 0 ? 7 : d));
  const base = weekdayCalendar({ weekend });
  const calendar = holidays.length > 0 ? base.with({ daysOff: expand(holidays) }) : base;
  const hhmm = (time: string) => time.slice(0, 5);
  const rules = (join: boolean) => [
    // Holidays close the day whatever its weekday.
    { days: ['company-day-off'] as DaySelector, windows: [] },
    ...([1, 2, 3, 4, 5, 6, 0] as const)
      .filter((d) => locale[d] !== null)
      .map((d) => {
        const times = locale[d]!;
        const windows: string[] = [];
        if (join) windows.push(`${hhmm(times[0]!)}-${hhmm(times[times.length - 1]!)}`);
        else
          for (let i = 0; i < times.length; i += 2) windows.push(`${hhmm(times[i]!)}-${hhmm(times[i + 1]!)}`);
        return { days: [WEEKDAYS[d]] as DaySelector, windows };
      }),
  ];
  found = {
    calendar,
    hours: serviceHours({ timeZone: 'UTC', calendar, rules: rules(false) }),
    joined: serviceHours({ timeZone: 'UTC', calendar, rules: rules(true) }),
  };
  setups.set(key, found);
  return found;
}

/** Milliseconds of moment's amounts of time units (the library refuses a unit it does not know). */
function durationMs(amounts: ReadonlyArray<[number, string]>): number {
  let ms = 0;
  for (const [n, unit] of amounts) {
    const per = UNIT_MS[unit.replace(/s$/, '')];
    if (per !== undefined) ms += n * per;
    else {
      parseDuration(`${n} ${unit}`); // throws for a unit the library does not know ("epochs")
      throw new Error(`the port has no conversion for the unit "${unit}"`);
    }
  }
  return ms;
}

function answer(c: MomentCase): MomentAnswer {
  const { calendar, hours, joined } = setup(c.locale, c.holidays);
  const call = c.call;
  switch (call.fn) {
    case 'isWorkingDay':
      return calendar.isWorkingDay(dateOf(call.at));
    case 'isWorkingTime':
      return (call.ignoreBreaks ? joined : hours).isOpen(instant(call.at));
    case 'nextWorkingDay':
      return calendar.nextWorkingDay(dateOf(call.at));
    case 'lastWorkingDay':
      return calendar.previousWorkingDay(dateOf(call.at));
    case 'nextWorkingTime':
      return full(hours.nextOpening(instant(call.at)));
    case 'lastWorkingTime':
      return full(hours.previousClosing(instant(call.at)));
    case 'nextTransitionTime': {
      const t = instant(call.at);
      return hours.isOpen(t)
        ? { moment: full(hours.nextClosing(t)), transition: 'close' }
        : { moment: full(hours.nextOpening(t)), transition: 'open' };
    }
    case 'lastTransitionTime': {
      const t = instant(call.at);
      return hours.isOpen(t)
        ? { moment: full(hours.previousOpening(t)), transition: 'open' }
        : { moment: full(hours.previousClosing(t)), transition: 'close' };
    }
    case 'addWorkingTime':
    case 'subtractWorkingTime': {
      const sign = call.fn === 'addWorkingTime' ? 1 : -1;
      if (call.amounts.every(([, unit]) => /^days?$/.test(unit))) {
        const n = call.amounts.reduce((sum, [k]) => sum + k, 0);
        return calendar.addWorkingDays(dateOf(call.at), sign * n);
      }
      const ms = sign * durationMs(call.amounts);
      const t = instant(call.at);
      const result = ms >= 0 ? hours.addBusinessTime(t, ms) : hours.subtractBusinessTime(t, -ms);
      return call.format === 'date' ? result.slice(0, 10) : full(result);
    }
    case 'workingDiff': {
      // moment: a.workingDiff(b) is the working time from b to a.
      if (call.unit === 'calendarDays')
        return calendar.workingDaysBetween(dateOf(call.other), dateOf(call.at));
      const ms = hours.businessTimeBetween(instant(call.other), instant(call.at));
      const unit = call.unit.replace(/s$/, '');
      const per = unit === 'day' ? hours.serviceDayMs : UNIT_MS[unit]!;
      const value = ms / per;
      // Without `detail` moment truncates toward zero (and never returns -0).
      return call.detail ? value : Math.trunc(value) + 0;
    }
  }
}

peerSuite(
  'moment-business-time',
  'moment-business-time 2.0.0 test/spec.business-hours.js',
  MOMENT_CASES,
  (c) => {
    const expected = c.here ?? c.expected;
    if (typeof expected === 'object' && 'throws' in expected) {
      expect(() => answer(c)).toThrow(expected.throws);
      return;
    }
    expect(answer(c)).toEqual(expected);
  },
);

// The spec's generated tests: random moments between 1e12 and 2e12 ms, 20 runs each; here as properties.
const date = fc.integer({ min: 1e12, max: 2e12 }).map((ms) => new Date(ms).toISOString().slice(0, 10));
const { calendar } = setup();
const between = (a: string, b: string) => calendar.workingDaysBetween(b, a); // a.workingDiff(b, 'calendarDays')

peerSuite(
  'moment-business-time (generated)',
  'moment-business-time 2.0.0 test/spec.business-hours.js',
  MOMENT_GENERATED_CASES,
  (c) => {
    if (c.title.includes('f(a,b) + f(b,c)')) {
      fc.assert(
        fc.property(date, date, date, (a, b, c2) => between(a, b) + between(b, c2) === between(a, c2)),
      );
    } else if (c.title.includes('-f(b,a)')) {
      fc.assert(fc.property(date, date, (a, b) => between(a, b) === 0 - between(b, a)));
    } else {
      fc.assert(
        fc.property(
          date,
          fc.integer({ min: 0, max: 49 }),
          (a, n) => between(calendar.addWorkingDays(a, n), a) === n,
        ),
      );
    }
  },
);
