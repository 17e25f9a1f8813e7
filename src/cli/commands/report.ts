/**
 * `contract-terms report <contract> <tickets.jsonl> [--month YYYY-MM] [--at <instant>]
 * [--ticket <id>] [--html out.html]`: the compliance report as a table, JSON, or a self-contained
 * HTML page with charts. Tickets are streamed into the report's counters one at a time.
 */
import { writeFile } from 'node:fs/promises';
import type { ComplianceReport, Contract } from '../../index.js';
import {
  type Context,
  expectPositionals,
  LIMIT_OPTION,
  limitsOption,
  monthOption,
  parseCommandArgs,
  stringOption,
} from '../args.js';
import { CliError, EXIT } from '../errors.js';
import { renderReportHtml } from '../html.js';
import { loadContract, openLines, resolvePath } from '../inputs.js';
import { write } from '../io.js';
import { ProgressBar } from '../progress.js';
import { formatCount, reportCells, reportMetaLine, table } from '../render.js';
import { type ChosenTicket, checkAt, describeFailure, evaluateLines, type Failure } from '../tickets.js';

export const reportOptions = {
  month: { type: 'string' },
  at: { type: 'string' },
  ticket: { type: 'string' },
  html: { type: 'string' },
  ...LIMIT_OPTION,
} as const;

const LISTED_FAILURES = 100;

/** Streams a JSONL file of tickets into a compliance report (shared with `payments --tickets`). */
export async function streamReport(
  contract: Contract,
  ticketsFile: string,
  options: { month?: string; at?: string; ticket?: string },
  ctx: Context,
): Promise<{
  report: ComplianceReport;
  failures: Failure[];
  failed: number;
  chosen?: ChosenTicket;
  source: string;
}> {
  const source = await openLines(ctx, ticketsFile, contract.limits.ticketLineBytes);
  const progress = ProgressBar.wanted(ctx.io.stderr, source.size)
    ? new ProgressBar(ctx.io.stderr, source.size!, ctx.m)
    : undefined;
  const failures: Failure[] = [];
  let failed = 0;
  let count = 0;
  let chosen: ChosenTicket | undefined;
  async function* items() {
    for await (const result of evaluateLines(contract, source.lines, options.at, ctx)) {
      count++;
      progress?.update(source.bytesRead(), count);
      if (result.ok) {
        if (options.ticket !== undefined && chosen === undefined && result.ticketId === options.ticket) {
          chosen = {
            id: result.ticketId,
            line: result.line,
            input: result.ticket,
            evaluation: result.evaluation,
          };
        }
        yield result.evaluation;
      } else {
        failed++;
        if (failures.length < LISTED_FAILURES) failures.push(result);
        yield { ok: false as const };
      }
    }
  }
  const report = await contract.complianceReport(items(), {
    ...(options.month === undefined ? {} : { month: options.month }),
    ...(options.at === undefined ? {} : { at: options.at }),
  });
  progress?.done();
  return { report, failures, failed, source: source.name, ...(chosen === undefined ? {} : { chosen }) };
}

/** The report as an aligned table with its heading and counting rules. */
export function reportText(contract: Contract, report: ComplianceReport, ctx: Context): string[] {
  const { m, lang } = ctx;
  const lines = [m.reportTitle({ title: contract.title, id: contract.id }), reportMetaLine(report, m), ''];
  if (report.rows.length === 0) lines.push(m.reportEmpty);
  else
    lines.push(
      ...table(
        reportColumns(ctx),
        report.rows.map((row) => reportCells(row, ctx.lang)),
      ),
    );
  lines.push('', m.rulesHeading, ...report.rules[lang].map((rule) => `- ${rule}`));
  return lines;
}

export function reportColumns(ctx: Context) {
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
  expectPositionals('report', positionals, ['<contract>', '<tickets.jsonl|->'], ctx);
  const [contractFile, ticketsFile] = positionals as [string, string];
  const month = monthOption('report', values, 'month', ctx);
  const at = stringOption(values, 'at');
  const ticket = stringOption(values, 'ticket');
  const html = stringOption(values, 'html');
  const limits = limitsOption('report', values, ctx);
  const { m } = ctx;
  const contract = await loadContract(ctx, contractFile, limits);
  checkAt('report', contract, at, ctx);
  const { report, failures, failed, chosen, source } = await streamReport(
    contract,
    ticketsFile,
    {
      ...(month === undefined ? {} : { month }),
      ...(at === undefined ? {} : { at }),
      ...(ticket === undefined ? {} : { ticket }),
    },
    ctx,
  );

  if (values.json === true) {
    const out = {
      contract: { id: contract.id, title: contract.title, file: contractFile },
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
  } else {
    const lines = reportText(contract, report, ctx);
    if (chosen !== undefined) lines.push('', ...ticketText(chosen, ctx));
    await write(ctx.io.stdout, `${lines.join('\n')}\n`);
  }

  if (html !== undefined) {
    const page = renderReportHtml({
      contract,
      report,
      ctx,
      source,
      failures,
      failed,
      ...(ticket === undefined ? {} : { ticketId: ticket }),
      ...(chosen === undefined ? {} : { chosen }),
    });
    try {
      await writeFile(resolvePath(ctx, html), page, 'utf8');
    } catch (error) {
      throw new CliError(m.cannotWrite({ file: html, detail: (error as Error).message }), EXIT.usage);
    }
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
  if (ticket !== undefined && chosen === undefined) {
    throw new CliError(m.ticketNotFound({ id: ticket, source }), EXIT.usage);
  }
  return failed > 0 ? EXIT.failed : EXIT.ok;
}
