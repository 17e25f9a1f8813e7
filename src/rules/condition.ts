/**
 * Conditions: which tickets a service-level target applies to, written as JSON Logic
 * (https://jsonlogic.com) over ticket fields. Conditions come from contract definitions and are
 * UNTRUSTED input, so this module does not hand them to json-logic-js. It validates an expression
 * once, against an allow-list of operations and bounds on its size, and compiles it to closures
 * over a small evaluator of its own that follows json-logic-js 2.0.5 for every allowed operation,
 * with these deliberate differences:
 *
 * - `==` is `===` and `!=` is `!==`. Loose equality coerces: `"1" == 1`, `[] == false`,
 *   `null == undefined` and `"" == 0` are all true in JavaScript, which lets a carelessly (or
 *   maliciously) written rule match tickets nobody meant it to. Comparisons (`<`, `>=`, ...) keep
 *   JavaScript's semantics, as in json-logic-js.
 * - No operation can reach a prototype or a function: operation names are looked up in a `Map`
 *   (json-logic-js's table is a plain object, and it also follows dotted names such as
 *   `"==.constructor"` into it), paths may not name `__proto__`, `constructor` or `prototype`, and
 *   a path lookup only ever reads own properties.
 * - The ticket fields are read through a copy: only plain JSON-like data is readable (see
 *   `readable` in values.ts); everything else reads as absent.
 * - `var`, `missing` and `missing_some` take literal paths only (no computed paths), so the
 *   variables a condition reads are known before it runs.
 * - Every evaluation has a work budget ({@link CONDITION_LIMITS}`.maxSteps`, or the `maxSteps`
 *   option): parts of the expression that do not depend on the ticket are computed once, when it is
 *   compiled (so a loop over literal arrays costs nothing per ticket), an `in` over a literal array
 *   is one lookup, and what remains is bounded by the budget, a few microseconds.
 *
 * json-logic-js's global operation table is never touched.
 */

import {
  ConditionError,
  type ConditionIssue,
  type ConditionIssueCode,
  InvalidArgumentError,
  type IssuePath,
} from '../errors/errors.js';
import { type MessageParams, renderMessage } from '../errors/messages.js';
import { DEFAULT_LIMITS } from '../limits/limits.js';
import {
  ABSENT,
  charSteps,
  contains,
  FORBIDDEN_NAMES,
  less,
  lookup,
  type Meter,
  readableFields,
  substr,
  toNum,
  toStr,
  truthy,
} from './values.js';

export type { ConditionIssue } from '../errors/errors.js';

/**
 * A JSON Logic expression as this library stores it: JSON data in which every object is an
 * operation (one key, the operation name).
 *
 * @example
 * const logic: ConditionLogic = { '==': [{ var: 'channel' }, 'email'] };
 * //=> logic.channel is read and compared with 'email'
 */
export type ConditionLogic =
  | null
  | boolean
  | number
  | string
  | readonly ConditionLogic[]
  | { readonly [operation: string]: ConditionLogic };

/**
 * The bounds every condition must keep.
 *
 * - `maxDepth`: nesting levels (each object and array is one level; `{"and": [...]}` is two);
 * - `maxNodes`: values in the whole expression (objects, arrays, and the values in them);
 * - `maxStringLength`: characters in one string;
 * - `maxPathSegments`: dot-separated names in one `var` or `missing` path;
 * - `maxSteps`: the default work budget of one evaluation (operations applied, array elements
 *   visited, ticket field values copied, and one step per 32 characters scanned or built); past it,
 *   `evaluate` throws a `ConditionError`. About 10 ns a step, so a few microseconds at most.
 *   The `maxSteps` option of {@link compileCondition} (a contract's `limits.conditionSteps`) changes it.
 * - `maxFoldSteps`: the work allowed to compute, once at compile time, the parts of an expression
 *   that do not depend on the ticket.
 *
 * @example
 * CONDITION_LIMITS.maxDepth
 * //=> 32
 */
export const CONDITION_LIMITS = Object.freeze({
  maxDepth: 32,
  maxNodes: 2000,
  maxStringLength: 1000,
  maxPathSegments: 8,
  maxSteps: DEFAULT_LIMITS.conditionSteps,
  maxFoldSteps: 1_000_000,
});

/**
 * Options of {@link compileCondition} and {@link safeCompileCondition}.
 *
 * @example
 * const options: CompileConditionOptions = { maxSteps: 5_000 };
 * //=> each evaluation may do up to 5,000 steps of work
 */
export interface CompileConditionOptions {
  /** The work budget of one evaluation, in steps (default 500, the `conditionSteps` limit). */
  maxSteps?: number;
}

