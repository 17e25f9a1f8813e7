import Holidays from 'date-holidays';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../tests/support/long-tests.js';
import { CalendarDataError, InvalidArgumentError } from '../errors/errors.js';
import { chinaCalendar } from './china.js';
import { regionCalendar } from './region.js';
import { HOLIDAY_TYPES } from './region-options.js';

describe('regionCalendar', () => {
  it('uses public holidays and weekends', () => {
    const us = regionCalendar('US');
    expect(us.isWorkingDay('2025-07-04')).toBe(false);
    expect(us.isWorkingDay('2025-07-03')).toBe(true);
    expect(us.day('2025-07-04')).toMatchObject({ kind: 'holiday', name: { en: 'Independence Day' } });
    expect(us.nextWorkingDay('2025-07-03')).toBe('2025-07-07');
    expect(us.timeZone).toBe('America/New_York');
  });

  it('handles subdivisions, substitute days and holidays observed in the previous year', () => {
    expect(regionCalendar('US-CA').isWorkingDay('2025-03-31')).toBe(false); // César Chávez Day
    expect(regionCalendar('US').isWorkingDay('2025-03-31')).toBe(true);
    expect(regionCalendar('JP').nextWorkingDay('2025-05-02')).toBe('2025-05-07');
    expect(regionCalendar('JP').day('2025-05-06').name?.en).toContain('substitute');
    // New Year's Day 2022 fell on a Saturday and was observed on Friday 2021-12-31.
    expect(regionCalendar('US').isWorkingDay('2021-12-31')).toBe(false);
    expect(regionCalendar('DE-BY').isWorkingDay('2025-01-06')).toBe(false); // Epiphany in Bavaria
    expect(regionCalendar('DE').isWorkingDay('2025-01-06')).toBe(true);
  });

  it('answers any year in its range, lazily', () => {
    const gb = regionCalendar('GB');
    expect(gb.isWorkingDay('1999-12-27')).toBe(false);
    expect(gb.isWorkingDay('2150-12-25')).toBe(false);
    expect(gb.coverage).toEqual({ start: '1900-01-01', end: '2199-12-31' });
    expect(gb.explain.addWorkingDays('2150-12-24', 1).estimated).toBe(false);
  });

  it('finds answers near the ends of its range, and names the end when it runs out', () => {
    // The table used to grow a year at a time past 1900 and fail on answers inside the range.
    expect(regionCalendar('US').addWorkingDays('1900-03-01', -10)).toBe('1900-02-14'); // 02-19: Washington's Birthday (as date-holidays dates it)
    expect(regionCalendar('US').addWorkingDays('2199-10-01', 10)).toBe('2199-10-16'); // 10-14: Columbus Day
    expect(() => regionCalendar('US').addWorkingDays('2199-12-20', 30)).toThrow(
      /beyond 2199-12-31, the last day this calendar can compute/,
    );
    expect(() => regionCalendar('US').isWorkingDay('1899-12-31')).toThrow(
      /before 1900-01-01, the first day this calendar can compute/,
    );
  });

  it('honours another weekend', () => {
    const friSat = regionCalendar('AE', { weekend: [5, 6] });
    expect(friSat.isWorkingDay('2025-06-20')).toBe(false); // a Friday
    expect(friSat.isWorkingDay('2025-06-22')).toBe(true); // a Sunday
  });

  it('agrees with date-holidays on every day of random years', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('US', 'JP', 'KR', 'GB', 'FR', 'AU'),
        fc.integer({ min: 1990, max: 2060 }),
        (code, year) => {
          const calendar = regionCalendar(code);
          const hd = new Holidays(code);
          const off = new Set<string>();
          for (const y of [year - 1, year, year + 1]) {
            for (const h of hd.getHolidays(y)) {
              if (h.type !== 'public' || !h.date.endsWith('00:00:00')) continue;
              const days = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000));
              for (let i = 0; i < days; i++) {
                const d = new Date(`${h.date.slice(0, 10)}T00:00:00Z`);
                d.setUTCDate(d.getUTCDate() + i);
                off.add(d.toISOString().slice(0, 10));
              }
            }
          }
          for (
            let d = new Date(Date.UTC(year, 0, 1));
            d.getUTCFullYear() === year;
            d.setUTCDate(d.getUTCDate() + 1)
          ) {
            const iso = d.toISOString().slice(0, 10);
            const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6;
            expect(calendar.isWorkingDay(iso), `${code} ${iso}`).toBe(!weekend && !off.has(iso));
          }
        },
      ),
      { numRuns: runs(25) },
    );
  });

  it('sends CN to the official schedule', () => {
    expect(regionCalendar('CN')).toBe(chinaCalendar());
    expect(regionCalendar('CN').isWorkingDay('2025-10-11')).toBe(true);
  });

  it('refuses unknown regions', () => {
    expect(() => regionCalendar('XX')).toThrow(CalendarDataError);
    expect(() => regionCalendar('US-ZZ')).toThrow(/"US-ZZ"/);
    expect(() => regionCalendar('')).toThrow(CalendarDataError);
    expect(() => regionCalendar('US', { weekend: [0] })).toThrow(/weekend/);
  });

  it('refuses an option it does not know, instead of dropping it without a word', () => {
    // chinaCalendar's options belong under `china`: at the top level they used to be ignored, so
    // the estimate asked for was never made.
    expect(() => regionCalendar('US', { beyondCoverage: 'weekends' } as never)).toThrow(
      `options must be an object with only the fields weekend, holidayTypes, timeZone and china (chinaCalendar's options, for 'CN'), got "beyondCoverage"`,
    );
    expect(() => regionCalendar('CN', { extraYears: [] } as never)).toThrow(InvalidArgumentError);
    // For CN the official schedule decides weekends, holidays and zone: a weekend given for it was
    // ignored too.
    expect(() => regionCalendar('CN', { weekend: [7] })).toThrow(
      `options must be for 'CN', only the field china (chinaCalendar's options): the official schedule fixes the weekends, holidays and zone, got "weekend"`,
    );
    expect(regionCalendar('CN', { china: { beyondCoverage: 'weekends' } }).isWorkingDay('2027-01-04')).toBe(
      true,
    );
    expect(
      regionCalendar('US', { weekend: [6, 7], holidayTypes: ['public'], timeZone: 'America/New_York' }).id,
    ).toBe(regionCalendar('US').id);
  });

  it('refuses holiday types date-holidays does not have, instead of dropping every holiday (issue 20)', () => {
    // A typo used to select no holiday at all: 2025-12-25 was a working day, without a word.
    expect(() => regionCalendar('US', { holidayTypes: ['pubic' as never] })).toThrow(InvalidArgumentError);
    expect(() => regionCalendar('US', { holidayTypes: ['public', 'pubic' as never] })).toThrow(
      `holidayTypes[1] must be one of date-holidays' holiday types 'public', 'bank', 'school', 'optional', 'observance', got "pubic"`,
    );
    // A bare string was read letter by letter, with the same effect.
    expect(() => regionCalendar('US', { holidayTypes: 'public' as never })).toThrow(
      /^holidayTypes must be a list of date-holidays' holiday types \('public', 'bank', 'school', 'optional', 'observance'\), got "public"$/,
    );
    for (const bad of [[1], [null], {}, 'bank', ['Public']]) {
      expect(() => regionCalendar('US', { holidayTypes: bad as never }), JSON.stringify(bad)).toThrow(
        InvalidArgumentError,
      );
    }
    expect(() => regionCalendar('US', 'public' as never)).toThrow(/options must be an object/);
  });

  it('still honours the holiday types it accepts', () => {
    expect(regionCalendar('US', { holidayTypes: ['public'] }).isWorkingDay('2025-12-25')).toBe(false);
    expect(regionCalendar('US', { holidayTypes: [] }).isWorkingDay('2025-12-25')).toBe(true);
    // New Year's Eve is a bank holiday in the Netherlands, not a public one: a bank's calendar counts it.
    expect(regionCalendar('NL').isWorkingDay('2025-12-31')).toBe(true);
    expect(regionCalendar('NL', { holidayTypes: ['public', 'bank'] }).isWorkingDay('2025-12-31')).toBe(false);
  });

  it('lists every holiday type date-holidays gives a holiday', () => {
    const seen = new Set<string>();
    for (const code of ['US', 'DE', 'GB', 'JP', 'FR', 'BR', 'IN', 'AU', 'NL', 'CH']) {
      for (const year of [2000, 2025]) for (const h of new Holidays(code).getHolidays(year)) seen.add(h.type);
    }
    expect([...seen].filter((type) => !(HOLIDAY_TYPES as readonly string[]).includes(type))).toEqual([]);
    expect(seen.size).toBeGreaterThanOrEqual(4);
  });

  it('supports company overrides too', () => {
    const us = regionCalendar('US').with({ daysOff: ['2025-12-26'] });
    expect(us.isWorkingDay('2025-12-26')).toBe(false);
  });
});
