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
    if (pendingCR && buffer.length > 0) {
      pendingCR = false;
      // The \n of a \r\n split across chunks (an empty chunk between them changes nothing).
      if (buffer[0] === LF) from = 1;
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

/**
 * Lines of the input as bytes, cut into chunks of whole lines for another thread: what
 * {@link boundedLineChunks} gives and {@link chunkLines} reads back.
 */
export interface LineChunk {
  /**
   * The chunk's lines as they were read, each with its line break (`\n`, `\r\n` or `\r`; the
   * input's last line may have none), in a buffer of its own (to be moved to a worker, not copied).
   * An over-long line stands as a line holding a space; the `\n` of a `\r\n` split between two
   * chunks is left out (its `\r` ends the line).
   */
  bytes: Uint8Array;
  /** The number of the chunk's first line. */
  firstLine: number;
  /** The lines over the bound: their numbers, lengths and first bytes (decoded). */
  tooLong: Array<[line: number, tooLong: NonNullable<InputLine['tooLong']>]>;
}

/**
 * What stands in a chunk for an over-long line: a line holding a space (an empty one would end a
 * `\r` before it as `\r\n`, one line break instead of two).
 */
const STAND_IN_LINE = new Uint8Array([0x20, LF]);

/**
 * The lines of {@link boundedLines}, as chunks of bytes of about `chunkBytes` bytes or
 * `chunkLines` lines (whichever comes first): the reading thread only finds where lines end (to
 * number them and bound them), and decoding, splitting and everything after is done by whoever
 * takes the chunk ({@link chunkLines}), on any thread. Memory holds one chunk of the stream, the
 * chunk being filled, and at most `maxBytes` of the current line.
 *
 * @example
 * for await (const chunk of boundedLineChunks(stream, 1_000)) console.log(chunk.firstLine, chunkLines(chunk).length);
 * //=> 1 500, then 501 500, then 1001 12 (chunks of 500 lines, and the rest)
 */
export async function* boundedLineChunks(
  input: AsyncIterable<Buffer | Uint8Array | string>,
  maxBytes: number,
  chunkBytes = 256 * 1024,
  chunkLines = 500,
): AsyncGenerator<LineChunk> {
  // The chunk being filled: pieces of the stream's buffers, in order.
  let pieces: Uint8Array[] = [];
  let piecesBytes = 0;
  let firstLine = 1;
  let tooLong: LineChunk['tooLong'] = [];
  /** Lines ended so far. */
  let line = 0;
  // The current line, begun in an earlier buffer: its bytes, or (over the bound) its length and first bytes.
  let carry: Buffer[] = [];
  let carrySize = 0;
  let skipping = false;
  let skipped = 0;
  let start: Buffer = Buffer.alloc(0);
  let pendingCR = false;

  const push = (piece: Uint8Array) => {
    if (piece.length === 0) return;
    pieces.push(piece);
    piecesBytes += piece.length;
  };
  /** The chunk filled so far, in one buffer of its own, and a new one begun. */
  const cut = (): LineChunk => {
    // Its own memory (never Node's shared pool): the buffer can be moved to a worker.
    const bytes = Buffer.allocUnsafeSlow(piecesBytes);
    let at = 0;
    for (const piece of pieces) {
      bytes.set(piece, at);
      at += piece.length;
    }
    const chunk: LineChunk = { bytes, firstLine, tooLong };
    pieces = [];
    piecesBytes = 0;
    tooLong = [];
    firstLine = line + 1;
    return chunk;
  };
  /** An over-long line ends: a stand-in line takes its place. */
  const overLong = (bytes: number, first: Buffer) => {
    line++;
    tooLong.push([line, { bytes, start: decodeStart(first) }]);
    push(STAND_IN_LINE);
    carry = [];
    carrySize = 0;
    skipping = false;
    skipped = 0;
  };

  for await (const chunk of input) {
    const buffer =
      typeof chunk === 'string'
        ? Buffer.from(chunk, 'utf8')
        : Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    /** Where the bytes of this buffer not yet in the chunk begin (whole lines from there to `from`). */
    let runStart = 0;
    if (pendingCR && buffer.length > 0) {
      pendingCR = false;
      // The \n of a \r\n split across reads (an empty read between them changes nothing): part of
      // the line break before it. It stays in the chunk when its \r is the chunk's last byte (the
      // chunk reads \r\n, one line break); otherwise (a chunk was cut after the \r, or the line
      // was over-long and has a stand-in) it is left out: alone, it would end one more line.
      if (buffer[0] === LF) {
        from = 1;
        const last = pieces.length === 0 ? undefined : pieces[pieces.length - 1]!;
        runStart = last !== undefined && last[last.length - 1] === CR ? 0 : 1;
      }
    }
    let nextLF = buffer.indexOf(LF, from);
    let nextCR = buffer.indexOf(CR, from);
    for (;;) {
      if (nextLF !== -1 && nextLF < from) nextLF = buffer.indexOf(LF, from);
      if (nextCR !== -1 && nextCR < from) nextCR = buffer.indexOf(CR, from);
      const end = nextLF === -1 ? nextCR : nextCR === -1 ? nextLF : Math.min(nextLF, nextCR);
      if (end === -1) break;
      let after = end + 1;
      if (buffer[end] === CR) {
        if (end + 1 < buffer.length) {
          if (buffer[end + 1] === LF) after = end + 2;
        } else pendingCR = true;
      }
      if (skipping) {
        push(buffer.subarray(runStart, from));
        overLong(skipped + (end - from), start);
        runStart = after;
      } else if (carrySize + (end - from) > maxBytes) {
        push(buffer.subarray(runStart, from));
        overLong(carrySize + (end - from), firstBytes([...carry, buffer.subarray(from, end)], EXCERPT_BYTES));
        runStart = after;
      } else {
        // A line begun in an earlier buffer: its first bytes go before this buffer's (runStart is
        // still `from` here: it is this buffer's first line).
        for (const piece of carry) push(piece);
        carry = [];
        carrySize = 0;
        line++;
      }
      from = after;
      if (piecesBytes + (from - runStart) >= chunkBytes || line - firstLine + 1 >= chunkLines) {
        push(buffer.subarray(runStart, from));
        runStart = from;
        yield cut();
      }
    }
    push(buffer.subarray(runStart, from));
    // The rest is the start of a line that goes on in the next buffer (copied: the buffer is not kept).
    if (from < buffer.length) {
      const rest = buffer.subarray(from);
      if (skipping) skipped += rest.length;
      else if (carrySize + rest.length > maxBytes) {
        start = firstBytes([...carry, rest], EXCERPT_BYTES);
        skipping = true;
        skipped = carrySize + rest.length;
        carry = [];
        carrySize = 0;
      } else {
        carry.push(Buffer.from(rest));
        carrySize += rest.length;
      }
    }
  }
  if (skipping) overLong(skipped, start);
  else if (carrySize > 0) {
    for (const piece of carry) push(piece);
    line++;
  }
  if (line >= firstLine) yield cut();
}

/**
 * The lines of a chunk of {@link boundedLineChunks}, numbered, blank ones included: the lines
 * {@link boundedLines} gives for the same bytes. Each line is decoded on its own, as the reader
 * does (decoding a whole chunk at once would be a single string too large for V8's young
 * generation: thirty times slower).
 *
 * @example
 * chunkLines({ bytes: new TextEncoder().encode('{"a":1}\r\n\n{"b":2}'), firstLine: 7, tooLong: [] })
 * //=> [{ line: 7, text: '{"a":1}' }, { line: 8, text: '' }, { line: 9, text: '{"b":2}' }]
 */
export function chunkLines(chunk: LineChunk): InputLine[] {
  const bytes = Buffer.from(chunk.bytes.buffer, chunk.bytes.byteOffset, chunk.bytes.byteLength);
  const out: InputLine[] = [];
  const tooLong = chunk.tooLong;
  let next = 0;
  let line = chunk.firstLine;
  const add = (from: number, end: number) => {
    if (next < tooLong.length && tooLong[next]![0] === line) {
      out.push({ line, text: '', tooLong: tooLong[next++]![1] });
    } else {
      let text = bytes.toString('utf8', from, end);
      if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      out.push({ line, text });
    }
    line++;
  };
  let from = 0;
  let nextLF = bytes.indexOf(LF);
  let nextCR = bytes.indexOf(CR);
  for (;;) {
    if (nextLF !== -1 && nextLF < from) nextLF = bytes.indexOf(LF, from);
    if (nextCR !== -1 && nextCR < from) nextCR = bytes.indexOf(CR, from);
    const end = nextLF === -1 ? nextCR : nextCR === -1 ? nextLF : Math.min(nextLF, nextCR);
    if (end === -1) break;
    add(from, end);
    from = bytes[end] === CR && bytes[end + 1] === LF ? end + 2 : end + 1;
  }
  if (from < bytes.length) add(from, bytes.length);
  return out;
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
