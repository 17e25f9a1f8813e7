/**
 * `report --csv`: one line per (ticket, target) of a report that lists its tickets, for a
 * spreadsheet: the same fields as the report's listed tickets, with the row's group values. RFC 4180
 * quoting; text a spreadsheet would run as a formula (ticket ids and field values are the help
 * desk's data, not ours) is prefixed with an apostrophe.
 */
import type { ComplianceReport } from '../index.js';

/** One CSV field: quoted when it holds a comma, a quote or a line break; formulas defused. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The CSV of a report's listed tickets (a header line, then one line per ticket and target, in the
 * report's row order and each row's ticket order; targets whose condition was false for a ticket are
 * not its targets, and have no line). Group columns: every `groupBy` name but `target`.
 *
 * @example
 * reportCsv(report).split('\n')[0]
 * //=> 'ticket_id,target,clause,channel,month,outcome,reason,due,stopped_at,measured_ms'
 */
export function reportCsv(report: ComplianceReport): string {
  const groupNames = report.inputs.groupBy.filter((g) => g !== 'target');
  const header = [
    'ticket_id',
    'target',
    'clause',
    ...groupNames,
    'outcome',
    'reason',
    'due',
    'stopped_at',
    'measured_ms',
  ];
  const lines = [header.map(csvField).join(',')];
  for (const row of report.rows) {
    for (const t of row.tickets ?? []) {
      if (t.reason === 'conditionFalse') continue; // not one of the ticket's targets
      lines.push(
        [
          t.ticketId,
          t.target,
          row.clause,
          ...groupNames.map((g) => row.group[g] ?? null),
          t.outcome,
          t.reason,
          t.due,
          t.stoppedAt,
          t.measuredMs,
        ]
          .map(csvField)
          .join(','),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