/**
 * A validated condition, ready to be asked about tickets.
 *
 * @example
 * const c = compileCondition({ in: [{ var: 'priority' }, ['high', 'urgent']] });
 * [c.evaluate({ priority: 'urgent' }), c.variables]
 * //=> [true, ['priority']]
 */
export interface CompiledCondition {
  /** A deep-frozen copy of the expression as given (`==` stays `==` here; it runs as `===`). */
  readonly logic: ConditionLogic;
  /**
   * The paths the condition reads from the ticket fields (`'customer.tier'`), each once, in order
   * of appearance. Paths inside the per-element logic of `all`, `some`, `none`, `map` and `filter`
   * read the array elements, not the ticket, and are not listed; neither is a reference to the
   * whole ticket (`{"var": ""}`).
   */
  readonly variables: readonly string[];
  /**
   * What the condition's answer depends on: the top-level ticket fields it can read (`customer` for
   * `customer.tier`; the fields an `all`/`some`/... reads its array from), in order of appearance, or
   * `'all'` when it reads the ticket as a whole (`{"var": ""}` outside an element's logic). Two
   * tickets whose readable values of these fields are the same get the same answer, which is what
   * makes it safe to remember answers by these values.
   *
   * @example
   * [compileCondition({ some: [{ var: 'tags' }, { '==': [{ var: '' }, 'vip'] }] }).fieldsRead,
   *  compileCondition({ some: [{ merge: [{ var: '' }] }, { '==': [{ var: 'priority' }, 'high'] }] }).fieldsRead]
   * //=> [['tags'], 'all']
   */
  readonly fieldsRead: readonly string[] | 'all';
  /**
   * Whether the condition holds for a ticket: the expression's value, true or false by JSON Logic
   * truthiness (an empty array is false). Only plain data in `fields` is readable: strings, finite
   * numbers, booleans, null, and arrays and plain objects of those. Functions, symbols, bigints,
   * NaN and infinities, Dates, Maps, class instances and getters read as absent (inside an array,
   * as null), so pass dates as ISO strings or epoch milliseconds.
   *
   * @throws InvalidArgumentError when `fields` is not an object.
   * @throws ConditionError (`condition_budget_exceeded`) when the evaluation exceeds its work
   *   budget (500 steps unless the `maxSteps` option said otherwise).
   *
   * @example
   * compileCondition({ '==': [{ var: 'category' }, 'complaint'] }).evaluate({ category: 'complaint' })
   * //=> true
   *
   * @example
   * compileCondition({ '==': [{ var: 'priority' }, 1] }).evaluate({ priority: '1' })
   * //=> false (equality is strict: the string "1" is not the number 1)
   */
  evaluate(fields: Readonly<Record<string, unknown>>): boolean;
}

/**
 * Validates a JSON Logic condition and compiles it, or throws a `ConditionError` listing every
 * problem (its `issues`).
 *
 * Allowed operations: `==`, `===`, `!=`, `!==`, `!`, `!!`, `and`, `or`, `if`, `?:`, `<`, `<=`
 * (both also as `between`, with 3 arguments), `>`, `>=`, `in`, `var`, `missing`, `missing_some`,
 * `+`, `-`, `*`, `/`, `%`, `min`, `max`, `cat`, `substr`, `merge`, `all`, `some`, `none`, `map`,
 * `filter`. Equality is always strict: `==` runs as `===` and `!=` as `!==`, because loose
 * equality makes `"1" == 1` and `[] == false` true, which an untrusted rule could use to match
 * tickets it should not. Paths (`var`, `missing`, `missing_some`) must be literal strings of at
 * most 8 dot-separated names (never `__proto__`, `constructor` or `prototype`) or non-negative
 * integers. A condition nests at most 32 levels deep, holds at most 2000 values and strings of at
 * most 1000 characters, and one evaluation does at most 500 steps of work (`options.maxSteps`);
 * the parts that do not depend on the ticket are computed here, once.
 *
 * @param logic - The expression, as parsed from JSON or YAML.
 * @param path - Where the expression sits in the caller's document; prefixes every issue path.
 * @param options - The work budget of one evaluation.
 *
 * @example
 * const c = compileCondition({
 *   and: [{ '==': [{ var: 'channel' }, 'email'] }, { in: [{ var: 'priority' }, ['high', 'urgent']] }],
 * });
 * c.evaluate({ channel: 'email', priority: 'high' })
 * //=> true
 *
 * @example
 * compileCondition({ '==': [1, '1'] }).evaluate({})
 * //=> false
 *
 * @example
 * compileCondition({ var: 'constructor.prototype' }, ['targets', 0, 'when'])
 * //=> throws ConditionError: targets[0].when.var: "var" path "constructor.prototype" names "constructor", ...
 */
