/**
 * Where the command reads and writes: the process, or (tests, the demo) streams of the caller's.
 * Everything written goes through {@link safeOutput}: no control character from the input reaches
 * a terminal raw.
 */
import { safeOutput } from './terminal.js';

/** An output stream; `isTTY` and `columns` when it is a terminal. */
export type OutStream = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

/** The command's world: its streams, working directory and environment. */
export interface CliIo {
  stdout: OutStream;
  stderr: OutStream;
  stdin: NodeJS.ReadableStream;
  /** Relative file names are read from here. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}

/** The process' own streams, directory and environment. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env,
  };
}

/** Resolves when the stream wants more (or can take no more: closed or failed). */
function drained(stream: OutStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}

/** Writes text (control characters escaped), waiting for the stream to drain when its buffer is full (backpressure). */
export async function write(stream: OutStream, text: string): Promise<void> {
  if (text === '') return;
  if (!stream.write(safeOutput(text))) await drained(stream);
}

/** Every character {@link safeOutput} may escape (and the line break, which it keeps). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const MAYBE_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * Lines of output gathered as UTF-8 bytes, each line guarded by {@link safeOutput} as it is added,
 * and written in chunks of about `chunkBytes` with backpressure. Millions of lines cost few system
 * calls and bounded memory, and no long text is ever built: a text made by concatenating a batch
 * of lines is a rope V8 must flatten before encoding it, which cost more than the JSON itself.
 */
export class LineWriter {
  private scratch: Buffer;
  private used = 0;
  /** Filled chunks not yet taken (a copy of the scratch each). */
  private chunks: Buffer[] = [];
  private chunksBytes = 0;

  constructor(
    private readonly stream?: OutStream,
    private readonly chunkBytes = 256 * 1024,
  ) {
    this.scratch = Buffer.allocUnsafe(chunkBytes);
  }

  /** Bytes gathered and not yet written or taken. */
  get size(): number {
    return this.chunksBytes + this.used;
  }

  /** Adds a line (without its line break; one is added). */
  add(line: string): void {
    // One character class first (a tight scan; safeOutput's pattern has an alternation): a line
    // without any of its characters is what safeOutput would return unchanged.
    this.addGuarded(MAYBE_CONTROL.test(line) ? safeOutput(line) : line);
  }

  /**
   * Adds a line that is already what {@link safeOutput} returns (its writer guarded the pieces
   * that came from the input): not scanned again.
   */
  addGuarded(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit (a surrogate pair: 4 bytes for 2 units).
    const most = text.length * 3 + 1;
    if (this.used + most > this.scratch.length) {
      this.seal();
      if (most > this.scratch.length) {
        const bytes = Buffer.from(`${text}\n`, 'utf8');
        this.chunks.push(bytes);
        this.chunksBytes += bytes.length;
        return;
      }
    }
    this.used += this.scratch.write(text, this.used, 'utf8');
    this.scratch[this.used++] = 0x0a;
  }

  /** Moves the scratch's bytes to the chunks (the scratch itself: a new one is taken, nothing is copied). */
  private seal(): void {
    if (this.used === 0) return;
    this.chunks.push(this.scratch.subarray(0, this.used));
    this.chunksBytes += this.used;
    this.scratch = Buffer.allocUnsafe(this.chunkBytes);
    this.used = 0;
  }

  /** The bytes gathered so far, as chunks of their own, and starts again. */
  takeChunks(): Buffer[] {
    this.seal();
    const out = this.chunks;
    this.chunks = [];
    this.chunksBytes = 0;
    return out;
  }

  /** The bytes gathered so far (one buffer of its own), and starts again. */
  take(): Buffer {
    const chunks = this.takeChunks();
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  }

  /** Writes the chunks filled so far, if any (the one being filled waits until it is full). */
  async maybeFlush(): Promise<void> {
    if (this.chunks.length === 0 || this.stream === undefined) return;
    const chunks = this.chunks;
    this.chunks = [];
    this.chunksBytes = 0;
    for (const chunk of chunks) await writeBytes(this.stream, chunk);
  }

  /** Writes everything gathered (with backpressure). */
  async flush(): Promise<void> {
    if (this.stream === undefined) return;
    for (const chunk of this.takeChunks()) await writeBytes(this.stream, chunk);
  }
}

/** Writes bytes already guarded (see {@link LineWriter}), waiting for the stream to drain when its buffer is full. */
export async function writeBytes(stream: OutStream, bytes: Uint8Array): Promise<void> {
  if (bytes.length === 0) return;
  if (!stream.write(bytes)) await drained(stream);
}
