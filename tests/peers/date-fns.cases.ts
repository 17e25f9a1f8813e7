/**
 * The cases of date-fns v4's business-day tests (src/addBusinessDays/test.ts, subBusinessDays,
 * differenceInBusinessDays and isWeekend, as of date-fns 4.1, with @date-fns/tz contexts), one per
 * assertion, as data. `new Date(y, m, d)` in date-fns is a local date: here it is the civil date.
 */
import type { PeerCaseBase } from './support/peer-suite.js';

/**
 * A date as the test passes it: a local `new Date(y, m, d)` (the civil date), its timestamp, an ISO
 * instant read in the context zone, or `Invalid Date`.
 */
export type DateFnsArg = string | { timestamp: string } | { instant: string } | { invalid: true };

export type DateFnsCall =
  | { fn: 'addBusinessDays' | 'subBusinessDays'; date: DateFnsArg; amount: number; in?: string }
  | { fn: 'differenceInBusinessDays'; left: DateFnsArg; right: DateFnsArg; in?: string }
  | { fn: 'isWeekend'; date: DateFnsArg; in?: string };

export interface DateFnsCase extends PeerCaseBase {
  call?: DateFnsCall;
  /** date-fns' answer: a date (its civil date), a number, a boolean, or Invalid Date / NaN. */
  expected?: string | number | boolean | 'Invalid Date' | 'NaN';
  /** contract-terms' answer, when an adaptation makes it differ: the error it throws. */
  here?: { throws: 'InvalidDateError' | 'InvalidArgumentError' | 'CalendarCoverageError' };
}

const TYPES =
  'a type-level test of Date subclasses (UTCDate, TZDate): contract-terms takes and returns civil-date strings';
const IMMUTABLE = 'civil dates are strings: there is nothing to mutate';

const add = (date: DateFnsArg, amount: number, zone?: string) =>
  ({ fn: 'addBusinessDays', date, amount, ...(zone ? { in: zone } : {}) }) as const;
const sub = (date: DateFnsArg, amount: number, zone?: string) =>
  ({ fn: 'subBusinessDays', date, amount, ...(zone ? { in: zone } : {}) }) as const;
const diff = (left: DateFnsArg, right: DateFnsArg, zone?: string) =>
  ({ fn: 'differenceInBusinessDays', left, right, ...(zone ? { in: zone } : {}) }) as const;

