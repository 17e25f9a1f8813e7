/**
 * The text of one `evaluate` output line, written field by field and already guarded: the same
 * text as `JSON.stringify` of the line's object (`resultJson` in commands/evaluate.ts, kept as the
 * plain version and the oracle of the property test in result-json.test.ts) passed through
 * `safeOutput`, at a fraction of the cost. `JSON.stringify` walks a target through its `toJSON()`
 * (an object per target and per cycle, each then walked generically); here each field is read once
 * and appended, the target's names are quoted and guarded once per run, instants and numbers
 * (which the library writes itself: ASCII, nothing to escape) are neither escaped nor scanned,
 * and only the pieces that come from the input (ticket ids, channels, status names, explanations)
 * are guarded each time: the line needs no scan of its own (`LineWriter.addGuarded`).
 */
import type { CycleEvaluation, TargetEvaluation } from '../index.js';
import type { Context } from './args.js';
import { safeOutput } from './terminal.js';
import type { LineResult } from './tickets.js';

/** A number as JSON writes it: `null` for NaN and the infinities, like `JSON.stringify`. */
function num(value: number | null): string {
  return value === null || !Number.isFinite(value) ? 'null' : String(value);
}

/**
 * An instant the library formatted (ISO 8601: digits, `-`, `T`, `:`, `.`, `+`), or null: nothing in
 * it needs escaping.
 */
function instant(value: string | null): string {
  return value === null ? 'null' : `"${value}"`;
}

/**
 * Any other string, or null (a ticket id, a channel: text from the input), escaped as JSON escapes
 * it, then guarded. A JSON string holds no raw line break, so guarding the pieces of a line is
 * guarding the line.
 */
function text(value: string | null | undefined): string {
  return value === null || value === undefined ? 'null' : safeOutput(JSON.stringify(value));
}

/**
 * Strings of the contract (target ids, clauses, statuses, exclusion reasons) quoted and guarded once: a run
 * writes the same few names millions of times. Bounded: a contract names few targets, but the
 * cache never grows past {@link QUOTED_MAX} entries whatever it is given.
 */
const quotedNames = new Map<string, string>();
const QUOTED_MAX = 4_096;

function name(value: string | null): string {
  if (value === null) return 'null';
  let quoted = quotedNames.get(value);
  if (quoted === undefined) {
    quoted = safeOutput(JSON.stringify(value));
    if (quotedNames.size < QUOTED_MAX) quotedNames.set(value, quoted);
  }
  return quoted;
}

/** A cycle as `JSON.stringify` writes its `toJSON()`, given its four instants as JSON. */
function cycleJson(
  c: CycleEvaluation,
  startedAt: string,
  clockStartsAt: string,
  stoppedAt: string,
  due: string,
): string {
  return `{"status":${name(c.status)},"startedAt":${startedAt},"clockStartsAt":${clockStartsAt},"stoppedAt":${stoppedAt},"due":${due},"elapsedMs":${num(c.elapsedMs)},"allowanceMs":${num(c.allowanceMs)},"pausedMs":${num(c.pausedMs)},"excluded":${name(c.excluded)}}`;
}

/** A target as `JSON.stringify` writes its `toJSON()`, with its explanation's text when given. */
export function targetJson(t: TargetEvaluation, explanation?: string): string {
  // The target's start, clock start, stop and due instant are its reported cycle's: formatted once.
  const startedAt = instant(t.startedAt);
  const clockStartsAt = instant(t.clockStartsAt);
  const stoppedAt = instant(t.stoppedAt);
  const due = instant(t.due);
  const cycles = t.cycles;
  const reported = t.reportedCycle;
  let cyclesText = '';
  for (let i = 0; i < cycles.length; i++) {
    const c = cycles[i]!;
    const one =
      i === reported
        ? cycleJson(c, startedAt, clockStartsAt, stoppedAt, due)
        : cycleJson(c, instant(c.startedAt), instant(c.clockStartsAt), instant(c.stoppedAt), instant(c.due));
    cyclesText += i === 0 ? one : `,${one}`;
  }
  return `{"target":${name(t.target)},"clause":${name(t.clause)},"status":${name(t.status)},"startedAt":${startedAt},"clockStartsAt":${clockStartsAt},"due":${due},"dueIfResumed":${instant(t.dueIfResumed)},"metAt":${instant(t.metAt)},"breachedAt":${instant(t.breachedAt)},"stoppedAt":${stoppedAt},"supersededAt":${instant(t.supersededAt)},"elapsedMs":${num(t.elapsedMs)},"remainingMs":${num(t.remainingMs)},"allowanceMs":${num(t.allowanceMs)},"usedShare":${num(t.usedShare)},"warning":${num(t.warning)},"measuredMs":${num(t.measuredMs)},"excluded":${name(t.excluded)},"reportedCycle":${num(t.reportedCycle)},"cycles":[${cyclesText}]${explanation === undefined ? '' : `,"explanation":${safeOutput(JSON.stringify(explanation))}`}}`;
}

/**
 * One output line of `evaluate` (without its line break), guarded: the same text as
 * `safeOutput(resultJson(...))`.
 *
 * @example
 * resultLine({ line: 3, ok: false, ticketId: null, error: { code: 'not_json', message: 'not JSON', path: [] } }, false, ctx)
 * //=> '{"line":3,"ok":false,"ticketId":null,"error":{"code":"not_json","message":"not JSON","path":[]}}'
 */
export function resultLine(result: LineResult, explain: boolean, ctx: Pick<Context, 'lang'>): string {
  if (!result.ok) {
    // Rare: the plain way.
    return safeOutput(
      JSON.stringify({ line: result.line, ok: false, ticketId: result.ticketId, error: result.error }),
    );
  }
  const e = result.evaluation;
  const targets = e.targets;
  let targetsText = '';
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i]!;
    const one = targetJson(t, explain ? t.explanation.text(ctx.lang) : undefined);
    targetsText += i === 0 ? one : `,${one}`;
  }
  const at = e.at;
  const unmapped = e.unmappedStatuses;
  return `{"line":${result.line},"ok":true,"ticketId":${text(e.ticketId)},"channel":${text(e.channel)},"month":${text(e.month)}${at === null ? '' : `,"at":${instant(at)}`},"targets":[${targetsText}]${unmapped.length === 0 ? '' : `,"unmappedStatuses":${safeOutput(JSON.stringify(unmapped))}`}}`;
}
