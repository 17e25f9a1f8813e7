/**
 * Properties of the China calendar against the naive day-by-day reference in tests/support.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarCoverageError, chinaCalendar } from '../../src/index.js';
import { runs } from '../support/long-tests.js';
import { inCoverage, naiveAdd, naiveBetween, naiveIsWorking, shift } from '../support/naive-calendar.js';

const cn = chinaCalendar();
const estimate = chinaCalendar({ beyondCoverage: 'weekends' });

/** Dates from a little before to a little after coverage, so the edges are exercised. */
const date = fc.integer({ min: -400, max: 7305 + 400 }).map((offset) => shift('2007-01-01', offset));
const coveredDate = fc.integer({ min: 0, max: 7304 }).map((offset) => shift('2007-01-01', offset));
const count = fc.integer({ min: -300, max: 300 });
const positive = fc.integer({ min: 1, max: 300 });

function attempt<T>(run: () => T): T | 'coverage' {
  try {
    return run();
  } catch (error) {
    if (error instanceof CalendarCoverageError) return 'coverage';
    throw error;
  }
}

const RUNS = { numRuns: runs(2000) };

describe('China calendar properties (against a naive day-by-day walk)', () => {
  it('isWorkingDay agrees with the reference, and errors exactly outside coverage', () => {
    fc.assert(
      fc.property(date, (d) => {
        const expected = inCoverage(d) ? naiveIsWorking(d) : 'coverage';
        expect(attempt(() => cn.isWorkingDay(d))).toBe(expected);
      }),
      RUNS,
    );
  });

  it('addWorkingDays agrees with the reference walk; coverage errors exactly when the walk leaves coverage', () => {
    fc.assert(
      fc.property(date, count, (d, n) => {
        const expected = n === 0 ? d : (naiveAdd(d, n) ?? 'coverage');
        expect(attempt(() => cn.addWorkingDays(d, n))).toBe(expected);
      }),
      RUNS,
    );
  });

  it('workingDaysBetween agrees with the reference walk', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -400, max: 400 }), (d, span) => {
        const to = shift(d, span);
        expect(attempt(() => cn.workingDaysBetween(d, to))).toBe(naiveBetween(d, to) ?? 'coverage');
      }),
      RUNS,
    );
  });

  it('round trip: workingDaysBetween(d, addWorkingDays(d, n)) = n (n >= 0), mirrored for n < 0', () => {
    fc.assert(
      fc.property(coveredDate, count, (d, n) => {
        const result = attempt(() => cn.addWorkingDays(d, n));
        fc.pre(result !== 'coverage');
        // Forwards the start day is never counted; backwards, (result, d] holds d itself when it works.
        const expected = n >= 0 ? n : n + (cn.isWorkingDay(d) ? 0 : 1);
        expect(cn.workingDaysBetween(d, result)).toBe(expected);
      }),
      RUNS,
    );
  });

  it('results land on working days', () => {
    fc.assert(
      fc.property(coveredDate, count, (d, n) => {
        fc.pre(n !== 0);
        const result = attempt(() => cn.addWorkingDays(d, n));
        fc.pre(result !== 'coverage');
        expect(cn.isWorkingDay(result)).toBe(true);
      }),
      RUNS,
    );
  });

  it('is monotonic in the date and in n', () => {
    fc.assert(
      fc.property(coveredDate, coveredDate, count, count, (a, b, n, m) => {
        const [d1, d2] = a <= b ? [a, b] : [b, a];
        const [n1, n2] = n <= m ? [n, m] : [m, n];
        const r1 = attempt(() => cn.addWorkingDays(d1, n1));
        const r2 = attempt(() => cn.addWorkingDays(d2, n1));
        const r3 = attempt(() => cn.addWorkingDays(d1, n2));
        if (r1 !== 'coverage' && r2 !== 'coverage') expect(r1 <= r2).toBe(true);
        if (r1 !== 'coverage' && r3 !== 'coverage') expect(r1 <= r3).toBe(true);
        const b1 = attempt(() => cn.workingDaysBetween(d1, d2));
        if (b1 !== 'coverage') expect(b1).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('add(a) then add(b) equals add(a + b) for a and b of the same sign', () => {
    fc.assert(
      fc.property(coveredDate, positive, positive, fc.boolean(), (d, a, b, backwards) => {
        const s = backwards ? -1 : 1;
        const once = attempt(() => cn.addWorkingDays(d, s * (a + b)));
        fc.pre(once !== 'coverage');
        expect(cn.addWorkingDays(cn.addWorkingDays(d, s * a), s * b)).toBe(once);
      }),
      RUNS,
    );
  });

  it('negative n mirrors positive n', () => {
    fc.assert(
      fc.property(coveredDate, positive, (d, n) => {
        const forward = attempt(() => cn.addWorkingDays(d, n));
        fc.pre(forward !== 'coverage');
        const lastOnOrBefore = cn.isWorkingDay(d) ? d : attempt(() => cn.previousWorkingDay(d));
        fc.pre(lastOnOrBefore !== 'coverage');
        expect(cn.addWorkingDays(forward, -n)).toBe(lastOnOrBefore);
        expect(cn.workingDaysBetween(forward, d)).toBe(-n);
      }),
      RUNS,
    );
  });

  it('the estimate agrees inside coverage, is Monday-Friday outside, and says when it was used', () => {
    fc.assert(
      fc.property(date, count, (d, n) => {
        const answer = estimate.explain.addWorkingDays(d, n);
        const official = attempt(() => cn.addWorkingDays(d, n));
        if (official !== 'coverage') expect(answer.value).toBe(official);
        const [lo, hi] = n >= 0 ? [shift(d, 1), answer.value] : [answer.value, shift(d, -1)];
        const touchesOutside = n !== 0 && (!inCoverage(lo) || !inCoverage(hi));
        expect(answer.estimated).toBe(touchesOutside);
        expect(official === 'coverage').toBe(touchesOutside);
        const weekday = new Date(`${answer.value}T00:00:00Z`).getUTCDay();
        if (n !== 0 && !inCoverage(answer.value)) expect(weekday >= 1 && weekday <= 5).toBe(true);
      }),
      RUNS,
    );
  });
});
