import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonthsClamped,
  civilFromDay,
  dayFromCivil,
  formatCivilDate,
  parseCivilDate,
  weekdayOfDay,
} from './civil-date.js';

// Reference: the host's own proleptic Gregorian arithmetic through Date.UTC (zone-free).
const refDay = (y: number, m: number, d: number) => {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return Math.floor(date.getTime() / 86_400_000);
};

describe('civil dates', () => {
  it('day numbers match Date.UTC for any date in years 1-9999', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0001-01-01T00:00:00Z'),
          max: new Date('9999-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const y = date.getUTCFullYear();
          const m = date.getUTCMonth() + 1;
          const d = date.getUTCDate();
          const day = dayFromCivil(y, m, d);
          expect(day).toBe(refDay(y, m, d));
          expect(civilFromDay(day)).toEqual({ year: y, month: m, day: d });
          expect(weekdayOfDay(day)).toBe(((date.getUTCDay() + 6) % 7) + 1);
          const text = formatCivilDate(day);
          expect(text).toBe(date.toISOString().slice(0, 10).replace(/^\+0*/, ''));
          expect(parseCivilDate(text)).toBe(day);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('knows leap days', () => {
    expect(parseCivilDate('2024-02-29')).toBe(dayFromCivil(2024, 2, 29));
    expect(() => parseCivilDate('2025-02-29')).toThrow('2025-02 has no day 29');
    expect(() => parseCivilDate('1900-02-29')).toThrow();
    expect(parseCivilDate('2000-02-29')).toBe(dayFromCivil(2000, 2, 29));
  });

  it('adds months the way Civil Code art. 202 does', () => {
    const add = (date: string, months: number) =>
      formatCivilDate(addMonthsClamped(parseCivilDate(date), months));
    expect(add('2024-01-31', 1)).toBe('2024-02-29');
    expect(add('2025-01-31', 1)).toBe('2025-02-28');
    expect(add('2025-03-31', -1)).toBe('2025-02-28');
    expect(add('2025-12-15', 1)).toBe('2026-01-15');
    expect(add('2025-01-15', -13)).toBe('2023-12-15');
  });

  it('reports where a bad date is', () => {
    expect(() => parseCivilDate('2025-13-01', ['term', 'start'])).toThrow(
      /^term\.start: "2025-13-01" .*month 13/,
    );
  });
});
