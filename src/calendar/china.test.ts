import { describe, expect, it } from 'vitest';
import oracle from '../../tests/fixtures/cn-calendar.json' with { type: 'json' };
import {
  CalendarCoverageError,
  CalendarDataError,
  InvalidArgumentError,
  InvalidDateError,
} from '../errors/errors.js';
import type { WorkingDayCalendar } from './calendar.js';
import { chinaCalendar } from './china.js';

const cn = chinaCalendar();
const estimate = chinaCalendar({ beyondCoverage: 'weekends' });

function coverageYear(run: () => unknown): number | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof CalendarCoverageError) return error.year;
    throw error;
  }
  return undefined;
}

describe('chinaCalendar: the curated oracle (tests/fixtures/cn-calendar.json)', () => {
  for (const c of oracle.isWorkingDay) {
    it(`isWorkingDay(${c.date}) ${c.note}`, () => {
      if (c.working === null) {
        expect(coverageYear(() => cn.isWorkingDay(c.date))).toBe(2027);
        const answer = estimate.explain.isWorkingDay(c.date);
        expect(answer.estimated).toBe(true);
      } else {
        expect(cn.isWorkingDay(c.date)).toBe(c.working);
        expect(cn.day(c.date).weekday).toBe(
          ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(c.weekday) + 1,
        );
      }
    });
  }
  for (const c of oracle.nextWorkingDayAfter) {
    it(`nextWorkingDay(${c.after})`, () => {
      if (c.expected === null) {
        expect(coverageYear(() => cn.nextWorkingDay(c.after))).toBe(2027);
        const answer = estimate.explain.nextWorkingDay(c.after);
        expect(answer.estimated).toBe(true);
      } else {
        expect(cn.nextWorkingDay(c.after)).toBe(c.expected);
        expect(estimate.explain.nextWorkingDay(c.after).estimated).toBe(false);
      }
    });
  }
  for (const c of oracle.addWorkingDays) {
    it(`addWorkingDays(${c.start}, ${c.n}) = ${c.expected}, not the Monday-Friday ${c.naiveMonFri}`, () => {
      expect(cn.addWorkingDays(c.start, c.n)).toBe(c.expected);
      // Going back n working days from the answer lands on the last working day on or before the start.
      const lastOnOrBefore = cn.isWorkingDay(c.start) ? c.start : cn.previousWorkingDay(c.start);
      expect(cn.addWorkingDays(c.expected, -c.n)).toBe(lastOnOrBefore);
      expect(cn.workingDaysBetween(c.start, c.expected)).toBe(c.n);
    });
  }
  for (const c of oracle.tenthWorkingDayAfterMonthEnd) {
    it(`the 10th working day after ${c.monthEnd}`, () => {
      if (c.expected === null) {
        expect(coverageYear(() => cn.addWorkingDays(c.monthEnd, 10))).toBe(2027);
        const answer = estimate.explain.addWorkingDays(c.monthEnd, 10);
        expect(answer).toMatchObject({ value: c.naiveMonFri, estimated: true });
      } else {
        expect(cn.addWorkingDays(c.monthEnd, 10)).toBe(c.expected);
      }
    });
  }
});

