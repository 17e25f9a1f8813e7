/**
 * Reading a definition: YAML text, JSON text or a plain object; structural validation with zod;
 * then the assembler's checks. Every problem comes back at once, with its path, and with its line
 * and column when the input was text.
 */
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { z } from 'zod';
import { CalendarCoverageError, ContractError, type IssuePath } from '../errors/errors.js';
import { schemaFormatOf } from '../errors/messages.js';
import { addMonthsClamped, formatCivilDate } from '../time/civil-date.js';
import { assemble } from './assemble.js';
import { Contract } from './contract.js';
import { type ContractIssue, IssueList } from './issues.js';
import { findJsonSyntaxError } from './json-syntax.js';
import { contractSchema } from './schema.js';

/** Options of {@link parseContract} and {@link safeParseContract}. */
export interface ParseContractOptions {
  /** Treat warnings as errors (the definition is refused when it has any). */
  strict?: boolean;
}

/** The result of {@link safeParseContract}. */
export type SafeParseContractResult =
  | { ok: true; contract: Contract; warnings: ContractIssue[] }
  | { ok: false; issues: ContractIssue[] };

interface Source {
  value: unknown;
  /** Finds the line and column of a path (text input only). */
  locate?: (path: IssuePath, atKey: boolean) => { line: number; column: number } | undefined;
}

/** The kind of a value, as the messages name it, and a short sample of it. */
function kindOf(value: unknown): { kind: string; sample?: string } {
  if (value === null) return { kind: 'null' };
  if (Array.isArray(value)) return { kind: 'array' };
  if (typeof value === 'string')
    return { kind: 'string', sample: JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value) };
  if (typeof value === 'number') return { kind: 'number', sample: String(value) };
  return { kind: typeof value };
}

function describe(value: unknown): string {
  const { kind, sample } = kindOf(value);
  return sample === undefined ? kind : `${kind} ${sample}`;
}

/** Line and column of an offset in a text (1-based). */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

function readText(text: string, issues: IssueList): Source | undefined {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    // JSON text: held to JSON's own grammar (YAML would accept more), positions from the YAML reader.
    const error = findJsonSyntaxError(text);
    if (error !== undefined) {
      const found = error.offset < text.length ? JSON.stringify(text[error.offset]) : null;
      issues.error('contract_json_syntax', { expected: error.expected, found }, []);
      const last = issues.items.pop()!;
      issues.items.push({ ...last, ...lineColumn(text, error.offset) });
      return undefined;
    }
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const looksJson = trimmed.startsWith('{') || trimmed.startsWith('[');
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const pos = error.linePos?.[0];
      const code = looksJson ? 'contract_json_syntax' : 'contract_yaml_syntax';
      issues.error(
        code,
        { detail: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') },
        [],
      );
      const last = issues.items.pop()!;
      issues.items.push(pos === undefined ? last : { ...last, line: pos.line, column: pos.col });
    }
    return undefined;
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    issues.error('contract_yaml_syntax', { detail: (error as Error).message }, []);
    return undefined;
  }
  const locate = (path: IssuePath, atKey: boolean) => {
    let node: Node | null | undefined = doc.contents as Node | null;
    let keyNode: Node | undefined;
    for (const key of path) {
      keyNode = undefined;
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
        if (pair === undefined) break;
        keyNode = pair.key as Node;
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (item === undefined) break;
        node = item;
      } else {
        break;
      }
    }
    const target = atKey && keyNode !== undefined ? keyNode : (node ?? keyNode);
    const offset = target?.range?.[0];
    if (offset === undefined) return undefined;
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  return { value, locate };
}

function valueAt(root: unknown, path: IssuePath): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

const AMOUNT_KEYS = new Set(['amount', 'price']);

