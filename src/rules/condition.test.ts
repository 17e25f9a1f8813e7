import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import { describe, expect, it, vi } from 'vitest';
import { exprArb, fieldsArb } from '../../tests/support/condition-arbitraries.js';
import { ConditionError, type ConditionIssueCode, InvalidArgumentError } from '../errors/errors.js';
import { messages, renderMessage } from '../errors/messages.js';
import {
  CONDITION_LIMITS,
  type ConditionIssue,
  compileCondition,
  safeCompileCondition,
} from './condition.js';

/** The issues of a condition that must be refused. */
function issuesOf(logic: unknown, path?: (string | number)[]): readonly ConditionIssue[] {
  const result = safeCompileCondition(logic, path);
  if (result.ok) throw new Error(`expected ${JSON.stringify(logic)} to be refused`);
  return result.issues;
}

const codesOf = (logic: unknown) => issuesOf(logic).map((issue) => issue.code);

/** The same condition with `==` and `!=` spelled `===` and `!==`, for json-logic-js. */
function strictly(logic: unknown): unknown {
  if (Array.isArray(logic)) return logic.map(strictly);
  if (logic !== null && typeof logic === 'object') {
    const [[op, args]] = Object.entries(logic) as [[string, unknown]];
    const renamed = op === '==' ? '===' : op === '!=' ? '!==' : op;
    return { [renamed]: strictly(args) };
  }
  return logic;
}

/** json-logic-js's answer for the same condition, with its loose equality made strict. */
function jsonLogicAnswer(logic: unknown, data: unknown): boolean {
  return jsonLogic.truthy(jsonLogic.apply(strictly(logic) as jsonLogic.RulesLogic, data));
}

describe('compileCondition: matching tickets', () => {
  const sla = compileCondition({
    and: [{ '==': [{ var: 'channel' }, 'email'] }, { in: [{ var: 'priority' }, ['high', 'urgent']] }],
  });

  it('matches by channel and priority', () => {
    expect(sla.evaluate({ channel: 'email', priority: 'high' })).toBe(true);
    expect(sla.evaluate({ channel: 'email', priority: 'urgent' })).toBe(true);
    expect(sla.evaluate({ channel: 'email', priority: 'low' })).toBe(false);
    expect(sla.evaluate({ channel: 'phone', priority: 'high' })).toBe(false);
    expect(sla.evaluate({})).toBe(false);
    expect(sla.variables).toEqual(['channel', 'priority']);
  });

  it('matches by category, language and nested customer fields', () => {
    const condition = compileCondition({
      or: [
        { and: [{ '===': [{ var: 'category' }, 'outage'] }, { '!=': [{ var: 'language' }, 'en'] }] },
        { some: [{ var: 'tags' }, { '==': [{ var: '' }, 'vip'] }] },
        { '==': [{ var: 'customer.tier' }, 'gold'] },
      ],
    });
    expect(condition.evaluate({ category: 'outage', language: 'zh' })).toBe(true);
    expect(condition.evaluate({ category: 'outage', language: 'en' })).toBe(false);
    expect(condition.evaluate({ category: 'billing', tags: ['new', 'vip'] })).toBe(true);
    expect(condition.evaluate({ category: 'billing', tags: ['new'] })).toBe(false);
    expect(condition.evaluate({ customer: { tier: 'gold' } })).toBe(true);
    expect(condition.evaluate({ customer: 'gold' })).toBe(false);
    expect(condition.variables).toEqual(['category', 'language', 'tags', 'customer.tier']);
  });

  it('matches numbers with comparisons, between and arithmetic', () => {
    const condition = compileCondition({
      and: [{ '<=': [1, { var: 'severity' }, 3] }, { '>': [{ '*': [{ var: 'seats' }, 2] }, 100] }],
    });
    expect(condition.evaluate({ severity: 2, seats: 51 })).toBe(true);
    expect(condition.evaluate({ severity: 4, seats: 51 })).toBe(false);
    expect(condition.evaluate({ severity: 2, seats: 50 })).toBe(false);
    expect(compileCondition({ '<': [1, { var: 'x' }, 3] }).evaluate({ x: 3 })).toBe(false);
  });

  it('answers a real boolean by JSON Logic truthiness', () => {
    expect(compileCondition({ var: 'tags' }).evaluate({ tags: [] })).toBe(false);
    expect(compileCondition({ var: 'tags' }).evaluate({ tags: ['a'] })).toBe(true);
    expect(compileCondition({ var: 'note' }).evaluate({ note: '0' })).toBe(true);
    expect(compileCondition({ var: 'n' }).evaluate({ n: 0 })).toBe(false);
    expect(compileCondition({ cat: ['a', 'b'] }).evaluate({})).toBe(true);
    expect(compileCondition(true).evaluate({})).toBe(true);
    expect(compileCondition(null).evaluate({})).toBe(false);
  });

  it('compares strictly: == is === and != is !==', () => {
    const never = [
      [1, '1'],
      [[], false],
      [0, ''],
      [null, 0],
      ['', false],
      [{ var: 'missing' }, false],
    ];
    for (const [a, b] of never) {
      expect(compileCondition({ '==': [a, b] }).evaluate({})).toBe(false);
      expect(compileCondition({ '!=': [a, b] }).evaluate({})).toBe(true);
    }
    expect(compileCondition({ '==': [{ var: 'n' }, 1] }).evaluate({ n: '1' })).toBe(false);
    expect(compileCondition({ '==': [{ var: 'n' }, 1] }).evaluate({ n: 1 })).toBe(true);
    // The stored logic keeps what the author wrote.
    expect(compileCondition({ '==': [1, '1'] }).logic).toEqual({ '==': [1, '1'] });
    // json-logic-js itself is loose, and stays so: its global operation table is not touched.
    expect(jsonLogic.apply({ '==': [1, '1'] })).toBe(true);
  });
});

