/** Plain-text rendering: aligned tables (Chinese characters count two columns), durations, numbers. */
import type { ComplianceReport, ComplianceRow, Lang, TicketRow } from '../index.js';
import type { CliMessages } from './messages.js';

/** Whether a code point takes two columns in a terminal (CJK, Hangul, full-width forms). */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** The number of terminal columns a text takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char.codePointAt(0)!) ? 2 : 1;
  return width;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** A column of a table. */
export interface Column {
  header: string;
  align?: 'left' | 'right';
}

/** An aligned table: header, a rule, the rows; columns two spaces apart, no trailing spaces. */
export function table(columns: readonly Column[], rows: ReadonlyArray<readonly string[]>): string[] {
  const widths = columns.map((column, i) =>
    Math.max(displayWidth(column.header), ...rows.map((row) => displayWidth(row[i] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i]!, columns[i]!.align ?? 'left'))
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((c) => c.header)),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((row) => line(row)),
  ];
}

/** Cuts a text to at most `width` columns, ending with `…` when cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const char of text) {
    const w = isWide(char.codePointAt(0)!) ? 2 : 1;
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return `${out}…`;
}

/** A length of time for a table: `850ms`, `12.5s`, `4m05s`, `3h20m`, `2d04h`; `—` for none. */
export function formatMs(ms: number | null | undefined, lang: Lang): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  const zh = lang === 'zh';
  const sign = ms < 0 ? '-' : '';
  const abs = Math.abs(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  if (abs < 1000) return `${sign}${abs}${zh ? '毫秒' : 'ms'}`;
  if (abs < 60_000) {
    const s = Math.round(abs / 100) / 10;
    return `${sign}${s}${zh ? '秒' : 's'}`;
  }
  const totalSeconds = Math.round(abs / 1000);
  if (totalSeconds < 3600) {
    const m = Math.floor(totalSeconds / 60);
    return `${sign}${m}${zh ? '分' : 'm'}${two(totalSeconds % 60)}${zh ? '秒' : 's'}`;
  }
  const totalMinutes = Math.round(abs / 60_000);
  if (totalMinutes < 24 * 60) {
    const h = Math.floor(totalMinutes / 60);
    return `${sign}${h}${zh ? '小时' : 'h'}${two(totalMinutes % 60)}${zh ? '分' : 'm'}`;
  }
  const totalHours = Math.round(abs / 3_600_000);
  const d = Math.floor(totalHours / 24);
  return `${sign}${d}${zh ? '天' : 'd'}${two(totalHours % 24)}${zh ? '小时' : 'h'}`;
}

/** An integer with thousands separators (`1,234,567`). */
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The line under a report's title: month, zone, report instant, tickets evaluated and failed. */
export function reportMetaLine(report: ComplianceReport, m: CliMessages): string {
  return m.reportMeta({
    month: report.month ?? m.allMonths,
    zone: report.timeZone,
    at: report.at,
    evaluated: formatCount(report.tickets.evaluated),
    failed: formatCount(report.tickets.failed),
  });
}

/** Bytes in binary units (`512 B`, `3.2 MB`, `1.0 GB`). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/** The targets of a report row that were not counted, for whatever reason. */
export function excludedCount(row: ComplianceRow): number {
  const e = row.excluded;
  return e.running + e.paused + e.pending + e.notApplicable + e.superseded;
}

/** The cells of one compliance row, shared by the text table and the HTML page. */
export function reportCells(row: ComplianceRow, lang: Lang): string[] {
  return [
    row.target ?? '—',
    row.clause ?? '—',
    row.channel ?? '—',
    row.month ?? '—',
    formatCount(row.met),
    formatCount(row.breached),
    formatCount(excludedCount(row)),
    row.metRatePercent === null ? '—' : `${row.metRatePercent}%`,
    formatMs(row.measuredMs.p50, lang),
    formatMs(row.measuredMs.p90, lang),
  ];
}

/** The cells of one ticket row: its group values, met, breached, undetermined, excluded, met rate. */
export function ticketRowCells(row: TicketRow, names: readonly string[]): string[] {
  return [
    ...names.map((name) => row.group[name] ?? '—'),
    formatCount(row.met),
    formatCount(row.breached),
    formatCount(row.undetermined),
    formatCount(row.excluded),
    row.metRatePercent === null ? '—' : `${row.metRatePercent}%`,
  ];
}