/** Translates zod issues into contract issues (recursing into the most plausible union branch). */
function schemaIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  root: unknown,
  base: IssuePath,
  issues: IssueList,
): void {
  for (const issue of zodIssues) {
    const path = [...base, ...(issue.path as Array<string | number>)];
    const value = valueAt(root, path);
    // A late-fee cap that is neither shape: say which shapes there are (both shorthand and objects).
    if (
      path.length === 2 &&
      path[0] === 'lateFee' &&
      path[1] === 'cap' &&
      (issue.code === 'invalid_union' || issue.code === 'invalid_type') &&
      (typeof value !== 'object' || value === null || Array.isArray(value))
    ) {
      issues.error('late_fee_cap_form', { input: JSON.stringify(value) ?? String(value) }, path);
      continue;
    }
    switch (issue.code) {
      case 'invalid_type': {
        const expected = issue.expected;
        if (value === undefined) issues.error('schema_required', { expected }, path);
        else if (typeof value === 'number' && AMOUNT_KEYS.has(String(path[path.length - 1]))) {
          issues.error('amount_not_exact', { input: String(value) }, path);
        } else {
          const { kind, sample } = kindOf(value);
          issues.error(
            'schema_invalid_type',
            { expected, received: kind, ...(sample === undefined ? {} : { sample }) },
            path,
          );
        }
        break;
      }
      case 'unrecognized_keys':
        for (const key of issue.keys) issues.error('schema_unknown_field', { key }, [...path, key]);
        break;
      case 'invalid_value':
        issues.error(
          'schema_invalid_value',
          { options: issue.values.map((v) => JSON.stringify(v)).join(', ') },
          path,
        );
        break;
      case 'too_small':
        issues.error(
          'schema_too_small',
          {
            minimum: String(issue.minimum),
            what: issue.origin === 'array' ? 'items' : issue.origin === 'string' ? 'characters' : 'the value',
          },
          path,
        );
        break;
      case 'too_big':
        issues.error(
          'schema_too_big',
          {
            maximum: String(issue.maximum),
            what: issue.origin === 'array' ? 'items' : issue.origin === 'string' ? 'characters' : 'the value',
          },
          path,
        );
        break;
      case 'invalid_union': {
        const withOptions = issue as { options?: unknown[]; note?: string };
        if (withOptions.options !== undefined && withOptions.note !== undefined) {
          issues.error(
            'schema_invalid_value',
            { options: withOptions.options.map((v) => JSON.stringify(v)).join(', ') },
            path,
          );
          break;
        }
        const expected = [
          ...new Set(
            issue.errors
              .flatMap((errors) => errors.filter((e) => e.code === 'invalid_type' && e.path.length === 0))
              .map((e) => (e as { expected: string }).expected),
          ),
        ];
        if (value === undefined) {
          issues.error('schema_required', { expected: expected.join('|') }, path);
          break;
        }
        // The branch whose type matched (its issues are not a type mismatch at the union itself).
        const branch = issue.errors.find(
          (errors) => !errors.some((e) => e.code === 'invalid_type' && e.path.length === 0),
        );
        if (branch !== undefined) schemaIssues(branch, root, path, issues);
        else issues.error('schema_no_variant', { expected, received: kindOf(value).kind }, path);
        break;
      }
      case 'custom': {
        // A field required only in some forms (a target's `within`, unless it has a table).
        const required = (issue.params as { required?: string } | undefined)?.required;
        if (required !== undefined) issues.error('schema_required', { expected: required }, path);
        else
          issues.error(
            'schema_format',
            { detail: issue.message, format: schemaFormatOf(issue.message) },
            path,
          );
        break;
      }
      default:
        issues.error('schema_format', { detail: issue.message, format: schemaFormatOf(issue.message) }, path);
    }
  }
}

/**
 * Warns when a payment's due date needs a year the calendar does not cover (the last month's fee is
 * often due after the term ends), naming the first such payment.
 */
