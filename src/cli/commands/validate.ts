/** `contract-terms validate <contract>`: every problem of a contract file, with file, line and column. */
import { formatIssue } from '../../index.js';
import { type Context, expectPositionals, LIMIT_OPTION, limitsOption, parseCommandArgs } from '../args.js';
import { EXIT } from '../errors.js';
import { readContractFile } from '../inputs.js';
import { write } from '../io.js';

export const validateOptions = {
  strict: { type: 'boolean' },
  ...LIMIT_OPTION,
} as const;

export async function validateCommand(argv: readonly string[], ctx: Context): Promise<number> {
  const { values, positionals } = parseCommandArgs('validate', argv, validateOptions, ctx);
  expectPositionals('validate', positionals, ['<contract>'], ctx);
  const file = positionals[0]!;
  const { m, lang } = ctx;
  const limits = limitsOption('validate', values, ctx);
  const result = await readContractFile(ctx, file, limits, values.strict === true);
  const issues = result.ok ? result.warnings : result.issues;
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - errors;
  const valid = result.ok;

  if (values.json === true) {
    const contract = result.ok ? result.contract : undefined;
    const out = {
      file,
      valid,
      errors,
      warnings,
      issues: issues.map((issue) => ({
        severity: issue.severity,
        code: issue.code,
        path: issue.path,
        line: issue.line ?? null,
        column: issue.column ?? null,
        message: lang === 'zh' ? issue.messageZh : issue.message,
      })),
      contract:
        contract === undefined
          ? null
          : {
              id: contract.id,
              title: contract.title,
              timeZone: contract.timeZone,
              term: contract.definition.term ?? null,
              channels: [...contract.channels.keys()],
              targets: contract.targets.map((t) => t.id),
              answers: contract.answers(),
            },
    };
    await write(ctx.io.stdout, `${JSON.stringify(out, null, 2)}\n`);
    return valid ? EXIT.ok : EXIT.failed;
  }

  const lines = issues.map((issue) => formatIssue(issue, lang, file));
  if (result.ok) {
    const c = result.contract;
    lines.push(
      warnings === 0 ? m.validOk({ file }) : m.validWithWarnings({ file, warnings }),
      m.validContract({ id: c.id, title: c.title }),
      c.definition.term === undefined
        ? m.validNoTerm({ zone: c.timeZone })
        : m.validTerm({ start: c.definition.term.start, end: c.definition.term.end, zone: c.timeZone }),
      m.validScope({
        channels: [...c.channels.keys()].join(', '),
        channelCount: c.channels.size,
        targets: c.targets.length,
      }),
    );
    const answers = c.answers();
    const answered = answers.filter((a) => a.answered).map((a) => m.validQuestion(a.question));
    const unanswered = answers
      .filter((a) => !a.answered)
      .map((a) => m.validMissing({ question: m.validQuestion(a.question), missing: a.missing.join(', ') }));
    if (answered.length > 0) lines.push(m.validAnswers({ questions: answered.join(', ') }));
    if (unanswered.length > 0) lines.push(m.validCannotAnswer({ questions: unanswered.join('; ') }));
  } else {
    lines.push(m.validInvalid({ file, errors, warnings }));
  }
  await write(ctx.io.stdout, `${lines.join('\n')}\n`);
  return valid ? EXIT.ok : EXIT.failed;
}
