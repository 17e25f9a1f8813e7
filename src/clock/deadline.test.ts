import { describe, expect, it } from 'vitest';
import oracle from '../../tests/fixtures/cn-calendar.json' with { type: 'json' };
import { chinaCalendar } from '../calendar/china.js';
import { CalendarCoverageError, DeadlineError } from '../errors/errors.js';
import { deadline } from './deadline.js';
import { serviceHours } from './service-hours.js';

const cn = chinaCalendar();
const phone = serviceHours({ timeZone: 'Asia/Shanghai', calendar: cn, windows: ['09:00-18:00'] });
const H = 3_600_000;

describe('deadline: cn-civil calendar periods (arts. 201-203)', () => {
  for (const c of oracle.calendarPeriodsWithRollForward) {
    it(`${c.start} + ${c.period} ends on ${c.expected}`, () => {
      const result = deadline(c.start, c.period.replace('(s)', 's'), { calendar: cn });
      expect(result.lastDay).toBe(c.expected);
      expect(result.due).toBe(`${shiftDate(c.expected, 1)}T00:00:00+08:00`);
      const kinds = result.steps.map((s) => s.kind);
      expect(kinds).toContain(c.rawLastDayWorking ? 'not-rolled' : 'rolled-forward');
    });
  }

  it('does not move a period ending on a make-up working Saturday', () => {
    const result = deadline('2026-01-15', '30 days', { calendar: cn });
    expect(result.lastDay).toBe('2026-02-14');
    expect(result.text()).toContain('2026-02-14 is a working day');
  });

  it('cites art. 202 when the month has no corresponding day', () => {
    const result = deadline('2025-01-31', '1 month', { calendar: cn });
    expect(result.lastDay).toBe('2025-02-28');
    expect(result.steps).toContainEqual({ kind: 'months', n: 1, lastDay: '2025-02-28', clamped: true });
    expect(result.text('zh')).toContain('民法典第二百零二条');
  });

  it('can leave the last day where it is when the parties agreed so (art. 204)', () => {
    expect(deadline('2025-09-01', '30 days', { calendar: cn, rollForward: false }).lastDay).toBe(
      '2025-10-01',
    );
    expect(deadline('2025-09-01', '30 days', { timeZone: 'Asia/Shanghai', rollForward: false }).lastDay).toBe(
      '2025-10-01',
    );
  });
});

describe('deadline: working days', () => {
  it('cn-civil: the end of the Nth working day after the anchor date', () => {
    const result = deadline('2025-09-30T15:00:00+08:00', '2 working days', { calendar: cn });
    expect(result).toMatchObject({
      due: '2025-10-11T00:00:00+08:00',
      lastDay: '2025-10-10',
      counting: 'cn-civil',
      clock: 'working-days',
    });
    expect(result.steps.map((s) => s.kind)).toEqual([
      'anchor',
      'start-day-excluded',
      'working-days',
      'end-of-day',
    ]);
    expect(result.text()).toContain(
      '2025-10-01..2025-10-08 official holiday (National Day and Mid-Autumn Festival)',
    );
  });

  it('cn-civil with service hours: close of business of the last day', () => {
    const result = deadline('2025-09-30T15:00:00+08:00', '2 working days', { calendar: cn, hours: phone });
    expect(result.due).toBe('2025-10-10T18:00:00+08:00');
    expect(result.text()).toContain('ends when business stops');
    expect(
      deadline('2025-09-30T15:00:00+08:00', '2 working days', {
        calendar: cn,
        hours: phone,
        endOfDay: 'midnight',
      }).due,
    ).toBe('2025-10-11T00:00:00+08:00');
  });

  it('elapsed: N x the service day of business time from the instant', () => {
    const result = deadline('2025-09-30T17:00:00+08:00', '2 working days', {
      calendar: cn,
      hours: phone,
      counting: 'elapsed',
    });
    expect(result.due).toBe('2025-10-10T17:00:00+08:00');
    expect(result.counting).toBe('elapsed');
    expect(result.text()).toContain('2 working day(s) x 9 hours per service day = 18 hours');
  });

  it('uses the date in the contract zone, not UTC', () => {
    // 2025-09-30T17:00Z is 2025-10-01 01:00 in Shanghai: a holiday; the anchor day is 10-01.
    expect(deadline('2025-09-30T17:00:00Z', '1 working day', { calendar: cn }).lastDay).toBe('2025-10-09');
    expect(deadline('2025-09-30T15:59:59Z', '1 working day', { calendar: cn }).lastDay).toBe('2025-10-09');
  });

  it('a civil-date anchor works for day-based terms and is refused for hours', () => {
    expect(deadline('2025-10-31', '10 working days', { calendar: cn }).lastDay).toBe('2025-11-14');
    expect(() => deadline('2025-10-31', '4 hours', { calendar: cn })).toThrow(DeadlineError);
  });

  it('throws the coverage error when the period leaves the schedule, and estimates only when asked', () => {
    expect(() => deadline('2026-12-31', '10 working days', { calendar: cn })).toThrow(CalendarCoverageError);
    const estimate = deadline('2026-12-31', '10 working days', {
      calendar: chinaCalendar({ beyondCoverage: 'weekends' }),
    });
    expect(estimate).toMatchObject({ lastDay: '2027-01-14', estimated: true });
    expect(estimate.text()).toContain('ESTIMATE');
  });

  it('flags answers depending on the provisional end of the newest year', () => {
    expect(deadline('2026-12-20', '5 working days', { calendar: cn }).provisional).toBe(true);
    expect(deadline('2026-11-20', '5 working days', { calendar: cn }).provisional).toBe(false);
  });
});

