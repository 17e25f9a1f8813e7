import { cut, define, KIND_EN, quote, type ReasonTable, renderReason } from './shared.js';

/** The units of a duration as the grammar reads them. */
export type DurationUnit = 'ms' | 's' | 'min' | 'h' | 'days' | 'weeks' | 'workingDays' | 'months' | 'years';

const unitEn = (unit: DurationUnit): string => (unit === 'workingDays' ? 'working days' : unit);

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

export const DURATION_REASONS: ReasonTable<DurationReason> = {
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

export const HOURS_REASONS: ReasonTable<HoursReason> = {
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
export const DEADLINE_REASONS: ReasonTable<DeadlineReason> = {
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

export const clockMessages = {
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
} as const;
