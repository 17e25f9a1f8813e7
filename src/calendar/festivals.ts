/**
 * What the reader of notices knows about the festivals themselves, to cross-check a notice against
 * facts it does not state: the day each statutory festival falls on (元旦 1 January, 春节 the first
 * day of the lunar year, 端午节 the 5th of the 5th lunar month, ...), and the lunar date of a day,
 * so that annotations such as `农历腊月二十八` can be checked.
 *
 * Lunar dates come from the host's ICU Chinese calendar (`Intl.DateTimeFormat` with `ca-chinese`),
 * read for the date in UTC so that the host's time zone plays no part. A Node.js built without it
 * gives no lunar dates, and the checks that need them say they were skipped.
 */
import { type DayNumber, dayFromCivil, MS_PER_DAY } from '../time/civil-date.js';

/** A lunar date: month 1-12 (`leap` for an intercalary month) and day 1-30. */
export interface LunarDate {
  month: number;
  leap: boolean;
  day: number;
}

let lunarFormat: Intl.DateTimeFormat | null | undefined;

function format(): Intl.DateTimeFormat | null {
  if (lunarFormat === undefined) {
    try {
      const candidate = new Intl.DateTimeFormat('en-u-ca-chinese', {
        timeZone: 'UTC',
        month: 'numeric',
        day: 'numeric',
      });
      lunarFormat = candidate.resolvedOptions().calendar === 'chinese' ? candidate : null;
    } catch {
      lunarFormat = null;
    }
  }
  return lunarFormat;
}

/** Whether this host can tell lunar dates (ICU with the Chinese calendar). */
export function hasLunarCalendar(): boolean {
  return format() !== null;
}

const cache = new Map<DayNumber, LunarDate | undefined>();

/** The lunar date of a day, or `undefined` when the host has no Chinese calendar. */
export function lunarDateOf(day: DayNumber): LunarDate | undefined {
  if (cache.has(day)) return cache.get(day);
  const f = format();
  let result: LunarDate | undefined;
  if (f !== null) {
    let month = '';
    let dayText = '';
    for (const part of f.formatToParts(day * MS_PER_DAY)) {
      if (part.type === 'month') month = part.value;
      else if (part.type === 'day') dayText = part.value;
    }
    const m = /^(\d+)(bis)?$/.exec(month);
    if (m !== null) result = { month: Number(m[1]), leap: m[2] !== undefined, day: Number(dayText) };
  }
  cache.set(day, result);
  return result;
}

/** Whether the day is 除夕, the last day of the lunar year. */
export function isLunarNewYearsEve(day: DayNumber): boolean | undefined {
  const next = lunarDateOf(day + 1);
  return next === undefined ? undefined : next.month === 1 && !next.leap && next.day === 1;
}

/**
 * The Gregorian day in `year` of a lunar date in a month that is not intercalary (the first such
 * day of the year; festivals fall once a year), or `undefined` without a Chinese calendar.
 */
export function dayOfLunar(year: number, month: number, day: number): DayNumber | undefined {
  if (!hasLunarCalendar()) return undefined;
  const first = dayFromCivil(year, 1, 1);
  const last = dayFromCivil(year, 12, 31);
  // The lunar month m starts roughly (m - 1) * 29.5 days after the lunar new year (21 Jan - 20 Feb).
  const from = Math.max(first, first + Math.floor((month - 1) * 29.5) + day - 10);
  for (let d = from; d <= last; d++) {
    const lunar = lunarDateOf(d)!;
    if (lunar.month === month && !lunar.leap && lunar.day === day) return d;
  }
  return undefined;
}

/** The statutory festivals, as the reader knows them. */
export type FestivalKey =
  | 'new-year'
  | 'spring'
  | 'qingming'
  | 'labour'
  | 'dragon-boat'
  | 'mid-autumn'
  | 'national';

// The names notices have used for each festival (the 2007 notice wrote “五一” and “十一”).
const FESTIVAL_NAMES: ReadonlyArray<[RegExp, FestivalKey]> = [
  [/元旦/, 'new-year'],
  [/春节/, 'spring'],
  [/清明/, 'qingming'],
  [/劳动节|五一/, 'labour'],
  [/端午/, 'dragon-boat'],
  [/中秋/, 'mid-autumn'],
  [/国庆|十一/, 'national'],
];

/** The festivals a name such as `中秋节、国庆节` or `“五一”` stands for, in the order written. */
export function festivalsIn(name: string): FestivalKey[] {
  const found: Array<{ at: number; key: FestivalKey }> = [];
  for (const [pattern, key] of FESTIVAL_NAMES) {
    const m = pattern.exec(name);
    if (m !== null) found.push({ at: m.index, key });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.key);
}

