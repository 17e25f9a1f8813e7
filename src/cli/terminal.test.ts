import { describe, expect, it } from 'vitest';
import { displayWidth } from './render.js';
import { EXCERPT_COLUMNS, excerpt, safeOutput, safeText } from './terminal.js';

describe('terminal hygiene', () => {
  it('escapes every control character of a text from the input, line breaks included', () => {
    const hostile = 'T\u0000\u0007\u0008\t\n\r\u001b[2J\u007f\u0085\u009b31m\u202eevil\u2066';
    expect(safeText(hostile)).toBe(
      'T\\u0000\\u0007\\u0008\\u0009\\u000a\\u000d\\u001b[2J\\u007f\\u0085\\u009b31m\\u202eevil\\u2066',
    );
    expect(safeText('合同 CS-1042 ok')).toBe('合同 CS-1042 ok');
  });

  it('keeps the line breaks of a whole output, escaping the rest, and stays valid JSON', () => {
    expect(safeOutput('a\u001b[31m\nb\u0007\n')).toBe('a\\u001b[31m\nb\\u0007\n');
    // CRLF is a line break too (iCalendar's); a carriage return alone would rewrite the line.
    expect(safeOutput('BEGIN:VCALENDAR\r\nX:a\rb\r\n')).toBe('BEGIN:VCALENDAR\r\nX:a\\u000db\r\n');
    const json = JSON.stringify({ id: 'x\u009b\u001b' });
    expect(JSON.parse(safeOutput(json))).toEqual({ id: 'x\u009b\u001b' });
  });

  it('cuts an excerpt to its width after escaping, however long the input', () => {
    const long = `{"id":"${'合'.repeat(10_000_000)}"}`;
    const cut = excerpt(long);
    expect(displayWidth(cut)).toBeLessThanOrEqual(EXCERPT_COLUMNS);
    expect(cut.endsWith('…')).toBe(true);
    expect(excerpt('\u001b'.repeat(100), 20)).toBe('\\u001b\\u001b\\u001b\\…');
    expect(excerpt('short')).toBe('short');
  });
});
