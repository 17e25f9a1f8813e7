/**
 * Fees and payments on the reference contract (examples/customer-service.contract.yaml), hand-checked:
 * due dates against the calendar fixture's oracle for every month, signings around the National Day
 * closure and on make-up working days, proration, late fees across a holiday, credits at the
 * threshold, statements, and a contract without fees.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ComplianceReportInput } from '../src/billing/credits.js';
import { BillingError, CalendarCoverageError, chinaCalendar, safeParseContract } from '../src/index.js';
import type { ComplianceReport } from '../src/sla/report.js';
import { referenceContract, referenceDefinition, signedContract } from './support/billing-contracts.js';
import { naiveIsWorking, shift } from './support/naive-calendar.js';

interface Oracle {
  tenthWorkingDayAfterMonthEnd: Array<{
    month: string;
    monthEnd: string;
    expected: string | null;
    naiveMonFri: string;
  }>;
}
const oracle: Oracle = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures/cn-calendar.json'), 'utf8'),
);

describe('the reference contract', () => {
  const contract = referenceContract();

  it('prints its payment schedule', () => {
    expect(contract.paymentSchedule().text()).toBe(
      [
        '2025-07  2025-07-01..2025-07-31  50000.00 CNY  due 2025-06-23  (first-month, clause 4.4)',
        '2025-08  2025-08-01..2025-08-31  50000.00 CNY  due 2025-09-12  (monthly, clause 4.3)',
        '2025-09  2025-09-01..2025-09-30  50000.00 CNY  due 2025-10-21  (monthly, clause 4.3)',
        '2025-10  2025-10-01..2025-10-31  50000.00 CNY  due 2025-11-14  (monthly, clause 4.3)',
        '2025-11  2025-11-01..2025-11-30  50000.00 CNY  due 2025-12-12  (monthly, clause 4.3)',
        '2025-12  2025-12-01..2025-12-31  50000.00 CNY  due 2026-01-15  (monthly, clause 4.3)',
        '2026-01  2026-01-01..2026-01-31  50000.00 CNY  due 2026-02-13  (monthly, clause 4.3)',
        '2026-02  2026-02-01..2026-02-28  50000.00 CNY  due 2026-03-13  (monthly, clause 4.3)',
        '2026-03  2026-03-01..2026-03-31  50000.00 CNY  due 2026-04-15  (monthly, clause 4.3)',
        '2026-04  2026-04-01..2026-04-30  50000.00 CNY  due 2026-05-18  (monthly, clause 4.3)',
        '2026-05  2026-05-01..2026-05-31  50000.00 CNY  due 2026-06-12  (monthly, clause 4.3)',
        '2026-06  2026-06-01..2026-06-30  50000.00 CNY  due 2026-07-14  (monthly, clause 4.3)',
        'total of 12 payment(s): 600000.00 CNY',
      ].join('\n'),
    );
    expect(contract.paymentSchedule().text('zh').split('\n')[1]).toBe(
      '2025-08  2025-08-01..2025-08-31  50000.00 CNY  2025-09-12 到期(monthly,第 4.3 条)',
    );
  });

  it("explains September's due date over the National Day closure", () => {
    const september = contract.paymentSchedule().payments[2]!;
    expect(september.text()).toBe(
      [
        '- period 2025-09: the whole month 2025-09-01..2025-09-30',
        '- fee monthly-package (clause 4.1): 50000.00 CNY for the whole month',
        '- amount for the period: 50000.00 CNY',
        '- payment rule monthly (clause 4.3) applies (covers: periods-after-first)',
        '- due within 10 working days after the end of the calendar month (2025-09-30)',
        "  - 2025-09-30, the day of the start, is not counted (Civil Code art. 201): the term's clock starts at 2025-10-09T00:00:00+08:00",
        '  - counted 10 working day(s): 2025-10-01..2025-10-21; 2025-10-01..2025-10-08 official holiday (National Day and Mid-Autumn Festival); 2025-10-11 (Sat) make-up working day (National Day and Mid-Autumn Festival)',
        '  - the last day 2025-10-21 ends at 24:00: 2025-10-22T00:00:00+08:00',
        '- due date: 2025-10-21',
      ].join('\n'),
    );
  });
});

describe('monthly fees are due on the 10th working day after the month ends (oracle, every month 2024-2026)', () => {
  // Signed 2023-11-20, term from 2023-12-01: every month of 2024-2026 is a period after the first.
  const covered = oracle.tenthWorkingDayAfterMonthEnd.filter((row) => row.expected !== null);
  const contract = signedContract('2023-11-20', '2023-12-01', '2026-11-30');
  const due = new Map(contract.paymentSchedule().payments.map((p) => [p.period.month, p]));

  it('covers 35 months', () => expect(covered).toHaveLength(35));

  it.each(covered)('$month: due $expected', ({ month, expected }) => {
    const payment = due.get(month)!;
    expect(payment.rule?.id).toBe('monthly');
    expect(payment.dueDate).toBe(expected);
    expect(payment.estimated).toBe(false);
  });

  it('2026-12 needs the 2027 notice: the coverage error, unless estimates were asked for', () => {
    const december = oracle.tenthWorkingDayAfterMonthEnd.find((row) => row.month === '2026-12')!;
    expect(december.expected).toBeNull();
    const contract = signedContract('2025-12-20', '2026-01-01', '2026-12-31');
    // The term itself is covered; only the last due date reaches 2027, and parsing warns about it.
    expect(contract.warnings.map((w) => [w.code, w.path.join('.')])).toEqual([
      ['payment_due_not_covered', 'payment.schedule'],
    ]);
    expect(contract.warnings[0]!.message).toContain('the payment for 2026-12 needs calendar');
    expect(() => contract.paymentSchedule()).toThrow(CalendarCoverageError);
    expect(() => contract.paymentSchedule()).toThrow(/no official working-day schedule for 2027/);
    expect(() => contract.lateFee('2026-12', '2027-02-01')).toThrow(CalendarCoverageError);
    expect(() => contract.statement('2026-12')).toThrow(CalendarCoverageError);
    expect(contract.statement('2026-11').dueDate).toBe('2026-12-14');

    const estimating = signedContract('2025-12-20', '2026-01-01', '2026-12-31', (def) => {
      def.calendars.cn.beyondCoverage = 'weekends';
    });
    const payment = estimating.paymentSchedule().payments.at(-1)!;
    expect(payment.dueDate).toBe(december.naiveMonFri);
    expect(payment.estimated).toBe(true);
    expect(payment.text()).toContain(
      'ESTIMATE: some days are beyond the official schedule and were taken as Monday-Friday',
    );
    expect(payment.text('zh')).toContain('估算');
    expect(estimating.statement('2026-12').estimated).toBe(true);
  });
});

describe('the first month: within 3 days after signing (cn-civil)', () => {
  /** The naive answer: signing + 3, then day by day to a working day (raw holiday-cn data). */
  const naive = (signedOn: string) => {
    let day = shift(signedOn, 3);
    while (!naiveIsWorking(day)) day = shift(day, 1);
    return day;
  };
  const cases: Array<[string, string, string]> = [
    ['2025-06-20', '2025-06-23', 'a Monday'],
    ['2025-09-24', '2025-09-28', 'the 3rd day is Saturday 09-27; Sunday 09-28 is a make-up working day'],
    ['2025-09-28', '2025-10-09', 'signed just before the National Day closure: 10-01..10-08 are off'],
    ['2025-10-08', '2025-10-11', 'the 3rd day is the make-up working Saturday 10-11: it stays'],
    ['2025-12-29', '2026-01-04', "New Year's Day; Sunday 2026-01-04 is a make-up working day"],
    ['2026-02-12', '2026-02-24', 'the Spring Festival closure 02-15..02-23'],
  ];

  it.each(cases)('signed %s: due %s (%s)', (signedOn, expected) => {
    const contract = signedContract(signedOn, shift(signedOn, 10), shift(signedOn, 400));
    const first = contract.paymentSchedule({ to: shift(signedOn, 10).slice(0, 7) }).payments[0]!;
    expect(first.rule?.id).toBe('first-month');
    expect(first.dueDate).toBe(expected);
    expect(naive(signedOn)).toBe(expected);
  });

  it('the calendar agrees: 2025-10-01 is a holiday and the next working day is 2025-10-09; 2025-10-11 works', () => {
    const cn = chinaCalendar();
    expect(cn.day('2025-10-01').kind).toBe('holiday');
    expect(cn.nextWorkingDay('2025-10-01')).toBe('2025-10-09');
    expect(cn.day('2025-10-11').kind).toBe('makeup-workday');
  });

  it('says why, in both languages', () => {
    const contract = signedContract('2025-09-28', '2025-10-01', '2026-09-30');
    const first = contract.paymentSchedule().payments[0]!;
    expect(first.text()).toContain(
      '2025-10-01 is not a working day, so the period ends on the next working day 2025-10-09 (Civil Code art. 203): 2025-10-01..2025-10-08 official holiday (National Day and Mid-Autumn Festival)',
    );
    expect(first.text('zh')).toContain(
      '2025-10-01 为休息日,期间顺延至其后的第一个工作日 2025-10-09(民法典第二百零三条)',
    );
    const saturday = signedContract('2025-10-08', '2025-10-15', '2026-10-14').paymentSchedule().payments[0]!;
    expect(saturday.text()).toContain('2025-10-11 is a working day: the period ends there');
  });
});

