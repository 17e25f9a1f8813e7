/**
 * The limits a definition's value keeps, checked before its schema in one pass with an explicit
 * stack: nesting and keys (a definition given as an object was not measured as text; an object that
 * refers to itself is cut off by these two), the length of every string and key, and the number of
 * targets, calendars and service-hours windows, the parts whose count every ticket or every
 * calendar question pays for.
 */
import type { IssuePath } from '../errors/errors.js';
import type { Limits } from '../limits/limits.js';
import type { IssueList } from './issues.js';

/** A value still to be visited, with how to name its path when a problem is found there. */
interface Visit {
  value: unknown;
  parent: Visit | undefined;
  key: string | number;
  depth: number;
}

function pathOf(visit: Visit): IssuePath {
  const path: Array<string | number> = [];
  for (let v: Visit | undefined = visit; v?.parent !== undefined; v = v.parent) path.push(v.key);
  return path.reverse();
}

/** The windows and dated exceptions of one service-hours definition. */
function countWindows(spec: unknown): number {
  if (typeof spec !== 'object' || spec === null) return 0;
  const lengthOf = (list: unknown) => (Array.isArray(list) ? list.length : 0);
  const { windows, rules, exceptions } = spec as Record<string, unknown>;
  let count = lengthOf(windows);
  if (Array.isArray(rules))
    for (const rule of rules) count += lengthOf((rule as { windows?: unknown })?.windows);
  if (Array.isArray(exceptions)) {
    count += exceptions.length;
    for (const exception of exceptions) count += lengthOf((exception as { windows?: unknown })?.windows);
  }
  return count;
}

/**
 * Checks a definition's value against `limits`, reporting each limit crossed (with its path) to
 * `issues`; false when any was.
 *
 * @example
 * checkValueLimits({ title: 'x'.repeat(20_000) }, DEFAULT_LIMITS, issues)
 * //=> false (issues: title: this text is 20,000 characters long, over the limit of 10,000 characters ...)
 */
export function checkValueLimits(value: unknown, limits: Limits, issues: IssueList): boolean {
  const before = issues.items.length;
  const root = value as Record<string, unknown>;
  if (Array.isArray(root.targets) && root.targets.length > limits.targets) {
    issues.error('limit_exceeded', { limit: 'targets', actual: root.targets.length, max: limits.targets }, [
      'targets',
    ]);
  }
  const calendars = root.calendars;
  if (typeof calendars === 'object' && calendars !== null && !Array.isArray(calendars)) {
    const count = Object.keys(calendars).length;
    if (count > limits.calendars) {
      issues.error('limit_exceeded', { limit: 'calendars', actual: count, max: limits.calendars }, [
        'calendars',
      ]);
    }
  }
  const hours = root.hours;
  if (typeof hours === 'object' && hours !== null && !Array.isArray(hours)) {
    for (const [name, spec] of Object.entries(hours)) {
      const count = countWindows(spec);
      if (count > limits.windows) {
        issues.error('limit_exceeded', { limit: 'windows', actual: count, max: limits.windows }, [
          'hours',
          name,
        ]);
      }
    }
  }

  let entries = 0;
  let tooDeep = false;
  const stack: Visit[] = [{ value, parent: undefined, key: '', depth: 0 }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const node = visit.value;
    if (typeof node === 'string') {
      if (node.length > limits.stringLength) {
        issues.error(
          'limit_exceeded',
          { limit: 'stringLength', actual: node.length, max: limits.stringLength },
          pathOf(visit),
        );
      }
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    const depth = visit.depth + 1;
    if (depth > limits.contractDepth) {
      if (!tooDeep) {
        tooDeep = true;
        issues.error(
          'limit_exceeded',
          { limit: 'contractDepth', actual: depth, max: limits.contractDepth, atLeast: true },
          pathOf(visit),
        );
      }
      continue;
    }
    const keys: readonly string[] | undefined = Array.isArray(node) ? undefined : Object.keys(node);
    entries += keys === undefined ? (node as unknown[]).length : keys.length;
    if (entries > limits.contractKeys) {
      issues.error(
        'limit_exceeded',
        { limit: 'contractKeys', actual: limits.contractKeys, max: limits.contractKeys, atLeast: true },
        pathOf(visit),
      );
      break;
    }
    if (keys === undefined) {
      const list = node as unknown[];
      for (let i = 0; i < list.length; i++) stack.push({ value: list[i], parent: visit, key: i, depth });
      continue;
    }
    for (const key of keys) {
      if (key.length > limits.stringLength) {
        issues.error(
          'limit_exceeded',
          { limit: 'stringLength', actual: key.length, max: limits.stringLength },
          pathOf(visit),
        );
        continue;
      }
      stack.push({ value: (node as Record<string, unknown>)[key], parent: visit, key, depth });
    }
  }
  return issues.items.length === before;
}