export function compileCondition(
  logic: unknown,
  path: IssuePath = [],
  options: CompileConditionOptions = {},
): CompiledCondition {
  const result = safeCompileCondition(logic, path, options);
  if (!result.ok) throw new ConditionError(result.issues as [ConditionIssue, ...ConditionIssue[]]);
  return result.condition;
}

/**
 * Like {@link compileCondition}, but answers instead of throwing: the compiled condition, or every
 * problem found (each with `code`, `params`, `path` and an English `message`). Never throws for
 * JSON-like input, whatever its shape.
 *
 * @example
 * const result = safeCompileCondition({ and: [{ method: ['abc', 'toString'] }, { var: '__proto__.x' }] });
 * result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path])
 * //=> [['condition_unknown_operation', ['and', 0]], ['condition_forbidden_segment', ['and', 1, 'var']]]
 */
export function safeCompileCondition(
  logic: unknown,
  path: IssuePath = [],
  options: CompileConditionOptions = {},
):
  | { readonly ok: true; readonly condition: CompiledCondition }
  | { readonly ok: false; readonly issues: readonly ConditionIssue[] } {
  const maxSteps = options.maxSteps ?? CONDITION_LIMITS.maxSteps;
  if (!Number.isSafeInteger(maxSteps) || maxSteps < 1) {
    throw new InvalidArgumentError('invalid_argument', {
      name: 'maxSteps',
      expected: 'positive-whole-number',
      input: maxSteps,
    });
  }
  const compiler = new Compiler(path, maxSteps);
  let top: Node | undefined;
  try {
    top = compiler.node({ value: logic, path: [], depth: 1 }, 'root');
  } catch (error) {
    if (error === TOO_LARGE) compiler.report('condition_too_large', { max: CONDITION_LIMITS.maxNodes }, []);
    else if (error === EXHAUSTED) {
      // Computing a part that does not depend on the ticket took more than the fold budget.
      compiler.report('condition_budget_exceeded', { max: CONDITION_LIMITS.maxFoldSteps }, []);
    } else throw error;
  }
  if (top !== undefined && compiler.issues.length === 0 && top.cost > maxSteps) {
    // The ticket-dependent operations alone, each applied once, exceed one evaluation's budget.
    compiler.report('condition_too_costly', { cost: top.cost, max: maxSteps }, []);
  }
  if (top === undefined || compiler.issues.length > 0) {
    return { ok: false, issues: Object.freeze(compiler.issues) };
  }
  const run = top.run;
  const keys = compiler.rootAll ? undefined : Object.freeze([...compiler.rootKeys]);
  const base = Object.freeze([...path]);
  let exhausted: ConditionError | undefined;
  const condition: CompiledCondition = Object.freeze({
    logic: top.copy,
    variables: Object.freeze([...compiler.variables]),
    fieldsRead: keys ?? 'all',
    evaluate(fields: Readonly<Record<string, unknown>>): boolean {
      if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) {
        throw new InvalidArgumentError('invalid_argument', {
          name: 'fields',
          expected: 'ticket-fields',
          input: fields,
        });
      }
      const budget = new Budget(maxSteps);
      try {
        const root = readableFields(fields, keys ?? Object.keys(fields), 1, budget);
        return truthy(run(root, budget));
      } catch (error) {
        if (error !== EXHAUSTED) throw error;
        // One error per condition, made once: a contract whose condition exhausts its budget on
        // every ticket must not also pay for building an error (and its stack trace) per ticket.
        exhausted ??= new ConditionError([issue('condition_budget_exceeded', { max: maxSteps }, base)]);
        throw exhausted;
      }
    },
  });
  return { ok: true, condition };
}

// ---------------------------------------------------------------------------------------------
// Compilation

/** Evaluates a compiled node over the current data (the ticket, or an array element). */
type Eval = (data: unknown, budget: Budget) => unknown;

/**
 * A compiled value: how to evaluate it, its frozen copy (the expression as written), whether its
 * value is known without the data of its scope (then `value` holds it), and the least work one
 * evaluation of it does (ticket-dependent operations, each applied once).
 */
interface Node {
  readonly run: Eval;
  readonly copy: ConditionLogic;
  readonly constant: boolean;
  readonly value?: unknown;
  readonly cost: number;
}

/** A value of the expression still to be compiled, with where it is. */
interface Item {
  readonly value: unknown;
  readonly path: readonly (string | number)[];
  readonly depth: number;
}

/** What `var` paths read: the ticket fields, or the element of an `all`/`some`/.../`filter`. */
type Scope = 'root' | 'element';