describe('a mid-month start', () => {
  const contract = signedContract('2025-07-10', '2025-07-15', '2026-07-14');

  it('prorates the partial first and last months and still adds up to twelve months', () => {
    const schedule = contract.paymentSchedule();
    expect(schedule.payments).toHaveLength(13);
    expect(schedule.payments[0]).toMatchObject({
      period: {
        month: '2025-07',
        from: '2025-07-15',
        to: '2025-07-31',
        days: 17,
        daysInMonth: 31,
        partial: true,
      },
      amount: { amount: '27419.35', currency: 'CNY' },
      dueDate: '2025-07-14', // 07-13 is a Sunday
    });
    expect(schedule.payments[1]).toMatchObject({ amount: { amount: '50000.00' }, dueDate: '2025-09-12' });
    expect(schedule.payments[12]).toMatchObject({
      period: { month: '2026-07', from: '2026-07-01', to: '2026-07-14', days: 14 },
      amount: { amount: '22580.65' },
      // after: month-end (每个自然月结束后): 10 working days after 2026-07-31, not after the term's
      // last day 07-14 (that would be 2026-07-28).
      dueDate: '2026-08-14',
    });
    expect(schedule.total.amount).toBe('600000.00');
  });
});

describe('what a due rule counts from', () => {
  // A term that ends mid-month: 2025-10-01..2026-10-14, each month due 10 working days after it ends.
  const midMonthEnd = (after: string | undefined, billing?: string) =>
    signedContract('2025-09-20', '2025-10-01', '2026-10-14', (def) => {
      if (after === undefined) delete def.payment.schedule[1].due.after;
      else def.payment.schedule[1].due.after = after;
      if (billing !== undefined) def.payment.billing = billing;
    });

  it('month-end counts from the end of the calendar month, period-end from the last day billed', () => {
    const last = (after: string) => midMonthEnd(after).paymentSchedule().payments.at(-1)!;
    // The template's 每个自然月结束后10个工作日内: 10 working days after 2026-10-31.
    expect(last('month-end').dueDate).toBe('2026-11-13');
    expect(last('month-end').text()).toContain(
      'due within 10 working days after the end of the calendar month (2026-10-31)',
    );
    // After the billed period as the term cuts it: 10 working days after 2026-10-14.
    expect(last('period-end').dueDate).toBe('2026-10-28');
    // Why both: for whole months the two anchors are the same day, so every other payment agrees.
    const a = midMonthEnd('month-end').paymentSchedule().payments.slice(0, -1);
    const b = midMonthEnd('period-end').paymentSchedule().payments.slice(0, -1);
    expect(a.map((p) => p.dueDate)).toEqual(b.map((p) => p.dueDate));
  });

  it('without after, billing in advance counts from the start of the period, in arrears from its end', () => {
    const advance = midMonthEnd(undefined, 'in-advance').paymentSchedule();
    expect(advance.billing).toBe('in-advance');
    // Why: 2025-11's fee, 10 working days after 2025-11-01 (a Saturday): 2025-11-14.
    expect(advance.payments[1]!.dueDate).toBe('2025-11-14');
    expect(advance.payments[1]!.text()).toContain(
      'after the start of the period (2025-11-01), as billing in advance counts from the start of the period',
    );
    const arrears = midMonthEnd(undefined, 'in-arrears').paymentSchedule();
    // Why: 10 working days after 2025-11-30.
    expect(arrears.payments[1]!.dueDate).toBe('2025-12-12');
    expect(arrears.payments[1]!.text('zh')).toContain('(后付:自计费期间结束起算)');
    // A rule that names its anchor keeps it whatever the label says.
    expect(midMonthEnd('month-end', 'in-advance').paymentSchedule().payments[1]!.dueDate).toBe('2025-12-12');
  });

  it('without after or billing, says what to write', () => {
    const result = safeParseContract(
      (() => {
        const def = referenceDefinition();
        delete def.payment.schedule[1].due.after;
        return def;
      })(),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'payment.schedule.1.due.after',
        'say what the time is counted from: after: signing, term-start, period-start, period-end or month-end ' +
          '(or set payment.billing: in-advance counts from period-start, in-arrears from period-end)',
      ],
    ]);
  });

  it('the reference example bills without a label: first month in advance, later months in arrears', () => {
    const schedule = referenceContract().paymentSchedule();
    // Why null: the example leaves payment.billing out, each rule names its anchor.
    expect(schedule.billing).toBeNull();
    expect(schedule.payments[0]!.rule).toEqual({ id: 'first-month', clause: '4.4', covers: 'first-period' });
    expect(schedule.payments[1]!.rule).toEqual({
      id: 'monthly',
      clause: '4.3',
      covers: 'periods-after-first',
    });
  });
});

