/**
 * Finds the first JSON syntax error in a text and where it is. JSON.parse says that a text is not
 * JSON, but on Node 20 often not where; a definition's author needs the line and column.
 */
import type { JsonExpectation } from '../errors/messages.js';

/** A JSON number at the reader's position (sticky: matching never copies the rest of the text). */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * The first syntax error: its offset and what was expected there (`less-nesting` past `maxDepth`
 * levels); undefined when the text is JSON.
 */
export function findJsonSyntaxError(
  text: string,
  maxDepth = 512,
): { offset: number; expected: JsonExpectation } | undefined {
  let i = 0;
  const fail = (expected: JsonExpectation): never => {
    throw { offset: i, expected };
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail('value');
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 0x20) fail('unescaped-control');
      if (c === 92) {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('hex-digits');
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else fail('escape');
      } else i++;
    }
    fail('closing-quote');
  };
  const number = () => {
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    if (match === null) fail('value');
    i += match![0].length;
  };
  const value = (depth: number): void => {
    if (depth > maxDepth) fail('less-nesting');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('key');
        string();
        ws();
        if (text[i] !== ':') fail('colon');
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail('comma-or-brace');
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail('comma-or-bracket');
      }
    } else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else number();
  };
  try {
    value(0);
    ws();
    if (i < text.length) fail('end');
    return undefined;
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'offset' in error)
      return error as { offset: number; expected: JsonExpectation };
    throw error;
  }
}
