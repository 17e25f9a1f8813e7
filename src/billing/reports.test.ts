/**
 * Reporting deadlines: one per report and period of the term, due by the report's rule on the
 * contract's calendar (checked against a naive count of working days), and their iCalendar export
 * read back with a real parser.
 */
import { describe, expect, it } from 'vitest';
import { referenceContract, signedContract } from '../../tests/support/billing-contracts.js';
import { readICS } from '../../tests/support/ical.js';
import { chinaCalendar } from '../calendar/china.js';
import { formatCivilDate, parseCivilDate } from '../time/civil-date.js';

/** The nth working day after a date, one day at a time (the naive oracle). */
function nthWorkingDayAfter(date: string, n: number): string {
  const cn = chinaCalendar();
  let day = parseCivilDate(date);
  for (let left = n; left > 0; ) {
    day++;
    if (cn.isWorkingDay(formatCivilDate(day))) left--;
  }
  return formatCivilDate(day);
}

describe('Contract.reportingDeadlines', () => {
  it('has one monthly report per month of the term, due 5 working days after the month ends', () => {
    const { deadlines } = referenceContract().reportingDeadlines();
    expect(deadlines.length).toBe(12);
    for (const d of deadlines) {
      expect(d.report).toBe('monthly-service-report');
      expect(d.dueDate).toBe(nthWorkingDayAfter(d.period.to, 5));
    }
    expect(deadlines[3]).toMatchObject({
      period: { from: '2025-10-01', to: '2025-10-31' },
      dueDate: '2025-11-07',
    });
  });

  it('clips weeks, quarters and years to the term', () => {
    const contract = signedContract('2025-06-20', '2025-07-09', '2026-02-10', (def) => {
      def.reporting = [
        {
          id: 'weekly',
          name: 'Weekly',
          period: 'week',
          due: { within: '1 working day', after: 'period-end' },
        },
        {
          id: 'quarterly',
          name: 'Quarterly',
          period: 'quarter',
          due: { dayOfMonth: 10, month: 'following' },
        },
        { id: 'yearly', name: 'Yearly', period: 'year', due: { within: '10 days', after: 'period-end' } },
      ];
    });
    const byReport = (id: string) =>
      contract
        .reportingDeadlines()
        .deadlines.filter((d) => d.report === id)
        .map((d) => [d.period.from, d.period.to]);
    const weeks = byReport('weekly');
    expect(weeks[0]).toEqual(['2025-07-09', '2025-07-13']); // Wednesday to Sunday
    expect(weeks[1]).toEqual(['2025-07-14', '2025-07-20']);
    expect(weeks.at(-1)).toEqual(['2026-02-09', '2026-02-10']);
    expect(byReport('quarterly')).toEqual([
      ['2025-07-09', '2025-09-30'],
      ['2025-10-01', '2025-12-31'],
      ['2026-01-01', '2026-02-10'],
    ]);
    expect(byReport('yearly')).toEqual([
      ['2025-07-09', '2025-12-31'],
      ['2026-01-01', '2026-02-10'],
    ]);
    const quarterly = contract.reportingDeadlines().deadlines.filter((d) => d.report === 'quarterly');
    expect(quarterly.map((d) => d.dueDate)).toEqual(['2025-10-10', '2026-01-12', '2026-03-10']);
  });

  it('exports the deadlines as iCalendar: one all-day event each, stable UIDs, DTSTAMP the signing date', () => {
    const contract = referenceContract();
    const text = contract.reportingDeadlines().toICS({ lang: 'zh' });
    const { name, events } = readICS(text);
    expect(name).toContain('报告期限');
    expect(events.length).toBe(12);
    expect(events[0]).toMatchObject({
      uid: 'cs-outsourcing-2025-report-monthly-service-report-2025-07-01@contract-terms',
      start: '2025-08-07',
      end: '2025-08-08',
      allDay: true,
      stamp: '2025-06-20T00:00:00Z',
    });
    expect(events[0]!.summary).toBe(
      '报告到期:月度服务报告 (volume, satisfaction, complaints)(2025-07-01..2025-07-31)',
    );
    expect(referenceContract().reportingDeadlines().toICS({ lang: 'zh' })).toBe(text);
  });
});
