/**
 * What the notice reader knows of the festivals: lunar dates from the host's Chinese calendar
 * (checked against the official Spring Festival of every shipped year), festival names, and the
 * lunar annotations notices write.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayFromCivil, formatCivilDate, parseCivilDate } from '../time/civil-date.js';
import {
  dayOfLunar,
  festivalDays,
  festivalsIn,
  hasLunarCalendar,
  isLunarNewYearsEve,
  lunarClaims,
  lunarDateOf,
} from './festivals.js';

describe('lunar dates', () => {
  it('are available on this host (Node with full ICU)', () => {
    expect(hasLunarCalendar()).toBe(true);
  });

  it('place the lunar new year inside the official Spring Festival of every year 2007-2026', () => {
    for (let year = 2007; year <= 2026; year++) {
      const file = JSON.parse(
        readFileSync(join(import.meta.dirname, '../../data/holiday-cn', `${year}.json`), 'utf8'),
      ) as { days: Array<{ name: string; date: string; isOffDay: boolean }> };
      const spring = file.days.filter((d) => d.name === '春节' && d.isOffDay).map((d) => d.date);
      const newYear = formatCivilDate(dayOfLunar(year, 1, 1)!);
      expect(spring, String(year)).toContain(newYear);
    }
  });

  it('know 除夕 and the annotated days of the 2026 notice', () => {
    expect(lunarDateOf(parseCivilDate('2026-02-15'))).toEqual({ month: 12, leap: false, day: 28 });
    expect(lunarDateOf(parseCivilDate('2026-02-23'))).toEqual({ month: 1, leap: false, day: 7 });
    expect(isLunarNewYearsEve(parseCivilDate('2026-02-16'))).toBe(true);
    expect(isLunarNewYearsEve(parseCivilDate('2026-02-15'))).toBe(false);
    expect(lunarDateOf(parseCivilDate('2023-03-22'))).toEqual({ month: 2, leap: true, day: 1 });
  });
});

describe('festivals', () => {
  it('are read from the names notices write', () => {
    expect(festivalsIn('中秋节、国庆节')).toEqual(['mid-autumn', 'national']);
    expect(festivalsIn('“五一”')).toEqual(['labour']);
    expect(festivalsIn('抗日战争暨世界反法西斯战争胜利70周年纪念日')).toEqual([]);
  });

  it('fall on their days', () => {
    expect(festivalDays('national', 2026)).toEqual([dayFromCivil(2026, 10, 1)]);
    expect(festivalDays('dragon-boat', 2026)!.map(formatCivilDate)).toEqual(['2026-06-19']);
    expect(festivalDays('mid-autumn', 2026)!.map(formatCivilDate)).toEqual(['2026-09-25']);
  });
});

describe('lunar annotations', () => {
  it('are read as written in the notices', () => {
    expect(lunarClaims('农历腊月二十八、周日')).toEqual([
      { kind: 'date', month: 12, day: 28, text: '腊月二十八' },
    ]);
    expect(lunarClaims('农历除夕至正月初六')).toEqual([
      { kind: 'eve', text: '除夕' },
      { kind: 'date', month: 1, day: 6, text: '正月初六' },
    ]);
    expect(
      lunarClaims('即农历大年初一至初七').map((c) => (c.kind === 'date' ? [c.month, c.day] : c.kind)),
    ).toEqual([
      [1, 1],
      [1, 7],
    ]);
    expect(lunarClaims('星期六')).toEqual([]);
  });
});
