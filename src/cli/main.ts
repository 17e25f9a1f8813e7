/**
 * The `contract-terms` command: `main(argv, io)` runs one command and resolves to its exit code.
 * It never exits the process and never prints a stack trace for bad input, so it can run in-process
 * (the demo, tests) as well as from the binary (bin.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContractTermsError } from '../index.js';
import { type Context, chooseLang } from './args.js';
import { calendarCommand } from './commands/calendar.js';
import { draftCommand } from './commands/draft.js';
import { evaluateCommand } from './commands/evaluate.js';
import { paymentsCommand } from './commands/payments.js';
import { reportCommand } from './commands/report.js';
import { validateCommand } from './commands/validate.js';
import { CliError, EXIT } from './errors.js';
import { type CliIo, processIo, write } from './io.js';
import { type CommandName, messages } from './messages.js';
import { excerpt, MESSAGE_COLUMNS } from './terminal.js';

export { EXIT } from './errors.js';
export type { CliIo } from './io.js';

type Command = (argv: readonly string[], ctx: Context) => Promise<number>;

const COMMANDS: Record<CommandName, Command> = {
  validate: validateCommand,
  calendar: calendarCommand,
  evaluate: evaluateCommand,
  report: reportCommand,
  payments: paymentsCommand,
  draft: draftCommand,
};

const PROGRAM = 'contract-terms';

/** The version in the package.json of this package (the nearest one named contract-terms). */
export function version(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === PROGRAM && pkg.version !== undefined) return pkg.version;
      } catch {
        // not ours
      }
    }
    dir = dirname(dir);
  }
  return 'unknown';
}

function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}

/** The closest command name, for "did you mean". */
function suggest(name: string): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of Object.keys(COMMANDS)) {
    const d = distance(name, candidate);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** Splits leading global options (`--lang zh`, `--json`) from the command name and its arguments. */
function splitCommand(argv: readonly string[]): { name: string | undefined; rest: string[] } {
  const leading: string[] = [];
  let i = 0;
  while (i < argv.length) {
    const arg = argv[i]!;
    if (arg === '--lang' && i + 1 < argv.length) {
      leading.push(arg, argv[i + 1]!);
      i += 2;
    } else if (arg.startsWith('--lang=') || arg === '--json') {
      leading.push(arg);
      i++;
    } else break;
  }
  return { name: argv[i], rest: [...leading, ...argv.slice(i + 1)] };
}

function wantsHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}

/** Writes an error: one line `contract-terms: error: ...`, then its details; returns the exit code. */
async function report(error: unknown, ctx: Context): Promise<number> {
  const { m, io } = ctx;
  const prefix = `${PROGRAM}: ${m.errorLabel}: `;
  if (error instanceof CliError) {
    const lines = [prefix + error.message, ...error.details];
    if (error.usageOf !== undefined && isCommand(error.usageOf)) {
      lines.push(`${m.usageLabel}: ${m.help[error.usageOf].usage}`, m.seeHelp({ command: error.usageOf }));
    }
    await write(io.stderr, `${lines.join('\n')}\n`);
    return error.exitCode;
  }
  if (error instanceof ContractTermsError) {
    await write(io.stderr, `${prefix}${error.localizedMessage(ctx.lang)}\n`);
    return EXIT.usage;
  }
  await write(io.stderr, internalErrorText(error, ctx));
  return EXIT.internal;
}

/**
 * What an unexpected error (a bug) prints: one line naming it and the version, then the hint that
 * it is a bug; its stack only with CONTRACT_TERMS_DEBUG=1. Never a raw stack trace.
 */
function internalErrorText(error: unknown, ctx: Context): string {
  const { m, io } = ctx;
  let detail: string;
  try {
    detail = error instanceof Error ? error.message : String(error);
  } catch {
    detail = Object.prototype.toString.call(error);
  }
  const lines = [
    `${PROGRAM}: ${m.internalError({ detail: excerpt(detail, MESSAGE_COLUMNS), version: version() })}`,
    m.internalHint,
  ];
  if (io.env.CONTRACT_TERMS_DEBUG && error instanceof Error && error.stack) lines.push(error.stack);
  return `${lines.join('\n')}\n`;
}

/**
 * The text of an error that escaped every handler (an exception thrown from a stream callback, a
 * rejected promise nobody awaited): the same lines as any other internal error, in the language of
 * the command line. The binary prints it and exits with code 3.
 *
 * @example
 * process.on('uncaughtException', (error) => { writeSync(2, crashText(error, argv, process.env)); process.exit(3); });
 */
export function crashText(error: unknown, argv: readonly string[], env: CliIo['env']): string {
  const lang = chooseLang(argv, env);
  return internalErrorText(error, { io: { ...processIo(), env }, lang, m: messages(lang) });
}

/**
 * Runs the command line `argv` (without the node and script names) and resolves to the exit code:
 * 0 success; 1 invalid contract (validate) or some ticket failed (evaluate, report, payments
 * --tickets); 2 usage error, unreadable file, or invalid contract for another command; 3 a bug.
 *
 * @example
 * const code = await main(['calendar', '2025-10-11', '--json']);
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const lang = chooseLang(argv, io.env);
  const ctx: Context = { io, lang, m: messages(lang) };
  const { m } = ctx;
  const { name, rest } = splitCommand(argv);
  try {
    if (name === undefined) {
      await write(io.stderr, `${m.help.main}\n`);
      return EXIT.usage;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      const topic = rest.find((arg) => isCommand(arg));
      await write(io.stdout, `${topic === undefined ? m.help.main : commandHelp(topic, ctx)}\n`);
      return EXIT.ok;
    }
    if (name === '--version' || name === '-v') {
      await write(io.stdout, `${version()}\n`);
      return EXIT.ok;
    }
    if (!isCommand(name)) {
      throw new CliError(
        m.unknownCommand({ command: name, suggestion: name.startsWith('-') ? null : suggest(name) }),
        EXIT.usage,
        [m.seeMainHelp],
      );
    }
    if (wantsHelp(rest)) {
      await write(io.stdout, `${commandHelp(name, ctx)}\n`);
      return EXIT.ok;
    }
    return await COMMANDS[name](rest, ctx);
  } catch (error) {
    return report(error, ctx);
  }
}

function commandHelp(name: CommandName, ctx: Context): string {
  const help = ctx.m.help[name];
  return `${ctx.m.usageLabel}: ${help.usage}\n\n${help.text}`;
}
