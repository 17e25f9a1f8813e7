import type { ExclusionReason, TargetStatus } from '../../sla/types.js';
import { cut, define } from './shared.js';

/** What a ticket, or an event's field, should have been (`ticket_shape`, `ticket_event_field`). */
export type TicketExpectation =
  | 'ticket-object'
  | 'fields-object'
  | 'events-list'
  | 'event-objects'
  | 'author'
  | 'field-name'
  | 'milestone-name'
  | 'call-id'
  | 'status';

const TICKET_EXPECTATIONS: Record<TicketExpectation, { en: string; zh: string }> = {
  'ticket-object': { en: 'an object { id, fields, events }', zh: '对象 { id, fields, events }' },
  'fields-object': { en: 'an object whose fields are an object', zh: '对象,且其 fields 为对象' },
  'events-list': { en: 'an object whose events are a list', zh: '对象,且其 events 为列表' },
  'event-objects': { en: 'an object whose events are objects', zh: '对象,且其 events 的每一项均为对象' },
  author: { en: "'agent' or 'bot'", zh: "'agent' 或 'bot'" },
  'field-name': { en: 'the field name', zh: '字段名' },
  'milestone-name': { en: 'the milestone name', zh: '里程碑名称' },
  'call-id': { en: 'a string', zh: '字符串' },
  status: { en: 'one of the statuses', zh: '以下状态之一' },
};

/** Why a target is not applicable to a ticket (src/sla ExclusionReason), in Chinese. */
const EXCLUSION_ZH: Record<ExclusionReason, string> = {
  'solved-without-reply': '未回复即解决',
  'outside-hours': '服务时间外',
  'abandoned-before-due': '在期限前放弃',
  superseded: '已被替代',
};

export const slaMessages = {
  evaluation_internal_error: define<{ detail: string }>(
    (p) =>
      `this ticket could not be evaluated: an unexpected error (please report it unless the ticket object throws when read): ${p.detail}`,
    (p) => `无法评估该工单:发生意外错误(除非该工单对象在读取时抛出异常,否则请报告):${p.detail}`,
  ),
  // ---- tickets ----
  ticket_shape: define<{ expected: TicketExpectation }>(
    (p) => `a ticket must be ${TICKET_EXPECTATIONS[p.expected].en}`,
    (p) => `工单必须是${TICKET_EXPECTATIONS[p.expected].zh}`,
  ),
  ticket_id: define<{ input: string }>(
    (p) => `the ticket id must be a non-empty string or a number, got ${cut(p.input)}`,
    (p) => `工单 id 必须是非空字符串或数字,实际为 ${cut(p.input)}`,
  ),
  ticket_event_type: define<{ type: string; known: string }>(
    (p) => `"${cut(p.type)}" is not an event type (known: ${p.known})`,
    (p) => `"${cut(p.type)}" 不是事件类型(可用:${p.known})`,
  ),
  ticket_event_field: define<{ type: string; field: string; expected: TicketExpectation; known?: string }>(
    (p) =>
      `a ${p.type} event needs ${p.field} (${TICKET_EXPECTATIONS[p.expected].en}${p.known ? `: ${p.known}` : ''})`,
    (p) =>
      `${p.type} 事件需要 ${p.field}(${TICKET_EXPECTATIONS[p.expected].zh}${p.known ? `:${p.known}` : ''})`,
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
    status: TargetStatus;
    due: string;
    clockStartsAt: string;
    metAt: string;
    breachedAt: string;
    stoppedAt: string;
    supersededAt: string;
    excluded: ExclusionReason | '';
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
        not_applicable: `不适用(${p.excluded === '' ? '' : EXCLUSION_ZH[p.excluded]})`,
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
      `Rows with more than ${p.exactUpTo} measured times take their percentiles from a DDSketch (logarithmic mapping, the keys of @datadog/sketches-js): within ${p.relativeAccuracy * 100}% of the exact value, rounded to whole milliseconds; such rows say measuredExact: false.`,
    (p) =>
      `用时超过 ${p.exactUpTo} 个的行,百分位取自 DDSketch(对数映射,与 @datadog/sketches-js 的分桶一致):与精确值相差不超过 ${p.relativeAccuracy * 100}%,取整到毫秒;这些行标为 measuredExact: false。`,
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
  contract_no_targets: define<{ contract: string }>(
    (p) => `contract "${p.contract}" has no service-level terms: evaluating tickets needs a targets section`,
    (p) => `合同 "${p.contract}" 没有服务水平条款:评估工单需要 targets 部分`,
  ),
} as const;
