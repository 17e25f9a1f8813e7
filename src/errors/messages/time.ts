import { define, quote, type ReasonTable, renderReason } from './shared.js';

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

export const TIME_REASONS: ReasonTable<TimeReason> = {
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

export const timeMessages = {
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
} as const;