export const DATE_FNS_CASES: readonly DateFnsCase[] = [
  // ---- addBusinessDays ----
  {
    title: 'addBusinessDays: adds the given number of business days',
    call: add('2014-09-01', 10),
    expected: '2014-09-15',
  },
  { title: 'addBusinessDays: handles negative amount', call: add('2014-09-15', -10), expected: '2014-09-01' },
  {
    title: 'addBusinessDays: the Monday when 1 day is added on the Friday',
    call: add('2020-01-10', 1),
    expected: '2020-01-13',
  },
  {
    title: 'addBusinessDays: the Monday when 1 day is added on the Saturday',
    call: add('2020-01-11', 1),
    expected: '2020-01-13',
  },
  {
    title: 'addBusinessDays: the Monday when 1 day is added on the Sunday',
    call: add('2020-01-12', 1),
    expected: '2020-01-13',
  },
  {
    title: 'addBusinessDays: can handle a large number of business days (to the year 15000)',
    call: add('2014-01-01', 3387885),
    expected: '15000-01-01',
    adapted: 'year-range',
    here: { throws: 'CalendarCoverageError' },
  },
  {
    title: 'addBusinessDays: accepts a timestamp',
    call: add({ timestamp: '2014-09-01' }, 10),
    expected: '2014-09-15',
    adapted: 'civil-dates',
  },
  { title: 'addBusinessDays: does not mutate the original date', skip: IMMUTABLE },
  {
    title: 'addBusinessDays: Invalid Date if the given date is invalid',
    call: add({ invalid: true }, 10),
    expected: 'Invalid Date',
    adapted: 'invalid-input-throws',
    here: { throws: 'InvalidDateError' },
  },
  {
    title: 'addBusinessDays: Invalid Date if the given amount is NaN',
    call: add('2014-09-01', Number.NaN),
    expected: 'Invalid Date',
    adapted: 'invalid-input-throws',
    here: { throws: 'InvalidArgumentError' },
  },
  {
    title: 'addBusinessDays: from a Sunday, -5 lands on a weekday',
    call: add('2019-08-18', -5),
    expected: '2019-08-12',
  },
  {
    title: 'addBusinessDays: from a Saturday, -5 lands on a weekday',
    call: add('2019-08-17', -5),
    expected: '2019-08-12',
  },
  {
    title: 'addBusinessDays: from a Sunday, +5 lands on a weekday',
    call: add('2019-08-18', 5),
    expected: '2019-08-23',
  },
  {
    title: 'addBusinessDays: from a Saturday, +5 lands on a weekday',
    call: add('2019-08-17', 5),
    expected: '2019-08-23',
  },
  { title: 'addBusinessDays: resolves the date type by default', skip: TYPES },
  { title: 'addBusinessDays: resolves the argument type if a date extension is passed', skip: TYPES },
  ...(
    [
      ['2024-08-20T15:00:00Z', 'Asia/Singapore', '2024-08-23'],
      ['2024-08-20T16:00:00Z', 'Asia/Singapore', '2024-08-26'],
      ['2024-08-21T03:00:00Z', 'America/New_York', '2024-08-23'],
      ['2024-08-21T04:00:00Z', 'America/New_York', '2024-08-26'],
    ] as const
  ).map(
    ([instant, zone, expected]): DateFnsCase => ({
      title: `addBusinessDays context: ${instant} + 3 in ${zone}`,
      call: add({ instant }, 3, zone),
      expected,
      adapted: 'civil-dates',
    }),
  ),
  { title: 'addBusinessDays context: resolves the context date type', skip: TYPES },
  // ---- subBusinessDays ----
  {
    title: 'subBusinessDays: subtract the given number of business days',
    call: sub('2014-09-01', 10),
    expected: '2014-08-18',
  },
  { title: 'subBusinessDays: handles negative amount', call: sub('2014-08-18', -10), expected: '2014-09-01' },
  {
    title: 'subBusinessDays: can handle a large number of business days (from the year 15000)',
    call: sub('15000-01-01', 3387885),
    expected: '2014-01-01',
    adapted: 'year-range',
    here: { throws: 'InvalidDateError' },
  },
  {
    title: 'subBusinessDays: accepts a timestamp',
    call: sub({ timestamp: '2014-09-01' }, 10),
    expected: '2014-08-18',
    adapted: 'civil-dates',
  },
  { title: 'subBusinessDays: does not mutate the original date', skip: IMMUTABLE },
  {
    title: 'subBusinessDays: Invalid Date if the given date is invalid',
    call: sub({ invalid: true }, 10),
    expected: 'Invalid Date',
    adapted: 'invalid-input-throws',
    here: { throws: 'InvalidDateError' },
  },
  {
    title: 'subBusinessDays: Invalid Date if the given amount is NaN',
    call: sub('2014-09-01', Number.NaN),
    expected: 'Invalid Date',
    adapted: 'invalid-input-throws',
    here: { throws: 'InvalidArgumentError' },
  },
  { title: 'subBusinessDays: resolves the date type by default', skip: TYPES },
  { title: 'subBusinessDays: resolves the argument type if a date extension is passed', skip: TYPES },
  ...(
    [
      ['2024-08-20T15:00:00Z', 'Asia/Singapore', '2024-08-15'],
      ['2024-08-20T16:00:00Z', 'Asia/Singapore', '2024-08-16'],
      ['2024-08-21T03:00:00Z', 'America/New_York', '2024-08-15'],
      ['2024-08-21T04:00:00Z', 'America/New_York', '2024-08-16'],
    ] as const
  ).map(
    ([instant, zone, expected]): DateFnsCase => ({
      title: `subBusinessDays context: ${instant} - 3 in ${zone}`,
      call: sub({ instant }, 3, zone),
      expected,
      adapted: 'civil-dates',
    }),
  ),
  { title: 'subBusinessDays context: resolves the context date type', skip: TYPES },
  // ---- differenceInBusinessDays (date-fns counts [right, left) forward and (left, right] back) ----
  ...(
    [
      [
        'the number of business days between the given dates, excluding weekends',
        '2014-07-18',
        '2014-01-10',
        135,
      ],
      ['the same except given first date falls on a weekend', '2019-07-20', '2019-07-18', 2],
      ['the same except given second date falls on a weekend', '2019-07-23', '2019-07-20', 1],
      ['the same except both given dates fall on a weekend', '2019-07-28', '2019-07-20', 5],
      ['a negative number if the time value of the first date is smaller', '2014-01-10', '2014-07-20', -135],
      [
        'edge: less than a day apart on different calendar days (Sep 5 00:00, Sep 4 23:59)',
        '2014-09-05',
        '2014-09-04',
        1,
      ],
      ['edge: the same for the swapped dates', '2014-09-04', '2014-09-05', -1],
      ['edge: the time values of the given dates are the same', '2014-09-05', '2014-09-04', 1],
      ['edge: the given dates are the same', '2014-09-05', '2014-09-05', 0],
    ] as const
  ).map(
    ([what, left, right, expected]): DateFnsCase => ({
      title: `differenceInBusinessDays: ${what}`,
      call: diff(left, right),
      expected,
      adapted: 'working-days-between',
    }),
  ),
  {
    title: 'differenceInBusinessDays: can handle long ranges (the year 15000)',
    call: diff('15000-01-01', '2014-01-01'),
    expected: 3387885,
    adapted: 'year-range',
    here: { throws: 'InvalidDateError' },
  },
  {
    title: 'differenceInBusinessDays: accepts timestamps',
    call: diff({ timestamp: '2014-07-18' }, { timestamp: '2014-01-10' }),
    expected: 135,
    adapted: 'civil-dates',
  },
  {
    title: "differenceInBusinessDays: normalizes the dates (in the first date's zone)",
    call: diff(
      { instant: '2025-01-01T00:00:00+08:00' },
      { instant: '2024-01-01T00:00:00-05:00' },
      'Asia/Singapore',
    ),
    expected: 262,
    adapted: 'civil-dates',
  },
  {
    title: "differenceInBusinessDays: normalizes the dates (swapped, in the first date's zone)",
    call: diff(
      { instant: '2024-01-01T00:00:00-05:00' },
      { instant: '2025-01-01T00:00:00+08:00' },
      'America/New_York',
    ),
    expected: -261,
    adapted: 'civil-dates',
  },
  { title: 'differenceInBusinessDays: allows dates to be of different types', skip: TYPES },
  {
    title: 'differenceInBusinessDays context: in America/New_York',
    call: diff({ instant: '2024-04-10T02:00:00Z' }, { instant: '2024-04-07T02:00:00Z' }, 'America/New_York'),
    expected: 1,
    adapted: 'civil-dates',
  },
  {
    title: 'differenceInBusinessDays context: in Asia/Singapore',
    call: diff({ instant: '2024-04-10T02:00:00Z' }, { instant: '2024-04-07T02:00:00Z' }, 'Asia/Singapore'),
    expected: 2,
    adapted: 'civil-dates',
  },
  {
    title: "differenceInBusinessDays context: doesn't enforce argument and context to be of the same type",
    skip: TYPES,
  },
  {
    title: 'differenceInBusinessDays edge: does not return -0 when the given dates are the same',
    call: diff('2014-09-05', '2014-09-05'),
    expected: 0,
    adapted: 'working-days-between',
  },
  ...(
    [
      ['the first date is Invalid Date', { invalid: true }, '2017-01-01'],
      ['the second date is Invalid Date', '2017-01-01', { invalid: true }],
      ['both dates are Invalid Date', { invalid: true }, { invalid: true }],
    ] as const
  ).map(
    ([what, left, right]): DateFnsCase => ({
      title: `differenceInBusinessDays edge: NaN if ${what}`,
      call: diff(left, right),
      expected: 'NaN',
      adapted: 'invalid-input-throws',
      here: { throws: 'InvalidDateError' },
    }),
  ),
  // ---- isWeekend ----
  {
    title: 'isWeekend: true if the given date is in a weekend',
    call: { fn: 'isWeekend', date: '2014-10-05' },
    expected: true,
  },
  {
    title: 'isWeekend: false if the given date is not in a weekend',
    call: { fn: 'isWeekend', date: '2014-10-06' },
    expected: false,
  },
  {
    title: 'isWeekend: accepts a timestamp',
    call: { fn: 'isWeekend', date: { timestamp: '2014-10-05' } },
    expected: true,
    adapted: 'civil-dates',
  },
  {
    title: 'isWeekend: false if the given date is Invalid Date',
    call: { fn: 'isWeekend', date: { invalid: true } },
    expected: false,
    adapted: 'invalid-input-throws',
    here: { throws: 'InvalidDateError' },
  },
  ...(
    [
      ['2024-08-18T15:00:00Z', 'Asia/Singapore', true],
      ['2024-08-19T01:00:00Z', 'Asia/Singapore', false],
      ['2024-08-17T03:00:00Z', 'America/New_York', false],
      ['2024-08-17T04:00:00Z', 'America/New_York', true],
    ] as const
  ).map(
    ([instant, zone, expected]): DateFnsCase => ({
      title: `isWeekend context: ${instant} in ${zone}`,
      call: { fn: 'isWeekend', date: { instant }, in: zone },
      expected,
      adapted: 'civil-dates',
    }),
  ),
  { title: "isWeekend context: doesn't enforce argument and context to be of the same type", skip: TYPES },
];
