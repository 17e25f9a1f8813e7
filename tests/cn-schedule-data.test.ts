/**
 * The shipped schedule against its sources: the generated module is what the script makes of
 * data/holiday-cn today, and every day 2007-2026 has the status the raw files give it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderScheduleModule } from '../scripts/cn-schedule-source.js';
import { chinaCalendar } from '../src/index.js';
import { FIRST, LAST, listed, naiveIsWorking, rawFiles, shift, toDate } from './support/naive-calendar.js';

const root = join(import.meta.dirname, '..');

describe('the generated China schedule module', () => {
  it('is exactly what scripts/generate.ts makes of data/holiday-cn', () => {
    const committed = readFileSync(join(root, 'src/calendar/cn-schedule.generated.ts'), 'utf8');
    expect(committed).toBe(renderScheduleModule(join(root, 'data/holiday-cn')));
  });

  it('treats the empty 2027 file as not announced', () => {
    const empty = rawFiles.find((f) => f.year === 2027);
    expect(empty?.days).toEqual([]);
    expect(chinaCalendar().coverage).toEqual({ start: '2007-01-01', end: '2026-12-31' });
  });
});

describe('every day 2007-01-01..2026-12-31 against the source files', () => {
  const calendar = chinaCalendar();
  const restOnly = chinaCalendar({ makeUpWorkingDays: false });
  const days: string[] = [];
  for (let day = FIRST; day <= LAST; day = shift(day, 1)) days.push(day);

  it('covers 7,305 days', () => {
    expect(days.length).toBe(7305);
  });

  it('isWorkingDay agrees with the merged files on every day', () => {
    const wrong = days.filter((d) => calendar.isWorkingDay(d) !== naiveIsWorking(d));
    expect(wrong).toEqual([]);
  });

  it('the rest-days-only calendar agrees on every day', () => {
    const wrong = days.filter((d) => restOnly.isWorkingDay(d) !== naiveIsWorking(d, { makeUp: false }));
    expect(wrong).toEqual([]);
  });

  it('names every listed day with its holiday and kind', () => {
    for (const file of rawFiles) {
      for (const entry of file.days) {
        if (entry.date < FIRST) continue; // 2006-12-30/31: listed by the 2007 notice, but 2006 is not covered
        const info = calendar.day(entry.date);
        expect(info.name?.zh, entry.date).toBe(entry.name);
        const weekend = info.weekday >= 6;
        expect(info.kind, entry.date).toBe(
          entry.isOffDay ? 'holiday' : weekend ? 'makeup-workday' : 'workday',
        );
      }
    }
  });

  it('reads cross-year entries from the next year file (2018-12-29 in 2019.json)', () => {
    expect(listed.get('2018-12-29')).toBe(false);
    expect(calendar.isWorkingDay('2018-12-29')).toBe(true);
    expect(calendar.isWorkingDay('2018-12-31')).toBe(false);
  });

  it('has as many rest weekdays minus working weekend days as the statutory holidays of each scheme', () => {
    // From the data README: 10 (2007), 11 (2008-2024), 12 (2015), 13 (2020), 13 (2025-2026).
    const expected: Record<number, number> = { 2007: 10, 2015: 12, 2020: 13, 2025: 13, 2026: 13 };
    for (const file of rawFiles) {
      if (file.days.length === 0) continue;
      let balance = 0;
      for (const entry of file.days) {
        const weekday = toDate(entry.date).getUTCDay();
        const weekend = weekday === 0 || weekday === 6;
        if (entry.isOffDay && !weekend) balance++;
        if (!entry.isOffDay && weekend) balance--;
      }
      expect(balance, String(file.year)).toBe(expected[file.year] ?? 11);
    }
  });
});
