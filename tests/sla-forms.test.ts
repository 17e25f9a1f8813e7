/**
 * The help desk's own words, on examples/sla-only.contract.yaml: one target whose hours (and so its
 * close of business) depend on the channel, a priority table reported row by row, and a first
 * response that a waiting status stops. Hand-worked; the random comparison with the model
 * (tests/properties/sla-model.property.test.ts) covers the same forms on random contracts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContract, safeParseContract, type TicketInput } from '../src/index.js';

const text = readFileSync(join(import.meta.dirname, '../examples/sla-only.contract.yaml'), 'utf8');
const contract = parseContract(text);

const ticket = (fields: Record<string, unknown>, ...events: TicketInput['events']): TicketInput => ({
  id: 'T1',
  fields,
  events: [{ type: 'created', at: '2025-10-09T10:00:00+08:00' }, ...events],
});
const target = (t: TicketInput, id: string) =>
  contract.evaluateTicket(t, { at: '2025-10-20T00:00:00+08:00' }).targets.find((r) => r.target === id);

describe('service hours by channel: one clause, one target', () => {
  it('ends the last working day at close of business on the phone, at 24:00 online', () => {
    // Why: 2 working days after Thu 2025-10-09 are Fri 10-10 and Sat 10-11 (a make-up working day);
    // the phone line's office hours close at 18:00, online hours at 24:00.
    const phone = target(ticket({ channel: 'phone' }), 'resolution')!;
    expect(phone.due).toBe('2025-10-11T18:00:00+08:00');
    expect(phone.explanation.text()).toContain(
      '- service hours office: the terms of channel phone in this target',
    );
    const chat = target(ticket({ channel: 'chat' }), 'resolution')!;
    expect(chat.due).toBe('2025-10-12T00:00:00+08:00');
    expect(chat.explanation.text('zh')).toContain('服务时间 online:默认条款');
  });

  it('is one target: both channels report under the same id', () => {
    const report = contract.complianceReport(
      contract.evaluateTickets([
        ticket({ channel: 'phone' }, { type: 'status', at: '2025-10-10T12:00:00+08:00', status: 'solved' }),
        ticket({ channel: 'chat' }, { type: 'status', at: '2025-10-10T12:00:00+08:00', status: 'solved' }),
      ]),
    );
    const rows = report.rows.filter((r) => r.target === 'resolution');
    expect(rows.map((r) => [r.channel, r.met])).toEqual([
      ['chat', 1],
      ['phone', 1],
    ]);
  });

  it('without a default, the other channels run without hours; a phone-answer target needs one', () => {
    const noDefault = parseContract(
      text.replace('hours: { phone: office, default: online }', 'hours: { phone: office }'),
    );
    const chat = noDefault
      .evaluateTicket(ticket({ channel: 'chat' }), { at: '2025-10-20T00:00:00+08:00' })
      .targets.find((r) => r.target === 'resolution')!;
    // Why: no hours, so the last working day (Sat 10-11, a make-up working day) ends at midnight.
    expect(chat.due).toBe('2025-10-12T00:00:00+08:00');
    expect(chat.explanation.text()).toContain(
      "- no service hours: the default, as the ticket's channel has no terms of its own",
    );
    const phoneAnswer = safeParseContract(
      `${text}  - { id: answer, clause: "5", measure: phone-answer, within: 20 seconds, hours: { phone: office } }\n`,
    );
    expect(phoneAnswer.ok ? [] : phoneAnswer.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'targets.4.hours: a phone-answer target needs hours for every call: give its hours by channel a default ({ phone: phone, default: online })',
    ]);
  });
});

describe('the end of day by channel, and maps by another field', () => {
  it("picks the end of day by the ticket's channel, or by the field hoursBy names", () => {
    const byEnd = parseContract(
      text.replace(
        'hours: { phone: office, default: online }',
        'hours: office\n    endOfDay: { chat: midnight, default: close-of-business }',
      ),
    );
    const due = (fields: Record<string, unknown>) =>
      byEnd.evaluateTicket(ticket(fields)).targets.find((r) => r.target === 'resolution')!;
    // Why: on office hours, the last working day (Sat 10-11) ends at 18:00 by default, at 24:00 for chat.
    expect(due({ channel: 'email' }).due).toBe('2025-10-11T18:00:00+08:00');
    expect(due({ channel: 'chat' }).due).toBe('2025-10-12T00:00:00+08:00');
    expect(due({ channel: 'chat' }).explanation.text()).toContain(
      '- the last day ends at midnight: the terms of channel chat in this target',
    );
    const byCategory = parseContract(
      text.replace(
        'hours: { phone: office, default: online }',
        'hours: { vip: online, default: office }\n    hoursBy: category',
      ),
    );
    const vip = byCategory
      .evaluateTicket(ticket({ channel: 'phone', category: 'vip' }))
      .targets.find((r) => r.target === 'resolution')!;
    // Why: hoursBy: category, so the VIP ticket runs on online hours whatever its channel.
    expect(vip.due).toBe('2025-10-12T00:00:00+08:00');
    expect(vip.explanation.text()).toContain(
      '- service hours online: the terms of category vip in this target',
    );
  });
});

describe('a priority table', () => {
  it('reports each row as its own target and explains which row applied', () => {
    const p1 = target(
      ticket({ priority: 'P1' }, { type: 'agent-reply', at: '2025-10-09T10:30:00+08:00' }),
      'response-by-priority[P1]',
    )!;
    // Why: row P1 allows 1 hour; replied after 30 minutes.
    expect(p1.status).toBe('met');
    expect(p1.explanation.text().split('\n')[1]).toBe('- row P1 of the priority table applies');
    const p2 = target(
      ticket({ priority: 'P2' }, { type: 'agent-reply', at: '2025-10-09T19:00:00+08:00' }),
      'response-by-priority[P2]',
    )!;
    // Why: row P2 allows 8 hours (due 18:00); replied at 19:00.
    expect(p2.status).toBe('breached');
  });

  it('gives tickets without a priority the default row, and a priority the table lacks no row', () => {
    const none = contract.evaluateTicket(ticket({})).targets.map((t) => t.target);
    expect(none).toContain('response-by-priority[P3]');
    const row = target(ticket({ priority: '' }), 'response-by-priority[P3]')!;
    expect(row.explanation.text()).toContain(
      'row P3 of the priority table applies (also the row of tickets without a priority)',
    );
    // Why: P9 is neither a row nor "no priority": no row of the table applies.
    const p9 = contract.evaluateTicket(ticket({ priority: 'P9' })).targets.map((t) => t.target);
    expect(p9.filter((id) => id.startsWith('response-by-priority'))).toEqual([]);
  });

  it('says what a table needs', () => {
    const noBy = safeParseContract(text.replace('    by: priority\n', ''));
    expect(noBy.ok ? [] : noBy.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'targets.3.table: a table needs by: the ticket field whose value picks the row (by: priority)',
    ]);
    const badDefault = safeParseContract(text.replace('default: P3', 'default: P4'));
    expect(badDefault.ok ? [] : badDefault.issues.map((i) => i.message)).toEqual([
      'there is no table row "P4" (defined: P1, P2, P3)',
    ]);
  });
});

describe('what stops a first response', () => {
  it('a change to a waiting status counts when stoppedBy lists it', () => {
    const waiting = target(
      ticket(
        { priority: 'P1' },
        { type: 'status', at: '2025-10-09T10:20:00+08:00', status: 'awaiting-customer' },
      ),
      'response-by-priority[P1]',
    )!;
    // Why: no reply, but the status changed to awaiting-customer 20 minutes in: met then.
    expect([waiting.status, waiting.stoppedAt]).toEqual(['met', '2025-10-09T10:20:00+08:00']);
  });

  it('belongs to first-response targets only', () => {
    const result = safeParseContract(
      text.replace(
        '    pauseWhile: [awaiting-customer]\n',
        '    pauseWhile: [awaiting-customer]\n    stoppedBy: [solved]\n',
      ),
    );
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      'stoppedBy says what counts as a first response: it belongs to a first-response target, not resolution',
    ]);
  });
});

describe("the help desk's status names", () => {
  it('maps them, case and width insensitive, and pauses on them', () => {
    const paused = target(
      ticket(
        { channel: 'chat' },
        { type: 'status', at: '2025-10-10T09:00:00+08:00', status: 'REPLIED' },
        { type: 'status', at: '2025-10-13T09:00:00+08:00', status: 'Open' },
        { type: 'status', at: '2025-10-13T10:00:00+08:00', status: 'Ｒｅｓｏｌｖｅｄ' },
      ),
      'resolution',
    )!;
    // Why: "REPLIED" is awaiting-customer, which pauses resolution from 10-10 09:00 to 10-13 09:00;
    // "Ｒｅｓｏｌｖｅｄ" (full width) is solved: met.
    expect(paused.status).toBe('met');
    expect(paused.explanation.paused).toEqual([
      { from: '2025-10-10T09:00:00+08:00', to: '2025-10-13T09:00:00+08:00' },
    ]);
  });

  it('reports a status nothing maps once per batch, with the number of tickets, and ignores it', () => {
    const converted = (id: string) => ({
      ...ticket(
        { channel: 'chat' },
        { type: 'status', at: '2025-10-10T09:00:00+08:00', status: 'Converted' },
      ),
      id,
    });
    const items = [...contract.evaluateTickets([converted('T1'), converted('T2')])];
    // Why: no ticket fails; each evaluation names the status it ignored.
    expect(items.map((i) => (i.ok ? i.evaluation.unmappedStatuses : i.error.code))).toEqual([
      ['Converted'],
      ['Converted'],
    ]);
    const report = contract.complianceReport(contract.evaluateTickets([converted('T1'), converted('T2')]));
    expect(report.unmappedStatuses).toEqual([{ status: 'Converted', tickets: 2 }]);
    expect(report.rules.en.at(-1)).toBe(
      'Status names the contract does not map were ignored (tickets with each): "Converted" (2); map them in statuses: { <name>: awaiting-customer | on-hold | solved | ... }.',
    );
  });

  it('refuses two names that compare equal but stand for different statuses', () => {
    const result = safeParseContract(
      text.replace('Resolved: solved }', 'Resolved: solved, RESOLVED: closed }'),
    );
    expect(result.ok ? [] : result.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'statuses.RESOLVED: status name "RESOLVED" is "Resolved" written differently (names compare case and width insensitive), which already stands for solved, not closed',
    ]);
  });
});
