import { cut, cutDetail, define, typeEn, typeZh } from './shared.js';

/** A pattern a definition's text must match (`schema_format`). */
export type SchemaFormat = 'identifier' | 'date' | 'currency' | 'email';

export const SCHEMA_FORMATS: Record<SchemaFormat, { en: string; zh: string }> = {
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

export const contractMessages = {
  more_issues: define<{ count: number }>(
    (p) => `(and ${p.count} more problem${p.count === 1 ? '' : 's'})`,
    (p) => `(另有 ${p.count} 个问题)`,
  ),
  // ---- contract definitions ----
  contract_yaml_syntax: define<{ detail: string }>(
    (p) => `YAML syntax error: ${cutDetail(p.detail)}`,
    (p) => `YAML 语法错误:${cutDetail(p.detail)}`,
  ),
  contract_json_syntax: define<
    { detail: string } | { expected: JsonExpectation; found: string | null; detail?: undefined }
  >(
    (p) =>
      `JSON syntax error: ${
        p.detail !== undefined
          ? cutDetail(p.detail)
          : `expected ${JSON_EXPECTATIONS[p.expected].en}, found ${p.found ?? 'the end of the text'}`
      }`,
    (p) =>
      `JSON 语法错误:${
        p.detail !== undefined
          ? cutDetail(p.detail)
          : `此处应为${JSON_EXPECTATIONS[p.expected].zh},实际为${p.found ?? '文本结尾'}`
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
} as const;