describe('deadline: hours and seconds count from the instant', () => {
  it('on the wall clock', () => {
    const result = deadline('2025-10-01T10:00:00+08:00', '30 seconds', { timeZone: 'Asia/Shanghai' });
    expect(result.due).toBe('2025-10-01T10:00:30+08:00');
    expect(result.clock).toBe('calendar');
  });

  it('on service hours', () => {
    const result = deadline('2025-10-09T20:00:00+08:00', '4 business hours', { hours: phone });
    expect(result.due).toBe('2025-10-10T13:00:00+08:00');
    expect(result.steps[1]).toEqual({
      kind: 'clock-waits-for-opening',
      requested: '2025-10-09T20:00:00+08:00',
      opening: '2025-10-10T09:00:00+08:00',
    });
  });
});

describe('deadline: pauses', () => {
  it('move the due instant by exactly the paused open time', () => {
    const pauses = [{ from: '2025-10-09T10:00:00+08:00', to: '2025-10-09T12:00:00+08:00' }];
    const base = deadline('2025-10-09T09:00:00+08:00', '4 business hours', { hours: phone });
    const paused = deadline('2025-10-09T09:00:00+08:00', '4 business hours', { hours: phone, pauses });
    expect(base.due).toBe('2025-10-09T13:00:00+08:00');
    expect(paused.due).toBe('2025-10-09T15:00:00+08:00');
    expect(paused.pausedMs).toBe(2 * H);
  });

  it('only count the open time of a pause that starts and ends outside hours', () => {
    const pauses = [{ from: '2025-10-09T17:00:00+08:00', to: '2025-10-10T10:00:00+08:00' }];
    const paused = deadline('2025-10-09T15:00:00+08:00', '4 business hours', { hours: phone, pauses });
    expect(paused.pausedMs).toBe(2 * H); // 17-18 and 09-10
    expect(paused.due).toBe('2025-10-10T12:00:00+08:00'); // 15-17 counted, paused, then 10-12
  });

  it('after the due instant change nothing; before the anchor are clipped; overlapping ones merge', () => {
    const late = deadline('2025-10-09T09:00:00+08:00', '1 business hour', {
      hours: phone,
      pauses: [{ from: '2025-10-09T11:00:00+08:00', to: '2025-10-09T12:00:00+08:00' }],
    });
    expect(late.due).toBe('2025-10-09T10:00:00+08:00');
    const early = deadline('2025-10-09T09:00:00+08:00', '1 business hour', {
      hours: phone,
      pauses: [
        { from: '2025-10-09T08:00:00+08:00', to: '2025-10-09T09:30:00+08:00' },
        { from: '2025-10-09T09:15:00+08:00', to: '2025-10-09T09:45:00+08:00' },
      ],
    });
    expect(early.pausedMs).toBe(0.75 * H);
    expect(early.due).toBe('2025-10-09T10:45:00+08:00');
  });

  it('on a cn-civil working-day term move the due by paused working-day time', () => {
    const result = deadline('2025-09-30T15:00:00+08:00', '2 working days', {
      calendar: cn,
      pauses: [{ from: '2025-10-09T12:00:00+08:00', to: '2025-10-09T15:00:00+08:00' }],
    });
    expect(result.due).toBe('2025-10-11T03:00:00+08:00'); // make-up Saturday 10-11 is a working day
    const holidayPause = deadline('2025-09-30T15:00:00+08:00', '2 working days', {
      calendar: cn,
      pauses: [{ from: '2025-10-02T00:00:00+08:00', to: '2025-10-05T00:00:00+08:00' }],
    });
    expect(holidayPause.pausedMs).toBe(0);
    expect(holidayPause.due).toBe('2025-10-11T00:00:00+08:00');
  });

  it('on a cn-civil day-based term, a pause before the first counted day consumes nothing (art. 201)', () => {
    // Received Monday 10:00 and paused until 17:00 the same day: the clock starts Tuesday 00:00.
    const sameDay = deadline('2025-10-13T10:00:00+08:00', '2 working days', {
      calendar: cn,
      pauses: [{ from: '2025-10-13T10:00:00+08:00', to: '2025-10-13T17:00:00+08:00' }],
    });
    expect(sameDay.clockStartsAt).toBe('2025-10-14T00:00:00+08:00');
    expect(sameDay.pausedMs).toBe(0);
    expect(sameDay.due).toBe('2025-10-16T00:00:00+08:00');
    // Across the clock's start: only the part after Tuesday 00:00 counts (9 h).
    const across = deadline('2025-10-13T10:00:00+08:00', '2 working days', {
      calendar: cn,
      pauses: [{ from: '2025-10-13T20:00:00+08:00', to: '2025-10-14T09:00:00+08:00' }],
    });
    expect(across.pausedMs).toBe(9 * H);
    expect(across.due).toBe('2025-10-16T09:00:00+08:00');
    // Calendar days too: 3 days from Monday 10:00 start Tuesday 00:00 and end with Thursday.
    const days = deadline('2025-10-13T10:00:00+08:00', '3 days', {
      calendar: cn,
      pauses: [{ from: '2025-10-13T12:00:00+08:00', to: '2025-10-14T02:00:00+08:00' }],
    });
    expect(days.clockStartsAt).toBe('2025-10-14T00:00:00+08:00');
    expect(days.due).toBe('2025-10-17T02:00:00+08:00');
  });

  it('an open-ended pause holds the clock: no due instant', () => {
    const result = deadline('2025-10-09T09:00:00+08:00', '4 business hours', {
      hours: phone,
      pauses: [{ from: '2025-10-09T10:00:00+08:00' }],
    });
    expect(result.due).toBeNull();
    expect(result.dueMs).toBe(Number.POSITIVE_INFINITY);
    expect(result.text()).toContain('paused since 2025-10-09T10:00:00+08:00');
  });
});

