import type { RoundingMode } from '../../billing/decimal.js';
import type { DueAnchor } from '../../billing/terms.js';
import { define, quote } from './shared.js';

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

export const billingMessages = {
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
  billing_no_fees: define<{ contract: string }>(
    (p) =>
      `contract "${p.contract}" has no payment terms: payment schedules, late fees, service credits and statements need a fees section`,
    (p) => `合同 "${p.contract}" 没有付款条款(fees):付款计划、滞纳金、服务扣减和对账单均需要 fees 部分`,
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
  bill_rounding: define<{ mode: RoundingMode }>(
    (p) =>
      ({
        'half-up': 'half-up',
        'half-even': 'half-even (to the even neighbour)',
        down: 'down (toward zero)',
        up: 'up (away from zero)',
        floor: 'floor',
        ceiling: 'ceiling',
      })[p.mode],
    (p) =>
      ({
        'half-up': '四舍五入',
        'half-even': '四舍六入五成双',
        down: '舍去(向零)',
        up: '进位(远离零)',
        floor: '向下取整',
        ceiling: '向上取整',
      })[p.mode],
  ),
  bill_anchor: define<{ after: DueAnchor }>(
    (p) =>
      ({
        signing: 'signing',
        'term-start': 'the start of the term',
        'period-start': 'the start of the period',
        'period-end': 'the end of the period',
        'month-end': 'the end of the calendar month',
      })[p.after],
    (p) =>
      ({
        signing: '签约',
        'term-start': '服务期开始',
        'period-start': '计费期间开始',
        'period-end': '计费期间结束',
        'month-end': '该自然月结束',
      })[p.after],
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
} as const;
