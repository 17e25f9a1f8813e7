import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidDurationError } from '../errors/errors.js';
import { addDurations, compareDurations, formatDuration, parseDuration } from './duration.js';

const H = 3_600_000;

describe('parseDuration', () => {
  it.each([
    ['30 seconds', { kind: 'time', ms: 30_000, clock: 'calendar' }],
    ['4 hours', { kind: 'time', ms: 4 * H, clock: 'calendar' }],
    ['4 business hours', { kind: 'time', ms: 4 * H, clock: 'business' }],
    ['4 working hours', { kind: 'time', ms: 4 * H, clock: 'business' }],
    ['2 working days', { kind: 'workingDays', days: 2 }],
    ['2 business days', { kind: 'workingDays', days: 2 }],
    ['3 days', { kind: 'days', days: 3 }],
    ['3 calendar days', { kind: 'days', days: 3 }],
    ['2 weeks', { kind: 'days', days: 14 }],
    ['1 month', { kind: 'months', months: 1 }],
    ['1 year', { kind: 'months', months: 12 }],
    ['1 hour 30 minutes', { kind: 'time', ms: 1.5 * H, clock: 'calendar' }],
    ['1 hour and 30 minutes', { kind: 'time', ms: 1.5 * H, clock: 'calendar' }],
    ['1h30m', { kind: 'time', ms: 1.5 * H, clock: 'calendar' }],
    ['1.5 hours', { kind: 'time', ms: 1.5 * H, clock: 'calendar' }],
    ['250 ms', { kind: 'time', ms: 250, clock: 'calendar' }],
    ['30秒', { kind: 'time', ms: 30_000, clock: 'calendar' }],
    ['4小时', { kind: 'time', ms: 4 * H, clock: 'calendar' }],
    ['4个小时', { kind: 'time', ms: 4 * H, clock: 'calendar' }],
    ['4个工作小时', { kind: 'time', ms: 4 * H, clock: 'business' }],
    ['2个工作日', { kind: 'workingDays', days: 2 }],
    ['十个工作日', { kind: 'workingDays', days: 10 }],
    ['二十个工作日', { kind: 'workingDays', days: 20 }],
    ['两个工作日', { kind: 'workingDays', days: 2 }],
    ['两天', { kind: 'days', days: 2 }],
    ['一百零五天', { kind: 'days', days: 105 }],
    ['3日', { kind: 'days', days: 3 }],
    ['3天', { kind: 'days', days: 3 }],
    ['30个自然日', { kind: 'days', days: 30 }],
    ['1个月', { kind: 'months', months: 1 }],
    ['1年', { kind: 'months', months: 12 }],
    ['半小时', { kind: 'time', ms: 0.5 * H, clock: 'calendar' }],
    ['1小时30分钟', { kind: 'time', ms: 1.5 * H, clock: 'calendar' }],
    ['PT30S', { kind: 'time', ms: 30_000, clock: 'calendar' }],
    ['PT4H', { kind: 'time', ms: 4 * H, clock: 'calendar' }],
    ['P3D', { kind: 'days', days: 3 }],
    ['P1M', { kind: 'months', months: 1 }],
    ['P2W', { kind: 'days', days: 14 }],
  ])('reads %j', (input, expected) => {
    expect(parseDuration(input)).toEqual(expected);
  });

  it.each([
    [{ seconds: 30 }, { kind: 'time', ms: 30_000, clock: 'calendar' }],
    [
      { hours: 4, clock: 'business' },
      { kind: 'time', ms: 4 * H, clock: 'business' },
    ],
    [{ workingDays: 2 }, { kind: 'workingDays', days: 2 }],
    [{ days: 3 }, { kind: 'days', days: 3 }],
    [{ months: 1 }, { kind: 'months', months: 1 }],
    [
      { hours: 1, minutes: 30 },
      { kind: 'time', ms: 1.5 * H, clock: 'calendar' },
    ],
    [{ hours: 0.1 }, { kind: 'time', ms: 360_000, clock: 'calendar' }],
  ])('reads the object %j', (input, expected) => {
    expect(parseDuration(input as never)).toEqual(expected);
  });

  it.each([
    ['1 day 2 hours', /mixes days and time/],
    ['P1DT2H', /mixes days and time/],
    ['2 working days 3 days', /mixes workingDays and days/],
    ['1 month 1 day', /mixes months and days/],
    ['4 business hours 30 minutes', /mixes business time and calendar time/],
    ['1.5 days', /whole number/],
    ['0.0001 seconds', /whole number of milliseconds/],
    ['', /empty/],
    ['fast', /expected a number and a unit/],
    ['4 hours 30', /expected a number and a unit/],
    ['4 fortnights', /unknown unit "fortnights"/],
    ['4光年', /unknown unit/],
    ['一百五天', /cannot read the number "一百五"/],
    ['P', /ISO 8601/],
    [{ hours: 1, days: 1 }, /mixes time and days/],
    [{ hourz: 1 }, /unknown field "hourz"/],
    [{ hours: -1 }, /finite number >= 0/],
    [{ hours: Number.NaN }, /finite number >= 0/],
    [{ days: 3, clock: 'business' }, /clock applies to time units only/],
    [{}, /no amount/],
    [42, /expected a string/],
    [null, /expected a string/],
  ])('refuses %j', (input, message) => {
    expect(() => parseDuration(input as never)).toThrow(InvalidDurationError);
    expect(() => parseDuration(input as never)).toThrow(message);
  });

  it('names the path of a bad duration', () => {
    expect(() => parseDuration('soon', ['targets', 0, 'duration'])).toThrow(
      /^targets\[0\]\.duration: "soon"/,
    );
  });
});