/** The operations a condition may use, with how many arguments each takes (null: no maximum). */
const ARITY: ReadonlyMap<string, readonly [min: number, max: number | null]> = new Map([
  ['==', [2, 2]],
  ['===', [2, 2]],
  ['!=', [2, 2]],
  ['!==', [2, 2]],
  ['!', [1, 1]],
  ['!!', [1, 1]],
  ['and', [1, null]],
  ['or', [1, null]],
  ['if', [1, null]],
  ['?:', [3, 3]],
  ['<', [2, 3]],
  ['<=', [2, 3]],
  ['>', [2, 2]],
  ['>=', [2, 2]],
  ['in', [2, 2]],
  ['var', [0, 2]],
  ['missing', [1, null]],
  ['missing_some', [2, 2]],
  ['+', [1, null]],
  ['-', [1, 2]],
  ['*', [2, null]],
  ['/', [2, 2]],
  ['%', [2, 2]],
  ['min', [1, null]],
  ['max', [1, null]],
  ['cat', [1, null]],
  ['substr', [2, 3]],
  ['merge', [1, null]],
  ['all', [2, 2]],
  ['some', [2, 2]],
  ['none', [2, 2]],
  ['map', [2, 2]],
  ['filter', [2, 2]],
]);

/**
 * A compiled operation's arguments: how to run it, the copies of its arguments, whether it reads
 * its scope's data (else it is computed at compile time), and the least work of one evaluation.
 */
interface Built {
  run: Eval;
  copies: ConditionLogic[];
  readsData: boolean;
  cost: number;
}

/**
 * The work of one evaluation of an operation's arguments when each runs once: all of them, except
 * that `if` runs its conditions and then one branch.
 */
function costOf(op: string, nodes: readonly Node[]): number {
  if (op !== 'if' && op !== '?:') return nodes.reduce((sum, node) => sum + node.cost, 0);
  let conditions = 0;
  let branch = 0;
  for (let i = 0; i < nodes.length; i++) {
    const isCondition = i % 2 === 0 && i < nodes.length - 1;
    if (isCondition) conditions += nodes[i]!.cost;
    else branch = Math.max(branch, nodes[i]!.cost);
  }
  return conditions + branch;
}

/** Thrown inside the compiler when the expression has too many values; caught at the top. */
const TOO_LARGE: unique symbol = Symbol('too large');
/** Stands for a property defined by a getter, which the compiler never calls. */
const GETTER: unique symbol = Symbol('getter');

function issue<C extends ConditionIssueCode>(
  code: C,
  params: MessageParams<C>,
  path: IssuePath,
): ConditionIssue {
  const message = renderMessage(code, params, 'en');
  return Object.freeze({ code, params, path: Object.freeze([...path]), message }) as ConditionIssue;
}

const literal = (value: ConditionLogic): Node => ({
  run: () => value,
  copy: value,
  constant: true,
  value,
  cost: 0,
});

/** A node whose value was computed at compile time: it keeps the expression as written for `logic`. */
const folded = (value: unknown, copy: ConditionLogic): Node => {
  deepFreeze(value);
  return { run: () => value, copy, constant: true, value, cost: 0 };
};

/** Freezes a computed value (arrays and null-prototype objects) so no evaluation can change it. */
function deepFreeze(value: unknown): void {
  const stack = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || typeof item !== 'object' || Object.isFrozen(item)) continue;
    Object.freeze(item);
    for (const child of Object.values(item)) stack.push(child);
  }
}

class Compiler {
  readonly issues: ConditionIssue[] = [];
  /** Paths read from the ticket fields. */
  readonly variables = new Set<string>();
  /** The top-level ticket fields those paths start with. */
  readonly rootKeys = new Set<string>();
  /** Whether the condition reads the ticket fields as a whole (`{"var": ""}`). */
  rootAll = false;
  private nodes = 0;
  private deepReported = false;
  /** The work allowed to compute the parts of the expression that do not depend on the ticket. */
  private readonly foldBudget: Budget;

  constructor(
    private readonly base: IssuePath,
    readonly maxSteps: number,
  ) {
    this.foldBudget = new Budget(CONDITION_LIMITS.maxFoldSteps);
  }

  /** Computes a node that does not read its scope's data, once (the fold budget bounds the work). */
  fold(node: Node): Node {
    if (node.constant) return node;
    return folded(node.run(undefined, this.foldBudget), node.copy);
  }

  report<C extends ConditionIssueCode>(code: C, params: MessageParams<C>, path: Item['path']): undefined {
    this.issues.push(issue(code, params, [...this.base, ...path]));
    return undefined;
  }