/**
 * The days of which a festival's rest days must contain at least one, in a year: the festival
 * itself (元旦, 劳动节, 国庆节 and the lunar festivals), or for 清明节 the days the solar term can fall
 * on (4-6 April). `undefined` for a lunar festival when the host has no Chinese calendar.
 */
export function festivalDays(key: FestivalKey, year: number): DayNumber[] | undefined {
  const lunar = (month: number, day: number) => {
    const d = dayOfLunar(year, month, day);
    return d === undefined ? undefined : [d];
  };
  switch (key) {
    case 'new-year':
      return [dayFromCivil(year, 1, 1)];
    case 'spring':
      return lunar(1, 1);
    case 'qingming':
      return [dayFromCivil(year, 4, 4), dayFromCivil(year, 4, 5), dayFromCivil(year, 4, 6)];
    case 'labour':
      return [dayFromCivil(year, 5, 1)];
    case 'dragon-boat':
      return lunar(5, 5);
    case 'mid-autumn':
      return lunar(8, 15);
    case 'national':
      return [dayFromCivil(year, 10, 1)];
  }
}

const LUNAR_MONTHS: Readonly<Record<string, number>> = {
  正: 1,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  冬: 11,
  十一: 11,
  腊: 12,
  十二: 12,
};
const TENS: Readonly<Record<string, number>> = { 初: 0, 十: 10, 廿: 20, 二十: 20, 三十: 30 };
const UNITS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/** A lunar day as written: 初一..初十, 十一..十九, 二十, 廿一/二十一..廿九, 三十. */
function lunarDayNumber(text: string): number | undefined {
  if (text === '二十' || text === '三十') return TENS[text];
  if (text === '十') return 10;
  const m = /^(初|十|廿|二十|三十)([一二三四五六七八九十])$/.exec(text);
  if (m === null) return undefined;
  const value = TENS[m[1]!]! + UNITS[m[2]!]!;
  return value >= 1 && value <= 30 && !(m[1] !== '初' && m[2] === '十') ? value : undefined;
}

/** What an annotation says of a day's lunar date. */
export type LunarClaim =
  | { kind: 'date'; month: number; day: number; text: string }
  | { kind: 'eve'; text: string };

/**
 * The lunar dates an annotation names, in order: `农历腊月二十八、周日` gives one, `农历除夕至正月初六`
 * two (the start and end of a range); a day without a month takes the month before it (`大年初一至初七`).
 * Text that is not a lunar date is skipped.
 */
export function lunarClaims(annotation: string): LunarClaim[] {
  const claims: LunarClaim[] = [];
  let month: number | undefined;
  const pattern =
    /除夕|(?:(正|冬|腊|十一|十二|十|[一二三四五六七八九])月)?(?:大年)?(初[一二三四五六七八九十]|二十[一二三四五六七八九]|廿[一二三四五六七八九]|三十|二十|十[一二三四五六七八九]?)|春节/g;
  for (const m of annotation.matchAll(pattern)) {
    if (m[0] === '除夕') {
      claims.push({ kind: 'eve', text: m[0] });
      month = 12;
      continue;
    }
    if (m[0] === '春节') {
      claims.push({ kind: 'date', month: 1, day: 1, text: m[0] });
      month = 1;
      continue;
    }
    if (m[1] !== undefined) month = LUNAR_MONTHS[m[1]];
    else if (m[0].startsWith('大年')) month = 1;
    const day = lunarDayNumber(m[2]!);
    // A bare 十 or 十一 is more likely a weekday or a number than a lunar day: only with a month or 初.
    if (day === undefined || month === undefined) continue;
    claims.push({ kind: 'date', month, day, text: m[0] });
  }
  return claims;
}

/** Whether a day is the lunar date claimed; `undefined` when the host cannot tell. */
export function matchesLunarClaim(day: DayNumber, claim: LunarClaim): boolean | undefined {
  if (claim.kind === 'eve') return isLunarNewYearsEve(day);
  const lunar = lunarDateOf(day);
  if (lunar === undefined) return undefined;
  return !lunar.leap && lunar.month === claim.month && lunar.day === claim.day;
}

/** A lunar date in words, for messages: `12/28`, `1/1`. */
export function formatLunar(day: DayNumber): string {
  const lunar = lunarDateOf(day);
  if (lunar === undefined) return '?';
  return `${lunar.leap ? 'leap ' : ''}${lunar.month}/${lunar.day}`;
}
