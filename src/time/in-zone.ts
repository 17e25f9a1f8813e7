/**
 * Instants read in a time zone, for callers: which civil date an instant falls on, when a civil date
 * starts, and an instant written with a zone's offset. The same zone tables the library computes
 * with (cached transitions, the wall-clock rule of zone.ts), so a caller's labels and the library's
 * answers never disagree, whatever the host's own zone.
 */
import { type CivilDate, formatCivilDate, parseCivilDate } from './civil-date.js';
import { type InstantInput, parseInstant } from './instant.js';
import { timeZone } from './zone.js';

/**
 * The civil date (`YYYY-MM-DD`) an instant falls on in a time zone (an IANA name, `UTC` or a fixed
 * offset such as `+08:00`).
 *
 * @example
 * dateInZone('2025-10-09T20:00:00Z', 'Asia/Shanghai')
 * //=> '2025-10-10'
 */
export function dateInZone(instant: InstantInput, zone: string): CivilDate {
  return formatCivilDate(timeZone(zone).dayOf(parseInstant(instant, ['instant'])));
}

/**
 * The first instant of a civil date in a time zone, as ISO 8601 with the zone's offset: its 00:00,
 * or the first instant after a clock change that skips midnight.
 *
 * @example
 * startOfDateInZone('2025-10-10', 'Asia/Shanghai')
 * //=> '2025-10-10T00:00:00+08:00'
 */
export function startOfDateInZone(date: CivilDate, zone: string): string {
  const tz = timeZone(zone);
  return tz.format(tz.startOfDay(parseCivilDate(date, ['date'])));
}

/**
 * An instant as ISO 8601 with a time zone's offset at that instant (milliseconds when not zero).
 *
 * @example
 * formatInZone(Date.UTC(2025, 9, 9, 3), 'Asia/Shanghai')
 * //=> '2025-10-09T11:00:00+08:00'
 */
export function formatInZone(instant: InstantInput, zone: string): string {
  return timeZone(zone).format(parseInstant(instant, ['instant']));
}
