/**
 * The cases of chinese-days' test/ folder (github.com/vsme/chinese-days, the version of chinese-days
 * 1.5.x: test/holidays/index.test.ts at 1f71616 and the other files at their stored versions), one
 * per assertion, as data. Its own functions and the answers it expects; the suites about the lunar
 * calendar, solar terms and its internal helpers are listed with the reason they cannot run here.
 */
import type { PeerCaseBase } from './support/peer-suite.js';

/** A call of chinese-days' holiday API. */
export type ChineseDaysCall =
  | { fn: 'isHoliday' | 'isWorkday' | 'isInLieu' | 'getDayDetail'; date: unknown }
  | {
      fn: 'getHolidaysInRange' | 'getWorkdaysInRange';
      start: unknown;
      end: unknown;
      includeWeekends: boolean;
    }
  | { fn: 'findWorkday'; delta: number; date: string };

export type ChineseDaysAnswer =
  | boolean
  | string
  | readonly string[]
  | { date: string; work: boolean; name: string };

export interface ChineseDaysCase extends PeerCaseBase {
  call?: ChineseDaysCall;
  expected?: ChineseDaysAnswer | { throws: string };
  /** contract-terms' answer, when an adaptation makes it differ. */
  here?: ChineseDaysAnswer | { throws: 'InvalidDateError' };
}

const INVALID = 'unsupported type string, expected type is Date or Dayjs';
const typed = { throws: 'InvalidDateError' } as const;

const isHoliday: Array<[string, boolean, string]> = [
  ['2024-05-01', true, '劳动节'],
  ['2024-05-06', false, '普通星期一'],
  ['2024-01-01', true, '2024年元旦'],
  ['2023-12-31', true, '2023年元旦前夕的周日 (周末)'],
  ['2024-02-29', false, '2024年闰日 (星期四)'],
  ['2023-02-28', false, '非闰年2月28日 (星期二)'],
  ['2024-10-05', true, '国庆节假日期间 (星期六)'],
  ['2024-10-07', true, '国庆节假日期间 (星期一)'],
  ['2024-04-04', true, '2024年清明节 (星期四)'],
  ['2024-04-06', true, '清明节调休 (星期六)'],
  ['2024-04-07', false, '清明节调休上班 (星期日)'],
];
const isWorkday: Array<[string, boolean, string]> = [
  ['2024-05-01', false, '劳动节'],
  ['2024-05-06', true, '普通星期一'],
  ['2024-01-01', false, '2024年元旦'],
  ['2023-12-31', false, '2023年元旦前夕的周日 (周末)'],
  ['2024-02-29', true, '2024年闰日 (星期四)'],
  ['2023-02-28', true, '非闰年2月28日 (星期二)'],
  ['2024-10-05', false, '国庆节假日期间 (星期六)'],
  ['2024-10-07', false, '国庆节假日期间 (星期一)'],
  ['2024-04-07', true, '清明节调休上班 (星期日)'],
  ['2024-05-11', true, '劳动节调休上班 (星期六)'],
];
const isInLieu: Array<[string, boolean, string]> = [
  ['2024-05-01', false, '劳动节 (节日本身，非调休)'],
  ['2024-05-03', true, '劳动节假期 (调休)'],
  ['2024-05-06', false, '普通星期一 (非调休)'],
  ['2024-02-15', true, '春节 (调休)'],
  ['2024-02-16', true, '春节 (调休)'],
  ['2024-02-17', false, '春节假期 (星期六)，但非特指调休性质的假日'],
  ['2024-02-18', false, '春节调休上班 (星期日), 非调休性质的假日'],
];
const dayDetails: Array<[string, { date: string; work: boolean; name: string }, string]> = [
  [
    '2024-04-29',
    { date: '2024-04-29', work: true, name: 'Monday' },
    '普通星期一 (getDayDetail should return correct details)',
  ],
  [
    '2025-01-26',
    { date: '2025-01-26', work: true, name: 'Spring Festival,春节,4' },
    '春节的调休工作日 (周日)',
  ],
  ['2024-05-01', { date: '2024-05-01', work: false, name: 'Labour Day,劳动节,1' }, '实际节假日 (劳动节)'],
  [
    '2025-05-01',
    { date: '2025-05-01', work: false, name: 'Labour Day,劳动节,2' },
    '实际节假日 (2025年劳动节)',
  ],
  ['2024-09-17', { date: '2024-09-17', work: false, name: 'Mid-autumn Festival,中秋,1' }, '中秋节 (节假日)'],
  [
    '2024-09-14',
    { date: '2024-09-14', work: true, name: 'Mid-autumn Festival,中秋,1' },
    '中秋节的调休工作日 (周六)',
  ],
  ['2024-07-06', { date: '2024-07-06', work: false, name: 'Saturday' }, '普通周末 (周六)'],
  ['2024-07-08', { date: '2024-07-08', work: true, name: 'Monday' }, '普通工作日 (星期一)'],
];
const findWorkday: Array<[number, string, string, string]> = [
  [1, '2024-05-01', '2024-05-06', 'findWorkday should return correct workday'],
  [1, '2024-05-01', '2024-05-06', '节假日后的下一个工作日'],
  [1, '2024-05-06', '2024-05-07', '工作日的下一个工作日'],
  [1, '2024-05-10', '2024-05-11', '下一个工作日是调休的周六工作日'],
  [2, '2024-05-10', '2024-05-13', '隔一个工作日，跳过调休周六后的周末'],
  [1, '2023-12-29', '2024-01-02', '跨元旦假期的下一个工作日'],
  [-1, '2024-05-06', '2024-04-30', '从周一开始，跳过劳动节假期到4月30日的前一个工作日'],
  [-1, '2024-05-13', '2024-05-11', '前一个工作日是调休的周六'],
  [-1, '2024-01-02', '2023-12-29', '跨元旦假期的前一个工作日'],
  [0, '2024-05-11', '2024-05-11', '当天是调休的周六工作日'],
  [0, '2024-05-12', '2024-05-13', '当天是周日(节假日)，查找下一个工作日'],
  [0, '2024-05-01', '2024-05-06', '当天是劳动节(节假日)，查找下一个工作日'],
  [0, '2024-07-08', '2024-07-08', '当天是普通工作日(星期一)'],
  [1, '2024-05-04', '2024-05-06', 'Line 86: 循环遇到节假日(周日)，然后是工作日(周一)'],
  [2, '2024-05-04', '2024-05-07', 'Line 86: 循环遇到节假日, 工作日, 工作日'],
];

