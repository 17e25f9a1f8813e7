/**
 * A progress bar on standard error, for long runs in a terminal: share of the bytes read, tickets,
 * rate. It fits the terminal's width (80 columns when unknown), counting Chinese characters as two
 * columns, so a redraw never wraps onto a second line.
 */
import type { OutStream } from './io.js';
import type { CliMessages } from './messages.js';
import { displayWidth, formatBytes, formatCount, truncate } from './render.js';

/** Inputs larger than this get a progress bar (when standard error is a terminal). */
export const PROGRESS_MIN_BYTES = 5 * 1024 * 1024;

export class ProgressBar {
  private last = Number.NEGATIVE_INFINITY;
  private readonly started: number;
  private shown = false;

  constructor(
    private readonly stream: OutStream,
    private readonly total: number,
    private readonly m: CliMessages,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

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
    this.stream.write(`\r${progressLine(share, text, this.stream.columns ?? 80)}\x1b[K`);
    this.shown = true;
  }

  /** Clears the bar. */
  done(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
  }
}

/**
 * The bar and its text in at most `columns - 1` columns (the last column stays free: writing into
 * it makes some terminals wrap). The bar takes what the text leaves, 40 columns at most; under 10,
 * it is left out.
 */
export function progressLine(share: number, text: string, columns: number): string {
  const room = columns - 1;
  const barWidth = Math.min(40, room - displayWidth(text) - 2);
  if (barWidth < 10) return truncate(text.trimStart(), room);
  const filled = Math.round(share * barWidth);
  return truncate(`[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]${text}`, room);
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const two = (n: number) => String(n).padStart(2, '0');
  return s >= 3600
    ? `${Math.floor(s / 3600)}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`
    : `${Math.floor(s / 60)}:${two(s % 60)}`;
}
