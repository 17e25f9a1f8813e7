/** A progress bar on standard error, for long runs in a terminal: share of the bytes read, tickets, rate. */
import type { OutStream } from './io.js';
import type { CliMessages } from './messages.js';
import { formatBytes, formatCount } from './render.js';

/** Inputs larger than this get a progress bar (when standard error is a terminal). */
export const PROGRESS_MIN_BYTES = 5 * 1024 * 1024;

export class ProgressBar {
  private last = 0;
  private readonly started = Date.now();
  private shown = false;

  constructor(
    private readonly stream: OutStream,
    private readonly total: number,
    private readonly m: CliMessages,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether a run over `size` bytes gets a bar on `stream`. */
  static wanted(stream: OutStream, size: number | null): boolean {
    return stream.isTTY === true && size !== null && size > PROGRESS_MIN_BYTES;
  }

  /** Redraws at most ten times a second. */
  update(bytes: number, tickets: number): void {
    const now = this.now();
    if (now - this.last < 100) return;
    this.last = now;
    this.draw(bytes, tickets, now);
  }

  private draw(bytes: number, tickets: number, now: number): void {
    const share = this.total > 0 ? Math.min(1, bytes / this.total) : 0;
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    const rate = tickets / seconds;
    const eta = share > 0 ? (seconds / share) * (1 - share) : Number.NaN;
    const text = ` ${this.m.progress({
      percent: `${(share * 100).toFixed(0).padStart(3)}%`,
      read: formatBytes(bytes),
      total: formatBytes(this.total),
      tickets: formatCount(tickets),
      rate: formatCount(rate),
      eta: Number.isFinite(eta) ? clock(eta) : '--:--',
    })}`;
    const columns = this.stream.columns ?? 80;
    const barWidth = Math.max(10, Math.min(40, columns - text.length - 4));
    const filled = Math.round(share * barWidth);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]${text}`;
    this.stream.write(`\r${line.slice(0, columns - 1)}\x1b[K`);
    this.shown = true;
  }

  /** Clears the bar. */
  done(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
  }
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const two = (n: number) => String(n).padStart(2, '0');
  return s >= 3600
    ? `${Math.floor(s / 3600)}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`
    : `${Math.floor(s / 60)}:${two(s % 60)}`;
}
