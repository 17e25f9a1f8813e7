/**
 * `contract-terms report <contract> <tickets.jsonl> [--month YYYY-MM] [--at <instant>]
 * [--ticket <id>] [--group-by names] [--list-tickets] [--csv out.csv] [--state out.json]
 * [--html out.html]`, and `report --merge part-*.json`: the compliance report as a table, JSON, CSV
 * of its tickets, a saved state to merge, or a self-contained HTML page with charts. Tickets are
 * streamed into the report's accumulator one at a time.
 */
import { writeFile } from 'node:fs/promises';
import {
  ComplianceAccumulator,
  type ComplianceOptions,
  type ComplianceReport,
  type ComplianceState,
  type Contract,
  ContractTermsError,
  type Limits,
} from '../../index.js';
import { availableCores, WorkerPool } from '../../node/pool.js';
import {
  type Context,
  expectPositionals,
  LIMIT_OPTION,
  limitsOption,
  monthOption,
  parseCommandArgs,
  stringOption,
} from '../args.js';
import { reportCsv } from '../csv.js';
import { CliError, EXIT } from '../errors.js';
import { renderReportHtml } from '../html.js';
import {
  type InputLine,
  loadContract,
  loadContractSource,
  openLines,
  readTextFile,
  resolvePath,
} from '../inputs.js';
import { write } from '../io.js';
import {
  LazyPool,
  runChunks,
  ticketLines,
  WORKERS_OPTION,
  type WorkerTask,
  workerScript,
  workerSetup,
  workersOption,
} from '../parallel.js';
import { ProgressBar } from '../progress.js';
import { formatCount, reportCells, reportMetaLine, table, ticketRowCells } from '../render.js';
import { type ChosenTicket, checkAt, describeFailure, evaluateLine, type Failure } from '../tickets.js';

export const reportOptions = {
  month: { type: 'string' },
  at: { type: 'string' },
  ticket: { type: 'string' },
  html: { type: 'string' },
  'group-by': { type: 'string' },
  'list-tickets': { type: 'boolean' },
  csv: { type: 'string' },
  state: { type: 'string' },
  'exact-times-up-to': { type: 'string' },
  merge: { type: 'boolean' },
  contract: { type: 'string' },
  ...WORKERS_OPTION,
  ...LIMIT_OPTION,
} as const;

/** The most tickets whose timelines the HTML report draws (those with a breached target first seen). */
const DRAWN_TIMELINES = 100;

const LISTED_FAILURES = 100;

/** What `report` gives its workers (see parallel.ts), and what it asks of a chunk. */
export interface ReportWorkerOptions {
  month?: string;
  at?: string;
  /** The ticket chosen with --ticket: its first line is kept. */
  ticket?: string;
  report?: Omit<ComplianceOptions, 'month' | 'at'>;
  /** Keep this many tickets with a breached target, to draw their timelines. */
  timelines: number;
}

/** A ticket a chunk kept (chosen with --ticket, or one to draw): its line and input, and its evaluation in this thread. */
interface KeptTicket {
  id: string;
  line: number;
  input: unknown;
  evaluation?: ChosenTicket['evaluation'];
}

/** What the report keeps of a chunk besides its counts (those go into an accumulator). */
export interface ReportPart {
  count: number;
  failed: number;
  /** The chunk's first failures (at most as many as the report lists). */
  failures: Failure[];
  chosen?: KeptTicket;
  timelines: KeptTicket[];
}

/** The accumulator of a report with these options. */
function accumulatorFor(contract: Contract, options: ReportWorkerOptions): ComplianceAccumulator {
  return contract.complianceAccumulator({
    ...options.report,
    ...(options.month === undefined ? {} : { month: options.month }),
    ...(options.at === undefined ? {} : { at: options.at }),
  });
}

