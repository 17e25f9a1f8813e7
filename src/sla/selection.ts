/**
 * Target selection: which of a contract's targets apply to a set of ticket fields.
 *
 * Most tickets share a few combinations of the fields conditions read (channel, category, ...), so
 * the answer is remembered per combination, keyed on exactly what each condition's compiler reports
 * it reads (`fieldsRead`), never on a guess. A condition that reads the ticket as a whole
 * (`{"var": ""}`) is evaluated for every ticket; a field whose value is not a plain primitive (an
 * array, an object, -0) makes that ticket skip the memory and evaluate every condition. The memory
 * is bounded; past its bound, tickets are evaluated without it. Answers are the same with or without
 * it (a property test compares both on random conditions, tickets and orders).
 */
import type { SlaTarget } from './target.js';

/** The most combinations remembered. */
const MAX_REMEMBERED = 10_000;

/** Stands for -0 in a key: Map keys treat -0 as 0, conditions can tell them apart (1 / x). */
const NEGATIVE_ZERO: unique symbol = Symbol('-0');
/** What {@link keyOf} returns for a value that cannot be a key. */
const NOT_A_KEY: unique symbol = Symbol('not a key');

/** The key for a field value: the primitive itself (-0 apart), or NOT_A_KEY (arrays, objects, functions). */
function keyOf(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'undefined':
      return value;
    case 'number':
      return Object.is(value, -0) ? NEGATIVE_ZERO : value;
    case 'object':
      return value === null ? null : NOT_A_KEY;
    default:
      return NOT_A_KEY;
  }
}

/** Remembers which targets apply per combination of the values their conditions read. */
export class TargetSelection {
  /** Positions of the targets whose answer may be remembered (no condition, or one reading named fields). */
  private readonly fixed: number[] = [];
  /** Positions of the targets whose condition reads the whole ticket: asked every time. */
  private readonly dynamic: number[] = [];
  /** The fields the remembered conditions read, each once. */
  private readonly keys: string[];
  /** A tree of maps, one level per key, down to the positions of the remembered targets that apply. */
  private readonly memory = new Map<unknown, unknown>();
  private remembered = 0;
  /** The answer when no remembered condition reads any field. */
  private constant: number[] | undefined;

  constructor(private readonly targets: readonly SlaTarget[]) {
    const keys = new Set<string>();
    targets.forEach((target, k) => {
      const reads = target.condition?.fieldsRead ?? [];
      if (reads === 'all') this.dynamic.push(k);
      else {
        this.fixed.push(k);
        for (const field of reads) keys.add(field);
      }
    });
    this.keys = [...keys];
  }

  /**
   * The positions of the targets that apply to `fields`, in definition order. `fields` is a ticket's
   * own snapshot (see readTicket): an object whose own properties are the ticket's fields.
   */
  applying(fields: Readonly<Record<string, unknown>>): readonly number[] {
    const remembered = this.recall(fields);
    if (this.dynamic.length === 0) return remembered ?? this.evaluate(this.fixed, fields);
    const fixed = remembered ?? this.evaluate(this.fixed, fields);
    const dynamic = this.evaluate(this.dynamic, fields);
    if (dynamic.length === 0) return fixed;
    return [...fixed, ...dynamic].sort((a, b) => a - b);
  }

  /** The remembered answer for the fixed targets (computing and remembering it when new), or undefined. */
  private recall(fields: Readonly<Record<string, unknown>>): readonly number[] | undefined {
    const keys = this.keys;
    if (keys.length === 0) {
      this.constant ??= this.evaluate(this.fixed, fields); // no condition reads a field
      return this.constant;
    }
    let node: Map<unknown, unknown> = this.memory;
    for (let i = 0; i < keys.length; i++) {
      const name = keys[i]!;
      // Own properties only, as conditions read them (an inherited `toString` is not a field).
      const key = keyOf(Object.hasOwn(fields, name) ? fields[name] : undefined);
      if (key === NOT_A_KEY) return undefined;
      const last = i === keys.length - 1;
      let next = node.get(key) as Map<unknown, unknown> | number[] | undefined;
      if (next === undefined) {
        if (this.remembered >= MAX_REMEMBERED) return undefined;
        next = last ? this.evaluate(this.fixed, fields) : new Map<unknown, unknown>();
        if (last) this.remembered++;
        node.set(key, next);
      }
      if (last) return next as number[];
      node = next as Map<unknown, unknown>;
    }
    return undefined; // unreachable: the loop returns at its last key
  }

  /** The positions among `candidates` whose conditions hold for `fields`. */
  private evaluate(candidates: readonly number[], fields: Readonly<Record<string, unknown>>): number[] {
    const positions: number[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const k = candidates[i]!;
      const condition = this.targets[k]!.condition;
      if (condition === undefined || condition.evaluate(fields)) positions.push(k);
    }
    return positions;
  }
}
