/**
 * Lines of a byte stream, read within a bound: a line longer than `maxBytes` is not held. Its bytes
 * are counted and dropped as they arrive, and it comes out as that line's error (its length and
 * the start of it), after which the next line is read as usual. Memory holds one chunk and at most
 * `maxBytes` of the current line, whatever the input; `readline` would hold a line of any length
 * (and throws "Invalid string length" past V8's limit, losing the rest of the file).
 *
 * Lines end at `\n`, `\r\n` or a lone `\r`, as readline ends them, so line numbers are the same.
 */

/** One line of the input, with its 1-based number; `tooLong` when it was over the bound (then `text` is empty). */
export interface InputLine {
  line: number;
  text: string;
  tooLong?: {
    /** The line's length in bytes. */
    bytes: number;
    /** Its first bytes, decoded (at most {@link EXCERPT_BYTES}). */
    start: string;
  };
}

/** How many bytes of an over-long line are kept, for its error message. */
export const EXCERPT_BYTES = 64;

const LF = 0x0a;
const CR = 0x0d;

/**
 * Splits a stream of chunks into lines, each at most `maxBytes` bytes (without its line break);
 * a longer line comes out with `tooLong` instead of its text.
 *
 * @example
 * for await (const line of boundedLines(stream, 10)) console.log(line.line, line.text, line.tooLong?.bytes);
 * //=> 1 '{"a":1}' undefined, then 2 '' 25 (a 25-byte line), then 3 '{"b":2}' undefined
 */
export async function* boundedLines(
  input: AsyncIterable<Buffer | Uint8Array | string>,
  maxBytes: number,
): AsyncGenerator<InputLine> {
  for await (const batch of boundedLineBatches(input, maxBytes)) yield* batch;
}

/**
 * The lines of {@link boundedLines}, a batch per chunk of the stream: the lines that chunk ended
 * (never an empty batch). A reader of millions of lines pays one promise per chunk instead of
 * several per line (the command line's evaluate loop is synchronous within a batch).
 *
 * @example
 * for await (const batch of boundedLineBatches(stream, 1_000)) console.log(batch.map((l) => l.line));
 * //=> [1, 2, 3], then [4, 5] (the lines that each chunk of the stream ended)
 */
export async function* boundedLineBatches(
  input: AsyncIterable<Buffer | Uint8Array | string>,
  maxBytes: number,
): AsyncGenerator<InputLine[]> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  let skipped = 0;
  let start: Buffer = Buffer.alloc(0);
  let line = 0;
  let pendingCR = false;

  /** Adds a piece of the current line, or counts it when the line is already over the bound. */
  const take = (piece: Buffer) => {
    if (piece.length === 0) return;
    if (skipping) {
      skipped += piece.length;
      return;
    }
    if (size + piece.length > maxBytes) {
      // Over the bound: keep the first bytes for the message, drop the rest from now on.
      start = firstBytes([...parts, piece], EXCERPT_BYTES);
      skipping = true;
      skipped = size + piece.length;
      parts = [];
      size = 0;
      return;
    }
    parts.push(piece);
    size += piece.length;
  };

  /** Ends the current line. */
  const finish = (): InputLine => {
    line++;
    let out: InputLine;
    if (skipping) {
      out = { line, text: '', tooLong: { bytes: skipped, start: decodeStart(start) } };
    } else {
      let text = parts.length === 1 ? parts[0]!.toString('utf8') : Buffer.concat(parts).toString('utf8');
      if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      out = { line, text };
    }
    parts = [];
    size = 0;
    skipping = false;
    skipped = 0;
    return out;
  };

  for await (const chunk of input) {
    const buffer =
      typeof chunk === 'string'
        ? Buffer.from(chunk, 'utf8')
        : Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    if (pendingCR) {
      pendingCR = false;
      if (buffer.length > 0 && buffer[0] === LF) from = 1; // the \n of a \r\n split across chunks
    }
    // The next \n and \r at or after `from`, each searched again only once passed (linear in the chunk).
    let nextLF = buffer.indexOf(LF, from);
    let nextCR = buffer.indexOf(CR, from);
    const batch: InputLine[] = [];
    for (;;) {
      if (nextLF !== -1 && nextLF < from) nextLF = buffer.indexOf(LF, from);
      if (nextCR !== -1 && nextCR < from) nextCR = buffer.indexOf(CR, from);
      const end = nextLF === -1 ? nextCR : nextCR === -1 ? nextLF : Math.min(nextLF, nextCR);
      if (end === -1) break;
      take(buffer.subarray(from, end));
      batch.push(finish());
      from = end + 1;
      if (buffer[end] === CR) {
        if (end + 1 < buffer.length) {
          if (buffer[end + 1] === LF) from = end + 2;
        } else pendingCR = true;
      }
    }
    // The rest is the start of a line that goes on in the next chunk (copied: the chunk is not kept).
    if (from < buffer.length) take(skipping ? buffer.subarray(from) : Buffer.from(buffer.subarray(from)));
    if (batch.length > 0) yield batch;
  }
  if (size > 0 || skipping) yield [finish()];
}

/** The first `count` bytes of a list of pieces (a copy). */
function firstBytes(pieces: readonly Buffer[], count: number): Buffer {
  const out: Buffer[] = [];
  let have = 0;
  for (const piece of pieces) {
    if (have >= count) break;
    const part = piece.subarray(0, count - have);
    out.push(part);
    have += part.length;
  }
  return Buffer.from(Buffer.concat(out));
}

/** The first bytes of a line, decoded, without a character cut in half at the end. */
function decodeStart(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.endsWith('\uFFFD') ? text.slice(0, -1) : text;
}
