/**
 * Computes the dates of the festivals the statutory holidays of mainland China follow (the Spring
 * Festival, the Dragon Boat and Mid-Autumn festivals on the Chinese lunisolar calendar, Qingming on
 * the solar terms) and renders src/calendar/lunar-festivals.generated.ts.
 *
 * The astronomy (new moons, the sun's longitude, in China Standard Time, to the day) is date-chinese's.
 * The months are numbered here by the rules of GB/T 33661-2017 《农历的编算和颁行》, because
 * date-chinese's own conversion of a month and day places the leap month of 2033 after the seventh
 * month (the old almanacs' mistake), which puts that year's Mid-Autumn Festival on 10-07 instead of
 * 09-08: the month holding the winter solstice is the eleventh; only when thirteen months begin
 * between two such months is one of them a leap month, the first of them that holds no major solar
 * term (中气), a term counting in the month that holds the day it falls on.
 *
 * That takes about two seconds for the 200 years, so the library ships the result rather than the
 * computation. tests/lunar-festivals.test.ts checks the table against an independent implementation
 * (chinese-days' table of lunar months) and the statutory days it yields against the official data.
 */
import { CalendarChinese } from 'date-chinese';

/** The years of the table: 2000 (before the first notice shipped, 2007) to the calendars' limit. */
export const LUNAR_TABLE_YEARS = [2000, 2199] as const;

/** One year's festivals as MMDD: Spring Festival (正月初一), Dragon Boat (五月初五), Mid-Autumn (八月十五), Qingming. */
export interface FestivalDates {
  year: number;
  springFestival: string;
  dragonBoat: string;
  midAutumn: string;
  qingming: string;
}

/** MMDD of the civil date in China Standard Time of a date-chinese "midnight" (a JDE at 00:00 UTC+8). */
function mmddOf(jde: number, year: number): string {
  // JD 2440587.5 is 1970-01-01T00:00Z; 00:00 UTC+8 is 16:00Z the day before, so adding 8 h gives the
  // civil date at 00:00Z, and half a day more keeps clear of rounding (and of ΔT, about a minute).
  const day = Math.floor(jde - 2_440_587.5 + 8 / 24 + 0.5);
  const date = new Date(day * 86_400_000).toISOString();
  if (Number(date.slice(0, 4)) !== year) throw new Error(`${date.slice(0, 10)} is not in ${year}`);
  return `${date.slice(5, 7)}${date.slice(8, 10)}`;
}

/**
 * The first days of the months of the Chinese year that begins in Gregorian `year`, numbered by
 * GB/T 33661-2017: from the eleventh month (the one holding the winter solstice of `year - 1`) to
 * the eleventh month of `year`, excluded.
 */
function monthStarts(
  calendar: CalendarChinese,
  year: number,
): Array<{ start: number; month: number; leap: boolean }> {
  // majorSolarTerm(11) is Z11, the winter solstice (270°), as midnight of its day.
  const first = calendar.previousNewMoon(calendar.majorSolarTerm(11, year - 1));
  const last = calendar.previousNewMoon(calendar.majorSolarTerm(11, year));
  const starts = [first];
  while (starts.length < 15) {
    const next = calendar.nextNewMoon(starts[starts.length - 1]! + 1);
    if (next >= last) break;
    starts.push(next);
  }
  starts.push(last);
  const count = starts.length - 1;
  if (count !== 12 && count !== 13) throw new Error(`${count} months between the solstices before ${year}`);
  // A month holds a major term when the sun's term differs at the midnights that begin it and the next.
  // (date-chinese's declarations say inMajorSolarTerm returns a number; it returns { term, lon }.)
  const term = (jde: number) => (calendar.inMajorSolarTerm(jde) as unknown as { term: number }).term;
  const holdsMajorTerm = (i: number) => term(starts[i]!) !== term(starts[i + 1]!);
  let leapIndex = -1;
  if (count === 13) {
    for (let i = 1; i < count && leapIndex < 0; i++) if (!holdsMajorTerm(i)) leapIndex = i;
    if (leapIndex < 0) throw new Error(`no month without a major term before ${year}`);
  }
  const out = [{ start: first, month: 11, leap: false }];
  let month = 11;
  for (let i = 1; i < count; i++) {
    if (i === leapIndex) out.push({ start: starts[i]!, month, leap: true });
    else {
      month = (month % 12) + 1;
      out.push({ start: starts[i]!, month, leap: false });
    }
  }
  return out;
}

/** The festival dates of each year of the table. */
export function computeFestivalDates(): FestivalDates[] {
  const out: FestivalDates[] = [];
  const calendar = new CalendarChinese();
  for (let year = LUNAR_TABLE_YEARS[0]; year <= LUNAR_TABLE_YEARS[1]; year++) {
    const months = monthStarts(calendar, year);
    const start = (month: number) => months.find((m) => m.month === month && !m.leap)!.start;
    const springFestival = mmddOf(start(1), year);
    // date-chinese's own new year (computed with the same rule) must agree.
    if (mmddOf(calendar.newYear(year), year) !== springFestival) throw new Error(`new year of ${year}`);
    out.push({
      year,
      springFestival,
      dragonBoat: mmddOf(start(5) + 4, year),
      midAutumn: mmddOf(start(8) + 14, year),
      qingming: mmddOf(calendar.qingming(year), year),
    });
  }
  return out;
}

/** The text of src/calendar/lunar-festivals.generated.ts. */
export function renderLunarFestivalsModule(dates: readonly FestivalDates[] = computeFestivalDates()): string {
  const lines = [
    '// Generated by scripts/generate.ts with date-chinese (scripts/lunar-festivals-source.ts). Do not edit',
    '// by hand: run `npm run generate`. tests/lunar-festivals.test.ts fails when stale.',
    '',
    '/** The first Gregorian year of {@link LUNAR_FESTIVALS}. */',
    `export const LUNAR_FESTIVALS_FIRST_YEAR = ${LUNAR_TABLE_YEARS[0]};`,
    '',
    '/**',
    ' * Per Gregorian year from {@link LUNAR_FESTIVALS_FIRST_YEAR}, as MMDD in China Standard Time: the Spring',
    ' * Festival (正月初一; 除夕 is the day before), the Dragon Boat Festival (五月初五), the Mid-Autumn',
    ' * Festival (八月十五) and Qingming (the day of the solar term 清明), space-separated.',
    ' */',
    'export const LUNAR_FESTIVALS: readonly string[] = [',
    ...dates.map((d) => `  '${d.springFestival} ${d.dragonBoat} ${d.midAutumn} ${d.qingming}', // ${d.year}`),
    '];',
    '',
  ];
  return lines.join('\n');
}
