/**
 * Reading a definition's text: YAML, or JSON held to JSON's own grammar, into a plain value and a
 * {@link Locator} for its issues, within the limits on its size (bytes, nesting, keys). Every step
 * is linear in the length of the text: the size is checked before anything is parsed, the nesting
 * and the number of keys on the parser's syntax tree before the document is built (which recurses
 * once per level), and duplicate keys with one set per mapping (the YAML library's own check
 * compares every key with every other).
 */
import { Composer, type Document, isMap, isScalar, isSeq, LineCounter, type Node, Parser } from 'yaml';
import type { Limits } from '../limits/limits.js';
import type { IssueList } from './issues.js';
import { findJsonSyntaxError } from './json-syntax.js';
import { Locator } from './locator.js';
import { measureShape } from './text-shape.js';

/** A definition read from text: its value, and where each path of it is. */
export interface TextSource {
  value: unknown;
  locator: Locator;
}

/**
 * The length of a text in UTF-8 bytes, without encoding it.
 *
 * @example
 * [utf8Length('abc'), utf8Length('合同'), utf8Length('😀')]
 * //=> [3, 6, 4]
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Line and column of an offset in a text (1-based). */
function lineColumn(lines: LineCounter, offset: number): { line: number; column: number } {
  const pos = lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/** Adds the last issue's position. */
function placeLast(issues: IssueList, position: { line: number; column: number } | undefined): void {
  if (position === undefined) return;
  const last = issues.items.pop()!;
  issues.items.push({ ...last, ...position });
}

/** Counts the lines of a text up to an offset (for the JSON checker's errors, before any YAML parse). */
function positionIn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * Reads a definition's text within `limits`; every problem goes to `issues` (with its line and
 * column when it has one), and the result is undefined when the text cannot be read.
 *
 * @example
 * readDefinitionText('a: 1\na: 2\n', DEFAULT_LIMITS, issues)
 * //=> undefined (issues: 2:1: YAML syntax error: Map keys must be unique: "a" is already a key at line 1, column 1)
 */
export function readDefinitionText(text: string, limits: Limits, issues: IssueList): TextSource | undefined {
  const bytes = utf8Length(text);
  if (bytes > limits.contractBytes) {
    issues.error('limit_exceeded', { limit: 'contractBytes', actual: bytes, max: limits.contractBytes }, []);
    return undefined;
  }
  const trimmed = text.trimStart();
  const looksJson = trimmed.startsWith('{') || trimmed.startsWith('[');
  if (looksJson) {
    // JSON text: held to JSON's own grammar (YAML would accept more), positions from the YAML reader.
    const error = findJsonSyntaxError(text, limits.contractDepth);
    if (error !== undefined) {
      if (error.expected === 'less-nesting') {
        issues.error(
          'limit_exceeded',
          { limit: 'contractDepth', actual: limits.contractDepth, max: limits.contractDepth, atLeast: true },
          [],
        );
      } else {
        const found = error.offset < text.length ? JSON.stringify(text[error.offset]) : null;
        issues.error('contract_json_syntax', { expected: error.expected, found }, []);
      }
      placeLast(issues, positionIn(text, error.offset));
      return undefined;
    }
  }
  const syntaxCode = looksJson ? 'contract_json_syntax' : 'contract_yaml_syntax';
  const lines = new LineCounter();
  const tokens = [...new Parser(lines.addNewLine).parse(text)];
  const shape = measureShape(tokens, limits.contractDepth, limits.contractKeys);
  if (shape.tooDeepAt >= 0 || shape.tooManyAt >= 0) {
    if (shape.tooDeepAt >= 0) {
      issues.error(
        'limit_exceeded',
        { limit: 'contractDepth', actual: shape.depth, max: limits.contractDepth },
        [],
      );
      placeLast(issues, lineColumn(lines, shape.tooDeepAt));
    }
    if (shape.tooManyAt >= 0) {
      issues.error(
        'limit_exceeded',
        { limit: 'contractKeys', actual: shape.entries, max: limits.contractKeys },
        [],
      );
      placeLast(issues, lineColumn(lines, shape.tooManyAt));
    }
    return undefined;
  }
  const composer = new Composer({ uniqueKeys: false });
  const docs = [...composer.compose(tokens, true, text.length)];
  const doc = docs[0]!;
  const errors = [...doc.errors];
  if (docs.length > 1) {
    issues.error(syntaxCode, { detail: 'Source contains multiple documents' }, []);
    placeLast(issues, lineColumn(lines, docs[1]!.range[0]));
  }
  for (const error of errors) {
    issues.error(syntaxCode, { detail: error.message.split('\n')[0]! }, []);
    placeLast(issues, lineColumn(lines, error.pos[0]));
  }
  if (errors.length === 0) duplicateKeys(doc, lines, syntaxCode, issues);
  if (issues.hasErrors) return undefined;
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    issues.error(syntaxCode, { detail: (error as Error).message }, []);
    return undefined;
  }
  return { value, locator: new Locator(doc, lines) };
}

/** A key as a message quotes it: JSON, cut to 40 characters. */
function quoteKey(key: string): string {
  return JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key);
}

/**
 * Reports every key given twice in one mapping (they would read as one property, the later value
 * silently winning): one set of key texts per mapping, so linear in the number of keys.
 */
function duplicateKeys(
  doc: Document,
  lines: LineCounter,
  code: 'contract_yaml_syntax' | 'contract_json_syntax',
  issues: IssueList,
): void {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Map<string, Node>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key)) {
          const name = String(key.value);
          const first = seen.get(name);
          if (first === undefined) seen.set(name, key);
          else {
            const at = lineColumn(lines, first.range?.[0] ?? 0);
            issues.error(
              code,
              {
                detail: `Map keys must be unique: ${quoteKey(name)} is already a key at line ${at.line}, column ${at.column}`,
              },
              [],
            );
            placeLast(
              issues,
              key.range === undefined || key.range === null ? undefined : lineColumn(lines, key.range[0]),
            );
          }
        } else if (key !== null && typeof key === 'object') stack.push(key);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
}
