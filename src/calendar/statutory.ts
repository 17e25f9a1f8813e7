/**
 * The statutory holidays (法定节假日) of mainland China, by the rules in force each year, and what
 * every day of an announced holiday break is: a statutory holiday, a weekday off because a statutory
 * holiday fell on a weekend (补休), a rest day moved by the swap with a make-up working day (调休),
 * a Saturday or Sunday inside the break, or a rest day the notice added beyond the law.
 *
 * Labour law treats them differently: work on a statutory holiday is paid at three times the wage
 * (劳动法 art. 44), work on another rest day at twice or with time off. The notices do not say which
 * day is which; the rules do, in 《全国年节及纪念日放假办法》:
 *
 *   1999 (in force 1999-09-18)  元旦 1, 春节 3 (初一-初三), 劳动节 3 (5-1..5-3), 国庆节 3 (10-1..10-3)
 *   2007 revision (2008-01-01)  元旦 1, 春节 3 (除夕-初二), 清明节 1, 劳动节 1, 端午节 1, 中秋节 1, 国庆节 3
 *   2013 revision (2014-01-01)  the same, but 春节 3 is 初一-初三 again
 *   2024 revision (2025-01-01)  春节 4 (除夕-初三), 劳动节 2 (5-1, 5-2); the rest as before
 *
 * plus one holiday decided for a single year: 2015-09-03, the 70th anniversary of the victory in the
 * War of Resistance (the State Council's 2015 notice, in the 2015 file's papers). The lunar festivals
 * come from a table generated with date-chinese (lunar-festivals.generated.ts, 2000-2199).
 *
 * Which weekday of a break is a substitute day and which a swapped one the notices do not say either.
 * The convention here (that of chinese-days' `isInLieu`, compared in tests/peers/chinese-days):
 * a break's weekday rest days that are not statutory are, from its last one backwards, as many swapped
 * days (in lieu) as the break has make-up working days; then, from its first one, as many substitute
 * days as its statutory holidays falling on a Saturday or Sunday; whatever remains is an extra rest
 * day (the 2020 extension of the Spring Festival break).
 */
import type { Assert, ListsAll } from '../internal/lists.js';
import { type DayNumber, dayFromCivil, isWeekendDay, yearOfDay } from '../time/civil-date.js';
import type { MergedSchedule } from './holiday-cn.js';
import { chineseHolidayName, type HolidayName } from './holiday-names.js';
import { LUNAR_FESTIVALS, LUNAR_FESTIVALS_FIRST_YEAR } from './lunar-festivals.generated.js';

/** What a day of a holiday break is, for labour law. */
export const FESTIVAL_ROLES = [
  'statutory',
  'substitute',
  'in-lieu',
  'weekend',
  'extra',
  'makeup-workday',
] as const satisfies readonly FestivalRole[];

/**
 * What a day of a holiday break is: `statutory` (法定节假日), `substitute` (补休: a weekday off because a
 * statutory holiday fell on a weekend), `in-lieu` (调休: a weekday off swapped with a make-up working
 * day), `weekend` (a Saturday or Sunday inside the break), `extra` (a rest day the notice added beyond
 * the law), `makeup-workday` (调休上班: a weekend day worked in exchange).
 */
export type FestivalRole = 'statutory' | 'substitute' | 'in-lieu' | 'weekend' | 'extra' | 'makeup-workday';

/** Compile-time: FESTIVAL_ROLES lists every FestivalRole. */
export type FESTIVAL_ROLES_LISTED = Assert<ListsAll<FestivalRole, typeof FESTIVAL_ROLES>>;

/** How a day of an official holiday break in mainland China relates to the statutory holidays. */
export interface FestivalDay {
  /** What the day is within its break. */
  role: FestivalRole;
  /**
   * The festival: a statutory holiday's own; for another day of a break, the break's principal
   * festival (the one with the most statutory holidays in it: National Day in a National Day and
   * Mid-Autumn break).
   */
  name: HolidayName;
  /**
   * How many statutory holidays that festival has in that year under the rules then in force (the
   * Spring Festival: 3 before 2025, 4 since; Labour Day: 3 until 2007, 1 from 2008, 2 since 2025).
   */
  statutoryDays: number;
}

type FestivalKey =
  | 'new-year'
  | 'spring-festival'
  | 'qingming'
  | 'labour-day'
  | 'dragon-boat'
  | 'mid-autumn'
  | 'national-day'
  | 'victory-70';

// Frozen: the same objects are handed to every caller of day().
const FESTIVALS: Readonly<Record<FestivalKey, HolidayName>> = {
  'new-year': Object.freeze(chineseHolidayName('元旦')),
  'spring-festival': Object.freeze(chineseHolidayName('春节')),
  qingming: Object.freeze(chineseHolidayName('清明节')),
  'labour-day': Object.freeze(chineseHolidayName('劳动节')),
  'dragon-boat': Object.freeze(chineseHolidayName('端午节')),
  'mid-autumn': Object.freeze(chineseHolidayName('中秋节')),
  'national-day': Object.freeze(chineseHolidayName('国庆节')),
  'victory-70': Object.freeze(chineseHolidayName('抗日战争暨世界反法西斯战争胜利70周年纪念日')),
};