describe('chinaCalendar: counting', () => {
  it('n = 0 returns the date itself, even a rest day', () => {
    expect(cn.addWorkingDays('2025-10-01', 0)).toBe('2025-10-01');
  });

  it('counts backwards for negative n, skipping the start day', () => {
    expect(cn.addWorkingDays('2025-10-09', -1)).toBe('2025-09-30');
    expect(cn.addWorkingDays('2025-10-11', -1)).toBe('2025-10-10');
    expect(cn.previousWorkingDay('2025-10-09')).toBe('2025-09-30');
  });

  it('workingDaysBetween counts (from, to] and is negative when to < from', () => {
    expect(cn.workingDaysBetween('2025-09-30', '2025-10-11')).toBe(3);
    expect(cn.workingDaysBetween('2025-10-11', '2025-09-30')).toBe(-3);
    expect(cn.workingDaysBetween('2025-10-01', '2025-10-01')).toBe(0);
    expect(cn.workingDaysBetween('2025-01-01', '2025-12-31')).toBe(248); // counted independently from the raw files
  });

  it('survives the longest rest run (11 days, 2020-01-23..2020-02-03)', () => {
    expect(cn.nextWorkingDay('2020-01-23')).toBe('2020-02-03');
    expect(cn.workingDaysBetween('2020-01-23', '2020-02-02')).toBe(0);
  });

  it('rejects a count that is not a whole number', () => {
    expect(() => cn.addWorkingDays('2025-01-01', 1.5)).toThrow(InvalidArgumentError);
    expect(() => cn.addWorkingDays('2025-01-01', Number.NaN)).toThrow(/whole number/);
  });
});

describe('chinaCalendar: coverage', () => {
  it('refuses an option it does not know, instead of answering as if it were not given', () => {
    // A misspelled beyondCoverage used to leave the calendar strict, and a misspelled extraYears
    // loaded nothing, without a word.
    expect(() => chinaCalendar({ beyondcoverage: 'weekends' } as never)).toThrow(
      'options must be an object with only the fields beyondCoverage, extraYears, notices and makeUpWorkingDays, got "beyondcoverage"',
    );
    expect(() => chinaCalendar({ extraYear: [] } as never)).toThrow(InvalidArgumentError);
    expect(
      chinaCalendar({ beyondCoverage: 'error', extraYears: [], notices: [], makeUpWorkingDays: true }).id,
    ).toBe('CN');
  });

  it('names the year outside coverage', () => {
    expect(coverageYear(() => cn.isWorkingDay('2027-03-01'))).toBe(2027);
    expect(coverageYear(() => cn.isWorkingDay('2006-12-31'))).toBe(2006);
    expect(coverageYear(() => cn.isWorkingDay('1999-05-01'))).toBe(1999);
    expect(coverageYear(() => cn.addWorkingDays('2026-12-30', 3))).toBe(2027);
    expect(coverageYear(() => cn.addWorkingDays('2007-01-05', -5))).toBe(2006);
    expect(coverageYear(() => cn.workingDaysBetween('2026-06-01', '2028-01-01'))).toBe(2027);
    expect(() => cn.isWorkingDay('2027-01-04')).toThrow(
      'no official working-day schedule for 2027 is loaded',
    );
  });

  it('answers exactly up to the edges', () => {
    expect(cn.isWorkingDay('2026-12-31')).toBe(true);
    expect(cn.isWorkingDay('2007-01-01')).toBe(false);
    // The answer needs only days after the start, so the day before coverage is a valid start.
    expect(cn.addWorkingDays('2006-12-31', 1)).toBe('2007-01-04');
    expect(cn.workingDaysBetween('2006-12-31', '2007-01-04')).toBe(1);
    expect(cn.addWorkingDays('2027-01-01', -1)).toBe('2026-12-31');
  });

  it('estimates beyond coverage only when asked, and says so', () => {
    const answer = estimate.explain.addWorkingDays('2026-12-31', 1);
    expect(answer).toMatchObject({ value: '2027-01-01', estimated: true });
    expect(answer.text()).toContain('estimate');
    expect(estimate.day('2027-01-02')).toMatchObject({ working: false, kind: 'weekend', estimated: true });
    expect(estimate.explain.addWorkingDays('2025-09-30', 3)).toMatchObject({
      value: '2025-10-11',
      estimated: false,
    });
    expect(estimate.workingDaysBetween('2026-12-31', '2027-12-31')).toBe(261);
    expect(estimate.estimatesBeyondCoverage).toBe(true);
    expect(cn.estimatesBeyondCoverage).toBe(false);
  });

  it('marks answers that rely on the last days of the newest year as provisional', () => {
    expect(cn.explain.isWorkingDay('2026-12-28').provisional).toBe(true);
    expect(cn.explain.isWorkingDay('2026-12-18').provisional).toBe(false);
    expect(cn.explain.workingDaysBetween('2026-12-01', '2026-12-31').provisional).toBe(true);
  });

  it('stops at the table limit even with estimates', () => {
    expect(() => estimate.isWorkingDay('2300-01-01')).toThrow(CalendarCoverageError);
    expect(() => estimate.isWorkingDay('2300-01-01')).toThrow(/2199-12-31/);
  });
});