/** Counts a chunk of lines into `accumulator`, and returns what else the report keeps of it. */
export function reportChunk(
  contract: Contract,
  accumulator: ComplianceAccumulator,
  inputs: readonly InputLine[],
  options: ReportWorkerOptions,
  ctx: Pick<Context, 'lang' | 'm'>,
  withEvaluations: boolean,
): ReportPart {
  const evaluateOptions = options.at === undefined ? {} : { at: options.at };
  const notJson = (sample: string) => ctx.m.notJson({ sample });
  const part: ReportPart = { count: 0, failed: 0, failures: [], timelines: [] };
  for (const input of inputs) {
    const result = evaluateLine(contract, input, evaluateOptions, ctx.lang, notJson);
    part.count++;
    if (!result.ok) {
      part.failed++;
      if (part.failures.length < LISTED_FAILURES) part.failures.push(result);
      accumulator.add({ ok: false });
      continue;
    }
    const kept = (): KeptTicket => ({
      id: result.ticketId,
      line: result.line,
      input: result.ticket,
      ...(withEvaluations ? { evaluation: result.evaluation } : {}),
    });
    if (options.ticket !== undefined && part.chosen === undefined && result.ticketId === options.ticket)
      part.chosen = kept();
    if (part.timelines.length < options.timelines && hasBreach(result.evaluation))
      part.timelines.push(kept());
    accumulator.add(result.evaluation);
  }
  return part;
}

/**
 * The task handler of a `report` worker: chunks are counted into the worker's own accumulator,
 * whose state (`toJSON()`) the `finish` task returns, to be merged with the other workers'.
 */
export function reportWorker(
  contract: Contract,
  options: ReportWorkerOptions,
  ctx: Pick<Context, 'lang' | 'm'>,
): (task: WorkerTask) => { result: ReportPart | ComplianceState } {
  const accumulator = accumulatorFor(contract, options);
  return (task) =>
    task.kind === 'chunk'
      ? { result: reportChunk(contract, accumulator, ticketLines(task.chunk), options, ctx, false) }
      : { result: accumulator.toJSON() };
}

/** Streams a JSONL file of tickets into a compliance report (shared with `payments --tickets`). */
export async function streamReport(
  contract: Contract,
  ticketsFile: string,
  options: Omit<ReportWorkerOptions, 'timelines'> & {
    timelines?: number;
    /** Worker threads: how many, and the contract's definition text and file (they parse it again). */
    workers?: { count?: string | undefined; contractFile: string; contractText: string; limits: Limits };
  },
  ctx: Context,
): Promise<{
  report: ComplianceReport;
  accumulator: ComplianceAccumulator;
  failures: Failure[];
  failed: number;
  chosen?: ChosenTicket;
  timelines: ChosenTicket[];
  source: string;
}> {
  const source = await openLines(ctx, ticketsFile, contract.limits.ticketLineBytes);
  const progress = ProgressBar.wanted(ctx.io.stderr, source.size)
    ? new ProgressBar(ctx.io.stderr, source.size!, ctx.m)
    : undefined;
  const { workers: parallel, ...rest } = options;
  const chunkOptions: ReportWorkerOptions = { ...rest, timelines: options.timelines ?? 0 };
  const workers =
    parallel === undefined
      ? 1
      : workersOption('report', { workers: parallel.count }, source.size, availableCores(), ctx);
  const accumulator = accumulatorFor(contract, chunkOptions);
  const failures: Failure[] = [];
  let failed = 0;
  let count = 0;
  let chosen: ChosenTicket | undefined;
  const timelines: ChosenTicket[] = [];
  const evaluated = (kept: KeptTicket): ChosenTicket => ({
    id: kept.id,
    line: kept.line,
    input: kept.input,
    // A worker's evaluation stays there (it is not plain data): the same ticket evaluated again here.
    evaluation:
      kept.evaluation ??
      contract.evaluateTicket(kept.input as never, options.at === undefined ? {} : { at: options.at }),
  });
  const pool =
    workers > 1 && parallel !== undefined
      ? new LazyPool<ReportPart | ComplianceState>(
          () =>
            new WorkerPool<WorkerTask, ReportPart | ComplianceState>(
              workerScript(),
              workerSetup(
                'report',
                ctx,
                parallel.contractFile,
                parallel.contractText,
                parallel.limits,
                chunkOptions,
              ),
              workers,
            ),
          workers,
        )
      : undefined;
  try {
    await runChunks<ReportPart>(
      source.chunks,
      (inputs) => reportChunk(contract, accumulator, inputs, chunkOptions, ctx, true),
      pool as LazyPool<ReportPart> | undefined,
      (part) => {
        count += part.count;
        failed += part.failed;
        for (const failure of part.failures) {
          if (failures.length >= LISTED_FAILURES) break;
          failures.push(failure);
        }
        if (chosen === undefined && part.chosen !== undefined) chosen = evaluated(part.chosen);
        for (const kept of part.timelines)
          if (timelines.length < chunkOptions.timelines) timelines.push(evaluated(kept));
      },
      () => progress?.update(source.bytesRead(), count),
    );
    // Each worker's counts, merged (in any order: the merge is exact and order-free).
    const started = pool?.started;
    if (started !== undefined)
      for (const state of (await started.runOnEach({ kind: 'finish' })) as ComplianceState[])
        accumulator.merge(ComplianceAccumulator.fromJSON(state));
  } finally {
    await pool?.close();
  }
  const report = accumulator.report();
  progress?.done();
  return {
    report,
    accumulator,
    failures,
    failed,
    timelines,
    source: source.name,
    ...(chosen === undefined ? {} : { chosen }),
  };
}