/** The festival dates of a year from the generated table; undefined outside it. */
function lunarDates(
  year: number,
):
  | { springFestival: DayNumber; dragonBoat: DayNumber; midAutumn: DayNumber; qingming: DayNumber }
  | undefined {
  const row = LUNAR_FESTIVALS[year - LUNAR_FESTIVALS_FIRST_YEAR];
  if (row === undefined) return undefined;
  const [spring, dragon, mid, qing] = row.split(' ').map((mmdd) => {
    return dayFromCivil(year, Number(mmdd.slice(0, 2)), Number(mmdd.slice(2, 4)));
  }) as [DayNumber, DayNumber, DayNumber, DayNumber];
  return { springFestival: spring, dragonBoat: dragon, midAutumn: mid, qingming: qing };
}

const run = (first: DayNumber, days: number): DayNumber[] =>
  Array.from({ length: days }, (_, i) => first + i);

/** A version of 《全国年节及纪念日放假办法》 and the statutory holidays it gives a year. */
interface Revision {
  /** The first year it governs (it came into force on 1 January of it, or, for 1999, before 2000). */
  from: number;
  holidays(
    year: number,
    lunar: NonNullable<ReturnType<typeof lunarDates>>,
  ): Array<[FestivalKey, DayNumber[]]>;
}

const REVISIONS: readonly Revision[] = [
  {
    from: 2000, // the 1999 version (in force 1999-09-18); the table starts in 2000
    holidays: (y, l) => [
      ['new-year', [dayFromCivil(y, 1, 1)]],
      ['spring-festival', run(l.springFestival, 3)],
      ['labour-day', run(dayFromCivil(y, 5, 1), 3)],
      ['national-day', run(dayFromCivil(y, 10, 1), 3)],
    ],
  },
  {
    from: 2008, // the 2007 revision: 除夕 becomes statutory, Labour Day shrinks to one day, three festivals join
    holidays: (y, l) => [
      ['new-year', [dayFromCivil(y, 1, 1)]],
      ['spring-festival', run(l.springFestival - 1, 3)],
      ['qingming', [l.qingming]],
      ['labour-day', [dayFromCivil(y, 5, 1)]],
      ['dragon-boat', [l.dragonBoat]],
      ['mid-autumn', [l.midAutumn]],
      ['national-day', run(dayFromCivil(y, 10, 1), 3)],
    ],
  },
  {
    from: 2014, // the 2013 revision: the Spring Festival is 初一-初三 again
    holidays: (y, l) => [
      ['new-year', [dayFromCivil(y, 1, 1)]],
      ['spring-festival', run(l.springFestival, 3)],
      ['qingming', [l.qingming]],
      ['labour-day', [dayFromCivil(y, 5, 1)]],
      ['dragon-boat', [l.dragonBoat]],
      ['mid-autumn', [l.midAutumn]],
      ['national-day', run(dayFromCivil(y, 10, 1), 3)],
    ],
  },
  {
    from: 2025, // the 2024 revision: 除夕 to 初三, and a second Labour Day
    holidays: (y, l) => [
      ['new-year', [dayFromCivil(y, 1, 1)]],
      ['spring-festival', run(l.springFestival - 1, 4)],
      ['qingming', [l.qingming]],
      ['labour-day', run(dayFromCivil(y, 5, 1), 2)],
      ['dragon-boat', [l.dragonBoat]],
      ['mid-autumn', [l.midAutumn]],
      ['national-day', run(dayFromCivil(y, 10, 1), 3)],
    ],
  },
];

/** Holidays the State Council declared for one year only, outside the regulation. */
const ONE_OFF: ReadonlyArray<[FestivalKey, DayNumber[]]> = [['victory-70', [dayFromCivil(2015, 9, 3)]]];

/**
 * The statutory holidays of a year, festival by festival, or undefined when the year is outside the
 * rules this module knows (2000-2199).
 */
export function statutoryHolidays(
  year: number,
): Array<{ festival: HolidayName; days: DayNumber[] }> | undefined {
  const lunar = lunarDates(year);
  const revision = [...REVISIONS].reverse().find((r) => r.from <= year);
  if (lunar === undefined || revision === undefined) return undefined;
  const holidays = revision.holidays(year, lunar);
  for (const [key, days] of ONE_OFF) if (yearOfDay(days[0]!) === year) holidays.push([key, days]);
  return holidays.map(([key, days]) => ({ festival: FESTIVALS[key], days }));
}

interface Statutory {
  festival: HolidayName;
  count: number;
}

/** A day's statutory holidays: usually one, two when festivals coincide (2020-10-01). */
type StatutoryDay = Statutory[];

/** A break carries substitute days it could not grant to the next break starting within this many days. */
const CARRY_DAYS = 7;

