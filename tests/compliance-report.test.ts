/** A compliance report checked by hand: October 2025 e-mail first replies (4 hours, 24x7). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContract } from '../src/index.js';

const contract = parseContract(
  readFileSync(join(import.meta.dirname, '../examples/customer-service.contract.yaml'), 'utf8'),
);
const email = (id: string, created: string, events: Array<Record<string, unknown>> = []) => ({
  id,
  fields: { channel: 'email' },
  events: [{ type: 'created', at: created }, ...events],
});

const tickets = [
  email('E1', '2025-10-09T10:00:00+08:00', [{ type: 'agent-reply', at: '2025-10-09T11:00:00+08:00' }]), // met, 1 h
  email('E2', '2025-10-09T10:00:00+08:00', [{ type: 'agent-reply', at: '2025-10-09T13:59:59+08:00' }]), // met, 3:59:59
  email('E3', '2025-10-09T10:00:00+08:00', [{ type: 'agent-reply', at: '2025-10-09T14:00:00+08:00' }]), // met, exactly 4 h
  email('E4', '2025-10-09T10:00:00+08:00', [{ type: 'agent-reply', at: '2025-10-09T14:00:00.001+08:00' }]), // breached by 1 ms
  email('E5', '2025-10-20T10:00:00+08:00'), // no reply: due 14:00, past due at report time: breached
  email('E6', '2025-10-31T22:00:00+08:00'), // no reply: due 11-01 02:00, not yet due at 01:00: excluded
  email('E7', '2025-10-15T10:00:00+08:00', [
    { type: 'status', status: 'solved', at: '2025-10-15T10:30:00+08:00' },
  ]), // no reply needed
  email('E8', '2025-09-30T23:00:00+08:00', [{ type: 'agent-reply', at: '2025-10-01T00:30:00+08:00' }]), // September
  {
    id: 'C1',
    fields: { channel: 'chat' },
    events: [
      { type: 'created', at: '2025-10-09T10:00:00+08:00' },
      { type: 'agent-reply', at: '2025-10-09T10:00:10+08:00' },
    ],
  },
  { id: 'BAD', fields: { channel: 'email' }, events: [{ type: 'created', at: 'yesterday' }] },
];
const at = '2025-11-01T01:00:00+08:00';

describe('compliance report, checked by hand', () => {
  // Evaluated on their events only; the report's instant decides what is past due.
  const report = contract.complianceReport(contract.evaluateTickets(tickets), {
    month: '2025-10',
    at,
    percentiles: [50, 90, 95],
  });
  const row = report.rows.find((r) => r.target === 'email-first-reply' && r.channel === 'email')!;

  it('counts met, breached and excluded tickets', () => {
    expect(row).toMatchObject({
      month: '2025-10',
      clause: '2.1(2)',
      met: 3, // E1, E2, E3 (a reply exactly at the due instant is within)
      breached: 2, // E4 (1 ms late), E5 (open, past due at the report instant)
      counted: 5,
      excluded: { running: 1, paused: 0, notApplicable: 1, superseded: 0 }, // E6 not yet due, E7 solved without reply
      metRatePercent: '60.00',
    });
    expect(row.metRate).toBe(0.6);
  });

  it('gives percentiles of measured times by nearest rank (open breaches have no measured time)', () => {
    // E1 3,600,000; E2 14,399,000; E3 14,400,000; E4 14,400,001 ms.
    expect(row.measuredMs).toEqual({ p50: 14_399_000, p90: 14_400_001, p95: 14_400_001 });
  });

  it('leaves other months out, keeps other channels apart and counts the failed ticket', () => {
    expect(report.rows.some((r) => r.month === '2025-09')).toBe(false);
    expect(report.rows.find((r) => r.channel === 'chat')).toMatchObject({
      target: 'chat-first-response',
      met: 1,
      counted: 1,
    });
    expect(report.tickets).toEqual({ read: 10, evaluated: 8, failed: 1 });
  });

  it('writes its inclusion rules in both languages', () => {
    expect(report.rules.en.join(' ')).toContain(`before ${at} counts as breached`);
    expect(report.rules.zh.join(' ')).toContain('计为超时');
    expect(report.timeZone).toBe('Asia/Shanghai');
  });

  it('without a report instant, open targets count as evaluated', () => {
    const loose = contract.complianceReport(contract.evaluateTickets(tickets), { month: '2025-10' });
    const r = loose.rows.find((x) => x.target === 'email-first-reply')!;
    expect(r).toMatchObject({ met: 3, breached: 1, excluded: { running: 2, notApplicable: 1 } });
  });

  it('rounds the percentage exactly: 2 of 3 is 66.67', () => {
    const three = contract.complianceReport(
      [tickets[0]!, tickets[1]!, tickets[3]!].map((t) => contract.evaluateTicket(t as never)),
    );
    expect(three.rows[0]).toMatchObject({ met: 2, counted: 3, metRatePercent: '66.67' });
  });
});

describe('compliance report over an async stream', () => {
  it('gives the same report as the synchronous one', async () => {
    async function* source() {
      for (const t of tickets) yield t;
    }
    const fromAsync = await contract.complianceReport(contract.evaluateTickets(source()), {
      month: '2025-10',
      at,
    });
    expect(fromAsync).toEqual(
      contract.complianceReport(contract.evaluateTickets(tickets), { month: '2025-10', at }),
    );
  });
});
