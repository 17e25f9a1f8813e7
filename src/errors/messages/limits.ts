import { define } from './shared.js';

/** How a message names what a limit counts, and what crossed it. */
export const LIMIT_TEXT: Record<
  string,
  { en: (n: string) => string; zh: (n: string) => string; unitEn: string; unitZh: string; option: boolean }
> = {
  contractBytes: {
    en: (n) => `the definition is ${n} bytes long`,
    zh: (n) => `定义长 ${n} 字节`,
    unitEn: 'bytes',
    unitZh: '字节',
    option: true,
  },
  contractDepth: {
    en: (n) => `the definition nests ${n} levels deep`,
    zh: (n) => `定义嵌套 ${n} 层`,
    unitEn: 'levels',
    unitZh: '层',
    option: true,
  },
  contractKeys: {
    en: (n) => `the definition has ${n} keys and list items`,
    zh: (n) => `定义含 ${n} 个键和列表项`,
    unitEn: 'keys and list items',
    unitZh: '个键和列表项',
    option: true,
  },
  stringLength: {
    en: (n) => `this text is ${n} characters long`,
    zh: (n) => `该文本长 ${n} 个字符`,
    unitEn: 'characters',
    unitZh: '个字符',
    option: true,
  },
  targets: {
    en: (n) => `the definition has ${n} targets`,
    zh: (n) => `定义含 ${n} 个服务指标`,
    unitEn: 'targets',
    unitZh: '个服务指标',
    option: true,
  },
  calendars: {
    en: (n) => `the definition has ${n} calendars`,
    zh: (n) => `定义含 ${n} 个日历`,
    unitEn: 'calendars',
    unitZh: '个日历',
    option: true,
  },
  windows: {
    en: (n) => `these service hours have ${n} windows and dated exceptions`,
    zh: (n) => `该服务时间含 ${n} 个时段和特殊日期`,
    unitEn: 'windows and dated exceptions',
    unitZh: '个时段和特殊日期',
    option: true,
  },
  ticketEvents: {
    en: (n) => `the ticket has ${n} events`,
    zh: (n) => `工单含 ${n} 个事件`,
    unitEn: 'events',
    unitZh: '个事件',
    option: true,
  },
  ticketLineBytes: {
    en: (n) => `the line is ${n} bytes long (it was not read)`,
    zh: (n) => `该行长 ${n} 字节(未读取)`,
    unitEn: 'bytes',
    unitZh: '字节',
    option: false,
  },
  paymentsBytes: {
    en: (n) => `the payments file is ${n} bytes long (it was not read)`,
    zh: (n) => `付款文件长 ${n} 字节(未读取)`,
    unitEn: 'bytes',
    unitZh: '字节',
    option: false,
  },
  conditionSteps: {
    en: (n) => `evaluating the condition took ${n} steps of work`,
    zh: (n) => `条件求值用了 ${n} 步`,
    unitEn: 'steps',
    unitZh: '步',
    option: true,
  },
  explanationPauses: {
    en: (n) => `the explanation lists ${n} pauses`,
    zh: (n) => `说明列出 ${n} 个暂停`,
    unitEn: 'pauses',
    unitZh: '个暂停',
    option: true,
  },
};

/** The names of the limits, as messages list them. */
export const LIMIT_NAMES = Object.keys(LIMIT_TEXT);

/** How to raise a limit: the library option (when there is one) and the command-line flag. */
export const raiseEn = (limit: string): string =>
  `${LIMIT_TEXT[limit]?.option === false ? '' : `the option limits.${limit} or `}--limit ${limit}=N`;

/** A count with thousands separators (`1,048,576`). */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export const limitsMessages = {
  limit_exceeded: define<{ limit: string; actual: number; max: number; atLeast?: boolean }>(
    (p) => {
      const text = LIMIT_TEXT[p.limit];
      const n = `${p.atLeast ? 'more than ' : ''}${grouped(p.atLeast ? p.max : p.actual)}`;
      return `${text === undefined ? `${p.limit} is ${n}` : text.en(n)}, over the limit of ${grouped(p.max)}${text === undefined ? '' : ` ${text.unitEn}`} (${p.limit}); raise it with ${raiseEn(p.limit)}`;
    },
    (p) => {
      const text = LIMIT_TEXT[p.limit];
      const n = `${grouped(p.atLeast ? p.max : p.actual)}${p.atLeast ? ' 以上' : ''}`;
      return `${text === undefined ? `${p.limit} 为 ${n}` : text.zh(n)},超过上限 ${grouped(p.max)}${text === undefined ? '' : ` ${text.unitZh}`}(${p.limit});可用${raiseEn(p.limit).replace(' or ', ' 或 ').replace('the option ', '选项 ')} 调高`;
    },
  ),
} as const;
