/**
 * Reading a definition: YAML text, JSON text or a plain object; structural validation with zod;
 * then the assembler's checks. Every problem comes back at once, with its path, and with its line
 * and column when the input was text.
 */
import type { z } from 'zod';
import {
  CalendarCoverageError,
  ContractError,
  ContractTermsError,
  type IssuePath,
} from '../errors/errors.js';
import { schemaFormatOf } from '../errors/messages.js';
import { type Limits, resolveLimits } from '../limits/limits.js';
import { addMonthsClamped, formatCivilDate } from '../time/civil-date.js';
import { assemble } from './assemble.js';
import { Contract } from './contract.js';
import { type ContractIssue, IssueList } from './issues.js';
import type { Locator } from './locator.js';
import { contractSchema } from './schema.js';
import { readDefinitionText } from './text.js';
import { checkValueLimits } from './value-limits.js';

/** Options of {@link parseContract} and {@link safeParseContract}. */
export interface ParseContractOptions {
  /** Treat warnings as errors (the definition is refused when it has any). */
  strict?: boolean;
  /**
   * Reads a file the definition names: the notices of a China calendar
   * (`calendars: { cn: { type: china, notices: [notices/2027.txt] } }`). The library reads no file
   * itself; the CLI reads them relative to the contract file. Without it, a definition that names
   * notice files is refused with an issue saying so.
   */
  readFile?: (name: string) => string;
  /**
   * Limits to change (the others keep their defaults; see `docs/limits.md`): those on the
   * definition apply while it is read, those on tickets (`ticketEvents`, `conditionSteps`,
   * `explanationPauses`) to every evaluation of the contract.
   */
  limits?: Partial<Limits>;
}

/** The result of {@link safeParseContract}. */
export type SafeParseContractResult =
  | { ok: true; contract: Contract; warnings: ContractIssue[] }
  | { ok: false; issues: ContractIssue[] };

interface Source {
  value: unknown;
  /** Finds the line and column of a path (text input only). */
  locator?: Locator;
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

/** A non-finite number as YAML writes it. */
function yamlNumber(value: number): string {
  return Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
}

/** What a schema issue expected, for a message about a value of the wrong kind. */
function expectedOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return issue.expected;
  if (issue.code === 'invalid_union') {
    const expected = issue.errors.flatMap((errors) =>
      errors
        .filter((e) => e.code === 'invalid_type' && e.path.length === 0)
        .map((e) => (e as { expected: string }).expected),
    );
    if (expected.length > 0) return [...new Set(expected)].join('|');
  }
  return 'number';
}

function describe(value: unknown): string {
  const { kind, sample } = kindOf(value);
  return sample === undefined ? kind : `${kind} ${sample}`;
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
    if (typeof value === 'number' && !Number.isFinite(value)) {
      // YAML's .nan and .inf: say so, rather than "expected a number, got a number".
      issues.error('schema_not_finite', { value: yamlNumber(value), expected: expectedOf(issue) }, path);
      continue;
    }
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
          {
            options: issue.values.map((v) => JSON.stringify(v)).join(', '),
            ...(value === undefined ? {} : { received: kindOf(value).sample ?? kindOf(value).kind }),
          },
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
            {
              options: withOptions.options.map((v) => JSON.stringify(v)).join(', '),
              ...(value === undefined ? {} : { received: kindOf(value).sample ?? kindOf(value).kind }),
            },
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
        // The branch whose type matched: its issues are not a mismatch at the union itself (a wrong
        // type, or a literal such as "24x7" when an object was given); else the first that is not a
        // wrong type.
        const atRoot = (errors: readonly z.core.$ZodIssue[], codes: readonly string[]) =>
          errors.some((e) => codes.includes(e.code) && e.path.length === 0);
        const branch =
          issue.errors.find(
            (errors) => !atRoot(errors, ['invalid_type', 'invalid_value', 'invalid_union']),
          ) ?? issue.errors.find((errors) => !atRoot(errors, ['invalid_type']));
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
  let limits: Limits;
  try {
    limits = resolveLimits(options.limits);
  } catch (error) {
    if (!(error instanceof ContractTermsError)) throw error;
    issues.fromError(error, ['limits']);
    return { issues: issues.items };
  }
  let source: Source | undefined;
  let definitionText: string | undefined;
  if (typeof input === 'string') {
    definitionText = input;
    const text = readDefinitionText(input, limits, issues);
    if (text !== undefined) source = { value: text.value, locator: text.locator };
  } else if (typeof input === 'object' && input !== null && !Array.isArray(input)) source = { value: input };
  else issues.error('contract_input', { received: describe(input) }, []);
  let contract: Contract | undefined;
  // Within its limits (targets, calendars, windows, strings; nesting and keys of an object) before
  // the schema walks it.
  const withinLimits =
    source !== undefined &&
    (typeof source.value !== 'object' ||
      source.value === null ||
      Array.isArray(source.value) ||
      checkValueLimits(source.value, limits, issues));
  if (source !== undefined && withinLimits) {
    const parsed = contractSchema.safeParse(source.value);
    if (!parsed.success) {
      if (typeof source.value !== 'object' || source.value === null || Array.isArray(source.value)) {
        issues.error('contract_input', { received: describe(source.value) }, []);
      } else schemaIssues(parsed.error.issues, source.value, [], issues);
    } else {
      const assembled = assemble(parsed.data, issues, options.readFile, limits);
      if (assembled !== undefined) {
        const candidate = new Contract(assembled, [], limits, definitionText);
        warnUncoveredPayments(candidate, issues);
        if (!(options.strict && issues.items.length > 0)) contract = candidate;
      }
    }
  }
  const locator = source?.locator;
  const located = issues.items.map((issue) => {
    if (locator === undefined || issue.line !== undefined) return issue;
    const atKey =
      issue.code === 'schema_unknown_field' ||
      issue.code === 'duplicate_id' ||
      issue.code === 'limit_exceeded';
    const pos = locator.locate(issue.path, atKey);
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