describe('compileCondition: variables', () => {
  it('reads a missing variable as null, or its default', () => {
    expect(compileCondition({ '==': [{ var: 'x' }, null] }).evaluate({})).toBe(true);
    expect(compileCondition({ '===': [{ var: ['x', 'none'] }, 'none'] }).evaluate({})).toBe(true);
    expect(compileCondition({ '===': [{ var: ['x', 'none'] }, 'none'] }).evaluate({ x: null })).toBe(false);
    expect(compileCondition({ '===': [{ var: 'a.b.c' }, null] }).evaluate({ a: { b: 5 } })).toBe(true);
    expect(compileCondition({ '===': [{ var: 'tags.1' }, 'b'] }).evaluate({ tags: ['a', 'b'] })).toBe(true);
    expect(compileCondition({ '===': [{ var: 'tags.length' }, 2] }).evaluate({ tags: ['a', 'b'] })).toBe(
      true,
    );
    expect(compileCondition({ '===': [{ var: 1 }, 'b'] }).evaluate({ 1: 'b' })).toBe(true);
  });

  it('never reads inherited properties', () => {
    for (const path of ['toString', 'channel.length.toFixed', 'tags.map', 'hasOwnProperty', 'valueOf']) {
      const condition = compileCondition({ '===': [{ var: path }, null] });
      expect(condition.evaluate({ channel: 'email', tags: [] })).toBe(true);
    }
  });

  it('lists missing fields with missing and missing_some', () => {
    const required = compileCondition({ missing: ['channel', 'customer.tier'] });
    expect(required.evaluate({ channel: 'email', customer: { tier: 'gold' } })).toBe(false);
    expect(required.evaluate({ channel: '', customer: { tier: 'gold' } })).toBe(true);
    expect(required.evaluate({ channel: 'email' })).toBe(true);
    expect(required.variables).toEqual(['channel', 'customer.tier']);
    expect(compileCondition({ missing: [['a', 'b']] }).evaluate({ a: 1, b: 2 })).toBe(false);
    expect(compileCondition({ missing: 'a' }).evaluate({})).toBe(true);

    const twoOf = compileCondition({ missing_some: [2, ['phone', 'email', 'wechat']] });
    expect(twoOf.evaluate({ phone: '1', wechat: 'w' })).toBe(false);
    expect(twoOf.evaluate({ phone: '1' })).toBe(true);
    expect(
      compileCondition({
        '===': [{ cat: { missing_some: [2, ['phone', 'email', 'wechat']] } }, 'email,wechat'],
      }).evaluate({ phone: '1' }),
    ).toBe(true);
  });

  it('lists the paths read from the ticket, not those read from array elements', () => {
    const condition = compileCondition({
      and: [
        { var: 'customer.tier' },
        { some: [{ var: 'tags' }, { '==': [{ var: 'label' }, 'vip'] }] },
        { missing: ['channel'] },
        { var: ['customer.tier', { var: 'fallback' }] },
      ],
    });
    expect(condition.variables).toEqual(['customer.tier', 'tags', 'channel', 'fallback']);
    expect(Object.isFrozen(condition.variables)).toBe(true);
  });

  it('reads the whole ticket with {"var": ""}', () => {
    const condition = compileCondition({ '===': [{ var: ['', 0] }, { var: '' }] });
    expect(condition.evaluate({ a: 1 })).toBe(true);
    expect(condition.variables).toEqual([]);
    expect(
      compileCondition({ in: ['b', { map: [{ var: 'xs' }, { var: '' }] }] }).evaluate({ xs: ['a', 'b'] }),
    ).toBe(true);
  });

  it('reads only plain data from the fields: other values are absent', () => {
    class Ticket {
      constructor(readonly channel: string) {}
    }
    const isNull = (path: string) => compileCondition({ '===': [{ var: path }, null] });
    expect(isNull('at').evaluate({ at: new Date(0) })).toBe(true);
    expect(isNull('fn').evaluate({ fn: () => 'email' })).toBe(true);
    expect(isNull('n').evaluate({ n: Number.NaN })).toBe(true);
    expect(isNull('n').evaluate({ n: Number.POSITIVE_INFINITY })).toBe(true);
    expect(isNull('big').evaluate({ big: 10n })).toBe(true);
    expect(isNull('sym').evaluate({ sym: Symbol('x') })).toBe(true);
    expect(isNull('ticket.channel').evaluate({ ticket: new Ticket('email') })).toBe(true);
    expect(isNull('map').evaluate({ map: new Map([['a', 1]]) })).toBe(true);
    expect(isNull('x.y').evaluate({ x: Object.assign(Object.create(null), { y: 1 }) })).toBe(false);
    // Inside an array an unreadable value reads as null; in an object its key is absent.
    const items = { items: [1, () => 2, new Date(0)], obj: { a: () => 1, b: 2 } };
    expect(compileCondition({ '===': [{ var: 'items.1' }, null] }).evaluate(items)).toBe(true);
    expect(compileCondition({ '===': [{ var: 'items.length' }, 3] }).evaluate(items)).toBe(true);
    expect(compileCondition({ missing: ['obj.a'] }).evaluate(items)).toBe(true);
    expect(compileCondition({ missing: ['obj.b'] }).evaluate(items)).toBe(false);
    // The root may be any object (a class instance too); its own data properties are read.
    expect(
      compileCondition({ '==': [{ var: 'channel' }, 'email'] }).evaluate(new Ticket('email') as never),
    ).toBe(true);
  });

  it('never runs a getter of the fields', () => {
    const getter = vi.fn(() => 'email');
    const fields = Object.defineProperty({}, 'channel', { get: getter, enumerable: true });
    const condition = compileCondition({ '==': [{ var: 'channel' }, 'email'] });
    expect(condition.evaluate(fields)).toBe(false);
    expect(compileCondition({ var: '' }).evaluate(fields)).toBe(true);
    expect(getter).not.toHaveBeenCalled();
  });

  it('refuses fields that are not an object', () => {
    const condition = compileCondition({ var: 'a' });
    for (const bad of [null, undefined, 'a', 1, ['a']]) {
      expect(() => condition.evaluate(bad as never)).toThrow(InvalidArgumentError);
    }
  });
});

