/** Reading the command's inputs: contract files, JSON Lines of tickets, CSV of payments. */
import { createReadStream, readFileSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import {
  type Contract,
  type ContractIssue,
  DEFAULT_LIMITS,
  formatIssue,
  type Limits,
  renderMessage,
} from '../index.js';
import { safeParseContractOnDemand } from '../node/parse-on-demand.js';
import type { Context } from './args.js';
import { CliError, EXIT } from './errors.js';
import { write } from './io.js';
import { boundedLineChunks, type LineChunk } from './lines.js';
import { excerpt, MESSAGE_COLUMNS, VALUE_COLUMNS } from './terminal.js';

export type { InputLine } from './lines.js';

/** A file name as the user gave it, resolved against the command's working directory. */
export function resolvePath(ctx: Context, file: string): string {
  return resolve(ctx.io.cwd, file);
}

/** Turns a file-system error into the user's one-line message. */
function fileError(ctx: Context, file: string, error: unknown): CliError {
  const code = (error as { code?: string }).code;
  const m = ctx.m;
  const message =
    code === 'ENOENT'
      ? m.fileMissing({ file })
      : code === 'EISDIR'
        ? m.fileIsDirectory({ file })
        : code === 'EACCES' || code === 'EPERM'
          ? m.fileDenied({ file })
          : m.fileUnreadable({ file, detail: error instanceof Error ? error.message : String(error) });
  return new CliError(message, EXIT.usage);
}

/** The whole text of a (small) file, or a CliError (exit code 2). */
export async function readTextFile(ctx: Context, file: string): Promise<string> {
  try {
    const text = await readFile(resolvePath(ctx, file), 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    throw fileError(ctx, file, error);
  }
}

/**
 * How a contract file's definition reads the files it names (its notices): relative to the folder
 * of the contract file.
 */
export function definitionFiles(ctx: Context, contractFile: string): (name: string) => string {
  const folder = dirname(resolvePath(ctx, contractFile));
  return (name) => {
    const text = readFileSync(resolve(folder, name), 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  };
}

/** The outcome of reading a contract file. */
export type ContractFile =
  | { ok: true; contract: Contract; warnings: ContractIssue[]; text: string }
  | { ok: false; issues: ContractIssue[] };

/**
 * Reads and checks a contract file within `limits`; the file name is the one shown in every issue.
 * A file over the `contractBytes` limit is not read at all: its size alone is the issue.
 */
export async function readContractFile(
  ctx: Context,
  file: string,
  limits: Limits = DEFAULT_LIMITS,
  strict = false,
): Promise<ContractFile> {
  let size: number | undefined;
  try {
    const info = await stat(resolvePath(ctx, file));
    if (info.isFile()) size = info.size;
  } catch (error) {
    throw fileError(ctx, file, error);
  }
  if (size !== undefined && size > limits.contractBytes) {
    const params = { limit: 'contractBytes', actual: size, max: limits.contractBytes };
    return {
      ok: false,
      issues: [
        {
          severity: 'error',
          code: 'limit_exceeded',
          path: [],
          message: renderMessage('limit_exceeded', params, 'en'),
          messageZh: renderMessage('limit_exceeded', params, 'zh'),
        },
      ],
    };
  }
  const text = await readTextFile(ctx, file);
  // Region calendars (and date-holidays) are loaded only for a definition that names one.
  const result = await safeParseContractOnDemand(text, {
    limits,
    strict,
    readFile: definitionFiles(ctx, file),
  });
  return result.ok
    ? { ok: true, contract: result.contract, warnings: result.warnings, text }
    : { ok: false, issues: result.issues };
}

/**
 * Reads a contract for a command that needs a valid one: an invalid contract is a CliError (exit
 * code 2) listing every issue; warnings of a valid one are written to standard error.
 */
export async function loadContract(
  ctx: Context,
  file: string,
  limits: Limits = DEFAULT_LIMITS,
): Promise<Contract> {
  return (await loadContractSource(ctx, file, limits)).contract;
}

/** {@link loadContract}, with the definition text it was read from (worker threads parse it again). */
export async function loadContractSource(
  ctx: Context,
  file: string,
  limits: Limits = DEFAULT_LIMITS,
): Promise<{ contract: Contract; text: string }> {
  const result = await readContractFile(ctx, file, limits);
  if (!result.ok) {
    const errors = result.issues.filter((issue) => issue.severity === 'error').length;
    throw new CliError(
      ctx.m.contractInvalid({ file, errors }),
      EXIT.usage,
      result.issues.map((issue) => formatIssue(issue, ctx.lang, file)),
    );
  }
  for (const warning of result.warnings) {
    await write(ctx.io.stderr, `${formatIssue(warning, ctx.lang, file)}\n`);
  }
  return { contract: result.contract, text: result.text };
}

/** A JSON Lines input opened for streaming. */
export interface LineSource {
  /**
   * The lines as chunks of bytes, read as they are consumed (blank lines included): numbered and
   * bounded here, decoded by whoever takes a chunk (`chunkLines`, in this thread or a worker).
   */
  chunks: AsyncIterable<LineChunk>;
  /** The size in bytes when known (a regular file), else null. */
  size: number | null;
  /** Bytes read so far. */
  bytesRead(): number;
  /** The name to show: the file name, or `standard input`. */
  name: string;
}

/**
 * Opens a JSON Lines file (or standard input for `-`) to be read one line at a time, each at most
 * `maxLineBytes` long (a longer line is that line's error; see boundedLineChunks): memory holds one chunk
 * of the stream and the current line, whatever the size of the input.
 */
export async function openLines(
  ctx: Context,
  file: string,
  maxLineBytes: number = DEFAULT_LIMITS.ticketLineBytes,
): Promise<LineSource> {
  let input: NodeJS.ReadableStream;
  let size: number | null = null;
  let name = file;
  let bytes = 0;
  let bytesRead: () => number;
  if (file === '-') {
    input = ctx.io.stdin;
    name = ctx.m.standardInput;
    input.on('data', (chunk: Buffer | string) => {
      bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    });
    bytesRead = () => bytes;
  } else {
    const path = resolvePath(ctx, file);
    try {
      const info = await stat(path);
      if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      if (info.isFile()) size = info.size;
    } catch (error) {
      throw fileError(ctx, file, error);
    }
    const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
    input = stream;
    bytesRead = () => stream.bytesRead;
  }
  async function* chunks(): AsyncGenerator<LineChunk> {
    try {
      yield* boundedLineChunks(input as AsyncIterable<Buffer | string>, maxLineBytes);
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw fileError(ctx, file === '-' ? name : file, error);
    } finally {
      if (file !== '-') (input as ReturnType<typeof createReadStream>).destroy();
    }
  }
  return { chunks: chunks(), size, bytesRead, name };
}

/** One payment of a payments CSV file. */
export interface PaymentRow {
  /** 1-based line number in the file. */
  line: number;
  month: string;
  date: string;
  amount: string;
}

/**
 * Reads a payments CSV file: a header naming the columns `month`, `date` and `amount` (any order;
 * other columns are ignored), then one payment per line. Blank lines and lines starting with `#`
 * are skipped. Every malformed line is reported, with its number (exit code 2).
 */
export async function readPaymentsCsv(
  ctx: Context,
  file: string,
  limits: Limits = DEFAULT_LIMITS,
): Promise<PaymentRow[]> {
  let size: number | undefined;
  try {
    size = (await stat(resolvePath(ctx, file))).size;
  } catch (error) {
    throw fileError(ctx, file, error);
  }
  if (size > limits.paymentsBytes) {
    const params = { limit: 'paymentsBytes', actual: size, max: limits.paymentsBytes };
    throw new CliError(`${file}: ${renderMessage('limit_exceeded', params, ctx.lang)}`, EXIT.usage);
  }
  const text = await readTextFile(ctx, file);
  const m = ctx.m;
  const rows: PaymentRow[] = [];
  const problems: string[] = [];
  let columns: Record<string, number> | undefined;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '' || raw.startsWith('#')) continue;
    const cells = raw.split(',').map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
    if (columns === undefined) {
      const header = cells.map((cell) => cell.toLowerCase());
      const missing = ['month', 'date', 'amount'].filter((name) => !header.includes(name));
      if (missing.length > 0) {
        throw new CliError(m.csvHeader({ file, missing: missing.join(', ') }), EXIT.usage, [
          `${file}:${i + 1}: ${excerpt(raw, MESSAGE_COLUMNS)}`,
        ]);
      }
      columns = {
        month: header.indexOf('month'),
        date: header.indexOf('date'),
        amount: header.indexOf('amount'),
        count: header.length,
      };
      continue;
    }
    if (cells.length !== columns.count) {
      problems.push(`${file}:${i + 1}: ${m.csvColumns({ expected: columns.count!, found: cells.length })}`);
      continue;
    }
    const month = cells[columns.month!] ?? '';
    const date = cells[columns.date!] ?? '';
    const amount = cells[columns.amount!] ?? '';
    const where = `${file}:${i + 1}`;
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
      problems.push(
        `${where}: ${m.csvBadCell({ column: 'month', expected: 'YYYY-MM', value: excerpt(month, VALUE_COLUMNS) })}`,
      );
    else if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
      problems.push(
        `${where}: ${m.csvBadCell({ column: 'date', expected: 'YYYY-MM-DD', value: excerpt(date, VALUE_COLUMNS) })}`,
      );
    else if (!/^\d+(\.\d+)?$/.test(amount))
      problems.push(
        `${where}: ${m.csvBadCell({ column: 'amount', expected: '12345.67', value: excerpt(amount, VALUE_COLUMNS) })}`,
      );
    else rows.push({ line: i + 1, month, date, amount });
  }
  if (columns === undefined) throw new CliError(m.csvEmpty({ file }), EXIT.usage);
  if (problems.length > 0) {
    throw new CliError(m.csvInvalid({ file, count: problems.length }), EXIT.usage, problems);
  }
  return rows;
}

/** Writes a text file the user named (`-o`), or a CliError (exit code 2). */
export async function writeTextFile(ctx: Context, file: string, text: string): Promise<void> {
  try {
    await writeFile(resolvePath(ctx, file), text, 'utf8');
  } catch (error) {
    throw new CliError(ctx.m.cannotWrite({ file, detail: (error as Error).message }), EXIT.usage);
  }
}
