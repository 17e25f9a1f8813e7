import { describe, expect, it } from 'vitest';
import { listed, rawFiles } from '../../tests/support/naive-calendar.js';
import { dayFromCivil, formatCivilDate } from '../time/civil-date.js';
import { chinaCalendar } from './china.js';
import { FESTIVAL_ROLES, type FestivalRole, statutoryHolidays } from './statutory.js';

const cn = chinaCalendar();
const dates = (year: number): Record<string, string[]> =>
  Object.fromEntries(
    statutoryHolidays(year)!.map(({ festival, days }) => [festival.zh, days.map(formatCivilDate)]),
  );
/** The statutory days of one festival of a year, by its Chinese name. */
const festival = (year: number, zh: string) => dates(year)[zh];
const roles = (from: string, to: string) => cn.daysIn(from, to).map((d) => d.festival?.role ?? '-');

describe('the statutory holidays of each year, by the rules then in force', () => {
  it('2007: the 1999 rules (three days of Labour Day, no lunar festivals but the Spring Festival)', () => {
    expect(dates(2007)).toEqual({
      元旦: ['2007-01-01'],
      春节: ['2007-02-18', '2007-02-19', '2007-02-20'], // 初一 to 初三
      劳动节: ['2007-05-01', '2007-05-02', '2007-05-03'],
      国庆节: ['2007-10-01', '2007-10-02', '2007-10-03'],
    });
  });

  it('2008-2013: the 2007 revision (除夕 to 初二; Qingming, Dragon Boat and Mid-Autumn join)', () => {
    expect(dates(2008)).toEqual({
      元旦: ['2008-01-01'],
      春节: ['2008-02-06', '2008-02-07', '2008-02-08'],
      清明节: ['2008-04-04'],
      劳动节: ['2008-05-01'],
      端午节: ['2008-06-08'],
      中秋节: ['2008-09-14'],
      国庆节: ['2008-10-01', '2008-10-02', '2008-10-03'],
    });
  });

  it('2014-2024: the 2013 revision (初一 to 初三: 除夕 2014-01-30 was a working day)', () => {
    expect(festival(2014, '春节')).toEqual(['2014-01-31', '2014-02-01', '2014-02-02']);
    expect(cn.isWorkingDay('2014-01-30')).toBe(true);
    expect(cn.day('2014-01-30').festival).toBeUndefined();
  });

  it('since 2025: the 2024 revision (除夕 to 初三, two days of Labour Day)', () => {
    expect(festival(2025, '春节')).toEqual(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']);
    expect(festival(2025, '劳动节')).toEqual(['2025-05-01', '2025-05-02']);
    expect(Object.values(dates(2026)).flat()).toHaveLength(13);
  });

  it('2015: the one-off anniversary holiday of 3 September', () => {
    expect(festival(2015, '抗日战争暨世界反法西斯战争胜利70周年纪念日')).toEqual(['2015-09-03']);
    expect(Object.values(dates(2016)).flat()).toHaveLength(11);
  });

  it('knows no rules outside 2000-2199', () => {
    expect(statutoryHolidays(1999)).toBeUndefined();
    expect(statutoryHolidays(2200)).toBeUndefined();
  });

  it('makes every statutory holiday 2007-2026 a rest day of the official data (data/holiday-cn, read raw)', () => {
    const notOff: string[] = [];
    let count = 0;
    for (let year = 2007; year <= 2026; year++) {
      for (const { days } of statutoryHolidays(year)!) {
        for (const day of days) {
          count++;
          if (listed.get(formatCivilDate(day)) !== true) notOff.push(formatCivilDate(day));
        }
      }
    }
    expect(notOff).toEqual([]);
    // 10 (2007) + 11 x 17 (2008-2024) + 1 (2015-09-03) + 13 x 2 (2025-2026).
    expect(count).toBe(224);
  });
});

describe('day(date).festival: what a day of a break is', () => {
  it('tells the statutory days of the 2025 Spring Festival from the weekend and the swapped days', () => {
    expect(roles('2025-01-26', '2025-02-08')).toEqual([
      'makeup-workday', // 01-26, Sunday
      '-',
      'statutory', // 除夕
      'statutory',
      'statutory',
      'statutory', // 初三
      'weekend',
      'weekend',
      'in-lieu', // 02-03 and 02-04: swapped with 01-26 and 02-08
      'in-lieu',
      '-',
      '-',
      '-',
      'makeup-workday', // 02-08, Saturday
    ]);
    expect(cn.day('2025-01-28').festival).toEqual({
      role: 'statutory',
      name: { zh: '春节', en: 'Spring Festival' },
      statutoryDays: 4,
    });
    expect(cn.day('2024-02-10').festival?.statutoryDays).toBe(3);
  });

  it('gives a weekday off for statutory holidays on a weekend (补休) right after them', () => {
    // 2024: 初一 and 初二 fell on Saturday and Sunday: 02-13 and 02-14 stand for them.
    expect(roles('2024-02-10', '2024-02-17')).toEqual([
      'statutory',
      'statutory',
      'statutory',
      'substitute',
      'substitute',
      'in-lieu',
      'in-lieu',
      'weekend',
    ]);
    // 2015: Mid-Autumn fell on Sunday 09-27, with no day off after it: National Day gave it, 10-06.
    expect(cn.day('2015-10-06').festival).toMatchObject({ role: 'substitute', name: { zh: '国庆节' } });
    expect(cn.day('2015-10-07').festival?.role).toBe('in-lieu');
  });

  it('names each statutory day of a joined break after its own festival, the other days after the principal one', () => {
    expect(cn.day('2025-10-06').festival).toEqual({
      role: 'statutory',
      name: { zh: '中秋节', en: 'Mid-Autumn Festival' },
      statutoryDays: 1,
    });
    expect(cn.day('2025-10-08').festival).toEqual({
      role: 'in-lieu',
      name: { zh: '国庆节', en: 'National Day' },
      statutoryDays: 3,
    });
    // Two statutory holidays on one day (National Day and Mid-Autumn, 2020-10-01) owe a second day.
    expect(cn.day('2020-10-01').festival?.name.zh).toBe('国庆节');
    expect(roles('2020-10-01', '2020-10-08')).toEqual([
      'statutory',
      'statutory',
      'statutory',
      'weekend',
      'substitute',
      'substitute',
      'in-lieu',
      'in-lieu',
    ]);
  });

  it('knows the one-off 2015 holiday and the extra days of the 2020 extension', () => {
    expect(cn.day('2015-09-03').festival).toMatchObject({ role: 'statutory', statutoryDays: 1 });
    expect(cn.day('2015-09-04').festival?.role).toBe('in-lieu');
    expect(roles('2020-01-24', '2020-02-02')).toEqual([
      'in-lieu', // 除夕, swapped with 01-19
      'statutory',
      'statutory',
      'statutory',
      'substitute',
      'substitute',
      'extra', // 01-30: its make-up day 02-01 became a rest day too
      'extra', // 01-31: the extension
      'weekend',
      'weekend',
    ]);
  });

  it('says nothing of ordinary days, company days, estimates and, without make-up days, of those', () => {
    expect(cn.day('2025-10-15').festival).toBeUndefined();
    expect(cn.day('2025-10-18').festival).toBeUndefined();
    expect(cn.with({ daysOff: ['2025-10-01'] }).day('2025-10-01').festival).toBeUndefined();
    expect(chinaCalendar({ beyondCoverage: 'weekends' }).day('2027-02-08').festival).toBeUndefined();
    const restOnly = chinaCalendar({ makeUpWorkingDays: false });
    expect(restOnly.day('2025-10-11').festival).toBeUndefined();
    expect(restOnly.day('2025-10-08').festival?.role).toBe('in-lieu');
  });

  it('classifies a notice loaded at run time the same way', () => {
    // An invented 2027 notice: the Spring Festival (初一 02-06, a Saturday) from 除夕 to 初八.
    const days = [
      ...[
        '2027-02-05',
        '2027-02-06',
        '2027-02-07',
        '2027-02-08',
        '2027-02-09',
        '2027-02-10',
        '2027-02-11',
      ].map((date) => ({ name: '春节', date, isOffDay: true })),
      { name: '春节', date: '2027-02-20', isOffDay: false },
    ];
    const next = chinaCalendar({ extraYears: [{ year: 2027, papers: [], days }] });
    expect(next.daysIn('2027-02-05', '2027-02-11').map((d) => d.festival?.role)).toEqual([
      'statutory',
      'statutory',
      'statutory',
      'statutory',
      'substitute',
      'substitute',
      'in-lieu',
    ]);
    expect(next.day('2027-02-20').festival?.role).toBe('makeup-workday');
  });

  it('in the shipped data, swaps exactly as many weekdays as there are make-up working days', () => {
    const counts = Object.fromEntries(FESTIVAL_ROLES.map((r) => [r, 0])) as Record<FestivalRole, number>;
    for (let day = dayFromCivil(2007, 1, 1); day <= dayFromCivil(2026, 12, 31); day++) {
      const role = cn.day(formatCivilDate(day)).festival?.role;
      if (role !== undefined) counts[role]++;
    }
    const weekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
    const makeUp = rawFiles.flatMap((f) => f.days).filter((d) => !d.isOffDay && weekend(d.date));
    // 2006-12-30 and 12-31, make-up days of the 2007 notice, are before coverage; their swaps are not.
    expect(counts['makeup-workday']).toBe(makeUp.length - 2);
    expect(counts['in-lieu']).toBe(makeUp.length);
    expect(counts.statutory).toBe(222); // 224 holidays on 222 days (2009-10-03 and 2020-10-01 hold two)
    expect(counts.extra).toBe(2);
  });
});