describe('compileCondition: the expression', () => {
  it('keeps a deep-frozen copy of the logic', () => {
    const input = { and: [{ '==': [{ var: 'channel' }, 'email'] }, { in: [{ var: 'p' }, ['a', 'b']] }] };
    const condition = compileCondition(input);
    expect(condition.logic).toEqual(input);
    expect(condition.logic).not.toBe(input);
    const frozen = (value: unknown): boolean =>
      value === null ||
      typeof value !== 'object' ||
      (Object.isFrozen(value) && Object.values(value).every(frozen));
    expect(frozen(condition.logic)).toBe(true);
    (input.and[0] as { '==': unknown[] })['=='][1] = 'phone';
    expect(condition.evaluate({ channel: 'email', p: 'a' })).toBe(true);
    expect(compileCondition({ var: 'a' }).logic).toEqual({ var: 'a' });
    expect(compileCondition({ var: [] }).logic).toEqual({ var: [] });
    expect(compileCondition({ missing: [['a']] }).logic).toEqual({ missing: [['a']] });
  });

  it('follows json-logic-js for the allowed operations', () => {
    const data = { a: 1, s: 'jsonlogic', xs: [1, 2, 3], t: ['x', 'y'], o: { k: 'v' }, z: null };
    const cases: [unknown, unknown][] = [
      [{ cat: ['a', 1, null, true, [1, [2, null]]] }, 'a1true1,2,'],
      [{ substr: [{ var: 's' }, 4] }, 'logic'],
      [{ substr: [{ var: 's' }, -5] }, 'logic'],
      [{ substr: [{ var: 's' }, 1, 3] }, 'son'],
      [{ substr: [{ var: 's' }, 1, -4] }, 'sonl'],
      [{ substr: [{ var: 's' }, 1, '-4'] }, ''],
      [{ '+': ['3.5', 1, '2abc'] }, 6.5],
      [{ '-': ['5'] }, -5],
      [{ '-': [10, '4'] }, 6],
      [{ '*': ['2', 3, [2]] }, 12],
      [{ '/': [7, 2] }, 3.5],
      [{ '%': [7, 2] }, 1],
      [{ min: [3, '1', 2] }, 1],
      [{ max: [3, '10', null] }, 10],
      [{ merge: [1, [2, 3], [[4]]] }, null],
      [{ in: ['log', { var: 's' }] }, true],
      [{ in: ['', ''] }, false],
      [{ in: [1, { var: 'xs' }] }, true],
      [{ in: ['1', { var: 'xs' }] }, false],
      [{ in: ['k', { var: 'o' }] }, false],
      [{ '<': ['10', '9'] }, true],
      [{ '<': ['10', 9] }, false],
      [{ '<=': [null, 0] }, true],
      [{ '>=': [[2], 2] }, true],
      [{ '>': ['b', 'a'] }, true],
      [{ if: [false, 1, null, 2, 3] }, 3],
      [{ if: [false, 1] }, null],
      [{ '?:': [{ var: 'a' }, 'yes', 'no'] }, 'yes'],
      [{ and: [1, 'x', 0, 2] }, 0],
      [{ or: [0, '', 'x', 2] }, 'x'],
      [{ '!': [[]] }, true],
      [{ '!!': ['0'] }, true],
      [{ all: [{ var: 'xs' }, { '>': [{ var: '' }, 0] }] }, true],
      [{ all: [[], true] }, false],
      [{ some: [{ var: 't' }, { '===': [{ var: '' }, 'y'] }] }, true],
      [{ none: [{ var: 'missing' }, true] }, true],
      [{ map: [{ var: 'xs' }, { '*': [{ var: '' }, 2] }] }, null],
      [{ filter: [{ var: 'xs' }, { '%': [{ var: '' }, 2] }] }, null],
      [{ var: 'z' }, null],
      [{ var: ['z', 5] }, null],
      [{ var: 's.0' }, 'j'],
      [{ var: 's.length' }, 9],
    ];
    for (const [logic, expected] of cases) {
      const ours = compileCondition(logic).evaluate(data);
      expect(ours, JSON.stringify(logic)).toBe(jsonLogicAnswer(logic, data));
      if (expected !== null) {
        expect(compileCondition({ '===': [logic, expected] }).evaluate(data), JSON.stringify(logic)).toBe(
          true,
        );
      }
    }
    expect(
      compileCondition({
        '===': [{ cat: { map: [{ var: 'xs' }, { '*': [{ var: '' }, 2] }] } }, '2,4,6'],
      }).evaluate(data),
    ).toBe(true);
    expect(
      compileCondition({ '===': [{ cat: { merge: [1, [2, 3], [[4]]] } }, '1,2,3,4'] }).evaluate(data),
    ).toBe(true);
  });
});

