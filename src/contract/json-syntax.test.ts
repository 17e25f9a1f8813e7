import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './json-syntax.js';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('findJsonSyntaxError', () => {
  it('finds where a text stops being JSON', () => {
    expect(findJsonSyntaxError('{\n  "a": \n}')).toEqual({ offset: 10, expected: 'value' });
    expect(findJsonSyntaxError('{"a": 1,}')).toEqual({ offset: 8, expected: 'key' });
    expect(findJsonSyntaxError('[1 2]')).toEqual({ offset: 3, expected: 'comma-or-bracket' });
    expect(findJsonSyntaxError('{"a": 1}')).toBeUndefined();
  });

  it('agrees with JSON.parse on random texts, JSON values and their prefixes', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(findJsonSyntaxError(s) === undefined).toBe(parses(s));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.json(), fc.nat(), (json, cut) => {
        const text = json.slice(0, cut % (json.length + 1));
        expect(findJsonSyntaxError(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 3000 },
    );
  });
});