const NO_TODAY =
  'there is no "today" in contract-terms: every answer is a function of its inputs (the test mocks dayjs)';
const INTERNAL = "tests chinese-days' internal data-entry class (Arrangement), not a calendar question";
const LUNAR_FOLK =
  'lunar folk festivals (祭灶, 腊八, ...) are not working-day questions: contract-terms has no such listing';
const LUNAR = 'conversion between the Gregorian and the Chinese lunar calendar is not part of contract-terms';
const SOLAR_TERMS =
  'the 24 solar terms are not part of contract-terms (only Qingming, inside the statutory holidays)';
const DAYJS = "tests chinese-days' internal date helper (simpleDayjs)";

/** Skipped cases of a whole file, one per test (test.each rows counted one by one). */
const skipped = (file: string, reason: string, titles: readonly string[]): ChineseDaysCase[] =>
  titles.map((title) => ({ title: `${file}: ${title}`, skip: reason }));

export const CHINESE_DAYS_CASES: readonly ChineseDaysCase[] = [
  // ---- test/holidays/index.test.ts: invalid input ----
  ...(
    [
      ['isHoliday', 'invalid-date'],
      ['isWorkday', 'invalid-date-for-isWorkday'],
      ['getDayDetail', 'yet-another-invalid-date'],
    ] as const
  ).map(
    ([fn, date]): ChineseDaysCase => ({
      title: `index: should throw an error for invalid date (${fn})`,
      call: { fn, date },
      expected: { throws: INVALID },
      adapted: 'invalid-input-throws',
      here: typed,
    }),
  ),
  {
    title: 'index: should throw an error for invalid date (isInLieu(12345) is false: a timestamp)',
    call: { fn: 'isInLieu', date: 12345 },
    expected: false,
    adapted: 'civil-dates',
    here: typed,
  },
  {
    title: 'index: should throw an error for invalid date (getHolidaysInRange with an invalid start)',
    call: { fn: 'getHolidaysInRange', start: 'invalid-start', end: '2024-01-01', includeWeekends: true },
    expected: { throws: INVALID },
    adapted: 'invalid-input-throws',
    here: typed,
  },
  {
    title: 'index: should throw an error for invalid date (getWorkdaysInRange with an invalid end)',
    call: { fn: 'getWorkdaysInRange', start: '2024-01-01', end: 'invalid-end', includeWeekends: true },
    expected: { throws: INVALID },
    adapted: 'invalid-input-throws',
    here: typed,
  },
  {
    title: 'index: should throw an error for invalid date (getDayDetail, the throw line)',
    call: { fn: 'getDayDetail', date: 'final-check-invalid-date' },
    expected: { throws: INVALID },
    adapted: 'invalid-input-throws',
    here: typed,
  },
  {
    title: 'index: should throw an error for invalid date (isHoliday(new Date("foo")))',
    call: { fn: 'isHoliday', date: new Date('foo') },
    expected: { throws: 'unsupported type object, expected type is Date or Dayjs' },
    adapted: 'invalid-input-throws',
    here: typed,
  },
  // ---- isHoliday, isWorkday, isInLieu ----
  ...isHoliday.map(
    ([date, expected, desc]): ChineseDaysCase => ({
      title: `index: isHoliday("${date}") is ${expected} (${desc})`,
      call: { fn: 'isHoliday', date },
      expected,
    }),
  ),
  ...isWorkday.map(
    ([date, expected, desc]): ChineseDaysCase => ({
      title: `index: isWorkday("${date}") is ${expected} (${desc})`,
      call: { fn: 'isWorkday', date },
      expected,
    }),
  ),
  ...isInLieu.map(
    ([date, expected, desc]): ChineseDaysCase => ({
      title: `index: isInLieu("${date}") is ${expected} (${desc})`,
      call: { fn: 'isInLieu', date },
      expected,
    }),
  ),
  // ---- getDayDetail ----
  ...dayDetails.map(
    ([date, expected, desc]): ChineseDaysCase => ({
      title: `index: getDayDetail("${date}") (${desc})`,
      call: { fn: 'getDayDetail', date },
      expected,
      adapted: 'day-names',
    }),
  ),
  // ---- getHolidaysInRange ----
  {
    title: 'index: getHolidaysInRange, official holidays only (2024-05)',
    call: { fn: 'getHolidaysInRange', start: '2024-05-01', end: '2024-05-31', includeWeekends: false },
    expected: ['2024-05-01', '2024-05-02', '2024-05-03', '2024-05-04', '2024-05-05'],
  },
  {
    title: 'index: getHolidaysInRange, weekends included (2024-05-01..05)',
    call: { fn: 'getHolidaysInRange', start: '2024-05-01', end: '2024-05-05', includeWeekends: true },
    expected: ['2024-05-01', '2024-05-02', '2024-05-03', '2024-05-04', '2024-05-05'],
  },
  {
    title: 'index: getHolidaysInRange edge cases: year boundaries',
    call: { fn: 'getHolidaysInRange', start: '2023-12-30', end: '2024-01-02', includeWeekends: true },
    expected: ['2023-12-30', '2023-12-31', '2024-01-01'],
  },
  {
    title: 'index: getHolidaysInRange edge cases: leap year February',
    call: { fn: 'getHolidaysInRange', start: '2024-02-28', end: '2024-03-02', includeWeekends: true },
    expected: ['2024-03-02'],
  },
  {
    title: 'index: getHolidaysInRange edge cases: no holidays',
    call: { fn: 'getHolidaysInRange', start: '2024-07-08', end: '2024-07-09', includeWeekends: false },
    expected: [],
  },
  {
    title: 'index: getHolidaysInRange edge cases: only weekends',
    call: { fn: 'getHolidaysInRange', start: '2024-07-08', end: '2024-07-14', includeWeekends: true },
    expected: ['2024-07-13', '2024-07-14'],
  },
  // ---- getWorkdaysInRange ----
  {
    title: 'index: getWorkdaysInRange, Monday-Friday only (the make-up Saturday excluded)',
    call: { fn: 'getWorkdaysInRange', start: '2024-05-01', end: '2024-05-12', includeWeekends: false },
    expected: ['2024-05-06', '2024-05-07', '2024-05-08', '2024-05-09', '2024-05-10'],
  },
  {
    title: 'index: getWorkdaysInRange, every working day',
    call: { fn: 'getWorkdaysInRange', start: '2024-05-01', end: '2024-05-12', includeWeekends: true },
    expected: ['2024-05-06', '2024-05-07', '2024-05-08', '2024-05-09', '2024-05-10', '2024-05-11'],
  },
  {
    title: 'index: getWorkdaysInRange edge cases: year boundaries',
    call: { fn: 'getWorkdaysInRange', start: '2023-12-30', end: '2024-01-03', includeWeekends: true },
    expected: ['2024-01-02', '2024-01-03'],
  },
  {
    title: 'index: getWorkdaysInRange edge cases: leap year February',
    call: { fn: 'getWorkdaysInRange', start: '2024-02-28', end: '2024-03-02', includeWeekends: true },
    expected: ['2024-02-28', '2024-02-29', '2024-03-01'],
  },
  {
    title: 'index: getWorkdaysInRange edge cases: a whole holiday break',
    call: { fn: 'getWorkdaysInRange', start: '2024-10-01', end: '2024-10-07', includeWeekends: true },
    expected: [],
  },
  // ---- findWorkday ----
  ...findWorkday.map(
    ([delta, date, expected, desc]): ChineseDaysCase => ({
      title: `index: findWorkday(${delta}, "${date}") is ${expected} (${desc})`,
      call: { fn: 'findWorkday', delta, date },
      expected,
      ...(delta === 0 ? { adapted: 'zero-working-days' as const } : {}),
    }),
  ),
  ...skipped('index', NO_TODAY, [
    'findWorkday with default date: today if today is a workday and delta is 0',
    'findWorkday with default date: next workday if today is a holiday and delta is 0',
    'findWorkday with default date: next workday if today is a workday and delta is 1',
  ]),
  ...skipped('index', INTERNAL, ['Arrangement Class: should correctly handle 2023 holidays']),
  // ---- the other files of test/ ----
  ...skipped('holidays/arrangement', INTERNAL, [
    'should set year correctly',
    'should mark holiday correctly (ny)',
    'should mark holiday correctly (n)',
    'should save holiday correctly',
    'should save workday correctly',
    'should save in-lieu day correctly',
    'should save holiday range correctly',
    'should throw error if year is not set before saving holiday',
    'should throw error if holiday is not set before saving holiday',
    'should throw error if end date is before start date in holiday range',
    'should throw error if year/month/day is not set before saving holiday range',
  ]),
  ...skipped('lunar_folk_festival', LUNAR_FOLK, [
    'getLunarFestivals should return fixed lunar festivals',
    'should handle solar term related festivals',
    'should handle special festivals',
    'should filter leap month festivals',
    'should handle cross-year scenarios',
  ]),
  ...skipped('solar_lunar', LUNAR, [
    'getLunarDate should return correct lunar date for a given solar date',
    'getSolarDateFromLunar should return correct solar date for a given lunar date',
    'getLunarDatesInRange should return correct lunar dates for a given solar date range',
  ]),
  ...skipped('solar_terms', SOLAR_TERMS, [
    ...Array.from({ length: 10 }, (_, i) => `getSolarTermDate case ${i + 1} of 10`),
    ...Array.from({ length: 12 }, (_, i) => `getSolarTerms case ${i + 1} of 12`),
    'getSolarTerms should return empty array if start is after end',
    ...Array.from({ length: 6 }, (_, i) => `getSolarTermsInRange case ${i + 1} of 6`),
    'getSolarTermsInRange should return empty array if start is after end',
    'getSolarTermsInRange should cover all 24 solar terms in a year',
  ]),
  ...skipped('utils/dayjs', DAYJS, [
    'should return true for a valid date',
    'should return false for an invalid date',
    'should calculate the difference',
    'should format the start of the year',
    'should format the end of the ...',
    'should add one month to the date',
    'should get and set the year',
    'should get and set the month',
    'should get and set the date',
    'should return the day of the week',
    'should set the day of the week and return the new date',
    'should format the date with day of the week',
    'should check if a date is before another date',
    'should check if a date is after another date',
    'should check if two dates are the same (day)',
    'should check if two dates are the same (month)',
    'should check if two dates are the same (year)',
  ]),
];
