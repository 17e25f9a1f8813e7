/** Running the built `contract-terms` binary and comparing what it prints with committed transcripts. */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { expect } from 'vitest';
import { LONG_TESTS } from '../support/long-tests.js';

export const root = join(import.meta.dirname, '../..');
export const cli = join(root, 'dist/cli.js');
export const CONTRACT = 'examples/customer-service.contract.yaml';
export const TICKETS = 'examples/tickets.jsonl';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a run: the caller's, without the variables that change what the command prints. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.CONTRACT_TERMS_LANG;
  delete env.CONTRACT_TERMS_DEBUG;
  delete env.CONTRACT_TERMS_REPORT_RSS;
  return { ...env, ...extra };
}

/**
 * Runs `node dist/cli.js ...args` in the repository root. By default (not a long run) a run that
 * needs no process of its own (no file descriptor for standard output, no node flags) calls the
 * command's `main` in this process instead, with the same arguments, input and environment: a
 * hundred node start-ups were most of the quick test run. The long run (CI) starts the built
 * binary every time. A run with `--workers` always gets its own process: its worker threads load
 * dist/cli-worker.js next to the built binary, which the command in this process (from src) has not.
 */
export function run(
  args: readonly string[],
  options: { input?: string; env?: Record<string, string>; stdoutFile?: number; nodeArgs?: string[] } = {},
): Promise<Run> {
  if (
    !LONG_TESTS &&
    options.stdoutFile === undefined &&
    options.nodeArgs === undefined &&
    !args.includes('--workers')
  )
    return runInProcess(args, options);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), cli, ...args], {
      cwd: root,
      env: cleanEnv(options.env),
      stdio: ['pipe', options.stdoutFile ?? 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin!.end(options.input ?? '');
  });
}

/** `main` called in this process, with standard input, output and error as in-memory streams. */
async function runInProcess(
  args: readonly string[],
  options: { input?: string; env?: Record<string, string> },
): Promise<Run> {
  const { main } = await import('../../src/cli/main.js');
  let stdout = '';
  let stderr = '';
  const collect = (append: (text: string) => void) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        append(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
        done();
      },
    });
  const out = collect((text) => {
    stdout += text;
  });
  const err = collect((text) => {
    stderr += text;
  });
  const stdin = Readable.from([options.input ?? '']);
  const code = await main(args, { stdout: out, stderr: err, stdin, cwd: root, env: cleanEnv(options.env) });
  return { code, stdout, stderr };
}

/** The time a run took and its rate, which vary from run to run, as placeholders. */
export function withoutTiming(text: string): string {
  return text
    .replace(/^in \d+\.\d s \([\d,]+ tickets\/s\)$/gm, 'in <seconds> s (<rate> tickets/s)')
    .replace(/^用时 \d+\.\d 秒(每秒 [\d,]+ 张)$/gm, '用时 <seconds> 秒(每秒 <rate> 张)');
}

/** A run as text: the command, its exit code, standard output and standard error (timing as placeholders). */
export function transcript(args: readonly string[], result: Run, stdout = result.stdout): string {
  const quoted = args.map((a) => (/^[\w./:@=+-]+$/.test(a) ? a : `"${a}"`)).join(' ');
  return `$ contract-terms ${quoted}\nexit code: ${result.code}\n--- stdout\n${stdout}--- stderr\n${withoutTiming(result.stderr)}`;
}

/**
 * Compares a transcript with tests/cli/expected/<name>.txt. With UPDATE_EXPECTED=1 the file is
 * (re)written instead: review the diff before committing it.
 */
export function expectTranscript(name: string, text: string): void {
  const file = join(root, 'tests/cli/expected', `${name}.txt`);
  if (process.env.UPDATE_EXPECTED === '1' || !existsSync(file)) {
    if (process.env.UPDATE_EXPECTED !== '1') {
      throw new Error(`missing ${file}: run UPDATE_EXPECTED=1 npx vitest run tests/cli to create it`);
    }
    writeFileSync(file, text);
    return;
  }
  expect(text).toBe(readFileSync(file, 'utf8'));
}

/** The lines of a JSON Lines output, parsed. */
export function jsonLines(text: string): Array<Record<string, unknown>> {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** No stack trace: no "    at " frames and no "Error:" headers of a thrown exception. */
export function expectNoStackTrace(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
  expect(stderr).not.toMatch(/^\w*Error: /m);
}
