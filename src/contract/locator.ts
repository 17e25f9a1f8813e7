/**
 * Where a path of a definition is in its text: the line and column of the key or value it names.
 * Every issue of a definition is located, and a definition may have tens of thousands of issues
 * (each unknown key is one), so a lookup must not scan: each mapping's keys are indexed once, on
 * first use, and a path then costs one map lookup per segment.
 */
import {
  type Document,
  isMap,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { IssuePath } from '../errors/errors.js';

/** A line and a column, 1-based. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Locates paths in a parsed YAML (or JSON) document.
 *
 * @example
 * const lines = new LineCounter();
 * const locator = new Locator(parseDocument('a:\n  b: 1\n', { lineCounter: lines }), lines);
 * [locator.locate(['a', 'b'], true), locator.locate(['a', 'b'], false)]
 * //=> [{ line: 2, column: 3 }, { line: 2, column: 6 }]
 */
export class Locator {
  /** Each mapping's pairs by key text (the first pair of a key wins, as a scan would find it). */
  private readonly indexes = new WeakMap<YAMLMap, Map<string, Pair>>();

  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /**
   * The position of a path: of its last key when `atKey` (an unknown field is its key), else of its
   * value. A path that goes beyond the document stops at the deepest node found.
   */
  locate(path: IssuePath, atKey: boolean): Position | undefined {
    let node: Node | null | undefined = this.doc.contents as Node | null;
    let keyNode: Node | undefined;
    for (const key of path) {
      keyNode = undefined;
      if (isMap(node)) {
        const pair = this.index(node).get(String(key));
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
    const pos = this.lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  }

  private index(map: YAMLMap): Map<string, Pair> {
    let index = this.indexes.get(map);
    if (index === undefined) {
      index = new Map();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        if (!index.has(name)) index.set(name, pair as Pair);
      }
      this.indexes.set(map, index);
    }
    return index;
  }
}
