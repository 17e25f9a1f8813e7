/**
 * Runs documentation examples: every `@example` of the TSDoc in src/ and every TypeScript block of
 * the README, compared with the `//=>` results they promise.
 *
 * The conventions an example follows:
 * - `//=> value` after an expression (or a statement such as `try { ... } catch (e) { e.message }`,
 *   whose completion value counts): the value is a JavaScript literal (strings, numbers, bigints,
 *   arrays, objects, `null`, `undefined`), optionally followed by a comment in parentheses;
 *   following lines starting with `//` continue it.
 * - `//=> throws ErrorName 'message'`: the code throws that error (name, and message when given).
 * - An actual object may hold more fields than the example shows (it is compared as a subset); `...`
 *   or `…` in a list stands for elements left out, and a string ending in `…` for the rest of it.
 * - A line `code; // throws ErrorName: ...` promises that the code throws that error.
 * - A TSDoc example sees every export of the package and of its own module, plus the setup of
 *   `SETUP` (tests/docs-examples.test.ts); README blocks run in order, sharing one scope, after the
 *   README's own setup. A README block fenced as ```` ```ts no-run (reason) ```` is not run; one
 *   right below an HTML comment `<!-- example setup: ... -->` runs that code first (hidden from
 *   readers: data the block uses without showing where it comes from).
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** One example: where it is, its code split at each promised result. */
export interface DocExample {
  /** `src/billing/money.ts:123` or `README.md:57`. */
  where: string;
  /** The file it is in (relative to the repository). */
  file: string;
  /** The code before each result, and the result as written. */
  steps: Array<{ code: string; expected: string | undefined }>;
}

/** The `@example` blocks of a TypeScript file. */
export function tsdocExamples(file: string, text: string): DocExample[] {
  const out: DocExample[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example\b/.test(lines[i]!)) continue;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (/^\s*\*\//.test(line) || /^\s*\*\s*@\w+/.test(line)) break;
      body.push(line.replace(/^\s*\* ?/, ''));
    }
    const first = lines[i]!.replace(/^\s*\*\s*@example\b\s*/, '');
    if (first !== '') body.unshift(first);
    out.push({ where: `${file}:${i + 1}`, file, steps: splitSteps(body) });
    i = j - 1;
  }
  return out;
}

/** The TypeScript blocks of a Markdown file, with whether each runs (```ts no-run skips one). */
export function markdownExamples(file: string, text: string): Array<DocExample & { run: boolean }> {
  const out: Array<DocExample & { run: boolean }> = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*```(ts|typescript)\b(.*)$/.exec(lines[i]!);
    if (open === null) continue;
    const indent = /^\s*/.exec(lines[i]!)![0].length;
    const body: string[] = [...hiddenSetup(lines, i)];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]!); j++) body.push(lines[j]!.slice(indent));
    out.push({
      where: `${file}:${i + 1}`,
      file,
      run: !/\bno-run\b/.test(open[2]!),
      steps: splitSteps(body),
    });
    i = j;
  }
  return out;
}

/**
 * The hidden setup of the block whose fence is line `fence`: an HTML comment right above it,
 * `<!-- example setup:` then code lines, then `-->` (the reader does not see it; the test runs it).
 */
function hiddenSetup(lines: readonly string[], fence: number): string[] {
  let end = fence - 1;
  while (end >= 0 && lines[end]!.trim() === '') end--;
  if (end < 0 || lines[end]!.trim() !== '-->') return [];
  let start = end - 1;
  while (start >= 0 && !/^\s*<!--\s*example setup:/.test(lines[start]!)) start--;
  if (start < 0) return [];
  const first = lines[start]!.replace(/^\s*<!--\s*example setup:/, '');
  return [first, ...lines.slice(start + 1, end)].filter((line) => line.trim() !== '');
}

function splitSteps(body: readonly string[]): DocExample['steps'] {
  const steps: DocExample['steps'] = [];
  let code: string[] = [];
  for (let i = 0; i < body.length; i++) {
    const line = body[i]!;
    const throws = /^(\s*\S.*?)\s*\/\/\s*throws\s+(\w+)/.exec(line);
    if (throws !== null && !/^\s*\/\//.test(line)) {
      // `cn.isWorkingDay('2027-01-04'); // throws CalendarCoverageError: ...`
      code.push(throws[1]!);
      steps.push({ code: code.join('\n'), expected: `throws ${throws[2]}` });
      code = [];
      continue;
    }
    const inline = /^(\s*\S.*?)\s*\/\/=>\s?(.*)$/.exec(line);
    if (inline !== null && !/^\s*\/\//.test(line)) {
      // `phone.isOpen(...); //=> true` on one line
      code.push(inline[1]!);
      steps.push({ code: code.join('\n'), expected: inline[2]!.trim() });
      code = [];
      continue;
    }
    const result = /^\s*\/\/=>\s?(.*)$/.exec(line);
    if (result === null) {
      code.push(line);
      continue;
    }
    const expected = [result[1]!];
    while (i + 1 < body.length && /^\s*\/\/(?!=>)/.test(body[i + 1]!)) {
      expected.push(body[++i]!.replace(/^\s*\/\/\s?/, ''));
    }
    steps.push({ code: code.join('\n'), expected: expected.join('\n').trim() });
    code = [];
  }
  if (code.join('').trim() !== '') steps.push({ code: code.join('\n'), expected: undefined });
  return steps;
}

