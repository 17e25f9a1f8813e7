import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../tests/support/long-tests.js';
import { InvalidTimeZoneError } from '../errors/errors.js';
import { MS_PER_DAY, parseCivilDate } from './civil-date.js';
import { parseInstant } from './instant.js';
import { formatLocal, timeZone } from './zone.js';

const H = 3_600_000;

/** Reference offset straight from Intl, no caching. */
function intlOffset(zone: string, ms: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const local = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return local - Math.floor(ms / 1000) * 1000;
}

describe('timeZone', () => {
  it('formats as the plain formatLocal does, whatever it formatted before (its minute cache)', () => {
    const MINUTE = 60_000;
    // Instants near each other (same minute, same cache slot 512 minutes apart, across DST changes
    // and LMT offsets with seconds) and far apart, in random order, in zones of every kind.
    const instant = fc.oneof(
      fc.integer({ min: -8_000_000_000_000, max: 8_000_000_000_000 }),
      fc.integer({ min: 1_700_000_000_000, max: 1_800_000_000_000 }),
      fc.integer({ min: -62_135_596_800_000, max: 253_402_300_799_999 }),
    );
    const near = fc.tuple(
      instant,
      fc.array(fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: 0, max: 59_999 })), {
        maxLength: 6,
      }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(
          'Asia/Shanghai',
          'America/Los_Angeles',
          'Europe/London',
          'Australia/Lord_Howe',
          'Asia/Kathmandu',
          'UTC',
          '+08:00',
          '-03:30',
        ),
        fc.array(near, { minLength: 1, maxLength: 8 }),
        (id, groups) => {
          const zone = timeZone(id);
          for (const [base, steps] of groups) {
            for (const t of [
              base,
              ...steps.map(([slots, ms]) => Math.floor(base / MINUTE) * MINUTE + slots * 512 * MINUTE + ms),
            ]) {
              const offset = zone.offsetAt(t);
              expect(zone.format(t)).toBe(formatLocal(t + offset, offset));
            }
          }
        },
      ),
      { numRuns: runs(400) },
    );
  });

  it('formats instants with the zone offset', () => {
    expect(timeZone('Asia/Shanghai').format(Date.UTC(2025, 9, 9, 3))).toBe('2025-10-09T11:00:00+08:00');
    expect(timeZone('Asia/Shanghai').format(Date.UTC(2025, 9, 9, 3, 0, 0, 7))).toBe(
      '2025-10-09T11:00:00.007+08:00',
    );
    expect(timeZone('America/Los_Angeles').format(Date.UTC(2025, 0, 1, 17))).toBe(
      '2025-01-01T09:00:00-08:00',
    );
    expect(timeZone('Asia/Kathmandu').format(0)).toBe('1970-01-01T05:30:00+05:30');
    expect(timeZone('UTC').format(0)).toBe('1970-01-01T00:00:00+00:00');
    expect(timeZone('+08:00').format(0)).toBe('1970-01-01T08:00:00+08:00');
  });

  it('agrees with Intl at random instants 1950-2150 in zones with and without DST', () => {
    const zones = [
      'America/Los_Angeles',
      'Europe/London',
      'Asia/Shanghai',
      'Australia/Lord_Howe',
      'Pacific/Apia',
      'America/Sao_Paulo',
      'Asia/Tokyo',
      'Africa/Casablanca',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: -631152000000, max: 5680281600000 }),
        (id, ms) => {
          expect(timeZone(id).offsetAt(ms)).toBe(intlOffset(id, ms));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('knows China observed DST 1986-1991', () => {
    const cn = timeZone('Asia/Shanghai');
    expect(cn.offsetAt(parseInstant('1988-07-01T00:00:00Z'))).toBe(9 * H);
    expect(cn.offsetAt(parseInstant('2025-07-01T00:00:00Z'))).toBe(8 * H);
  });

  it('maps wall-clock times to the first instant reading them or later: the jump for skipped times, the first of repeated ones', () => {
    const la = timeZone('America/Los_Angeles');
    const local = (date: string, hours: number) => parseCivilDate(date) * MS_PER_DAY + hours * H;
    // 2025-03-09: 02:00 PST jumps to 03:00 PDT. 02:30 does not exist: it means the jump, 03:00 PDT.
    expect(la.format(la.toInstant(local('2025-03-09', 2.5)))).toBe('2025-03-09T03:00:00-07:00');
    expect(la.format(la.toInstant(local('2025-03-09', 2)))).toBe('2025-03-09T03:00:00-07:00');
    expect(la.format(la.toInstant(local('2025-03-09', 3)))).toBe('2025-03-09T03:00:00-07:00');
    expect(la.format(la.toInstant(local('2025-03-09', 1.5)))).toBe('2025-03-09T01:30:00-08:00');
    // 2025-11-02: 02:00 PDT falls back to 01:00 PST. 01:30 happens twice: the first one.
    expect(la.format(la.toInstant(local('2025-11-02', 1.5)))).toBe('2025-11-02T01:30:00-07:00');
    expect(la.format(la.toInstant(local('2025-11-02', 2)))).toBe('2025-11-02T02:00:00-08:00');
    // Day length: 23 h and 25 h.
    expect(la.startOfDay(parseCivilDate('2025-03-10')) - la.startOfDay(parseCivilDate('2025-03-09'))).toBe(
      23 * H,
    );
    expect(la.startOfDay(parseCivilDate('2025-11-03')) - la.startOfDay(parseCivilDate('2025-11-02'))).toBe(
      25 * H,
    );
  });

  it('round-trips every instant through the wall clock (outside repeated hours)', () => {
    const zones = ['America/Los_Angeles', 'Europe/London', 'Asia/Shanghai'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 946684800000, max: 4102444800000 }),
        (id, ms) => {
          const zone = timeZone(id);
          const back = zone.toInstant(zone.toLocal(ms));
          // In a repeated hour the wall clock names two instants; the earlier one is chosen.
          expect(back === ms || back === ms - H).toBe(true);
          expect(zone.toLocal(back)).toBe(zone.toLocal(ms));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('rejects unknown zones', () => {
    expect(() => timeZone('Mars/Base')).toThrow(InvalidTimeZoneError);
    expect(() => timeZone('')).toThrow(InvalidTimeZoneError);
    expect(() => timeZone('+25:00')).toThrow(InvalidTimeZoneError);
  });

  it('canonicalises names and caches zones', () => {
    expect(timeZone('asia/shanghai').id).toBe('Asia/Shanghai');
    expect(timeZone('Asia/Shanghai')).toBe(timeZone('Asia/Shanghai'));
    expect(timeZone('Etc/UTC').id).toBe('UTC');
  });
});
