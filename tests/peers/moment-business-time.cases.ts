/**
 * The cases of moment-business-time's own spec (node_modules/moment-business-time/test/
 * spec.business-hours.js, version 2.0.0), one per assertion, as data: the locale's working hours and
 * holidays, the call, and what moment-business-time answers. Times without an offset are local times
 * in moment; the port reads them in UTC (the spec has no DST day).
 */
import type { PeerCaseBase } from './support/peer-suite.js';

/** moment-business-time's `workinghours`: per JS weekday (0 = Sunday), opening and closing times in pairs. */
export type WorkingHours = Readonly<Record<0 | 1 | 2 | 3 | 4 | 5 | 6, readonly string[] | null>>;

/** A call of moment-business-time's API. */
export type MomentCall =
  | { fn: 'isWorkingDay'; at: string }
  | { fn: 'isWorkingTime'; at: string; ignoreBreaks?: boolean }
  | { fn: 'nextWorkingDay' | 'lastWorkingDay'; at: string }
  | { fn: 'nextWorkingTime' | 'lastWorkingTime'; at: string }
  | { fn: 'nextTransitionTime' | 'lastTransitionTime'; at: string }
  | {
      fn: 'addWorkingTime' | 'subtractWorkingTime';
      at: string;
      amounts: ReadonlyArray<[number, string]>;
      format: 'date' | 'full';
    }
  | { fn: 'workingDiff'; at: string; other: string; unit: string; detail?: boolean };

/** What moment-business-time answers: a boolean, a date `YYYY-MM-DD`, a time `YYYY-MM-DD HH:mm:ss.SSS`, a number or a transition. */
export type MomentAnswer = boolean | string | number | { moment: string; transition: 'open' | 'close' };

export interface MomentCase extends PeerCaseBase {
  locale?: WorkingHours;
  holidays?: readonly string[];
  call: MomentCall;
  expected: MomentAnswer;
  /** contract-terms' answer, when an adaptation makes it differ from moment-business-time's. */
  here?: MomentAnswer | { throws: string };
}

const nine = ['09:00:00', '17:00:00'];
/** The default locale (locale/default.js): Monday to Friday, 09:00-17:00. */
export const DEFAULT_HOURS: WorkingHours = { 0: null, 1: nine, 2: nine, 3: nine, 4: nine, 5: nine, 6: null };
const SPLIT_MONDAY: WorkingHours = {
  ...DEFAULT_HOURS,
  1: ['09:00:00', '12:00:00', '13:00:00', '17:00:00'],
};
const BREAKS: WorkingHours = {
  ...DEFAULT_HOURS,
  4: ['09:00:00', '12:00:00', '13:00:00', '18:00:00'],
  5: ['09:00:00', '12:00:00', '12:30:00', '17:00:00'],
};
const LATE_OPENINGS: WorkingHours = {
  0: null,
  1: ['12:00:00', '17:00:00'],
  2: ['09:30:00', '17:00:00'],
  3: ['10:00:00', '17:00:00'],
  4: ['09:00:00', '17:00:00'],
  5: ['09:30:00', '17:00:00'],
  6: null,
};
const half = ['09:30:00', '17:00:00'];
const EARLY_CLOSING: WorkingHours = {
  0: null,
  1: half,
  2: half,
  3: ['09:30:00', '13:00:00'],
  4: half,
  5: half,
  6: null,
};
const SUNDAY_TO_THURSDAY: WorkingHours = { 0: half, 1: half, 2: half, 3: half, 4: half, 5: null, 6: null };
const lunch = ['09:30:00', '12:00:00', '13:00:00', '17:00:00'];
const LUNCH: WorkingHours = { 0: null, 1: lunch, 2: lunch, 3: lunch, 4: lunch, 5: lunch, 6: null };
const HOLIDAYS = ['2015-02-27', '*-12-25'];

const now = '2015-02-26T10:12:34';
const weekend = '2015-02-28T10:13:00';
// subtractWorkingTime has its own `now` and `weekend`.
const later = '2015-02-26T16:12:34';
const sunday = '2015-03-01T16:12:34';

const add = (at: string, amounts: Array<[number, string]>, format: 'date' | 'full') =>
  ({ fn: 'addWorkingTime', at, amounts, format }) as const;
const sub = (at: string, amounts: Array<[number, string]>, format: 'date' | 'full') =>
  ({ fn: 'subtractWorkingTime', at, amounts, format }) as const;
const diff = (at: string, other: string, unit: string, detail?: boolean) =>
  ({ fn: 'workingDiff', at, other, unit, ...(detail ? { detail } : {}) }) as const;

const DAY_DIFF = 'working-day-difference' as const;

