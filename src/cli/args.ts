/** Command-line arguments: node:util parseArgs, with its errors turned into usage errors in the user's language. */
import { parseArgs } from 'node:util';
import { DEFAULT_LIMITS, type Lang, LIMITS, type Limits } from '../index.js';
import { CliError, EXIT } from './errors.js';
import type { CliIo } from './io.js';
import type { CliMessages } from './messages.js';

/** What every command is given. */
export interface Context {
  io: CliIo;
  lang: Lang;
  m: CliMessages;
}

/** One option of a command. */
export interface OptionDef {
  type: 'string' | 'boolean';
  short?: string;
  /** The option may be given more than once (its value is then a list). */
  multiple?: boolean;
}

/** `--limit name=N`, repeatable: the commands that read a contract or tickets take it. */
export const LIMIT_OPTION = { limit: { type: 'string', multiple: true } } as const satisfies Record<
  string,
  OptionDef
>;

/** Options every command has. */
export const COMMON_OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
} as const satisfies Record<string, OptionDef>;

export type Values = Record<string, string | boolean | string[] | undefined>;

export interface ParsedArgs {
  values: Values;
  positionals: string[];
}

const LANGS: readonly string[] = ['en', 'zh'];

/** The language asked for with `--lang` (looked up before anything else, so that every error can use it). */
export function scanLang(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') found = argv[i + 1];
    else if (arg.startsWith('--lang=')) found = arg.slice('--lang='.length);
  }
  return found;
}

/** The language of the run: `--lang`, else $CONTRACT_TERMS_LANG, else English. */
export function chooseLang(argv: readonly string[], env: CliIo['env']): Lang {
  const asked = scanLang(argv) ?? env.CONTRACT_TERMS_LANG;
  return asked !== undefined && LANGS.includes(asked) ? (asked as Lang) : 'en';
}

/**
 * Parses a command's arguments (after the command name). Unknown options, missing values and a
 * wrong number of positionals are usage errors (exit code 2).
 */
export function parseCommandArgs(
  command: string,
  argv: readonly string[],
  options: Record<string, OptionDef>,
  ctx: Context,
): ParsedArgs {
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...COMMON_OPTIONS, ...options },
      allowPositionals: true,
      strict: true,
    }) as { values: Values; positionals: string[] };
  } catch (error) {
    throw new CliError(describeParseError(error, ctx.m), EXIT.usage, [], command);
  }
  const lang = parsed.values.lang;
  if (typeof lang === 'string' && !LANGS.includes(lang)) {
    throw new CliError(ctx.m.badLang({ value: lang }), EXIT.usage, [], command);
  }
  return parsed;
}

function describeParseError(error: unknown, m: CliMessages): string {
  const code = (error as { code?: string }).code;
  const text = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]+)/.exec(text)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return m.unknownOption({ option });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return text.includes('does not take') ? m.optionTakesNoValue({ option }) : m.optionNeedsValue({ option });
  }
  return m.badArguments({ detail: text });
}

/** Checks the number of positional arguments: exactly `names.length`, or between `min` and that. */
export function expectPositionals(
  command: string,
  positionals: readonly string[],
  names: readonly string[],
  ctx: Context,
  min = names.length,
): void {
  if (positionals.length < min) {
    throw new CliError(ctx.m.missingArgument({ name: names[positionals.length]! }), EXIT.usage, [], command);
  }
  if (positionals.length > names.length) {
    throw new CliError(ctx.m.extraArgument({ value: positionals[names.length]! }), EXIT.usage, [], command);
  }
}

/** A string option's value, or undefined. */
export function stringOption(values: Values, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** `YYYY-MM`, or a usage error naming the option. */
export function monthOption(command: string, values: Values, name: string, ctx: Context): string | undefined {
  const value = stringOption(values, name);
  if (value !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) {
    throw new CliError(ctx.m.badMonth({ option: `--${name}`, value }), EXIT.usage, [], command);
  }
  return value;
}

/** `YYYY-MM-DD` (shape only; the library checks the day exists), or a usage error naming the option. */
export function dateOption(command: string, values: Values, name: string, ctx: Context): string | undefined {
  const value = stringOption(values, name);
  if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new CliError(ctx.m.badDate({ option: `--${name}`, value }), EXIT.usage, [], command);
  }
  return value;
}

/**
 * The limits changed with `--limit name=N` (each name at most once), or a usage error naming the
 * unknown limit or the value that is not a whole number >= 1. The others keep their defaults.
 */
export function limitsOption(command: string, values: Values, ctx: Context): Limits {
  const given = values.limit;
  const list = Array.isArray(given) ? given : typeof given === 'string' ? [given] : [];
  const out: Record<string, number> = { ...DEFAULT_LIMITS };
  const names = LIMITS.map((limit) => limit.name);
  for (const item of list) {
    const match = /^([A-Za-z]+)=([0-9][0-9_]*)$/.exec(item);
    const name = /^([A-Za-z]+)=/.exec(item)?.[1];
    if (name === undefined || !(names as readonly string[]).includes(name)) {
      throw new CliError(
        ctx.m.badLimitName({ value: item, names: names.join(', ') }),
        EXIT.usage,
        [],
        command,
      );
    }
    const value = match === null ? Number.NaN : Number(match[2]!.replaceAll('_', ''));
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new CliError(ctx.m.badLimitValue({ value: item }), EXIT.usage, [], command);
    }
    out[name] = value;
  }
  return out as unknown as Limits;
}
