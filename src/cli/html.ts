/**
 * The compliance report as one self-contained HTML page: inline CSS and inline SVG, no script, no
 * network (a Content-Security-Policy forbids any fetch). Two charts: the met rate per target and
 * channel (with the highest service-credit threshold of the target as a dashed line), and, for a
 * chosen ticket, a timeline of each target: the clock's open time (service hours, working days),
 * pauses, cycles, due instants, and when each was met or breached.
 */
import {
  type ComplianceReport,
  type ComplianceRow,
  type Contract,
  dateInZone,
  formatInZone,
  startOfDateInZone,
  type TargetEvaluation,
  type TicketEvaluation,
} from '../index.js';
import type { Context } from './args.js';
import type { CliMessages } from './messages.js';
import { excludedCount, formatCount, formatMs, reportCells, reportMetaLine } from './render.js';
import { type ChosenTicket, describeFailure, type Failure } from './tickets.js';

export interface ReportHtmlInput {
  contract: Contract;
  report: ComplianceReport;
  ctx: Context;
  source: string;
  failures: readonly Failure[];
  failed: number;
  /** The ticket asked for with --ticket, and what was found. */
  ticketId?: string;
  chosen?: ChosenTicket;
  /** Tickets whose timelines are drawn, linked from the rows' ticket lists (report --list-tickets). */
  timelines?: readonly ChosenTicket[];
}

/** Escapes text for HTML content and attribute values. */
export function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A heading from a text line that ends with a colon. */
const heading = (text: string) => text.replace(/[:：]$/, '');

const num = (n: number) => (Math.round(n * 10) / 10).toString();

// ---- met rate per target and channel ----

/** The narrowest bar drawn, in pixels: a met rate of 0 % is a sliver in its colour, not nothing. */
const MIN_BAR = 3;

/** A share written in the definition ("95%", "0.95") as a fraction, when it can be read. */
function shareOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value >= 0 && value <= 1 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const percent = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(value);
  if (percent !== null) return Number(percent[1]) / 100;
  const plain = /^\s*(0(?:\.\d+)?|1(?:\.0+)?)\s*$/.exec(value);
  return plain === null ? undefined : Number(plain[1]);
}

/** The highest `below` threshold of the service-credit rules of a target on a channel. */
export function creditThreshold(
  contract: Contract,
  target: string,
  channel: string | null,
): number | undefined {
  let best: number | undefined;
  for (const rule of contract.definition.serviceCredits?.rules ?? []) {
    if (rule.target !== target) continue;
    if (rule.channel !== undefined && rule.channel !== channel) continue;
    for (const tier of rule.tiers) {
      const share = shareOf(tier.below ?? tier.atOrBelow);
      if (share !== undefined && (best === undefined || share > best)) best = share;
    }
  }
  return best;
}