/**
 * What every day of the announced breaks of a schedule is (the days the notices list as rest days or
 * make-up working days, and statutory holidays on a weekend that a notice leaves unlisted). Days of
 * years outside 2000-2199 are left out.
 */
export function classifyBreaks(schedule: MergedSchedule): Map<DayNumber, FestivalDay> {
  const statutory = new Map<DayNumber, StatutoryDay>();
  for (const year of schedule.announcedYears) {
    for (const { festival, days } of statutoryHolidays(year) ?? []) {
      for (const day of days) {
        const list = statutory.get(day) ?? [];
        list.push({ festival, count: days.length });
        // The principal festival of a day first: the one with more statutory days.
        list.sort((a, b) => b.count - a.count);
        statutory.set(day, list);
      }
    }
  }

  // The breaks: the days one notice lists under one name, in date order.
  const byKey = new Map<string, { name: string; off: DayNumber[]; makeUp: DayNumber[] }>();
  for (const entry of schedule.days.values()) {
    const key = `${entry.noticeYear}|${entry.name}`;
    let group = byKey.get(key);
    if (group === undefined) {
      group = { name: entry.name, off: [], makeUp: [] };
      byKey.set(key, group);
    }
    if (entry.off) group.off.push(entry.day);
    else if (isWeekendDay(entry.day)) group.makeUp.push(entry.day);
  }
  const breaks = [...byKey.values()].filter((g) => g.off.length > 0);
  for (const group of breaks) group.off.sort((a, b) => a - b);
  breaks.sort((a, b) => a.off[0]! - b.off[0]!);

  const out = new Map<DayNumber, FestivalDay>();
  let carry = 0;
  let previousEnd = Number.NEGATIVE_INFINITY;
  for (const group of breaks) {
    const first = group.off[0]!;
    if (first - previousEnd > CARRY_DAYS) carry = 0;
    previousEnd = group.off[group.off.length - 1]!;
    if (statutoryHolidays(yearOfDay(first)) === undefined) continue;
    // The principal festival: the most statutory holidays in the break, the earliest on a tie.
    const tally = new Map<HolidayName, number>();
    let principal: Statutory | undefined;
    // Substitute days owed: a statutory holiday on a weekend, or two on one day, is owed a weekday.
    let owed = carry;
    let firstStatutory: DayNumber | undefined;
    for (const day of group.off) {
      const list = statutory.get(day);
      if (list === undefined) continue;
      firstStatutory ??= day;
      owed += isWeekendDay(day) ? list.length : list.length - 1;
      for (const s of list) {
        const n = (tally.get(s.festival) ?? 0) + 1;
        tally.set(s.festival, n);
        if (principal === undefined || n > (tally.get(principal.festival) ?? 0)) principal = s;
      }
    }
    // A break without a statutory holiday (a notice of another kind): named as the notice names it.
    const main: Statutory = principal ?? {
      festival: Object.freeze(chineseHolidayName(group.name)),
      count: 0,
    };
    const info = (role: FestivalRole, s: Statutory = main): FestivalDay =>
      Object.freeze({ role, name: s.festival, statutoryDays: s.count });
    const moved: DayNumber[] = [];
    for (const day of group.off) {
      const list = statutory.get(day);
      if (list !== undefined) out.set(day, info('statutory', list[0]));
      else if (isWeekendDay(day)) out.set(day, info('weekend'));
      else moved.push(day);
    }
    // Substitute days follow the holidays they stand for; the swap takes the others; the rest is extra.
    const after = moved.filter((day) => firstStatutory !== undefined && day > firstStatutory);
    const before = moved.filter((day) => !after.includes(day)).reverse();
    const substitutes = new Set([...after, ...before].slice(0, owed));
    carry = owed - substitutes.size;
    let swaps = group.makeUp.length;
    for (const day of moved) {
      if (substitutes.has(day)) out.set(day, info('substitute'));
      else out.set(day, info(swaps-- > 0 ? 'in-lieu' : 'extra'));
    }
    for (const day of group.makeUp) out.set(day, info('makeup-workday'));
  }
  // A statutory holiday on a weekend that no notice lists (a break "joined to the weekend") is one still.
  for (const [day, list] of statutory) {
    if (!schedule.days.has(day) && isWeekendDay(day)) {
      out.set(
        day,
        Object.freeze({ role: 'statutory', name: list[0]!.festival, statutoryDays: list[0]!.count }),
      );
    }
  }
  return out;
}

const classified = new WeakMap<MergedSchedule, Map<DayNumber, FestivalDay>>();

/** {@link classifyBreaks}, computed once per schedule (the shipped one is shared by every calendar). */
export function breaksOf(schedule: MergedSchedule): Map<DayNumber, FestivalDay> {
  let breaks = classified.get(schedule);
  if (breaks === undefined) {
    breaks = classifyBreaks(schedule);
    classified.set(schedule, breaks);
  }
  return breaks;
}
