/** A language the library can speak. */
export type Lang = 'en' | 'zh';

export type Renderer<P> = (params: P) => string;
export interface Message<P> {
  en: Renderer<P>;
  zh: Renderer<P>;
}

export const WEEKDAYS_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export const WEEKDAYS_ZH = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;
export const KIND_EN: Record<string, string> = {
  workday: 'a working day',
  weekend: 'weekend',
  holiday: 'official holiday',
  'makeup-workday': 'make-up working day',
  'company-day-off': 'company day off',
  'company-workday': 'company working day',
};
export const KIND_ZH: Record<string, string> = {
  workday: '工作日',
  weekend: '周末',
  holiday: '法定节假日',
  'makeup-workday': '调休上班日',
  'company-day-off': '公司休息日',
  'company-workday': '公司工作日',
};
// Names of value types in messages about the shape of a definition.
export const TYPES_EN: Record<string, string> = {
  record: 'a map of names to values',
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
  undefined: 'nothing',
  duration: 'a duration',
};
export const TYPES_ZH: Record<string, string> = {
  record: '名称到值的映射',
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  object: '对象',
  array: '列表',
  null: 'null',
  undefined: '空值',
  duration: '期限',
};
export const typeEn = (key: string): string =>
  key
    .split('|')
    .map((k) => TYPES_EN[k] ?? k)
    .join(' or ');
export const typeZh = (key: string): string =>
  key
    .split('|')
    .map((k) => TYPES_ZH[k] ?? k)
    .join('或');

export const define = <P>(en: Renderer<P>, zh: Renderer<P>): Message<P> => ({ en, zh });

/** How many characters of a value from the input a message quotes; the rest is cut (`…`). */
export const QUOTED_CHARACTERS = 80;

/** A text from the input, cut to {@link QUOTED_CHARACTERS}: a message never repeats megabytes. */
export const cut = (text: string): string =>
  text.length > QUOTED_CHARACTERS ? `${text.slice(0, QUOTED_CHARACTERS - 1)}…` : text;

/** How many characters of a parser's own sentence a message repeats (it may quote the input at length). */
export const DETAIL_CHARACTERS = 300;

/** A parser's message (YAML, JSON), cut to {@link DETAIL_CHARACTERS}: it quotes the offending line whole. */
export const cutDetail = (text: string): string =>
  text.length > DETAIL_CHARACTERS ? `${text.slice(0, DETAIL_CHARACTERS - 1)}…` : text;

export const quote = (value: unknown): string => {
  if (typeof value === 'string') return JSON.stringify(cut(value));
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (value instanceof Date)
    return `Date(${Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString()})`;
  try {
    // NaN and the infinities as themselves, not as JSON's null.
    const text = JSON.stringify(value, (_, v: unknown) =>
      typeof v === 'number' && !Number.isFinite(v) ? String(v) : v,
    );
    return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return Object.prototype.toString.call(value);
  }
};

// ---- reasons: why a value was refused, as a key plus the facts the sentence is built from ----
//
// A message such as invalid_instant says *what* was refused; its `reason` param says *why*, as data
// (`{ key: 'no-such-month', month: 13 }`), rendered by the tables below in the message's language.

/** A table rendering every reason of a union, keyed by its `key`. */
export type ReasonTable<R extends { key: string }> = { [K in R['key']]: Message<Extract<R, { key: K }>> };

export function renderReason<R extends { key: string }>(
  table: ReasonTable<R>,
  reason: R,
  lang: Lang,
): string {
  const message = table[reason.key as R['key']] as unknown as Message<R> | undefined;
  // A reason from an older caller, or a plain string: show it rather than fail while reporting a failure.
  return message === undefined ? String((reason as { key?: unknown }).key ?? reason) : message[lang](reason);
}