function metRateChart(contract: Contract, rows: readonly ComplianceRow[], m: CliMessages): string {
  const labelWidth = 300;
  const barWidth = 500;
  const valueWidth = 170;
  const rowHeight = 30;
  const top = 10;
  const width = labelWidth + barWidth + valueWidth;
  const height = top + rows.length * rowHeight + 36;
  const parts: string[] = [];
  parts.push(
    `<svg id="met-rate-chart" class="chart" role="img" aria-label="${esc(m.html.metRateChart)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
  );
  // Grid lines and axis labels at 0, 25, 50, 75, 100 %.
  const axisY = top + rows.length * rowHeight + 6;
  for (const p of [0, 25, 50, 75, 100]) {
    const x = labelWidth + (barWidth * p) / 100;
    parts.push(
      `<line class="grid" x1="${x}" y1="${top - 4}" x2="${x}" y2="${axisY}"/>`,
      `<text class="axis-label" x="${x}" y="${axisY + 16}" text-anchor="middle">${p}%</text>`,
    );
  }
  rows.forEach((row, i) => {
    const y = top + i * rowHeight;
    const label = `${row.target} · ${row.channel ?? '—'}`;
    const threshold = creditThreshold(contract, row.target ?? '', row.channel);
    const rate = row.metRate;
    const below = rate !== null && threshold !== undefined && rate < threshold;
    const tooltip = m.html.barTooltip({
      target: row.target ?? '—',
      clause: row.clause ?? '—',
      channel: row.channel ?? '—',
      met: row.met,
      breached: row.breached,
      excluded: excludedCount(row),
      rate: row.metRatePercent === null ? '—' : `${row.metRatePercent}%`,
    });
    parts.push(
      `<g class="row" data-target="${esc(row.target ?? '')}" data-channel="${esc(row.channel ?? '')}">`,
      `<title>${esc(tooltip)}</title>`,
      `<text class="row-label" x="${labelWidth - 10}" y="${y + 19}" text-anchor="end">${esc(label)}</text>`,
      `<rect class="track" x="${labelWidth}" y="${y + 5}" width="${barWidth}" height="${rowHeight - 10}" rx="3"/>`,
    );
    if (rate !== null) {
      // A bar at 0 % still shows its colour (a sliver), like any other bar below the threshold.
      parts.push(
        `<rect class="bar${below ? ' below' : ''}" x="${labelWidth}" y="${y + 5}" width="${num(Math.max(MIN_BAR, barWidth * rate))}" height="${rowHeight - 10}" rx="${rate === 0 ? 1 : 3}"/>`,
      );
    }
    if (threshold !== undefined) {
      const x = num(labelWidth + barWidth * threshold);
      parts.push(
        `<line class="threshold" x1="${x}" y1="${y + 1}" x2="${x}" y2="${y + rowHeight - 1}"><title>${esc(
          m.html.thresholdTooltip({ percent: num(threshold * 100) }),
        )}</title></line>`,
      );
    }
    const value =
      rate === null
        ? m.html.noCounted
        : `${row.metRatePercent}%  (${formatCount(row.met)}/${formatCount(row.counted)})`;
    parts.push(
      `<text class="value${rate === null ? ' none' : ''}" x="${labelWidth + barWidth + 10}" y="${y + 19}">${esc(value)}</text>`,
      '</g>',
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}

// ---- time in a zone, without the host's zone (the library's zone tables, through its public API) ----

/** The zone's offset from UTC at an instant, in ms, read from the library's ISO text of it. */
function offsetAt(ms: number, zone: string): number {
  const local = Date.parse(`${formatInZone(ms, zone).slice(0, 19)}Z`);
  return Math.round((local - ms) / 60_000) * 60_000;
}

function addDays(date: string, n: number): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, d + n)).toISOString().slice(0, 10);
}

/** The instant a civil date starts in a zone. */
function startOfDay(date: string, zone: string): number {
  return Date.parse(startOfDateInZone(date, zone));
}

/** `MM-DD HH:mm` (or `HH:mm`) in a zone. */
function wallText(ms: number, zone: string, withDate: boolean): string {
  const iso = formatInZone(ms, zone); // YYYY-MM-DDTHH:mm...
  const time = iso.slice(11, 16);
  return withDate ? `${iso.slice(5, 10)} ${time}` : time;
}

function instantMs(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

// ---- the timeline of one ticket ----

interface EventMark {
  t: number;
  label: string;
  detail: string;
}

function eventMarks(input: unknown, m: CliMessages): EventMark[] {
  const events = (input as { events?: unknown }).events;
  if (!Array.isArray(events)) return [];
  const marks: EventMark[] = [];
  for (const raw of events) {
    if (typeof raw !== 'object' || raw === null) continue;
    const e = raw as Record<string, unknown>;
    const t = instantMs(e.at);
    if (t === undefined) continue;
    const type = String(e.type);
    let label = m.html.eventLabel(type);
    if (type === 'status' && typeof e.status === 'string') label = `→ ${m.html.ticketStatusLabel(e.status)}`;
    else if (type === 'field-change') label = `${String(e.field)} = ${JSON.stringify(e.value)}`;
    else if (type === 'milestone' && typeof e.name === 'string') label = `◆ ${e.name}`;
    else if (type === 'agent-reply' && e.public === false) label = m.html.eventLabel('internal-note');
    else if (type === 'agent-reply' && e.author === 'bot') label = m.html.eventLabel('bot-reply');
    marks.push({ t, label, detail: `${type} ${String(e.at)}${label !== type ? ` (${label})` : ''}` });
  }
  return marks.sort((a, b) => a.t - b.t);
}

/** The approximate width of an event label in pixels (10.5 px font; CJK characters are wider). */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! >= 0x2e80 ? 10.5 : 6;
  return width;
}

type Clock = { kind: 'hours'; name: string } | { kind: 'working-days'; name: string } | { kind: 'wall' };

/** The clock a target counts on, from the definition: its service hours, else working days, else the wall clock. */
function clockOf(contract: Contract, targetId: string): Clock {
  const def = (contract.definition.targets ?? []).find((t) => t.id === targetId);
  if (typeof def?.hours === 'string' && contract.hours[def.hours] !== undefined)
    return { kind: 'hours', name: def.hours };
  const target = contract.targets.find((t) => t.id === targetId);
  if (target?.duration.kind === 'workingDays') {
    const names = Object.keys(contract.calendars);
    const name = def?.calendar ?? (names.length === 1 ? names[0] : undefined);
    if (name !== undefined && contract.calendars[name] !== undefined) return { kind: 'working-days', name };
  }
  return { kind: 'wall' };
}

/** The open windows of a clock between two instants. */
function openWindows(contract: Contract, clock: Clock, from: number, to: number): Array<[number, number]> {
  if (clock.kind === 'wall') return [[from, to]];
  const zone = contract.timeZone;
  const first = addDays(dateInZone(from, zone), -1);
  const last = addDays(dateInZone(to, zone), 1);
  const windows: Array<[number, number]> = [];
  let date = first;
  for (let i = 0; i < 120 && date <= last; i++, date = addDays(date, 1)) {
    try {
      if (clock.kind === 'hours') {
        for (const w of contract.hours[clock.name]!.windowsOn(date)) {
          windows.push([Date.parse(w.from), Date.parse(w.to)]);
        }
      } else {
        const calendar = contract.calendars[clock.name]!;
        if (calendar.isWorkingDay(date)) {
          windows.push([
            startOfDay(date, calendar.timeZone),
            startOfDay(addDays(date, 1), calendar.timeZone),
          ]);
        }
      }
    } catch {
      // A day the calendar does not cover: no window drawn.
    }
  }
  return windows
    .map(([a, b]) => [Math.max(a, from), Math.min(b, to)] as [number, number])
    .filter(([a, b]) => b > a);
}

const TICK_STEPS = [
  60_000,
  5 * 60_000,
  15 * 60_000,
  30 * 60_000,
  3_600_000,
  2 * 3_600_000,
  3 * 3_600_000,
  6 * 3_600_000,
  12 * 3_600_000,
  86_400_000,
  2 * 86_400_000,
  7 * 86_400_000,
  14 * 86_400_000,
];

function collectInstants(evaluation: TicketEvaluation, marks: readonly EventMark[]): number[] {
  const out: number[] = [evaluation.createdMs, ...marks.map((mark) => mark.t)];
  if (evaluation.atMs !== null) out.push(evaluation.atMs);
  for (const t of evaluation.targets) {
    for (const value of [t.startedAt, t.due, t.metAt, t.breachedAt, t.supersededAt]) {
      const ms = instantMs(value);
      if (ms !== undefined) out.push(ms);
    }
    for (const c of t.cycles) {
      for (const ms of [c.startMs, c.stopMs, c.dueMs]) if (ms !== null && Number.isFinite(ms)) out.push(ms);
    }
    for (const p of t.explanation.paused) {
      for (const value of [p.from, p.to]) {
        const ms = instantMs(value);
        if (ms !== undefined) out.push(ms);
      }
    }
  }
  return out;
}

/** The least and the greatest of many numbers (a spread `Math.min(...list)` overflows the stack). */
function extent(values: readonly number[]): [number, number] {
  let least = Number.POSITIVE_INFINITY;
  let greatest = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (value < least) least = value;
    if (value > greatest) greatest = value;
  }
  return [least, greatest];
}

/** How many event marks the timeline labels one by one; beyond, events are drawn one mark per pixel column. */
const LABELLED_EVENTS = 200;
/** How many cycles of a target the timeline draws; beyond, the first and last half of them, and a note. */
const DRAWN_CYCLES = 200;

/**
 * Event marks for the timeline: each one while there are few; else one mark per pixel column
 * holding events (labelled with the first, its tooltip counting them), so a ticket with 100,000
 * events draws at most as many marks as the plot has pixels.
 */
function markGroups(marks: readonly EventMark[], x: (t: number) => number, m: CliMessages): EventMark[] {
  if (marks.length <= LABELLED_EVENTS) return [...marks];
  const groups: EventMark[] = [];
  let column = Number.NaN;
  let count = 0;
  for (const mark of marks) {
    const at = Math.round(x(mark.t));
    if (at !== column) {
      if (count > 1)
        groups[groups.length - 1]!.detail = m.html.eventsTooltip({
          count,
          first: groups[groups.length - 1]!.detail,
        });
      groups.push({ ...mark, label: '' });
      column = at;
      count = 0;
    }
    count++;
  }
  if (count > 1)
    groups[groups.length - 1]!.detail = m.html.eventsTooltip({
      count,
      first: groups[groups.length - 1]!.detail,
    });
  return groups;
}

/** Spans merged where they touch at the chart's resolution (`gap` ms), so at most one per pixel is drawn. */
function mergeSpans(
  spans: ReadonlyArray<readonly [number, number]>,
  gap: number,
): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  for (const [a, b] of spans) {
    const last = out[out.length - 1];
    if (last !== undefined && a - last[1] <= gap) {
      last[1] = Math.max(last[1], b);
      last[2]++;
    } else out.push([a, b, 1]);
  }
  return out;
}

function timelineChart(contract: Contract, chosen: ChosenTicket, m: CliMessages, ctx: Context): string {
  const zone = contract.timeZone;
  const evaluation = chosen.evaluation;
  const allMarks = eventMarks(chosen.input, m);
  const instants = collectInstants(evaluation, allMarks);
  let [t0, t1] = extent(instants);
  const minSpan = 30 * 60_000;
  if (t1 - t0 < minSpan) {
    const mid = (t0 + t1) / 2;
    t0 = mid - minSpan / 2;
    t1 = mid + minSpan / 2;
  }
  const pad = (t1 - t0) * 0.04;
  t0 -= pad;
  t1 += pad;

  const labelWidth = 230;
  const plotWidth = 720;
  const width = labelWidth + plotWidth + 20;
  const eventsHeight = 100;
  const laneHeight = 58;
  const axisHeight = 40;
  const targets = evaluation.targets;
  const height = axisHeight + eventsHeight + targets.length * laneHeight + 10;
  const x = (t: number) => num(labelWidth + ((t - t0) / (t1 - t0)) * plotWidth);
  const xClamped = (t: number) => x(Math.max(t0, Math.min(t1, t)));
  const marks = markGroups(allMarks, (t) => Number(x(t)), m);
  const pixelMs = (t1 - t0) / plotWidth;
  const parts: string[] = [];
  parts.push(
    `<svg id="ticket-timeline" class="chart" role="img" aria-label="${esc(m.html.timelineChart({ id: chosen.id }))}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#e7e3f5"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8b7fc7" stroke-width="2"/></pattern></defs>',
  );

  // Time axis: ticks at round local times.
  const span = t1 - t0;
  const step = TICK_STEPS.find((s) => span / s <= 10) ?? TICK_STEPS[TICK_STEPS.length - 1]!;
  const offset = offsetAt(t0, zone);
  const firstTick = Math.ceil((t0 + offset) / step) * step - offset;
  let previousDate = '';
  for (let t = firstTick; t <= t1; t += step) {
    const date = dateInZone(t, zone);
    const label = step >= 86_400_000 ? date.slice(5) : wallText(t, zone, date !== previousDate);
    previousDate = date;
    parts.push(
      `<line class="tick" x1="${x(t)}" y1="${axisHeight - 6}" x2="${x(t)}" y2="${height - 10}"/>`,
      `<text class="axis-label" x="${x(t)}" y="${axisHeight - 12}" text-anchor="middle">${esc(label)}</text>`,
    );
  }
  parts.push(
    `<text class="axis-caption" x="${labelWidth - 10}" y="${axisHeight - 12}" text-anchor="end">${esc(zone)}</text>`,
  );

  // The events lane.
  const eventsTop = axisHeight;
  parts.push(
    `<g class="lane events-lane" data-lane="events">`,
    `<rect class="lane-bg" x="${labelWidth}" y="${eventsTop}" width="${plotWidth}" height="${eventsHeight - 8}"/>`,
    `<text class="lane-label" x="${labelWidth - 10}" y="${eventsTop + 22}" text-anchor="end">${esc(m.html.eventsLane)}</text>`,
  );
  // Labels on up to four levels: each goes on the first level where it does not overlap the previous one.
  const levels = [
    Number.NEGATIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ];
  for (const mark of marks) {
    const cx = Number(x(mark.t));
    const half = textWidth(mark.label) / 2;
    let level = levels.findIndex((right) => right + 8 <= cx - half);
    if (level < 0) level = levels.indexOf(Math.min(...levels));
    levels[level] = cx + half;
    const cy = eventsTop + eventsHeight - 14;
    const ty = eventsTop + 16 + level * 16;
    parts.push(
      `<g class="event"><title>${esc(mark.detail)}</title>`,
      `<line class="event-stem" x1="${x(mark.t)}" y1="${ty + 3}" x2="${x(mark.t)}" y2="${cy}"/>`,
      `<circle class="event-dot" cx="${x(mark.t)}" cy="${cy}" r="4"/>`,
      `<text class="event-label" x="${x(mark.t)}" y="${ty}" text-anchor="middle">${esc(mark.label)}</text>`,
      '</g>',
    );
  }
  parts.push('</g>');

  // One lane per target.
  targets.forEach((t, i) => {
    const top = axisHeight + eventsHeight + i * laneHeight;
    const clock = clockOf(contract, t.target);
    const clockLabel =
      clock.kind === 'hours'
        ? m.html.clockHours({ name: clock.name })
        : clock.kind === 'working-days'
          ? m.html.clockWorkingDays({ name: clock.name })
          : m.html.clockWall;
    parts.push(
      `<g class="lane target-lane" data-lane="${esc(t.target)}" data-status="${esc(t.status)}">`,
      `<rect class="lane-bg" x="${labelWidth}" y="${top}" width="${plotWidth}" height="${laneHeight - 8}"/>`,
    );
    for (const [a, b] of openWindows(contract, clock, t0, t1)) {
      parts.push(
        `<rect class="window" x="${x(a)}" y="${top}" width="${num(Number(x(b)) - Number(x(a)))}" height="${laneHeight - 8}"><title>${esc(
          `${clockLabel}: ${wallText(a, zone, true)} – ${wallText(b, zone, true)}`,
        )}</title></rect>`,
      );
    }
    const pauses: Array<[number, number]> = [];
    for (const p of t.explanation.paused) {
      const a = instantMs(p.from);
      if (a !== undefined) pauses.push([a, p.to === null ? t1 : (instantMs(p.to) ?? t1)]);
    }
    // Pauses closer than a pixel are one rectangle: a ticket paused 50,000 times draws a few hundred.
    for (const [a, b, count] of mergeSpans(pauses, pixelMs)) {
      const tooltip =
        count === 1
          ? m.html.pausedTooltip({ from: formatInZone(a, zone), to: b >= t1 ? '…' : formatInZone(b, zone) })
          : m.html.pausesTooltip({ count, from: wallText(a, zone, true), to: wallText(b, zone, true) });
      parts.push(
        `<rect class="pause" x="${xClamped(a)}" y="${top + 8}" width="${num(Number(xClamped(b)) - Number(xClamped(a)))}" height="${laneHeight - 24}"><title>${esc(tooltip)}</title></rect>`,
      );
    }
    const counted = t.cycles.filter((c) => c.status !== 'not_applicable' || c.stopMs !== null);
    const half = DRAWN_CYCLES / 2;
    const cycles =
      counted.length <= DRAWN_CYCLES ? counted : [...counted.slice(0, half), ...counted.slice(-half)];
    if (cycles.length < counted.length) {
      parts.push(
        `<text class="lane-note" x="${labelWidth + plotWidth - 4}" y="${top + laneHeight - 12}" text-anchor="end">${esc(
          m.html.cyclesNote({ drawn: cycles.length, count: counted.length }),
        )}</text>`,
      );
    }
    for (const c of cycles) {
      const end = c.stopMs ?? evaluation.atMs ?? t1;
      parts.push(
        `<rect class="span status-${esc(c.status)}" x="${xClamped(c.startMs)}" y="${top + laneHeight / 2 - 7}" width="${num(Math.max(1.5, Number(xClamped(end)) - Number(xClamped(c.startMs))))}" height="6" rx="2"><title>${esc(
          m.html.cycleTooltip({
            status: m.status[c.status],
            start: wallText(c.startMs, zone, true),
            elapsed: formatMs(c.elapsedMs, ctx.lang),
            allowance: formatMs(c.allowanceMs, ctx.lang),
          }),
        )}</title></rect>`,
      );
      if (c.dueMs !== null && Number.isFinite(c.dueMs)) {
        // The dashed line stops above its label, so the label stays legible (CJK text especially).
        parts.push(
          `<line class="due" x1="${xClamped(c.dueMs)}" y1="${top + 2}" x2="${xClamped(c.dueMs)}" y2="${top + laneHeight - 23}"><title>${esc(
            `${m.html.due}: ${wallText(c.dueMs, zone, true)}`,
          )}</title></line>`,
          `<text class="due-label" x="${xClamped(c.dueMs)}" y="${top + laneHeight - 12}" text-anchor="middle">${esc(m.html.due)}</text>`,
        );
      }
    }
    const met = instantMs(t.metAt);
    if (met !== undefined) {
      parts.push(
        `<circle class="met-marker" cx="${xClamped(met)}" cy="${top + laneHeight / 2 - 4}" r="6"><title>${esc(
          `${m.status.met}: ${t.metAt}`,
        )}</title></circle>`,
      );
    }
    const breached = instantMs(t.breachedAt);
    if (breached !== undefined) {
      const bx = Number(xClamped(breached));
      const cy = top + laneHeight / 2 - 4;
      parts.push(
        `<path class="breach-marker" d="M${num(bx - 6)} ${cy - 6} L${num(bx + 6)} ${cy + 6} M${num(bx + 6)} ${cy - 6} L${num(bx - 6)} ${cy + 6}"><title>${esc(
          `${m.status.breached}: ${t.breachedAt}`,
        )}</title></path>`,
      );
    }
    parts.push(
      `<text class="lane-label" x="${labelWidth - 10}" y="${top + 18}" text-anchor="end">${esc(t.target)}</text>`,
      `<text class="lane-sub status-text-${esc(t.status)}" x="${labelWidth - 10}" y="${top + 34}" text-anchor="end">${esc(
        `${m.status[t.status]} · ${clockLabel}`,
      )}</text>`,
      '</g>',
    );
  });

  if (evaluation.atMs !== null) {
    parts.push(
      `<line class="at-line" x1="${xClamped(evaluation.atMs)}" y1="${axisHeight - 4}" x2="${xClamped(evaluation.atMs)}" y2="${height - 10}"><title>${esc(
        `${m.html.at}: ${evaluation.at}`,
      )}</title></line>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}

function legend(m: CliMessages): string {
  const item = (swatch: string, label: string) =>
    `<span class="legend-item"><svg width="26" height="14" aria-hidden="true">${swatch}</svg>${esc(label)}</span>`;
  return `<div class="legend">${[
    item('<rect class="window" x="0" y="0" width="26" height="14"/>', m.html.legendOpen),
    item('<rect x="0" y="0" width="26" height="14" fill="url(#hatch)" class="pause"/>', m.html.legendPaused),
    item('<rect class="span status-met" x="0" y="4" width="26" height="6" rx="2"/>', m.html.legendCycle),
    item('<line class="due" x1="13" y1="0" x2="13" y2="14"/>', m.html.due),
    item('<circle class="met-marker" cx="13" cy="7" r="5"/>', m.status.met),
    item('<path class="breach-marker" d="M8 2 L18 12 M18 2 L8 12"/>', m.status.breached),
  ].join('')}</div>`;
}

function explanationBlock(t: TargetEvaluation, ctx: Context): string {
  return `<details class="explanation"><summary>${esc(`${t.target} (${t.clause}): ${ctx.m.status[t.status]}`)}</summary><pre>${esc(
    t.explanation.text(ctx.lang),
  )}</pre></details>`;
}

const CSS = `
:root { color-scheme: light; --ink: #1f2430; --muted: #5f6b7a; --line: #d9dee6; --met: #2f9e62; --below: #d9822b; --breach: #c0392b; --open: #dff3e6; --accent: #2563eb; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback", "Arial Unicode MS", sans-serif; color: var(--ink); background: #f6f7f9; }
main { max-width: 1040px; margin: 0 auto; padding: 28px 24px 48px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 0 0 12px; }
.subtitle { color: var(--muted); margin: 0 0 16px; }
.cards { display: flex; gap: 12px; flex-wrap: wrap; margin-bottom: 20px; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 150px; }
.card .value { font-size: 22px; font-weight: 600; }
.card .label { color: var(--muted); font-size: 12px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 18px 20px; margin-bottom: 18px; overflow-x: auto; }
svg.chart { display: block; max-width: 100%; height: auto; font-size: 12px; }
svg text { fill: var(--ink); }
.grid, .tick { stroke: #edf0f4; stroke-width: 1; }
.axis-label, .axis-caption { fill: var(--muted); font-size: 11px; }
.track { fill: #eef1f5; }
.bar { fill: var(--met); }
.bar.below { fill: var(--below); }
.threshold { stroke: var(--breach); stroke-width: 2; stroke-dasharray: 4 3; }
.value.none { fill: var(--muted); font-style: italic; }
.lane-bg { fill: #f3f4f7; }
.window { fill: var(--open); }
.pause { fill: url(#hatch); stroke: #8b7fc7; stroke-width: 0.5; }
.span { fill: var(--accent); }
.span.status-met { fill: var(--met); }
.span.status-breached { fill: var(--breach); }
.span.status-paused, .span.status-pending, .span.status-superseded, .span.status-not_applicable { fill: #8a94a6; }
.due { stroke: var(--breach); stroke-width: 1.5; stroke-dasharray: 3 2; }
.due-label { fill: var(--breach); font-size: 10px; }
.met-marker { fill: #fff; stroke: var(--met); stroke-width: 3; }
.breach-marker { stroke: var(--breach); stroke-width: 3; fill: none; }
.at-line { stroke: #111; stroke-width: 1; stroke-dasharray: 6 3; }
.event-dot { fill: var(--accent); }
.event-stem { stroke: #b8c4dc; stroke-width: 1; }
.event-label { font-size: 10.5px; }
.lane-label { font-weight: 600; }
.lane-sub { fill: var(--muted); font-size: 11px; }
.lane-note { fill: var(--muted); font-size: 10px; font-style: italic; }
.status-text-met { fill: var(--met); }
.status-text-breached { fill: var(--breach); }
.legend { display: flex; flex-wrap: wrap; gap: 14px; margin: 10px 0 4px; color: var(--muted); font-size: 12px; }
.legend-item { display: inline-flex; align-items: center; gap: 6px; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { padding: 6px 10px; border-bottom: 1px solid var(--line); text-align: left; white-space: nowrap; }
th { color: var(--muted); font-weight: 600; font-size: 12px; }
td.num, th.num { text-align: right; }
tr.below td.rate { color: var(--below); font-weight: 600; }
ul.rules { margin: 0; padding-left: 20px; color: var(--muted); }
.explanation { margin: 6px 0; }
.explanation summary { cursor: pointer; font-weight: 600; }
.explanation pre { white-space: pre-wrap; background: #f6f7f9; padding: 10px; border-radius: 6px; margin: 6px 0 0; font-size: 12px; }
.failures li { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; }
.note { color: var(--muted); }
footer { color: var(--muted); font-size: 12px; text-align: center; }
`;

/** The anchor of each drawn ticket's timeline (ticket ids are the help desk's text: numbered, not spelled). */
function timelineAnchors(timelines: readonly ChosenTicket[]): Map<string, string> {
  const anchors = new Map<string, string>();
  timelines.forEach((t, i) => {
    if (!anchors.has(t.id)) anchors.set(t.id, `ticket-${i}`);
  });
  return anchors;
}

/** Each row's tickets (when listed): id (linked to its timeline when drawn), outcome, reason, due, stop, time. */
function rowTickets(
  rows: readonly ComplianceRow[],
  timelines: readonly ChosenTicket[],
  m: CliMessages,
): string[] {
  if (!rows.some((row) => row.tickets !== undefined)) return [];
  const anchors = timelineAnchors(timelines);
  const out = [`<section id="row-tickets"><h2>${esc(m.html.rowTicketsHeading)}</h2>`];
  rows.forEach((row, r) => {
    const tickets = row.tickets ?? [];
    const title = [row.target, row.channel, row.month].filter((v) => v !== null).join(' · ');
    out.push(
      `<details id="row-${r}"><summary><a href="#report-row-${r}">${esc(title)}</a> (${tickets.length})</summary>`,
      `<table class="report-table"><thead><tr>${m.html.rowTicketsColumns.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>`,
      ...tickets.map((t) => {
        const anchor = anchors.get(t.ticketId);
        const id = anchor === undefined ? esc(t.ticketId) : `<a href="#${anchor}">${esc(t.ticketId)}</a>`;
        return `<tr class="${t.outcome}"><td>${id}</td><td>${esc(t.target)}</td><td>${esc(t.outcome)}</td><td>${esc(t.reason ?? '')}</td><td>${esc(t.due ?? '—')}</td><td>${esc(t.stoppedAt ?? '—')}</td><td class="num">${t.measuredMs === null ? '—' : esc(formatCount(t.measuredMs))}</td></tr>`;
      }),
      '</tbody></table></details>',
    );
  });
  out.push('</section>');
  return out;
}

/** The timelines of the tickets kept for the ticket lists, each with its own anchor. */
function drawnTimelines(
  contract: Contract,
  timelines: readonly ChosenTicket[],
  m: CliMessages,
  ctx: Context,
): string[] {
  const anchors = timelineAnchors(timelines);
  const out: string[] = [];
  timelines.forEach((chosen, i) => {
    if (anchors.get(chosen.id) !== `ticket-${i}` || chosen.evaluation.targets.length === 0) return;
    const e = chosen.evaluation;
    out.push(
      `<section id="ticket-${i}" class="ticket"><h2>${esc(m.html.timelineChart({ id: chosen.id }))}</h2>`,
      `<p class="note">${esc(m.ticketHeading({ id: chosen.id, line: chosen.line, channel: e.channel ?? '—', month: e.month }))}</p>`,
      timelineChart(contract, chosen, m, ctx).replace('id="ticket-timeline"', `id="ticket-timeline-${i}"`),
      '</section>',
    );
  });
  return out;
}

/** The whole page. */
export function renderReportHtml(input: ReportHtmlInput): string {
  const { contract, report, ctx } = input;
  const { m, lang } = ctx;
  const rows = report.rows;
  const met = rows.reduce((sum, r) => sum + r.met, 0);
  const counted = rows.reduce((sum, r) => sum + r.counted, 0);
  const overall = counted === 0 ? '—' : `${((met / counted) * 100).toFixed(2)}%`;
  const breached = rows.reduce((sum, r) => sum + r.breached, 0);
  const card = (value: string, label: string) =>
    `<div class="card"><div class="value">${esc(value)}</div><div class="label">${esc(label)}</div></div>`;
  const body: string[] = [];
  body.push(
    `<h1>${esc(m.html.title)}</h1>`,
    `<p class="subtitle">${esc(`${contract.title} · ${contract.id}`)}<br>${esc(
      reportMetaLine(report, m),
    )}</p>`,
    `<div class="cards">${[
      card(formatCount(report.tickets.evaluated), m.html.cardTickets),
      card(overall, m.html.cardMetRate),
      card(formatCount(breached), m.html.cardBreached),
      card(formatCount(input.failed), m.html.cardFailed),
    ].join('')}</div>`,
  );

  body.push(
    `<section id="met-rate"><h2>${esc(m.html.metRateChart)}</h2>`,
    rows.length === 0 ? `<p class="note">${esc(m.reportEmpty)}</p>` : metRateChart(contract, rows, m),
    `<p class="note">${esc(m.html.metRateNote)}</p>`,
    '</section>',
  );

  const headers = [
    [m.colTarget, ''],
    [m.colClause, ''],
    [m.colChannel, ''],
    [m.colMonth, ''],
    [m.status.met, 'num'],
    [m.status.breached, 'num'],
    [m.colExcluded, 'num'],
    [m.colMetRate, 'num'],
    ['p50', 'num'],
    ['p90', 'num'],
  ] as const;
  body.push(
    `<section id="table"><h2>${esc(m.html.tableHeading)}</h2><table class="report-table"><thead><tr>${headers
      .map(([h, cls]) => `<th${cls ? ` class="${cls}"` : ''}>${esc(h)}</th>`)
      .join('')}</tr></thead><tbody>`,
    ...rows.map((row, r) => {
      const threshold = creditThreshold(contract, row.target ?? '', row.channel);
      const below = row.metRate !== null && threshold !== undefined && row.metRate < threshold;
      const cells = reportCells(row, lang);
      // With listed tickets, the target's cell links to the row's tickets.
      const cell = (text: string, i: number) =>
        i === 0 && row.tickets !== undefined ? `<a href="#row-${r}">${esc(text)}</a>` : esc(text);
      return `<tr id="report-row-${r}"${below ? ' class="below"' : ''}>${cells
        .map((text, i) => `<td class="${i === 7 ? 'num rate' : i >= 4 ? 'num' : ''}">${cell(text, i)}</td>`)
        .join('')}</tr>`;
    }),
    '</tbody></table></section>',
  );
  body.push(...rowTickets(rows, input.timelines ?? [], m));
  body.push(...drawnTimelines(contract, input.timelines ?? [], m, ctx));

  if (input.ticketId !== undefined) {
    body.push(`<section id="ticket"><h2>${esc(m.html.timelineChart({ id: input.ticketId }))}</h2>`);
    const chosen = input.chosen;
    if (chosen === undefined) {
      body.push(`<p class="note">${esc(m.ticketNotFound({ id: input.ticketId, source: input.source }))}</p>`);
    } else {
      const e = chosen.evaluation;
      body.push(
        `<p class="note">${esc(m.ticketHeading({ id: chosen.id, line: chosen.line, channel: e.channel ?? '—', month: e.month }))}</p>`,
      );
      if (e.targets.length === 0) body.push(`<p class="note">${esc(m.ticketNoTargets)}</p>`);
      else {
        body.push(timelineChart(contract, chosen, m, ctx), legend(m));
        body.push(...e.targets.map((t) => explanationBlock(t, ctx)));
      }
    }
    body.push('</section>');
  }

  body.push(
    `<section id="rules"><h2>${esc(heading(m.rulesHeading))}</h2><ul class="rules">${report.rules[lang]
      .map((rule) => `<li>${esc(rule)}</li>`)
      .join('')}</ul></section>`,
  );
  if (input.failed > 0) {
    body.push(
      `<section id="failures"><h2>${esc(heading(m.failedHeading({ count: formatCount(input.failed) })))}</h2><ul class="failures">${input.failures
        .map((f) => `<li>${esc(describeFailure(f, ctx))}</li>`)
        .join('')}</ul>${
        input.failed > input.failures.length
          ? `<p class="note">${esc(m.moreFailuresReport({ count: formatCount(input.failed - input.failures.length) }))}</p>`
          : ''
      }</section>`,
    );
  }
  body.push(`<footer>${esc(m.html.footer({ source: input.source }))}</footer>`);

  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(`${m.html.title} · ${contract.id}${report.month === null ? '' : ` · ${report.month}`}`)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}
