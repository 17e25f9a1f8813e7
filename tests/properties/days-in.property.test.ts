/**
 * calendar.daysIn against asking day() of every day of the range, one at a time, on random
 * calendars, ranges and selections.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CalendarCoverageError,
  chinaCalendar,
  type DayInfo,
  type DayKind,
  weekdayCalendar,
} from '../../src/index.js';
import { regionCalendar } from '../../src/regions.js';
import { runs } from '../support/long-tests.js';

const KINDS: DayKind[] = [
  'workday',
  'weekend',
  'holiday',
  'makeup-workday',
  'company-day-off',
  'company-workday',
];
const WORKING: DayKind[] = ['workday', 'makeup-workday', 'company-workday'];

const calendars = [
  chinaCalendar(),
  chinaCalendar({ beyondCoverage: 'weekends' }),
  chinaCalendar({ makeUpWorkingDays: false }),
  chinaCalendar().with({ daysOff: ['2025-10-10'], workingDays: ['2025-10-04', '2024-02-17'] }),
  regionCalendar('US'),
  weekdayCalendar({ weekend: [5, 6] }).with({ daysOff: ['2025-12-25'] }),
];

function shift(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const selection = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('working-days' as const, 'rest-days' as const),
  fc.subarray(KINDS),
);

function expected(calendar: (typeof calendars)[number], from: string, to: string, kinds: unknown): DayInfo[] {
  const out: DayInfo[] = [];
  for (let day = from; day <= to; day = shift(day, 1)) {
    const info = calendar.day(day);
    const keep =
      kinds === undefined ||
      (kinds === 'working-days' && WORKING.includes(info.kind)) ||
      (kinds === 'rest-days' && !WORKING.includes(info.kind)) ||
      (Array.isArray(kinds) && kinds.includes(info.kind));
    if (keep) out.push(info);
  }
  return out;
}

describe('daysIn against day() of every day', () => {
  it('lists exactly the days of the selected kinds, in order, with what day() says of each', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: calendars.length - 1 }),
        fc.integer({ min: 0, max: 21 * 366 }),
        fc.integer({ min: 0, max: 400 }),
        selection,
        (which, offset, length, kinds) => {
          const calendar = calendars[which]!;
          const from = shift('2006-06-01', offset);
          const to = shift(from, length);
          let listed: DayInfo[];
          try {
            listed = calendar.daysIn(from, to, kinds === undefined ? {} : { kinds });
          } catch (error) {
            // Exactly when some day of the range is outside the calendar's coverage.
            expect(error).toBeInstanceOf(CalendarCoverageError);
            expect(() => expected(calendar, from, to, undefined)).toThrow(CalendarCoverageError);
            return;
          }
          expect(listed).toEqual(expected(calendar, from, to, kinds));
        },
      ),
      { numRuns: runs(150) },
    );
  });
});