describe('comparing and adding', () => {
  it('works on one clock', () => {
    expect(compareDurations('4 hours', '240 minutes')).toBe(0);
    expect(compareDurations('30 seconds', '4 hours')).toBe(-1);
    expect(compareDurations('3 working days', '2个工作日')).toBe(1);
    expect(addDurations('1 hour', '30 minutes')).toEqual({ kind: 'time', ms: 1.5 * H, clock: 'calendar' });
    expect(addDurations('1 month', '1 year')).toEqual({ kind: 'months', months: 13 });
  });

  it('refuses to mix clocks', () => {
    expect(() => compareDurations('1 month', '30 seconds')).toThrow(
      /cannot compare calendar months and elapsed time/,
    );
    expect(() => addDurations('1 month', '30 seconds')).toThrow(InvalidDurationError);
    expect(() => compareDurations('4 business hours', '4 hours')).toThrow(/business time and elapsed time/);
    expect(() => compareDurations('2 working days', '2 days')).toThrow(/working days and calendar days/);
  });
});

describe('formatDuration', () => {
  it('writes durations for people', () => {
    expect(formatDuration(parseDuration('4 business hours'))).toBe('4 business hours');
    expect(formatDuration(parseDuration('90 minutes'), 'zh')).toBe('1小时30分钟');
    expect(formatDuration(parseDuration('2个工作日'))).toBe('2 working days');
    expect(formatDuration(parseDuration('1 working day'))).toBe('1 working day');
    expect(formatDuration(parseDuration('1 month'), 'zh')).toBe('1个月');
  });

  it('round-trips through its own output in both languages', () => {
    const duration = fc.oneof(
      fc.record({
        kind: fc.constant('time' as const),
        ms: fc.integer({ min: 0, max: 400 * H }),
        clock: fc.constantFrom('calendar' as const, 'business' as const),
      }),
      fc.record({
        kind: fc.constantFrom('days' as const, 'workingDays' as const),
        days: fc.integer({ min: 0, max: 1000 }),
      }),
      fc.record({ kind: fc.constant('months' as const), months: fc.integer({ min: 0, max: 240 }) }),
    );
    fc.assert(
      fc.property(duration, fc.constantFrom('en' as const, 'zh' as const), (d, lang) => {
        const text = formatDuration(d, lang);
        if (
          d.kind === 'time' &&
          d.clock === 'business' &&
          lang === 'en' &&
          !text.endsWith('business hours') &&
          !text.endsWith('business hour')
        ) {
          // "1 hour 30 minutes of business time" is for reading; the object form is the way back.
          expect(text).toMatch(/of business time$/);
          return;
        }
        if (d.kind === 'time' && d.clock === 'business' && lang === 'zh' && !/^\d+个工作小时$/.test(text))
          return;
        expect(parseDuration(text)).toEqual(d);
      }),
      { numRuns: 1000 },
    );
  });
});
