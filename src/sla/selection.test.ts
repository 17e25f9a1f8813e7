import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exprArb, fieldsArb } from '../../tests/support/condition-arbitraries.js';
import { type CompiledCondition, compileCondition } from '../rules/condition.js';
import { TargetSelection } from './selection.js';
import type { SlaTarget } from './target.js';

/** Targets carrying only what selection reads: their conditions. */
function targetsOf(conditions: ReadonlyArray<CompiledCondition | undefined>): SlaTarget[] {
  return conditions.map((condition) => ({ condition }) as SlaTarget);
}

/** The plain version the memory replaces: every condition asked for every ticket. */
function plainly(conditions: ReadonlyArray<CompiledCondition | undefined>, fields: Record<string, unknown>) {
  const out: number[] = [];
  conditions.forEach((c, k) => {
    if (c === undefined || c.evaluate(fields)) out.push(k);
  });
  return out;
}

/** Field values that a memory keyed on values could confuse: -0 and 0, 1 and '1', null and absent. */
const trickyArb = fc.dictionary(
  fc.constantFrom('channel', 'priority', 'tags', 'n', 'customer', 'x'),
  fc.constantFrom<unknown>(0, -0, 1, '1', '', null, undefined, true, 'email', 'high', [], ['vip'], {}),
  { maxKeys: 4 },
);

/** Ticket field snapshots as readTicket makes them (own properties of a plain object). */
const ticketFieldsArb = fc.oneof(fieldsArb, trickyArb).map((fields) => ({ ...fields }));

describe('target selection', () => {
  it('the issue reproduction: a condition reading the whole ticket is asked for every ticket', () => {
    const reads = compileCondition({
      and: [
        { '==': [{ var: 'channel' }, 'email'] },
        { some: [{ merge: [{ var: '' }] }, { '==': [{ var: 'priority' }, 'high'] }] },
      ],
    });
    const selection = new TargetSelection(targetsOf([undefined, reads]));
    expect(selection.applying({ channel: 'email', priority: 'high' })).toEqual([0, 1]);
    expect(selection.applying({ channel: 'email', priority: 'low' })).toEqual([0]);
    const fresh = new TargetSelection(targetsOf([undefined, reads]));
    expect(fresh.applying({ channel: 'email', priority: 'low' })).toEqual([0]);
    expect(fresh.applying({ channel: 'email', priority: 'high' })).toEqual([0, 1]);
  });

  it('-0 and 0 are different answers when a condition can tell them apart', () => {
    const sign = compileCondition({ '<': [{ '/': [1, { var: 'n' }] }, 0] }); // 1 / -0 = -Infinity
    const selection = new TargetSelection(targetsOf([sign]));
    expect(selection.applying({ n: 0 })).toEqual([]);
    expect(selection.applying({ n: -0 })).toEqual([0]);
    expect(selection.applying({ n: 0 })).toEqual([]);
  });

  it('inherited names are not fields', () => {
    const c = compileCondition({ '!': [{ var: 'toString' }] });
    const selection = new TargetSelection(targetsOf([c]));
    expect(selection.applying({})).toEqual([0]);
    expect(selection.applying({ toString: 'x' })).toEqual([]);
    expect(selection.applying({})).toEqual([0]);
  });

  it('answers as asking every condition, for random conditions, tickets and orders', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(exprArb, { nil: undefined }), { minLength: 1, maxLength: 5 }),
        fc.array(ticketFieldsArb, { minLength: 1, maxLength: 30 }),
        (logics, tickets) => {
          const conditions = logics.map((logic) =>
            logic === undefined ? undefined : compileCondition(logic),
          );
          const selection = new TargetSelection(targetsOf(conditions));
          // Twice through, so that the second pass reads what the first remembered.
          for (const fields of [...tickets, ...[...tickets].reverse()]) {
            expect(selection.applying(fields)).toEqual(plainly(conditions, fields));
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('answers the same once its memory is full', () => {
    const c = compileCondition({ in: [{ var: 'n' }, [3, 10_500, 'x']] });
    const selection = new TargetSelection(targetsOf([c]));
    for (let n = 0; n < 10_600; n++)
      expect(selection.applying({ n })).toEqual(n === 3 || n === 10_500 ? [0] : []);
    expect(selection.applying({ n: 'x' })).toEqual([0]);
  });
});