  /** Counts a value and checks its depth; false when it lies too deep (reported once). */
  private enter(item: Item): boolean {
    this.nodes += 1;
    if (this.nodes > CONDITION_LIMITS.maxNodes) throw TOO_LARGE;
    if (item.depth <= CONDITION_LIMITS.maxDepth) return true;
    if (!this.deepReported) {
      this.deepReported = true;
      this.report('condition_too_deep', { max: CONDITION_LIMITS.maxDepth }, item.path);
    }
    return false;
  }

  /** The elements of an array, read without running getters (a hole reads as undefined). */
  private elements(array: readonly unknown[], item: Item): Item[] {
    if (array.length > CONDITION_LIMITS.maxNodes) throw TOO_LARGE;
    const out: Item[] = [];
    for (let i = 0; i < array.length; i++) {
      const descriptor = Object.getOwnPropertyDescriptor(array, i);
      const value = descriptor === undefined ? undefined : 'value' in descriptor ? descriptor.value : GETTER;
      out.push({ value, path: [...item.path, i], depth: item.depth + 1 });
    }
    return out;
  }

  node(item: Item, scope: Scope): Node | undefined {
    if (!this.enter(item)) return undefined;
    const { value, path } = item;
    switch (typeof value) {
      case 'boolean':
        return literal(value);
      case 'number':
        return Number.isFinite(value)
          ? literal(value)
          : this.report('condition_invalid_value', { type: String(value) }, path);
      case 'string':
        return value.length > CONDITION_LIMITS.maxStringLength
          ? this.report(
              'condition_string_too_long',
              { length: value.length, max: CONDITION_LIMITS.maxStringLength },
              path,
            )
          : literal(value);
      case 'object':
        if (value === null) return literal(null);
        return Array.isArray(value) ? this.array(value, item, scope) : this.operation(value, item, scope);
      default:
        return this.report('condition_invalid_value', { type: typeName(value) }, path);
    }
  }

  private array(value: readonly unknown[], item: Item, scope: Scope): Node | undefined {
    const children = this.elements(value, item).map((child) => this.node(child, scope));
    if (!children.every((child) => child !== undefined)) return undefined;
    const copy = Object.freeze(children.map((child) => child.copy));
    if (children.every((child) => child.constant)) {
      return folded(
        children.map((child) => child.value),
        copy,
      );
    }
    const runs = children.map((child) => child.run);
    return {
      run: (data, budget) => {
        budget.charge(runs.length);
        return runs.map((run) => run(data, budget));
      },
      copy,
      constant: false,
      cost: 1 + children.reduce((sum, child) => sum + child.cost, 0),
    };
  }

  private operation(value: object, item: Item, scope: Scope): Node | undefined {
    const { path, depth } = item;
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      return this.report('condition_invalid_value', { type: typeName(value) }, path);
    }
    if (Object.getOwnPropertySymbols(value).length > 0) {
      return this.report('condition_invalid_value', { type: 'symbol' }, path);
    }
    const keys = Object.keys(value);
    const op = keys[0];
    if (op === undefined || keys.length !== 1) {
      return this.report(
        'condition_not_operation',
        { count: keys.length, keys: keys.slice(0, 3).map(clip) },
        path,
      );
    }
    const descriptor = Object.getOwnPropertyDescriptor(value, op);
    const argsItem: Item = { value: descriptor?.value, path: [...path, op], depth: depth + 1 };
    if (descriptor === undefined || !('value' in descriptor))
      return this.node({ ...argsItem, value: GETTER }, scope);
    const raw: unknown = descriptor.value;
    const listed = Array.isArray(raw);
    let args: Item[];
    if (listed) {
      if (!this.enter(argsItem)) return undefined;
      args = this.elements(raw, argsItem);
    } else {
      args = [argsItem];
    }

    const arity = ARITY.get(op);
    if (arity === undefined) {
      this.report('condition_unknown_operation', { operation: clip(op) }, path);
      for (const arg of args) this.node(arg, scope);
      return undefined;
    }
    const [min, max] = arity;
    if (args.length < min || (max !== null && args.length > max)) {
      this.report('condition_arity', { operation: op, min, max, got: args.length }, path);
      for (const arg of args) this.node(arg, scope);
      return undefined;
    }

