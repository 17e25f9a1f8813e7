/**
 * An auditable compliance report, checked by hand: exclusions by reason, the tickets behind each
 * row, ticket rows, grouping by a ticket field, the inputs the report states, the saved state and
 * merging (with its refusals), and the sketch's error bound.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ComplianceAccumulator, parseContract, ReportStateError } from '../src/index.js';
import { nearestRanks } from '../src/sla/percentiles.js';

const text = readFileSync(join(import.meta.dirname, '../examples/customer-service.contract.yaml'), 'utf8');
const contract = parseContract(text);
const ticket = (id: string, fields: Record<string, unknown>, events: Array<Record<string, unknown>>) => ({
  id,
  fields,
  events,
});
const D = '2025-10-09T'; // a Thursday, a working day
const tickets = [
  // e-mail first reply, 4 hours (online hours are 24x7)
  ticket('E1', { channel: 'email', priority: 'high' }, [
    { type: 'created', at: `${D}10:00:00+08:00` },
    { type: 'agent-reply', at: `${D}11:00:00+08:00` },
  ]), // met in 1 h
  ticket('E2', { channel: 'email', priority: 'normal' }, [
    { type: 'created', at: `${D}10:00:00+08:00` },
    { type: 'agent-reply', at: `${D}14:00:00.001+08:00` },
  ]), // breached by 1 ms
  ticket('E3', { channel: 'email' }, [{ type: 'created', at: '2025-10-31T23:00:00+08:00' }]), // running, not yet due
  ticket('E4', { channel: 'email' }, [
    { type: 'created', at: `${D}10:00:00+08:00` },
    { type: 'status', status: 'solved', at: `${D}10:30:00+08:00` },
  ]), // solved without a reply
  // phone answer, 20 s, hotline 09:00-18:00 on working days
  ticket('P1', { channel: 'phone' }, [
    { type: 'created', at: `${D}20:00:00+08:00` },
    { type: 'call-offered', at: `${D}20:00:00+08:00`, callId: 'c1' },
  ]), // offered outside hours
  ticket('P2', { channel: 'phone' }, [
    { type: 'created', at: `${D}10:00:00+08:00` },
    { type: 'call-offered', at: `${D}10:00:00+08:00`, callId: 'c1' },
    { type: 'call-abandoned', at: `${D}10:00:05+08:00`, callId: 'c1' },
  ]), // abandoned before due
  // general resolution, reclassified to complex: superseded
  ticket('G1', { channel: 'chat', category: 'general' }, [
    { type: 'created', at: `${D}10:00:00+08:00` },
    { type: 'agent-reply', at: `${D}10:00:10+08:00` },
    { type: 'field-change', field: 'category', value: 'complex', at: `${D}12:00:00+08:00` },
  ]),
  { id: 'BAD', fields: { channel: 'email' }, events: [{ type: 'created', at: 'yesterday' }] },
];
const at = '2025-11-01T01:00:00+08:00';

describe('an auditable report', () => {
  const report = contract.complianceReport(contract.evaluateTickets(tickets), { at, listTickets: true });
  const row = (target: string, channel: string) =>
    report.rows.find((r) => r.target === target && r.channel === channel)!;

  it('counts exclusions by reason, each with its tickets', () => {
    const email = row('email-first-reply', 'email');
    expect(email).toMatchObject({ met: 1, breached: 1, excluded: { running: 1, notApplicable: 1 } });
    expect(email.excludedBy).toMatchObject({ running: 1, solvedWithoutReply: 1, conditionFalse: 0 });
    const phone = row('phone-answer', 'phone');
    expect(phone.excludedBy).toMatchObject({ outsideHours: 1, abandonedBeforeDue: 1 });
    expect(row('general-resolution', 'chat').excludedBy.superseded).toBe(1);
    // chat-first-response applied to G1 only: the other chat tickets? none; but on every e-mail
    // ticket its condition is false, and no e-mail row exists for it.
    expect(report.rows.some((r) => r.target === 'chat-first-response' && r.channel === 'email')).toBe(false);
  });

  it('lists each row tickets with due, stop and measured time', () => {
    expect(row('email-first-reply', 'email').tickets).toEqual([
      {
        ticketId: 'E1',
        target: 'email-first-reply',
        outcome: 'met',
        reason: null,
        due: '2025-10-09T14:00:00+08:00',
        stoppedAt: '2025-10-09T11:00:00+08:00',
        measuredMs: 3_600_000,
      },
      {
        ticketId: 'E2',
        target: 'email-first-reply',
        outcome: 'breached',
        reason: null,
        due: '2025-10-09T14:00:00+08:00',
        stoppedAt: '2025-10-09T14:00:00.001+08:00',
        measuredMs: 14_400_001,
      },
      {
        ticketId: 'E3',
        target: 'email-first-reply',
        outcome: 'excluded',
        reason: 'running',
        due: '2025-11-01T03:00:00+08:00',
        stoppedAt: null,
        measuredMs: null,
      },
      {
        ticketId: 'E4',
        target: 'email-first-reply',
        outcome: 'excluded',
        reason: 'solvedWithoutReply',
        due: '2025-10-09T14:00:00+08:00',
        stoppedAt: '2025-10-09T10:30:00+08:00',
        measuredMs: null,
      },
    ]);
  });

  it('counts tickets met when every target is met, breached when one is, undetermined while one runs', () => {
    const email = report.ticketRows.find((r) => r.channel === 'email' && r.month === '2025-10')!;
    expect(email).toMatchObject({ met: 1, breached: 1, undetermined: 1, excluded: 1, counted: 2 });
    expect(email.tickets!.map((t) => [t.ticketId, t.outcome, t.state])).toEqual([
      ['E1', 'met', 'fulfilled'],
      ['E2', 'breached', 'failed'],
      ['E3', 'undetermined', 'first_response_due'],
      ['E4', 'excluded', 'none'],
    ]);
    const chat = report.ticketRows.find((r) => r.channel === 'chat')!;
    // G1: chat first response met; general resolution superseded; complex preliminary open, and at
    // the report's instant past due.
    expect(chat).toMatchObject({ met: 0, breached: 1 });
  });

  it('states its inputs', () => {
    expect(report.inputs).toEqual({
      contractId: 'cs-outsourcing-2025',
      definitionSha256: createHash('sha256').update(text, 'utf8').digest('hex'),
      calendars: { cn: contract.calendars.cn!.dataVersion },
      timeZone: 'Asia/Shanghai',
      at: '2025-11-01T01:00:00+08:00',
      month: null,
      groupBy: ['target', 'channel', 'month'],
      ticketsRead: 8,
      ticketsFailed: 1,
    });
  });

  it('groups by any ticket field, and counts conditions that were false', () => {
    const byPriority = contract.complianceReport(contract.evaluateTickets(tickets.slice(0, 4)), {
      groupBy: ['priority'],
    });
    expect(byPriority.rows.map((r) => [r.group, r.target, r.met, r.breached])).toEqual([
      [{ priority: null }, null, 0, 0],
      [{ priority: 'high' }, null, 1, 0],
      [{ priority: 'normal' }, null, 0, 1],
    ]);
    // Seven targets in the contract; E1 had one: six conditions were false.
    expect(byPriority.rows[1]!.excludedBy.conditionFalse).toBe(6);
    expect(byPriority.rules.en[1]).toBe(
      'Rows are grouped by priority; ticket rows by the same, without the target.',
    );
  });
});

describe('saved states and merging', () => {
  const acc = (list: unknown[], options = {}) => {
    const a = contract.complianceAccumulator({ at, ...options });
    for (const item of contract.evaluateTickets(list)) a.add(item);
    return a;
  };

  it('merges halves into the whole', () => {
    const whole = acc(tickets);
    const merged = acc(tickets.slice(4)).merge(
      ComplianceAccumulator.fromJSON(JSON.parse(JSON.stringify(acc(tickets.slice(0, 4))))),
    );
    expect(JSON.stringify(merged.report())).toBe(JSON.stringify(whole.report()));
  });

  it('refuses to merge reports of other settings, naming the setting', () => {
    expect(() => acc([]).merge(acc([], { month: '2025-10' }))).toThrow(ReportStateError);
    expect(() => acc([]).merge(acc([], { groupBy: ['channel'] }))).toThrow(
      'groupBy: reports computed with different groupBy cannot be merged: ["target","channel","month"] here, ["channel"] in the other',
    );
    const other = parseContract(text.replace('within: 30 seconds', 'within: 40 seconds'));
    expect(() => acc([]).merge(other.complianceAccumulator({ at }))).toThrow(/definitionSha256/);
  });

  it('refuses a state that is not one, naming where', () => {
    expect(() => ComplianceAccumulator.fromJSON({})).toThrow(
      'format: not a saved compliance report state: expected "contract-terms/compliance-state"',
    );
    const state = JSON.parse(JSON.stringify(acc(tickets)));
    state.rows[0].met = -1;
    expect(() => ComplianceAccumulator.fromJSON(state)).toThrow(
      'rows[0].met: not a saved compliance report state',
    );
    const s2 = JSON.parse(JSON.stringify(acc(tickets)));
    s2.rows[0].group = 99;
    expect(() => ComplianceAccumulator.fromJSON(s2)).toThrow('rows[0].group');
  });
});

describe('percentiles past exactTimesUpTo', () => {
  const subject = { zone: contract.assembled.zone, targets: [{ id: 'x', clause: '1' }] };
  const evaluation = (ms: number, i: number) =>
    ({
      ticketId: `T${i}`,
      at: null,
      atMs: null,
      channel: null,
      month: '2025-10',
      createdMs: 0,
      unmappedStatuses: [],
      fields: {},
      state: 'fulfilled',
      targets: [
        {
          target: 'x',
          clause: '1',
          kind: 'resolution',
          status: 'met',
          measuredMs: ms,
          dueMs: 0,
          excluded: null,
        },
      ],
    }) as never;

  it('come from the DDSketch within its relative accuracy of the exact nearest rank, and say so', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 * 86_400_000 }), { minLength: 1, maxLength: 300 }),
        fc.constantFrom(0.01, 0.05),
        (times, accuracy) => {
          const exact = new ComplianceAccumulator(subject, { percentiles: [0, 50, 90, 99, 100] });
          const sketched = new ComplianceAccumulator(subject, {
            percentiles: [0, 50, 90, 99, 100],
            exactTimesUpTo: 0,
            sketchAccuracy: accuracy,
          });
          times.forEach((t, i) => {
            exact.add(evaluation(t, i));
            sketched.add(evaluation(t, i));
          });
          const want = nearestRanks(Float64Array.from(times), [0, 50, 90, 99, 100]);
          const got = sketched.report();
          expect(got.rows[0]!.measuredExact).toBe(false);
          expect(got.sketch).toEqual({
            name: 'DDSketch',
            package: '@datadog/sketches-js',
            relativeAccuracy: accuracy,
            exactTimesUpTo: 0,
          });
          expect(Object.values(exact.report().rows[0]!.measuredMs)).toEqual(want);
          Object.values(got.rows[0]!.measuredMs).forEach((v, i) => {
            expect(Math.abs(v! - want[i]!)).toBeLessThanOrEqual(accuracy * want[i]! + 0.5);
          });
        },
      ),
      { numRuns: 50 },
    );
  });
});