function warnUncoveredPayments(contract: Contract, issues: IssueList): void {
  const billing = contract.billing;
  if (billing === undefined || billing.schedule.length === 0) return;
  try {
    contract.paymentSchedule();
  } catch (error) {
    if (!(error instanceof CalendarCoverageError) || error.year === undefined) return;
    let month = '';
    for (let day = billing.termStart; day <= billing.termEnd; day = addMonthsClamped(day, 1)) {
      const m = formatCivilDate(day).slice(0, 7);
      try {
        contract.paymentSchedule({ from: m, to: m });
      } catch {
        month = m;
        break;
      }
    }
    issues.warning(
      'payment_due_not_covered',
      {
        calendar: String(error.params.calendar),
        year: error.year,
        month: month || formatCivilDate(billing.termEnd).slice(0, 7),
      },
      ['payment', 'schedule'],
    );
  }
}

function check(
  input: unknown,
  options: ParseContractOptions,
): { contract?: Contract; issues: ContractIssue[] } {
  const issues = new IssueList();
  let source: Source | undefined;
  if (typeof input === 'string') source = readText(input, issues);
  else if (typeof input === 'object' && input !== null && !Array.isArray(input)) source = { value: input };
  else issues.error('contract_input', { received: describe(input) }, []);
  let contract: Contract | undefined;
  if (source !== undefined) {
    const parsed = contractSchema.safeParse(source.value);
    if (!parsed.success) {
      if (typeof source.value !== 'object' || source.value === null || Array.isArray(source.value)) {
        issues.error('contract_input', { received: describe(source.value) }, []);
      } else schemaIssues(parsed.error.issues, source.value, [], issues);
    } else {
      const assembled = assemble(parsed.data, issues);
      if (assembled !== undefined) {
        const candidate = new Contract(assembled, []);
        warnUncoveredPayments(candidate, issues);
        if (!(options.strict && issues.items.length > 0)) contract = candidate;
      }
    }
  }
  const locate = source?.locate;
  const located = issues.items.map((issue) => {
    if (locate === undefined || issue.line !== undefined) return issue;
    const atKey = issue.code === 'schema_unknown_field' || issue.code === 'duplicate_id';
    const pos = locate(issue.path, atKey);
    return pos === undefined ? issue : { ...issue, ...pos };
  });
  // Report in reading order when positions are known (problems without a line keep their place at the end).
  located.sort(
    (a, b) =>
      (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
  if (contract !== undefined)
    contract.warnings.splice(0, contract.warnings.length, ...located.filter((i) => i.severity === 'warning'));
  return contract === undefined ? { issues: located } : { contract, issues: located };
}

/**
 * Reads a contract definition (YAML text, JSON text or an object) without throwing: the contract and
 * its warnings, or every issue found.
 *
 * @example
 * const result = safeParseContract('schemaVersion: 1\nid: demo\n');
 * result.ok ? [] : result.issues.map((issue) => issue.path.join('.'))
 * //=> ['title', 'parties', 'signedOn', 'term', 'timeZone', 'hours', 'scope', 'targets']
 */
export function safeParseContract(
  input: unknown,
  options: ParseContractOptions = {},
): SafeParseContractResult {
  try {
    const { contract, issues } = check(input, options);
    return contract !== undefined
      ? { ok: true, contract, warnings: contract.warnings }
      : { ok: false, issues };
  } catch (error) {
    // Nothing in the checks is meant to throw; if something does, say so instead of crashing the caller.
    const issues = new IssueList();
    issues.error('internal_error', { detail: error instanceof Error ? error.message : String(error) }, []);
    return { ok: false, issues: issues.items };
  }
}

/**
 * Reads a contract definition (YAML text, JSON text or an object); throws {@link ContractError} with
 * every issue when it cannot be used.
 *
 * @example
 * const contract = parseContract(readFileSync('examples/customer-service.contract.yaml', 'utf8'));
 * contract.targets.map((t) => t.id).slice(0, 2)
 * //=> ['chat-first-response', 'email-first-reply']
 */
export function parseContract(input: unknown, options: ParseContractOptions = {}): Contract {
  const result = safeParseContract(input, options);
  if (result.ok) return result.contract;
  throw new ContractError(result.issues);
}
