/**
 * Every message the library prints, in English and Chinese, in one place.
 *
 * Errors and explanations carry a `code` and structured `params`; the text is rendered from this
 * catalogue on demand, so callers can show a message in the user's language and machines can
 * branch on the code without parsing text.
 */

/** A language the library can speak. */
export type Lang = 'en' | 'zh';

type Renderer<P> = (params: P) => string;
interface Message<P> {
  en: Renderer<P>;
  zh: Renderer<P>;
}

const WEEKDAYS_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const WEEKDAYS_ZH = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;
const KIND_EN: Record<string, string> = {
  workday: 'a working day',
  weekend: 'weekend',
  holiday: 'official holiday',
  'makeup-workday': 'make-up working day',
  'company-day-off': 'company day off',
  'company-workday': 'company working day',
};
const KIND_ZH: Record<string, string> = {
  workday: '工作日',
  weekend: '周末',
  holiday: '法定节假日',
  'makeup-workday': '调休上班日',
  'company-day-off': '公司休息日',
  'company-workday': '公司工作日',
};

function ordinalSuffix(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

const define = <P>(en: Renderer<P>, zh: Renderer<P>): Message<P> => ({ en, zh });

const quote = (value: unknown): string => {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (value instanceof Date)
    return `Date(${Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString()})`;
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return Object.prototype.toString.call(value);
  }
};

