/**
 * Service hours against the naive minute-stepping model, on random schedules: lunch breaks,
 * overnight windows, the China calendar with make-up days, DST zones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CalendarCoverageError,
  chinaCalendar,
  type DaySelector,
  type ServiceHours,
  serviceHours,
} from '../../src/index.js';
import { runs } from '../support/long-tests.js';
import {
  type NaiveRule,
  type NaiveSchedule,
  naiveAddMinutes,
  naiveIsOpen,
  naiveOpenMinutes,
  naivePreviousClosing,
  naivePreviousOpening,
  naiveSubtractMinutes,
} from '../support/naive-clock.js';

const MIN = 60_000;
const cn = chinaCalendar();
const names = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/**
 * Window boundaries on a 15-minute grid, never inside 01:00-02:00: in the hour that repeats when DST
 * ends the library reads a boundary as its first occurrence, while "the wall clock shows a time inside
 * the window" is not an interval there; the DST tests cover that hour by hand.
 */
const boundary = fc
  .integer({ min: 0, max: 95 })
  .map((q) => q * 15)
  .filter((m) => m < 60 || m >= 120);

const dayWindows = fc
  .uniqueArray(boundary, { minLength: 2, maxLength: 6 })
  .chain((points) => fc.tuple(fc.constant(points.sort((a, b) => a - b)), fc.boolean(), boundary))
  .map(([points, overnight, nightEnd]) => {
    const windows: Array<{ from: number; to: number }> = [];
    for (let i = 0; i + 1 < points.length; i += 2) windows.push({ from: points[i]!, to: points[i + 1]! });
    const last = points[points.length - 1]!;
    // An overnight window after the last one, ending next morning before the day's first window.
    if (overnight && points.length % 2 === 1 && nightEnd < points[0]! && nightEnd > 0)
      windows.push({ from: last, to: 1440 + nightEnd });
    return windows;
  })
  .filter((w) => w.length > 0);

const schedule = fc
  .record({
    timeZone: fc.constantFrom('Asia/Shanghai', 'America/Los_Angeles', 'Europe/London'),
    useCalendar: fc.boolean(),
    weekend: dayWindows,
    week: dayWindows,
  })
  .map(({ timeZone, useCalendar, weekend, week }) => ({ timeZone, useCalendar, weekend, week }));

