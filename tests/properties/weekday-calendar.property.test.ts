/**
 * weekdayCalendar against a naive day-by-day walk over JavaScript Dates (any year 1-9999, random
 * weekends, random company days off and working days): it shares no code with the library's table.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarCoverageError, weekdayCalendar } from '../../src/index.js';
import { runs } from '../support/long-tests.js';

/** A civil date written by Date (setUTCFullYear: Date.UTC maps years 0-99 to 1900-1999). */
function iso(year: number, month: number, day: number): string {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.toISOString().slice(0, 10);
}

function shift(date: string, days: number): string {
  const d = new Date(0);
  d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days);
  return d.toISOString().slice(0, 10);
}

/** ISO weekday, 1 = Monday. */
function weekday(date: string): number {
  const d = new Date(0);
  d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return ((d.getUTCDay() + 6) % 7) + 1;
}

interface Naive {
  weekend: number[];
  off: Set<string>;
  on: Set<string>;
}

function working(model: Naive, date: string): boolean {
  if (model.off.has(date)) return false;
  if (model.on.has(date)) return true;
  return !model.weekend.includes(weekday(date));
}

const inRange = (date: string) => date >= '0001-01-01' && date <= '9999-12-31';

function naiveAdd(model: Naive, date: string, n: number): string | undefined {
  let day = date;
  for (let left = Math.abs(n); left > 0; ) {
    day = shift(day, Math.sign(n));
    if (!inRange(day)) return undefined;
    if (working(model, day)) left--;
  }
  return day;
}

function naiveBetween(model: Naive, from: string, to: string): number {
  if (to < from) return 0 - naiveBetween(model, to, from);
  let count = 0;
  // Step until `to` itself, not while `day <= to`: the day after 9999-12-31 is written "+010000-01"
  // by Date, which sorts before it, and the walk never ended (a span ending on 9999-12-31).
  for (let day = from; day !== to; ) {
    day = shift(day, 1);
    if (working(model, day)) count++;
  }
  return count;
}

// Dates anywhere in 1-9999, with extra weight on the ends of the range and on the years 1-99.
const date = fc
  .oneof(
    fc.record({
      y: fc.integer({ min: 1, max: 9999 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    }),
    fc.record({
      y: fc.constantFrom(1, 2, 99, 100, 1900, 9998, 9999),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 31 }),
    }),
  )
  .map(({ y, m, d }) => (iso(y, m, d).startsWith(String(y).padStart(4, '0')) ? iso(y, m, d) : iso(y, m, 28)));

const weekend = fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 6 });

const setup = fc
  .record({
    start: date,
    weekend,
    offsets: fc.uniqueArray(fc.integer({ min: -40, max: 40 }), { maxLength: 8 }),
    flips: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
  })
  .map(({ start, weekend, offsets, flips }) => {
    const days = offsets.map((o) => shift(start, o)).filter(inRange);
    const off = days.filter((_, i) => flips[i]);
    const on = days.filter((_, i) => !flips[i]);
    const base = weekdayCalendar({ weekend });
    const calendar = days.length > 0 ? base.with({ daysOff: off, workingDays: on }) : base;
    return { start, calendar, model: { weekend, off: new Set(off), on: new Set(on) } as Naive };
  });

function outOfRange(run: () => unknown): boolean {
  try {
    run();
    return false;
  } catch (error) {
    if (error instanceof CalendarCoverageError) return true;
    throw error;
  }
}

describe('weekdayCalendar against a naive day-by-day walk', () => {
  it('isWorkingDay and day() agree on the days around a random date', () => {
    fc.assert(
      fc.property(setup, ({ start, calendar, model }) => {
        for (let o = -10; o <= 10; o++) {
          const day = shift(start, o);
          if (!inRange(day)) continue;
          expect(calendar.isWorkingDay(day), day).toBe(working(model, day));
          expect(calendar.day(day).weekday).toBe(weekday(day));
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('addWorkingDays agrees, and fails exactly when the walk leaves the years 1-9999', () => {
    fc.assert(
      fc.property(setup, fc.integer({ min: -60, max: 60 }), ({ start, calendar, model }, n) => {
        const expected = naiveAdd(model, start, n);
        if (expected === undefined) expect(outOfRange(() => calendar.addWorkingDays(start, n))).toBe(true);
        else expect(calendar.addWorkingDays(start, n)).toBe(expected);
      }),
      { numRuns: runs(400) },
    );
  });

  it('workingDaysBetween counts up to the last day a civil date can name', () => {
    // 9999-12-01 (Wednesday) to 9999-12-31 (Friday): 22 weekdays after the first day.
    const model: Naive = { weekend: [6, 7], off: new Set(), on: new Set() };
    expect(weekdayCalendar().workingDaysBetween('9999-12-01', '9999-12-31')).toBe(22);
    expect(naiveBetween(model, '9999-12-01', '9999-12-31')).toBe(22);
    expect(naiveBetween(model, '9999-12-31', '9999-12-01')).toBe(-22);
  });

  it('workingDaysBetween agrees on spans up to a year either way', () => {
    fc.assert(
      fc.property(setup, fc.integer({ min: -370, max: 370 }), ({ start, calendar, model }, span) => {
        const end = shift(start, span);
        fc.pre(inRange(end));
        expect(calendar.workingDaysBetween(start, end)).toBe(naiveBetween(model, start, end));
      }),
      { numRuns: runs(300) },
    );
  });
});