/** What a `//=>` promises. */
export type Expectation =
  | { kind: 'value'; value: unknown }
  | { kind: 'throws'; name: string; message: string | undefined }
  | { kind: 'unreadable'; text: string };

/** What a list's `...` reads as: the elements left out there (see {@link matchesExpected}). */
export const ELIDED = '\u0000elided';

/**
 * Whether `actual` is what `expected` promises: equal; or an object holding at least the fields
 * shown; or a list whose elisions stand for any elements; or a text that begins as shown (`…`).
 */
export function matchesExpected(actual: unknown, expected: unknown): boolean {
  if (Object.is(actual, expected)) return true;
  if (typeof expected === 'string' && typeof actual === 'string' && expected.endsWith('…'))
    return actual.startsWith(expected.slice(0, -1));
  if (typeof expected !== 'object' || expected === null || typeof actual !== 'object' || actual === null)
    return false;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return false;
    const cut = expected.indexOf(ELIDED);
    if (cut < 0)
      return actual.length === expected.length && expected.every((e, i) => matchesExpected(actual[i], e));
    const head = expected.slice(0, cut);
    const tail = expected.slice(cut + 1);
    return (
      actual.length >= head.length + tail.length &&
      head.every((e, i) => matchesExpected(actual[i], e)) &&
      tail.every((e, i) => matchesExpected(actual[actual.length - tail.length + i], e))
    );
  }
  return Object.entries(expected).every(([key, value]) =>
    matchesExpected((actual as Record<string, unknown>)[key], value),
  );
}

/** The value of a literal, which may name the scope's constants (`ABSENT`). */
const literal = (text: string, scope: object): unknown =>
  new Function('__scope', `with (__scope) { return (${text}); }`)(scope);

/** Reads a promised result: a literal, maybe followed by a comment in parentheses; or `throws`. */
export function readExpectation(text: string, scope: object = {}): Expectation {
  const thrown = /^throws\s+(\w+)(?:\s*:)?(?:\s+(.*))?$/s.exec(text);
  if (thrown !== null) {
    const rest = thrown[2]?.trim();
    let message: string | undefined;
    if (rest !== undefined && rest !== '') {
      try {
        const value = literal(rest, scope);
        message = typeof value === 'string' ? value : undefined;
      } catch {
        message = undefined;
      }
    }
    return { kind: 'throws', name: thrown[1]!, message };
  }
  // Elisions: `[a, b, ...]`, `[a, ..., z]`, `{ a: 1, ... }` (see ELIDED).
  text = text
    .replace(/,\s*(?:\.\.\.|…)\s*(?=[\],])/g, `, '${ELIDED}'`)
    .replace(/,\s*(?:\.\.\.|…)\s*(?=\})/g, '');
  const candidates = [text];
  // A comment after the value: `true (a make-up working Saturday)`.
  for (let i = text.length - 1; i > 0; i--) {
    if (text[i] === '(' && /\s/.test(text[i - 1]!) && text.trimEnd().endsWith(')'))
      candidates.push(text.slice(0, i).trim());
  }
  for (const candidate of candidates) {
    try {
      return { kind: 'value', value: literal(candidate, scope) };
    } catch {
      // try the next reading
    }
  }
  return { kind: 'unreadable', text };
}

/** TypeScript to JavaScript statements that declare with `var` (so later steps see them). */
export function toScript(code: string): string {
  // Imports are provided by the scope (the package's exports, readFileSync).
  code = code.replace(/^\s*import\s[^;]*?from\s+['"][^'"]+['"];?\s*$/gms, '');
  const js = ts.transpile(code, { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None });
  return js.replace(/^(\s*)(?:const|let)\s/gm, '$1var ').replace(/^"use strict";\n?/, '');
}

/**
 * Runs steps in one scope and returns, for each, its completion value or the error it threw. A
 * step's value is the completion value of its statements (an expression, the value of a try or
 * catch block).
 */
export function runSteps(
  steps: readonly string[],
  scope: Record<string, unknown>,
): Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> {
  const run = new Function(
    '__scope',
    '__steps',
    // One function scope for all steps: a `var` one step declares is seen by the next.
    'var __out = []; with (__scope) { for (var __i = 0; __i < __steps.length; __i++) { try { __out.push({ ok: true, value: eval(__steps[__i]) }); } catch (__e) { __out.push({ ok: false, error: __e }); } } } return __out;',
  ) as (scope: object, steps: readonly string[]) => ReturnType<typeof runSteps>;
  return run(scope, steps);
}

/** A file's text. */
export function read(path: string): string {
  return readFileSync(path, 'utf8');
}