describe('chinaCalendar: loading a year at run time', () => {
  const notice2027 = {
    year: 2027,
    papers: ['https://www.gov.cn/example-2027'],
    days: [
      { name: '元旦', date: '2027-01-01', isOffDay: true },
      { name: '春节', date: '2027-02-06', isOffDay: false },
      { name: '春节', date: '2027-02-07', isOffDay: true },
    ],
  };

  it('extends coverage and answers from the new notice', () => {
    const calendar = chinaCalendar({ extraYears: [notice2027] });
    expect(calendar.coverage).toEqual({ start: '2007-01-01', end: '2027-12-31' });
    expect(calendar.nextWorkingDay('2026-12-31')).toBe('2027-01-04');
    expect(calendar.isWorkingDay('2027-02-06')).toBe(true);
    expect(calendar.day('2027-02-06')).toMatchObject({
      kind: 'makeup-workday',
      name: { zh: '春节', en: 'Spring Festival' },
    });
    expect(calendar.dataVersion).toContain('2027 (extraYears[0])');
    expect(calendar.explain.isWorkingDay('2026-12-28').provisional).toBe(false);
    expect(calendar.explain.isWorkingDay('2027-12-28').provisional).toBe(true);
  });

  it('accepts JSON text and ignores a file that is not announced yet', () => {
    const empty = { year: 2028, papers: [], days: [] };
    const calendar = chinaCalendar({ extraYears: [JSON.stringify(notice2027), empty] });
    expect(calendar.coverage.end).toBe('2027-12-31');
  });

  it('lets an amended notice replace a shipped year', () => {
    const amended = { year: 2026, papers: [], days: [{ name: '测试', date: '2026-03-02', isOffDay: true }] };
    const calendar = chinaCalendar({ extraYears: [amended] });
    expect(calendar.isWorkingDay('2026-03-02')).toBe(false);
    expect(calendar.isWorkingDay('2026-02-16')).toBe(true); // the shipped 2026 Spring Festival is gone
  });

  it('refuses malformed or contradictory files with the place of the problem', () => {
    const bad = (file: unknown) => () => chinaCalendar({ extraYears: [file as never] });
    expect(bad({ ...notice2027, days: [{ name: 'x', date: '2027-02-30', isOffDay: true }] })).toThrow(
      /extraYears\[0\].*days\.0\.date/,
    );
    expect(bad({ ...notice2027, days: [{ name: 'x', date: '2025-05-01', isOffDay: true }] })).toThrow(
      /outside the 2027 notice/,
    );
    expect(bad({ ...notice2027, days: [notice2027.days[0], notice2027.days[0]] })).toThrow(
      /lists 2027-01-01 again/,
    );
    expect(
      bad({ year: 2029, papers: [], days: [{ name: 'x', date: '2029-01-01', isOffDay: true }] }),
    ).toThrow(/2027 notice is missing/);
    expect(bad({ ...notice2027, extra: 1 })).toThrow(CalendarDataError);
    expect(bad('{not json')).toThrow(/not JSON/);
    const crossYear = {
      year: 2027,
      papers: [],
      days: [{ name: '元旦', date: '2026-12-31', isOffDay: true }],
    };
    // 2026-12-31 is not listed by the 2026 notice, so the 2027 notice may move it.
    expect(chinaCalendar({ extraYears: [crossYear] }).isWorkingDay('2026-12-31')).toBe(false);
  });
});