    const built = this.build(op, args, scope);
    if (built === undefined) return undefined;
    const inner = built.run;
    const node: Node = {
      run: (data, budget) => {
        budget.charge(1);
        return inner(data, budget);
      },
      copy: Object.freeze({ [op]: listed ? Object.freeze(built.copies) : (built.copies[0] ?? null) }),
      constant: false,
      cost: 1 + built.cost,
    };
    // An operation that does not read its scope's data has one value: compute it now, once.
    return built.readsData ? node : this.fold(node);
  }

  private build(op: string, args: Item[], scope: Scope): Built | undefined {
    switch (op) {
      case 'var':
        return this.buildVar(args, scope);
      case 'missing':
        return this.buildMissing(args, scope);
      case 'missing_some':
        return this.buildMissingSome(args, scope);
      case 'all':
      case 'some':
      case 'none':
      case 'map':
      case 'filter': {
        const source = this.node(args[0]!, scope);
        const each = this.node(args[1]!, 'element');
        if (source === undefined || each === undefined) return undefined;
        // The element logic cannot reach this scope's data: the loop reads it only through its source.
        return {
          run: scoped(op, source.run, each.run),
          copies: [source.copy, each.copy],
          readsData: !source.constant,
          cost: source.cost + each.cost,
        };
      }
      default: {
        const nodes = args.map((arg) => this.node(arg, scope));
        if (!nodes.every((node) => node !== undefined)) return undefined;
        const haystack = nodes[1];
        const run =
          op === 'in' && haystack?.constant === true && Array.isArray(haystack.value)
            ? member(nodes[0]!.run, haystack.value)
            : plain(
                op,
                nodes.map((node) => node.run),
              );
        return {
          run,
          copies: nodes.map((node) => node.copy),
          readsData: nodes.some((node) => !node.constant),
          cost: costOf(op, nodes),
        };
      }
    }
  }

  private buildVar(args: Item[], scope: Scope): Built | undefined {
    const [pathItem, fallbackItem] = args;
    if (pathItem === undefined) {
      if (scope === 'root') this.rootAll = true;
      return { run: (data) => data, copies: [], readsData: true, cost: 0 };
    }
    const path = this.path('var', pathItem, scope, true);
    const fallback = fallbackItem === undefined ? undefined : this.node(fallbackItem, scope);
    if (path === undefined || (fallbackItem !== undefined && fallback === undefined)) return undefined;
    const copies = fallback === undefined ? [path.copy] : [path.copy, fallback.copy];
    const segments = path.segments;
    const cost = fallback?.cost ?? 0;
    if (segments === null) return { run: (data) => data, copies, readsData: true, cost };
    const otherwise = fallback?.run;
    return {
      run: (data, budget) => {
        const found = lookup(data, segments);
        if (found !== ABSENT && found !== undefined) return found;
        return otherwise === undefined ? null : otherwise(data, budget);
      },
      copies,
      readsData: true,
      cost,
    };
  }

  private buildMissing(args: Item[], scope: Scope): Built | undefined {
    // `{"missing": [["a", "b"]]}` (one array argument) is json-logic-js's other spelling of `{"missing": ["a", "b"]}`.
    const first = args[0]!;
    const nested = args.length === 1 && Array.isArray(first.value);
    if (nested && !this.enter(first)) return undefined;
    const keyItems = nested ? this.elements(first.value as unknown[], first) : args;
    const keys = keyItems.map((key) => this.path('missing', key, scope, false));
    if (!keys.every((key) => key !== undefined)) return undefined;
    const copies = keys.map((key) => key.copy);
    const run: Eval = (data, budget) => missingOf(data, keys, budget);
    return { run, copies: nested ? [Object.freeze(copies)] : copies, readsData: true, cost: 0 };
  }

  private buildMissingSome(args: Item[], scope: Scope): Built | undefined {
    const [countItem, keysItem] = args as [Item, Item];
    let ok = this.enter(countItem);
    const need = countItem.value;
    if (ok && !(typeof need === 'number' && Number.isSafeInteger(need) && need >= 0)) {
      this.report(
        'condition_invalid_operand',
        { operation: 'missing_some', expected: 'count', input: show(need) },
        countItem.path,
      );
      ok = false;
    }
    if (!this.enter(keysItem)) return undefined;
    if (!Array.isArray(keysItem.value)) {
      return this.report(
        'condition_invalid_operand',
        { operation: 'missing_some', expected: 'paths', input: show(keysItem.value) },
        keysItem.path,
      );
    }
    const keys = this.elements(keysItem.value, keysItem).map((key) =>
      this.path('missing_some', key, scope, false),
    );
    if (!ok || !keys.every((key) => key !== undefined)) return undefined;
    const count = need as number;
    const run: Eval = (data, budget) => {
      const missing = missingOf(data, keys, budget);
      return keys.length - missing.length >= count ? [] : missing;
    };
    return { run, copies: [count, Object.freeze(keys.map((key) => key.copy))], readsData: true, cost: 0 };
  }

  /**
   * A literal path: its segments (null for the current value itself, `""` or `null`, when
   * `allowWhole`), or undefined when it is refused. Paths read from the ticket are recorded.
   */
  private path(
    operation: string,
    item: Item,
    scope: Scope,
    allowWhole: boolean,
  ): { segments: readonly string[] | null; copy: string | number | null } | undefined {
    if (!this.enter(item)) return undefined;
    const { value, path } = item;
    if (allowWhole && (value === null || value === '')) {
      if (scope === 'root') this.rootAll = true;
      return { segments: null, copy: value };
    }
    let segments: string[];
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) {
      segments = [String(value)];
    } else if (typeof value === 'string' && value !== '') {
      if (value.length > CONDITION_LIMITS.maxStringLength) {
        return this.report(
          'condition_string_too_long',
          { length: value.length, max: CONDITION_LIMITS.maxStringLength },
          path,
        );
      }
      segments = value.split('.');
      let ok = true;
      for (const segment of new Set(segments)) {
        if (FORBIDDEN_NAMES.has(segment)) {
          ok = false;
          this.report('condition_forbidden_segment', { operation, input: value, segment }, path);
        }
      }
      if (segments.length > CONDITION_LIMITS.maxPathSegments) {
        return this.report(
          'condition_path_too_long',
          { operation, input: value, segments: segments.length, max: CONDITION_LIMITS.maxPathSegments },
          path,
        );
      }
      if (segments.includes(''))
        return this.report('condition_invalid_path', { operation, input: show(value) }, path);
      if (!ok) return undefined;
    } else {
      return this.report('condition_invalid_path', { operation, input: show(value) }, path);
    }
    if (scope === 'root') {
      this.variables.add(segments.join('.'));
      this.rootKeys.add(segments[0]!);
    }
    return { segments, copy: value };
  }
}

