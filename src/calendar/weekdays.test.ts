import { describe, expect, it } from 'vitest';
import { serviceHours } from '../clock/service-hours.js';
import { CalendarCoverageError, InvalidArgumentError, InvalidTimeZoneError } from '../errors/errors.js';
import { regionCalendar } from './region.js';
import { weekdayCalendar } from './weekdays.js';

describe('weekdayCalendar', () => {
  const weekdays = weekdayCalendar();

  it('works Monday to Friday, with no holidays', () => {
    expect(weekdays.isWorkingDay('2025-12-25')).toBe(true); // Christmas: no holidays here
    expect(weekdays.isWorkingDay('2025-10-01')).toBe(true); // National Day: none either
    expect(weekdays.isWorkingDay('2025-10-04')).toBe(false);
    expect(weekdays.day('2025-10-04')).toEqual({
      date: '2025-10-04',
      weekday: 6,
      working: false,
      kind: 'weekend',
      estimated: false,
      provisional: false,
    });
    expect(weekdays.nextWorkingDay('2025-10-03')).toBe('2025-10-06');
    expect(weekdays.previousWorkingDay('2025-10-06')).toBe('2025-10-03');
    expect(weekdays.addWorkingDays('2025-10-03', 10)).toBe('2025-10-17');
    expect(weekdays.workingDaysBetween('2025-10-03', '2025-10-17')).toBe(10);
    expect(weekdays.id).toBe('weekdays');
    expect(weekdays.timeZone).toBe('UTC');
  });

  it('answers for any year 1-9999, and says where it stops', () => {
    expect(weekdays.coverage).toEqual({ start: '0001-01-01', end: '9999-12-31' });
    expect(weekdays.isWorkingDay('0001-01-01')).toBe(true); // a Monday (proleptic Gregorian)
    expect(weekdays.isWorkingDay('9999-12-31')).toBe(true); // a Friday
    expect(weekdays.addWorkingDays('1752-09-01', 20)).toBe('1752-09-29');
    expect(weekdays.workingDaysBetween('0001-01-01', '9999-12-31')).toBe(2_608_614); // counted independently: Python's datetime over 0001-01-02..9999-12-31;
    expect(() => weekdays.nextWorkingDay('9999-12-31')).toThrow(CalendarCoverageError);
    expect(() => weekdays.nextWorkingDay('9999-12-31')).toThrow(
      /a day after 9999-12-31, and civil dates name the years 1-9999 only/,
    );
    expect(() => weekdays.previousWorkingDay('0001-01-01')).toThrow(
      /a day before 0001-01-01, and civil dates name the years 1-9999 only/,
    );
    expect(weekdays.explain.addWorkingDays('2500-01-01', 5).estimated).toBe(false);
  });

  it('keeps its table the size of the question when questions are far apart', () => {
    const fresh = weekdayCalendar({ weekend: [7] });
    fresh.isWorkingDay('0005-06-01');
    fresh.isWorkingDay('9000-06-01');
    const table = (fresh as unknown as { table: { size: number } }).table;
    expect(table.size).toBeLessThan(400);
  });

  it('honours another weekend, or none', () => {
    const gulf = weekdayCalendar({ weekend: [5, 6] });
    expect(gulf.isWorkingDay('2025-10-03')).toBe(false); // Friday
    expect(gulf.isWorkingDay('2025-10-05')).toBe(true); // Sunday
    expect(gulf.id).toBe('weekdays (weekend: fri, sat)');
    const always = weekdayCalendar({ weekend: [] });
    expect(always.addWorkingDays('2025-10-03', 2)).toBe('2025-10-05');
  });

  it('layers company days off and working days with .with()', () => {
    const company = weekdays.with({
      daysOff: [{ date: '2025-12-25', name: 'Christmas' }],
      workingDays: ['2025-12-27'],
    });
    expect(company.day('2025-12-25')).toMatchObject({ kind: 'company-day-off', name: { en: 'Christmas' } });
    expect(company.isWorkingDay('2025-12-27')).toBe(true);
    expect(company.workingDaysBetween('2025-12-19', '2025-12-31')).toBe(8);
  });

  it('is what regionCalendar with no holiday types used to stand in for', () => {
    const none = regionCalendar('US', { holidayTypes: [] });
    for (let d = 0; d < 400; d++) {
      const date = new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10);
      expect(weekdays.isWorkingDay(date), date).toBe(none.isWorkingDay(date));
    }
  });

  it('drives service hours and speaks of civil dates in its zone', () => {
    const office = serviceHours({
      timeZone: 'Europe/Berlin',
      calendar: weekdayCalendar({ timeZone: 'Europe/Berlin' }),
      windows: ['09:00-17:00'],
    });
    expect(office.addBusinessTime('2025-10-03T16:00:00+02:00', '2 hours')).toBe('2025-10-06T10:00:00+02:00');
    expect(weekdayCalendar({ timeZone: 'Europe/Berlin' }).timeZone).toBe('Europe/Berlin');
  });

  it('refuses what it cannot use, naming it', () => {
    expect(() => weekdayCalendar({ weekend: [0] })).toThrow(InvalidArgumentError);
    expect(() => weekdayCalendar({ weekend: [1, 2, 3, 4, 5, 6, 7] })).toThrow(
      'weekend must be a weekend that leaves at least one working day of the week, got [1,2,3,4,5,6,7]',
    );
    expect(() => weekdayCalendar({ weekend: 6 as never })).toThrow(/ISO weekdays/);
    expect(() => weekdayCalendar({ weekends: [6, 7] } as never)).toThrow(
      'options must be an object with only the fields weekend and timeZone, got "weekends"',
    );
    expect(() => weekdayCalendar({ timeZone: 'Mars/Base' })).toThrow(InvalidTimeZoneError);
    expect(() => weekdayCalendar(null as never)).toThrow(/options must be an object/);
    expect(() => weekdays.isWorkingDay('2025-02-30')).toThrow(/2025-02 has no day 30/);
    expect(() => regionCalendar('US', { weekend: [1, 2, 3, 4, 5, 6, 7] })).toThrow(
      /at least one working day/,
    );
  });
});