describe('chinaCalendar: company overrides and rest-days-only', () => {
  it('layers company days over the official schedule without changing the original', () => {
    const company = cn.with({
      daysOff: ['2025-12-24', { date: '2025-12-31', name: 'Year-end' }],
      workingDays: ['2025-12-27'],
    });
    expect(company.isWorkingDay('2025-12-24')).toBe(false);
    expect(company.day('2025-12-31')).toMatchObject({ kind: 'company-day-off', name: { en: 'Year-end' } });
    expect(company.day('2025-12-27')).toMatchObject({ kind: 'company-workday', working: true });
    expect(cn.isWorkingDay('2025-12-24')).toBe(true);
    expect(company.workingDaysBetween('2025-12-21', '2025-12-31')).toBe(
      cn.workingDaysBetween('2025-12-21', '2025-12-31') - 1,
    );
    expect(company.id).toBe('CN+overrides');
  });

  it('refuses a date that is both a day off and a working day, or not a date', () => {
    expect(() => cn.with({ daysOff: ['2025-12-24'], workingDays: ['2025-12-24'] })).toThrow(
      InvalidArgumentError,
    );
    expect(() => cn.with({ daysOff: ['2025-12-32'] })).toThrow(/daysOff\[0\]/);
  });

  it('the rest-days-only calendar keeps make-up Saturdays as rest days', () => {
    const rest = chinaCalendar({ makeUpWorkingDays: false });
    expect(rest.isWorkingDay('2025-10-11')).toBe(false);
    expect(rest.isWorkingDay('2025-10-08')).toBe(false);
    expect(rest.addWorkingDays('2025-09-30', 3)).toBe('2025-10-13');
    expect(rest.id).toBe('CN (rest days only)');
  });
});

describe('chinaCalendar: bad input', () => {
  const calendars: WorkingDayCalendar[] = [cn, estimate];
  it.each([
    '2025-02-30',
    '2025-1-5',
    '',
    '2025/01/05',
    '20250105',
    ' 2025-01-05',
    '2025-13-01',
    '0000-01-01',
  ])('rejects %j with InvalidDateError', (input) => {
    for (const calendar of calendars) {
      expect(() => calendar.isWorkingDay(input)).toThrow(InvalidDateError);
      expect(() => calendar.addWorkingDays(input, 1)).toThrow(InvalidDateError);
    }
  });

  it('rejects non-strings and names the argument', () => {
    expect(() => cn.isWorkingDay(new Date() as never)).toThrow(/a Date is an instant/);
    expect(() => cn.isWorkingDay(20250105 as never)).toThrow(InvalidDateError);
    expect(() => cn.workingDaysBetween('2025-01-01', 'x')).toThrow(/^to: /);
  });

  it('rejects bad options', () => {
    expect(() => chinaCalendar({ beyondCoverage: 'guess' as never })).toThrow(/beyondCoverage/);
    expect(() => chinaCalendar({ makeUpWorkingDays: 'no' as never })).toThrow(/makeUpWorkingDays/);
  });
});

describe('chinaCalendar: explanations', () => {
  it('says which days were skipped and why, in English and Chinese', () => {
    const answer = cn.explain.addWorkingDays('2025-09-30', 3);
    expect(answer.value).toBe('2025-10-11');
    expect(answer.notableDays.map((d) => d.kind)).toEqual([...Array(8).fill('holiday'), 'makeup-workday']);
    expect(answer.text()).toContain(
      '2025-10-01..2025-10-08 official holiday (National Day and Mid-Autumn Festival)',
    );
    expect(answer.text('zh')).toContain('2025-10-11(周六)调休上班日(国庆节、中秋节)');
    expect(answer.dataVersion).toMatch(/^holiday-cn@d4e53bf 2007-2026/);
  });
});