/** A short, safe description of a value for a message (never calls a method of it). */
function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(clip(value));
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.length === 1 ? `{${JSON.stringify(clip(keys[0]!))}: …}` : '{…}';
  }
  return typeName(value);
}

/** Cuts a string from the input to a length fit for a message. */
function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Names the type of a value that is not JSON data: `undefined`, `function`, `Date`, `getter`, ... */
function typeName(value: unknown): string {
  if (value === GETTER) return 'getter';
  if (value === null || typeof value !== 'object') return value === null ? 'null' : typeof value;
  const proto: unknown = Object.getPrototypeOf(value);
  const ctor: unknown =
    proto === null || typeof proto !== 'object'
      ? undefined
      : Object.getOwnPropertyDescriptor(proto, 'constructor')?.value;
  const name: unknown =
    typeof ctor === 'function' ? Object.getOwnPropertyDescriptor(ctor, 'name')?.value : undefined;
  return typeof name === 'string' && name !== '' ? name : 'object';
}

// ---------------------------------------------------------------------------------------------
// Evaluation

/** What a spent budget throws; the caller turns it into the condition's error. */
const EXHAUSTED: unique symbol = Symbol('budget exhausted');

/** The work budget of one evaluation. */
class Budget implements Meter {
  private steps = 0;

  constructor(private readonly max: number) {}

  charge(steps: number): void {
    this.steps += steps;
    if (this.steps > this.max) throw EXHAUSTED;
  }
}

/**
 * `in` over a literal array: one lookup in a set of its elements. Elements that are arrays or
 * objects are left out: `in` compares with `===`, and no value computed from a ticket is the very
 * array or object of the expression. A set finds -0 as 0, as `===` does; no literal is NaN.
 */
function member(needle: Eval, haystack: readonly unknown[]): Eval {
  const set = new Set(haystack.filter((item) => item === null || typeof item !== 'object'));
  return (data, budget) => {
    const value = needle(data, budget);
    budget.charge(1);
    return set.has(value);
  };
}

/** json-logic-js's `missing`: the keys whose value is absent, null or the empty string. */
function missingOf(
  data: unknown,
  keys: readonly { segments: readonly string[] | null; copy: string | number | null }[],
  budget: Budget,
): unknown[] {
  budget.charge(keys.length);
  const out: unknown[] = [];
  for (const key of keys) {
    const found = key.segments === null ? data : lookup(data, key.segments);
    if (found === ABSENT || found === undefined || found === null || found === '') out.push(key.copy);
  }
  return out;
}