describe('deadline: when the clock starts', () => {
  it('at the anchor for time terms, at the next opening for business time', () => {
    expect(deadline('2025-10-09T20:00:00+08:00', '4 hours', { calendar: cn }).clockStartsAt).toBe(
      '2025-10-09T20:00:00+08:00',
    );
    expect(deadline('2025-10-09T20:00:00+08:00', '4 business hours', { hours: phone }).clockStartsAt).toBe(
      '2025-10-10T09:00:00+08:00',
    );
  });

  it('at 00:00 of the first counted day for cn-civil day-based terms, whatever the hour of the anchor', () => {
    // Working days: the first working day after the start day (after the National Day break).
    expect(deadline('2025-09-30T15:00:00+08:00', '2 working days', { calendar: cn }).clockStartsAt).toBe(
      '2025-10-09T00:00:00+08:00',
    );
    expect(deadline('2025-09-30T23:59:00+08:00', '1 month', { calendar: cn }).clockStartsAt).toBe(
      '2025-10-01T00:00:00+08:00',
    );
    // A zero-day term has nothing to exclude: it starts at the anchor.
    expect(deadline('2025-09-30T15:00:00+08:00', '0 days', { calendar: cn }).clockStartsAt).toBe(
      '2025-09-30T15:00:00+08:00',
    );
    // Elapsed counting starts at the next working instant (the anchor on a working day).
    expect(
      deadline('2025-10-04T15:00:00+08:00', '2 working days', { calendar: cn, counting: 'elapsed' })
        .clockStartsAt,
    ).toBe('2025-10-09T00:00:00+08:00');
  });
});

