/**
 * Terminal hygiene: text from the input (ticket ids, excerpts of bad lines, field values, names in
 * a contract) must not drive the terminal it is printed on. A tickets file holding ESC or BEL bytes
 * could otherwise clear the screen, move the cursor or retitle the window. Control characters and
 * the invisible characters that reorder text are written as `\uXXXX` escapes (valid inside JSON
 * strings too), and excerpts are cut to a stated length.
 */
import { truncate } from './render.js';

/**
 * Characters that must not reach a terminal raw: C0 controls (line breaks included, for text from
 * the input), DEL, C1 controls (U+009B is CSI on some terminals), and the bidirectional controls
 * that reorder how a line reads.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/**
 * The same, except the line break (LF, or CRLF as iCalendar writes it; a CR alone returns the cursor
 * and is escaped): for whole texts the command wrote itself, line by line.
 */
const CONTROLS_BUT_NEWLINE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /\r(?!\n)|[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escapeOne = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * A text from the input, safe to print: every control character escaped, line breaks included.
 *
 * @example
 * safeText('T-1\u001b]0;pwned\u0007')
 * //=> 'T-1\\u001b]0;pwned\\u0007'
 */
export function safeText(text: string): string {
  CONTROLS.lastIndex = 0;
  return CONTROLS.test(text) ? text.replace(CONTROLS, escapeOne) : text;
}

/**
 * A whole output text, safe to print: every control character but the line break (LF or CRLF) escaped. The
 * command's own output never contains one, so this changes only what came from the input; it is
 * the last guard, applied to everything written to standard output and standard error.
 *
 * @example
 * safeOutput('line 1: bad \u009b31m\nline 2\n')
 * //=> 'line 1: bad \\u009b31m\nline 2\n'
 */
export function safeOutput(text: string): string {
  CONTROLS_BUT_NEWLINE.lastIndex = 0;
  return CONTROLS_BUT_NEWLINE.test(text) ? text.replace(CONTROLS_BUT_NEWLINE, escapeOne) : text;
}

/** How many columns an excerpt of a bad line takes at most. */
export const EXCERPT_COLUMNS = 40;
/** How many columns a value quoted from the input (a ticket id) takes at most. */
export const VALUE_COLUMNS = 64;
/** How many columns a message about one bad line takes at most (the line's error in a list). */
export const MESSAGE_COLUMNS = 300;

/**
 * An excerpt of a text from the input: escaped, then cut to `columns` (ending with `…` when cut).
 *
 * @example
 * excerpt('{"id":"CS-1090","fields":{"channel":"email","category":"general"}}', 20)
 * //=> '{"id":"CS-1090","fi…'
 */
export function excerpt(text: string, columns: number = EXCERPT_COLUMNS): string {
  // Cut first (cheaply: a line may be megabytes), escape, then cut again to the stated width.
  const head = text.length > columns * 2 ? text.slice(0, columns * 2) : text;
  return truncate(safeText(head), columns);
}
