import type { DayKind } from '../../calendar/calendar.js';
import {
  define,
  KIND_EN,
  KIND_ZH,
  quote,
  type ReasonTable,
  renderReason,
  typeZh,
  WEEKDAYS_EN,
  WEEKDAYS_ZH,
} from './shared.js';

function ordinalSuffix(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

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

export const CALENDAR_DATA_REASONS: ReasonTable<CalendarDataReason> = {
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

export const calendarMessages = {
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
  ics_calendar_name: define<{ calendar: string }>(
    (p) => `Working days: ${p.calendar}`,
    (p) => `工作日安排:${p.calendar}`,
  ),
  ics_day_summary: define<{ name: string; kind: DayKind }>(
    (p) => `${p.name ? `${p.name}: ` : ''}${KIND_EN[p.kind] ?? p.kind}`,
    (p) => `${p.name ? `${p.name} ` : ''}${KIND_ZH[p.kind] ?? p.kind}`,
  ),
  ics_day_description: define<{
    from: string;
    to: string;
    days: number;
    kind: DayKind;
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
