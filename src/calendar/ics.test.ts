/**
 * iCalendar output read back with a real parser (ical.js): RFC 5545 lines (CRLF, folding at 75
 * octets without splitting a character, escaping), all-day events, stable UIDs, deterministic
 * DTSTAMP; and a calendar's export holds exactly its rest days and make-up working days.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readICS } from '../../tests/support/ical.js';
import { formatCivilDate, parseCivilDate } from '../time/civil-date.js';
import { chinaCalendar } from './china.js';
import { escapeText, foldLine, renderICS } from './ics.js';
import { regionCalendar } from './region.js';

describe('the iCalendar writer', () => {
  it('folds long lines at 75 octets without splitting a UTF-8 character, and a parser unfolds them', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const summary = `国庆节 ${text}`;
        const ics = renderICS([{ uid: 'u1@test', start: '2026-10-01', summary }], 'name', '20260101T000000Z');
        const { events } = readICS(ics);
        expect(events[0]!.summary).toBe(summary.replace(/\r\n?/g, '\n'));
      }),
      { numRuns: 200 },
    );
    const folded = foldLine(`SUMMARY:${'节'.repeat(40)}`);
    expect(folded.split('\r\n ').every((part) => new TextEncoder().encode(part).length <= 75)).toBe(true);
  });

  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('writes all-day events with an exclusive DTEND', () => {
    const ics = renderICS(
      [{ uid: 'x@test', start: '2026-02-15', end: '2026-02-23', summary: 'Spring Festival' }],
      'n',
      '20251104T000000Z',
    );
    expect(ics).toContain('DTSTART;VALUE=DATE:20260215\r\nDTEND;VALUE=DATE:20260224\r\n');
    const [event] = readICS(ics).events;
    expect(event).toMatchObject({
      start: '2026-02-15',
      end: '2026-02-24',
      allDay: true,
      stamp: '2025-11-04T00:00:00Z',
    });
  });
});

describe('WorkingDayCalendar.toICS', () => {
  const cn = chinaCalendar();

  it('holds exactly the rest days and make-up working days of the year, grouped by holiday', () => {
    const { name, events } = readICS(cn.toICS({ from: '2026-01-01', to: '2026-12-31' }));
    expect(name).toBe('Working days: CN');
    const covered = new Map<string, string>();
    for (const event of events) {
      expect(event.allDay).toBe(true);
      for (let d = parseCivilDate(event.start); d < parseCivilDate(event.end); d++) {
        covered.set(formatCivilDate(d), event.summary);
      }
    }
    let notable = 0;
    for (let d = parseCivilDate('2026-01-01'); d <= parseCivilDate('2026-12-31'); d++) {
      const day = cn.day(formatCivilDate(d));
      const listed = day.kind === 'holiday' || day.kind === 'makeup-workday';
      if (listed) notable++;
      expect(covered.has(day.date), day.date).toBe(listed);
      if (listed) expect(covered.get(day.date)).toContain(day.name!.en);
    }
    expect(notable).toBe(39);
    expect(events.length).toBe(13); // 7 rest blocks and 6 make-up days
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('writes Chinese names in zh, and is the same text every time (UIDs and DTSTAMP from the data)', () => {
    const zh = cn.toICS({ from: '2026-10-01', to: '2026-10-10', lang: 'zh' });
    const { events } = readICS(zh);
    expect(events.map((e) => e.summary)).toEqual(['国庆节 法定节假日', '国庆节 调休上班日']);
    expect(events[0]!.uid).toBe('cn-holiday-2026-10-01@contract-terms');
    expect(events[0]!.stamp).toBe('2026-08-07T00:00:00Z'); // the shipped snapshot's date
    expect(chinaCalendar().toICS({ from: '2026-10-01', to: '2026-10-10', lang: 'zh' })).toBe(zh);
    const stamped = cn.toICS({ from: '2026-10-01', to: '2026-10-10', stamp: '2026-12-07T10:00:00+08:00' });
    expect(readICS(stamped).events[0]!.stamp).toBe('2026-12-07T02:00:00Z');
  });

  it('keeps the UID of a holiday when a later notice changes it, so a re-import updates it', () => {
    // The 2020 Spring Festival of the annual notice, then extended by the notice of 2020-01-26.
    const annual = readFileSync(join(import.meta.dirname, '../../tests/fixtures/notices/2020.txt'), 'utf8');
    const spring = (calendar: ReturnType<typeof chinaCalendar>) =>
      readICS(calendar.toICS({ from: '2020-01-20', to: '2020-02-05' })).events.find((e) =>
        e.summary.startsWith('Spring Festival: official'),
      )!;
    const before = spring(chinaCalendar({ notices: [annual] }));
    const after = spring(chinaCalendar());
    expect([before.start, before.end, after.start, after.end]).toEqual([
      '2020-01-24',
      '2020-01-31',
      '2020-01-24',
      '2020-02-03',
    ]);
    expect(after.uid).toBe(before.uid);
  });

  it('covers company days and other calendars, and refuses days beyond coverage', () => {
    const company = cn.with({ daysOff: [{ date: '2026-12-24', name: 'Company day' }] });
    const { events } = readICS(company.toICS({ from: '2026-12-01', to: '2026-12-31' }));
    expect(events.map((e) => e.summary)).toEqual(['Company day: company day off']);
    const us = readICS(regionCalendar('US').toICS({ from: '2026-07-01', to: '2026-07-31' })).events;
    expect(us.map((e) => [e.start, e.summary])).toEqual([
      ['2026-07-03', 'Independence Day (substitute day): official holiday'],
      ['2026-07-04', 'Independence Day: official holiday'],
    ]);
    expect(() => cn.toICS({ from: '2027-01-01', to: '2027-01-31' })).toThrow(
      /no official working-day schedule for 2027/,
    );
  });
});
