/**
 * The generated table of festival dates (src/calendar/lunar-festivals.generated.ts) against its
 * generator (date-chinese, astronomical) and against an independent implementation: chinese-days'
 * lunar calendar (the classic 1900-2100 table of month lengths) and its solar-term formula.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import chineseDays from 'chinese-days';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeFestivalDates, renderLunarFestivalsModule } from '../scripts/lunar-festivals-source.js';
import { LUNAR_FESTIVALS, LUNAR_FESTIVALS_FIRST_YEAR } from '../src/calendar/lunar-festivals.generated.js';

const root = join(import.meta.dirname, '..');
const rows = LUNAR_FESTIVALS.map((row, i) => {
  const [springFestival, dragonBoat, midAutumn, qingming] = row.split(' ') as [
    string,
    string,
    string,
    string,
  ];
  return { year: LUNAR_FESTIVALS_FIRST_YEAR + i, springFestival, dragonBoat, midAutumn, qingming };
});
const iso = (year: number, mmdd: string) => `${year}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`;

describe('the generated lunar festival table', () => {
  // chinese-days computes in the host's local calendar fields (a date string read as UTC midnight):
  // ask it in the zone it is written for. The table itself does not depend on the host's zone.
  const hostZone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Asia/Shanghai';
  });
  afterAll(() => {
    if (hostZone === undefined) delete process.env.TZ;
    else process.env.TZ = hostZone;
  });

  it('is exactly what scripts/generate.ts computes (date-chinese astronomy, GB/T 33661-2017 months)', () => {
    const computed = computeFestivalDates();
    expect(rows).toEqual(computed);
    const committed = readFileSync(join(root, 'src/calendar/lunar-festivals.generated.ts'), 'utf8');
    expect(committed).toBe(renderLunarFestivalsModule(computed));
  });

  it('covers 2000-2199', () => {
    expect(rows[0]!.year).toBe(2000);
    expect(rows.at(-1)!.year).toBe(2199);
  });

  it("agrees with chinese-days' lunar calendar on every lunar festival it can convert (2000-2099)", () => {
    // 2033 among them: its leap month is the eleventh (GB/T 33661-2017), so Mid-Autumn is 09-08; the
    // old almanacs (and date-chinese's own month conversion) put it after the seventh: 10-07.
    expect(rows.find((r) => r.year === 2033)?.midAutumn).toBe('0908');
    let checked = 0;
    for (const row of rows.filter((r) => r.year <= 2099)) {
      for (const [mmdd, month, day] of [
        [row.springFestival, 1, 1],
        [row.dragonBoat, 5, 5],
        [row.midAutumn, 8, 15],
      ] as const) {
        const lunar = chineseDays.getLunarDate(iso(row.year, mmdd));
        expect([lunar.lunarMon, lunar.lunarDay, lunar.isLeap], iso(row.year, mmdd)).toEqual([
          month,
          day,
          false,
        ]);
        checked++;
      }
      // 除夕 is the last day of the twelfth month: the day before is not in the twelfth month any more.
      const eve = new Date(`${iso(row.year, row.springFestival)}T00:00:00Z`);
      eve.setUTCDate(eve.getUTCDate() - 1);
      expect(chineseDays.getLunarDate(eve.toISOString().slice(0, 10)).lunarMon).toBe(12);
    }
    expect(checked).toBe(300);
  });

  it("agrees with chinese-days' solar-term formula on Qingming (2000-2099)", () => {
    for (const row of rows.filter((r) => r.year <= 2099)) {
      expect(chineseDays.getSolarTermDate(row.year, 4, 'pure_brightness'), String(row.year)).toBe(
        iso(row.year, row.qingming),
      );
    }
  });

  it('keeps every festival in its season, 2000-2199 (the years chinese-days cannot check included)', () => {
    for (const row of rows) {
      // The new moon between the 11th and 12th major terms (大寒, 雨水) when no month is leap: 01-21..02-20.
      expect(row.springFestival >= '0121' && row.springFestival <= '0220', `${row.year}`).toBe(true);
      expect(row.dragonBoat >= '0526' && row.dragonBoat <= '0627', `${row.year}`).toBe(true);
      expect(row.midAutumn >= '0907' && row.midAutumn <= '1008', `${row.year}`).toBe(true);
      expect(['0404', '0405', '0406'], `${row.year}`).toContain(row.qingming);
    }
  });
});
