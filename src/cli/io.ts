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

/**
 * Collects small writes into chunks of about `chunkSize` characters and writes each chunk with
 * backpressure, so a stream of millions of lines costs few system calls and bounded memory.
 */
export class ChunkedWriter {
  private parts: string[] = [];
  private size = 0;

  constructor(
    private readonly stream: OutStream,
    private readonly chunkSize = 64 * 1024,
  ) {}

  /** Adds text; resolves at once unless a chunk had to be written and the stream is full. */
  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= this.chunkSize) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    await write(this.stream, chunk);
  }
}