/** The operations that run logic once per element of an array. */
function scoped(op: string, source: Eval, each: Eval): Eval {
  switch (op) {
    case 'all':
      return (data, budget) => {
        const items = source(data, budget);
        if (!Array.isArray(items) || items.length === 0) return false;
        for (const item of items) {
          budget.charge(1);
          if (!truthy(each(item, budget))) return false;
        }
        return true;
      };
    case 'some':
    case 'none': {
      const found = op === 'some';
      return (data, budget) => {
        const items = source(data, budget);
        if (Array.isArray(items)) {
          for (const item of items) {
            budget.charge(1);
            if (truthy(each(item, budget))) return found;
          }
        }
        return !found;
      };
    }
    case 'map':
      return (data, budget) => {
        const items = source(data, budget);
        if (!Array.isArray(items)) return [];
        return items.map((item) => {
          budget.charge(1);
          return each(item, budget);
        });
      };
    default:
      return (data, budget) => {
        const items = source(data, budget);
        if (!Array.isArray(items)) return [];
        return items.filter((item) => {
          budget.charge(1);
          return truthy(each(item, budget));
        });
      };
  }
}

/** The other operations, given their compiled arguments (whose count was checked). */
function plain(op: string, args: readonly Eval[]): Eval {
  const a = args[0]!;
  const b = args[1]!;
  const c = args[2];
  switch (op) {
    case '==':
    case '===':
      return (data, budget) => a(data, budget) === b(data, budget);
    case '!=':
    case '!==':
      return (data, budget) => a(data, budget) !== b(data, budget);
    case '!':
      return (data, budget) => !truthy(a(data, budget));
    case '!!':
      return (data, budget) => truthy(a(data, budget));
    case 'and':
    case 'or': {
      const stopOn = op === 'or';
      return (data, budget) => {
        let value: unknown;
        for (const arg of args) {
          value = arg(data, budget);
          if (truthy(value) === stopOn) return value;
        }
        return value;
      };
    }
    case 'if':
    case '?:':
      return (data, budget) => {
        let i = 0;
        for (; i < args.length - 1; i += 2) {
          if (truthy(args[i]!(data, budget))) return args[i + 1]!(data, budget);
        }
        return i === args.length - 1 ? args[i]!(data, budget) : null;
      };
    case '<':
    case '<=': {
      const orEqual = op === '<=';
      if (c === undefined) return (data, budget) => less(a(data, budget), b(data, budget), orEqual, budget);
      return (data, budget) => {
        const x = a(data, budget);
        const y = b(data, budget);
        const z = c(data, budget);
        return less(x, y, orEqual, budget) && less(y, z, orEqual, budget);
      };
    }
    case '>':
    case '>=': {
      const orEqual = op === '>=';
      return (data, budget) => {
        const x = a(data, budget);
        return less(b(data, budget), x, orEqual, budget);
      };
    }
    case 'in':
      return (data, budget) => {
        const needle = a(data, budget);
        return contains(needle, b(data, budget), budget);
      };
    case '+':
      return (data, budget) => {
        let sum = 0;
        for (const arg of args)
          sum = parseFloat(toStr(sum, budget)) + parseFloat(toStr(arg(data, budget), budget));
        return sum;
      };
    case '*':
      return (data, budget) => {
        let product = a(data, budget);
        for (let i = 1; i < args.length; i++) {
          product = parseFloat(toStr(product, budget)) * parseFloat(toStr(args[i]!(data, budget), budget));
        }
        return product;
      };
    case '-':
      return args.length === 1
        ? (data, budget) => -toNum(a(data, budget), budget)
        : (data, budget) => {
            const x = toNum(a(data, budget), budget);
            return x - toNum(b(data, budget), budget);
          };
    case '/':
      return (data, budget) => {
        const x = toNum(a(data, budget), budget);
        return x / toNum(b(data, budget), budget);
      };
    case '%':
      return (data, budget) => {
        const x = toNum(a(data, budget), budget);
        return x % toNum(b(data, budget), budget);
      };
    case 'min':
    case 'max': {
      const pick = op === 'min' ? Math.min : Math.max;
      return (data, budget) => pick(...args.map((arg) => toNum(arg(data, budget), budget)));
    }
    case 'cat':
      return (data, budget) => {
        let out = '';
        for (const arg of args) {
          const value = arg(data, budget);
          if (value !== null && value !== undefined) out += toStr(value, budget);
        }
        budget.charge(charSteps(out.length));
        return out;
      };
    case 'substr':
      return (data, budget) => {
        const source = a(data, budget);
        const start = b(data, budget);
        return substr(source, start, c === undefined ? undefined : c(data, budget), budget);
      };
    case 'merge':
      return (data, budget) => {
        const out: unknown[] = [];
        for (const arg of args) {
          const value = arg(data, budget);
          if (Array.isArray(value)) {
            budget.charge(value.length);
            for (const item of value) out.push(item);
          } else {
            out.push(value);
          }
        }
        return out;
      };
    default:
      // Unreachable: the compiler only builds operations listed in ARITY.
      throw new Error(`no evaluator for ${op}`);
  }
}
