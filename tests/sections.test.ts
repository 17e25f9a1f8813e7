/**
 * Only the sections a question needs: an SLA-only definition (examples/sla-only.contract.yaml)
 * evaluates tickets and refuses money questions; a fees-only one (examples/fees-only.contract.yaml)
 * answers payment questions and refuses ticket evaluation; each says what it can answer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BillingError, parseContract, QuestionError, safeParseContract } from '../src/index.js';

const example = (name: string) =>
  readFileSync(join(import.meta.dirname, '../examples', `${name}.contract.yaml`), 'utf8');

describe('an SLA-only definition', () => {
  const contract = parseContract(example('sla-only'));

  it('parses without parties, signing date, term or money, and evaluates tickets', () => {
    expect(contract.definition.parties).toBeUndefined();
    expect(contract.billing).toBeUndefined();
    const evaluation = contract.evaluateTicket({
      id: 'T1',
      fields: { channel: 'email' },
      events: [
        { type: 'created', at: '2025-10-09T09:00:00+08:00' },
        { type: 'agent-reply', at: '2025-10-09T12:30:00+08:00' },
      ],
    });
    // Why: 3.5 office hours of the 4 allowed; the resolution target applies to every ticket, its
    // clock pending until its first counted day (2 working days, cn-civil: the day of creation is not counted).
    expect(evaluation.targets.map((t) => [t.target, t.status])).toEqual([
      ['email-first-reply', 'met'],
      ['resolution', 'pending'],
      // Why: no priority, so the table's default row (P3, 24 hours): replied after 3.5 hours.
      ['response-by-priority[P3]', 'met'],
    ]);
  });

  it('refuses every money question with a typed error that says why', () => {
    for (const ask of [
      () => contract.paymentSchedule(),
      () => contract.lateFee('2025-09', '2025-10-30'),
      () => contract.serviceCredits({ rows: [] }, '2025-09'),
      () => contract.statement('2025-09'),
    ]) {
      expect(ask).toThrow(BillingError);
      expect(ask).toThrow('contract "helpdesk-sla" has no payment terms');
    }
  });

  it('says what it can and cannot answer', () => {
    expect(contract.answers()).toEqual([
      { question: 'service-levels', answered: true, missing: [] },
      { question: 'payments', answered: false, missing: ['fees', 'payment'] },
      { question: 'late-fees', answered: false, missing: ['fees', 'payment', 'lateFee'] },
      { question: 'service-credits', answered: false, missing: ['fees', 'serviceCredits'] },
    ]);
  });
});

describe('a fees-only definition', () => {
  const contract = parseContract(example('fees-only'));

  it('answers payment questions without hours, scope or targets', () => {
    const schedule = contract.paymentSchedule();
    expect(schedule.billing).toBe('in-advance');
    // Why: billing in advance, a rule without `after` counts from the period's start: 5 working
    // days after 2026-03-01 (a Sunday) is Friday 2026-03-06.
    expect(schedule.payments[2]).toMatchObject({ dueDate: '2026-03-06', amount: { amount: '12000.00' } });
    // Why: 25 days late (03-07..03-31) x 0.03% x 12000.00 = 90.00, under the "20%" cap.
    expect(contract.lateFee('2026-03', '2026-03-31').fee.amount).toBe('90.00');
    expect(contract.lateFee('2026-03', '2026-03-31').cap?.amount).toBe('2400.00');
  });

  it('refuses ticket evaluation with a typed error', () => {
    const ask = () =>
      contract.evaluateTicket({ id: 'T1', events: [{ type: 'created', at: '2026-01-05T09:00:00Z' }] });
    expect(ask).toThrow(QuestionError);
    expect(ask).toThrow(
      'contract "hosting-fees" has no service-level terms: evaluating tickets needs a targets section',
    );
    expect(() => [...contract.evaluateTickets([])]).toThrow(QuestionError);
  });

  it('says what it can and cannot answer', () => {
    expect(contract.answers().map((a) => [a.question, a.answered, a.missing])).toEqual([
      ['service-levels', false, ['targets']],
      ['payments', true, []],
      ['late-fees', true, []],
      ['service-credits', false, ['serviceCredits', 'targets']],
    ]);
  });
});

describe('what a section needs and the definition lacks', () => {
  const issues = (text: string) => {
    const result = safeParseContract(text);
    return result.ok
      ? []
      : result.issues.map((i) => `${i.line}:${i.column} ${i.path.join('.')}: ${i.message}`);
  };

  it('fees without a term, a payment rule after signing without a signing date', () => {
    expect(
      issues(
        [
          'schemaVersion: 1',
          'id: x',
          'title: X',
          'timeZone: Asia/Shanghai',
          'fees: { currency: CNY, recurring: [{ id: f, amount: "1.00" }] }',
          'payment:',
          '  schedule: [{ id: p, covers: each-period, due: { within: 3 days, after: signing } }]',
        ].join('\n'),
      ),
    ).toEqual([
      '5:7 fees: fees cannot be used without the term: add term: { start, end } (billing months are the calendar months it touches)',
      '7:74 payment.schedule.0.due.after: counting from signing needs the signing date (signedOn: YYYY-MM-DD)',
    ]);
  });

  it('a late fee without fees', () => {
    expect(
      issues('schemaVersion: 1\nid: x\ntitle: X\ntimeZone: UTC\nlateFee: { dailyRate: "0.05%" }\n'),
    ).toEqual([
      '5:10 lateFee: lateFee cannot be used without fees: add a fees section (fees: { currency, recurring })',
    ]);
  });
});
