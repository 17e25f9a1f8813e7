/**
 * Writing iCalendar (RFC 5545) text: all-day events for the calendar apps finance and operations
 * people live in. Shared by a calendar's rest and make-up days, a payment schedule's due dates and
 * a contract's reporting deadlines.
 *
 * What makes the output importable and stable:
 * - CRLF line endings, lines folded at 75 octets (never inside a UTF-8 character), TEXT values
 *   escaped (`\\`, `;`, `,`, newlines);
 * - all-day events as `DTSTART;VALUE=DATE` with an exclusive `DTEND;VALUE=DATE` (RFC 5545 3.6.1);
 * - a UID per event built from what the event is (calendar or contract, kind, first day), so
 *   importing a new export updates the events instead of duplicating them;
 * - `DTSTAMP` (required in every event) comes from the caller or from the data exported, never from
 *   the clock, so the same data gives the same bytes.
 */
import { InvalidArgumentError } from '../errors/errors.js';
import { type CivilDate, formatCivilDate, parseCivilDate } from '../time/civil-date.js';
import { type InstantInput, parseInstant } from '../time/instant.js';

/** One all-day event. */
export interface IcsEvent {
  /** Unique and stable: the same event in a later export has the same UID. */
  uid: string;
  /** First day. */
  start: CivilDate;
  /** Last day (inclusive); the event's `DTEND` is the day after. Default: `start`. */
  end?: CivilDate;
  summary: string;
  description?: string;
  categories?: readonly string[];
}

/** Options of every `toICS()`. */
export interface IcsOptions {
  /** The language of event titles and descriptions: `en` (default) or `zh`. */
  lang?: 'en' | 'zh';
  /**
   * The `DTSTAMP` of every event (an instant: ISO 8601 with an offset, epoch ms or a Date).
   * Default: derived from the data exported (see each `toICS()`), so the output is deterministic.
   */
  stamp?: InstantInput;
}

const CRLF = '\r\n';

/** Escapes a TEXT value (RFC 5545 3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  let out = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      out += `${CRLF} `;
      octets = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    out += char;
    octets += size;
  }
  return out;
}

/** `20251104T000000Z` from an instant. */
export function formatStamp(input: InstantInput, path: string): string {
  const ms = parseInstant(input, [path]);
  return `${new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** `YYYYMMDD` from a civil date. */
const basicDate = (date: CivilDate) => date.replaceAll('-', '');

/**
 * A VCALENDAR of all-day events, as RFC 5545 text with CRLF line endings.
 *
 * @param name - the calendar's display name (`X-WR-CALNAME`, shown by most apps)
 * @param stamp - the `DTSTAMP` of every event, `YYYYMMDDTHHMMSSZ`
 */
export function renderICS(events: readonly IcsEvent[], name: string, stamp: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//contract-terms//contract-terms//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const event of events) {
    const start = parseCivilDate(event.start, ['start']);
    const end = event.end === undefined ? start : parseCivilDate(event.end, ['end']);
    if (end < start) {
      throw new InvalidArgumentError('invalid_argument', {
        name: 'end',
        expected: 'dates',
        input: event.end,
      });
    }
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(event.start)}`,
      `DTEND;VALUE=DATE:${basicDate(formatCivilDate(end + 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description !== undefined) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.categories !== undefined && event.categories.length > 0)
      lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
    // Information, not an appointment: the day stays free in the user's calendar.
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A UID-safe slug of a name (`CN (rest days only)` -> `cn-rest-days-only`). */
export function uidPart(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}
