import { LIMIT_NAMES } from './limits.js';
import { define, quote } from './shared.js';

/** Chinese text runs into Chinese without a space, and is set off from Latin text by one. */
const spaced = (text: string): string => (/^[\x21-\x7e]/.test(text) ? ` ${text}` : text);

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
  | 'china-calendar-options'
  | 'region-calendar-options'
  | 'china-region-options'
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

export const ARGUMENT_EXPECTATIONS: Record<ArgumentExpectation, { en: string; zh: string }> = {
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
  'china-calendar-options': {
    en: 'an object with only the fields beyondCoverage, extraYears, notices and makeUpWorkingDays',
    zh: '仅含 beyondCoverage、extraYears、notices 与 makeUpWorkingDays 字段的对象',
  },
  'region-calendar-options': {
    en: "an object with only the fields weekend, holidayTypes, timeZone and china (chinaCalendar's options, for 'CN')",
    zh: "仅含 weekend、holidayTypes、timeZone 与 china(用于 'CN' 的 chinaCalendar 选项)字段的对象",
  },
  'china-region-options': {
    en: "for 'CN', only the field china (chinaCalendar's options): the official schedule fixes the weekends, holidays and zone",
    zh: "对 'CN' 仅可使用 china 字段(chinaCalendar 的选项):官方安排已确定周末、节假日与时区",
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

export const argumentsMessages = {
  invalid_argument: define<{ name: string; expected: ArgumentExpectation; input: unknown }>(
    (p) => `${p.name} must be ${ARGUMENT_EXPECTATIONS[p.expected]?.en ?? p.expected}, got ${quote(p.input)}`,
    (p) =>
      `${p.name} 应为${spaced(ARGUMENT_EXPECTATIONS[p.expected]?.zh ?? p.expected)},实际为 ${quote(p.input)}`,
  ),
  // ---- iCalendar exports (src/calendar/ics.ts and its callers) ----
} as const;
