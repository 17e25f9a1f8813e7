/**
 * The compact form in which the official China schedule is shipped, and its decoding.
 *
 * One entry per holiday a notice names: the rest days as dates and date ranges, the make-up working
 * days as dates, all written `YYYY-MM-DD` so the generated module reads like the notice itself.
 */
import { type DayNumber, formatCivilDate, parseCivilDate } from '../time/civil-date.js';
import type { Notice, NoticeDay } from './holiday-cn.js';

/** A holiday in a notice: its name, rest days (`a..b` ranges or dates) and working days, space-separated. */
export type CompactHoliday = readonly [name: string, restDays: string, workingDays: string];

/** One notice, compactly. */
export interface CompactNotice {
  readonly year: number;
  readonly papers: readonly string[];
  readonly holidays: readonly CompactHoliday[];
}

function encodeRuns(days: DayNumber[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < days.length) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j]! + 1) j++;
    parts.push(
      j === i ? formatCivilDate(days[i]!) : `${formatCivilDate(days[i]!)}..${formatCivilDate(days[j]!)}`,
    );
    i = j + 1;
  }
  return parts.join(' ');
}

/** Encodes a notice compactly. */
export function encodeNotice(notice: Notice): CompactNotice {
  const groups = new Map<string, { off: DayNumber[]; work: DayNumber[] }>();
  for (const entry of notice.days) {
    let group = groups.get(entry.name);
    if (group === undefined) {
      group = { off: [], work: [] };
      groups.set(entry.name, group);
    }
    (entry.off ? group.off : group.work).push(entry.day);
  }
  const holidays: CompactHoliday[] = [];
  for (const [name, group] of groups) {
    holidays.push([name, encodeRuns(group.off), group.work.map(formatCivilDate).join(' ')]);
  }
  return { year: notice.year, papers: notice.papers, holidays };
}

/** Decodes a compact notice back into the days it lists. */
export function decodeNotice(compact: CompactNotice, source: string): Notice {
  const days: NoticeDay[] = [];
  for (const [name, rest, work] of compact.holidays) {
    for (const token of rest.split(' ')) {
      if (token === '') continue;
      const [from, to = from] = token.split('..') as [string, string?];
      const last = parseCivilDate(to);
      for (let day = parseCivilDate(from); day <= last; day++) days.push({ day, name, off: true });
    }
    for (const token of work.split(' ')) {
      if (token !== '') days.push({ day: parseCivilDate(token), name, off: false });
    }
  }
  days.sort((a, b) => a.day - b.day);
  return { year: compact.year, papers: [...compact.papers], days, source };
}