export const MOMENT_CASES: readonly MomentCase[] = [
  // ---- isWorkingDay ----
  {
    title: 'isWorkingDay: false on weekends by default',
    call: { fn: 'isWorkingDay', at: weekend },
    expected: false,
  },
  {
    title: 'isWorkingDay: true on weekdays by default',
    call: { fn: 'isWorkingDay', at: now },
    expected: true,
  },
  // ---- isWorkingTime ----
  {
    title: 'isWorkingTime: false on weekends by default',
    call: { fn: 'isWorkingTime', at: weekend },
    expected: false,
  },
  {
    title: 'isWorkingTime: true on weekdays by default',
    call: { fn: 'isWorkingTime', at: now },
    expected: true,
  },
  {
    title: 'isWorkingTime: considers working time inclusive (09:00)',
    call: { fn: 'isWorkingTime', at: '2017-06-26T09:00:00.000' },
    expected: true,
  },
  {
    title: 'isWorkingTime: considers working time inclusive (17:00)',
    call: { fn: 'isWorkingTime', at: '2017-06-26T17:00:00.000' },
    expected: true,
    adapted: 'window-end',
    here: false,
  },
  {
    title: 'isWorkingTime: considers multiple opening times per day (10:00)',
    locale: SPLIT_MONDAY,
    call: { fn: 'isWorkingTime', at: '2017-06-26T10:00:00.000' },
    expected: true,
  },
  {
    title: 'isWorkingTime: considers multiple opening times per day (12:30)',
    locale: SPLIT_MONDAY,
    call: { fn: 'isWorkingTime', at: '2017-06-26T12:30:00.000' },
    expected: false,
  },
  {
    title: 'isWorkingTime: considers multiple opening times per day (16:00)',
    locale: SPLIT_MONDAY,
    call: { fn: 'isWorkingTime', at: '2017-06-26T16:00:00.000' },
    expected: true,
  },
  // ---- nextWorkingDay ----
  {
    title: 'nextWorkingDay: from a weekday',
    call: { fn: 'nextWorkingDay', at: now },
    expected: '2015-02-27',
  },
  {
    title: 'nextWorkingDay: from a weekend',
    call: { fn: 'nextWorkingDay', at: weekend },
    expected: '2015-03-02',
  },
  // ---- nextWorkingTime ----
  {
    title: 'nextWorkingTime: the start of the next working day if not a current working day',
    call: { fn: 'nextWorkingTime', at: weekend },
    expected: '2015-03-02 09:00:00.000',
  },
  {
    title: 'nextWorkingTime: the start of the next working day if called after closing time',
    call: { fn: 'nextWorkingTime', at: '2015-02-26T17:30:00' },
    expected: '2015-02-27 09:00:00.000',
  },
  {
    title: 'nextWorkingTime: the start of the working hours if called before opening time',
    call: { fn: 'nextWorkingTime', at: '2015-02-26T07:30:00' },
    expected: '2015-02-26 09:00:00.000',
  },
  {
    title: 'nextWorkingTime: the current time during opening hours',
    call: { fn: 'nextWorkingTime', at: now },
    expected: '2015-02-26 10:12:34.000',
  },
  // ---- nextTransitionTime ----
  {
    title: 'nextTransitionTime: the start of the next working period if not in one',
    call: { fn: 'nextTransitionTime', at: weekend },
    expected: { moment: '2015-03-02 09:00:00.000', transition: 'open' },
  },
  {
    title: 'nextTransitionTime: the start of the next working day after closing time',
    call: { fn: 'nextTransitionTime', at: '2015-02-26T17:30:00' },
    expected: { moment: '2015-02-27 09:00:00.000', transition: 'open' },
  },
  {
    title: 'nextTransitionTime: the start of the working period before opening time',
    call: { fn: 'nextTransitionTime', at: '2015-02-26T08:30:00' },
    expected: { moment: '2015-02-26 09:00:00.000', transition: 'open' },
  },
  {
    title: 'nextTransitionTime: the end of the current working period',
    call: { fn: 'nextTransitionTime', at: '2015-02-26T13:30:00' },
    expected: { moment: '2015-02-26 17:00:00.000', transition: 'close' },
  },
  // ---- lastWorkingTime ----
  {
    title: 'lastWorkingTime: the end of the last working day if not a working day',
    call: { fn: 'lastWorkingTime', at: weekend },
    expected: '2015-02-27 17:00:00.000',
  },
  {
    title: 'lastWorkingTime: the end of the current working day after closing time',
    call: { fn: 'lastWorkingTime', at: '2015-02-26T17:30:00' },
    expected: '2015-02-26 17:00:00.000',
  },
  {
    title: 'lastWorkingTime: the end of the previous working day before opening time',
    call: { fn: 'lastWorkingTime', at: '2015-02-26T07:30:00' },
    expected: '2015-02-25 17:00:00.000',
  },
  {
    title: 'lastWorkingTime: the current time during opening hours',
    call: { fn: 'lastWorkingTime', at: now },
    expected: '2015-02-26 10:12:34.000',
  },
  // ---- lastTransitionTime ----
  {
    title: 'lastTransitionTime: the end of the last working day if not a working day',
    call: { fn: 'lastTransitionTime', at: weekend },
    expected: { moment: '2015-02-27 17:00:00.000', transition: 'close' },
  },
  {
    title: 'lastTransitionTime: the end of the current working day after closing time',
    call: { fn: 'lastTransitionTime', at: '2015-02-26T17:30:00' },
    expected: { moment: '2015-02-26 17:00:00.000', transition: 'close' },
  },
  {
    title: 'lastTransitionTime: the end of the previous working day before opening time',
    call: { fn: 'lastTransitionTime', at: '2015-02-26T07:30:00' },
    expected: { moment: '2015-02-25 17:00:00.000', transition: 'close' },
  },
  {
    title: 'lastTransitionTime: the start of the current working period during opening hours',
    call: { fn: 'lastTransitionTime', at: now },
    expected: { moment: '2015-02-26 09:00:00.000', transition: 'open' },
  },
  // ---- addWorkingTime: days ----
  { title: 'addWorkingTime days: 2 days', call: add(now, [[2, 'days']], 'date'), expected: '2015-03-02' },
  { title: 'addWorkingTime days: 10 days', call: add(now, [[10, 'days']], 'date'), expected: '2015-03-12' },
  { title: 'addWorkingTime days: 100 days', call: add(now, [[100, 'days']], 'date'), expected: '2015-07-16' },
  {
    title: 'addWorkingTime days: singular unit',
    call: add(now, [[1, 'day']], 'date'),
    expected: '2015-02-27',
  },
  {
    title: 'addWorkingTime days: from a non-business day starts from the first business day',
    call: add(weekend, [[1, 'day']], 'date'),
    expected: '2015-03-02',
  },
  {
    title: 'addWorkingTime days: negative days',
    call: add(now, [[-1, 'day']], 'date'),
    expected: '2015-02-25',
  },
  // ---- addWorkingTime: hours ----
  {
    title: 'addWorkingTime hours: within the same working day',
    call: add(now, [[2, 'hours']], 'full'),
    expected: '2015-02-26 12:12:34.000',
  },
  {
    title: 'addWorkingTime hours: singular unit',
    call: add(now, [[1, 'hour']], 'full'),
    expected: '2015-02-26 11:12:34.000',
  },
  {
    title: 'addWorkingTime hours: from the opening of the next working day on a non-working day',
    call: add(weekend, [[2, 'hours']], 'full'),
    expected: '2015-03-02 11:00:00.000',
  },
  {
    title: 'addWorkingTime hours: running overnight',
    call: add(now, [[9, 'hours']], 'full'),
    expected: '2015-02-27 11:12:34.000',
  },
  {
    title: 'addWorkingTime hours: running over multiple nights (19 h)',
    call: add(now, [[19, 'hours']], 'full'),
    expected: '2015-03-02 13:12:34.000',
  },
  {
    title: 'addWorkingTime hours: running over multiple nights (issue 3, 17 h)',
    call: add('2016-03-21T15:30:00', [[17, 'hour']], 'full'),
    expected: '2016-03-23 16:30:00.000',
  },
  {
    title: 'addWorkingTime hours: running over multiple nights (issue 3, 18 h)',
    call: add('2016-03-21T15:30:00', [[18, 'hour']], 'full'),
    expected: '2016-03-24 09:30:00.000',
  },
  {
    title: 'addWorkingTime hours: running over multiple weeks',
    call: add(now, [[108, 'hours']], 'full'),
    expected: '2015-03-17 14:12:34.000',
  },
  {
    title: 'addWorkingTime hours: working times with breaks (Thu 10:00 + 4 h)',
    locale: BREAKS,
    call: add('2020-01-02T10:00:00', [[4, 'hour']], 'full'),
    expected: '2020-01-02 15:00:00.000',
  },
  {
    title: 'addWorkingTime hours: working times with breaks (Fri 11:00 + 2 h)',
    locale: BREAKS,
    call: add('2020-01-03T11:00:00', [[2, 'hour']], 'full'),
    expected: '2020-01-03 13:30:00.000',
  },
  {
    title: 'addWorkingTime hours: working times with breaks (Thu 10:00 + 16 h)',
    locale: BREAKS,
    call: add('2020-01-02T10:00:00', [[16, 'hour']], 'full'),
    expected: '2020-01-06 10:30:00.000',
  },
  {
    title: 'addWorkingTime hours: working times with breaks (Thu 12:30 + 2 h)',
    locale: BREAKS,
    call: add('2020-01-02T12:30:00', [[2, 'hour']], 'full'),
    expected: '2020-01-02 15:00:00.000',
  },
  {
    title: 'addWorkingTime hours: working times with breaks (Fri 11:30 + 1 h)',
    locale: BREAKS,
    call: add('2020-01-03T11:30:00', [[1, 'hour']], 'full'),
    expected: '2020-01-03 13:00:00.000',
  },
  // ---- addWorkingTime: minutes, seconds, milliseconds ----
  {
    title: 'addWorkingTime minutes: within the day',
    call: add(now, [[45, 'minutes']], 'full'),
    expected: '2015-02-26 10:57:34.000',
  },
  {
    title: 'addWorkingTime minutes: from the next opening when closed',
    call: add(weekend, [[45, 'minutes']], 'full'),
    expected: '2015-03-02 09:45:00.000',
  },
  {
    title: 'addWorkingTime minutes: runs over to the next day',
    call: add('2015-02-26T16:59:59.700', [[45, 'minutes']], 'full'),
    expected: '2015-02-27 09:44:59.700',
  },
  {
    title: 'addWorkingTime minutes: more than 60',
    call: add(now, [[600, 'minutes']], 'full'),
    expected: '2015-02-27 12:12:34.000',
  },
  {
    title: 'addWorkingTime seconds: within the day',
    call: add(now, [[45, 'seconds']], 'full'),
    expected: '2015-02-26 10:13:19.000',
  },
  {
    title: 'addWorkingTime seconds: from the next opening when closed',
    call: add(weekend, [[45, 'seconds']], 'full'),
    expected: '2015-03-02 09:00:45.000',
  },
  {
    title: 'addWorkingTime seconds: runs over to the next day',
    call: add('2015-02-26T16:59:59.700', [[45, 'seconds']], 'full'),
    expected: '2015-02-27 09:00:44.700',
  },
  {
    title: 'addWorkingTime seconds: more than 60',
    call: add(now, [[600, 'seconds']], 'full'),
    expected: '2015-02-26 10:22:34.000',
  },
  {
    title: "addWorkingTime seconds: doesn't break on leap years",
    call: add('2020-01-06T13:00:00.000Z', [[1, 'seconds']], 'full'),
    expected: '2020-01-06 13:00:01.000',
  },
  {
    title: 'addWorkingTime milliseconds: within the day',
    call: add(now, [[555, 'milliseconds']], 'full'),
    expected: '2015-02-26 10:12:34.555',
  },
  {
    title: 'addWorkingTime milliseconds: from the next opening when closed',
    call: add(weekend, [[555, 'milliseconds']], 'full'),
    expected: '2015-03-02 09:00:00.555',
  },
  {
    title: 'addWorkingTime milliseconds: runs over to the next day',
    call: add('2015-02-26T16:59:59.700', [[555, 'milliseconds']], 'full'),
    expected: '2015-02-27 09:00:00.255',
  },
  {
    title: 'addWorkingTime: a combination of hours, minutes and seconds',
    call: add(
      now,
      [
        [9, 'hours'],
        [48, 'minutes'],
        [17, 'seconds'],
      ],
      'full',
    ),
    expected: '2015-02-27 12:00:51.000',
  },
  {
    title: 'addWorkingTime: an unknown unit returns the time itself',
    call: add(now, [[3, 'epochs']], 'full'),
    expected: '2015-02-26 10:12:34.000',
    adapted: 'invalid-input-throws',
    here: { throws: 'unknown unit "epochs"' },
  },
  // ---- subtractWorkingTime: days ----
  {
    title: 'subtractWorkingTime days: 2 days',
    call: sub(later, [[2, 'days']], 'date'),
    expected: '2015-02-24',
  },
  {
    title: 'subtractWorkingTime days: 10 days',
    call: sub(later, [[10, 'days']], 'date'),
    expected: '2015-02-12',
  },
  {
    title: 'subtractWorkingTime days: singular unit',
    call: sub(later, [[1, 'day']], 'date'),
    expected: '2015-02-25',
  },
  {
    title: 'subtractWorkingTime days: from a non-business day starts from the first business day',
    call: sub(sunday, [[1, 'day']], 'date'),
    expected: '2015-02-27',
  },
  {
    title: 'subtractWorkingTime days: negative days',
    call: sub(later, [[-2, 'day']], 'date'),
    expected: '2015-03-02',
  },
  // ---- subtractWorkingTime: hours ----
  {
    title: 'subtractWorkingTime hours: within the day',
    call: sub(later, [[2, 'hours']], 'full'),
    expected: '2015-02-26 14:12:34.000',
  },
  {
    title: 'subtractWorkingTime hours: singular unit',
    call: sub(later, [[1, 'hour']], 'full'),
    expected: '2015-02-26 15:12:34.000',
  },
  {
    title: 'subtractWorkingTime hours: from the last closing on a non-working day',
    call: sub(sunday, [[2, 'hours']], 'full'),
    expected: '2015-02-27 15:00:00.000',
  },
  {
    title: 'subtractWorkingTime hours: running overnight',
    call: sub(later, [[9, 'hours']], 'full'),
    expected: '2015-02-25 15:12:34.000',
  },
  {
    title: 'subtractWorkingTime hours: running over multiple nights',
    call: sub(later, [[19, 'hours']], 'full'),
    expected: '2015-02-24 13:12:34.000',
  },
  {
    title: 'subtractWorkingTime hours: running over multiple weeks',
    call: sub(later, [[108, 'hours']], 'full'),
    expected: '2015-02-09 12:12:34.000',
  },
  {
    title: 'subtractWorkingTime hours: working times with breaks (Thu 15:00 - 4 h)',
    locale: BREAKS,
    call: sub('2020-01-02T15:00:00', [[4, 'hour']], 'full'),
    expected: '2020-01-02 10:00:00.000',
  },
  {
    title: 'subtractWorkingTime hours: working times with breaks (Fri 13:30 - 2 h)',
    locale: BREAKS,
    call: sub('2020-01-03T13:30:00', [[2, 'hour']], 'full'),
    expected: '2020-01-03 11:00:00.000',
  },
  {
    title: 'subtractWorkingTime hours: working times with breaks (Mon 10:30 - 16 h)',
    locale: BREAKS,
    call: sub('2020-01-06T10:30:00', [[16, 'hour']], 'full'),
    expected: '2020-01-02 10:00:00.000',
  },
  {
    title: 'subtractWorkingTime hours: working times with breaks (Thu 15:00 - 2 h)',
    locale: BREAKS,
    call: sub('2020-01-02T15:00:00', [[2, 'hour']], 'full'),
    expected: '2020-01-02 13:00:00.000',
  },
  {
    title: 'subtractWorkingTime hours: working times with breaks (Fri 13:00 - 1 h)',
    locale: BREAKS,
    call: sub('2020-01-03T13:00:00', [[1, 'hour']], 'full'),
    expected: '2020-01-03 11:30:00.000',
  },
  // ---- subtractWorkingTime: minutes, seconds, milliseconds ----
  {
    title: 'subtractWorkingTime minutes: within the day',
    call: sub(later, [[45, 'minutes']], 'full'),
    expected: '2015-02-26 15:27:34.000',
  },
  {
    title: 'subtractWorkingTime minutes: from the last closing when closed',
    call: sub(sunday, [[45, 'minutes']], 'full'),
    expected: '2015-02-27 16:15:00.000',
  },
  {
    title: 'subtractWorkingTime minutes: runs over to the previous day',
    call: sub('2015-02-26T09:00:00.700', [[45, 'minutes']], 'full'),
    expected: '2015-02-25 16:15:00.700',
  },
  {
    title: 'subtractWorkingTime seconds: within the day',
    call: sub(later, [[45, 'seconds']], 'full'),
    expected: '2015-02-26 16:11:49.000',
  },
  {
    title: 'subtractWorkingTime seconds: from the last closing when closed',
    call: sub(sunday, [[45, 'seconds']], 'full'),
    expected: '2015-02-27 16:59:15.000',
  },
  {
    title: 'subtractWorkingTime seconds: runs over to the previous day',
    call: sub('2015-02-26T09:00:20.000', [[45, 'seconds']], 'full'),
    expected: '2015-02-25 16:59:35.000',
  },
  {
    title: 'subtractWorkingTime milliseconds: within the day',
    call: sub(later, [[555, 'milliseconds']], 'full'),
    expected: '2015-02-26 16:12:33.445',
  },
  {
    title: 'subtractWorkingTime milliseconds: from the last closing when closed',
    call: sub(sunday, [[555, 'milliseconds']], 'full'),
    expected: '2015-02-27 16:59:59.445',
  },
  {
    title: 'subtractWorkingTime milliseconds: runs over to the previous day',
    call: sub('2015-02-26T09:00:00.100', [[555, 'milliseconds']], 'full'),
    expected: '2015-02-25 16:59:59.545',
  },
  {
    title: 'subtractWorkingTime: a combination of hours, minutes and seconds',
    call: sub(
      later,
      [
        [9, 'hours'],
        [48, 'minutes'],
        [17, 'seconds'],
      ],
      'full',
    ),
    expected: '2015-02-25 14:24:17.000',
  },
  {
    title: 'subtractWorkingTime: an unknown unit returns the time itself',
    call: sub(later, [[3, 'epochs']], 'full'),
    expected: '2015-02-26 16:12:34.000',
    adapted: 'invalid-input-throws',
    here: { throws: 'unknown unit "epochs"' },
  },
  // ---- modified locales ----
  {
    title: 'modified locales: inconsistent opening hours (closed Monday 10:00)',
    locale: LATE_OPENINGS,
    call: { fn: 'isWorkingTime', at: '2015-02-23T10:00:00' },
    expected: false,
  },
  {
    title: 'modified locales: inconsistent opening hours (+2 h)',
    locale: LATE_OPENINGS,
    call: add('2015-02-23T10:00:00', [[2, 'hours']], 'full'),
    expected: '2015-02-23 14:00:00.000',
  },
  {
    title: 'modified locales: inconsistent opening hours (+15 h)',
    locale: LATE_OPENINGS,
    call: add('2015-02-23T10:00:00', [[15, 'hours']], 'full'),
    expected: '2015-02-25 12:30:00.000',
  },
  {
    title: 'modified locales: inconsistent closing hours (closed Wednesday 16:00)',
    locale: EARLY_CLOSING,
    call: { fn: 'isWorkingTime', at: '2015-02-25T16:00:00' },
    expected: false,
  },
  {
    title: 'modified locales: inconsistent closing hours (+2 h)',
    locale: EARLY_CLOSING,
    call: add('2015-02-25T16:00:00', [[2, 'hours']], 'full'),
    expected: '2015-02-26 11:30:00.000',
  },
  {
    title: 'modified locales: inconsistent closing hours (-8 h)',
    locale: EARLY_CLOSING,
    call: sub('2015-02-25T16:00:00', [[8, 'hours']], 'full'),
    expected: '2015-02-24 12:30:00.000',
  },
  {
    title: 'modified locales: different working days (Friday 16:00 is not working time)',
    locale: SUNDAY_TO_THURSDAY,
    call: { fn: 'isWorkingTime', at: '2015-02-27T16:00:00' },
    expected: false,
  },
  {
    title: 'modified locales: different working days (Friday is not a working day)',
    locale: SUNDAY_TO_THURSDAY,
    call: { fn: 'isWorkingDay', at: '2015-02-27T16:00:00' },
    expected: false,
  },
  {
    title: 'modified locales: different working days (Sunday 10:00 is working time)',
    locale: SUNDAY_TO_THURSDAY,
    call: { fn: 'isWorkingTime', at: '2015-03-01T10:00:00' },
    expected: true,
  },
  {
    title: 'modified locales: different working days (Sunday is a working day)',
    locale: SUNDAY_TO_THURSDAY,
    call: { fn: 'isWorkingDay', at: '2015-03-01T10:00:00' },
    expected: true,
  },
  {
    title: 'modified locales: different working days (the last working day before Sunday is Thursday)',
    locale: SUNDAY_TO_THURSDAY,
    call: { fn: 'lastWorkingDay', at: '2015-03-01T10:00:00' },
    expected: '2015-02-26',
  },
  // ---- workingDiff ----
  {
    title: 'workingDiff: same working day, hours',
    call: diff('2015-02-27T10:00:00', '2015-02-27T13:30:00', 'hours'),
    expected: -3,
  },
  {
    title: 'workingDiff: same working day, hours with detail',
    call: diff('2015-02-27T10:00:00', '2015-02-27T13:30:00', 'hours', true),
    expected: -3.5,
  },
  {
    title: 'workingDiff: same working day, hours with detail, reversed',
    call: diff('2015-02-27T13:30:00', '2015-02-27T10:00:00', 'hours', true),
    expected: 3.5,
  },
  {
    title: 'workingDiff: same working day, hours, reversed',
    call: diff('2015-02-27T13:30:00', '2015-02-27T10:00:00', 'hours'),
    expected: 3,
  },
  {
    title: 'workingDiff: same working day, minutes',
    call: diff('2015-02-27T10:00:00', '2015-02-27T13:30:00', 'minutes'),
    expected: -210,
  },
  {
    title: 'workingDiff: same working day, minutes, reversed',
    call: diff('2015-02-27T13:30:00', '2015-02-27T10:00:00', 'minutes'),
    expected: 210,
  },
  {
    title: 'workingDiff: different days, hours',
    call: diff('2015-02-27T10:00:00', '2015-03-02T13:30:00', 'hours'),
    expected: -11,
  },
  {
    title: 'workingDiff: different days, hours, reversed',
    call: diff('2015-03-02T13:30:00', '2015-02-27T10:00:00', 'hours'),
    expected: 11,
  },
  {
    title: 'workingDiff: different days, hours with detail',
    call: diff('2015-02-27T10:00:00', '2015-03-02T13:30:00', 'hours', true),
    expected: -11.5,
  },
  {
    title: 'workingDiff: different days, hours with detail, reversed',
    call: diff('2015-03-02T13:30:00', '2015-02-27T10:00:00', 'hours', true),
    expected: 11.5,
  },
  {
    title: 'workingDiff: respecting breaks (Thu 10:00-15:00)',
    locale: BREAKS,
    call: diff('2020-01-02T15:00:00', '2020-01-02T10:00:00', 'hour'),
    expected: 4,
  },
  {
    title: 'workingDiff: respecting breaks (Fri 11:00-13:30)',
    locale: BREAKS,
    call: diff('2020-01-03T13:30:00', '2020-01-03T11:00:00', 'hour'),
    expected: 2,
  },
  {
    title: 'workingDiff: respecting breaks (Thu 10:00 to Mon 10:00)',
    locale: BREAKS,
    call: diff('2020-01-06T10:00:00', '2020-01-02T10:00:00', 'hour'),
    expected: 15,
  },
  {
    title: 'workingDiff: respecting breaks (Thu 10:00 to Mon 10:00, with detail)',
    locale: BREAKS,
    call: diff('2020-01-06T10:00:00', '2020-01-02T10:00:00', 'hour', true),
    expected: 15.5,
  },
  {
    title: 'workingDiff: respecting breaks (from the Thursday break)',
    locale: BREAKS,
    call: diff('2020-01-02T15:00:00', '2020-01-02T12:30:00', 'hour'),
    expected: 2,
  },
  {
    title: 'workingDiff: respecting breaks (from the Friday break)',
    locale: BREAKS,
    call: diff('2020-01-03T13:00:00', '2020-01-03T11:30:00', 'hour'),
    expected: 1,
  },
  {
    title: 'workingDiff: working days between dates',
    call: diff('2015-02-27T10:00:00', '2015-03-20T13:30:00', 'days'),
    expected: -15,
    adapted: DAY_DIFF,
  },
  {
    title: 'workingDiff: working days between dates, reversed',
    call: diff('2015-03-20T13:30:00', '2015-02-27T10:00:00', 'days'),
    expected: 15,
    adapted: DAY_DIFF,
  },
  {
    title: 'workingDiff: working days within a day',
    call: diff('2015-02-27T15:00:00', '2015-02-27T10:00:00', 'day'),
    expected: 0,
    adapted: DAY_DIFF,
  },
  {
    title: 'workingDiff: working days within a day, with detail',
    call: diff('2015-02-27T15:00:00', '2015-02-27T10:00:00', 'day', true),
    expected: 0.625,
    adapted: DAY_DIFF,
  },
  {
    title: 'workingDiff: working days over a night',
    call: diff('2015-02-27T15:00:00', '2015-02-26T10:00:00', 'day'),
    expected: 1,
    adapted: DAY_DIFF,
  },
  {
    title: 'workingDiff: working days over a night, with detail',
    call: diff('2015-02-27T15:00:00', '2015-02-26T10:00:00', 'day', true),
    expected: 1.625,
    adapted: DAY_DIFF,
  },
  {
    title: 'workingDiff: working days from a Saturday, with detail',
    call: diff('2015-02-27T15:00:00', '2015-02-21T10:00:00', 'day', true),
    expected: 4.75,
    adapted: DAY_DIFF,
  },
  {
    title: 'workingDiff: working days to a Saturday, with detail',
    call: diff('2015-02-21T10:00:00', '2015-02-27T15:00:00', 'day', true),
    expected: -4.75,
    adapted: DAY_DIFF,
  },
  {
    title: "workingDiff: units that don't make sense for opening times defer to moment (months)",
    call: diff('2015-02-27', '2015-05-27', 'months'),
    expected: -3,
    skip: 'calendar months are not a business-time unit: moment-business-time defers to moment, and contract-terms has no calendar-month difference',
  },
  {
    title: "workingDiff: units that don't make sense for opening times defer to moment (months, reversed)",
    call: diff('2015-05-27', '2015-02-27', 'months'),
    expected: 3,
    skip: 'calendar months are not a business-time unit: moment-business-time defers to moment, and contract-terms has no calendar-month difference',
  },
  ...(
    [
      ['hours', false, -22],
      ['hours', true, -22.5],
    ] as const
  ).map(
    ([unit, detail, expected]): MomentCase => ({
      title: `workingDiff: inconsistent closing hours (${unit}${detail ? ', with detail' : ''})`,
      locale: EARLY_CLOSING,
      call: diff('2015-02-23T10:00:00', '2015-02-26T14:00:00', unit, detail),
      expected,
    }),
  ),
  ...(
    [
      ['hours', false, 22],
      ['hours', true, 22.5],
    ] as const
  ).map(
    ([unit, detail, expected]): MomentCase => ({
      title: `workingDiff: inconsistent closing hours, reversed (${unit}${detail ? ', with detail' : ''})`,
      locale: EARLY_CLOSING,
      call: diff('2015-02-26T14:00:00', '2015-02-23T10:00:00', unit, detail),
      expected,
    }),
  ),
  {
    title: 'workingDiff: zero for times on the same night over consecutive days',
    call: diff('2016-10-16T18:00:00+00:00', '2016-10-17T06:00:00+00:00', 'hours'),
    expected: 0,
  },
  // workingDiff in days from Monday 2021-11-22 at several times (three describes of the spec).
  ...(
    [
      [
        'before business hours',
        '2021-11-22T08:00:00',
        [
          ['2021-11-22T16:00:00', 0],
          ['2021-11-22T18:00:00', 1],
          ['2021-11-23T08:00:00', 1],
          ['2021-11-23T14:00:00', 1],
          ['2021-11-23T19:00:00', 2],
          ['2021-11-26T19:00:00', 5],
          ['2021-11-27T19:00:00', 5],
          ['2021-11-28T19:00:00', 5],
          ['2021-11-29T11:00:00', 5],
          ['2021-11-29T18:00:00', 6],
        ],
      ],
      [
        'during business hours',
        '2021-11-22T11:00:00',
        [
          ['2021-11-22T16:00:00', 0],
          ['2021-11-22T18:00:00', 0],
          ['2021-11-23T08:00:00', 0],
          ['2021-11-23T10:00:00', 0],
          ['2021-11-23T14:00:00', 1],
          ['2021-11-23T19:00:00', 1],
          ['2021-11-24T10:00:00', 1],
          ['2021-11-24T14:00:00', 2],
          ['2021-11-24T19:00:00', 2],
          ['2021-11-26T19:00:00', 4],
          ['2021-11-27T19:00:00', 4],
          ['2021-11-28T19:00:00', 4],
          ['2021-11-29T10:00:00', 4],
          ['2021-11-29T12:00:00', 5],
          ['2021-11-29T18:00:00', 5],
        ],
      ],
      [
        'after business hours',
        '2021-11-22T19:00:00',
        [
          ['2021-11-22T20:00:00', 0],
          ['2021-11-23T08:00:00', 0],
          ['2021-11-23T14:00:00', 0],
          ['2021-11-23T19:00:00', 1],
          ['2021-11-26T19:00:00', 4],
          ['2021-11-27T19:00:00', 4],
          ['2021-11-28T19:00:00', 4],
          ['2021-11-29T11:00:00', 4],
          ['2021-11-29T18:00:00', 5],
        ],
      ],
    ] as const
  ).flatMap(([when, start, rows]) =>
    rows.map(
      ([at, expected]): MomentCase => ({
        title: `workingDiff days: start ${when}, until ${at}`,
        call: diff(at, start, 'days'),
        expected,
        adapted: DAY_DIFF,
      }),
    ),
  ),
  {
    title: 'workingDiff days: start during a break is working time when breaks are ignored',
    locale: LUNCH,
    call: { fn: 'isWorkingTime', at: '2021-11-22T12:30:00', ignoreBreaks: true },
    expected: true,
  },
  ...(
    [
      ['2021-11-22T16:00:00', 0],
      ['2021-11-22T18:00:00', 0],
      ['2021-11-23T08:00:00', 0],
      ['2021-11-23T12:45:00', 1],
      ['2021-11-23T14:00:00', 1],
      ['2021-11-23T14:00:00', 1],
    ] as const
  ).map(
    ([at, expected]): MomentCase => ({
      title: `workingDiff days: start during a break, until ${at}`,
      locale: LUNCH,
      call: diff(at, '2021-11-22T12:30:00', 'days'),
      expected,
      adapted: DAY_DIFF,
    }),
  ),
  // workingDiff in calendar days: the working days between the dates, (from, to] as workingDaysBetween counts.
  ...(
    [
      [
        'start before opening on a working day',
        '2021-11-22T08:00:00',
        [
          ['2021-11-22T16:00:00', 0],
          ['2021-11-22T18:00:00', 0],
          ['2021-11-23T08:00:00', 1],
          ['2021-11-23T14:00:00', 1],
          ['2021-11-23T19:00:00', 1],
          ['2021-11-26T19:00:00', 4],
          ['2021-11-27T19:00:00', 4],
          ['2021-11-28T19:00:00', 4],
          ['2021-11-29T11:00:00', 5],
          ['2021-11-29T18:00:00', 5],
        ],
      ],
      [
        'start after closing on a working day',
        '2021-11-22T19:00:00',
        [
          ['2021-11-22T16:00:00', 0],
          ['2021-11-22T18:00:00', 0],
          ['2021-11-23T08:00:00', 1],
          ['2021-11-23T14:00:00', 1],
          ['2021-11-23T19:00:00', 1],
          ['2021-11-26T19:00:00', 4],
          ['2021-11-27T19:00:00', 4],
          ['2021-11-28T19:00:00', 4],
          ['2021-11-29T11:00:00', 5],
          ['2021-11-29T18:00:00', 5],
        ],
      ],
      [
        'start not on a working day',
        '2021-11-20T08:00:00',
        [
          ['2021-11-20T16:00:00', 0],
          ['2021-11-20T18:00:00', 0],
          ['2021-11-22T08:00:00', 1],
          ['2021-11-22T14:00:00', 1],
          ['2021-11-22T19:00:00', 1],
          ['2021-11-26T19:00:00', 5],
          ['2021-11-27T19:00:00', 5],
          ['2021-11-28T19:00:00', 5],
          ['2021-11-29T11:00:00', 6],
          ['2021-11-29T18:00:00', 6],
        ],
      ],
    ] as const
  ).flatMap(([when, start, rows]) =>
    rows.map(
      ([at, expected]): MomentCase => ({
        title: `workingDiff calendarDays: ${when}, until ${at}`,
        call: diff(at, start, 'calendarDays'),
        expected,
      }),
    ),
  ),
  // ---- holidays ----
  {
    title: 'holidays: not working days',
    holidays: HOLIDAYS,
    call: { fn: 'isWorkingDay', at: '2015-02-27' },
    expected: false,
  },
  {
    title: 'holidays: skipped when adding working days',
    holidays: HOLIDAYS,
    call: add('2015-02-26', [[3, 'days']], 'date'),
    expected: '2015-03-04',
  },
  {
    title: 'holidays: skipped when adding working hours',
    holidays: HOLIDAYS,
    call: add('2015-02-26T12:00:00Z', [[8, 'hours']], 'full'),
    expected: '2015-03-02 12:00:00.000',
  },
  {
    title: 'holidays: skipped when calculating diffs',
    holidays: HOLIDAYS,
    call: diff('2015-03-02T12:00:00Z', '2015-02-26T12:00:00Z', 'hours'),
    expected: 8,
  },
  ...[2015, 2016, 2017, 2018, 2019].map(
    (year): MomentCase => ({
      title: `holidays: wildcards (*-12-25 in ${year})`,
      holidays: HOLIDAYS,
      call: { fn: 'isWorkingDay', at: `${year}-12-25` },
      expected: false,
      adapted: 'recurring-days-off',
    }),
  ),
];

/** The spec's three "generated tests", run as properties over the same span of dates (2001-2033). */
export const MOMENT_GENERATED_CASES: readonly PeerCaseBase[] = [
  { title: 'generated: workingDiff calendarDays f(a,b) + f(b,c) === f(a,c)' },
  { title: 'generated: workingDiff calendarDays f(a,b) === -f(b,a)' },
  { title: 'generated: a.addWorkingTime(n, days).workingDiff(a, calendarDays) === n' },
];