/** The library's service hours and the naive model for one generated schedule (built inside properties). */
function build({
  timeZone,
  useCalendar,
  weekend,
  week,
}: {
  timeZone: string;
  useCalendar: boolean;
  weekend: Window[];
  week: Window[];
}) {
  {
    const rules: NaiveRule[] = useCalendar
      ? [{ days: 'working-days', windows: week }]
      : [
          { days: [0, 6], windows: weekend },
          { days: [1, 2, 3, 4, 5], windows: week },
        ];
    const naive: NaiveSchedule = { timeZone, rules };
    const clock = (w: { from: number; to: number }) => {
      const hhmm = (m: number) =>
        `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      return `${hhmm(w.from)}-${w.to === 1440 ? '24:00' : hhmm(w.to)}`;
    };
    const hours: ServiceHours = serviceHours({
      timeZone,
      ...(useCalendar ? { calendar: cn } : {}),
      rules: rules.map((r) => ({
        days: (r.days === 'working-days'
          ? 'working-days'
          : (r.days as number[]).map((d) => names[d]!)) as DaySelector,
        windows: r.windows.map(clock),
      })),
    });
    return { naive, hours };
  }
}

type Window = { from: number; to: number };

/** Runs a check, discarding the case when it needs days beyond the official schedule (2026). */
function covered<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof CalendarCoverageError) fc.pre(false);
    throw error;
  }
}

// Instants in 2024-2025: DST changes, Spring Festival and National Day breaks with make-up days.
const FROM = Date.UTC(2024, 0, 2);
const TO = Date.UTC(2025, 11, 20);
const instant = fc.integer({ min: FROM, max: TO });
const minuteInstant = instant.map((t) => Math.floor(t / MIN) * MIN);

describe('service hours against the naive minute-stepping model', () => {
  it('isOpen agrees at random instants', () => {
    fc.assert(
      fc.property(schedule, fc.array(instant, { minLength: 20, maxLength: 20 }), (spec, ts) => {
        const { naive, hours } = build(spec);
        for (const t of ts)
          expect(hours.isOpen(t), new Date(t).toISOString()).toBe(
            naiveIsOpen(naive, Math.floor(t / MIN) * MIN),
          );
      }),
      { numRuns: runs(300) },
    );
  });

  it('businessTimeBetween counts the same open minutes (spans up to 3 days)', () => {
    fc.assert(
      fc.property(schedule, minuteInstant, fc.integer({ min: 0, max: 3 * 1440 }), (spec, a, minutes) => {
        const { naive, hours } = build(spec);
        const b = a + minutes * MIN;
        expect(hours.businessTimeBetween(a, b)).toBe(naiveOpenMinutes(naive, a, b) * MIN);
      }),
      { numRuns: runs(200) },
    );
  });

  it('addBusinessTime lands where the naive walk does', () => {
    fc.assert(
      fc.property(schedule, minuteInstant, fc.integer({ min: 1, max: 1500 }), (spec, a, minutes) => {
        const { naive, hours } = build(spec);
        const expected = naiveAddMinutes(naive, a, minutes);
        fc.pre(expected !== undefined);
        expect(Date.parse(hours.addBusinessTime(a, minutes * MIN))).toBe(expected);
      }),
      { numRuns: runs(200) },
    );
  });
});

describe('backwards in business time, against the naive minute-stepping model', () => {
  it('subtractBusinessTime lands where the naive backward walk does', () => {
    fc.assert(
      fc.property(schedule, minuteInstant, fc.integer({ min: 1, max: 1500 }), (spec, a, minutes) => {
        const { naive, hours } = build(spec);
        const expected = naiveSubtractMinutes(naive, a, minutes);
        fc.pre(expected !== undefined);
        expect(Date.parse(hours.subtractBusinessTime(a, minutes * MIN))).toBe(expected);
      }),
      { numRuns: runs(200) },
    );
  });

  it('previousOpening and previousClosing agree with the naive backward walk', () => {
    fc.assert(
      fc.property(schedule, minuteInstant, (spec, a) => {
        const { naive, hours } = build(spec);
        const opening = naivePreviousOpening(naive, a);
        const closing = naivePreviousClosing(naive, a);
        fc.pre(opening !== undefined && closing !== undefined);
        expect(Date.parse(hours.previousOpening(a)), new Date(a).toISOString()).toBe(opening);
        expect(Date.parse(hours.previousClosing(a)), new Date(a).toISOString()).toBe(closing);
      }),
      { numRuns: runs(200) },
    );
  });
});

describe('service hours properties', () => {
  const duration = fc.integer({ min: 0, max: 200 * 3_600_000 });

  it('businessTimeBetween(a, addBusinessTime(a, d)) = d', () => {
    fc.assert(
      fc.property(schedule, instant, duration, (spec, a, d) => {
        const { hours } = build(spec);
        const due = Date.parse(covered(() => hours.addBusinessTime(a, d)));
        expect(hours.businessTimeBetween(a, due)).toBe(d);
      }),
      { numRuns: runs(400) },
    );
  });

  it('businessTimeBetween(subtractBusinessTime(a, d), a) = d, and going back then forth ends where the open time before a ends', () => {
    fc.assert(
      fc.property(schedule, instant, duration, (spec, a, d) => {
        const { hours } = build(spec);
        const start = covered(() => hours.subtractBusinessTime(a, d));
        expect(hours.businessTimeBetween(start, a)).toBe(d);
        const forth = Date.parse(hours.addBusinessTime(start, d));
        if (d === 0) expect(forth).toBe(Date.parse(hours.addBusinessTime(a, 0)));
        else {
          // Back then forth ends where the open time before `a` ends: at `a`, or at the closing
          // before it when nothing is open just before `a` (also when `a` is an opening itself:
          // Europe/London, week 00:00-00:15, a = Tuesday 00:00, 1 ms back then forth is Monday 00:15).
          expect(forth <= a).toBe(true);
          expect(hours.businessTimeBetween(forth, a)).toBe(0);
          expect(hours.businessTimeBetween(forth - 1, forth)).toBe(1);
          if (hours.businessTimeBetween(a - 1, a) === 1) expect(forth).toBe(a);
          else expect(forth).toBe(Date.parse(hours.previousClosing(a - 1)));
        }
        const due = covered(() => hours.addBusinessTime(a, d));
        expect(hours.subtractBusinessTime(due, d)).toBe(d === 0 ? due : covered(() => hours.nextOpening(a)));
      }),
      { numRuns: runs(300) },
    );
  });

  it('subtract(d1) then subtract(d2) = subtract(d1 + d2), and it is monotonic', () => {
    fc.assert(
      fc.property(schedule, instant, duration, duration, (spec, a, d1, d2) => {
        const { hours } = build(spec);
        const once = covered(() => hours.subtractBusinessTime(a, d1 + d2));
        expect(hours.subtractBusinessTime(hours.subtractBusinessTime(a, d1), d2)).toBe(once);
        const shorter = hours.subtractBusinessTime(a, Math.min(d1, d2));
        expect(Date.parse(once) <= Date.parse(shorter)).toBe(true);
      }),
      { numRuns: runs(300) },
    );
  });

  it('previousOpening opens a window that runs until the instant; previousClosing has nothing open after it', () => {
    fc.assert(
      fc.property(schedule, instant, (spec, t) => {
        const { hours } = build(spec);
        const opening = Date.parse(covered(() => hours.previousOpening(t)));
        const closing = Date.parse(covered(() => hours.previousClosing(t)));
        expect(opening <= t && closing <= t).toBe(true);
        expect(hours.isOpen(opening)).toBe(true);
        expect(hours.businessTimeBetween(closing, t)).toBe(0);
        if (hours.isOpen(t)) {
          expect(closing).toBe(t);
          expect(hours.businessTimeBetween(opening, t)).toBe(t - opening);
        } else {
          expect(hours.isOpen(closing)).toBe(false);
          expect(closing > opening).toBe(true);
          expect(hours.businessTimeBetween(opening, closing)).toBe(closing - opening);
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('is monotonic in both arguments', () => {
    fc.assert(
      fc.property(schedule, instant, instant, duration, duration, (spec, x, y, d, e) => {
        const { hours } = build(spec);
        const [a1, a2] = x <= y ? [x, y] : [y, x];
        const [d1, d2] = d <= e ? [d, e] : [e, d];
        const add = (a: number, ms: number) => Date.parse(covered(() => hours.addBusinessTime(a, ms)));
        expect(add(a1, d1) <= add(a2, d1)).toBe(true);
        expect(add(a1, d1) <= add(a1, d2)).toBe(true);
        expect(hours.businessTimeBetween(a1, a2)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: runs(300) },
    );
  });

  it('add(d1) then add(d2) = add(d1 + d2)', () => {
    fc.assert(
      fc.property(schedule, instant, duration, duration, (spec, a, d1, d2) => {
        const { hours } = build(spec);
        const once = covered(() => hours.addBusinessTime(a, d1 + d2));
        expect(hours.addBusinessTime(hours.addBusinessTime(a, d1), d2)).toBe(once);
      }),
      { numRuns: runs(300) },
    );
  });

  it('businessTimeBetween is additive: [a, b) + [b, c) = [a, c)', () => {
    fc.assert(
      fc.property(schedule, instant, instant, instant, (spec, x, y, z) => {
        const { hours } = build(spec);
        const [a, b, c] = [x, y, z].sort((p, q) => p - q) as [number, number, number];
        expect(hours.businessTimeBetween(a, b) + hours.businessTimeBetween(b, c)).toBe(
          hours.businessTimeBetween(a, c),
        );
        expect(hours.businessTimeBetween(c, a)).toBe(0 - hours.businessTimeBetween(a, c));
      }),
      { numRuns: runs(300) },
    );
  });

  it('nextOpening is open (or the instant itself when open) and nothing is open in between', () => {
    fc.assert(
      fc.property(schedule, instant, (spec, t) => {
        const { hours } = build(spec);
        const opening = Date.parse(covered(() => hours.nextOpening(t)));
        expect(opening >= t).toBe(true);
        expect(hours.isOpen(opening)).toBe(true);
        expect(hours.businessTimeBetween(t, opening)).toBe(0);
        const closing = Date.parse(covered(() => hours.nextClosing(t)));
        expect(closing > opening).toBe(true);
        expect(hours.isOpen(closing)).toBe(false);
        expect(hours.businessTimeBetween(opening, closing)).toBe(closing - opening);
      }),
      { numRuns: runs(300) },
    );
  });
});