/** Whether an evaluation (judged at the report's instant, when given) has a breached target. */
function hasBreach(evaluation: ChosenTicket['evaluation']): boolean {
  return evaluation.targets.some((t) => t.status === 'breached');
}

/** `--group-by a,b,c` as a list, or a usage error. */
function groupByOption(values: Record<string, unknown>, ctx: Context): string[] | undefined {
  const value = values['group-by'];
  if (typeof value !== 'string') return undefined;
  const names = value.split(',').map((n) => n.trim());
  if (names.some((n) => n === '') || new Set(names).size !== names.length)
    throw new CliError(ctx.m.badGroupBy({ value }), EXIT.usage, [], 'report');
  return names;
}

/** A whole-number option, or a usage error. */
function countOption(values: Record<string, unknown>, name: string, ctx: Context): number | undefined {
  const value = values[name];
  if (typeof value !== 'string') return undefined;
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)))
    throw new CliError(ctx.m.badCount({ option: `--${name}`, value }), EXIT.usage, [], 'report');
  return Number(value);
}

/** Reads saved states and merges them, in the order given; a bad file is a usage error naming it. */
async function mergeStates(
  files: readonly string[],
  contract: Contract | undefined,
  contractFile: string | undefined,
  ctx: Context,
) {
  let merged: ComplianceAccumulator | undefined;
  for (const file of files) {
    const text = await readTextFile(ctx, file);
    let state: ComplianceAccumulator;
    try {
      state = ComplianceAccumulator.fromJSON(JSON.parse(text));
      if (contract !== undefined && state.toJSON().settings.definitionSha256 !== contract.definitionSha256)
        throw new CliError(
          ctx.m.mergeOtherContract({ file, contract: contractFile! }),
          EXIT.usage,
          [],
          'report',
        );
      merged = merged === undefined ? state : merged.merge(state);
    } catch (error) {
      if (error instanceof CliError) throw error;
      const detail =
        error instanceof ContractTermsError
          ? error.localizedMessage(ctx.lang)
          : error instanceof SyntaxError
            ? error.message
            : String(error);
      throw new CliError(ctx.m.badState({ file, detail }), EXIT.usage, [], 'report');
    }
  }
  return merged!;
}

/** The report as an aligned table with its heading and counting rules. */
export function reportText(
  contract: { title: string; id: string },
  report: ComplianceReport,
  ctx: Context,
): string[] {
  const { m, lang } = ctx;
  const lines = [m.reportTitle({ title: contract.title, id: contract.id }), reportMetaLine(report, m)];
  const inputs = report.inputs;
  if (inputs.definitionSha256 !== null)
    lines.push(
      m.reportInputs({
        id: inputs.contractId ?? '—',
        sha: inputs.definitionSha256.slice(0, 16),
        calendars: Object.entries(inputs.calendars)
          .map(([name, version]) => `${name}: ${version}`)
          .join('; '),
        read: formatCount(inputs.ticketsRead),
      }),
    );
  lines.push('');
  const extra = report.inputs.groupBy.filter((g) => !['target', 'channel', 'month'].includes(g));
  if (report.rows.length === 0) lines.push(m.reportEmpty);
  else
    lines.push(
      ...table(
        reportColumns(ctx, extra),
        report.rows.map((row) => [...reportCells(row, ctx.lang), ...extra.map((g) => row.group[g] ?? '—')]),
      ),
    );
  if (report.ticketRows.length > 0) {
    lines.push('', m.ticketRowsHeading);
    const names = report.inputs.groupBy.filter((g) => g !== 'target');
    lines.push(
      ...table(
        [
          ...names.map((name) => ({
            header: name === 'channel' ? m.colChannel : name === 'month' ? m.colMonth : name,
          })),
          { header: m.status.met, align: 'right' as const },
          { header: m.status.breached, align: 'right' as const },
          { header: m.colUndetermined, align: 'right' as const },
          { header: m.colExcluded, align: 'right' as const },
          { header: m.colMetRate, align: 'right' as const },
        ],
        report.ticketRows.map((row) => ticketRowCells(row, names)),
      ),
    );
  }
  lines.push('', m.rulesHeading, ...report.rules[lang].map((rule) => `- ${rule}`));
  return lines;
}

