/**
 * Reading State Council notices: the clean 2017 and 2026 notices give exactly the official data,
 * every case of holiday-cn's own parser tests gives exactly its days, the amending notices (2015,
 * 2019, 2020) give the official amended years, and notices whose statements disagree are refused
 * with issues that quote the sentence (or repaired, with a warning, when one reading is left).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../tests/support/long-tests.js';
import { HolidayNoticeError } from '../errors/errors.js';
import { chinaCalendar } from './china.js';
import { parseHolidayNotice, safeParseHolidayNotice } from './notice.js';

const root = join(import.meta.dirname, '..', '..');
const fixture = (name: string) => readFileSync(join(root, 'tests', 'fixtures', 'notices', name), 'utf8');
const official = (year: number) =>
  JSON.parse(readFileSync(join(root, 'data', 'holiday-cn', `${year}.json`), 'utf8')) as {
    year: number;
    papers: string[];
    days: Array<{ name: string; date: string; isOffDay: boolean }>;
  };

const codes = (text: string, options = {}) => {
  const result = safeParseHolidayNotice(text, options);
  return result.ok ? [] : result.issues.filter((i) => i.severity === 'error').map((i) => i.code);
};

describe('parseHolidayNotice: the clean annual notices', () => {
  it.each([2017, 2026])('the %i notice gives exactly the official days, names and order', (year) => {
    const notice = parseHolidayNotice(fixture(`${year}.txt`));
    expect(notice.year).toBe(year);
    expect(notice.kind).toBe('annual');
    expect(notice.warnings).toEqual([]);
    expect(notice.toJSON()).toEqual({ year, papers: [], days: official(year).days });
  });

  it('says what it read, festival by festival', () => {
    const notice = parseHolidayNotice(fixture('2026.txt'));
    expect(notice.title).toBe('国务院办公厅关于2026年部分节假日安排的通知');
    expect(notice.festivals.map((f) => [f.name, f.restDays.length, f.workingDays])).toEqual([
      ['元旦', 3, ['2026-01-04']],
      ['春节', 9, ['2026-02-14', '2026-02-28']],
      ['清明节', 3, []],
      ['劳动节', 5, ['2026-05-09']],
      ['端午节', 3, []],
      ['中秋节', 3, []],
      ['国庆节', 7, ['2026-09-20', '2026-10-10']],
    ]);
    expect(notice.days.length).toBe(39);
  });

  it('read through chinaCalendar({ notices }), answers as the shipped data for every day of the year', () => {
    for (const year of [2017, 2026]) {
      const fromNotice = chinaCalendar({ notices: [fixture(`${year}.txt`)] });
      const shipped = chinaCalendar();
      expect(fromNotice.dataVersion).toContain(`loaded at run time: ${year} (notices[0])`);
      let compared = 0;
      for (let d = Date.UTC(year, 0, 1); d <= Date.UTC(year, 11, 31); d += 86_400_000) {
        const date = new Date(d).toISOString().slice(0, 10);
        expect(fromNotice.day(date), date).toEqual(shipped.day(date));
        compared++;
      }
      expect(compared).toBe(365);
      expect(fromNotice.workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`)).toBe(
        shipped.workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`),
      );
    }
  });

  it('loads next year: a notice for the first uncovered year extends coverage', () => {
    // The 2026 notice moved forward a year, as if it were the 2027 notice: the dates and weekdays
    // of 2026 do not hold in 2027, so the reader refuses it rather than shifting days.
    const moved = fixture('2026.txt').replaceAll('2026年', '2027年');
    const result = safeParseHolidayNotice(moved);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toContain('notice_weekday');
  });
});

describe("parseHolidayNotice: holiday-cn's parser test suite", () => {
  const cases = JSON.parse(
    readFileSync(
      join(root, 'tests', 'fixtures', 'holiday-cn-tests', 'description_parsing_cases.json'),
      'utf8',
    ),
  ) as Array<{ year: number; description: string; expected: Array<{ date: string; isOffDay: boolean }> }>;

  it('has all 49 cases', () => {
    expect(cases.length).toBe(49);
  });

  it.each(cases.map((c, i) => [i, c] as const))('case %i gives exactly its days', (_, c) => {
    // Each rule sentence as the item of a notice of its year, under the festival the official data
    // names for its first day (the sentences themselves do not name it).
    const name = official(c.year).days.find((d) => d.date === c.expected[0]!.date)!.name;
    const text = `国务院办公厅关于${c.year}年部分节假日安排的通知\n一、${name}:${c.description}`;
    const notice = parseHolidayNotice(text);
    const got = notice.days.map((d) => `${d.date} ${d.isOffDay}`);
    const expected = c.expected.map((d) => `${d.date} ${d.isOffDay}`).sort();
    expect(got).toEqual(expected);
  });
});

describe('parseHolidayNotice: amending notices', () => {
  it('the 2019 May Day adjustment replaces the festival in the 2019 notice', () => {
    const calendar = chinaCalendar({ notices: [fixture('2019.txt'), fixture('2019-labour-day.txt')] });
    const shipped = chinaCalendar();
    for (let d = Date.UTC(2018, 11, 1); d <= Date.UTC(2019, 11, 31); d += 86_400_000) {
      const date = new Date(d).toISOString().slice(0, 10);
      expect(calendar.day(date), date).toEqual(shipped.day(date));
    }
    const alone = parseHolidayNotice(fixture('2019-labour-day.txt'));
    expect(alone.kind).toBe('amendment');
    expect(alone.days.map((d) => `${d.date} ${d.name} ${d.isOffDay}`)).toEqual([
      '2019-04-28 劳动节 false',
      '2019-05-01 劳动节 true',
      '2019-05-02 劳动节 true',
      '2019-05-03 劳动节 true',
      '2019-05-04 劳动节 true',
      '2019-05-05 劳动节 false',
    ]);
    // Against the 2019 notice alone, the May Day of the notice (5-1) is replaced, not kept beside it.
    const annual = parseHolidayNotice(fixture('2019.txt')).toJSON();
    expect(annual.days.filter((d) => d.name === '劳动节').map((d) => d.date)).toEqual(['2019-05-01']);
    const amended = parseHolidayNotice(fixture('2019-labour-day.txt'), { amends: annual }).toJSON();
    expect(amended.days).toEqual(official(2019).days);
  });

  it('the 2020 extension extends the Spring Festival of the 2020 notice, make-up Saturday included', () => {
    const before = chinaCalendar({ notices: [fixture('2020.txt')] });
    expect(before.isWorkingDay('2020-02-01')).toBe(true);
    const calendar = chinaCalendar({ notices: [fixture('2020.txt'), fixture('2020-extension.txt')] });
    expect(calendar.isWorkingDay('2020-02-01')).toBe(false);
    const annual = parseHolidayNotice(fixture('2020.txt')).toJSON();
    const extended = parseHolidayNotice(fixture('2020-extension.txt'), { amends: annual });
    expect(extended.days.map((d) => `${d.date} ${d.isOffDay}`)).toEqual([
      '2020-01-31 true',
      '2020-02-01 true',
      '2020-02-02 true',
      '2020-02-03 false',
    ]);
    expect(extended.toJSON().days).toEqual(official(2020).days);
    // Against the shipped 2020 data, which already holds the extension, nothing changes.
    expect(parseHolidayNotice(fixture('2020-extension.txt')).toJSON().days).toEqual(official(2020).days);
  });

  it('the 2015 victory-day notice adds its days to the 2015 schedule', () => {
    const withoutVictory = {
      ...official(2015),
      days: official(2015).days.filter((d) => !d.name.includes('纪念日')),
    };
    const notice = parseHolidayNotice(fixture('2015-victory-day.txt'), { amends: withoutVictory });
    expect(notice.kind).toBe('amendment');
    expect(notice.toJSON().days).toEqual(official(2015).days);
  });

  it('an amendment of a year nothing has loaded is refused, naming how to load it', () => {
    const amendment = fixture('2019-labour-day.txt').replaceAll('2019年', '2031年');
    expect(codes(amendment)).toContain('notice_amends_unknown');
  });
});

describe('parseHolidayNotice: statements that disagree', () => {
  const n2026 = fixture('2026.txt');

  it('refuses a weekday that does not match, quoting the sentence', () => {
    const result = safeParseHolidayNotice(n2026.replace('1月4日（周日）上班', '1月4日（周六）上班'));
    expect(result.ok).toBe(false);
    const issue = result.ok ? undefined : result.issues[0]!;
    expect(issue?.code).toBe('notice_weekday');
    expect(issue?.message).toBe('2026-01-04 is a Sun, but the notice says 周六: «1月4日(周六)上班»');
    expect(issue?.messageZh).toContain('2026-01-04 是周日,但通知写作周六');
  });

  it('refuses 共N天 that does not match the range', () => {
    expect(codes(n2026.replace('放假调休，共9天', '放假调休，共8天'))).toEqual(['notice_count']);
  });

  it('refuses a lunar annotation that does not match', () => {
    expect(codes(n2026.replace('农历腊月二十八', '农历腊月二十七'))).toEqual(['notice_lunar']);
  });

  it('refuses a make-up working day on a weekday, and a day both rest and working', () => {
    expect(codes(fixture('2017.txt').replace('9月30日（星期六）上班', '9月29日（星期五）上班'))).toEqual([
      'notice_makeup_weekday',
    ]);
    expect(codes(fixture('2017.txt').replace('9月30日（星期六）上班', '10月7日（星期六）上班'))).toEqual([
      'notice_rest_and_work',
    ]);
  });

  it('refuses a festival whose rest days miss the festival itself', () => {
    // 2017's May Day moved to 5月8日 (a Monday next to a weekend, so 与周末连休 still holds).
    expect(codes(fixture('2017.txt').replace('5月1日放假，与周末连休', '5月8日放假，与周末连休'))).toEqual([
      'notice_festival_day',
    ]);
  });

  it('refuses 与周末连休 that does not adjoin a weekend, and 补休 on a weekend', () => {
    expect(codes(fixture('2017.txt').replace('5月1日放假，与周末连休', '5月3日放假，与周末连休'))).toContain(
      'notice_not_adjoining',
    );
    expect(codes(fixture('2017.txt').replace('1月2日（星期一）补休', '1月7日（星期六）补休'))).toContain(
      'notice_compensatory_weekend',
    );
  });

  it('repairs "0月1日至8日" only because exactly one month fits, with a warning saying so', () => {
    const text = fixture('2017.txt').replace('10月1日至8日', '0月1日至8日');
    const notice = parseHolidayNotice(text);
    expect(notice.toJSON().days).toEqual(official(2017).days);
    expect(notice.warnings.map((w) => w.code)).toEqual(['notice_repaired']);
    expect(notice.warnings[0]!.message).toContain('"0月1日" is not a date; read as "10月1日"');
  });

  it('refuses an impossible date when several readings fit', () => {
    // 2月30日 in the Spring Festival's make-up days: several days of February are Saturdays or Sundays.
    const text = n2026.replace('2月28日（周六）上班', '2月30日上班');
    expect(codes(text)).toEqual(['notice_bad_date']);
  });

  it('refuses a copy with an item missing, or a festival of the preamble without its item', () => {
    const without = n2026.replace(/五、端午节：[^\n]*\n/, '');
    expect(codes(without)).toEqual(['notice_item_missing', 'notice_festival_missing']);
  });

  it('checks the title year against the year asked for', () => {
    expect(codes(n2026, { year: 2027 })).toEqual(['notice_year_mismatch']);
    expect(parseHolidayNotice(n2026, { year: 2026 }).year).toBe(2026);
  });

  it('reads a copy without its title from its dates, weekdays and festivals, when only one year fits', () => {
    const untitled = n2026.replace('国务院办公厅关于2026年部分节假日安排的通知', '');
    const notice = parseHolidayNotice(untitled);
    expect(notice.year).toBe(2026);
    expect(notice.warnings.map((w) => w.code)).toEqual(['notice_year_inferred']);
    expect(notice.toJSON().days).toEqual(official(2026).days);
  });

  it('ignores sentences about days that are not official, with a warning', () => {
    const text = n2026.replace(
      '2月28日（周六）上班。',
      '2月28日（周六）上班。鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月16日）休息。',
    );
    const notice = parseHolidayNotice(text);
    expect(notice.toJSON().days).toEqual(official(2026).days);
    expect(notice.warnings.map((w) => w.code)).toEqual(['notice_advisory']);
  });

  it("ignores dates in the preamble that are not holidays (the 2025 notice's rule change)", () => {
    const text = n2026.replace(
      '经国务院批准，现将',
      '《国务院关于修改〈全国年节及纪念日放假办法〉的决定》已经公布，自2025年1月1日起施行。经国务院批准，现将',
    );
    expect(parseHolidayNotice(text).toJSON().days).toEqual(official(2026).days);
  });

  it('throws HolidayNoticeError listing every issue', () => {
    let caught: unknown;
    try {
      parseHolidayNotice(n2026.replace('共9天', '共8天').replace('共5天', '共4天'));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(HolidayNoticeError);
    const error = caught as HolidayNoticeError;
    expect(error.issues.map((i) => i.code)).toEqual(['notice_count', 'notice_count']);
    expect(error.message).toMatch(
      /^the notice cannot be used: 2 problem\(s\); the first: the notice says 8 day/,
    );
    expect(error.localizedMessage('zh')).toMatch(/^该通知无法使用:共 2 个问题/);
  });

  it('chinaCalendar({ notices }) places the issues of a notice at its index', () => {
    let caught: unknown;
    try {
      chinaCalendar({ notices: [n2026, n2026.replace('共9天', '共8天')] });
    } catch (error) {
      caught = error;
    }
    expect((caught as HolidayNoticeError).issues[0]!.path).toEqual(['notices', 1]);
    expect((caught as HolidayNoticeError).message).toContain('notices[1]: the notice says 8 day(s)');
  });
});

describe('safeParseHolidayNotice never throws', () => {
  it('answers any input with a notice or issues', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.anything()), (input) => {
        const result = safeParseHolidayNotice(input as string);
        expect(result.ok ? result.notice.days.length >= 0 : result.issues.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('answers pieces of a real notice with a notice or issues, never an exception', () => {
    const text = fixture('2026.txt');
    fc.assert(
      fc.property(fc.nat(text.length), fc.nat(text.length), (a, b) => {
        const result = safeParseHolidayNotice(text.slice(Math.min(a, b), Math.max(a, b)));
        if (!result.ok) expect(result.issues.some((i) => i.severity === 'error')).toBe(true);
      }),
      { numRuns: runs(200) },
    );
  });
});
