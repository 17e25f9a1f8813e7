/**
 * Messages of drafting a definition from an agreement's text (src/draft): the options a caller
 * gives `draftContract`, and the library's own failure to draft a valid definition.
 */
import { define, quote } from './shared.js';

/** What a `draftContract` option should have been (`draft_option`). */
export type DraftOptionExpectation =
  | 'text'
  | 'term'
  | 'time-zone'
  | 'amount'
  | 'duration'
  | 'id'
  | 'value-key';

const DRAFT_OPTION_EXPECTATIONS: Record<
  DraftOptionExpectation,
  { en: (known: string[]) => string; zh: (known: string[]) => string }
> = {
  text: { en: () => 'a text', zh: () => '文本' },
  term: {
    en: () => 'an object { start, end } of dates (YYYY-MM-DD)',
    zh: () => '由日期(YYYY-MM-DD)组成的对象 { start, end }',
  },
  'time-zone': {
    en: () => 'an IANA time zone such as "Asia/Shanghai"',
    zh: () => 'IANA 时区,例如 "Asia/Shanghai"',
  },
  amount: {
    en: () => 'an amount written as a decimal text, such as "50000.00"',
    zh: () => '以十进制文本书写的金额,例如 "50000.00"',
  },
  duration: {
    en: () => 'a duration such as "30 seconds" or "2 working days"',
    zh: () => '期限,例如 "30 seconds" 或 "2 working days"',
  },
  id: {
    en: () => 'an id: a letter, then letters, digits, - or _ (64 at most)',
    zh: () => '标识:以字母开头,由字母、数字、- 或 _ 组成(最多 64 个字符)',
  },
  'value-key': {
    en: (known) => `a key the draft names (${known.join(', ')})`,
    zh: (known) => `草稿列出的键(${known.join('、')})`,
  },
};

export const draftMessages = {
  draft_option: define<{
    option: string;
    expected: DraftOptionExpectation;
    input: unknown;
    known?: string[];
  }>(
    (p) =>
      `${p.option} must be ${DRAFT_OPTION_EXPECTATIONS[p.expected].en(p.known ?? [])}, got ${quote(p.input)}`,
    (p) =>
      `${p.option} 应为${DRAFT_OPTION_EXPECTATIONS[p.expected].zh(p.known ?? [])},实际为 ${quote(p.input)}`,
  ),
  draft_invalid: define<{ first: string; count: number }>(
    (p) =>
      `the drafted definition is not valid (${p.count} problem${p.count === 1 ? '' : 's'}, the first: ${p.first}); this is a bug in contract-terms, please report it with the text`,
    (p) =>
      `起草的定义无效(${p.count} 个问题,第一个:${p.first});这是 contract-terms 的缺陷,请附上合同文本报告`,
  ),
};