/** The message catalogue. Keys are the stable error and issue codes. */
export const messages = {
  invalid_civil_date: define<{ input: unknown; reason: string }>(
    (p) => `${quote(p.input)} is not a valid civil date (YYYY-MM-DD): ${p.reason}`,
    (p) => `${quote(p.input)} 不是有效的日期(YYYY-MM-DD):${p.reason}`,
  ),
  invalid_instant: define<{ input: unknown; reason: string }>(
    (p) => `${quote(p.input)} is not a valid instant: ${p.reason}`,
    (p) => `${quote(p.input)} 不是有效的时刻:${p.reason}`,
  ),
  invalid_time_zone: define<{ input: unknown }>(
    (p) => `${quote(p.input)} is not a known IANA time zone`,
    (p) => `${quote(p.input)} 不是已知的 IANA 时区`,
  ),
  date_out_of_range: define<{ input: unknown; min: string; max: string }>(
    (p) => `${quote(p.input)} is outside the supported range ${p.min}..${p.max}`,
    (p) => `${quote(p.input)} 超出支持的范围 ${p.min}..${p.max}`,
  ),
  calendar_coverage: define<{ year: number; calendar: string; coverage: string }>(
    (p) =>
      `no official working-day schedule for ${p.year} is loaded (${p.calendar} covers ${p.coverage}); ` +
      `load the ${p.year} notice with extraYears, or ask for an estimate with beyondCoverage: 'weekends'`,
    (p) =>
      `未加载 ${p.year} 年的官方工作日安排(${p.calendar} 覆盖 ${p.coverage});` +
      `请通过 extraYears 加载 ${p.year} 年的通知,或以 beyondCoverage: 'weekends' 明确要求估算`,
  ),
  calendar_range: define<{ calendar: string; limit: string }>(
    (p) => `${p.calendar}: the answer lies beyond ${p.limit}, the last day this calendar can compute`,
    (p) => `${p.calendar}:结果超出该日历可计算的最后一天 ${p.limit}`,
  ),
  calendar_data: define<{ source: string; detail: string }>(
    (p) => `invalid holiday schedule data in ${p.source}: ${p.detail}`,
    (p) => `节假日安排数据 ${p.source} 无效:${p.detail}`,
  ),
  unknown_region: define<{ input: unknown }>(
    (p) =>
      `${quote(p.input)} is not a region date-holidays knows (use a country code such as "US", "JP" or "US-CA")`,
    (p) => `date-holidays 不认识地区 ${quote(p.input)}(请使用 "US"、"JP" 或 "US-CA" 等代码)`,
  ),
  invalid_argument: define<{ name: string; expected: string; input: unknown }>(
    (p) => `${p.name} must be ${p.expected}, got ${quote(p.input)}`,
    (p) => `${p.name} 应为 ${p.expected},实际为 ${quote(p.input)}`,
  ),
  // ---- explanations of calendar answers ----
  explain_day: define<{ date: string; weekday: number; kind: string; name?: string; working: boolean }>(
    (p) =>
      `${p.date} (${WEEKDAYS_EN[p.weekday - 1]}) is ${p.working ? 'a working day' : 'a rest day'}: ${KIND_EN[p.kind] ?? p.kind}${p.name ? ` (${p.name})` : ''}`,
    (p) =>
      `${p.date}(${WEEKDAYS_ZH[p.weekday - 1]})${p.working ? '是工作日' : '是休息日'}:${KIND_ZH[p.kind] ?? p.kind}${p.name ? `(${p.name})` : ''}`,
  ),
  explain_add: define<{ start: string; n: number; result: string; notable: string }>(
    (p) =>
      p.n === 0
        ? `${p.start} plus 0 working days is ${p.start} itself`
        : `${p.result} is the ${Math.abs(p.n)}${ordinalSuffix(Math.abs(p.n))} working day ${p.n > 0 ? 'after' : 'before'} ${p.start} ` +
          `(${p.start} itself is not counted, Civil Code art. 201)${p.notable ? `; on the way: ${p.notable}` : ''}`,
    (p) =>
      p.n === 0
        ? `${p.start} 加 0 个工作日即其本身`
        : `${p.result} 是 ${p.start} ${p.n > 0 ? '之后' : '之前'}第 ${Math.abs(p.n)} 个工作日(${p.start} 当日不计入,民法典第二百零一条)` +
          `${p.notable ? `;其间:${p.notable}` : ''}`,
  ),
  explain_between: define<{ from: string; to: string; count: number; notable: string }>(
    (p) =>
      `${Math.abs(p.count)} working day(s) d with ${p.count < 0 ? `${p.to} < d <= ${p.from} (negative: to is before from)` : `${p.from} < d <= ${p.to}`}` +
      `${p.notable ? `; among them or skipped: ${p.notable}` : ''}`,
    (p) =>
      `${p.count < 0 ? `${p.to} 之后至 ${p.from}(含)` : `${p.from} 之后至 ${p.to}(含)`}共 ${Math.abs(p.count)} 个工作日${p.count < 0 ? '(结束早于开始,记为负数)' : ''}` +
      `${p.notable ? `;其间:${p.notable}` : ''}`,
  ),
  explain_notable_day: define<{
    date: string;
    weekday: number;
    kind: string;
    name?: string;
    estimated: boolean;
    provisional: boolean;
    until?: string;
  }>(
    (p) =>
      `${p.until ? `${p.date}..${p.until}` : `${p.date} (${WEEKDAYS_EN[p.weekday - 1]})`} ${KIND_EN[p.kind] ?? p.kind}${p.name ? ` (${p.name})` : ''}` +
      `${p.estimated ? ' [estimate: no official schedule]' : ''}${p.provisional ? ' [provisional: next notice may move it]' : ''}`,
    (p) =>
      `${p.until ? `${p.date}..${p.until}` : `${p.date}(${WEEKDAYS_ZH[p.weekday - 1]})`}${KIND_ZH[p.kind] ?? p.kind}${p.name ? `(${p.name})` : ''}` +
      `${p.estimated ? '[估算:无官方安排]' : ''}${p.provisional ? '[暂定:下一年通知可能调整]' : ''}`,
  ),
} as const;

/** A stable code naming what went wrong. */
export type MessageCode = keyof typeof messages;

/** The parameters a message with the given code is rendered from. */
export type MessageParams<C extends MessageCode> = Parameters<(typeof messages)[C]['en']>[0];

/**
 * Renders the message with the given code in a language.
 *
 * @example
 * renderMessage('invalid_time_zone', { input: 'Mars/Base' }, 'zh')
 * //=> '"Mars/Base" 不是已知的 IANA 时区'
 */
export function renderMessage<C extends MessageCode>(
  code: C,
  params: MessageParams<C>,
  lang: Lang = 'en',
): string {
  const message = messages[code] as Message<MessageParams<C>>;
  return message[lang](params);
}
