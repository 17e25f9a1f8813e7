/**
 * draftContract on real and varied texts: the agreement this project started from gives the same
 * answers as the hand-written examples/customer-service.contract.yaml for every term its text
 * states; variants (other numbers in Chinese numerals, renumbered clauses, roles swapped, an
 * English translation, sentences the reader cannot follow) are each read or reported, never misread.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type ContractDraft,
  DraftError,
  draftContract,
  parseContract,
  type TicketEventInput,
  type TicketInput,
} from '../src/index.js';

const root = join(import.meta.dirname, '..');
// A copy of ../shared/data/contracts/customer-service-2025.zh.txt (tests/fixtures/draft/README.md).
const agreementText = readFileSync(
  join(import.meta.dirname, 'fixtures/draft/customer-service-2025.zh.txt'),
  'utf8',
);
const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures/draft', name), 'utf8');
const example = parseContract(readFileSync(join(root, 'examples/customer-service.contract.yaml'), 'utf8'));
const supplied = {
  signedOn: '2025-06-20',
  term: { start: '2025-07-01', end: '2026-06-30' },
  values: { monthlyFee: '50000.00' },
};

const finding = (draft: ContractDraft, clause: string) => {
  const found = draft.findings.find((f) => f.clause === clause);
  if (found === undefined)
    throw new Error(`no finding for ${clause}: ${draft.findings.map((f) => f.clause).join(', ')}`);
  return found;
};
const targetOf = (draft: ContractDraft, id: string) =>
  (draft.definition.targets as Array<Record<string, unknown>>).find((t) => t.id === id);

// The example's target ids and the draft's, for the same clause.
const SAME_TERM: Record<string, string> = {
  'chat-first-response': 'chat-first-response',
  'email-first-reply': 'email-first-response',
  'phone-answer': 'phone-answer',
  'general-resolution': 'general-resolution',
  'complex-preliminary': 'complex-preliminary-solution',
  'complaint-investigation': 'complaint-investigation',
  'complaint-outcome': 'complaint-result',
};

/** Tickets on every channel and category, created at instants that exercise the calendar and the hours. */
function battery(): TicketInput[] {
  const created = [
    '2025-07-01T09:30:00+08:00', // a Tuesday morning
    '2025-07-04T17:59:00+08:00', // Friday, a minute before the phone line closes
    '2025-07-05T11:00:00+08:00', // Saturday
    '2025-09-28T20:00:00+08:00', // Sunday, a make-up working day, evening
    '2025-09-30T16:00:00+08:00', // the eve of the National Day break
    '2025-10-03T10:00:00+08:00', // inside the break
    '2025-12-31T23:59:30+08:00', // the year's last minute
    '2026-02-13T18:30:00+08:00', // before the Spring Festival break, after hours
  ];
  const tickets: TicketInput[] = [];
  let n = 0;
  for (const at of created)
    for (const channel of ['chat', 'email', 'phone'])
      for (const category of ['general', 'complex', 'complaint', undefined]) {
        const start = Date.parse(at);
        const later = (ms: number) => new Date(start + ms).toISOString();
        const events: TicketEventInput[] = [{ type: 'created', at }];
        if (channel === 'phone') {
          events.push({ type: 'call-offered', at, callId: 'c1' });
          if (n % 3 !== 0)
            events.push({ type: 'call-answered', at: later(n % 2 === 0 ? 15_000 : 25_000), callId: 'c1' });
        }
        if (n % 4 === 1)
          events.push({ type: 'agent-reply', at: later(n % 8 === 1 ? 20_000 : 3 * 3_600_000) });
        if (n % 5 === 2)
          events.push({ type: 'milestone', at: later(2 * 86_400_000), name: 'preliminary-solution' });
        if (n % 5 === 3)
          events.push({ type: 'milestone', at: later(4 * 86_400_000), name: 'investigation-done' });
        if (n % 6 === 4) events.push({ type: 'status', at: later(3 * 86_400_000), status: 'solved' });
        tickets.push({
          id: `T${n++}`,
          fields: category === undefined ? { channel } : { channel, category },
          events,
        });
      }
  return tickets;
}

