/**
 * The shape of a definition's text before it is built into a document: how deeply it nests and how
 * many keys and list items it holds, measured on the YAML parser's concrete syntax tree (which the
 * parser builds without recursion) in one pass with an explicit stack. Building the document and
 * its JavaScript value recurses once per level, so a text nested thousands of levels deep must be
 * refused here, before it can exhaust the call stack.
 */
import type { CST } from 'yaml';

/** What {@link measureShape} found: the deepest nesting and the number of entries, with where. */
export interface TextShape {
  /** The deepest nesting (each mapping and list is one level). */
  depth: number;
  /** Where the first collection deeper than `maxDepth` starts (an offset), or -1. */
  tooDeepAt: number;
  /** Keys of mappings and items of lists, counted together. */
  entries: number;
  /** Where the entry past `maxEntries` starts (an offset), or -1. */
  tooManyAt: number;
}

/** A CST node with the fields the walk reads (every token type has a subset of these). */
interface Walked {
  type?: string;
  offset?: number;
  value?: unknown;
  key?: unknown;
  items?: ReadonlyArray<{ start?: unknown; key?: unknown; sep?: unknown; value?: unknown }>;
  props?: unknown;
}

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

/**
 * Measures the nesting and the entries of the documents of a CST, in time linear in its size.
 *
 * @example
 * measureShape([...new Parser().parse('a: [1, [2]]\nb: 3\n')], 64, 100)
 * //=> { depth: 3, tooDeepAt: -1, entries: 5, tooManyAt: -1 }
 */
export function measureShape(tokens: readonly CST.Token[], maxDepth: number, maxEntries: number): TextShape {
  const shape: TextShape = { depth: 0, tooDeepAt: -1, entries: 0, tooManyAt: -1 };
  const stack: Array<[Walked, number]> = [];
  for (const token of tokens) stack.push([token as Walked, 0]);
  while (stack.length > 0) {
    const [node, outer] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    let depth = outer;
    if (node.type !== undefined && COLLECTIONS.has(node.type)) {
      depth = outer + 1;
      if (depth > shape.depth) shape.depth = depth;
      if (depth > maxDepth && shape.tooDeepAt < 0) shape.tooDeepAt = node.offset ?? 0;
      const items = node.items ?? [];
      for (let i = 0; i < items.length; i++) {
        shape.entries++;
        if (shape.entries > maxEntries && shape.tooManyAt < 0)
          shape.tooManyAt = offsetOf(items[i]) ?? node.offset ?? 0;
      }
    }
    // Children: a document's value, a collection's items (their keys and values), a node's props.
    if (node.value !== undefined && typeof node.value === 'object') stack.push([node.value as Walked, depth]);
    if (node.key !== undefined && typeof node.key === 'object') stack.push([node.key as Walked, depth]);
    if (Array.isArray(node.props)) for (const prop of node.props) stack.push([prop as Walked, depth]);
    if (node.items !== undefined) {
      for (const item of node.items) {
        if (item.key !== undefined && item.key !== null) stack.push([item.key as Walked, depth]);
        if (item.value !== undefined && item.value !== null) stack.push([item.value as Walked, depth]);
      }
    }
  }
  return shape;
}

/** The offset where a collection item starts, from its first token. */
function offsetOf(item: { start?: unknown; key?: unknown; value?: unknown } | undefined): number | undefined {
  if (item === undefined) return undefined;
  for (const part of [item.key, item.value, ...((item.start as Walked[] | undefined) ?? [])]) {
    const offset = (part as Walked | null | undefined)?.offset;
    if (typeof offset === 'number') return offset;
  }
  return undefined;
}