describe('late fees', () => {
  it('count every calendar day across a holiday', () => {
    // Signed 2025-09-24: the first month is due Sunday 2025-09-28 (a make-up working day).
    const contract = signedContract('2025-09-24', '2025-10-01', '2026-09-30');
    const fee = contract.lateFee('2025-10', '2025-10-09');
    expect(fee.dueDate).toBe('2025-09-28');
    // 09-29..10-09 = 11 days, the 8 days of the National Day closure included: 50000.00 x 0.05% x 11
    expect(fee.daysLate).toBe(11);
    expect(fee.fee.amount).toBe('275.00');
    // Paying on the first working day after the closure is still late.
    expect(
      referenceContract().lateFee({ dueDate: '2025-09-30', amount: '50000.00' }, '2025-10-09').fee.amount,
    ).toBe('225.00');
  });

  it('on the reference contract: September 2025 paid in two parts', () => {
    const fee = referenceContract().lateFee('2025-09', [
      { date: '2025-10-20', amount: '20000.00' },
      { date: '2025-10-28', amount: '30000.00' },
    ]);
    expect(fee.fee.amount).toBe('105.00');
    expect(fee.segments).toHaveLength(1);
  });
});

describe('statements', () => {
  const contract = referenceContract();
  const report = {
    rows: [
      { target: 'email-first-reply', channel: 'email', month: '2025-10', met: 94, breached: 6 },
      { target: 'chat-first-response', channel: 'chat', month: '2025-10', met: 900, breached: 100 },
    ],
  };

  it('one month at a glance', () => {
    const statement = contract.statement('2025-10', {
      report,
      payments: [{ date: '2025-11-20', amount: '40000.00' }],
      asOf: '2025-11-30',
    });
    expect(statement).toMatchObject({
      month: '2025-10',
      fee: { amount: '50000.00' },
      credits: { amount: '2500.00' }, // email 94% < 95%: 5%; chat exactly 90%: none
      amountDue: { amount: '47500.00' },
      dueDate: '2025-11-14',
      paid: { amount: '40000.00' },
      lastPaymentDate: '2025-11-20',
      outstanding: { amount: '7500.00' },
      // 47500 x 6 days x 0.05% = 142.50; 7500 x 10 days x 0.05% = 37.50
      penalty: { amount: '180.00' },
      asOf: '2025-11-30',
    });
    expect(statement.text().split('\n').slice(0, 7)).toEqual([
      'statement for 2025-10 (2025-10-01..2025-10-31)',
      '- fee: 50000.00 CNY',
      '- service credits: 2500.00 CNY',
      '- amount due: 47500.00 CNY by 2025-11-14',
      '- paid: 40000.00 CNY (last payment 2025-11-20)',
      '- late-payment penalty as of 2025-11-30: 180.00 CNY',
      '- still unpaid: 7500.00 CNY',
    ]);
    expect(statement.text('zh').split('\n')[3]).toBe('- 应付金额:47500.00 CNY,2025-11-14 到期');
    expect(statement.text()).toContain(
      'chat-first-response-credit: target chat-first-response, all channels: 900 met, 100 breached, met rate 90.00%; not below any threshold',
    );
  });

  it('without a report the credits are not assessed; without payments nothing is paid', () => {
    const statement = contract.statement('2025-10', { asOf: '2025-11-14' });
    expect(statement.credits).toBeNull();
    expect(statement.amountDue.amount).toBe('50000.00');
    expect(statement.penalty.amount).toBe('0.00');
    expect(statement.outstanding.amount).toBe('50000.00');
    expect(statement.text()).toContain('- service credits: not assessed (no report)');
  });
});

describe('a contract without fees', () => {
  const contract = referenceContract((def) => {
    for (const key of ['fees', 'payment', 'lateFee', 'serviceCredits', 'reporting']) delete def[key];
  });

  it('answers no money question, with a typed error', () => {
    expect(contract.billing).toBeUndefined();
    for (const ask of [
      () => contract.paymentSchedule(),
      () => contract.lateFee('2025-09', '2025-10-30'),
      () => contract.serviceCredits({ rows: [] }, '2025-09'),
      () => contract.statement('2025-09'),
    ]) {
      expect(ask).toThrow(BillingError);
      expect(ask).toThrow('contract "cs-outsourcing-2025" has no payment terms');
    }
  });
});

describe('the compliance report of the SLA engine', () => {
  it('is what service credits read (types only: billing does not import sla)', () => {
    expectTypeOf<ComplianceReport>().toExtend<ComplianceReportInput>();
  });
});
