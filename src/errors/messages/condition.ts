import { raiseEn } from './limits.js';
import { define, quote } from './shared.js';

export const conditionMessages = {
  condition_unknown_operation: define<{ operation: string }>(
    (p) => `${quote(p.operation)} is not an operation a condition may use`,
    (p) => `条件中不允许使用运算 ${quote(p.operation)}`,
  ),
  condition_not_operation: define<{ count: number; keys: readonly string[] }>(
    (p) =>
      `an object in a condition must have exactly one key, the operation; this one has ${p.count}` +
      `${p.keys.length > 0 ? ` (${p.keys.map(quote).join(', ')}${p.count > p.keys.length ? ', ...' : ''})` : ''}`,
    (p) =>
      `条件中的对象必须恰有一个键(即运算名),此对象有 ${p.count} 个` +
      `${p.keys.length > 0 ? `(${p.keys.map(quote).join('、')}${p.count > p.keys.length ? '……' : ''})` : ''}`,
  ),
  condition_invalid_value: define<{ type: string }>(
    (p) =>
      `not JSON data (${p.type}); a condition may hold only null, booleans, finite numbers, strings, arrays and operations`,
    (p) => `不是 JSON 数据(${p.type});条件中只能包含 null、布尔值、有限数字、字符串、数组和运算`,
  ),
  condition_arity: define<{ operation: string; min: number; max: number | null; got: number }>(
    (p) =>
      `${quote(p.operation)} takes ${p.max === p.min ? p.min : p.max === null ? `at least ${p.min}` : `${p.min} to ${p.max}`} ` +
      `argument${p.max === 1 || (p.max === null && p.min === 1) ? '' : 's'}, got ${p.got}`,
    (p) =>
      `${quote(p.operation)} 需要${p.max === p.min ? ` ${p.min} ` : p.max === null ? `至少 ${p.min} ` : ` ${p.min} 至 ${p.max} `}个参数,实际为 ${p.got} 个`,
  ),
  condition_invalid_path: define<{ operation: string; input: string }>(
    (p) =>
      `${quote(p.operation)} needs a literal path (dot-separated names, or a non-negative integer), got ${p.input}`,
    (p) => `${quote(p.operation)} 需要字面量路径(以点分隔的名称,或非负整数),实际为 ${p.input}`,
  ),
  condition_forbidden_segment: define<{ operation: string; input: string; segment: string }>(
    (p) =>
      `${quote(p.operation)} path ${quote(p.input)} names ${quote(p.segment)}, which a condition may never read`,
    (p) => `${quote(p.operation)} 的路径 ${quote(p.input)} 含有 ${quote(p.segment)},条件不得读取该名称`,
  ),
  condition_path_too_long: define<{ operation: string; input: string; segments: number; max: number }>(
    (p) =>
      `${quote(p.operation)} path ${quote(p.input)} has ${p.segments} segments; at most ${p.max} are allowed`,
    (p) => `${quote(p.operation)} 的路径 ${quote(p.input)} 有 ${p.segments} 段,最多允许 ${p.max} 段`,
  ),
  condition_invalid_operand: define<{ operation: string; expected: 'count' | 'paths'; input: string }>(
    (p) =>
      `${quote(p.operation)} needs ${p.expected === 'count' ? 'a literal non-negative integer' : 'a literal array of paths'} here, got ${p.input}`,
    (p) =>
      `${quote(p.operation)} 此处需要${p.expected === 'count' ? '非负整数字面量' : '路径数组字面量'},实际为 ${p.input}`,
  ),
  condition_too_deep: define<{ max: number }>(
    (p) => `the condition is nested more than ${p.max} levels deep`,
    (p) => `条件嵌套超过 ${p.max} 层`,
  ),
  condition_too_large: define<{ max: number }>(
    (p) => `the condition holds more than ${p.max} values`,
    (p) => `条件包含的值超过 ${p.max} 个`,
  ),
  condition_string_too_long: define<{ length: number; max: number }>(
    (p) => `a string of ${p.length} characters is longer than the ${p.max} a condition allows`,
    (p) => `字符串长 ${p.length} 个字符,超过条件允许的 ${p.max} 个`,
  ),
  condition_budget_exceeded: define<{ max: number }>(
    (p) =>
      `evaluating the condition took more than ${p.max} steps and was stopped (conditionSteps); raise it with ${raiseEn('conditionSteps')}`,
    (p) =>
      `条件求值超过 ${p.max} 步,已中止(conditionSteps);可用选项 limits.conditionSteps 或 --limit conditionSteps=N 调高`,
  ),
  condition_too_costly: define<{ cost: number; max: number }>(
    (p) =>
      `the condition applies ${p.cost} operations to each ticket, more than the ${p.max} steps one evaluation may take (conditionSteps); simplify it (a literal list with "in" is one step) or raise the limit with ${raiseEn('conditionSteps')}`,
    (p) =>
      `该条件对每张工单执行 ${p.cost} 次运算,超过单次求值允许的 ${p.max} 步(conditionSteps);请简化条件(对字面量列表使用 "in" 只算一步),或用选项 limits.conditionSteps 或 --limit conditionSteps=N 调高`,
  ),
} as const;
