/**
 * date-fns v4's business-day tests, ported: every case asked of weekdayCalendar() (Monday-Friday, no
 * holidays), with the context zone's civil date read by dateInZone().
 */
import { expect } from 'vitest';
import {
  CalendarCoverageError,
  dateInZone,
  InvalidArgumentError,
  InvalidDateError,
  weekdayCalendar,
} from '../../src/index.js';
import { DATE_FNS_CASES, type DateFnsArg, type DateFnsCase } from './date-fns.cases.js';
import { peerSuite } from './support/peer-suite.js';

const calendar = weekdayCalendar();
const ERRORS = { InvalidDateError, InvalidArgumentError, CalendarCoverageError };

/** The civil date date-fns works on: a local date as written, an instant read in the context zone. */
function civil(arg: DateFnsArg, zone = 'UTC'): string {
  if (typeof arg === 'string') return arg;
  if ('invalid' in arg) return new Date(Number.NaN) as never; // handed on as is: refused as a civil date
  if ('timestamp' in arg) return dateInZone(Date.parse(`${arg.timestamp}T00:00:00Z`), zone);
  return dateInZone(arg.instant, zone);
}

/** The day before a civil date. */
function previous(date: string): string {
  const d = new Date(0);
  d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) - 1);
  return d.toISOString().slice(0, 10);
}

function answer(c: DateFnsCase): string | number | boolean {
  const call = c.call!;
  switch (call.fn) {
    case 'addBusinessDays':
      return calendar.addWorkingDays(civil(call.date, call.in), call.amount);
    case 'subBusinessDays':
      return calendar.addWorkingDays(civil(call.date, call.in), -call.amount);
    case 'differenceInBusinessDays': {
      const left = civil(call.left, call.in);
      const right = civil(call.right, call.in);
      if (typeof left !== 'string' || typeof right !== 'string' || left < right) {
        // Going back date-fns counts (left, right], negated: workingDaysBetween(right, left).
        return calendar.workingDaysBetween(right, left);
      }
      // Going forward it counts [right, left): (right - 1 day, left - 1 day].
      return calendar.workingDaysBetween(previous(right), previous(left));
    }
    case 'isWeekend':
      return calendar.day(civil(call.date, call.in)).kind === 'weekend';
  }
}

peerSuite(
  'date-fns',
  'date-fns 4.1 src/{addBusinessDays,subBusinessDays,differenceInBusinessDays,isWeekend}/test.ts',
  DATE_FNS_CASES,
  (c) => {
    if (c.here !== undefined) {
      expect(() => answer(c)).toThrow(ERRORS[c.here.throws]);
      return;
    }
    const result = answer(c);
    expect(result).toEqual(c.expected);
    if (typeof result === 'number') expect(Object.is(result, -0)).toBe(false);
  },
);
