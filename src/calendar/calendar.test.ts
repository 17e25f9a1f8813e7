import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, InvalidDateError } from '../errors/errors.js';
import { DAY_KINDS } from './calendar.js';
import { chinaCalendar } from './china.js';
import { regionCalendar } from './region.js';
import { weekdayCalendar } from './weekdays.js';

const cn = chinaCalendar();

describe('calendar.daysIn', () => {
  it('lists the days of a range, both ends included, each as day() describes it', () => {
    const days = cn.daysIn('2025-09-30', '2025-10-02');
    expect(days).toEqual([cn.day('2025-09-30'), cn.day('2025-10-01'), cn.day('2025-10-02')]);
    expect(cn.daysIn('2025-10-01', '2025-10-01')).toEqual([cn.day('2025-10-01')]);
  });

  it('lists holidays and make-up working days with their names', () => {
    expect(cn.daysIn('2025-09-27', '2025-10-12', { kinds: ['holiday', 'makeup-workday'] })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          date: '2025-09-28',
          kind: 'makeup-workday',
          name: { zh: '国庆节、中秋节', en: 'National Day and Mid-Autumn Festival' },
        }),
        expect.objectContaining({ date: '2025-10-08', kind: 'holiday' }),
      ]),
    );
    expect(cn.daysIn('2025-01-01', '2025-12-31', { kinds: ['holiday'] })).toHaveLength(28);
  });

  it("selects working days or rest days as chinese-days' range functions do", () => {
    expect(cn.daysIn('2024-05-01', '2024-05-12', { kinds: 'working-days' }).map((d) => d.date)).toEqual([
      '2024-05-06',
      '2024-05-07',
      '2024-05-08',
      '2024-05-09',
      '2024-05-10',
      '2024-05-11',
    ]);
    expect(cn.daysIn('2023-12-30', '2024-01-02', { kinds: 'rest-days' }).map((d) => d.date)).toEqual([
      '2023-12-30',
      '2023-12-31',
      '2024-01-01',
    ]);
    const company = weekdayCalendar().with({ daysOff: ['2025-12-26'], workingDays: ['2025-12-27'] });
    expect(company.daysIn('2025-12-24', '2025-12-28', { kinds: 'rest-days' }).map((d) => d.kind)).toEqual([
      'company-day-off',
      'weekend',
    ]);
    expect(regionCalendar('US').daysIn('2025-07-01', '2025-07-07', { kinds: ['holiday'] })).toEqual([
      expect.objectContaining({
        date: '2025-07-04',
        name: { en: 'Independence Day', zh: 'Independence Day' },
      }),
    ]);
  });

  it('refuses a range that ends before it starts, unknown kinds and unknown options', () => {
    expect(() => cn.daysIn('2025-10-02', '2025-10-01')).toThrow(
      'to must be a date on or after from, got "2025-10-01"',
    );
    expect(() => cn.daysIn('2025-10-01', '2025-10-31', { kinds: ['holidays' as never] })).toThrow(
      `kinds[0] must be one of the day kinds 'workday', 'weekend', 'holiday', 'makeup-workday', 'company-day-off', 'company-workday', got "holidays"`,
    );
    expect(() => cn.daysIn('2025-10-01', '2025-10-31', { kinds: 'holiday' as never })).toThrow(
      InvalidArgumentError,
    );
    expect(() => cn.daysIn('2025-10-01', '2025-10-31', { kind: ['holiday'] } as never)).toThrow(
      /only the field kinds/,
    );
    expect(() => cn.daysIn('2025-10-01', '2025-13-01')).toThrow(InvalidDateError);
    expect(() => cn.daysIn('2026-12-01', '2027-01-31')).toThrow(/2027/);
  });

  it('names in its messages exactly the day kinds there are', () => {
    try {
      cn.daysIn('2025-10-01', '2025-10-31', { kinds: 3 as never });
    } catch (error) {
      const listed = [...(error as Error).message.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
      expect(listed).toEqual(['working-days', 'rest-days', ...DAY_KINDS]);
    }
    expect.assertions(1);
  });
});
