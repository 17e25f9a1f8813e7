/**
 * CI runs the suite under several TZ values; this proves the host zone really is the one asked for,
 * so a run under TZ=Pacific/Apia is not silently a run under UTC.
 */
import { describe, expect, it } from 'vitest';

describe('host time zone', () => {
  it('is the zone named by TZ (when set)', () => {
    const tz = process.env.TZ;
    if (tz === undefined || tz === '') return;
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(tz);
    const jan = new Date(Date.UTC(2025, 0, 15, 12));
    const offset = -jan.getTimezoneOffset();
    const expected: Record<string, number> = {
      'America/Los_Angeles': -480,
      'Asia/Shanghai': 480,
      'Pacific/Apia': 780,
      UTC: 0,
    };
    if (tz in expected) expect(offset).toBe(expected[tz]);
  });
});
