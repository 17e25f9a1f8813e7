/**
 * `contract-terms draft <contract.txt> [-o draft.yaml]`: a definition drafted from the agreement's
 * text, and the findings a person reviews (what was read, placeholders, assumptions, what was not
 * understood), what to supply and what the text has no terms for.
 */
import { type ContractDraft, type DraftContractOptions, draftContract } from '../../index.js';
import { type Context, dateOption, expectPositionals, parseCommandArgs, stringOption } from '../args.js';
import { CliError, EXIT } from '../errors.js';
import { readTextFile, writeTextFile } from '../inputs.js';
import { write } from '../io.js';

export const draftOptions = {
  out: { type: 'string', short: 'o' },
  'signed-on': { type: 'string' },
  term: { type: 'string' },
  'time-zone': { type: 'string' },
  value: { type: 'string', multiple: true },
  id: { type: 'string' },
} as const;

function report(draft: ContractDraft, file: string, ctx: Context): string[] {
  const { m } = ctx;
  const lines: string[] = [];
  for (const o of draft.agreement.outside)
    lines.push(m.draftOutside({ from: o.from, to: o.to, before: o.reason === 'before-title' }));
  if (draft.agreement.truncatedIn !== undefined)
    lines.push(m.draftTruncated({ clause: draft.agreement.truncatedIn }));
  const width = Math.max(0, ...draft.findings.map((f) => f.clause.length));
  for (const f of draft.findings) {
    const head = `${f.clause.padEnd(width)}  ${m.draftStatus(f.status)}`;
    if (f.status === 'not-understood')
      lines.push(`${head}: ${f.sentence}`, `${' '.repeat(width + 2)}${f.problem ?? ''}`);
    else {
      lines.push(`${head}: ${f.read.join('; ')}`);
      for (const a of f.assumptions) lines.push(`${' '.repeat(width + 2)}${m.draftStatus('assumed')}: ${a}`);
    }
  }
  for (const missing of draft.missing) lines.push(m.draftMissing(missing));
  for (const absent of draft.absent) lines.push(m.draftAbsent(absent));
  const count = (status: string) => draft.findings.filter((f) => f.status === status).length;
  lines.push(
    m.draftSummary({
      file,
      targets: Array.isArray(draft.definition.targets) ? draft.definition.targets.length : 0,
      read: count('read'),
      placeholder: count('placeholder'),
      assumed: count('assumed'),
      notUnderstood: count('not-understood'),
    }),
  );
  return lines;
}

export async function draftCommand(argv: readonly string[], ctx: Context): Promise<number> {
  const { values, positionals } = parseCommandArgs('draft', argv, draftOptions, ctx);
  expectPositionals('draft', positionals, ['<contract.txt>'], ctx);
  const file = positionals[0]!;
  const { m } = ctx;
  const options: DraftContractOptions = {};
  const signedOn = dateOption('draft', values, 'signed-on', ctx);
  if (signedOn !== undefined) options.signedOn = signedOn;
  const term = stringOption(values, 'term');
  if (term !== undefined) {
    const match = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(term);
    if (match === null) throw new CliError(m.draftBadTerm({ value: term }), EXIT.usage, [], 'draft');
    options.term = { start: match[1]!, end: match[2]! };
  }
  const zone = stringOption(values, 'time-zone');
  if (zone !== undefined) options.timeZone = zone;
  const id = stringOption(values, 'id');
  if (id !== undefined) options.id = id;
  const pairs = Array.isArray(values.value) ? values.value : [];
  if (pairs.length > 0) {
    options.values = {};
    for (const pair of pairs) {
      const at = pair.indexOf('=');
      if (at <= 0) throw new CliError(m.draftBadValue({ value: pair }), EXIT.usage, [], 'draft');
      options.values[pair.slice(0, at)] = pair.slice(at + 1);
    }
  }
  const text = await readTextFile(ctx, file);
  const draft = draftContract(text, options);
  const out = stringOption(values, 'out');
  if (out !== undefined) await writeTextFile(ctx, out, draft.yaml);
  const notUnderstood = draft.findings.some((f) => f.status === 'not-understood');
  const code = notUnderstood ? EXIT.failed : EXIT.ok;

  if (values.json === true) {
    const json = {
      file,
      out: out ?? null,
      yaml: draft.yaml,
      findings: draft.findings,
      missing: draft.missing,
      absent: draft.absent,
      warnings: draft.warnings.map((w) => ({
        code: w.code,
        path: w.path,
        message: ctx.lang === 'zh' ? w.messageZh : w.message,
      })),
      agreement: draft.agreement,
    };
    await write(ctx.io.stdout, `${JSON.stringify(json, null, 2)}\n`);
    return code;
  }
  const lines = report(draft, out ?? m.draftStdout, ctx);
  if (out === undefined) {
    await write(ctx.io.stdout, draft.yaml);
    await write(ctx.io.stderr, `${lines.join('\n')}\n`);
  } else await write(ctx.io.stdout, `${lines.join('\n')}\n`);
  return code;
}
