import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInstantError } from '../errors/errors.js';
import { parseInstant, quickInstant } from './instant.js';
import { timeZone } from './zone.js';

describe('parseInstant', () => {
  it('reads ISO 8601 with an offset, Dates and epoch milliseconds', () => {
    expect(parseInstant('2025-10-09T11:00:00+08:00')).toBe(Date.UTC(2025, 9, 9, 3));
    expect(parseInstant('2025-10-09T03:00:00Z')).toBe(Date.UTC(2025, 9, 9, 3));
    expect(parseInstant('2025-10-09T03:00Z')).toBe(Date.UTC(2025, 9, 9, 3));
    expect(parseInstant('2025-10-09 03:00:00.5-05:30')).toBe(Date.UTC(2025, 9, 9, 8, 30, 0, 500));
    expect(parseInstant('2025-10-09T03:00:00.123456789+0800')).toBe(Date.UTC(2025, 9, 8, 19, 0, 0, 123));
    expect(parseInstant('2025-10-09T03:00:00+08')).toBe(Date.UTC(2025, 9, 8, 19));
    expect(parseInstant(new Date(5))).toBe(5);
    expect(parseInstant(12345)).toBe(12345);
  });

  it.each([
    ['2025-10-09T11:00:00', /no UTC offset/],
    ['2025-10-09', /expected YYYY-MM-DDTHH:MM/],
    ['', /empty string/],
    ['2025-02-30T00:00:00Z', /no day 30/],
    ['2025-10-09T24:00:00Z', /hour 24/],
    ['2025-10-09T11:60:00Z', /minute 60/],
    ['2025-10-09T11:00:00+8:00', /offset/],
    ['2025-10-09T11:00:00 +08:00', /offset/],
    ['tomorrow', /expected/],
  ])('rejects %j', (input, message) => {
    expect(() => parseInstant(input)).toThrow(InvalidInstantError);
    expect(() => parseInstant(input)).toThrow(message);
  });

  // Strings of the lengths the one-pass path reads (20, 24, 25, 29 characters): a wrong character
  // anywhere must still be rejected with the full parser's message, and the forms it leaves to the
  // full parser must still be read.
  it.each([
    ['2025-02-29T10:00:00+08:00', /no day 29/],
    ['2025-13-09T10:00:00+08:00', /month 13/],
    ['2025-10-00T10:00:00+08:00', /no day 0/],
    ['2025-10-09T10:00:60+08:00', /second 60/],
    ['2025-10-09T10:00:00+24:00', /offset/],
    ['2025-10-09T10:00:00+08:60', /offset/],
    ['2025-10-09T10:00:00+08-00', /offset/],
    ['2025-10-09T10:00:00.12a+08:00', /offset/],
    ['2025-10-09T10:0a:00.123Z', /time as HH:MM/],
    ['2025/10/09T10:00:00+08:00', /date as YYYY-MM-DD/],
    ['2025-10-09X10:00:00+08:00', /'T' between date and time/],
    ['2025-10-09T10:00:00.123X', /offset/],
  ])('rejects %j, of a common length', (input, message) => {
    expect(() => parseInstant(input)).toThrow(message);
  });

  it('reads the forms the one-pass path leaves to the full parser', () => {
    expect(parseInstant('2025-10-09t03:00:00z')).toBe(Date.UTC(2025, 9, 9, 3));
    expect(parseInstant('2025-10-09 03:00:00+08:00')).toBe(Date.UTC(2025, 9, 8, 19));
    expect(parseInstant('2025-10-09T03:00:00,250+08:00')).toBe(Date.UTC(2025, 9, 8, 19, 0, 0, 250));
    expect(parseInstant('2025-10-09T03:00:00-00:00')).toBe(Date.UTC(2025, 9, 9, 3));
    expect(parseInstant('2025-10-09T03:00:00.999-23:59')).toBe(Date.UTC(2025, 9, 10, 2, 59, 0, 999));
  });

  it('rejects non-finite and fractional numbers and Invalid Date', () => {
    expect(() => parseInstant(Number.NaN)).toThrow(/finite/);
    expect(() => parseInstant(1.5)).toThrow(/whole number/);
    expect(() => parseInstant(new Date('x'))).toThrow(/Invalid Date/);
    expect(() => parseInstant(null)).toThrow(/expected a Date/);
  });

  it('gives the same answer in every form, one after another (the one-pass path and the full parser)', () => {
    const forms = fc.tuple(
      fc.integer({ min: 0, max: 4e12 }),
      fc.constantFrom('+08:00', '-05:30', 'Z', '+08', '+0800'),
      fc.constantFrom('', '.5', '.12', '.123', '.1234'),
    );
    fc.assert(
      fc.property(fc.array(forms, { minLength: 2, maxLength: 8 }), (list) => {
        for (const [ms, offset, fraction] of list) {
          const base = new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19);
          const text = `${base}${fraction}${offset}`;
          expect(parseInstant(text)).toBe(
            Date.parse(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2').replace(/([+-]\d{2})$/, '$1:00')),
          );
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with Date.parse on every well-formed string with an offset', () => {
    const offset = fc.integer({ min: -14 * 60, max: 14 * 60 });
    fc.assert(
      fc.property(fc.integer({ min: -2e12, max: 4e12 }), offset, (ms, minutes) => {
        const zone = timeZone(
          minutes === 0
            ? 'UTC'
            : `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`,
        );
        const text = zone.format(ms);
        expect(parseInstant(text)).toBe(ms);
        expect(Date.parse(text)).toBe(ms);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads only well-formed strings on the one-pass path: any one character changed is refused or read as Date.parse reads it', () => {
    const wellFormed = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?(Z|[+-]\d{2}:\d{2})$/;
    const bases = ['2025-10-26T23:27:00.000+08:00', '2024-02-29T09:05:59Z', '2025-01-01T00:00:00.999-05:30'];
    let read = 0;
    for (const base of bases) {
      for (let at = 0; at < base.length; at++) {
        for (const c of '0123456789-:T.+Z /x\u0660') {
          const text = base.slice(0, at) + c + base.slice(at + 1);
          const ms = quickInstant(text);
          if (Number.isNaN(ms)) continue;
          read++;
          expect(wellFormed.test(text), text).toBe(true);
          expect(ms, text).toBe(Date.parse(text));
        }
      }
    }
    expect(read).toBeGreaterThan(100); // digits changed into other digits are still read
  });
});
