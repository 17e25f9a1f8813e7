/**
 * The reporting deadlines of a contract: one per report of the definition's `reporting` section and
 * per period (week, month, quarter or year, clipped to the term), due by the report's rule and
 * counted like every payment (the same due-date engine, PRC Civil Code counting by default).
 */
import { formatStamp, type IcsEvent, type IcsOptions, renderICS, uidPart } from '../calendar/ics.js';
import { type Lang, renderMessage } from '../errors/messages.js';
import {
  type CivilDate,
  type DayNumber,
  dayFromCivil,
  formatCivilDate,
  weekdayOfDay,
  yearOfDay,
} from '../time/civil-date.js';
import { monthIndexOf } from './common.js';
import { dueDayOf, type Period, periodAt, periodCount, type ScheduleOwner } from './schedule.js';
import type { BillingTerms, PaymentRule } from './terms.js';

/** One report and the day it is due. */
export interface ReportDeadline {
  /** The report's `id` in the definition. */
  readonly report: string;
  readonly name: string;
  readonly clause: string | null;
  /** The period the report covers: the week, month, quarter or year, clipped to the term. */
  readonly period: { from: CivilDate; to: CivilDate };
  /** The last day to deliver it (inclusive). */
  readonly dueDate: CivilDate;
  /** The due date rests on days beyond the calendar's official schedule (a weekends-only estimate). */
  readonly estimated: boolean;
  /** The due date rests on days the next official notice may still move. */
  readonly provisional: boolean;
}

/** Every reporting deadline over the term. */
export interface ReportingDeadlines {
  /** In order of due date, then of the definition. */
  readonly deadlines: readonly ReportDeadline[];
  /**
   * The deadlines as iCalendar (RFC 5545): one all-day event per report and period on its due
   * date. UIDs are stable (contract, report, period start); `DTSTAMP` is `stamp`, or by default the
   * contract's signing date.
   *
   * @example
   * contract.reportingDeadlines().toICS().split('\r\n').filter((l) => l.startsWith('DTSTART')).slice(0, 2)
   * //=> ['DTSTART;VALUE=DATE:20250807', 'DTSTART;VALUE=DATE:20250905']
   */
  toICS(options?: IcsOptions): string;
}

/** The periods of a report over the term, as the due-date engine reads them. */
function periodsOf(terms: BillingTerms, period: BillingTerms['reporting'][number]['period']): Period[] {
  if (period === 'month') {
    return Array.from({ length: periodCount(terms) }, (_, k) => periodAt(terms, k));
  }
  const out: Period[] = [];
  let start: DayNumber = terms.termStart;
  // Align the first period to the calendar: the Monday of the week, the first day of the quarter or year.
  if (period === 'week') start -= weekdayOfDay(start) - 1;
  else {
    const year = yearOfDay(start);
    const month =
      Math.floor((monthIndexOf(start) % 12) / (period === 'quarter' ? 3 : 12)) *
      (period === 'quarter' ? 3 : 12);
    start = dayFromCivil(year, month + 1, 1);
  }
  for (let index = 0; start <= terms.termEnd; index++) {
    let next: DayNumber;
    if (period === 'week') next = start + 7;
    else {
      const year = yearOfDay(start);
      const month0 = monthIndexOf(start) % 12;
      const step = period === 'quarter' ? 3 : 12;
      next =
        month0 + step >= 12
          ? dayFromCivil(year + 1, month0 + step - 11, 1)
          : dayFromCivil(year, month0 + step + 1, 1);
    }
    const to = Math.min(next - 1, terms.termEnd);
    const from = Math.max(start, terms.termStart);
    // The month of a longer period is its last month (a rule "on day 10 of the following month").
    out.push({ index, month: monthIndexOf(to), monthStart: from, monthEnd: to, from, to });
    start = next;
  }
  return out;
}

/** The reporting deadlines of the terms. */
export function reportingDeadlines(terms: BillingTerms, owner: ScheduleOwner): ReportingDeadlines {
  const deadlines: Array<ReportDeadline & { order: number }> = [];
  terms.reporting.forEach((report, order) => {
    const rule: PaymentRule = {
      id: report.id,
      clause: report.clause,
      covers: 'each-period',
      due: report.due,
    } as PaymentRule;
    for (const period of periodsOf(terms, report.period)) {
      const due = dueDayOf(terms, rule, period);
      deadlines.push({
        report: report.id,
        name: report.name,
        clause: report.clause ?? null,
        period: { from: formatCivilDate(period.from), to: formatCivilDate(period.to) },
        dueDate: formatCivilDate(due.day),
        estimated: due.estimated,
        provisional: due.provisional,
        order,
      });
    }
  });
  deadlines.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.order - b.order);
  const frozen = Object.freeze(deadlines.map(({ order: _, ...d }) => Object.freeze(d)));
  const contents = new Map(terms.reporting.map((r) => [r.id, r.contents.join(', ')]));
  return Object.freeze({
    deadlines: frozen,
    toICS: (options: IcsOptions = {}) => {
      const lang: Lang = options.lang === 'zh' ? 'zh' : 'en';
      // The data's own date, so that the same definition gives the same bytes: signing, else the term's start.
      const dated = terms.signedOn ?? terms.termStart;
      const stamp = formatStamp(options.stamp ?? `${formatCivilDate(dated)}T00:00:00Z`, 'stamp');
      const events: IcsEvent[] = frozen.map((d) => {
        const params = {
          name: d.name,
          report: d.report,
          from: d.period.from,
          to: d.period.to,
          clause: d.clause ?? undefined,
          contract: owner.title,
          contractId: owner.id,
          contents: contents.get(d.report) ?? '',
          estimated: d.estimated,
          provisional: d.provisional,
        };
        return {
          uid: `${uidPart(owner.id)}-report-${uidPart(d.report)}-${d.period.from}@contract-terms`,
          start: d.dueDate,
          summary: renderMessage('ics_report_summary', params, lang),
          description: renderMessage('ics_report_description', params, lang),
          categories: ['report'],
        };
      });
      return renderICS(events, renderMessage('ics_reports_name', { contract: owner.title }, lang), stamp);
    },
  });
}
