/**
 * Why a target has its status, for people: the condition that selected it and the fields it read,
 * the steps of the reported cycle's deadline, its pauses, and all of it as lines of text in English
 * or Chinese. Built when first read (reports never read it), from a result and the cycle it reports;
 * the words themselves are messages (src/errors/messages), never written here.
 */
import { type DeadlineStep, deadlineResult, describeStep } from '../clock/deadline.js';
import { type Lang, renderMessage } from '../errors/messages.js';
import type { Cycle } from './cycle.js';
import type { SlaTarget } from './target.js';
import type { TargetEvaluation, TargetExplanation } from './types.js';

/** What an explanation is made from: a result, the target behind it, and the window it applied in. */
export interface ExplanationSource {
  result: TargetEvaluation;
  spec: SlaTarget;
  /** The fields that selected the target (when it started to apply). */
  fields: Readonly<Record<string, unknown>>;
  /** The cycle the result reports, if any. */
  cycle: Cycle | undefined;
  /** The most pauses the steps list one by one (longer runs are summarised). */
  listedPauses: number;
}

/** The explanation of a result (computed once by the caller, which keeps it). */
export function explain({
  result,
  spec,
  fields: ticketFields,
  cycle,
  listedPauses,
}: ExplanationSource): TargetExplanation {
  const zone = spec.deadline.zone;
  const due = cycle?.deadline;
  const condition = spec.condition;
  const fields: Record<string, unknown> = {};
  if (condition !== undefined) for (const name of condition.variables) fields[name] = ticketFields[name];
  const steps =
    cycle === undefined || due === undefined
      ? []
      : deadlineResult(spec.deadline, cycle.startMs, zone.dayOf(cycle.startMs), due, listedPauses).steps;
  const selectedBy = condition === undefined ? null : { logic: condition.logic, fields };
  let paused: TargetExplanation['paused'] | undefined;
  return {
    selectedBy,
    steps,
    // Every pause as data, built when read (the text summarises long runs and does not need it).
    get paused() {
      paused ??= (cycle?.pauses ?? []).map(([a, b]) => ({
        from: zone.format(a),
        to: Number.isFinite(b) ? zone.format(b) : null,
      }));
      return paused;
    },
    text(lang: Lang = 'en') {
      return explainText(result, spec, selectedBy, steps, lang);
    },
  };
}

function explainText(
  result: TargetEvaluation,
  spec: SlaTarget,
  selected: TargetExplanation['selectedBy'],
  steps: readonly DeadlineStep[],
  lang: Lang,
): string {
  const lines: string[] = [];
  lines.push(
    renderMessage(
      'sla_selected',
      {
        target: result.target,
        clause: result.clause,
        fields: selected === null ? '' : JSON.stringify(selected.fields),
        logic: selected === null ? '' : JSON.stringify(selected.logic),
      },
      lang,
    ),
  );
  if (spec.cellNote !== undefined) lines.push(`- ${renderMessage('sla_table_row', spec.cellNote, lang)}`);
  if (spec.hoursNote !== undefined)
    lines.push(`- ${renderMessage('sla_hours_by_channel', spec.hoursNote, lang)}`);
  for (const step of steps) lines.push(`- ${describeStep(step, lang)}`);
  lines.push(
    renderMessage(
      'sla_status',
      {
        status: result.status,
        due: result.due ?? '',
        clockStartsAt: result.clockStartsAt ?? '',
        metAt: result.metAt ?? '',
        breachedAt: result.breachedAt ?? '',
        stoppedAt: result.stoppedAt ?? '',
        supersededAt: result.supersededAt ?? '',
        excluded: result.excluded ?? '',
        cycles: result.cycles.length,
      },
      lang,
    ),
  );
  return lines.join('\n');
}
