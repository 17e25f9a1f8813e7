import { describe, expect, it } from 'vitest';
import { InvalidDateError, InvalidInstantError, InvalidTimeZoneError } from '../errors/errors.js';
import { dateInZone, formatInZone, startOfDateInZone } from './in-zone.js';

describe('instants read in a time zone', () => {
  it('gives the civil date of an instant in the zone, not in UTC or the host zone', () => {
    expect(dateInZone('2025-10-09T20:00:00Z', 'Asia/Shanghai')).toBe('2025-10-10');
    expect(dateInZone('2025-10-09T15:59:59.999Z', 'Asia/Shanghai')).toBe('2025-10-09');
    expect(dateInZone(Date.UTC(2025, 9, 10, 6), 'America/Los_Angeles')).toBe('2025-10-09');
    expect(dateInZone(new Date(Date.UTC(2025, 9, 9, 23)), '+02:00')).toBe('2025-10-10');
  });

  it('starts a civil date at its midnight, or after a clock change that skips it', () => {
    expect(startOfDateInZone('2025-10-10', 'Asia/Shanghai')).toBe('2025-10-10T00:00:00+08:00');
    expect(startOfDateInZone('2025-03-09', 'America/Los_Angeles')).toBe('2025-03-09T00:00:00-08:00');
    // Chile moves from 24:00 to 01:00 on the first Sunday of September.
    expect(startOfDateInZone('2024-09-08', 'America/Santiago')).toBe('2024-09-08T01:00:00-03:00');
  });

  it('writes an instant with the offset in force then', () => {
    expect(formatInZone(Date.UTC(2025, 9, 9, 3), 'Asia/Shanghai')).toBe('2025-10-09T11:00:00+08:00');
    expect(formatInZone('2025-07-01T12:00:00.250Z', 'America/Los_Angeles')).toBe(
      '2025-07-01T05:00:00.250-07:00',
    );
    expect(formatInZone('2025-12-01T12:00:00Z', 'America/Los_Angeles')).toBe('2025-12-01T04:00:00-08:00');
  });

  it('names what is wrong', () => {
    expect(() => dateInZone('2025-10-09T20:00:00', 'Asia/Shanghai')).toThrow(InvalidInstantError);
    expect(() => formatInZone(0, 'Asia/Beijing')).toThrow(InvalidTimeZoneError);
    expect(() => startOfDateInZone('2025-02-29', 'Asia/Shanghai')).toThrow(InvalidDateError);
  });
});