describe('the agreement this project started from', () => {
  const draft = draftContract(agreementText, supplied);
  const contract = parseContract(draft.yaml);

  it('reads the agreement only, and says where the text stops', () => {
    expect(draft.agreement.title).toBe('2025年短视频直播平台客服合同');
    expect(draft.agreement.outside).toEqual([
      { from: 1, to: 7, reason: 'before-title' },
      { from: 59, to: 83, reason: 'after-agreement' },
    ]);
    expect(draft.agreement.truncatedIn).toBe('5.2.6');
    // The website's "电话支持时间:9:00-18:30" (line 3) is no service hours of the agreement.
    expect(draft.yaml).not.toContain('18:30');
  });

  it('states every term of the text, each with its clause, and no other', () => {
    expect(contract.targets.map((t) => t.id)).toEqual(Object.values(SAME_TERM));
    expect(draft.findings.every((f) => f.status !== 'not-understood')).toBe(true);
    expect(draft.findings.map((f) => f.clause)).toEqual(
      expect.arrayContaining([
        '1.1',
        '1.2',
        '1.3',
        '1.4',
        '1.5',
        '1.6',
        '1.7',
        '2.1(1)',
        '2.1(2)',
        '2.1(3)',
        '2.2(1)',
        '2.2(2)',
        '2.2(3)',
        '3.1',
        '3.2',
        '4.1(1)',
        '4.2',
        '4.3',
        '4.4(1)',
        '4.4(2)',
      ]),
    );
    // 2.3 (service quality), 2.4 (appraisal) and clause 5 state no computable term.
    expect(draft.findings.some((f) => /^(2\.3|2\.4|5\.)/.test(f.clause))).toBe(false);
  });

  it('marks the template example values as placeholders to confirm, and what it assumed', () => {
    const chat = finding(draft, '2.1(1)');
    expect(chat.status).toBe('placeholder');
    expect(chat.placeholders).toEqual([{ text: '[例如:30]', value: '30' }]);
    const phoneHours = finding(draft, '3.2');
    expect(phoneHours.assumptions.join()).toContain('working days');
    expect(phoneHours.notes.join()).toContain('如需提供24小时电话服务');
    expect(finding(draft, '4.2').status).toBe('read');
    expect(finding(draft, '1.3').status).toBe('assumed');
  });

  it('comments every term with its clause and sentence', () => {
    expect(draft.yaml).toContain('# 2.1(1) 甲方在线客服人员接到用户咨询后,应在[例如:30]秒内做出首次响应');
    expect(draft.yaml).toContain('# 4.4(1) 乙方在签订本合同后[例如:3]日内支付第一个月的服务费用');
    expect(draft.yaml).toContain('# PLACEHOLDER:');
    expect(draft.yaml).toContain('# ASSUMED: the text does not say on which days 09:00-18:00 holds');
  });

  it('gives the same due instants as the hand-written definition for every ticket, channel and category', () => {
    const at = '2026-03-31T00:00:00+08:00';
    let compared = 0;
    for (const ticket of battery()) {
      const mine = contract.evaluateTicket(ticket, { at });
      const theirs = example.evaluateTicket(ticket, { at });
      const reduce = (ids: (id: string) => string | undefined, e: typeof mine) =>
        e.targets
          .filter((t) => ids(t.target) !== undefined)
          .map((t) => ({
            target: ids(t.target),
            status: t.status,
            due: t.due,
            metAt: t.metAt,
            breachedAt: t.breachedAt,
            excluded: t.excluded ?? null,
          }));
      const expected = reduce((id) => SAME_TERM[id], theirs);
      expect(
        reduce((id) => id, mine),
        String(ticket.id),
      ).toEqual(expected);
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(150);
  });

  it('gives the same payment schedule', () => {
    const rows = (c: typeof contract) =>
      c.paymentSchedule().payments.map((p) => [p.period.month, p.amount.amount, p.dueDate]);
    expect(rows(contract)).toEqual(rows(example));
    expect(rows(contract)[0]).toEqual(['2025-07', '50000.00', '2025-06-23']);
  });

  it('has no late fee or service credits, and says so', () => {
    expect(draft.definition.lateFee).toBeUndefined();
    expect(draft.definition.serviceCredits).toBeUndefined();
    expect(draft.absent.map((a) => a.section)).toEqual(['lateFee', 'serviceCredits']);
    expect(draft.yaml).toContain('the text has no late-payment term: the draft has no lateFee');
    expect(() => contract.lateFee({ payments: [] } as never, '2025-09-01' as never)).toThrow();
  });

  it('without options, lists what they must supply and drafts what it can', () => {
    const bare = draftContract(agreementText);
    expect(bare.missing.map((m) => m.option)).toEqual(['values.monthlyFee', 'term', 'signedOn']);
    expect(bare.missing[0]!.clause).toBe('4.1(1)');
    expect(bare.definition.fees).toBeUndefined();
    expect(parseContract(bare.yaml).targets).toHaveLength(7);
    expect(finding(bare, '4.1(1)').status).toBe('placeholder');
    expect(finding(bare, '4.1(1)').notes.join()).toContain('template blank');
  });

  it('uses values for blanks and placeholders, and refuses keys it does not name', () => {
    const withValues = draftContract(agreementText, {
      ...supplied,
      values: { ...supplied.values, 'chat-first-response': '45 seconds', provider: '星河客服外包有限公司' },
    });
    expect(targetOf(withValues, 'chat-first-response')!.within).toBe('45 seconds');
    expect(finding(withValues, '2.1(1)').status).toBe('read');
    expect((withValues.definition.parties as { provider: { name: string } }).provider.name).toBe(
      '星河客服外包有限公司',
    );
    expect(() => draftContract(agreementText, { values: { monthlyFe: '1' } })).toThrow(DraftError);
    expect(() => draftContract(agreementText, { values: { monthlyFee: '5万' } })).toThrow(
      /values.monthlyFee must be an amount/,
    );
    expect(() => draftContract(agreementText, { signedOn: '2025-02-30' })).toThrow(/signedOn/);
    expect(() => draftContract(agreementText, { timeZone: 'Mars/Base' })).toThrow(/timeZone/);
  });
});

describe('variants', () => {
  it('reads Chinese numerals, renumbered and reordered clauses, and swapped roles', () => {
    const draft = draftContract(fixture('numerals-renumbered.zh.txt'), {
      signedOn: '2025-06-20',
      term: supplied.term,
    });
    const within = Object.fromEntries(
      (draft.definition.targets as Array<{ id: string; within: string }>).map((t) => [t.id, t.within]),
    );
    expect(within).toEqual({
      'email-first-response': '30 minutes',
      'chat-first-response': '30 seconds',
      'phone-answer': '20 seconds',
      'general-resolution': '2 working days',
      'complex-preliminary-solution': '10 working days',
      'complaint-investigation': '1 working day',
      'complaint-result': '3 working days',
    });
    expect(draft.definition.parties).toEqual({
      provider: { role: '乙方', name: '某客服外包有限公司' },
      client: { role: '甲方', name: '某直播平台有限公司' },
    });
    expect(draft.definition.fees).toMatchObject({ recurring: [{ amount: '55000' }] });
    expect((draft.definition.payment as { schedule: unknown[] }).schedule).toEqual([
      {
        id: 'first-month',
        clause: '第一条(三)(1)',
        covers: 'first-period',
        due: { within: '5 days', after: 'signing' },
      },
      {
        id: 'monthly',
        clause: '第一条(三)(2)',
        covers: 'periods-after-first',
        due: { within: '15 working days', after: 'month-end' },
      },
    ]);
    expect((draft.definition.hours as Record<string, unknown>).phone).toEqual({
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      windows: ['09:00-17:30'],
    });
    const rate = finding(draft, '第三条(五)');
    expect(rate.status).toBe('not-understood');
    expect(rate.problem).toContain('95%');
    // The phone line closes at 17:30: a general enquiry by phone on Thursday 2025-07-03 is due at
    // close of business two working days later.
    const contract = parseContract(draft.yaml);
    const result = contract
      .evaluateTicket({
        id: 'P',
        fields: { channel: 'phone', category: 'general' },
        events: [{ type: 'created', at: '2025-07-03T10:00:00+08:00' }],
      })
      .targets.find((t) => t.target === 'general-resolution')!;
    expect(result.due).toBe('2025-07-07T17:30:00+08:00');
  });

  it('reads the English translation to the same terms as the Chinese original', () => {
    const english = draftContract(fixture('translation.en.txt'), supplied);
    const chinese = draftContract(agreementText, supplied);
    expect(english.agreement.language).toBe('en');
    const shape = (d: ContractDraft) =>
      (d.definition.targets as Array<Record<string, unknown>>).map(
        ({ name: _n, clause: _c, ...rest }) => rest,
      );
    expect(shape(english)).toEqual(shape(chinese));
    expect(english.definition.hours).toEqual(chinese.definition.hours);
    const schedule = (d: ContractDraft) =>
      (d.definition.payment as { schedule: Array<{ covers: string; due: unknown }> }).schedule.map((s) => [
        s.covers,
        s.due,
      ]);
    expect(schedule(english)).toEqual(schedule(chinese));
    expect(english.definition.fees).toMatchObject({ currency: 'CNY', recurring: [{ amount: '50000.00' }] });
    expect(english.findings.filter((f) => f.status === 'not-understood')).toEqual([]);
    // Without values the English text's own amount is read.
    expect(
      draftContract(fixture('translation.en.txt'), { ...supplied, values: {} }).definition.fees,
    ).toMatchObject({
      recurring: [{ amount: '50000' }],
    });
  });

  it('reports what it cannot read, and drafts nothing from it', () => {
    const draft = draftContract(fixture('unreadable.zh.txt'), supplied);
    const status = (clause: string) => finding(draft, clause).status;
    // Two durations for one reply; an ambiguous numeral (150 or 105?); hours and a time limit
    // in one sentence; a blank; two clauses that disagree; a monthly late rate; a service credit.
    for (const clause of ['2.1(2)', '2.2(1)', '2.3', '2.4', '4.3', '4.4(2)', '4.5', '5.1'])
      expect(status(clause), clause).toBe('not-understood');
    expect(finding(draft, '2.2(1)').problem).toContain('一百五');
    expect(finding(draft, '4.3').problem).toContain('4.3 and 4.4(2)');
    const targets = (draft.definition.targets as Array<{ id: string; within: string }>).map((t) => [
      t.id,
      t.within,
    ]);
    expect(targets).toEqual([
      ['chat-first-response', '30 seconds'],
      ['complex-preliminary-solution', '5 working days'],
    ]);
    expect(
      (draft.definition.payment as { schedule: Array<{ id: string }> }).schedule.map((s) => s.id),
    ).toEqual(['first-month']);
    expect(draft.definition.lateFee).toBeUndefined();
    expect(draft.absent.map((a) => a.message).join()).toContain('late-payment sentence was not understood');
    expect(draft.absent.map((a) => a.message).join()).toContain('service-credit terms are not read');
    expect(draft.yaml).toContain('# NOT UNDERSTOOD 2.2(1)');
    parseContract(draft.yaml);
  });

  it('reads a late-payment rate with its cap', () => {
    const text = `${fixture('translation.en.txt')}\n4.5 For late payment, Party B shall pay a late fee of 0.05% of the overdue amount per day, not to exceed 10% of the overdue amount.\n`;
    const draft = draftContract(text, supplied);
    expect(draft.definition.lateFee).toEqual({
      clause: '4.5',
      dailyRate: '0.05%',
      cap: { shareOfOverdue: '10%' },
    });
    const zh = draftContract(
      `${agreementText.split('第五条')[0]}4.5乙方逾期付款的,每逾期一日,应按应付未付金额的万分之五支付滞纳金,累计不超过应付金额的百分之二十。\n`,
      supplied,
    );
    expect(zh.definition.lateFee).toEqual({
      clause: '4.5',
      dailyRate: '万分之五',
      cap: { shareOfOverdue: '百分之二十' },
    });
    expect(parseContract(zh.yaml).lateFee).toBeDefined();
  });
});
