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

const KINDS_ZH: Record<string, string> = {
  calendar: '日历',
  hours: '服务时间',
  channel: '渠道',
  desk: '服务台',
  target: '服务指标',
  service: '服务项目',
  'payment rule': '付款规则',
  fee: '费用',
  'credit rule': '扣减规则',
  report: '报告',
  'table row': '表格行',
};

// Names of value types in messages about the shape of a definition.
const TYPES_EN: Record<string, string> = {
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
const TYPES_ZH: Record<string, string> = {
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
const typeEn = (key: string): string =>
  key
    .split('|')
    .map((k) => TYPES_EN[k] ?? k)
    .join(' or ');
const typeZh = (key: string): string =>
  key
    .split('|')
    .map((k) => TYPES_ZH[k] ?? k)
    .join('或');

/** Why an exact-number string (an amount, a rate) was refused. */
export type NumberSyntaxReason =
  | 'number'
  | 'type'
  | 'empty'
  | 'whitespace'
  | 'exponent'
  | 'not-a-number'
  | 'leading-zero'
  | 'grouping'
  | 'chinese-numeral'
  | 'syntax';

/** What a money function expected of an argument it refused. */
export type MoneyArgumentExpectation =
  | 'money'
  | 'money-list'
  | 'decimal'
  | 'factor'
  | 'rounding'
  | 'integer'
  | 'positive-integer'
  | 'non-negative-integer'
  | 'ratios'
  | 'exponent'
  | 'options';

const define = <P>(en: Renderer<P>, zh: Renderer<P>): Message<P> => ({ en, zh });

/** Chinese text runs into Chinese without a space, and is set off from Latin text by one. */
const spaced = (text: string): string => (/^[\x21-\x7e]/.test(text) ? ` ${text}` : text);

/** How many characters of a value from the input a message quotes; the rest is cut (`…`). */
const QUOTED_CHARACTERS = 80;

/** A text from the input, cut to {@link QUOTED_CHARACTERS}: a message never repeats megabytes. */
const cut = (text: string): string =>
  text.length > QUOTED_CHARACTERS ? `${text.slice(0, QUOTED_CHARACTERS - 1)}…` : text;

const quote = (value: unknown): string => {
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
type ReasonTable<R extends { key: string }> = { [K in R['key']]: Message<Extract<R, { key: K }>> };

function renderReason<R extends { key: string }>(table: ReasonTable<R>, reason: R, lang: Lang): string {
  const message = table[reason.key as R['key']] as unknown as Message<R> | undefined;
  // A reason from an older caller, or a plain string: show it rather than fail while reporting a failure.
  return message === undefined ? String((reason as { key?: unknown }).key ?? reason) : message[lang](reason);
}

/** Why a value is not a civil date (`invalid_civil_date`) or an instant (`invalid_instant`). */
export type TimeReason =
  | { key: 'date-object' }
  | { key: 'not-a-string' }
  | { key: 'empty' }
  | { key: 'date-form' }
  | { key: 'date-digits' }
  | { key: 'year-zero' }
  | { key: 'no-such-month'; month: number }
  | { key: 'no-such-day'; month: string; day: number }
  | { key: 'epoch-not-finite' }
  | { key: 'epoch-not-integer' }
  | { key: 'out-of-range' }
  | { key: 'invalid-date-object' }
  | { key: 'instant-type' }
  | { key: 'instant-form' }
  | { key: 'instant-date-form' }
  | { key: 'instant-separator' }
  | { key: 'time-form' }
  | { key: 'seconds-form' }
  | { key: 'fraction-digits' }
  | { key: 'no-such-hour'; hour: number }
  | { key: 'no-such-minute'; minute: number }
  | { key: 'leap-second'; second: number }
  | { key: 'no-offset' }
  | { key: 'offset-form' };

const TIME_REASONS: ReasonTable<TimeReason> = {
  'date-object': define(
    () => 'a Date is an instant, not a civil date; pass "YYYY-MM-DD"',
    () => 'Date 是时刻而不是日期;请传入 "YYYY-MM-DD"',
  ),
  'not-a-string': define(
    () => 'expected a string "YYYY-MM-DD"',
    () => '应为字符串 "YYYY-MM-DD"',
  ),
  empty: define(
    () => 'empty string',
    () => '空字符串',
  ),
  'date-form': define(
    () => 'expected the form YYYY-MM-DD with zero padding',
    () => '应为补零的 YYYY-MM-DD 形式',
  ),
  'date-digits': define(
    () => 'expected digits in YYYY-MM-DD',
    () => 'YYYY-MM-DD 中应为数字',
  ),
  'year-zero': define(
    () => 'year 0000 does not exist',
    () => '不存在 0000 年',
  ),
  'no-such-month': define(
    (p) => `month ${p.month} does not exist`,
    (p) => `不存在 ${p.month} 月`,
  ),
  'no-such-day': define(
    (p) => `${p.month} has no day ${p.day}`,
    (p) => `${p.month} 没有 ${p.day} 日`,
  ),
  'epoch-not-finite': define(
    () => 'epoch milliseconds must be a finite number',
    () => '纪元毫秒数必须是有限数',
  ),
  'epoch-not-integer': define(
    () => 'epoch milliseconds must be a whole number',
    () => '纪元毫秒数必须是整数',
  ),
  'out-of-range': define(
    () => 'outside the range of ECMAScript dates',
    () => '超出 ECMAScript 日期的范围',
  ),
  'invalid-date-object': define(
    () => 'Invalid Date',
    () => '无效的 Date 对象',
  ),
  'instant-type': define(
    () => 'expected a Date, epoch milliseconds or an ISO 8601 string with an offset',
    () => '应为 Date、纪元毫秒数或带 UTC 偏移的 ISO 8601 字符串',
  ),
  'instant-form': define(
    () => 'expected YYYY-MM-DDTHH:MM[:SS[.fff]] and an offset',
    () => '应为 YYYY-MM-DDTHH:MM[:SS[.fff]] 加 UTC 偏移',
  ),
  'instant-date-form': define(
    () => 'expected the date as YYYY-MM-DD',
    () => '日期应为 YYYY-MM-DD',
  ),
  'instant-separator': define(
    () => "expected 'T' between date and time",
    () => "日期与时间之间应为 'T'",
  ),
  'time-form': define(
    () => 'expected the time as HH:MM',
    () => '时间应为 HH:MM',
  ),
  'seconds-form': define(
    () => 'expected seconds as two digits',
    () => '秒应为两位数字',
  ),
  'fraction-digits': define(
    () => 'expected digits after the decimal point',
    () => '小数点后应为数字',
  ),
  'no-such-hour': define(
    (p) => `hour ${p.hour} does not exist (use 00:00 of the next day for midnight)`,
    (p) => `不存在 ${p.hour} 时(午夜请写作次日 00:00)`,
  ),
  'no-such-minute': define(
    (p) => `minute ${p.minute} does not exist`,
    (p) => `不存在 ${p.minute} 分`,
  ),
  'leap-second': define(
    (p) => `second ${p.second} is not supported (no leap seconds)`,
    (p) => `不支持第 ${p.second} 秒(不计闰秒)`,
  ),
  'no-offset': define(
    () => 'no UTC offset: add Z or ±HH:MM to say which instant this wall-clock time is',
    () => '缺少 UTC 偏移:请加上 Z 或 ±HH:MM,指明该钟面时间是哪一时刻',
  ),
  'offset-form': define(
    () => 'expected the offset as Z, ±HH:MM, ±HHMM or ±HH',
    () => 'UTC 偏移应为 Z、±HH:MM、±HHMM 或 ±HH',
  ),
};

/** The units of a duration as the grammar reads them. */
export type DurationUnit = 'ms' | 's' | 'min' | 'h' | 'days' | 'weeks' | 'workingDays' | 'months' | 'years';
/** The kinds of duration, each counted on its own clock. */
export type DurationGroup = 'time' | 'days' | 'workingDays' | 'months';

const UNIT_ZH: Record<DurationUnit, string> = {
  ms: '毫秒',
  s: '秒',
  min: '分钟',
  h: '小时',
  days: '日',
  weeks: '周',
  workingDays: '工作日',
  months: '月',
  years: '年',
};
const GROUP_ZH: Record<DurationGroup, string> = {
  time: '时间',
  days: '日',
  workingDays: '工作日',
  months: '月',
};
const unitEn = (unit: DurationUnit): string => (unit === 'workingDays' ? 'working days' : unit);

/** Why a value is not a duration (`invalid_duration`). */
export type DurationReason =
  | { key: 'iso' }
  | { key: 'empty' }
  | { key: 'number-expected'; at: string }
  | { key: 'unit-expected'; at: string }
  | { key: 'unreadable-number'; number: string }
  | { key: 'unknown-unit'; unit: string }
  | { key: 'form' }
  | { key: 'unknown-field'; field: string; known: readonly string[] }
  | { key: 'negative'; field: string }
  | { key: 'no-amount' }
  | { key: 'clock' }
  | { key: 'not-whole'; unit: DurationUnit }
  | { key: 'too-large'; unit: DurationUnit }
  | { key: 'mixes-kinds'; kinds: readonly DurationGroup[] }
  | { key: 'unit-twice'; unit: DurationUnit }
  | { key: 'clock-not-time'; kind: DurationGroup }
  | { key: 'mixes-clocks' }
  | { key: 'sub-millisecond' }
  | { key: 'too-long' }
  | { key: 'type' }
  | { key: 'normalised' }
  | { key: 'inherited'; field: string };

const DURATION_REASONS: ReasonTable<DurationReason> = {
  iso: define(
    () => 'not an ISO 8601 duration',
    () => '不是 ISO 8601 期限',
  ),
  empty: define(
    () => 'empty string',
    () => '空字符串',
  ),
  'number-expected': define(
    (p) => `expected a number at "${p.at}"`,
    (p) => `"${p.at}" 处应为数字`,
  ),
  'unit-expected': define(
    (p) => `unknown unit at "${p.at || '(end)'}"`,
    (p) => (p.at ? `"${p.at}" 处的单位无法识别` : '末尾缺少单位'),
  ),
  'unreadable-number': define(
    (p) => `cannot read the number "${p.number}"`,
    (p) => `无法读取数字 "${p.number}"`,
  ),
  'unknown-unit': define(
    (p) => `unknown unit "${p.unit}"`,
    (p) => `未知单位 "${p.unit}"`,
  ),
  form: define(
    () => 'expected a number and a unit, e.g. "4 hours", "2 working days", "4小时", "2个工作日"',
    () => '应为数字加单位,例如 "4 hours"、"2 working days"、"4小时"、"2个工作日"',
  ),
  'unknown-field': define(
    (p) => `unknown field "${p.field}" (expected ${p.known.join(', ')})`,
    (p) => `未知字段 "${p.field}"(可用:${p.known.join(', ')})`,
  ),
  negative: define(
    (p) => `${p.field} must be a finite number >= 0`,
    (p) => `${p.field} 必须是大于或等于 0 的有限数`,
  ),
  'no-amount': define(
    () => 'no amount given',
    () => '未给出数量',
  ),
  clock: define(
    () => "clock must be 'calendar' or 'business'",
    () => "clock 必须是 'calendar' 或 'business'",
  ),
  'not-whole': define(
    (p) => `${unitEn(p.unit)} must be a whole number`,
    (p) => `${UNIT_ZH[p.unit]}数必须是整数`,
  ),
  'too-large': define(
    (p) => `${unitEn(p.unit)} is too large`,
    (p) => `${UNIT_ZH[p.unit]}数过大`,
  ),
  'mixes-kinds': define(
    (p) => `mixes ${p.kinds.join(' and ')}, which are counted on different clocks`,
    (p) => `混用了${p.kinds.map((kind) => GROUP_ZH[kind]).join('与')},它们按不同的时钟计算`,
  ),
  'unit-twice': define(
    (p) => `gives ${p.unit} twice`,
    (p) => `${UNIT_ZH[p.unit]}给出了两次`,
  ),
  'clock-not-time': define(
    (p) => `clock applies to time units only, not ${p.kind}`,
    (p) => `clock 只适用于时间单位,不适用于${GROUP_ZH[p.kind]}`,
  ),
  'mixes-clocks': define(
    () => 'mixes business time and calendar time',
    () => '混用了服务时间与自然时间',
  ),
  'sub-millisecond': define(
    () => 'is not a whole number of milliseconds',
    () => '不是整数毫秒',
  ),
  'too-long': define(
    () => 'is longer than a hundred years',
    () => '超过一百年',
  ),
  type: define(
    () => 'expected a string such as "4 hours" or an object such as { hours: 4 }',
    () => '应为 "4 hours" 这样的字符串或 { hours: 4 } 这样的对象',
  ),
  normalised: define(
    () => 'not a valid normalised duration',
    () => '不是有效的规范化期限',
  ),
  inherited: define(
    (p) =>
      `${p.field} is inherited from the object's prototype, not one of its own fields (only own fields are read)`,
    (p) => `${p.field} 继承自对象的原型,而不是对象自身的字段(只读取自身字段)`,
  ),
};

/** The clock a duration is measured on, as messages name it. */
export type DurationKindName = 'business' | 'elapsed' | 'days' | 'workingDays' | 'months';

const DURATION_KINDS: Record<DurationKindName, { en: string; zh: string }> = {
  business: { en: 'business time', zh: '服务时间' },
  elapsed: { en: 'elapsed time', zh: '自然时间' },
  days: { en: 'calendar days', zh: '日历日' },
  workingDays: { en: 'working days', zh: '工作日' },
  months: { en: 'calendar months', zh: '日历月' },
};

/** Why a service-hours specification is refused (`invalid_service_hours`). */
export type HoursReason =
  | { key: 'clock-form'; text: string }
  | { key: 'clock-range'; text: string }
  | { key: 'window-form'; window: string }
  | { key: 'window-type' }
  | { key: 'window-empty'; window: string }
  | { key: 'windows-type' }
  | { key: 'windows-overlap' }
  | { key: 'days-need-calendar'; days: string }
  | { key: 'days-type' }
  | { key: 'kind-needs-calendar'; kind: string }
  | { key: 'unknown-day'; name: string }
  | { key: 'ms-not-whole' }
  | { key: 'negative-duration'; use: 'addBusinessTime' | 'subtractBusinessTime' }
  | { key: 'not-time-duration'; kind: DurationGroup }
  | { key: 'spec-type' }
  | { key: 'unknown-field'; field: string }
  | { key: 'time-zone-required' }
  | { key: 'rules-and-days' }
  | { key: 'rules-type' }
  | { key: 'windows-required' }
  | { key: 'exception-twice'; date: string }
  | { key: 'exception-form' }
  | { key: 'no-windows' }
  | { key: 'day-length' }
  | { key: 'not-hours' };

const HOURS_REASONS: ReasonTable<HoursReason> = {
  'clock-form': define(
    (p) => `"${p.text}" is not a time HH:MM`,
    (p) => `"${p.text}" 不是 HH:MM 格式的时间`,
  ),
  'clock-range': define(
    (p) => `"${p.text}" is not a time of day`,
    (p) => `"${p.text}" 不是一天中的有效时间`,
  ),
  'window-form': define(
    (p) => `"${p.window}" is not a window HH:MM-HH:MM`,
    (p) => `"${p.window}" 不是 HH:MM-HH:MM 格式的时段`,
  ),
  'window-type': define(
    () => 'a window is "HH:MM-HH:MM" or { from, to }',
    () => '时段应为 "HH:MM-HH:MM" 或 { from, to }',
  ),
  'window-empty': define(
    (p) => `"${p.window}" is empty (use 00:00-24:00 for a whole day)`,
    (p) => `"${p.window}" 是空时段(全天请写 00:00-24:00)`,
  ),
  'windows-type': define(
    () => "windows must be a list such as ['09:00-18:00'] or '24h'",
    () => "windows 应为 ['09:00-18:00'] 这样的列表或 '24h'",
  ),
  'windows-overlap': define(
    () => 'windows of one day overlap',
    () => '同一天的时段相互重叠',
  ),
  'days-need-calendar': define(
    (p) => `days '${p.days}' needs a calendar`,
    (p) => `days '${p.days}' 需要日历`,
  ),
  'days-type': define(
    () => "days must be 'every-day', 'working-days', 'rest-days' or a list of weekdays / day kinds",
    () => "days 应为 'every-day'、'working-days'、'rest-days',或星期与日期类型的列表",
  ),
  'kind-needs-calendar': define(
    (p) => `day kind '${p.kind}' needs a calendar`,
    (p) => `日期类型 '${p.kind}' 需要日历`,
  ),
  'unknown-day': define(
    (p) =>
      `"${cut(p.name)}" is neither a weekday (mon, tue, wed, thu, fri, sat, sun) nor a day kind (${Object.keys(KIND_EN).join(', ')})`,
    (p) =>
      `"${cut(p.name)}" 既不是星期(mon、tue、wed、thu、fri、sat、sun)也不是日期类型(${Object.keys(KIND_EN).join('、')})`,
  ),
  'ms-not-whole': define(
    () => 'a duration in milliseconds must be a whole number >= 0',
    () => '以毫秒表示的时长必须是大于或等于 0 的整数',
  ),
  'negative-duration': define(
    (p) =>
      `a duration of business time cannot be negative; to go ${p.use === 'subtractBusinessTime' ? 'back' : 'forward'}, use ${p.use}()`,
    (p) =>
      `工作时长不能为负数;要${p.use === 'subtractBusinessTime' ? '向前回溯' : '向后推算'},请使用 ${p.use}()`,
  ),
  'not-time-duration': define(
    (p) => `business time is added and subtracted in hours, minutes or seconds; use deadline() for ${p.kind}`,
    (p) => `工作时间只按小时、分钟或秒增减;${GROUP_ZH[p.kind]}请使用 deadline()`,
  ),
  'spec-type': define(
    () => "expected an object { timeZone, windows, ... } or '24x7'",
    () => "应为对象 { timeZone, windows, ... } 或 '24x7'",
  ),
  'unknown-field': define(
    (p) => `unknown field "${p.field}"`,
    (p) => `未知字段 "${p.field}"`,
  ),
  'time-zone-required': define(
    () => 'timeZone is required (an IANA name such as Asia/Shanghai)',
    () => 'timeZone 为必填项(IANA 时区名,如 Asia/Shanghai)',
  ),
  'rules-and-days': define(
    () => 'give either rules or days + windows, not both',
    () => 'rules 与 days + windows 只能给出其一',
  ),
  'rules-type': define(
    () => 'rules must be a list',
    () => 'rules 应为列表',
  ),
  'windows-required': define(
    () => "windows is required (e.g. ['09:00-18:00'] or '24x7')",
    () => "windows 为必填项(如 ['09:00-18:00'] 或 '24x7')",
  ),
  'exception-twice': define(
    (p) => `${p.date} has two exceptions`,
    (p) => `${p.date} 有两条例外`,
  ),
  'exception-form': define(
    () => 'an exception is { date, closed: true } or { date, windows }',
    () => '例外应为 { date, closed: true } 或 { date, windows }',
  ),
  'no-windows': define(
    () => 'the schedule has no windows at all, so it is never open',
    () => '该安排没有任何时段,因此从不开放',
  ),
  'day-length': define(
    () => 'serviceDayLength must be positive',
    () => 'serviceDayLength 必须为正',
  ),
  'not-hours': define(
    () => 'expected service hours created by serviceHours()',
    () => '应为由 serviceHours() 创建的服务时间',
  ),
};

/** What a deadline lacks, and why it needs it (`deadline_needs`). */
export type DeadlineReason =
  | { key: 'counting'; got: string }
  | { key: 'end-of-day'; got: string }
  | { key: 'roll-forward'; got: string }
  | { key: 'time-zone' }
  | { key: 'hours-for-close-of-business' }
  | { key: 'hours-for-business-time'; duration: { en: string; zh: string } }
  | { key: 'calendar-for-working-days' }
  | { key: 'calendar-for-cn-civil' }
  | { key: 'calendar-for-roll-forward' }
  | { key: 'instant-anchor' };

// What the deadline needs, then why: "this deadline needs <what>: <why>".
const DEADLINE_REASONS: ReasonTable<DeadlineReason> = {
  counting: define(
    (p) => `counting 'cn-civil' or 'elapsed': got ${p.got}`,
    (p) => `计法 'cn-civil' 或 'elapsed':实际为 ${p.got}`,
  ),
  'end-of-day': define(
    (p) => `endOfDay 'midnight' or 'close-of-business': got ${p.got}`,
    (p) =>
      `最后一日的截止时刻 endOfDay 'midnight'(24 时)或 'close-of-business'(停止业务活动时):实际为 ${p.got}`,
  ),
  'roll-forward': define(
    (p) => `rollForward true or false: got ${p.got}`,
    (p) => `rollForward 为 true 或 false:实际为 ${p.got}`,
  ),
  'time-zone': define(
    () => 'a time zone: give timeZone, hours or a calendar',
    () => '时区:请给出 timeZone、hours 或日历',
  ),
  'hours-for-close-of-business': define(
    () => 'service hours: close of business is defined by them',
    () => '服务时间:停止业务活动的时刻由服务时间确定',
  ),
  'hours-for-business-time': define(
    (p) => `service hours: ${p.duration.en} counts only while open`,
    (p) => `服务时间:${p.duration.zh}只在服务时间内计时`,
  ),
  'calendar-for-working-days': define(
    () => 'a calendar: working days are counted on it',
    () => '日历:工作日按日历计算',
  ),
  'calendar-for-cn-civil': define(
    () => 'a calendar: cn-civil counts working days on it',
    () => '日历:cn-civil 计法按日历计算工作日',
  ),
  'calendar-for-roll-forward': define(
    () => 'a calendar: art. 203 moves a last day that is not a working day (or pass rollForward: false)',
    () => '日历:民法典第二百零三条将不是工作日的最后一日顺延至其后的第一个工作日(或传入 rollForward: false)',
  ),
  'instant-anchor': define(
    () => 'an instant as the anchor: a period in hours or an elapsed period counts from a moment (art. 201)',
    () => '以时刻作为起算点:按小时计或按经过时间计的期间自某一时刻起算(民法典第二百零一条)',
  ),
};

/** What is wrong with a holiday schedule file (`calendar_data`). */
export type CalendarDataReason =
  | { key: 'not-json'; detail: string }
  | {
      key: 'shape';
      /** Where in the file: `days.3.date`, or empty for the whole file. */
      at: string;
      /** The kind of problem, so it can be said in any language. */
      problem: 'type' | 'unknown-fields' | 'too-small' | 'too-big' | 'date' | 'other';
      /** The expected type (`problem: 'type'`), as in schema_invalid_type. */
      expected?: string;
      /** The unknown fields (`problem: 'unknown-fields'`). */
      fields?: readonly string[];
      /** The validator's own English description. */
      detail: string;
    }
  | { key: 'outside-notice'; index: number; date: string; year: number }
  | { key: 'listed-twice'; index: number; date: string; first: number }
  | { key: 'listed-by-other'; date: string; year: number; source: string }
  | { key: 'gap'; year: number; missing: number };

const CALENDAR_DATA_REASONS: ReasonTable<CalendarDataReason> = {
  'not-json': define(
    (p) => `not JSON (${p.detail})`,
    (p) => `不是 JSON(${p.detail})`,
  ),
  shape: define(
    (p) => `${p.at ? `${p.at}: ` : ''}${p.detail}`,
    (p) =>
      `${p.at ? `${p.at}:` : ''}${
        {
          type: `应为${typeZh(p.expected ?? '')}`,
          'unknown-fields': `未知字段 ${(p.fields ?? []).map((f) => `"${f}"`).join('、')}`,
          'too-small': '数值或长度过小',
          'too-big': '数值或长度过大',
          date: '不是有效的日期 YYYY-MM-DD',
          other: '不符合 holiday-cn 格式',
        }[p.problem]
      }`,
  ),
  'outside-notice': define(
    (p) => `days[${p.index}] ${p.date} is outside the ${p.year} notice (its year or the December before)`,
    (p) => `days[${p.index}] ${p.date} 不在 ${p.year} 年通知的范围内(该年或前一年 12 月)`,
  ),
  'listed-twice': define(
    (p) => `days[${p.index}] lists ${p.date} again (first at days[${p.first}])`,
    (p) => `days[${p.index}] 重复列出 ${p.date}(首次见于 days[${p.first}])`,
  ),
  'listed-by-other': define(
    (p) => `${p.date} is also listed by the ${p.year} notice (${p.source})`,
    (p) => `${p.date} 也列于 ${p.year} 年的通知(${p.source})`,
  ),
  gap: define(
    (p) =>
      `the ${p.year} notice cannot be used while the ${p.missing} notice is missing: coverage must have no gaps`,
    (p) => `缺少 ${p.missing} 年的通知时不能使用 ${p.year} 年的通知:覆盖范围不得有空缺`,
  ),
};

// ---- limits (src/limits/limits.ts holds their defaults; docs/limits.md the table in words) ----

/** How a message names what a limit counts, and what crossed it. */
const LIMIT_TEXT: Record<
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
const LIMIT_NAMES = Object.keys(LIMIT_TEXT);

/** A count with thousands separators (`1,048,576`). */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** How to raise a limit: the library option (when there is one) and the command-line flag. */
const raiseEn = (limit: string): string =>
  `${LIMIT_TEXT[limit]?.option === false ? '' : `the option limits.${limit} or `}--limit ${limit}=N`;

/** What an argument should have been (`invalid_argument`). */
export type ArgumentExpectation =
  | 'object'
  | 'coverage-mode'
  | 'boolean'
  | 'holiday-cn-files'
  | 'notice-texts'
  | 'ticket-fields'
  | 'iso-weekdays'
  | 'dates'
  | 'day-off-or-working-day'
  | 'whole-number'
  | 'calendar'
  | 'holiday-types'
  | 'holiday-type'
  | 'weekend-not-all-week'
  | 'weekday-calendar-options'
  | 'range-end'
  | 'days-in-options'
  | 'day-selection'
  | 'day-kind'
  | 'limits'
  | 'limit-name'
  | 'positive-whole-number'
  | 'pause-end'
  | 'pauses'
  | 'month';

const ARGUMENT_EXPECTATIONS: Record<ArgumentExpectation, { en: string; zh: string }> = {
  object: { en: 'an object', zh: '对象' },
  'coverage-mode': { en: "'error' or 'weekends'", zh: "'error' 或 'weekends'" },
  boolean: { en: 'true or false', zh: 'true 或 false' },
  'holiday-cn-files': { en: 'an array of holiday-cn files', zh: 'holiday-cn 文件的数组' },
  'notice-texts': { en: 'an array of notice texts', zh: '通知文本的数组' },
  'ticket-fields': { en: 'an object of ticket fields', zh: '工单字段组成的对象' },
  'iso-weekdays': { en: 'ISO weekdays 1 (Monday) to 7 (Sunday)', zh: 'ISO 星期 1(周一)至 7(周日)' },
  dates: { en: 'an array of dates', zh: '日期数组' },
  'day-off-or-working-day': {
    en: 'each date either a day off or a working day, not both',
    zh: '每个日期或为休息日或为工作日,不能两者皆是',
  },
  'whole-number': { en: 'a whole number', zh: '整数' },
  limits: {
    en: 'an object of limits such as { ticketEvents: 20000 }',
    zh: '由限制组成的对象,例如 { ticketEvents: 20000 }',
  },
  'limit-name': {
    en: `one of the limits ${LIMIT_NAMES.join(', ')}`,
    zh: `以下限制之一:${LIMIT_NAMES.join(', ')}`,
  },
  'positive-whole-number': { en: 'a whole number >= 1', zh: '大于或等于 1 的整数' },
  'pause-end': {
    en: "an instant at or after the pause's from (a pause cannot end before it starts)",
    zh: '不早于该暂停 from 的时刻(暂停不能在开始之前结束)',
  },
  pauses: { en: 'a list of { from, to? } spans', zh: '{ from, to? } 时段的列表' },
  month: { en: 'a month YYYY-MM (months 01 to 12)', zh: '月份 YYYY-MM(01 至 12 月)' },
  calendar: {
    en: 'a calendar from chinaCalendar(), regionCalendar() or weekdayCalendar()',
    zh: '由 chinaCalendar()、regionCalendar() 或 weekdayCalendar() 创建的日历',
  },
  'weekend-not-all-week': {
    en: 'a weekend that leaves at least one working day of the week',
    zh: '至少留出一周中一个工作日的周末',
  },
  'weekday-calendar-options': {
    en: 'an object with only the fields weekend and timeZone',
    zh: '仅含 weekend 与 timeZone 字段的对象',
  },
  'range-end': { en: 'a date on or after from', zh: '不早于 from 的日期' },
  'days-in-options': { en: 'an object with only the field kinds', zh: '仅含 kinds 字段的对象' },
  // The kinds are DAY_KINDS of src/calendar/calendar.ts (a test keeps the two in step).
  'day-selection': {
    en: "'working-days', 'rest-days' or a list of day kinds ('workday', 'weekend', 'holiday', 'makeup-workday', 'company-day-off', 'company-workday')",
    zh: "'working-days'、'rest-days' 或日期类型的列表('workday'、'weekend'、'holiday'、'makeup-workday'、'company-day-off'、'company-workday')",
  },
  'day-kind': {
    en: "one of the day kinds 'workday', 'weekend', 'holiday', 'makeup-workday', 'company-day-off', 'company-workday'",
    zh: "日期类型之一:'workday'、'weekend'、'holiday'、'makeup-workday'、'company-day-off'、'company-workday'",
  },
  // The list is HOLIDAY_TYPES of src/calendar/region.ts (a test keeps the two in step).
  'holiday-types': {
    en: "a list of date-holidays' holiday types ('public', 'bank', 'school', 'optional', 'observance')",
    zh: "date-holidays 节假日类型的列表('public'、'bank'、'school'、'optional'、'observance')",
  },
  'holiday-type': {
    en: "one of date-holidays' holiday types 'public', 'bank', 'school', 'optional', 'observance'",
    zh: "date-holidays 节假日类型之一:'public'、'bank'、'school'、'optional'、'observance'",
  },
};

// Ticket shapes and event fields as src/sla/ticket.ts describes them (English); their Chinese.
// TODO(src/sla owner): pass keys instead of English text, as the reasons above do.
const TICKET_EXPECTED_ZH: Record<string, string> = {
  'an object { id, fields, events }': '对象 { id, fields, events }',
  'an object whose fields are an object': '对象,且其 fields 为对象',
  'an object whose events are a list': '对象,且其 events 为列表',
  'an object whose events are objects': '对象,且其 events 的每一项均为对象',
  "'agent' or 'bot'": "'agent' 或 'bot'",
  'the field name': '字段名',
  'the milestone name': '里程碑名称',
  'a string': '字符串',
};

/** Why a target is not applicable to a ticket (src/sla ExclusionReason), in Chinese. */
const EXCLUSION_ZH: Record<string, string> = {
  'closed-without-reply': '未回复即关闭',
  'solved-without-reply': '未回复即解决',
  'outside-hours': '服务时间外',
  'abandoned-before-due': '在期限前放弃',
  superseded: '已被替代',
};

/** A pattern a definition's text must match (`schema_format`). */
export type SchemaFormat = 'identifier' | 'date' | 'currency' | 'email';

const SCHEMA_FORMATS: Record<SchemaFormat, { en: string; zh: string }> = {
  identifier: {
    en: 'expected an identifier: a letter, then letters, digits, - or _ (64 at most)',
    zh: '应为标识符:以字母开头,其后为字母、数字、- 或 _(最多 64 个字符)',
  },
  date: { en: 'expected a date YYYY-MM-DD', zh: '应为日期 YYYY-MM-DD' },
  currency: { en: 'expected an ISO 4217 code such as CNY', zh: '应为 ISO 4217 货币代码,例如 CNY' },
  email: {
    en: 'expected an e-mail address such as li@example.com',
    zh: '应为电子邮件地址,例如 li@example.com',
  },
};

/** The format whose English description (the schema's own message) is `detail`, when it is one of ours. */
export function schemaFormatOf(detail: string): SchemaFormat | undefined {
  return (Object.keys(SCHEMA_FORMATS) as SchemaFormat[]).find(
    (format) => SCHEMA_FORMATS[format].en === detail,
  );
}

/** What the JSON grammar expected where a JSON definition went wrong (`contract_json_syntax`). */
export type JsonExpectation =
  | 'value'
  | 'unescaped-control'
  | 'hex-digits'
  | 'escape'
  | 'closing-quote'
  | 'less-nesting'
  | 'key'
  | 'colon'
  | 'comma-or-brace'
  | 'comma-or-bracket'
  | 'end';

const JSON_EXPECTATIONS: Record<JsonExpectation, { en: string; zh: string }> = {
  value: { en: 'a value', zh: '一个值' },
  'unescaped-control': {
    en: 'a closing quote (control characters must be escaped)',
    zh: '右引号(控制字符必须转义)',
  },
  'hex-digits': { en: 'four hex digits after \\u', zh: '\\u 之后的四位十六进制数字' },
  escape: { en: 'a valid escape', zh: '有效的转义序列' },
  'closing-quote': { en: 'a closing quote', zh: '右引号' },
  'less-nesting': { en: 'less nesting', zh: '更少的嵌套层数' },
  key: { en: 'a key in double quotes', zh: '双引号括起的键' },
  colon: { en: "':'", zh: "':'" },
  'comma-or-brace': { en: "',' or '}'", zh: "',' 或 '}'" },
  'comma-or-bracket': { en: "',' or ']'", zh: "',' 或 ']'" },
  end: { en: 'the end of the text', zh: '文本结尾' },
};

/** Every reason key, by message, for tests that render each one in each language. */
export const REASON_KEYS = {
  time: Object.keys(TIME_REASONS) as Array<TimeReason['key']>,
  duration: Object.keys(DURATION_REASONS) as Array<DurationReason['key']>,
  hours: Object.keys(HOURS_REASONS) as Array<HoursReason['key']>,
  deadline: Object.keys(DEADLINE_REASONS) as Array<DeadlineReason['key']>,
  calendarData: Object.keys(CALENDAR_DATA_REASONS) as Array<CalendarDataReason['key']>,
  argument: Object.keys(ARGUMENT_EXPECTATIONS) as ArgumentExpectation[],
} as const;

/** The message catalogue. Keys are the stable error and issue codes. */
export const messages = {
  invalid_civil_date: define<{ input: unknown; reason: TimeReason }>(
    (p) =>
      `${quote(p.input)} is not a valid civil date (YYYY-MM-DD): ${renderReason(TIME_REASONS, p.reason, 'en')}`,
    (p) => `${quote(p.input)} 不是有效的日期(YYYY-MM-DD):${renderReason(TIME_REASONS, p.reason, 'zh')}`,
  ),
  invalid_instant: define<{ input: unknown; reason: TimeReason }>(
    (p) => `${quote(p.input)} is not a valid instant: ${renderReason(TIME_REASONS, p.reason, 'en')}`,
    (p) => `${quote(p.input)} 不是有效的时刻:${renderReason(TIME_REASONS, p.reason, 'zh')}`,
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
      `load the ${p.year} notice (its text with notices, or its holiday-cn file with extraYears), or ask for an estimate with beyondCoverage: 'weekends'`,
    (p) =>
      `未加载 ${p.year} 年的官方工作日安排(${p.calendar} 覆盖 ${p.coverage});` +
      `请加载 ${p.year} 年的通知(以 notices 传入通知全文,或以 extraYears 传入 holiday-cn 文件),或以 beyondCoverage: 'weekends' 明确要求估算`,
  ),
  calendar_range: define<{ calendar: string; limit: string; first?: boolean; dates?: boolean }>(
    (p) =>
      p.dates
        ? `${p.calendar}: the answer would be a day ${p.first ? 'before' : 'after'} ${p.limit}, and civil dates name the years 1-9999 only`
        : `${p.calendar}: the answer lies ${p.first ? 'before' : 'beyond'} ${p.limit}, the ${p.first ? 'first' : 'last'} day this calendar can compute (years 1900-2199)`,
    (p) =>
      p.dates
        ? `${p.calendar}:结果将是 ${p.limit} ${p.first ? '之前' : '之后'}的日期,而日期只能表示 1 至 9999 年`
        : `${p.calendar}:结果超出该日历可计算的${p.first ? '第一天' : '最后一天'} ${p.limit}(1900 至 2199 年)`,
  ),
  calendar_data: define<{ source: string; reason: CalendarDataReason }>(
    (p) =>
      `invalid holiday schedule data in ${p.source}: ${renderReason(CALENDAR_DATA_REASONS, p.reason, 'en')}`,
    (p) => `节假日安排数据 ${p.source} 无效:${renderReason(CALENDAR_DATA_REASONS, p.reason, 'zh')}`,
  ),
  unknown_region: define<{ input: unknown }>(
    (p) =>
      `${quote(p.input)} is not a region date-holidays knows (use a country code such as "US", "JP" or "US-CA")`,
    (p) => `date-holidays 不认识地区 ${quote(p.input)}(请使用 "US"、"JP" 或 "US-CA" 等代码)`,
  ),
  invalid_argument: define<{ name: string; expected: ArgumentExpectation; input: unknown }>(
    (p) => `${p.name} must be ${ARGUMENT_EXPECTATIONS[p.expected]?.en ?? p.expected}, got ${quote(p.input)}`,
    (p) =>
      `${p.name} 应为${spaced(ARGUMENT_EXPECTATIONS[p.expected]?.zh ?? p.expected)},实际为 ${quote(p.input)}`,
  ),
  // ---- iCalendar exports (src/calendar/ics.ts and its callers) ----
  ics_calendar_name: define<{ calendar: string }>(
    (p) => `Working days: ${p.calendar}`,
    (p) => `工作日安排:${p.calendar}`,
  ),
  ics_day_summary: define<{ name: string; kind: string }>(
    (p) => `${p.name ? `${p.name}: ` : ''}${KIND_EN[p.kind] ?? p.kind}`,
    (p) => `${p.name ? `${p.name} ` : ''}${KIND_ZH[p.kind] ?? p.kind}`,
  ),
  ics_day_description: define<{
    from: string;
    to: string;
    days: number;
    kind: string;
    name: string;
    calendar: string;
    dataVersion: string;
    provisional: boolean;
  }>(
    (p) =>
      `${p.from === p.to ? p.from : `${p.from}..${p.to} (${p.days} days)`}: ${KIND_EN[p.kind] ?? p.kind}${p.name ? ` (${p.name})` : ''}. ` +
      `Calendar ${p.calendar}, data ${p.dataVersion}.${p.provisional ? ' Provisional: the next notice may move it.' : ''}`,
    (p) =>
      `${p.from === p.to ? p.from : `${p.from}..${p.to}(共 ${p.days} 天)`}:${KIND_ZH[p.kind] ?? p.kind}${p.name ? `(${p.name})` : ''}。` +
      `日历 ${p.calendar},数据 ${p.dataVersion}。${p.provisional ? '暂定:下一年的通知可能调整。' : ''}`,
  ),
  ics_payments_name: define<{ contract: string }>(
    (p) => `Payments: ${p.contract}`,
    (p) => `付款:${p.contract}`,
  ),
  ics_payment_summary: define<{ month: string; amount: string }>(
    (p) => `Payment due: ${p.month} (${p.amount})`,
    (p) => `付款到期:${p.month}(${p.amount})`,
  ),
  ics_payment_description: define<{
    month: string;
    from: string;
    to: string;
    amount: string;
    rule: string;
    clause?: string | undefined;
    contract: string;
    contractId: string;
    estimated: boolean;
    provisional: boolean;
  }>(
    (p) =>
      `${p.amount} for ${p.from}..${p.to}, due by the end of this day (rule ${p.rule}${p.clause ? `, clause ${p.clause}` : ''}). ` +
      `Contract ${p.contract} [${p.contractId}].${p.estimated ? ' Estimate: no official calendar for some day on the way.' : ''}` +
      `${p.provisional ? ' Provisional: the next notice may move it.' : ''}`,
    (p) =>
      `${p.from}..${p.to} 的费用 ${p.amount},应于当日结束前支付(规则 ${p.rule}${p.clause ? `,第 ${p.clause} 条` : ''})。` +
      `合同 ${p.contract} [${p.contractId}]。${p.estimated ? '估算:其间有日期尚无官方安排。' : ''}` +
      `${p.provisional ? '暂定:下一年的通知可能调整。' : ''}`,
  ),
  ics_reports_name: define<{ contract: string }>(
    (p) => `Reports due: ${p.contract}`,
    (p) => `报告期限:${p.contract}`,
  ),
  ics_report_summary: define<{ name: string; from: string; to: string }>(
    (p) => `Report due: ${p.name} (${p.from}..${p.to})`,
    (p) => `报告到期:${p.name}(${p.from}..${p.to})`,
  ),
  ics_report_description: define<{
    name: string;
    report: string;
    from: string;
    to: string;
    clause?: string | undefined;
    contract: string;
    contractId: string;
    contents: string;
    estimated: boolean;
    provisional: boolean;
  }>(
    (p) =>
      `${p.name} [${p.report}] for ${p.from}..${p.to}, due by the end of this day${p.clause ? ` (clause ${p.clause})` : ''}` +
      `${p.contents ? `: ${p.contents}` : ''}. Contract ${p.contract} [${p.contractId}].` +
      `${p.estimated ? ' Estimate: no official calendar for some day on the way.' : ''}${p.provisional ? ' Provisional: the next notice may move it.' : ''}`,
    (p) =>
      `${p.name} [${p.report}],期间 ${p.from}..${p.to},应于当日结束前提交${p.clause ? `(第 ${p.clause} 条)` : ''}` +
      `${p.contents ? `:${p.contents}` : ''}。合同 ${p.contract} [${p.contractId}]。` +
      `${p.estimated ? '估算:其间有日期尚无官方安排。' : ''}${p.provisional ? '暂定:下一年的通知可能调整。' : ''}`,
  ),
  // ---- reading a State Council notice (src/calendar/notice.ts) ----
  notice_invalid: define<{ errors: number; first: string; firstZh: string }>(
    (p) => `the notice cannot be used: ${p.errors} problem(s); the first: ${p.first}`,
    (p) => `该通知无法使用:共 ${p.errors} 个问题;第一个:${p.firstZh}`,
  ),
  notice_empty: define<Record<string, never>>(
    () => 'the notice is empty: give the text of the notice',
    () => '通知为空:请提供通知的文本',
  ),
  notice_no_rules: define<Record<string, never>>(
    () =>
      'no holiday arrangement found: neither items such as "一、元旦:1月1日放假" nor sentences that give rest or working days',
    () => '未找到放假安排:既没有"一、元旦:1月1日放假"之类的条目,也没有说明放假或上班日期的句子',
  ),
  notice_year_option: define<{ year: string }>(
    (p) => `year must be a whole number between 1949 and 2199, got ${p.year}`,
    (p) => `year 应为 1949 至 2199 之间的整数,实际为 ${p.year}`,
  ),
  notice_year_mismatch: define<{ title: number; asked: number }>(
    (p) => `the title says the notice is for ${p.title}, but ${p.asked} was asked for`,
    (p) => `标题表明这是 ${p.title} 年的通知,但要求读取的是 ${p.asked} 年`,
  ),
  notice_year_unknown: define<{ candidates: string }>(
    (p) =>
      p.candidates === ''
        ? 'the notice does not say its year, and no year agrees with all its dates and weekdays: pass the year'
        : `the notice does not say its year, and several years agree with its dates and weekdays (${p.candidates}): pass the year`,
    (p) =>
      p.candidates === ''
        ? '通知未写明年份,且没有任何年份与其全部日期和星期相符:请指定年份'
        : `通知未写明年份,且有多个年份与其日期和星期相符(${p.candidates}):请指定年份`,
  ),
  notice_year_inferred: define<{ year: number }>(
    (p) =>
      `the copy has no year in its title; read as the ${p.year} notice, the only year its dates, weekdays and festivals agree with`,
    (p) => `该文本标题中没有年份;按 ${p.year} 年的通知读取,这是唯一与其日期、星期和节日相符的年份`,
  ),
  notice_cleaned: define<{ strays: number; pinyin: number }>(
    (p) =>
      `removed from the text: ${p.strays} stray string(s) (letters, symbols) and ${p.pinyin} pinyin insertion(s)`,
    (p) => `已从文本中移除:${p.strays} 处杂乱字符串(字母、符号)与 ${p.pinyin} 处插入的拼音`,
  ),
  notice_lunar_unchecked: define<Record<string, never>>(
    () => 'lunar dates were not checked: this JavaScript engine has no Chinese calendar (ICU)',
    () => '未核对农历日期:当前 JavaScript 引擎不支持农历(ICU)',
  ),
  notice_unreadable: define<{ sentence: string }>(
    (p) => `cannot tell what this sentence says of its dates (rest, or work?): «${p.sentence}»`,
    (p) => `无法判断此句对其日期的规定(放假还是上班?):«${p.sentence}»`,
  ),
  notice_advisory: define<{ sentence: string }>(
    (p) => `not an official rest or working day, ignored: «${p.sentence}»`,
    (p) => `并非官方放假或上班安排,已忽略:«${p.sentence}»`,
  ),
  notice_bad_date: define<{ text: string; readings: number; sentence: string }>(
    (p) =>
      `"${p.text}" is not a date${p.readings > 1 ? ` (${p.readings} corrections would agree with the rest of the item: cannot tell which)` : ''}: «${p.sentence}»`,
    (p) =>
      `"${p.text}" 不是有效日期${p.readings > 1 ? `(有 ${p.readings} 种更正都与该条其余内容相符,无法确定)` : ''}:«${p.sentence}»`,
  ),
  notice_repaired: define<{ text: string; read: string; sentence: string }>(
    (p) =>
      `"${p.text}" is not a date; read as "${p.read}", the only reading that agrees with the rest of the item: «${p.sentence}»`,
    (p) => `"${p.text}" 不是有效日期;按 "${p.read}" 读取,这是唯一与该条其余内容相符的读法:«${p.sentence}»`,
  ),
  notice_no_month: define<{ text: string; sentence: string }>(
    (p) => `"${p.text}" has no month, and no date before it gives one: «${p.sentence}»`,
    (p) => `"${p.text}" 没有月份,且前文也没有可沿用的月份:«${p.sentence}»`,
  ),
  notice_date_order: define<{ from: string; to: string; sentence: string }>(
    (p) => `the range ends (${p.to}) before it starts (${p.from}): «${p.sentence}»`,
    (p) => `日期范围的结束日(${p.to})早于开始日(${p.from}):«${p.sentence}»`,
  ),
  notice_range_too_long: define<{ from: string; to: string; days: number; sentence: string }>(
    (p) => `${p.from}..${p.to} is ${p.days} days: longer than any holiday: «${p.sentence}»`,
    (p) => `${p.from}..${p.to} 共 ${p.days} 天,长于任何假期:«${p.sentence}»`,
  ),
  notice_outside_year: define<{ date: string; year: number; sentence: string }>(
    (p) => `${p.date} is outside the ${p.year} notice (its year, or the December before): «${p.sentence}»`,
    (p) => `${p.date} 不在 ${p.year} 年通知的范围内(该年或前一年 12 月):«${p.sentence}»`,
  ),
  notice_weekday: define<{ date: string; weekday: number; stated: string; sentence: string }>(
    (p) => `${p.date} is a ${WEEKDAYS_EN[p.weekday - 1]}, but the notice says ${p.stated}: «${p.sentence}»`,
    (p) => `${p.date} 是${WEEKDAYS_ZH[p.weekday - 1]},但通知写作${p.stated}:«${p.sentence}»`,
  ),
  notice_lunar: define<{ date: string; stated: string; actual: string; sentence: string }>(
    (p) => `${p.date} is lunar ${p.actual}, but the notice says ${p.stated}: «${p.sentence}»`,
    (p) => `${p.date} 是农历 ${p.actual},但通知写作${p.stated}:«${p.sentence}»`,
  ),
  notice_count: define<{ stated: number; counted: number; sentence: string }>(
    (p) => `the notice says ${p.stated} day(s), but the dates it gives are ${p.counted}: «${p.sentence}»`,
    (p) => `通知写明共 ${p.stated} 天,但所列日期为 ${p.counted} 天:«${p.sentence}»`,
  ),
  notice_list_count: define<{ stated: number; counted: number; sentence: string }>(
    (p) => `the notice says ${p.stated} weekend day(s) are moved, but lists ${p.counted}: «${p.sentence}»`,
    (p) => `通知写明调整 ${p.stated} 个公休日,但列出了 ${p.counted} 个:«${p.sentence}»`,
  ),
  notice_makeup_weekday: define<{ date: string; weekday: number; sentence: string }>(
    (p) =>
      `${p.date} is a make-up working day on a ${WEEKDAYS_EN[p.weekday - 1]}: make-up days are Saturdays or Sundays: «${p.sentence}»`,
    (p) =>
      `${p.date} 为${WEEKDAYS_ZH[p.weekday - 1]},不可能是调休上班日(调休上班日为周六或周日):«${p.sentence}»`,
  ),
  notice_public_rest_weekday: define<{ date: string; weekday: number; sentence: string }>(
    (p) =>
      `${p.date} is called a weekend rest day (公休日), but it is a ${WEEKDAYS_EN[p.weekday - 1]}: «${p.sentence}»`,
    (p) => `${p.date} 被称为公休日,但它是${WEEKDAYS_ZH[p.weekday - 1]}:«${p.sentence}»`,
  ),
  notice_compensatory_weekend: define<{ date: string; sentence: string }>(
    (p) =>
      `${p.date} is a compensatory rest day (补休), which is given on a weekday for a holiday on a weekend; here it does not fit: «${p.sentence}»`,
    (p) => `${p.date} 为补休日;补休应是节日逢周末时安排在工作日的休息日,此处不符:«${p.sentence}»`,
  ),
  notice_not_adjoining: define<{ date: string; sentence: string }>(
    (p) =>
      `the notice says the rest days from ${p.date} adjoin a weekend (与周末连休), but they do not: «${p.sentence}»`,
    (p) => `通知写明自 ${p.date} 起的休息日与周末连休,但实际并不相连:«${p.sentence}»`,
  ),
  notice_adjusted: define<{ festival: string; sentence: string }>(
    (p) => `${p.festival}: the notice says 不调休 (no make-up working day), but lists one: «${p.sentence}»`,
    (p) => `${p.festival}:通知写明不调休,却列出了调休上班日:«${p.sentence}»`,
  ),
  notice_rest_and_work: define<{ date: string; sentence: string }>(
    (p) => `${p.date} is given both as a rest day and as a working day: «${p.sentence}»`,
    (p) => `${p.date} 既被列为休息日又被列为上班日:«${p.sentence}»`,
  ),
  notice_two_festivals: define<{ date: string; first: string; second: string; sentence: string }>(
    (p) => `${p.date} is given by two items (${p.first}, ${p.second}): «${p.sentence}»`,
    (p) => `${p.date} 同时出现在两项安排中(${p.first}、${p.second}):«${p.sentence}»`,
  ),
  notice_festival_day: define<{ festival: string; expected: string; sentence: string }>(
    (p) =>
      `the rest days of ${p.festival} do not include the festival itself (${p.expected}): «${p.sentence}»`,
    (p) => `${p.festival}的休息日不包括节日当天(${p.expected}):«${p.sentence}»`,
  ),
  notice_gap: define<{ festival: string; date: string; sentence: string }>(
    (p) => `the rest days of ${p.festival} have a working day among them (${p.date}): «${p.sentence}»`,
    (p) => `${p.festival}的休息日之间夹有工作日(${p.date}):«${p.sentence}»`,
  ),
  notice_makeup_far: define<{ date: string; festival: string; days: number; sentence: string }>(
    (p) =>
      `the working day ${p.date} is ${p.days} days away from the rest days of ${p.festival}: «${p.sentence}»`,
    (p) => `上班日 ${p.date} 距${p.festival}的休息日 ${p.days} 天之远:«${p.sentence}»`,
  ),
  notice_item_missing: define<{ number: string }>(
    (p) => `item ${p.number}、 is missing: the copy may be incomplete`,
    (p) => `缺少第${p.number}项:该文本可能不完整`,
  ),
  notice_festival_missing: define<{ festival: string }>(
    (p) => `the notice announces ${p.festival}, but no item gives its days: the copy may be incomplete`,
    (p) => `通知列出了${p.festival},但没有给出其日期的条目:该文本可能不完整`,
  ),
  notice_statutory: define<{ year: number; counted: number; expected: number }>(
    (p) =>
      `the notice's weekday rest days minus its working weekend days are ${p.counted}, the statutory holidays of ${p.year} are ${p.expected}: check the notice (or a new revision of the rules)`,
    (p) =>
      `通知中工作日休息天数减去周末上班天数为 ${p.counted},而 ${p.year} 年的法定节假日为 ${p.expected} 天:请核对通知(或放假办法已修订)`,
  ),
  notice_amends_unknown: define<{ year: number }>(
    (p) =>
      `this notice amends the ${p.year} schedule, which is not loaded: read the ${p.year} notice first (chinaCalendar({ notices: [annual, amendment] })) or pass amends`,
    (p) =>
      `该通知修改 ${p.year} 年的安排,但尚未加载该安排:请先读入 ${p.year} 年的通知(chinaCalendar({ notices: [年度通知, 修改通知] }))或传入 amends`,
  ),
  notice_amends_year: define<{ year: number; given: number }>(
    (p) => `amends is the ${p.given} schedule, but the notice amends ${p.year}`,
    (p) => `amends 为 ${p.given} 年的安排,而该通知修改的是 ${p.year} 年`,
  ),
  notice_amends_invalid: define<{ detail: string }>(
    (p) => `amends cannot be read: ${p.detail}`,
    (p) => `无法读取 amends:${p.detail}`,
  ),
  notice_extension: define<{ festival: string; date: string; sentence: string }>(
    (p) =>
      `the notice extends ${p.festival} to ${p.date}, which does not follow its rest days in the schedule it amends: «${p.sentence}»`,
    (p) => `通知将${p.festival}假期延长至 ${p.date},但这与所修改安排中的假期不相接:«${p.sentence}»`,
  ),
  notice_resume_day: define<{ date: string; expected: string; sentence: string }>(
    (p) =>
      `work resumes on ${p.date}, but the extended holiday ends the day before ${p.expected}: «${p.sentence}»`,
    (p) => `${p.date} 起上班,但延长后的假期结束于 ${p.expected} 的前一天:«${p.sentence}»`,
  ),
  notice_file_unreadable: define<{ file: string; reason: 'no-reader' | 'failed'; detail?: string }>(
    (p) =>
      p.reason === 'no-reader'
        ? `cannot read the notice file "${p.file}": give parseContract a readFile option (the CLI reads files next to the contract)`
        : `cannot read the notice file "${p.file}": ${p.detail ?? ''}`,
    (p) =>
      p.reason === 'no-reader'
        ? `无法读取通知文件 "${p.file}":请为 parseContract 提供 readFile 选项(命令行会读取合同所在目录中的文件)`
        : `无法读取通知文件 "${p.file}":${p.detail ?? ''}`,
  ),
  notice_internal: define<{ detail: string }>(
    (p) => `internal error while reading the notice (please report it): ${p.detail}`,
    (p) => `读取通知时发生内部错误(请报告):${p.detail}`,
  ),
  // ---- clocks: durations, service hours, deadlines ----
  invalid_duration: define<{ input: unknown; reason: DurationReason }>(
    (p) => `${quote(p.input)} is not a valid duration: ${renderReason(DURATION_REASONS, p.reason, 'en')}`,
    (p) => `${quote(p.input)} 不是有效的期限:${renderReason(DURATION_REASONS, p.reason, 'zh')}`,
  ),
  duration_kind_mismatch: define<{
    operation: 'compare' | 'add';
    left: DurationKindName;
    right: DurationKindName;
  }>(
    (p) =>
      `cannot ${p.operation} ${DURATION_KINDS[p.left].en} and ${DURATION_KINDS[p.right].en}: they are measured on different clocks`,
    (p) =>
      `无法${p.operation === 'compare' ? '比较' : '相加'}${DURATION_KINDS[p.left].zh}与${DURATION_KINDS[p.right].zh}:二者按不同的时钟计算`,
  ),
  invalid_service_hours: define<{ reason: HoursReason }>(
    (p) => `invalid service hours: ${renderReason(HOURS_REASONS, p.reason, 'en')}`,
    (p) => `服务时间无效:${renderReason(HOURS_REASONS, p.reason, 'zh')}`,
  ),
  never_open: define<{ from: string; years: number }>(
    (p) => `the service hours never open within ${p.years} years after ${p.from}`,
    (p) => `服务时间在 ${p.from} 之后 ${p.years} 年内从不开放`,
  ),
  never_open_before: define<{ from: string; years: number }>(
    (p) => `the service hours were never open within ${p.years} years before ${p.from}`,
    (p) => `服务时间在 ${p.from} 之前 ${p.years} 年内从未开放`,
  ),
  never_closed_before: define<{ from: string; years: number }>(
    (p) => `the service hours were never closed within ${p.years} years before ${p.from}`,
    (p) => `服务时间在 ${p.from} 之前 ${p.years} 年内从未关闭`,
  ),
  never_closes: define<{ from: string; years: number }>(
    (p) => `the service hours never close within ${p.years} years after ${p.from}`,
    (p) => `服务时间在 ${p.from} 之后 ${p.years} 年内从不关闭`,
  ),
  deadline_needs: define<{ reason: DeadlineReason }>(
    (p) => `this deadline needs ${renderReason(DEADLINE_REASONS, p.reason, 'en')}`,
    (p) => `该期限需要${renderReason(DEADLINE_REASONS, p.reason, 'zh')}`,
  ),
  // ---- money and exact decimals (src/billing) ----
  money_invalid_amount: define<{
    input: string;
    currency: string;
    exponent: number;
    reason: NumberSyntaxReason;
  }>(
    (p) =>
      `${p.input} is not a valid ${p.currency} amount: ${
        {
          number:
            'a JS number is a binary float and may already be inexact; pass a decimal string in major units ("12.50") or a bigint in minor units (1250n)',
          type: 'expected a decimal string in major units or a bigint in minor units',
          empty: 'the string is empty or blank',
          whitespace: 'it contains whitespace',
          exponent: 'exponent notation is not accepted; write the digits out',
          'not-a-number': 'it is not a number',
          'leading-zero': 'leading zeros are not accepted',
          grouping:
            'thousands separators must be commas between groups of exactly three digits, e.g. "1,234,567.89"',
          'chinese-numeral': 'Chinese numerals are not accepted in an amount',
          syntax:
            'expected an optional sign, digits, and an optional point followed by digits, e.g. "-1234.50"',
        }[p.reason]
      }`,
    (p) =>
      `${p.input} 不是有效的 ${p.currency} 金额:${
        {
          number:
            'JS number 是二进制浮点数,可能已不精确;请传入以主单位表示的十进制字符串("12.50")或以最小单位表示的 bigint(1250n)',
          type: '应为以主单位表示的十进制字符串或以最小单位表示的 bigint',
          empty: '字符串为空或只含空白',
          whitespace: '包含空白字符',
          exponent: '不接受科学计数法,请写出全部数字',
          'not-a-number': '不是数字',
          'leading-zero': '不接受前导零',
          grouping: '千位分隔符必须是逗号,且每组恰好三位数字,例如 "1,234,567.89"',
          'chinese-numeral': '金额不接受中文数字',
          syntax: '应为可选符号、数字及可选的小数点加数字,例如 "-1234.50"',
        }[p.reason]
      }`,
  ),
  money_too_precise: define<{ input: string; currency: string; exponent: number }>(
    (p) =>
      `${quote(p.input)} has more decimals than ${p.currency} allows (${p.exponent}); ` +
      'amounts are never rounded silently: round explicitly or pass an exact amount',
    (p) =>
      `${quote(p.input)} 的小数位数超过 ${p.currency} 允许的 ${p.exponent} 位;` +
      '金额不会被静默舍入:请明确舍入或传入精确金额',
  ),
  money_invalid_currency: define<{ input: string }>(
    (p) => `${p.input} is not a currency code: expected three capital letters (ISO 4217), e.g. "CNY"`,
    (p) => `${p.input} 不是货币代码:应为三个大写字母(ISO 4217),例如 "CNY"`,
  ),
  money_unknown_currency: define<{ currency: string }>(
    (p) =>
      `${quote(p.currency)} is not a currency this library knows; pass its minor-unit exponent explicitly, e.g. { exponent: 2 }`,
    (p) => `本库不认识货币 ${quote(p.currency)};请明确传入其最小单位指数,例如 { exponent: 2 }`,
  ),
  money_currency_mismatch: define<{ fn: string; left: string; right: string }>(
    (p) =>
      `${p.fn}: cannot combine ${p.left} with ${p.right}; amounts in different currencies must be converted first`,
    (p) => `${p.fn}:不能将 ${p.left} 与 ${p.right} 一起计算;不同货币的金额须先换算`,
  ),
  money_invalid_decimal: define<{
    input: string;
    reason: NumberSyntaxReason;
  }>(
    (p) =>
      `${p.input} is not an exact decimal: ${
        {
          number:
            'a JS number is a binary float and may already be inexact; pass the rate as a string, e.g. "0.0005", "0.05%" or "万分之五"',
          type: 'expected a string such as "0.0005", "0.05%", "5‰", "5‱" or "万分之五"',
          empty: 'the string is empty or blank',
          whitespace: 'it contains whitespace',
          exponent: 'exponent notation is not accepted; write the digits out',
          'not-a-number': 'it is not a number',
          'leading-zero': 'leading zeros are not accepted',
          grouping: 'thousands separators are not accepted in a rate',
          'chinese-numeral':
            'after 百分之/千分之/万分之 write digits ("万分之5", "万分之0.5") or a Chinese numeral below 10000 in standard form ("万分之五", "千分之二点五", "百分之一百零五")',
          syntax: 'expected a decimal such as "0.0005", "-1.5", "0.05%", "5‰", "5‱" or "万分之五"',
        }[p.reason]
      }`,
    (p) =>
      `${p.input} 不是精确的小数:${
        {
          number:
            'JS number 是二进制浮点数,可能已不精确;请以字符串传入费率,例如 "0.0005"、"0.05%" 或 "万分之五"',
          type: '应为字符串,例如 "0.0005"、"0.05%"、"5‰"、"5‱" 或 "万分之五"',
          empty: '字符串为空或只含空白',
          whitespace: '包含空白字符',
          exponent: '不接受科学计数法,请写出全部数字',
          'not-a-number': '不是数字',
          'leading-zero': '不接受前导零',
          grouping: '费率不接受千位分隔符',
          'chinese-numeral':
            '百分之/千分之/万分之 后应为阿拉伯数字("万分之5"、"万分之0.5")或一万以内规范写法的中文数字("万分之五"、"千分之二点五"、"百分之一百零五")',
          syntax: '应为小数,例如 "0.0005"、"-1.5"、"0.05%"、"5‰"、"5‱" 或 "万分之五"',
        }[p.reason]
      }`,
  ),
  money_invalid_argument: define<{
    fn: string;
    name: string;
    expected: MoneyArgumentExpectation;
    input: string;
  }>(
    (p) =>
      `${p.fn}: ${p.name} must be ${
        {
          money: 'a Money value (made by money())',
          'money-list': 'an array of Money values',
          decimal: 'a Decimal (made by decimal())',
          factor: 'a Decimal (made by decimal()) or a bigint',
          rounding: "one of 'half-up', 'half-even', 'down', 'up', 'floor', 'ceiling'",
          integer: 'an integer (a bigint or a safe-integer number)',
          'positive-integer': 'a positive integer (a bigint or a safe-integer number)',
          'non-negative-integer': 'a non-negative integer (a bigint or a safe-integer number)',
          ratios: 'a non-empty array of non-negative integers with a positive sum',
          exponent: 'an integer from 0 to 18',
          options: 'an options object',
        }[p.expected]
      }, got ${p.input}`,
    (p) =>
      `${p.fn}:${p.name} 应为${
        {
          money: ' Money 值(由 money() 创建)',
          'money-list': ' Money 值的数组',
          decimal: ' Decimal 值(由 decimal() 创建)',
          factor: ' Decimal 值(由 decimal() 创建)或 bigint',
          rounding: " 'half-up'、'half-even'、'down'、'up'、'floor'、'ceiling' 之一",
          integer: '整数(bigint 或安全整数 number)',
          'positive-integer': '正整数(bigint 或安全整数 number)',
          'non-negative-integer': '非负整数(bigint 或安全整数 number)',
          ratios: '非空数组,元素为非负整数且总和为正',
          exponent: ' 0 到 18 之间的整数',
          options: '选项对象',
        }[p.expected]
      },实际为 ${p.input}`,
  ),
  // ---- conditions (JSON Logic, src/rules) ----
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
  more_issues: define<{ count: number }>(
    (p) => `(and ${p.count} more problem${p.count === 1 ? '' : 's'})`,
    (p) => `(另有 ${p.count} 个问题)`,
  ),
  // ---- contract definitions ----
  contract_yaml_syntax: define<{ detail: string }>(
    (p) => `YAML syntax error: ${p.detail}`,
    (p) => `YAML 语法错误:${p.detail}`,
  ),
  contract_json_syntax: define<
    { detail: string } | { expected: JsonExpectation; found: string | null; detail?: undefined }
  >(
    (p) =>
      `JSON syntax error: ${
        p.detail ?? `expected ${JSON_EXPECTATIONS[p.expected].en}, found ${p.found ?? 'the end of the text'}`
      }`,
    (p) =>
      `JSON 语法错误:${
        p.detail ?? `此处应为${JSON_EXPECTATIONS[p.expected].zh},实际为${p.found ?? '文本结尾'}`
      }`,
  ),
  contract_input: define<{ received: string }>(
    (p) => `a contract definition is YAML text, JSON text or an object, not ${p.received}`,
    (p) => `合同定义应为 YAML 文本、JSON 文本或对象,而不是 ${p.received}`,
  ),
  schema_required: define<{ expected: string }>(
    (p) => `required (${typeEn(p.expected)})`,
    (p) => `必填(${typeZh(p.expected)})`,
  ),
  schema_invalid_type: define<{ expected: string; received: string; sample?: string }>(
    (p) => `expected ${typeEn(p.expected)}, got ${typeEn(p.received)}${p.sample ? ` ${p.sample}` : ''}`,
    (p) => `应为${typeZh(p.expected)},实际为${typeZh(p.received)}${p.sample ? ` ${p.sample}` : ''}`,
  ),
  schema_unknown_field: define<{ key: string }>(
    (p) => `unknown field "${cut(p.key)}" (check the spelling: the format is closed)`,
    (p) => `未知字段 "${cut(p.key)}"(请检查拼写:格式不允许额外字段)`,
  ),
  schema_invalid_value: define<{ options: string; received?: string }>(
    (p) =>
      `${p.received === undefined ? '' : `${p.received} is not accepted here: `}expected one of ${p.options}`,
    (p) => `${p.received === undefined ? '' : `此处不接受 ${p.received}:`}应为以下之一:${p.options}`,
  ),
  schema_not_finite: define<{ value: string; expected: string }>(
    (p) => `${p.value} is not a finite number (expected ${typeEn(p.expected)})`,
    (p) => `${p.value} 不是有限数(应为${typeZh(p.expected)})`,
  ),
  schema_too_small: define<{ minimum: string; what: string }>(
    (p) => `${p.what} must be at least ${p.minimum}`,
    (p) =>
      `${p.what === 'items' ? '条目数' : p.what === 'characters' ? '字符数' : '数值'}至少为 ${p.minimum}`,
  ),
  schema_too_big: define<{ maximum: string; what: string }>(
    (p) => `${p.what} must be at most ${p.maximum}`,
    (p) =>
      `${p.what === 'items' ? '条目数' : p.what === 'characters' ? '字符数' : '数值'}至多为 ${p.maximum}`,
  ),
  schema_format: define<{ detail: string; format?: SchemaFormat }>(
    // `detail` is the validator's own wording: never shown, so that no message speaks its jargon.
    (p) =>
      p.format === undefined ? 'is not written in the form this field takes' : SCHEMA_FORMATS[p.format].en,
    (p) => (p.format === undefined ? '格式不正确' : SCHEMA_FORMATS[p.format].zh),
  ),
  schema_no_variant: define<{ expected: readonly string[]; received: string }>(
    (p) => `expected ${p.expected.map(typeEn).join(' or ')}, got ${typeEn(p.received)}`,
    (p) => `应为${p.expected.map(typeZh).join('或')},实际为${typeZh(p.received)}`,
  ),
  unknown_reference: define<{ kind: string; name: string; known: string }>(
    (p) =>
      `there is no ${p.kind} "${cut(p.name)}"${p.known ? ` (defined: ${p.known})` : ` (none is defined)`}`,
    (p) =>
      `不存在名为 "${cut(p.name)}" 的${KINDS_ZH[p.kind] ?? p.kind}${p.known ? `(已定义:${p.known})` : '(未定义任何一项)'}`,
  ),
  duplicate_id: define<{ kind: string; id: string }>(
    (p) => `${p.kind} id "${p.id}" is used twice`,
    (p) => `${KINDS_ZH[p.kind] ?? p.kind} 标识 "${p.id}" 重复`,
  ),
  reference_cycle: define<{ name: string }>(
    (p) => `calendar "${p.name}" is derived from itself`,
    (p) => `日历 "${p.name}" 循环引用自身`,
  ),
  amount_form: define<{ given: 'neither' | 'both' }>(
    (p) =>
      `give exactly one of amount (a decimal string such as "50000.00") and amountMinor (integer minor units): ${p.given === 'neither' ? 'neither is given' : 'both are given'}`,
    (p) =>
      `金额须且只能给出 amount(如 "50000.00" 的十进制字符串)或 amountMinor(最小货币单位整数)之一:${p.given === 'neither' ? '二者均未给出' : '二者都给出了'}`,
  ),
  amount_not_exact: define<{ input: string; whole?: boolean }>(
    (p) =>
      p.whole
        ? `${p.input} is written as a number: write amounts as text ("${p.input}.00"), or as integer minor units in amountMinor`
        : `${p.input} is a binary floating-point number: write amounts as decimal strings ("50000.00") or integer minor units`,
    (p) =>
      p.whole
        ? `${p.input} 写成了数字:金额请写成文本("${p.input}.00"),或在 amountMinor 中写最小货币单位整数`
        : `${p.input} 是二进制浮点数:金额请写成十进制字符串("50000.00")或最小货币单位整数`,
  ),
  rate_not_exact: define<{ input: string; whole?: boolean }>(
    (p) =>
      p.whole
        ? `${p.input} is written as a number: write percentages as text: "${p.input}%" (or "0.05%", "万分之五", "5‰")`
        : `${p.input} is a binary floating-point number: write rates and shares as strings ("0.05%", "0.0005", "万分之五", "95%")`,
    (p) =>
      p.whole
        ? `${p.input} 写成了数字:百分比请写成文本:"${p.input}%"(或 "0.05%"、"万分之五"、"5‰")`
        : `${p.input} 是二进制浮点数:比率请写成字符串("0.05%"、"0.0005"、"万分之五"、"95%")`,
  ),
  section_needs: define<{ section: string; needs: 'fees' | 'term' | 'signedOn' }>(
    // `section` names what needs it: `serviceCredits`, `fees`.
    (p) =>
      ({
        fees: `${p.section} cannot be used without fees: add a fees section (fees: { currency, recurring })`,
        term: `${p.section} cannot be used without the term: add term: { start, end } (billing months are the calendar months it touches)`,
        signedOn: 'counting from signing needs the signing date (signedOn: YYYY-MM-DD)',
      })[p.needs],
    (p) =>
      ({
        fees: `没有费用部分时不能使用 ${p.section}:请添加 fees: { currency, recurring }`,
        term: `没有合同期限时不能使用 ${p.section}:请添加 term: { start, end }(计费月份即期限涉及的自然月)`,
        signedOn: '自签约起算需要签约日期(signedOn: YYYY-MM-DD)',
      })[p.needs],
  ),
  due_rule_after: define<{ billing: boolean }>(
    (p) =>
      `say what the time is counted from: after: signing, term-start, period-start, period-end or month-end` +
      (p.billing
        ? ' (or set payment.billing: in-advance counts from period-start, in-arrears from period-end)'
        : ''),
    (p) =>
      `请说明起算点:after: signing、term-start、period-start、period-end 或 month-end` +
      (p.billing
        ? '(或设置 payment.billing:in-advance 自 period-start 起算,in-arrears 自 period-end 起算)'
        : ''),
  ),
  late_fee_cap_form: define<{ input: string }>(
    (p) =>
      `${p.input} is not a cap: write { shareOfOverdue: "20%" } (or just "20%") for a share of the overdue amount, or { amount: "5000.00" } (or { amountMinor: 500000 }) for a fixed amount`,
    (p) =>
      `${p.input} 不是上限:逾期金额的比例写作 { shareOfOverdue: "20%" }(或直接写 "20%"),固定金额写作 { amount: "5000.00" }(或 { amountMinor: 500000 })`,
  ),
  tier_threshold: define<{ given: 'neither' | 'both' }>(
    (p) =>
      `give exactly one threshold per tier: below ("below 95%": under 95%) or atOrBelow ("95% or lower"): ${p.given === 'neither' ? 'neither is given' : 'both are given'}`,
    (p) =>
      `每个档位须且只能给出一个阈值:below(低于 95%)或 atOrBelow(95% 及以下):${p.given === 'neither' ? '二者均未给出' : '二者都给出了'}`,
  ),
  due_rule_days: define<{ within: string; withinZh: string }>(
    (p) =>
      `a payment or report is due on a date, counted in days, working days or months from a date; ${p.within} counts from a moment`,
    (p) => `付款或报告的到期日是一个日期,应以日、工作日或月从某一日期起算;${p.withinZh} 需从某一时刻起算`,
  ),
  due_rule_counting: define<Record<string, never>>(
    () =>
      "a payment or report due date is counted cn-civil (from a date); 'elapsed' counting needs a moment to start from",
    () => "付款或报告的到期日按 cn-civil(从日期起算)计算;'elapsed' 计法需要从某一时刻起算",
  ),
  payment_due_not_covered: define<{ calendar: string; year: number; month: string }>(
    (p) =>
      `the due date of the payment for ${p.month} needs calendar "${p.calendar}" in ${p.year}, which has no official schedule yet; ` +
      `paymentSchedule() will fail until the notice is loaded (calendars.${p.calendar}.notices, or extraYears) or estimates are allowed (beyondCoverage: weekends)`,
    (p) =>
      `${p.month} 的付款到期日需要日历 "${p.calendar}" 在 ${p.year} 年的安排,但尚无官方安排;` +
      `在加载通知(calendars.${p.calendar}.notices 或 extraYears)或允许估算(beyondCoverage: weekends)之前,paymentSchedule() 将报错`,
  ),
  start_equals_stop: define<Record<string, never>>(
    () => 'the measure starts and stops on the same event, so it would always be met at once',
    () => '计时开始与停止的事件相同,该指标将总是立即达成',
  ),
  response_longer_than_resolution: define<{
    response: string;
    resolution: string;
    responseWithin: { en: string; zh: string };
    resolutionWithin: { en: string; zh: string };
  }>(
    (p) =>
      `response target "${p.response}" (${p.responseWithin.en}) allows more time than resolution target "${p.resolution}" (${p.resolutionWithin.en}) for the same tickets`,
    (p) =>
      `响应指标 "${p.response}"(${p.responseWithin.zh})允许的时间长于同类工单的解决指标 "${p.resolution}"(${p.resolutionWithin.zh})`,
  ),
  calendar_does_not_cover: define<{ calendar: string; years: string; coverage: string }>(
    (p) =>
      `calendar "${p.calendar}" has no official schedule for ${p.years}, which the contract's term reaches (covered: ${p.coverage}); ` +
      `questions about those days will fail until the notice is loaded (put its text file under calendars.${p.calendar}.notices, ` +
      `checked first with "contract-terms calendar import-notice <file>"; or its holiday-cn file under extraYears) ` +
      `or estimates are allowed (beyondCoverage: weekends)`,
    (p) =>
      `日历 "${p.calendar}" 没有 ${p.years} 年的官方安排,而合同期限涉及这些年份(已覆盖:${p.coverage});` +
      `在加载通知(将通知全文的文件列入 calendars.${p.calendar}.notices,可先用 "contract-terms calendar import-notice <文件>" 检查;` +
      `或将 holiday-cn 文件列入 extraYears)或允许估算(beyondCoverage: weekends)之前,涉及这些日期的问题将报错`,
  ),
  term_order: define<{ start: string; end: string }>(
    (p) => `the term ends (${p.end}) before it starts (${p.start})`,
    (p) => `合同期限的结束日(${p.end})早于开始日(${p.start})`,
  ),
  target_needs_hours: define<{ measure: string }>(
    (p) =>
      `a ${p.measure} target needs service hours (hours: ...): calls offered outside them are out of scope`,
    (p) => `${p.measure} 指标需要服务时间(hours: ...):服务时间外呼入的电话不在考核范围内`,
  ),
  stopped_by_measure: define<{ measure: string }>(
    (p) =>
      `stoppedBy says what counts as a first response: it belongs to a first-response target, not ${p.measure}`,
    (p) => `stoppedBy 规定何为首次响应:只适用于 first-response 指标,不适用于 ${p.measure}`,
  ),
  hours_map_default: define<Record<string, never>>(
    () =>
      'a phone-answer target needs hours for every call: give its hours by channel a default ({ phone: phone, default: online })',
    () =>
      'phone-answer 指标的每个来电都需要服务时间:请为按渠道设置的服务时间给出默认值({ phone: phone, default: online })',
  ),
  target_allowance: define<{ given: 'neither' | 'both' | 'table' | 'by' | 'default' }>(
    (p) =>
      ({
        neither:
          'a target needs its allowance: within (4 hours), or a table with by (by: priority, table: { P1: 1 hour })',
        both: 'give within, or by with a table, not both',
        table: 'a table needs by: the ticket field whose value picks the row (by: priority)',
        by: 'by needs a table: the allowance of each value (table: { P1: 1 hour, P2: 8 hours })',
        default: 'default names the row of a table: it needs by and table',
      })[p.given],
    (p) =>
      ({
        neither: '指标需要给出时限:within(如 4 hours),或带 by 的表格(by: priority, table: { P1: 1 hour })',
        both: 'within 与 by 加表格只能给出其一',
        table: 'table 需要 by:用于选择行的工单字段(by: priority)',
        by: 'by 需要 table:每个取值的时限(table: { P1: 1 hour, P2: 8 hours })',
        default: 'default 指表格中的行:需要 by 和 table',
      })[p.given],
  ),
  status_name_clash: define<{ name: string; other: string; status: string; otherStatus: string }>(
    (p) =>
      `status name "${p.name}" is "${p.other}" written differently (names compare case and width insensitive), which already stands for ${p.otherStatus}, not ${p.status}`,
    (p) =>
      `状态名 "${p.name}" 与 "${p.other}" 视为同一名称(不区分大小写和全角半角),后者已代表 ${p.otherStatus},而不是 ${p.status}`,
  ),
  unknown_status: define<{ status: string; known: string }>(
    (p) => `"${cut(p.status)}" is not a ticket status (known: ${p.known})`,
    (p) => `"${cut(p.status)}" 不是工单状态(可用:${p.known})`,
  ),
  tiers_order: define<Record<string, never>>(
    () => 'credit tiers must have different thresholds, and a lower met rate must never deduct less',
    () => '扣减档位的阈值必须各不相同,且达成率越低扣减不得越少',
  ),
  contract_invalid: define<{ errors: number; first: string; firstZh?: string }>(
    (p) => `the contract definition has ${p.errors} error(s); the first: ${p.first}`,
    (p) => `合同定义有 ${p.errors} 处错误;第一处:${p.firstZh ?? p.first}`,
  ),
  internal_error: define<{ detail: string }>(
    (p) => `internal error while reading the definition (please report it): ${p.detail}`,
    (p) => `读取定义时发生内部错误(请报告):${p.detail}`,
  ),
  evaluation_internal_error: define<{ detail: string }>(
    (p) =>
      `this ticket could not be evaluated: an unexpected error (please report it unless the ticket object throws when read): ${p.detail}`,
    (p) => `无法评估该工单:发生意外错误(除非该工单对象在读取时抛出异常,否则请报告):${p.detail}`,
  ),
  // ---- tickets ----
  ticket_shape: define<{ expected: string }>(
    (p) => `a ticket must be ${p.expected}`,
    (p) => `工单必须是${TICKET_EXPECTED_ZH[p.expected] ?? p.expected}`,
  ),
  ticket_id: define<{ input: string }>(
    (p) => `the ticket id must be a non-empty string or a number, got ${cut(p.input)}`,
    (p) => `工单 id 必须是非空字符串或数字,实际为 ${cut(p.input)}`,
  ),
  ticket_event_type: define<{ type: string; known: string }>(
    (p) => `"${cut(p.type)}" is not an event type (known: ${p.known})`,
    (p) => `"${cut(p.type)}" 不是事件类型(可用:${p.known})`,
  ),
  ticket_event_field: define<{ type: string; field: string; expected: string }>(
    (p) => `a ${p.type} event needs ${p.field} (${p.expected})`,
    (p) => `${p.type} 事件需要 ${p.field}(${TICKET_EXPECTED_ZH[p.expected] ?? p.expected})`,
  ),
  ticket_created_missing: define<Record<string, never>>(
    () => 'the ticket has no created event',
    () => '工单缺少 created(创建)事件',
  ),
  ticket_created_twice: define<{ first: string; second: string }>(
    (p) => `the ticket is created twice (${p.first} and ${p.second})`,
    (p) => `工单被创建了两次(${p.first} 与 ${p.second})`,
  ),
  ticket_before_created: define<{ type: string; at: string; created: string }>(
    (p) => `impossible timeline: ${p.type} at ${p.at} is before the ticket was created (${p.created})`,
    (p) => `时间线不可能成立:${p.type} 发生于 ${p.at},早于工单创建时间 ${p.created}`,
  ),
  ticket_status_unknown: define<{ status: string; known: string }>(
    (p) => `"${p.status}" is not a ticket status (known: ${p.known})`,
    (p) => `"${p.status}" 不是工单状态(可用:${p.known})`,
  ),
  // ---- service-level evaluations ----
  sla_selected: define<{ target: string; clause: string; fields: string; logic: string }>(
    (p) =>
      `target ${p.target} (clause ${p.clause}) applies${p.logic ? `: ${p.logic} holds for ${p.fields}` : ' to every ticket'}`,
    (p) =>
      `指标 ${p.target}(第 ${p.clause} 条)适用${p.logic ? `:条件 ${p.logic} 对 ${p.fields} 成立` : '于所有工单'}`,
  ),
  sla_table_row: define<{ by: string; row: string; isDefault: boolean }>(
    (p) =>
      `row ${p.row} of the ${p.by} table applies${p.isDefault ? ` (also the row of tickets without a ${p.by})` : ''}`,
    (p) => `适用 ${p.by} 表的 ${p.row} 行${p.isDefault ? `(也是未填 ${p.by} 的工单所用的行)` : ''}`,
  ),
  sla_hours_by_channel: define<{
    by: string;
    value: string | null;
    hours: string | null | undefined;
    endOfDay: string | undefined;
  }>(
    (p) => {
      const terms = [
        p.hours === undefined
          ? undefined
          : p.hours === null
            ? 'no service hours'
            : `service hours ${p.hours}`,
        p.endOfDay === undefined
          ? undefined
          : `the last day ends at ${p.endOfDay === 'midnight' ? 'midnight' : 'close of business'}`,
      ].filter((t) => t !== undefined);
      return p.value !== null
        ? `${terms.join(', ')}: the terms of ${p.by} ${p.value} in this target`
        : `${terms.join(', ')}: the default, as the ticket's ${p.by} has no terms of its own in this target`;
    },
    (p) => {
      const terms = [
        p.hours === undefined ? undefined : p.hours === null ? '不按服务时间计算' : `服务时间 ${p.hours}`,
        p.endOfDay === undefined
          ? undefined
          : `最后一日${p.endOfDay === 'midnight' ? '至 24:00' : '至下班时间'}结束`,
      ].filter((t) => t !== undefined);
      return p.value !== null
        ? `${terms.join(',')}:本指标中 ${p.by} ${p.value} 的条款`
        : `${terms.join(',')}:默认条款,该工单的 ${p.by} 在本指标中没有单独的条款`;
    },
  ),
  sla_status: define<{
    status: string;
    due: string;
    clockStartsAt: string;
    metAt: string;
    breachedAt: string;
    stoppedAt: string;
    supersededAt: string;
    excluded: string;
    cycles: number;
  }>(
    (p) =>
      ({
        met: `met at ${p.metAt} (due ${p.due})`,
        breached: `breached at ${p.breachedAt}${p.stoppedAt ? `, stopped at ${p.stoppedAt}` : ''}`,
        running: `running, due ${p.due}`,
        paused: 'paused: the clock is stopped',
        pending: `pending: the clock starts at ${p.clockStartsAt}${p.due ? `, due ${p.due}` : ''}`,
        superseded: `superseded at ${p.supersededAt}: the ticket no longer matches the target (kept for audit, excluded from compliance)`,
        not_applicable: `not applicable (${p.excluded})`,
      })[p.status] + (p.cycles > 1 ? ` [${p.cycles} cycles]` : ''),
    (p) =>
      ({
        met: `已于 ${p.metAt} 达成(期限 ${p.due})`,
        breached: `已于 ${p.breachedAt} 超时${p.stoppedAt ? `,${p.stoppedAt} 停止计时` : ''}`,
        running: `计时中,期限 ${p.due}`,
        paused: '已暂停:计时停止',
        pending: `尚未起算:自 ${p.clockStartsAt} 起计时${p.due ? `,期限 ${p.due}` : ''}`,
        superseded: `已于 ${p.supersededAt} 被替代:工单不再符合该指标(保留备查,不计入达成率)`,
        not_applicable: `不适用(${EXCLUSION_ZH[p.excluded] ?? p.excluded})`,
      })[p.status] + (p.cycles > 1 ? ` [${p.cycles} 个周期]` : ''),
  ),
  report_rule_month: define<{ zone: string }>(
    (p) => `A ticket belongs to the month it was created in, in ${p.zone}.`,
    (p) => `工单按其创建时间(${p.zone})归入月份。`,
  ),
  report_rule_counted: define<Record<string, never>>(
    () =>
      'Counted: targets met (stopped at or before their due instant, to the millisecond) and breached; met rate = met / (met + breached).',
    () => '计入:已达成(在期限当时或之前停止,精确到毫秒)与已超时的指标;达成率 = 达成数 /(达成数 + 超时数)。',
  ),
  report_rule_excluded: define<Record<string, never>>(
    () =>
      'Excluded: targets still running, paused or pending (clock not started) and not yet due; not applicable (solved without a reply, calls offered outside hours, calls abandoned before their due instant); superseded by a reclassification.',
    () =>
      '不计入:仍在计时、暂停或尚未起算且未到期的指标;不适用(未回复即解决、服务时间外的来电、在期限前放弃的来电);因重新分类而被替代的指标。',
  ),
  report_rule_open: define<{ at: string }>(
    (p) =>
      p.at
        ? `A target still open whose due instant is before ${p.at} counts as breached.`
        : 'Open targets are counted as evaluated (no report instant given).',
    (p) =>
      p.at
        ? `截至 ${p.at} 仍未完成且已过期限的指标计为超时。`
        : '未给出报告时刻:未完成的指标按评估结果计入。',
  ),
  report_rule_unmapped_statuses: define<{ statuses: string }>(
    (p) =>
      `Status names the contract does not map were ignored (tickets with each): ${p.statuses}; map them in statuses: { <name>: awaiting-customer | on-hold | solved | ... }.`,
    (p) =>
      `合同未映射的状态名已被忽略(括号内为工单数):${p.statuses};请在 statuses 中映射,如 { <名称>: awaiting-customer | on-hold | solved | ... }。`,
  ),
  report_rule_percentiles: define<{ percentiles: string }>(
    (p) =>
      `Measured times are on each target's own clock, pauses excluded; percentiles ${p.percentiles} by nearest rank over the counted tickets.`,
    (p) => `用时按各指标自身的时钟计算(不含暂停);百分位 ${p.percentiles} 取计入工单的最近秩。`,
  ),
  report_rule_sketch: define<{ exactUpTo: number; relativeAccuracy: number }>(
    (p) =>
      `Rows with more than ${p.exactUpTo} measured times take their percentiles from a DDSketch (@datadog/sketches-js): within ${p.relativeAccuracy * 100}% of the exact value, rounded to whole milliseconds; such rows say measuredExact: false.`,
    (p) =>
      `用时超过 ${p.exactUpTo} 个的行,百分位取自 DDSketch(@datadog/sketches-js):与精确值相差不超过 ${p.relativeAccuracy * 100}%,取整到毫秒;这些行标为 measuredExact: false。`,
  ),
  report_rule_grouping: define<{ groupBy: string }>(
    (p) => `Rows are grouped by ${p.groupBy}; ticket rows by the same, without the target.`,
    (p) => `按 ${p.groupBy} 分行;工单级的行按相同字段(不含指标)分行。`,
  ),
  report_rule_tickets: define<Record<string, never>>(
    () =>
      'Ticket rows: a ticket is met when every target it has is met, breached when any is breached, undetermined while one is still open without a breach; a ticket with no counted or open target is excluded.',
    () =>
      '工单级的行:工单的所有指标均达成为达成,任一指标超时为超时,仍有指标未结束且无超时为未定;没有计入或未结束指标的工单不计入。',
  ),
  report_state_invalid: define<{ expected: string }>(
    (p) => `not a saved compliance report state: expected ${p.expected}`,
    (p) => `不是已保存的合规报告状态:应为 ${p.expected}`,
  ),
  report_merge_mismatch: define<{ setting: string; left: string; right: string }>(
    (p) =>
      `reports computed with different ${p.setting} cannot be merged: ${p.left} here, ${p.right} in the other`,
    (p) => `${p.setting} 不同的报告不能合并:此处为 ${p.left},另一份为 ${p.right}`,
  ),
  // ---- payments, late fees and service credits (src/billing) ----
  billing_no_fees: define<{ contract: string }>(
    (p) =>
      `contract "${p.contract}" has no payment terms: payment schedules, late fees, service credits and statements need a fees section`,
    (p) => `合同 "${p.contract}" 没有付款条款(fees):付款计划、滞纳金、服务扣减和对账单均需要 fees 部分`,
  ),
  contract_no_targets: define<{ contract: string }>(
    (p) => `contract "${p.contract}" has no service-level terms: evaluating tickets needs a targets section`,
    (p) => `合同 "${p.contract}" 没有服务水平条款:评估工单需要 targets 部分`,
  ),
  billing_invalid_month: define<{ input: unknown }>(
    (p) => `${quote(p.input)} is not a billing month: expected "YYYY-MM", e.g. "2025-10"`,
    (p) => `${quote(p.input)} 不是计费月份:应为 "YYYY-MM",例如 "2025-10"`,
  ),
  billing_month_outside_term: define<{ month: string; first: string; last: string }>(
    (p) => `${p.month} is outside the contract's term (billing months ${p.first}..${p.last})`,
    (p) => `${p.month} 不在合同期限内(计费月份 ${p.first}..${p.last})`,
  ),
  billing_no_due_date: define<{ month: string }>(
    (p) => `no payment rule covers ${p.month}, so its payment has no due date`,
    (p) => `没有付款规则涵盖 ${p.month},该期付款没有到期日`,
  ),
  billing_invalid_amount: define<{ input: unknown }>(
    (p) =>
      `${quote(p.input)} is not an amount: expected a decimal string in the contract's currency ("50000.00") or { amount, currency }`,
    (p) => `${quote(p.input)} 不是金额:应为合同币种的十进制字符串("50000.00")或 { amount, currency }`,
  ),
  billing_invalid_payment: define<{ input: unknown; reason: 'shape' | 'not-positive' }>(
    (p) =>
      p.reason === 'shape'
        ? `${quote(p.input)} is not a payment: expected a date "YYYY-MM-DD" or a list of { date, amount }`
        : `a payment must be a positive amount, got ${quote(p.input)}`,
    (p) =>
      p.reason === 'shape'
        ? `${quote(p.input)} 不是付款:应为日期 "YYYY-MM-DD" 或 { date, amount } 的列表`
        : `付款金额必须为正数,实际为 ${quote(p.input)}`,
  ),
  billing_invalid_report: define<{
    expected: 'rows' | 'text' | 'text-or-null' | 'count' | 'rate';
  }>(
    (p) =>
      `not a compliance report: expected ${
        {
          rows: '{ rows: [...] }',
          text: 'a text',
          'text-or-null': 'a text or null',
          count: 'a non-negative whole number',
          rate: 'a met rate between 0% and 100% written as text ("94.5%")',
        }[p.expected]
      }`,
    (p) =>
      `不是达标报告:应为${
        {
          rows: ' { rows: [...] }',
          text: '文本',
          'text-or-null': '文本或 null',
          count: '非负整数',
          rate: '以文本书写的 0% 至 100% 之间的达标率("94.5%")',
        }[p.expected]
      }`,
  ),
  billing_report_rates: define<{ target: string; month: string; rows: number }>(
    (p) =>
      `${p.rows} report rows of target ${p.target} in ${p.month} apply to one credit rule and one of them gives a met rate: ` +
      `rates cannot be added up; give met and breached counts, or one row per rule (a rule may name its channel)`,
    (p) =>
      `${p.month} 指标 ${p.target} 有 ${p.rows} 行报告适用于同一扣减规则,且其中有行给出达标率:` +
      `达标率不能相加;请给出达标与未达标数量,或每条规则只对应一行(规则可指定渠道)`,
  ),
  bill_rounding: define<{ mode: string }>(
    (p) =>
      ({
        'half-up': 'half-up',
        'half-even': 'half-even (to the even neighbour)',
        down: 'down (toward zero)',
        up: 'up (away from zero)',
        floor: 'floor',
        ceiling: 'ceiling',
      })[p.mode] ?? p.mode,
    (p) =>
      ({
        'half-up': '四舍五入',
        'half-even': '四舍六入五成双',
        down: '舍去(向零)',
        up: '进位(远离零)',
        floor: '向下取整',
        ceiling: '向上取整',
      })[p.mode] ?? p.mode,
  ),
  bill_anchor: define<{ after: string }>(
    (p) =>
      ({
        signing: 'signing',
        'term-start': 'the start of the term',
        'period-start': 'the start of the period',
        'period-end': 'the end of the period',
        'month-end': 'the end of the calendar month',
      })[p.after] ?? p.after,
    (p) =>
      ({
        signing: '签约',
        'term-start': '服务期开始',
        'period-start': '计费期间开始',
        'period-end': '计费期间结束',
        'month-end': '该自然月结束',
      })[p.after] ?? p.after,
  ),
  bill_step_period: define<{ month: string; from: string; to: string; days: number; daysInMonth: number }>(
    (p) =>
      p.days === p.daysInMonth
        ? `period ${p.month}: the whole month ${p.from}..${p.to}`
        : `period ${p.month}: ${p.from}..${p.to}, ${p.days} of the month's ${p.daysInMonth} days`,
    (p) =>
      p.days === p.daysInMonth
        ? `计费期间 ${p.month}:整月 ${p.from}..${p.to}`
        : `计费期间 ${p.month}:${p.from}..${p.to},共 ${p.days} 日(该月 ${p.daysInMonth} 日)`,
  ),
  bill_step_fee_full: define<{ fee: string; clause?: string; amount: string }>(
    (p) => `fee ${p.fee}${p.clause ? ` (clause ${p.clause})` : ''}: ${p.amount} for the whole month`,
    (p) => `费用 ${p.fee}${p.clause ? `(第 ${p.clause} 条)` : ''}:整月 ${p.amount}`,
  ),
  bill_step_fee_prorated: define<{
    fee: string;
    clause?: string;
    monthly: string;
    days: number;
    daysInMonth: number;
    exact: string;
    currency: string;
    rounding: string;
    unit: string;
    amount: string;
  }>(
    (p) =>
      `fee ${p.fee}${p.clause ? ` (clause ${p.clause})` : ''} prorated by calendar days: ${p.monthly} x ${p.days} / ${p.daysInMonth} = ${p.exact} ${p.currency}, ` +
      `rounded ${p.rounding} to ${p.unit} once, on this line: ${p.amount}`,
    (p) =>
      `费用 ${p.fee}${p.clause ? `(第 ${p.clause} 条)` : ''}按日历日折算:${p.monthly} x ${p.days} / ${p.daysInMonth} = ${p.exact} ${p.currency},` +
      `在本行按${p.rounding}规则舍入至 ${p.unit}(仅一次):${p.amount}`,
  ),
  bill_step_fee_partial_rule: define<{
    fee: string;
    clause?: string;
    which: 'first' | 'last';
    rule: 'full-period' | 'none';
    days: number;
    daysInMonth: number;
    amount: string;
  }>(
    (p) =>
      `fee ${p.fee}${p.clause ? ` (clause ${p.clause})` : ''}: the partial ${p.which} period (${p.days} of ${p.daysInMonth} days) ` +
      `${p.rule === 'full-period' ? 'is charged as a full month (proration: full-period)' : 'is not charged (proration: none)'}: ${p.amount}`,
    (p) =>
      `费用 ${p.fee}${p.clause ? `(第 ${p.clause} 条)` : ''}:${p.which === 'first' ? '首个' : '最后一个'}不足月的期间(${p.days} 日,该月 ${p.daysInMonth} 日)` +
      `${p.rule === 'full-period' ? '按整月收费(proration: full-period)' : '不收费(proration: none)'}:${p.amount}`,
  ),
  bill_step_per_unit_excluded: define<{ fees: string }>(
    (p) => `per-unit fees (${p.fees}) are charged on usage and are not part of this amount`,
    (p) => `按量计费的费用(${p.fees})按实际用量结算,不计入本金额`,
  ),
  bill_step_period_amount: define<{ amount: string; lines: number }>(
    (p) => `amount for the period${p.lines > 1 ? ` (${p.lines} fees)` : ''}: ${p.amount}`,
    (p) => `本期金额${p.lines > 1 ? `(${p.lines} 项费用)` : ''}:${p.amount}`,
  ),
  bill_step_payment_rule: define<{ rule: string; clause?: string; covers: string }>(
    (p) => `payment rule ${p.rule}${p.clause ? ` (clause ${p.clause})` : ''} applies (covers: ${p.covers})`,
    (p) => `适用付款规则 ${p.rule}${p.clause ? `(第 ${p.clause} 条)` : ''}(适用范围:${p.covers})`,
  ),
  bill_step_no_payment_rule: define<{ month: string }>(
    (p) => `no payment rule covers ${p.month}: no due date`,
    (p) => `没有付款规则涵盖 ${p.month}:无到期日`,
  ),
  bill_step_due_after: define<{
    within: string;
    after: string;
    anchor: string;
    fromBilling?: 'in-advance' | 'in-arrears';
  }>(
    (p) =>
      `due within ${p.within} after ${p.after} (${p.anchor})${
        p.fromBilling === undefined
          ? ''
          : p.fromBilling === 'in-advance'
            ? ', as billing in advance counts from the start of the period'
            : ', as billing in arrears counts from the end of the period'
      }`,
    (p) =>
      `应于${p.after}(${p.anchor})后 ${p.within}内支付${
        p.fromBilling === undefined
          ? ''
          : p.fromBilling === 'in-advance'
            ? '(预付:自计费期间开始起算)'
            : '(后付:自计费期间结束起算)'
      }`,
  ),
  bill_step_due_day_of_month: define<{
    dayOfMonth: number;
    month: 'same' | 'following';
    date: string;
    clamped: boolean;
  }>(
    (p) =>
      `due on day ${p.dayOfMonth} of the ${p.month === 'same' ? 'same' : 'following'} month: ${p.date}` +
      `${p.clamped ? ' (that month has no such day: its last day)' : ''}`,
    (p) =>
      `应于${p.month === 'same' ? '当月' : '次月'} ${p.dayOfMonth} 日支付:${p.date}${p.clamped ? '(该月无此日,取月末日)' : ''}`,
  ),
  bill_step_due_rolled: define<{ from: string; to: string; skipped: string }>(
    (p) =>
      `${p.from} is not a working day: the payment is due on the next working day, ${p.to}${p.skipped ? ` (${p.skipped})` : ''}`,
    (p) => `${p.from} 不是工作日:付款顺延至其后的第一个工作日 ${p.to}${p.skipped ? `(${p.skipped})` : ''}`,
  ),
  bill_step_due_not_rolled: define<{ date: string }>(
    (p) => `${p.date} is a working day: it stays`,
    (p) => `${p.date} 为工作日,不顺延`,
  ),
  bill_step_due_date: define<{ date: string; estimated: boolean; provisional: boolean }>(
    (p) =>
      `due date: ${p.date}${p.estimated ? ' (ESTIMATE: beyond the official schedule)' : ''}${p.provisional ? ' (PROVISIONAL: the next notice may move it)' : ''}`,
    (p) =>
      `到期日:${p.date}${p.estimated ? '(估算:超出官方安排范围)' : ''}${p.provisional ? '(暂定:下一年通知可能调整)' : ''}`,
  ),
  bill_step_no_late_fee_clause: define<Record<string, never>>(
    () => 'the contract has no late-payment clause: no penalty accrues',
    () => '合同未约定逾期付款违约金:不计违约金',
  ),
  bill_step_overdue: define<{ dueDate: string; amount: string; paidByDue: string; overdue: string }>(
    (p) => `${p.amount} due by ${p.dueDate}; paid by then: ${p.paidByDue}; overdue: ${p.overdue}`,
    (p) => `应于 ${p.dueDate} 前支付 ${p.amount};到期前已付:${p.paidByDue};逾期金额:${p.overdue}`,
  ),
  bill_step_daily_rate: define<{ rate: string; clause?: string; rounding: string; unit: string }>(
    (p) =>
      `late-payment penalty${p.clause ? ` (clause ${p.clause})` : ''}: ${p.rate} of the unpaid amount per calendar day, ` +
      `from the day after the due date to the day of payment; rounded ${p.rounding} to ${p.unit} once, at the end`,
    (p) =>
      `逾期付款违约金${p.clause ? `(第 ${p.clause} 条)` : ''}:按未付金额每日 ${p.rate} 计算,` +
      `自到期日次日起至付款之日止(按日历日);最后按${p.rounding}规则舍入至 ${p.unit}(仅一次)`,
  ),
  bill_step_payment: define<{ date: string; amount: string; daysLate: number; balance: string }>(
    (p) =>
      `paid ${p.amount} on ${p.date}${p.daysLate > 0 ? ` (${p.daysLate} day(s) after the due date)` : ' (on time)'}; still unpaid: ${p.balance}`,
    (p) =>
      `${p.date} 支付 ${p.amount}${p.daysLate > 0 ? `(逾期 ${p.daysLate} 日)` : '(按期)'};尚欠:${p.balance}`,
  ),
  bill_step_payment_after_as_of: define<{ date: string; amount: string; asOf: string }>(
    (p) => `the payment of ${p.amount} on ${p.date} is after ${p.asOf}, the as-of date: not counted`,
    (p) => `${p.date} 支付的 ${p.amount} 晚于计算截止日 ${p.asOf}:不计入`,
  ),
  bill_step_overpaid: define<{ amount: string }>(
    (p) => `${p.amount} more than was due has been paid; it does not reduce the penalty`,
    (p) => `多付 ${p.amount};多付部分不冲减违约金`,
  ),
  bill_step_accrual: define<{
    from: string;
    to: string;
    days: number;
    rate: string;
    balance: string;
    accrued: string;
    currency: string;
  }>(
    (p) => `${p.from}..${p.to}: ${p.days} day(s) x ${p.rate} x ${p.balance} = ${p.accrued} ${p.currency}`,
    (p) => `${p.from}..${p.to}:${p.days} 日 x ${p.rate} x ${p.balance} = ${p.accrued} ${p.currency}`,
  ),
  bill_step_unpaid: define<{ balance: string; asOf?: string }>(
    (p) =>
      p.asOf === undefined
        ? `${p.balance} is still unpaid; no as-of date was given, so no penalty is counted on it after the last payment`
        : `${p.balance} is still unpaid on ${p.asOf}: the penalty is counted through ${p.asOf}`,
    (p) =>
      p.asOf === undefined
        ? `尚欠 ${p.balance};未给出计算截止日,最后一次付款之后不再对其计算违约金`
        : `截至 ${p.asOf} 尚欠 ${p.balance}:违约金计算至 ${p.asOf}`,
  ),
  bill_step_not_overdue: define<{ dueDate: string }>(
    (p) => `nothing was unpaid after the due date ${p.dueDate}: no penalty`,
    (p) => `到期日 ${p.dueDate} 之后无未付金额:不计违约金`,
  ),
  bill_step_late_fee_total: define<{
    exact: string;
    currency: string;
    rounding: string;
    unit: string;
    amount: string;
  }>(
    (p) => `penalty: ${p.exact} ${p.currency} exactly, rounded ${p.rounding} to ${p.unit}: ${p.amount}`,
    (p) => `违约金:精确值 ${p.exact} ${p.currency},按${p.rounding}规则舍入至 ${p.unit}:${p.amount}`,
  ),
  bill_step_late_fee_cap: define<{
    basis: 'share' | 'amount';
    share?: string;
    cap: string;
    uncapped: string;
    applied: boolean;
  }>(
    (p) =>
      `cap: ${p.basis === 'share' ? `${p.share} of the overdue amount = ${p.cap}` : p.cap}; ` +
      `${p.applied ? `reached: the penalty is ${p.cap} instead of ${p.uncapped}` : 'not reached'}`,
    (p) =>
      `上限:${p.basis === 'share' ? `逾期金额的 ${p.share} = ${p.cap}` : p.cap};` +
      `${p.applied ? `已达上限:违约金为 ${p.cap}(而非 ${p.uncapped})` : '未达上限'}`,
  ),
  bill_step_no_credit_clause: define<Record<string, never>>(
    () => 'the contract has no service-credit clause: no credits',
    () => '合同未约定服务扣减:无扣减',
  ),
  bill_step_no_report: define<Record<string, never>>(
    () => 'no compliance report was given: service credits are not assessed',
    () => '未提供达标报告:未评估服务扣减',
  ),
  bill_step_credit_base: define<{ month: string; fee: string; clause?: string }>(
    (p) =>
      `service credits${p.clause ? ` (clause ${p.clause})` : ''} are a share of ${p.month}'s fee: ${p.fee}`,
    (p) => `服务扣减${p.clause ? `(第 ${p.clause} 条)` : ''}按 ${p.month} 费用的比例计算:${p.fee}`,
  ),
  bill_step_credit_rule: define<{
    rule: string;
    clause?: string;
    target: string;
    channel?: string;
    met: number | null;
    breached: number | null;
    metRate: string;
    tiers: string;
    tier?: { below: string; credit: string } | { atOrBelow: string; credit: string };
    amount: string;
  }>(
    (p) =>
      `${p.rule}${p.clause ? ` (clause ${p.clause})` : ''}: target ${p.target}, ${p.channel ? `channel ${p.channel}` : 'all channels'}: ` +
      `${p.met === null ? `met rate ${p.metRate} as reported` : `${p.met} met, ${p.breached} breached, met rate ${p.metRate}`}; ` +
      `${
        p.tier === undefined
          ? `not below any threshold (${p.tiers}): no credit`
          : `${'below' in p.tier ? `below ${p.tier.below}` : `at or below ${p.tier.atOrBelow}`}: credit ${p.tier.credit} = ${p.amount}`
      }`,
    (p) =>
      `${p.rule}${p.clause ? `(第 ${p.clause} 条)` : ''}:指标 ${p.target},${p.channel ? `渠道 ${p.channel}` : '全部渠道'}:` +
      `${p.met === null ? `报告的达标率 ${p.metRate}` : `达标 ${p.met},未达标 ${p.breached},达标率 ${p.metRate}`};` +
      `${
        p.tier === undefined
          ? `未低于任何阈值(${p.tiers}):不扣减`
          : `${'below' in p.tier ? `低于 ${p.tier.below}` : `不高于 ${p.tier.atOrBelow}`}:扣减 ${p.tier.credit} = ${p.amount}`
      }`,
  ),
  bill_step_credit_no_tickets: define<{ rule: string; target: string; channel?: string; month: string }>(
    (p) =>
      `${p.rule}: no ticket of target ${p.target}${p.channel ? ` on channel ${p.channel}` : ''} was met or breached in ${p.month}: no credit`,
    (p) =>
      `${p.rule}:${p.month} 指标 ${p.target}${p.channel ? `(渠道 ${p.channel})` : ''}没有达标或未达标的工单:不扣减`,
  ),
  bill_step_credit_cap: define<{ cap: string; capAmount: string; total: string; applied: boolean }>(
    (p) =>
      `credits are capped at ${p.cap} of the fee = ${p.capAmount}; ` +
      `${p.applied ? `reached: credits are ${p.capAmount} instead of ${p.total}` : 'not reached'}`,
    (p) =>
      `扣减上限为费用的 ${p.cap} = ${p.capAmount};${p.applied ? `已达上限:扣减 ${p.capAmount}(而非 ${p.total})` : '未达上限'}`,
  ),
  bill_step_net_due: define<{ fee: string; credits: string; net: string }>(
    (p) => `amount due: ${p.fee} - ${p.credits} of credits = ${p.net}`,
    (p) => `应付金额:${p.fee} - 扣减 ${p.credits} = ${p.net}`,
  ),
  bill_schedule_line: define<{
    month: string;
    from: string;
    to: string;
    amount: string;
    dueDate?: string;
    rule?: string;
    clause?: string;
    estimated: boolean;
    provisional: boolean;
  }>(
    (p) =>
      `${p.month}  ${p.from}..${p.to}  ${p.amount}  ${p.dueDate ? `due ${p.dueDate}` : 'no due date'}` +
      `${p.rule ? `  (${p.rule}${p.clause ? `, clause ${p.clause}` : ''})` : ''}${p.estimated ? '  ESTIMATE' : ''}${p.provisional ? '  PROVISIONAL' : ''}`,
    (p) =>
      `${p.month}  ${p.from}..${p.to}  ${p.amount}  ${p.dueDate ? `${p.dueDate} 到期` : '无到期日'}` +
      `${p.rule ? `(${p.rule}${p.clause ? `,第 ${p.clause} 条` : ''})` : ''}${p.estimated ? '  估算' : ''}${p.provisional ? '  暂定' : ''}`,
  ),
  bill_schedule_total: define<{ count: number; amount: string }>(
    (p) => `total of ${p.count} payment(s): ${p.amount}`,
    (p) => `共 ${p.count} 期,合计:${p.amount}`,
  ),
  bill_statement_line: define<{
    item: 'title' | 'fee' | 'credits' | 'due' | 'paid' | 'penalty' | 'outstanding';
    month?: string;
    from?: string;
    to?: string;
    amount?: string;
    date?: string;
    assessed?: boolean;
    estimated?: boolean;
  }>(
    (p) =>
      ({
        title: `statement for ${p.month} (${p.from}..${p.to})`,
        fee: `fee: ${p.amount}`,
        credits: p.assessed ? `service credits: ${p.amount}` : 'service credits: not assessed (no report)',
        due: `amount due: ${p.amount}${p.date ? ` by ${p.date}${p.estimated ? ' (ESTIMATE)' : ''}` : ' (no due date)'}`,
        paid: `paid: ${p.amount}${p.date ? ` (last payment ${p.date})` : ''}`,
        penalty: `late-payment penalty${p.date ? ` as of ${p.date}` : ''}: ${p.amount}`,
        outstanding: `still unpaid: ${p.amount}`,
      })[p.item],
    (p) =>
      ({
        title: `${p.month} 对账单(${p.from}..${p.to})`,
        fee: `费用:${p.amount}`,
        credits: p.assessed ? `服务扣减:${p.amount}` : '服务扣减:未评估(无报告)',
        due: `应付金额:${p.amount}${p.date ? `,${p.date} 到期${p.estimated ? '(估算)' : ''}` : '(无到期日)'}`,
        paid: `已付:${p.amount}${p.date ? `(最后一次付款 ${p.date})` : ''}`,
        penalty: `逾期违约金${p.date ? `(截至 ${p.date})` : ''}:${p.amount}`,
        outstanding: `尚欠:${p.amount}`,
      })[p.item],
  ),
  bill_section: define<{ section: 'payment' | 'credits' | 'late-fee' }>(
    (p) =>
      ({
        payment: 'how the fee and the due date were reached:',
        credits: 'service credits:',
        'late-fee': 'late-payment penalty:',
      })[p.section],
    (p) => ({ payment: '费用与到期日的计算:', credits: '服务扣减:', 'late-fee': '逾期违约金:' })[p.section],
  ),
  // ---- explanations of deadlines (one message per step kind) ----
  step_anchor: define<{ instant: string; date: string; timeZone: string }>(
    (p) => `start: ${p.instant} (${p.date} in ${p.timeZone})`,
    (p) => `起算:${p.instant}(${p.timeZone} 的 ${p.date})`,
  ),
  step_start_day_excluded: define<{ date: string; clockStartsAt: string }>(
    (p) =>
      `${p.date}, the day of the start, is not counted (Civil Code art. 201): the term's clock starts at ${p.clockStartsAt}`,
    (p) => `开始当日 ${p.date} 不计入(民法典第二百零一条),自 ${p.clockStartsAt} 起计时`,
  ),
  step_working_days: define<{ n: number; from: string; to: string; notable: string }>(
    (p) => `counted ${p.n} working day(s): ${p.from}..${p.to}${p.notable ? `; ${p.notable}` : ''}`,
    (p) => `计 ${p.n} 个工作日:${p.from}..${p.to}${p.notable ? `;${p.notable}` : ''}`,
  ),
  step_calendar_days: define<{ n: number; lastDay: string }>(
    (p) => `${p.n} calendar day(s) end on ${p.lastDay}`,
    (p) => `${p.n} 日期间的最后一日为 ${p.lastDay}`,
  ),
  step_months: define<{ n: number; lastDay: string; clamped: boolean }>(
    (p) =>
      `${p.n} month(s) end on ${p.lastDay}${p.clamped ? ', the last day of that month, which has no corresponding day (Civil Code art. 202)' : ', the corresponding day (Civil Code art. 202)'}`,
    (p) =>
      `${p.n} 个月期间的最后一日为 ${p.lastDay}${p.clamped ? '(该月无对应日,以月末日为期间最后一日,民法典第二百零二条)' : '(对应日,民法典第二百零二条)'}`,
  ),
  step_rolled_forward: define<{ from: string; to: string; skipped: string }>(
    (p) =>
      `${p.from} is not a working day, so the period ends on the next working day ${p.to} (Civil Code art. 203)${p.skipped ? `: ${p.skipped}` : ''}`,
    (p) =>
      `${p.from} 为休息日,期间顺延至其后的第一个工作日 ${p.to}(民法典第二百零三条)${p.skipped ? `:${p.skipped}` : ''}`,
  ),
  step_not_rolled: define<{ date: string }>(
    (p) => `${p.date} is a working day: the period ends there`,
    (p) => `${p.date} 为工作日,期间于当日届满`,
  ),
  step_end_of_day: define<{ date: string; due: string }>(
    (p) => `the last day ${p.date} ends at 24:00: ${p.due}`,
    (p) => `最后一日 ${p.date} 于 24 时届满:${p.due}`,
  ),
  step_close_of_business: define<{ date: string; due: string }>(
    (p) => `the last day ${p.date} ends when business stops (Civil Code art. 203): ${p.due}`,
    (p) => `最后一日 ${p.date} 于停止业务活动时届满(民法典第二百零三条):${p.due}`,
  ),
  step_no_hours_last_day: define<{ date: string }>(
    (p) => `the service has no hours on ${p.date}, so that day ends at 24:00`,
    (p) => `${p.date} 无服务时间,该日于 24 时届满`,
  ),
  step_clock_waits: define<{ requested: string; opening: string }>(
    (p) => `${p.requested} is outside service hours: the clock starts at the next opening ${p.opening}`,
    (p) => `${p.requested} 不在服务时间内,自下一次开始服务 ${p.opening} 起计时`,
  ),
  step_business_time: define<{ amount: string; windows: string; more: number; due: string }>(
    (p) =>
      `${p.amount} of service hours${p.windows ? ` in ${p.windows}` : ''}${p.more > 0 ? ` and ${p.more} more window(s)` : ''}: due ${p.due}`,
    (p) =>
      `服务时间内 ${p.amount}${p.windows ? `,用时段 ${p.windows}` : ''}${p.more > 0 ? ` 及另外 ${p.more} 个时段` : ''}:${p.due} 到期`,
  ),
  step_elapsed_time: define<{ amount: string; due: string }>(
    (p) => `${p.amount} counted from the instant itself (Civil Code art. 201): due ${p.due}`,
    (p) => `自该时刻起算 ${p.amount}(民法典第二百零一条):${p.due} 到期`,
  ),
  step_service_days: define<{ n: number; day: string; total: string }>(
    (p) =>
      `elapsed counting: ${p.n} working day(s) x ${p.day} per service day = ${p.total} of business time from the instant`,
    (p) => `按服务时长计:${p.n} 个工作日 x 每个服务日 ${p.day} = 自该时刻起 ${p.total} 服务时间`,
  ),
  step_paused: define<{ from: string; to?: string; amount: string; due?: string }>(
    (p) =>
      p.to === undefined
        ? `paused since ${p.from}: the clock is stopped, no due instant while the pause lasts`
        : `paused ${p.from} .. ${p.to} (${p.amount} on the term's clock): due moves to ${p.due}`,
    (p) =>
      p.to === undefined
        ? `自 ${p.from} 起暂停:计时停止,暂停期间无到期时刻`
        : `暂停 ${p.from} .. ${p.to}(按该条款时钟计 ${p.amount}):到期时刻顺延至 ${p.due}`,
  ),
  step_pauses: define<{ count: number; from: string; to?: string; amount: string; due?: string }>(
    (p) =>
      `${p.count} more pauses ${p.from} .. ${p.to ?? 'now'}, ${p.amount || 'open-ended'} in all on the term's clock: due moves to ${p.due ?? '(none while paused)'}`,
    (p) =>
      `另有 ${p.count} 次暂停 ${p.from} .. ${p.to ?? '至今'},按该条款时钟共计 ${p.amount || '未结束'}:到期时刻顺延至 ${p.due ?? '(暂停期间无)'}`,
  ),
  step_estimate: define<{ dataVersion: string }>(
    (p) =>
      `ESTIMATE: some days are beyond the official schedule and were taken as Monday-Friday (${p.dataVersion})`,
    (p) => `估算:部分日期超出官方安排范围,按周一至周五估算(${p.dataVersion})`,
  ),
  step_provisional: define<{ dataVersion: string }>(
    (p) =>
      `PROVISIONAL: depends on the last days of the newest official year, which the next notice may still move (${p.dataVersion})`,
    (p) => `暂定:依赖最新年度末尾几日的安排,下一年通知仍可能调整(${p.dataVersion})`,
  ),
  // ---- explanations of calendar answers ----
  explain_day: define<{
    date: string;
    weekday: number;
    kind: string;
    name?: string;
    working: boolean;
    estimated: boolean;
    provisional: boolean;
  }>(
    (p) => {
      // An ordinary weekday or weekend needs no further reason; anything else says what it is.
      const plain = (p.kind === 'workday' || p.kind === 'weekend') && !p.name;
      const reason = plain ? '' : `: ${KIND_EN[p.kind] ?? p.kind}${p.name ? ` (${p.name})` : ''}`;
      return (
        `${p.date} (${WEEKDAYS_EN[p.weekday - 1]}) is ${p.working ? 'a working day' : 'a rest day'}${reason}` +
        `${p.estimated ? ' [estimate: no official schedule]' : ''}${p.provisional ? ' [provisional: next notice may move it]' : ''}`
      );
    },
    (p) => {
      const plain = (p.kind === 'workday' || p.kind === 'weekend') && !p.name;
      const reason = plain ? '' : `:${KIND_ZH[p.kind] ?? p.kind}${p.name ? `(${p.name})` : ''}`;
      return (
        `${p.date}(${WEEKDAYS_ZH[p.weekday - 1]})${p.working ? '是工作日' : '是休息日'}${reason}` +
        `${p.estimated ? '[估算:无官方安排]' : ''}${p.provisional ? '[暂定:下一年通知可能调整]' : ''}`
      );
    },
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