describe('safeCompileCondition: refused conditions', () => {
  it('refuses operations outside the allow-list, naming them and where they are', () => {
    const attacks: [unknown, string][] = [
      [JSON.parse('{"__proto__": [1]}'), '__proto__'],
      [{ constructor: [1] }, 'constructor'],
      [{ method: ['abc', 'toString'] }, 'method'],
      [{ toString: [] }, 'toString'],
      [{ hasOwnProperty: ['x'] }, 'hasOwnProperty'],
      [{ valueOf: [] }, 'valueOf'],
      [{ log: 'x' }, 'log'],
      [{ reduce: [[1], 1, 0] }, 'reduce'],
      [{ '==.constructor': ['return process'] }, '==.constructor'],
      [{ 'method.call': [] }, 'method.call'],
      [{ custom_op: [] }, 'custom_op'],
    ];
    for (const [logic, operation] of attacks) {
      const issues = issuesOf({ and: [true, logic] }, ['targets', 0, 'when']);
      expect(issues[0]).toMatchObject({
        code: 'condition_unknown_operation',
        params: { operation },
        path: ['targets', 0, 'when', 'and', 1],
      });
      expect(issues[0]?.message).toContain(JSON.stringify(operation));
      expect(() => compileCondition(logic)).toThrow(ConditionError);
    }
  });

  it('refuses paths that name __proto__, constructor or prototype', () => {
    const attacks: [unknown, (string | number)[]][] = [
      [{ var: '__proto__.polluted' }, ['var']],
      [{ var: 'constructor.prototype' }, ['var']],
      [{ var: '__proto__' }, ['var']],
      [{ var: 'a.__proto__.x' }, ['var']],
      [{ var: ['a.constructor', 1] }, ['var', 0]],
      [{ var: ['prototype'] }, ['var', 0]],
      [{ missing: ['a', '__proto__'] }, ['missing', 1]],
      [{ missing: [['constructor']] }, ['missing', 0, 0]],
      [{ missing_some: [1, ['a', 'b.prototype']] }, ['missing_some', 1, 1]],
      [{ map: [{ var: 'xs' }, { var: 'constructor' }] }, ['map', 1, 'var']],
    ];
    for (const [logic, path] of attacks) {
      const issues = issuesOf(logic);
      expect(issues.map((issue) => issue.code)).toContain('condition_forbidden_segment');
      expect(issues[0]?.path).toEqual(path);
    }
    expect(codesOf({ var: 'constructor.prototype' })).toEqual([
      'condition_forbidden_segment',
      'condition_forbidden_segment',
    ]);
  });

  it('refuses paths that are computed, malformed or too long', () => {
    expect(codesOf({ var: { cat: ['__pro', 'to__'] } })).toEqual(['condition_invalid_path']);
    expect(codesOf({ var: [{ var: 'name' }] })).toEqual(['condition_invalid_path']);
    expect(codesOf({ var: true })).toEqual(['condition_invalid_path']);
    expect(codesOf({ var: -1 })).toEqual(['condition_invalid_path']);
    expect(codesOf({ var: 1.5 })).toEqual(['condition_invalid_path']);
    expect(codesOf({ var: 'a..b' })).toEqual(['condition_invalid_path']);
    expect(codesOf({ var: 'a.' })).toEqual(['condition_invalid_path']);
    expect(codesOf({ missing: [''] })).toEqual(['condition_invalid_path']);
    expect(codesOf({ missing: [{ var: 'keys' }] })).toEqual(['condition_invalid_path']);
    expect(codesOf({ missing_some: ['1', ['a']] })).toEqual(['condition_invalid_operand']);
    expect(codesOf({ missing_some: [1, { var: 'keys' }] })).toEqual(['condition_invalid_operand']);
    const eight = 'a.b.c.d.e.f.g.h';
    expect(safeCompileCondition({ var: eight }).ok).toBe(true);
    expect(issuesOf({ var: `${eight}.i` })[0]).toMatchObject({
      code: 'condition_path_too_long',
      params: { segments: 9, max: CONDITION_LIMITS.maxPathSegments },
    });
  });

  it('refuses values that are not JSON data, without running getters', () => {
    const getter = vi.fn(() => [1, 1]);
    const withGetter = Object.defineProperty({}, '==', { get: getter, enumerable: true });
    const cases: [unknown, string][] = [
      [Number.NaN, 'NaN'],
      [{ '+': [1, Number.POSITIVE_INFINITY] }, 'Infinity'],
      [[undefined], 'undefined'],
      [{ '!': () => true }, 'function'],
      [{ '==': [new Date(0), 1] }, 'Date'],
      [{ '==': [10n, 1] }, 'bigint'],
      [{ '==': [Symbol('x'), 1] }, 'symbol'],
      [{ [Symbol('x')]: 1, var: 'a' }, 'symbol'],
      [withGetter, 'getter'],
      [{ in: ['a', new Map()] }, 'Map'],
      [{ '!': new (class Rule {})() }, 'Rule'],
    ];
    for (const [logic, type] of cases) {
      expect(issuesOf(logic)[0]).toMatchObject({ code: 'condition_invalid_value', params: { type } });
    }
    // biome-ignore lint/suspicious/noSparseArray: a hole is the point
    expect(issuesOf({ in: ['a', [1, , 3]] })[0]).toMatchObject({
      code: 'condition_invalid_value',
      path: ['in', 1, 1],
    });
    expect(getter).not.toHaveBeenCalled();
  });

  it('refuses objects that are not one operation, and wrong argument counts', () => {
    expect(codesOf({})).toEqual(['condition_not_operation']);
    expect(issuesOf({ '==': [1, 1], '!=': [1, 2] })[0]).toMatchObject({
      code: 'condition_not_operation',
      params: { count: 2, keys: ['==', '!='] },
    });
    expect(issuesOf({ '==': [1] })[0]).toMatchObject({
      code: 'condition_arity',
      params: { operation: '==', min: 2, max: 2, got: 1 },
    });
    expect(codesOf({ '!': [] })).toEqual(['condition_arity']);
    expect(codesOf({ '>': [1, 2, 3] })).toEqual(['condition_arity']);
    expect(codesOf({ '?:': [1, 2] })).toEqual(['condition_arity']);
    expect(codesOf({ map: [[1]] })).toEqual(['condition_arity']);
    expect(codesOf({ var: ['a', 1, 2] })).toEqual(['condition_arity']);
  });

  it('reports every problem, with paths prefixed by the given path', () => {
    const issues = issuesOf(
      {
        and: [
          { method: [{ var: '__proto__' }, 'toString'] },
          { '==': [{ var: 'channel' }] },
          { in: [{ var: 'constructor' }, ['a', Number.NaN]] },
        ],
      },
      ['targets', 3, 'when'],
    );
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['condition_unknown_operation', ['targets', 3, 'when', 'and', 0]],
      ['condition_forbidden_segment', ['targets', 3, 'when', 'and', 0, 'method', 0, 'var']],
      ['condition_arity', ['targets', 3, 'when', 'and', 1]],
      ['condition_forbidden_segment', ['targets', 3, 'when', 'and', 2, 'in', 0, 'var']],
      ['condition_invalid_value', ['targets', 3, 'when', 'and', 2, 'in', 1, 1]],
    ]);
    for (const issue of issues) expect(issue.message).toBe(renderMessage(issue.code, issue.params, 'en'));

    const error = (() => {
      try {
        compileCondition({ and: [{ method: [] }, { log: 1 }] }, ['when']);
      } catch (caught) {
        return caught as ConditionError;
      }
    })();
    expect(error).toBeInstanceOf(ConditionError);
    expect(error?.code).toBe('condition_unknown_operation');
    expect(error?.path).toEqual(['when', 'and', 0]);
    expect(error?.issues).toHaveLength(2);
    expect(error?.message).toBe(
      'when.and[0]: "method" is not an operation a condition may use (and 1 more problem)',
    );
    expect(error?.localizedMessage('zh')).toBe('when.and[0]: 条件中不允许使用运算 "method" (另有 1 个问题)');
  });

  it('bounds depth, size and string length', () => {
    const nest = (levels: number): unknown => {
      let value: unknown = true;
      for (let i = 0; i < levels; i++) value = [value];
      return value;
    };
    expect(safeCompileCondition(nest(CONDITION_LIMITS.maxDepth - 1)).ok).toBe(true);
    expect(codesOf(nest(CONDITION_LIMITS.maxDepth))).toEqual(['condition_too_deep']);
    // Far deeper than the stack could recurse: refused at the limit, never walked further.
    let deep: unknown = true;
    for (let i = 0; i < 100_000; i++) deep = { '!': [deep] };
    expect(issuesOf(deep)).toEqual([
      expect.objectContaining({ code: 'condition_too_deep', params: { max: CONDITION_LIMITS.maxDepth } }),
    ]);

    // {"in": ["x", [...]]}: the object, its argument list, "x", the array, and the array's elements.
    const list = (n: number) => ({ in: ['x', Array.from({ length: n }, (_, i) => `c${i}`)] });
    expect(safeCompileCondition(list(CONDITION_LIMITS.maxNodes - 4)).ok).toBe(true);
    expect(codesOf(list(CONDITION_LIMITS.maxNodes - 3))).toEqual(['condition_too_large']);
    const huge: unknown[] = [];
    huge.length = 2 ** 31;
    expect(codesOf({ in: ['x', huge] })).toEqual(['condition_too_large']);

    const max = CONDITION_LIMITS.maxStringLength;
    expect(safeCompileCondition({ '==': [{ var: 'a' }, 'x'.repeat(max)] }).ok).toBe(true);
    expect(issuesOf({ '==': [{ var: 'a' }, 'x'.repeat(max + 1)] })[0]).toMatchObject({
      code: 'condition_string_too_long',
      path: ['==', 1],
    });
    expect(codesOf({ var: 'x'.repeat(max + 1) })).toEqual(['condition_string_too_long']);
  });

  it('bounds the work of one evaluation', () => {
    const range = Array.from({ length: 600 }, (_, i) => i);
    // Loops over literal arrays do not depend on the ticket: computed once, when compiled.
    const cubic = compileCondition({ some: [range, { some: [range, { some: [range, false] }] }] }, ['when']);
    expect(cubic.logic).toEqual({ some: [range, { some: [range, { some: [range, false] }] }] });
    expect(cubic.evaluate({})).toBe(false);
    // ...unless that work is more than the fold budget: then the condition is refused at once.
    const doubling = {
      map: [range, { map: [{ merge: [{ var: '' }, range] }, { cat: [{ var: '' }, 'x'] }] }],
    };
    expect(issuesOf(doubling)).toEqual([
      expect.objectContaining({
        code: 'condition_budget_exceeded',
        params: { max: CONDITION_LIMITS.maxFoldSteps },
      }),
    ]);

    // Loops over the ticket's data are bounded by the budget of one evaluation.
    const nested = compileCondition(
      { some: [{ merge: [{ var: 'x' }, range] }, { some: [{ merge: [{ var: '' }, range] }, false] }] },
      ['when'],
    );
    const started = performance.now();
    expect(() => nested.evaluate({ x: 1 })).toThrow(
      expect.objectContaining({ code: 'condition_budget_exceeded', path: ['when'] }),
    );
    expect(performance.now() - started).toBeLessThan(5_000);
    const small = Array.from({ length: 100 }, (_, i) => i);
    expect(() =>
      compileCondition({ merge: [{ var: 'big' }, { var: 'big' }] }).evaluate({ big: small }),
    ).not.toThrow();
    expect(() =>
      compileCondition({ merge: [{ var: 'big' }, { var: 'big' }] }).evaluate({ big: range }),
    ).toThrow(ConditionError);
    // The budget is an option (a contract's limits.conditionSteps).
    expect(() =>
      compileCondition({ merge: [{ var: 'big' }, { var: 'big' }] }, [], { maxSteps: 5_000 }).evaluate({
        big: range,
      }),
    ).not.toThrow();
    // A condition whose ticket-dependent operations alone exceed the budget is refused when compiled.
    const wide = { or: Array.from({ length: 300 }, (_, i) => ({ '==': [{ var: 'c' }, `v${i}`] })) };
    expect(issuesOf(wide)).toEqual([
      expect.objectContaining({ code: 'condition_too_costly', params: { cost: 601, max: 500 } }),
    ]);
    expect(safeCompileCondition(wide, [], { maxSteps: 1_000 }).ok).toBe(true);
  });

  it('answers a literal list with "in" by one lookup, as indexOf would', () => {
    const list = compileCondition({ in: [{ var: 'x' }, ['a', 1, 0, null, true, ['a'], { '==': [1, 1] }]] });
    const answers = ['a', 1, -0, null, true, 'b', 2, false, ['a'], undefined].map((x) =>
      list.evaluate({ x }),
    );
    expect(answers).toEqual([true, true, true, true, true, false, false, false, false, true]);
  });

  it('leaves Object.prototype and friends untouched', () => {
    const snapshot = () =>
      [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((proto) =>
        Object.getOwnPropertyNames(proto).map((name) => [
          name,
          Object.getOwnPropertyDescriptor(proto, name)?.value,
        ]),
      );
    const before = snapshot();
    const attacks = [
      JSON.parse('{"__proto__": {"polluted": "yes"}}'),
      JSON.parse('{"and": [{"__proto__": ["polluted"]}, {"var": "__proto__.polluted"}]}'),
      { constructor: { prototype: { polluted: 'yes' } } },
      { method: [{ var: 'constructor' }, 'assign', [{ polluted: 'yes' }]] },
      { '==.constructor': ['globalThis.polluted = "yes"'] },
      { var: 'constructor.prototype' },
      { merge: [{ var: '__proto__' }, { polluted: 'yes' }] },
    ];
    for (const attack of attacks) expect(safeCompileCondition(attack).ok).toBe(false);

    const hostile = JSON.parse(
      '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "prototype": 1, "a": {"__proto__": {"polluted": "yes"}}}',
    );
    const readers = [
      { var: '' },
      { '===': [{ var: 'polluted' }, null] },
      { '===': [{ var: 'a.polluted' }, null] },
      { map: [[{ var: '' }], { var: '' }] },
      { cat: [{ var: '' }, { var: 'a' }] },
      { missing: ['a', 'polluted'] },
    ];
    for (const reader of readers) {
      const condition = compileCondition(reader);
      expect(condition.evaluate(hostile)).toBe(true);
    }
    expect(compileCondition({ in: ['polluted', { cat: [{ var: 'a' }] }] }).evaluate(hostile)).toBe(false);

    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
    expect((globalThis as Record<string, unknown>).polluted).toBeUndefined();
    expect(snapshot()).toEqual(before);
  });

  it('has an English and a Chinese message for every condition code', () => {
    const triggers: unknown[] = [
      { method: [] },
      {},
      Number.NaN,
      { '==': [1] },
      { var: true },
      { var: '__proto__' },
      { var: 'a.b.c.d.e.f.g.h.i' },
      { missing_some: ['x', ['a']] },
      Array.from({ length: 40 }).reduce<unknown>((inner) => [inner], 1),
      Array.from({ length: 3000 }, () => 1),
      'x'.repeat(2000),
      { or: Array.from({ length: 300 }, () => ({ '!': { var: 'c' } })) },
      {
        map: [
          Array.from({ length: 600 }, () => 1),
          {
            map: [
              { merge: [{ var: '' }, Array.from({ length: 600 }, () => 1)] },
              { cat: [{ var: '' }, 'x'] },
            ],
          },
        ],
      },
    ];
    const seen = new Set<string>();
    for (const trigger of triggers) {
      for (const issue of issuesOf(trigger)) {
        seen.add(issue.code);
        const zh = renderMessage(issue.code, issue.params, 'zh');
        expect(zh).toMatch(/[\u4e00-\u9fff]/);
        expect(zh).not.toBe(issue.message);
      }
    }
    expect(renderMessage('condition_budget_exceeded', { max: 5 }, 'zh')).toBe(
      '条件求值超过 5 步,已中止(conditionSteps);可用选项 limits.conditionSteps 或 --limit conditionSteps=N 调高',
    );
    const codes = Object.keys(messages).filter((code) =>
      code.startsWith('condition_'),
    ) as ConditionIssueCode[];
    expect([...seen].sort()).toEqual(codes.sort());
    expect(renderMessage('condition_arity', { operation: 'var', min: 0, max: 2, got: 3 }, 'en')).toBe(
      '"var" takes 0 to 2 arguments, got 3',
    );
    expect(renderMessage('condition_arity', { operation: 'and', min: 1, max: null, got: 0 }, 'zh')).toBe(
      '"and" 需要至少 1 个参数,实际为 0 个',
    );
  });
});