describe('deadline: what it needs', () => {
  it.each([
    ['2 working days', {}, /a time zone/],
    ['2 working days', { timeZone: 'Asia/Shanghai' }, /a calendar/],
    ['4 business hours', { calendar: cn }, /service hours/],
    ['30 days', { timeZone: 'Asia/Shanghai' }, /art. 203/],
    ['4 hours', { calendar: cn, endOfDay: 'close-of-business' }, /service hours/],
    [
      '2 working days',
      { calendar: cn, endOfDay: 'noon' },
      /endOfDay 'midnight' or 'close-of-business': got noon/,
    ],
    ['2 working days', { calendar: cn, hours: phone, endOfDay: '' }, /endOfDay .*: got $/],
    ['30 days', { calendar: cn, rollForward: 'no' }, /rollForward true or false: got no/],
    ['30 days', { calendar: cn, rollForward: 0 }, /rollForward true or false: got 0/],
  ])('%s with %j', (duration, options, message) => {
    expect(() => deadline('2025-10-09T09:00:00+08:00', duration, options as never)).toThrow(message);
  });
});

function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('deadline: many pauses', () => {
  const hours = serviceHours({ timeZone: 'Asia/Shanghai', windows: '24x7' });
  const pauses = (n: number) =>
    Array.from({ length: n }, (_, i) => {
      const from = Date.parse('2025-10-09T10:00:00+08:00') + i * 120_000;
      return { from, to: from + 60_000 };
    });

  it('lists a long run of pauses as its first and last five and one summary, with the same values', () => {
    const listed = deadline('2025-10-09T09:00:00+08:00', '4 hours', {
      hours,
      pauses: pauses(40),
      explanationPauses: 1_000,
    });
    const summarised = deadline('2025-10-09T09:00:00+08:00', '4 hours', { hours, pauses: pauses(40) });
    expect(summarised.due).toBe(listed.due);
    expect(summarised.pausedMs).toBe(listed.pausedMs);
    const kinds = summarised.steps.map((s) => s.kind);
    expect(kinds.filter((k) => k === 'paused')).toHaveLength(10);
    const summary = summarised.steps.find((s) => s.kind === 'pauses')!;
    const middle = listed.steps.filter((s) => s.kind === 'paused').slice(5, 35);
    expect(summary).toEqual({
      kind: 'pauses',
      count: 30,
      from: (middle[0] as { from: string }).from,
      to: (middle[29] as { to: string }).to,
      pausedMs: 30 * 60_000,
      due: (middle[29] as { due: string }).due,
    });
    expect(summarised.text()).toContain(
      '- 30 more pauses 2025-10-09T10:10:00+08:00 .. 2025-10-09T11:09:00+08:00, 30 minutes in all',
    );
    expect(summarised.text('zh')).toContain('另有 30 次暂停');
  });

  it('explains a million pauses in a few lines', () => {
    const many = deadline('2025-10-09T09:00:00+08:00', '4 hours', { hours, pauses: pauses(100_000) });
    expect(many.text().length).toBeLessThan(3_000);
    expect(many.steps.filter((s) => s.kind === 'paused')).toHaveLength(10);
  });

  it('refuses a pause that ends before it starts, or pauses that are not spans', () => {
    expect(() =>
      deadline('2025-10-09T09:00:00+08:00', '4 hours', {
        hours,
        pauses: [{ from: '2025-10-09T12:00:00+08:00', to: '2025-10-09T11:00:00+08:00' }],
      }),
    ).toThrow(/pauses\[0\]\.to: to must be an instant at or after the pause's from/);
    expect(() =>
      deadline('2025-10-09T09:00:00+08:00', '4 hours', { hours, pauses: [null] as never }),
    ).toThrow(/pauses\[0\]: pauses must be a list of \{ from, to\? \} spans/);
    expect(() => deadline('2025-10-09T09:00:00+08:00', '4 hours', { hours, pauses: 'x' as never })).toThrow(
      /pauses must be a list/,
    );
    // An empty pause (to equal to from) is a pause of no time, not a mistake.
    const at = '2025-10-09T12:00:00+08:00';
    expect(
      deadline('2025-10-09T09:00:00+08:00', '4 hours', { hours, pauses: [{ from: at, to: at }] }).pausedMs,
    ).toBe(0);
  });
});
