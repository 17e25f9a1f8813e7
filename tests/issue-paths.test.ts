/**
 * Every issue found while assembling a contract (after the shape is checked) names the line, the
 * column and the full path of what is wrong: problems inside service hours, company days, table
 * rows, durations, money and due rules are located where they are written, not at the top of the
 * file with a path relative to the value.
 */
import { describe, expect, it } from 'vitest';
import { safeParseContract } from '../src/index.js';

const text = [
  'schemaVersion: 1', // 1
  'id: x', // 2
  'title: X', // 3
  'timeZone: Asia/Shanghai', // 4
  'signedOn: 2025-06-20', // 5
  'term: { start: 2025-07-01, end: 2026-06-30 }', // 6
  'calendars:', // 7
  '  cn: { type: china, daysOff: [2025-02-30] }', // 8
  'hours:', // 9
  '  chat:', // 10
  '    timeZone: Asia/Shanghai', // 11
  '    windows: ["09:00-09:00"]', // 12
  '  phone: { serviceDayLength: 3 hours 2, windows: ["09:00-18:00"] }', // 13
  'targets:', // 14
  '  - { id: t1, clause: "1", measure: resolution, within: 2 fortnights }', // 15
  '  - { id: t2, clause: "2", measure: first-response, by: priority, table: { P1: 1 hour, P2: soon } }', // 16
  'fees: { currency: CNY, recurring: [{ id: f, amount: "1.005" }] }', // 17
  'payment:', // 18
  '  schedule: [{ id: p, covers: each-period, due: { within: 4 hours, after: period-end } }]', // 19
].join('\n');

describe('issues found while assembling a contract', () => {
  it('name the line, column and full path of what is wrong', () => {
    const result = safeParseContract(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const where = result.issues.map((i) => `${i.line}:${i.column} ${i.path.join('.')}`);
    expect(where).toEqual([
      '8:32 calendars.cn.daysOff.0',
      '12:15 hours.chat.windows.0',
      '13:30 hours.phone.serviceDayLength',
      '15:57 targets.0.within',
      '16:92 targets.1.table.P2',
      '17:53 fees.recurring.0.amount',
      '19:59 payment.schedule.0.due.within',
    ]);
    // Why: each line above is the line the problem is written on (see the comments in `text`).
    for (const issue of result.issues) expect(issue.line).toBeGreaterThan(7);
  });
});
