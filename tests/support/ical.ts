/**
 * Reading iCalendar text with a real RFC 5545 parser (ical.js), for the tests of every `toICS()`:
 * the events as plain data, and the checks every export must pass (CRLF, folding at 75 octets).
 */
import ICAL from 'ical.js';
import { expect } from 'vitest';

/** One VEVENT, as a parser reads it. */
export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** The exclusive end, `YYYY-MM-DD`. */
  end: string;
  allDay: boolean;
  stamp: string;
}

/** Parses a VCALENDAR and checks what RFC 5545 requires of its lines; returns its events. */
export function readICS(text: string): { name: string; events: ParsedEvent[] } {
  // Every line ends with CRLF, and no line is longer than 75 octets.
  expect(text.endsWith('\r\n')).toBe(true);
  const lines = text.slice(0, -2).split('\r\n');
  for (const line of lines) {
    expect(line.includes('\n') || line.includes('\r')).toBe(false);
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  }
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe('vcalendar');
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const stamp = component.getFirstPropertyValue('dtstamp') as ICAL.Time;
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString().slice(0, 10),
      end: event.endDate.toString().slice(0, 10),
      allDay: event.startDate.isDate && event.endDate.isDate,
      stamp: stamp.toString(),
    };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), events };
}
