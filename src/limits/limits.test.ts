import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, LimitError } from '../errors/errors.js';
import { renderMessage } from '../errors/messages.js';
import { DEFAULT_LIMITS, exceed, isLimitName, LIMITS, resolveLimits } from './limits.js';

describe('the limits table', () => {
  it('has one row per limit, each with a default, and the defaults object agrees', () => {
    expect(Object.keys(DEFAULT_LIMITS)).toEqual(LIMITS.map((limit) => limit.name));
    for (const limit of LIMITS) {
      expect(Number.isSafeInteger(limit.default) && limit.default >= 1).toBe(true);
      expect(DEFAULT_LIMITS[limit.name]).toBe(limit.default);
    }
  });

  it('is stated once in docs/limits.md and in the README, with every default', () => {
    const root = join(import.meta.dirname, '../..');
    for (const [file, heading] of [
      ['docs/limits.md', '## The limits'],
      ['README.md', '## Limits'],
    ] as const) {
      const whole = readFileSync(join(root, file), 'utf8');
      const start = whole.indexOf(`\n${heading}\n`);
      expect(start, `${heading} in ${file}`).toBeGreaterThan(0);
      const text = whole.slice(start, whole.indexOf('\n## ', start + 1));
      for (const limit of LIMITS) {
        const row = text.split('\n').find((line) => line.startsWith(`| \`${limit.name}\``));
        expect(row, `${limit.name} in ${file}`).toBeDefined();
        expect(row).toContain(limit.default.toLocaleString('en'));
      }
    }
  });

  it('names every limit in both languages, with how to raise it', () => {
    for (const limit of LIMITS) {
      const params = { limit: limit.name, actual: limit.default + 1, max: limit.default };
      const en = renderMessage('limit_exceeded', params, 'en');
      const zh = renderMessage('limit_exceeded', params, 'zh');
      expect(en).toContain(`(${limit.name})`);
      expect(en).toContain(`--limit ${limit.name}=N`);
      expect(en.includes(`limits.${limit.name}`)).toBe(limit.option);
      expect(zh).toContain(`--limit ${limit.name}=N`);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('resolveLimits', () => {
  it('changes the limits given and keeps the others', () => {
    const limits = resolveLimits({ ticketEvents: 200_000 });
    expect(limits.ticketEvents).toBe(200_000);
    expect(limits.contractBytes).toBe(DEFAULT_LIMITS.contractBytes);
    expect(resolveLimits(undefined)).toBe(DEFAULT_LIMITS);
  });

  it('refuses an unknown limit or a value that is not a whole number >= 1, naming it', () => {
    expect(() => resolveLimits({ tickets: 5 })).toThrow(InvalidArgumentError);
    expect(() => resolveLimits({ tickets: 5 })).toThrow(
      /limits\.tickets: tickets must be one of the limits contractBytes/,
    );
    for (const value of [0, -1, 1.5, Number.NaN, '10', Number.POSITIVE_INFINITY]) {
      expect(() => resolveLimits({ targets: value })).toThrow(
        /limits\.targets: targets must be a whole number >= 1/,
      );
    }
    expect(() => resolveLimits([1])).toThrow(InvalidArgumentError);
    expect(isLimitName('toString')).toBe(false);
    expect(() => resolveLimits(JSON.parse('{"__proto__": {"targets": 1}}'))).toThrow(InvalidArgumentError);
    expect(resolveLimits(Object.create({ targets: 1 })).targets).toBe(DEFAULT_LIMITS.targets);
  });

  it('exceed throws the LimitError naming the limit, what was found and where', () => {
    let caught: unknown;
    try {
      exceed('ticketEvents', 12_000, 10_000, ['events']);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LimitError);
    const error = caught as LimitError;
    expect([error.code, error.limit, error.path]).toEqual(['limit_exceeded', 'ticketEvents', ['events']]);
    expect(error.message).toBe(
      'events: the ticket has 12,000 events, over the limit of 10,000 events (ticketEvents); raise it with the option limits.ticketEvents or --limit ticketEvents=N',
    );
    expect(error.localizedMessage('zh')).toBe(
      'events: 工单含 12,000 个事件,超过上限 10,000 个事件(ticketEvents);可用选项 limits.ticketEvents 或 --limit ticketEvents=N 调高',
    );
  });
});
