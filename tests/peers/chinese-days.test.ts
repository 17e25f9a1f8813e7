/**
 * chinese-days' test/ folder, ported: every holiday case asked of chinaCalendar(). Then, beyond its
 * suite, chinese-days itself (a dev dependency) asked about every day 2007-2026, with the days where
 * the two differ listed and explained.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaCalendar, type DayInfo, InvalidDateError } from '../../src/index.js';
import { CHINESE_DAYS_CASES, type ChineseDaysAnswer, type ChineseDaysCase } from './chinese-days.cases.js';
import { peerSuite } from './support/peer-suite.js';

const cn = chinaCalendar();
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** chinese-days' labels of the festivals, by the library's Chinese name. */
const LABELS: Record<string, string> = {
  元旦: "New Year's Day,元旦",
  春节: 'Spring Festival,春节',
  清明节: 'Tomb-sweeping Day,清明',
  劳动节: 'Labour Day,劳动节',
  端午节: 'Dragon Boat Festival,端午',
  中秋节: 'Mid-autumn Festival,中秋',
  国庆节: 'National Day,国庆节',
  抗日战争暨世界反法西斯战争胜利70周年纪念日:
    'Anti-Fascist 70th Day,中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日',
};

/** getDayDetail's name: the festival as chinese-days labels it, with its statutory days; else the weekday. */
function detailName(day: DayInfo): string {
  if (day.festival === undefined) return WEEKDAY_NAMES[day.weekday - 1]!;
  return `${LABELS[day.festival.name.zh] ?? day.festival.name.zh},${day.festival.statutoryDays}`;
}

const dates = (days: DayInfo[]) => days.map((d) => d.date);

function answer(c: ChineseDaysCase): ChineseDaysAnswer {
  const call = c.call!;
  switch (call.fn) {
    case 'isHoliday':
      return !cn.isWorkingDay(call.date as string);
    case 'isWorkday':
      return cn.isWorkingDay(call.date as string);
    case 'isInLieu':
      return cn.day(call.date as string).festival?.role === 'in-lieu';
    case 'getDayDetail': {
      const day = cn.day(call.date as string);
      return { date: day.date, work: day.working, name: detailName(day) };
    }
    case 'getHolidaysInRange': {
      // Without weekends: the days the notices list as rest days.
      const kinds = call.includeWeekends ? 'rest-days' : (['holiday'] as const);
      return dates(cn.daysIn(call.start as string, call.end as string, { kinds }));
    }
    case 'getWorkdaysInRange': {
      // Without weekends: Monday-Friday working days, the make-up weekend days left out.
      const kinds = call.includeWeekends ? 'working-days' : (['workday'] as const);
      return dates(cn.daysIn(call.start as string, call.end as string, { kinds }));
    }
    case 'findWorkday':
      // chinese-days' 0 is "today or the next working day"; addWorkingDays(d, 0) is d.
      if (call.delta === 0) return cn.isWorkingDay(call.date) ? call.date : cn.nextWorkingDay(call.date);
      return cn.addWorkingDays(call.date, call.delta);
  }
}

peerSuite('chinese-days', 'chinese-days test/ (vsme/chinese-days)', CHINESE_DAYS_CASES, (c) => {
  const expected = c.here ?? c.expected;
  if (typeof expected === 'object' && expected !== null && 'throws' in expected) {
    expect(() => answer(c)).toThrow(InvalidDateError);
    return;
  }
  expect(answer(c)).toEqual(expected);
});

describe('chinese-days asked about every day 2007-2026 (beyond its test suite)', () => {
  const days = cn.daysIn('2007-01-01', '2026-12-31');
  // chinese-days reads a date string as UTC midnight and then the host's local calendar fields, so
  // its answers depend on the host's zone (west of UTC it answers for the day before). Ask it in the
  // zone it is written for; contract-terms' answers do not depend on the host's zone (CI checks).
  // It also builds its tables when it is loaded: load it once the zone is set.
  const hostZone = process.env.TZ;
  let chineseDays: typeof import('chinese-days').default;
  beforeAll(async () => {
    process.env.TZ = 'Asia/Shanghai';
    chineseDays = (await import('chinese-days')).default;
  });
  afterAll(() => {
    if (hostZone === undefined) delete process.env.TZ;
    else process.env.TZ = hostZone;
  });

  it('agrees on every working day and rest day', () => {
    expect(days.filter((d) => chineseDays.isWorkday(d.date) !== d.working).map((d) => d.date)).toEqual([]);
  });

  it('agrees on the days in lieu (调休), except where chinese-days reads a break differently', () => {
    const differ = days.filter((d) => chineseDays.isInLieu(d.date) !== (d.festival?.role === 'in-lieu'));
    expect(differ.map((d) => `${d.date} ${d.festival?.role}`)).toEqual([
      // 除夕, a weekday off but not statutory 2014-2024, is the day swapped with a make-up working day;
      // chinese-days takes the days after the holidays as swapped and leaves 除夕 out (docs/semantics.md).
      '2015-02-18 in-lieu',
      '2015-02-23 substitute',
      '2017-01-27 in-lieu',
      '2017-02-01 substitute',
      '2018-02-15 in-lieu',
      '2018-02-19 substitute',
      '2018-02-20 substitute', // chinese-days marks three days in lieu of two make-up working days
      '2020-01-24 in-lieu',
      '2020-01-29 substitute',
      '2021-02-11 in-lieu',
      '2021-02-16 substitute',
      // 2022: 初一 was 02-01, so 初三 (02-03) is statutory and 除夕 (01-31) the swapped day.
      '2022-01-31 in-lieu',
      '2022-02-03 statutory',
    ]);
  });

  it('agrees on the festival and its statutory days of every day it names, except where the notices do not list the day', () => {
    const differ = days.filter((d) => {
      const name = chineseDays.getDayDetail(d.date).name;
      return name.includes(',') && name !== detailName(d);
    });
    expect(
      differ.map((d) => `${d.date} ${chineseDays.getDayDetail(d.date).name} / ${detailName(d)}`),
    ).toEqual([
      // National Day and the Mid-Autumn Festival on one day: named after the principal festival here.
      '2009-10-03 Mid-autumn Festival,中秋,1 / National Day,国庆节,3',
      // Weekends adjoining a one-day holiday, which the notices (and data/holiday-cn) do not list.
      '2014-04-06 Tomb-sweeping Day,清明,1 / Sunday',
      '2019-04-06 Tomb-sweeping Day,清明,1 / Saturday',
      '2019-04-07 Tomb-sweeping Day,清明,1 / Sunday',
      '2019-06-08 Dragon Boat Festival,端午,1 / Saturday',
      '2019-06-09 Dragon Boat Festival,端午,1 / Sunday',
      '2019-09-14 Mid-autumn Festival,中秋,1 / Saturday',
      '2019-09-15 Mid-autumn Festival,中秋,1 / Sunday',
    ]);
  });
});