export function reportColumns(ctx: Context, extra: readonly string[] = []) {
  const { m } = ctx;
  return [
    { header: m.colTarget },
    { header: m.colClause },
    { header: m.colChannel },
    { header: m.colMonth },
    { header: m.status.met, align: 'right' as const },
    { header: m.status.breached, align: 'right' as const },
    { header: m.colExcluded, align: 'right' as const },
    { header: m.colMetRate, align: 'right' as const },
    { header: 'p50', align: 'right' as const },
    { header: 'p90', align: 'right' as const },
    ...extra.map((header) => ({ header })),
  ];
}

/** One ticket's targets with their explanations, as text. */
function ticketText(chosen: ChosenTicket, ctx: Context): string[] {
  const { m, lang } = ctx;
  const e = chosen.evaluation;
  const lines = [
    m.ticketHeading({ id: chosen.id, line: chosen.line, channel: e.channel ?? '—', month: e.month }),
  ];
  if (e.targets.length === 0) lines.push(`  ${m.ticketNoTargets}`);
  for (const t of e.targets) {
    lines.push(`- ${t.target} (${t.clause}): ${m.status[t.status]}`);
    for (const line of t.explanation.text(lang).split('\n')) lines.push(`    ${line}`);
  }
  return lines;
}

export async function reportCommand(argv: readonly string[], ctx: Context): Promise<number> {
  const { values, positionals } = parseCommandArgs('report', argv, reportOptions, ctx);
  const merging = values.merge === true;
  if (merging) {
    if (positionals.length === 0) throw new CliError(ctx.m.mergeNeedsStates, EXIT.usage, [], 'report');
  } else expectPositionals('report', positionals, ['<contract>', '<tickets.jsonl|->'], ctx);
  const month = monthOption('report', values, 'month', ctx);
  const at = stringOption(values, 'at');
  const ticket = stringOption(values, 'ticket');
  const html = stringOption(values, 'html');
  const csv = stringOption(values, 'csv');
  const stateFile = stringOption(values, 'state');
  const groupBy = groupByOption(values, ctx);
  const exactTimesUpTo = countOption(values, 'exact-times-up-to', ctx);
  // The CSV and the HTML page's ticket lists need the tickets behind each row.
  const listTickets = values['list-tickets'] === true || csv !== undefined;
  const limits = limitsOption('report', values, ctx);
  const { m } = ctx;

  let contract: Contract | undefined;
  let contractFile: string | undefined;
  let streamed: Awaited<ReturnType<typeof streamReport>> | undefined;
  let report: ComplianceReport;
  let accumulator: ComplianceAccumulator;
  if (merging) {
    contractFile = stringOption(values, 'contract');
    if (html !== undefined && contractFile === undefined)
      throw new CliError(m.mergeNeedsContract, EXIT.usage, [], 'report');
    if (contractFile !== undefined) contract = await loadContract(ctx, contractFile, limits);
    accumulator = await mergeStates(positionals, contract, contractFile, ctx);
    report = accumulator.report();
  } else {
    [contractFile] = positionals as [string, string];
    const ticketsFile = positionals[1]!;
    const loaded = await loadContractSource(ctx, contractFile, limits);
    contract = loaded.contract;
    checkAt('report', contract, at, ctx);
    try {
      streamed = await streamReport(
        contract,
        ticketsFile,
        {
          ...(month === undefined ? {} : { month }),
          ...(at === undefined ? {} : { at }),
          ...(ticket === undefined ? {} : { ticket }),
          report: {
            ...(groupBy === undefined ? {} : { groupBy }),
            ...(exactTimesUpTo === undefined ? {} : { exactTimesUpTo }),
            listTickets,
          },
          timelines: html !== undefined && listTickets ? DRAWN_TIMELINES : 0,
          workers: {
            count: stringOption(values, 'workers'),
            contractFile,
            contractText: loaded.text,
            limits,
          },
        },
        ctx,
      );
    } catch (error) {
      if (error instanceof ContractTermsError && error.path[0] === 'groupBy')
        throw new CliError(m.badGroupBy({ value: String(values['group-by']) }), EXIT.usage, [], 'report');
      throw error;
    }
    report = streamed.report;
    accumulator = streamed.accumulator;
  }
  const failures = streamed?.failures ?? [];
  const failed = streamed?.failed ?? report.tickets.failed;
  const chosen = streamed?.chosen;
  const source = streamed?.source ?? positionals.join(' ');
  const heading = contract ?? { id: report.inputs.contractId ?? '—', title: report.inputs.contractId ?? '—' };

  if (values.json === true) {
    const out = {
      contract: { id: heading.id, title: heading.title, file: contractFile ?? null },
      source,
      ...report,
      failures: failures.map((f) => ({ line: f.line, ticketId: f.ticketId, error: f.error })),
      ticket:
        chosen === undefined
          ? null
          : {
              id: chosen.id,
              line: chosen.line,
              evaluation: chosen.evaluation,
              explanations: Object.fromEntries(
                chosen.evaluation.targets.map((t) => [t.target, t.explanation.text(ctx.lang)]),
              ),
            },
    };
    await write(ctx.io.stdout, `${JSON.stringify(out, null, 2)}\n`);
  } else if (csv !== '-') {
    const lines = reportText(heading, report, ctx);
    if (chosen !== undefined) lines.push('', ...ticketText(chosen, ctx));
    await write(ctx.io.stdout, `${lines.join('\n')}\n`);
  }

  if (csv !== undefined) {
    const text = reportCsv(report);
    if (csv === '-') await write(ctx.io.stdout, text);
    else {
      await writeOut(ctx, csv, text);
      await write(ctx.io.stderr, `${m.wroteCsv({ file: csv })}\n`);
    }
  }
  if (stateFile !== undefined) {
    await writeOut(ctx, stateFile, `${JSON.stringify(accumulator)}\n`);
    await write(ctx.io.stderr, `${m.wroteState({ file: stateFile })}\n`);
  }

  if (html !== undefined && contract !== undefined) {
    const page = renderReportHtml({
      contract,
      report,
      ctx,
      source,
      failures,
      failed,
      timelines: streamed?.timelines ?? [],
      ...(ticket === undefined ? {} : { ticketId: ticket }),
      ...(chosen === undefined ? {} : { chosen }),
    });
    await writeOut(ctx, html, page);
    await write(ctx.io.stderr, `${m.wroteHtml({ file: html })}\n`);
  }

  if (failed > 0) {
    const listed = failures.slice(0, 20).map((f) => `  ${describeFailure(f, ctx)}`);
    if (failed > listed.length)
      listed.push(`  ${m.moreFailuresReport({ count: formatCount(failed - listed.length) })}`);
    await write(
      ctx.io.stderr,
      `${[m.failedHeading({ count: formatCount(failed) }), ...listed].join('\n')}\n`,
    );
  }
  if (ticket !== undefined && chosen === undefined && !merging) {
    throw new CliError(m.ticketNotFound({ id: ticket, source }), EXIT.usage);
  }
  return failed > 0 ? EXIT.failed : EXIT.ok;
}

/** Writes an output file, or a usage error naming it. */
async function writeOut(ctx: Context, file: string, text: string): Promise<void> {
  try {
    await writeFile(resolvePath(ctx, file), text, 'utf8');
  } catch (error) {
    throw new CliError(ctx.m.cannotWrite({ file, detail: (error as Error).message }), EXIT.usage);
  }
}
