/**
 * The plain weekday calendar: every day is a working day except the weekend (Saturday and Sunday
 * unless told otherwise), for any year 1-9999, with no holidays at all. It is what date-fns' business
 * days and moment-business-time answer; company days off and working days come through `.with()`.
 *
 * It is a table-backed calendar like the others (so the clocks, deadlines and the SLA engine take it
 * as they take any calendar), built lazily a year at a time around the questions asked.
 */
import { InvalidArgumentError } from '../errors/errors.js';
import { type DayNumber, dayFromCivil, weekdayOfDay } from '../time/civil-date.js';
import { timeZone as resolveZone } from '../time/zone.js';
import { type DaySource, TableCalendar, type WorkingDayCalendar } from './calendar.js';
import { DayCode } from './day-table.js';
import type { HolidayName } from './holiday-names.js';
import { refuseUnknownOptions } from './known-options.js';

/** Options of {@link weekdayCalendar}. */
export interface WeekdayCalendarOptions {
  /**
   * ISO weekdays of the weekend (1 = Monday ... 7 = Sunday). Default `[6, 7]`; `[5, 6]` for a
   * Friday-Saturday weekend; `[]` for none. At least one day of the week must be a working day.
   */
  weekend?: readonly number[];
  /**
   * The IANA zone whose civil dates the calendar speaks of: deadlines and service hours read the date
   * of an instant in it when they are given no other zone. Default `'UTC'`.
   */
  timeZone?: string;
}

const WEEKDAY_LABELS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const KNOWN_OPTIONS = ['weekend', 'timeZone'];

/** The years a weekday calendar answers for: every civil date the library can write. */
const WEEKDAY_RANGE = { first: dayFromCivil(1, 1, 1), last: dayFromCivil(9999, 12, 31) } as const;

/**
 * A weekend checked: ISO weekdays 1-7 (duplicates allowed), leaving at least one working day of the
 * week, since a calendar without working days has no answer to "the next working day".
 */
export function checkWeekend(weekend: unknown, name = 'weekend'): ReadonlySet<number> {
  if (!Array.isArray(weekend) || weekend.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
    throw new InvalidArgumentError('invalid_argument', { name, expected: 'iso-weekdays', input: weekend });
  }
  const days = new Set<number>(weekend);
  if (days.size === 7) {
    throw new InvalidArgumentError('invalid_argument', {
      name,
      expected: 'weekend-not-all-week',
      input: weekend,
    });
  }
  return days;
}

class WeekdaySource implements DaySource {
  readonly covered = WEEKDAY_RANGE;
  readonly limit = WEEKDAY_RANGE;
  readonly estimates = false;
  readonly provisionalFrom = undefined;
  readonly lazy = true;
  readonly id: string;
  readonly dataVersion: string;

  constructor(
    readonly weekend: ReadonlySet<number>,
    readonly timeZone: string,
  ) {
    const standard = weekend.size === 2 && weekend.has(6) && weekend.has(7);
    const days = [...weekend].sort().map((d) => WEEKDAY_LABELS[d - 1]);
    this.id = standard ? 'weekdays' : `weekdays (weekend: ${days.join(', ') || 'none'})`;
    this.dataVersion = 'weekdays: no holidays';
  }

  code(day: DayNumber): number {
    return this.weekend.has(weekdayOfDay(day)) ? DayCode.WEEKEND : DayCode.WORKDAY;
  }

  name(): HolidayName | undefined {
    return undefined;
  }
}

const shared = new Map<string, WorkingDayCalendar>();

/**
 * A plain Monday-Friday calendar (or another weekend) with no holidays, for any year 1-9999: the
 * business days of date-fns and moment-business-time, by name. Layer company holidays on it with
 * `.with({ daysOff })`.
 *
 * @example
 * weekdayCalendar().addWorkingDays('2025-10-03', 1)
 * //=> '2025-10-06' (Friday to Monday; no holidays)
 *
 * @example
 * weekdayCalendar({ weekend: [5, 6] }).isWorkingDay('2025-10-05')
 * //=> true (a Sunday, working where the weekend is Friday and Saturday)
 *
 * @example
 * weekdayCalendar().with({ daysOff: ['2025-12-25'] }).workingDaysBetween('2025-12-19', '2025-12-26')
 * //=> 4 (22, 23, 24 and 26 December)
 */
export function weekdayCalendar(options: WeekdayCalendarOptions = {}): WorkingDayCalendar {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError('invalid_argument', {
      name: 'options',
      expected: 'object',
      input: options,
    });
  }
  refuseUnknownOptions(options, KNOWN_OPTIONS, 'weekday-calendar-options');
  const weekend = checkWeekend(options.weekend ?? [6, 7]);
  const zone = resolveZone(options.timeZone ?? 'UTC').id;
  const key = `${[...weekend].sort().join('')}|${zone}`;
  let calendar = shared.get(key);
  if (calendar === undefined) {
    calendar = new TableCalendar(new WeekdaySource(weekend, zone));
    shared.set(key, calendar);
  }
  return calendar;
}
