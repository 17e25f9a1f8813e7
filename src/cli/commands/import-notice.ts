/**
 * `contract-terms calendar import-notice <notice.txt> [--year YYYY] [-o YYYY.json]`: reads the text
 * of a State Council holiday notice, prints what it read (each festival with its rest and make-up
 * days, the warnings) or every issue that stops it, and writes the year as a holiday-cn file that
 * `chinaCalendar({ extraYears })` and a definition's `extraYears` accept.
 */
import { type HolidayNotice, type NoticeIssue, safeParseHolidayNotice } from '../../index.js';
import { type Context, expectPositionals, parseCommandArgs, stringOption } from '../args.js';
import { CliError, EXIT } from '../errors.js';
import { readTextFile, writeTextFile } from '../inputs.js';
import { write } from '../io.js';

export const importNoticeOptions = {
  year: { type: 'string' },
  out: { type: 'string', short: 'o' },
} as const;

/** Dates as runs: `2026-02-15..2026-02-23, 2026-02-28`. */
function runs(dates: readonly string[]): string {
  const out: string[] = [];
  let i = 0;
  const next = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  while (i < dates.length) {
    let j = i;
    while (j + 1 < dates.length && dates[j + 1] === next(dates[j]!)) j++;
    out.push(i === j ? dates[i]! : `${dates[i]}..${dates[j]}`);
    i = j + 1;
  }
  return out.join(', ');
}

function issueLine(issue: NoticeIssue, ctx: Context): string {
  const severity = ctx.lang === 'zh' ? (issue.severity === 'error' ? '错误' : '警告') : issue.severity;
  return `${severity}: ${ctx.lang === 'zh' ? issue.messageZh : issue.message}`;
}

function summary(notice: HolidayNotice, file: string, ctx: Context): string[] {
  const { m } = ctx;
  const lines = [
    m.noticeRead({
      file,
      year: notice.year,
      kind: notice.kind,
      title: notice.title,
      published: notice.published,
    }),
  ];
  const width = Math.max(...notice.festivals.map((f) => [...f.name].length * 2), 8);
  for (const festival of notice.festivals) {
    const pad = ' '.repeat(Math.max(0, width - [...festival.name].length * 2));
    lines.push(
      `  ${festival.name}${pad}  ${m.noticeRest({ days: runs(festival.restDays), count: festival.restDays.length })}` +
        (festival.workingDays.length > 0 ? `; ${m.noticeWork({ days: runs(festival.workingDays) })}` : ''),
    );
  }
  for (const warning of notice.warnings) lines.push(issueLine(warning, ctx));
  return lines;
}

export async function importNoticeCommand(argv: readonly string[], ctx: Context): Promise<number> {
  const { values, positionals } = parseCommandArgs('calendar', argv, importNoticeOptions, ctx);
  expectPositionals('calendar', positionals, ['<notice.txt>'], ctx);
  const file = positionals[0]!;
  const { m } = ctx;
  const yearText = stringOption(values, 'year');
  if (yearText !== undefined && !/^\d{4}$/.test(yearText)) {
    throw new CliError(m.badYear({ value: yearText }), EXIT.usage, [], 'calendar');
  }
  const out = stringOption(values, 'out');
  const text = await readTextFile(ctx, file);
  const result = safeParseHolidayNotice(text, yearText === undefined ? {} : { year: Number(yearText) });
  if (values.json === true) {
    const body = result.ok
      ? {
          file,
          ok: true,
          year: result.notice.year,
          kind: result.notice.kind,
          title: result.notice.title,
          published: result.notice.published,
          festivals: result.notice.festivals,
          warnings: result.notice.warnings,
          holidayCn: result.notice.toJSON(),
        }
      : { file, ok: false, issues: result.issues };
    await write(ctx.io.stdout, `${JSON.stringify(body, null, 2)}\n`);
  } else if (result.ok) {
    await write(ctx.io.stdout, `${summary(result.notice, file, ctx).join('\n')}\n`);
  } else {
    const errors = result.issues.filter((i) => i.severity === 'error').length;
    const lines = [m.noticeRefused({ file, errors }), ...result.issues.map((i) => `  ${issueLine(i, ctx)}`)];
    await write(ctx.io.stdout, `${lines.join('\n')}\n`);
  }
  if (!result.ok) return EXIT.failed;
  if (out !== undefined) {
    await writeTextFile(ctx, out, `${JSON.stringify(result.notice.toJSON(), null, 2)}\n`);
    await write(ctx.io.stderr, `${m.noticeWrote({ file: out, year: result.notice.year })}\n`);
  }
  return EXIT.ok;
}