// ---- properties ----

describe('properties', () => {
  it('well-formed conditions compile, never throw when evaluated, and answer booleans', () => {
    fc.assert(
      fc.property(exprArb, fieldsArb, (logic, fields) => {
        const condition = compileCondition(logic);
        expect(typeof condition.evaluate(fields)).toBe('boolean');
        expect(condition.logic).toEqual(logic);
      }),
      { numRuns: 2000 },
    );
  });

  it('answer as json-logic-js does, with == made strict', () => {
    let compared = 0;
    fc.assert(
      fc.property(exprArb, fieldsArb, (logic, fields) => {
        let theirs: boolean;
        try {
          theirs = jsonLogicAnswer(logic, fields);
        } catch {
          // json-logic-js calls methods of the data (String(x) on an object with a "toString" key).
          return;
        }
        compared += 1;
        expect(compileCondition(logic).evaluate(fields)).toBe(theirs);
        // Not only the truthiness: the value itself, as `cat` writes it, is json-logic-js's too.
        let written: unknown;
        try {
          written = jsonLogic.apply({ cat: [strictly(logic)] } as jsonLogic.RulesLogic, fields);
        } catch {
          return;
        }
        if (typeof written === 'string' && written.length <= CONDITION_LIMITS.maxStringLength) {
          expect(compileCondition({ '===': [{ cat: [logic] }, written] }).evaluate(fields)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
    expect(compared).toBeGreaterThan(2500);
  });

  it('never throw on arbitrary JSON, and what compiles evaluates to a boolean', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fieldsArb, (logic, fields) => {
        const result = safeCompileCondition(logic, ['when']);
        if (result.ok) {
          expect(typeof result.condition.evaluate(fields)).toBe('boolean');
        } else {
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) expect(issue.path.slice(0, 1)).toEqual(['when']);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never throw on arbitrary JavaScript values either', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          withTypedArray: true,
        }),
        (logic) => {
          const result = safeCompileCondition(logic);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('fieldsRead: what an answer depends on', () => {
  it('names the top-level fields read, or all for the ticket as a whole', () => {
    expect(compileCondition({ '==': [{ var: 'customer.tier' }, 'gold'] }).fieldsRead).toEqual(['customer']);
    expect(compileCondition({ some: [{ var: 'tags' }, { '==': [{ var: '' }, 'vip'] }] }).fieldsRead).toEqual([
      'tags',
    ]);
    expect(compileCondition({ missing: ['a', 'b.c'] }).fieldsRead).toEqual(['a', 'b']);
    expect(compileCondition(true).fieldsRead).toEqual([]);
    // The issue's reproduction: `merge [var ""]` makes a list of the whole ticket, and the logic
    // per element reads `priority` of it; the condition depends on every field.
    const whole = compileCondition({
      and: [
        { '==': [{ var: 'channel' }, 'email'] },
        { some: [{ merge: [{ var: '' }] }, { '==': [{ var: 'priority' }, 'high'] }] },
      ],
    });
    expect(whole.fieldsRead).toBe('all');
    expect(whole.evaluate({ channel: 'email', priority: 'high' })).toBe(true);
    expect(whole.evaluate({ channel: 'email', priority: 'low' })).toBe(false);
    expect(compileCondition({ var: [''] }).fieldsRead).toBe('all');
    expect(compileCondition({ var: null }).fieldsRead).toBe('all');
  });

  it('two tickets that agree on the fields read get the same answer', () => {
    let compared = 0;
    fc.assert(
      fc.property(exprArb, fieldsArb, fieldsArb, (logic, a, noise) => {
        const condition = compileCondition(logic);
        const reads = condition.fieldsRead;
        if (reads === 'all') return;
        // b: the fields read copied from a, everything else from another random ticket.
        const b: Record<string, unknown> = { ...noise };
        for (const name of reads) {
          if (Object.hasOwn(a, name)) b[name] = a[name];
          else delete b[name];
        }
        compared += 1;
        expect(condition.evaluate(b)).toBe(condition.evaluate(a));
      }),
      { numRuns: 3000 },
    );
    expect(compared).toBeGreaterThan(1500);
  });
});
