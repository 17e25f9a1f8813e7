import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, resolveLimits } from '../limits/limits.js';
import { IssueList } from './issues.js';
import { checkValueLimits } from './value-limits.js';

function check(value: unknown, limits = DEFAULT_LIMITS) {
  const issues = new IssueList();
  const ok = checkValueLimits(value, limits, issues);
  return { ok, issues: issues.items.map((i) => ({ path: i.path, message: i.message })) };
}

describe('checkValueLimits', () => {
  it('accepts a definition within its limits', () => {
    expect(check({ title: 'x', targets: [{ id: 'a' }], hours: { h: { windows: ['09:00-18:00'] } } }).ok).toBe(
      true,
    );
  });

  it('names each string too long by its path, and keys too long by where they are', () => {
    const limits = resolveLimits({ stringLength: 7 });
    expect(
      check({ title: 'x'.repeat(8), parties: { a: ['ok', 'too long'] }, ['k'.repeat(8)]: 1 }, limits).issues,
    ).toEqual([
      expect.objectContaining({ path: [] }),
      expect.objectContaining({ path: ['parties', 'a', 1] }),
      expect.objectContaining({
        path: ['title'],
        message: expect.stringContaining('this text is 8 characters long'),
      }),
    ]);
  });

  it('counts targets, calendars and the windows of each service-hours definition', () => {
    const limits = resolveLimits({ targets: 2, calendars: 1, windows: 3 });
    const value = {
      targets: [{}, {}, {}],
      calendars: { a: {}, b: {} },
      hours: {
        fine: { windows: ['09:00-12:00'] },
        busy: {
          windows: ['09:00-12:00'],
          rules: [{ windows: ['13:00-14:00'] }],
          exceptions: [{ date: 'x', windows: ['1'] }],
        },
      },
    };
    expect(check(value, limits).issues.map((i) => [i.path, i.message.split(',')[0]])).toEqual([
      [['targets'], 'the definition has 3 targets'],
      [['calendars'], 'the definition has 2 calendars'],
      [['hours', 'busy'], 'these service hours have 4 windows and dated exceptions'],
    ]);
  });

  it('bounds an object that refers to itself by nesting and keys, without recursion', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    cyclic.again = cyclic;
    const { ok, issues } = check(cyclic);
    expect(ok).toBe(false);
    expect(issues.map((i) => i.message.split(',')[0])).toContain(
      'the definition nests more than 64 levels deep',
    );
    const sparse: unknown[] = [];
    sparse.length = 2 ** 31;
    expect(check({ targets: sparse }).issues.map((i) => i.message.split(' (')[0])).toContain(
      'the definition has 2,147,483,648 targets, over the limit of 1,000 targets',
    );
  });
});
