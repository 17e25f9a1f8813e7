import { describe, expect, it } from 'vitest';
import {
  type Definition,
  referenceContract,
  signedContract,
  termsOf,
} from '../../tests/support/billing-contracts.js';
import { readICS } from '../../tests/support/ical.js';
import { BillingError, CalendarCoverageError } from '../errors/errors.js';
import { formatCivilDate, parseCivilDate } from '../time/civil-date.js';
import { chargeOf, periodAt, periodCount, ruleFor } from './schedule.js';

/** First and last day of the month `months` after `YYYY-MM`, by string arithmetic only. */
function naiveMonth(start: string, months: number): [string, string] {
  const year0 = Number(start.slice(0, 4));
  const month0 = Number(start.slice(5, 7)) - 1 + months;
  const year = year0 + Math.floor(month0 / 12);
  const month = (month0 % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const mm = String(month).padStart(2, '0');
  return [`${year}-${mm}-01`, `${year}-${mm}-${String(last).padStart(2, '0')}`];
}

describe('billing periods', () => {
  it('are calendar months computed from the anchor, clipped to the term (10 years from a 31st)', () => {
    const terms = termsOf(signedContract('2024-01-20', '2024-01-31', '2034-01-30'));
    const count = periodCount(terms);
    expect(count).toBe(121);
    for (let k = 0; k < count; k++) {
      const p = periodAt(terms, k);
      const [first, last] = naiveMonth('2024-01', k);
      expect([formatCivilDate(p.monthStart), formatCivilDate(p.monthEnd)]).toEqual([first, last]);
      expect(formatCivilDate(p.from)).toBe(k === 0 ? '2024-01-31' : first);
      expect(formatCivilDate(p.to)).toBe(k === count - 1 ? '2034-01-30' : last);
    }
  });

  it('a term inside one month is a single period', () => {
    const terms = termsOf(signedContract('2025-07-01', '2025-07-10', '2025-07-20'));
    expect(periodCount(terms)).toBe(1);
    const p = periodAt(terms, 0);
    expect([formatCivilDate(p.from), formatCivilDate(p.to)]).toEqual(['2025-07-10', '2025-07-20']);
  });
});

describe('the amount of a period', () => {
  const midMonth = (edit?: (def: Definition) => void) =>
    signedContract('2025-07-10', '2025-07-15', '2026-07-14', edit);

  it('prorates a partial first and last month by calendar days, rounding once half-up', () => {
    const schedule = midMonth().paymentSchedule();
    const first = schedule.payments[0]!;
    // 50000.00 x 17 / 31 = 27419.354838...
    expect(first.amount).toEqual({ amount: '27419.35', currency: 'CNY' });
    expect(first.amount.minor).toBe(2741935n);
    expect(first.period).toEqual({
      month: '2025-07',
      from: '2025-07-15',
      to: '2025-07-31',
      days: 17,
      daysInMonth: 31,
      partial: true,
    });
    expect(first.text()).toContain(
      'prorated by calendar days: 50000.00 CNY x 17 / 31 = 27419.35483870… CNY, rounded half-up to 0.01 once, on this line: 27419.35 CNY',
    );
    expect(first.text('zh')).toContain('按日历日折算');
    // 50000.00 x 14 / 31 = 22580.645161...
    const last = schedule.payments.at(-1)!;
    expect(last.period).toMatchObject({ month: '2026-07', from: '2026-07-01', to: '2026-07-14', days: 14 });
    expect(last.amount.amount).toBe('22580.65');
    expect(schedule.payments.slice(1, -1).every((p) => p.amount.amount === '50000.00')).toBe(true);
    expect(schedule.total.amount).toBe('600000.00');
  });

  it('follows the rounding the definition states', () => {
    const up = midMonth((def) => {
      def.fees.rounding = 'up';
    }).paymentSchedule();
    expect(up.payments[0]!.amount.amount).toBe('27419.36');
    expect(up.payments[0]!.text()).toContain('rounded up (away from zero) to 0.01');
    const down = midMonth((def) => {
      def.fees.rounding = 'down';
    }).paymentSchedule();
    expect(down.payments.at(-1)!.amount.amount).toBe('22580.64');
  });

  it('charges a partial month in full or not at all when the definition says so', () => {
    const schedule = midMonth((def) => {
      def.fees.proration = { firstPeriod: 'full-period', lastPeriod: 'none' };
    }).paymentSchedule();
    expect(schedule.payments[0]!.amount.amount).toBe('50000.00');
    expect(schedule.payments[0]!.lines[0]!.charge).toBe('full-period');
    expect(schedule.payments[0]!.text()).toContain(
      'the partial first period (17 of 31 days) is charged as a full month',
    );
    expect(schedule.payments.at(-1)!.amount.amount).toBe('0.00');
    expect(schedule.payments.at(-1)!.text()).toContain('is not charged (proration: none): 0.00 CNY');
    expect(schedule.total.amount).toBe('600000.00');
  });

  it('rounds each fee line once and adds the lines', () => {
    const terms = termsOf(
      midMonth((def) => {
        def.fees.recurring.push({ id: 'hotline', amount: '1000.01' });
      }),
    );
    const charge = chargeOf(terms, periodAt(terms, 0));
    // 1000.01 x 17 / 31 = 548.392...
    expect(charge.lines.map((l) => [l.fee, l.amount.amount])).toEqual([
      ['monthly-package', '27419.35'],
      ['hotline', '548.39'],
    ]);
    expect(charge.minor).toBe(2741935n + 54839n);
  });

  it('a period that is both first and last and clipped at its start follows the first-period rule', () => {
    const schedule = signedContract('2025-07-01', '2025-07-10', '2025-07-20', (def) => {
      def.fees.proration = { firstPeriod: 'full-period', lastPeriod: 'none' };
    }).paymentSchedule();
    expect(schedule.payments.map((p) => p.amount.amount)).toEqual(['50000.00']);
  });
});

describe('which payment rule covers a period', () => {
  const withRules = (schedule: unknown[], start = '2025-07-01', end = '2025-12-31') =>
    signedContract('2025-06-20', start, end, (def) => {
      def.payment.schedule = schedule;
    });
  const rule = (id: string, covers: string, within = '5 days') => ({
    id,
    covers,
    due: { within, after: 'period-start' },
  });

  it('the most specific rule wins: first / last period over periods-after-first over each-period', () => {
    const contract = withRules([
      rule('each', 'each-period'),
      rule('after-first', 'periods-after-first'),
      rule('last', 'last-period'),
      rule('first', 'first-period'),
    ]);
    const terms = termsOf(contract);
    expect([0, 1, 2, 3, 4, 5].map((k) => ruleFor(terms, k, 6)?.id)).toEqual([
      'first',
      'after-first',
      'after-first',
      'after-first',
      'after-first',
      'last',
    ]);
    expect(ruleFor(terms, 0, 1)?.id).toBe('first');
    const onlyEach = termsOf(withRules([rule('each', 'each-period'), rule('each-2', 'each-period')]));
    expect(ruleFor(onlyEach, 3, 6)?.id).toBe('each');
  });

  it('a period no rule covers is listed without a due date, and says why', () => {
    const schedule = withRules([rule('first', 'first-period')]).paymentSchedule();
    expect(schedule.payments.map((p) => p.dueDate)).toEqual(['2025-07-07', null, null, null, null, null]);
    const second = schedule.payments[1]!;
    expect(second.rule).toBeNull();
    expect(second.amount.amount).toBe('50000.00');
    expect(second.text()).toContain('no payment rule covers 2025-08: no due date');
    expect(second.text('zh')).toContain('没有付款规则涵盖 2025-08');
    expect(schedule.text()).toContain('2025-08  2025-08-01..2025-08-31  50000.00 CNY  no due date');
  });

  it('counts from the term start, the period start or the period end', () => {
    const schedule = withRules(
      [
        { id: 'first', covers: 'first-period', due: { within: '3 days', after: 'term-start' } },
        { id: 'rest', covers: 'periods-after-first', due: { within: '1 month', after: 'period-start' } },
      ],
      '2025-08-01',
    ).paymentSchedule();
    // 2025-08-04 is a Monday; 2025-10-01 (a month after 09-01) is National Day: moved to 10-09.
    expect(schedule.payments.map((p) => p.dueDate)).toEqual([
      '2025-08-04',
      '2025-10-09',
      '2025-11-03',
      '2025-12-01',
      '2026-01-04',
    ]);
    expect(schedule.payments[1]!.text()).toContain('1 month(s) end on 2025-10-01');
    expect(schedule.payments[1]!.text()).toContain('so the period ends on the next working day 2025-10-09');
  });

  it('refuses a due rule in hours when the contract is read: a payment date has no moment to count from (art. 201)', () => {
    expect(() =>
      withRules([{ id: 'h', covers: 'each-period', due: { within: '72 hours', after: 'signing' } }]),
    ).toThrow(/payment\.schedule\[0\]\.due\.within: a payment or report is due on a date/);
    expect(() =>
      withRules([
        { id: 'e', covers: 'each-period', due: { within: '3 days', after: 'signing', counting: 'elapsed' } },
      ]),
    ).toThrow(/'elapsed' counting needs a moment/);
  });
});

describe('day-of-month due rules', () => {
  const dayOf = (due: Record<string, unknown>, start = '2025-07-01', end = '2026-06-30') =>
    signedContract('2025-06-20', start, end, (def) => {
      def.payment.schedule = [{ id: 'dom', covers: 'each-period', due }];
    }).paymentSchedule();

  it('takes the day of the following month, clamped to the month, then the next working day', () => {
    const schedule = dayOf({ dayOfMonth: 31, month: 'following', calendar: 'cn' });
    const due = Object.fromEntries(schedule.payments.map((p) => [p.period.month, p.dueDate]));
    expect(due['2025-07']).toBe('2025-09-01'); // 08-31 is a Sunday
    expect(due['2025-08']).toBe('2025-09-30'); // clamped to 09-30, a Tuesday
    expect(due['2025-10']).toBe('2025-12-01'); // 11-30 is a Sunday
    expect(due['2026-01']).toBe('2026-02-28'); // clamped; 2026-02-28 is a make-up working Saturday
    const feb = schedule.payments.find((p) => p.period.month === '2026-01')!;
    expect(feb.text()).toContain(
      'due on day 31 of the following month: 2026-02-28 (that month has no such day: its last day)',
    );
    expect(feb.text()).toContain('2026-02-28 is a working day: it stays');
  });

  it('stays on the day when rollForward is false', () => {
    const schedule = dayOf({ dayOfMonth: 5, month: 'same', rollForward: false });
    expect(schedule.payments.find((p) => p.period.month === '2025-10')!.dueDate).toBe('2025-10-05');
  });

  it('rolls a rest day forward over a holiday and names what it skipped', () => {
    const schedule = dayOf({ dayOfMonth: 1, month: 'same', calendar: 'cn' });
    const october = schedule.payments.find((p) => p.period.month === '2025-10')!;
    expect(october.dueDate).toBe('2025-10-09');
    expect(october.text()).toMatch(
      /2025-10-01 is not a working day: the payment is due on the next working day, 2025-10-09 \(2025-10-01\.\.2025-10-08 official holiday/,
    );
  });

  it('flags due dates in the last days of the newest official year as provisional', () => {
    const schedule = dayOf({ dayOfMonth: 28, month: 'same', calendar: 'cn' }, '2026-01-01', '2026-12-31');
    const december = schedule.payments.at(-1)!;
    expect(december.dueDate).toBe('2026-12-28');
    expect(december.provisional).toBe(true);
    expect(schedule.provisional).toBe(true);
    expect(december.text()).toContain('PROVISIONAL');
    expect(schedule.payments[0]!.provisional).toBe(false);
  });
});

describe('coverage', () => {
  const untilDecember2026 = (beyond?: string) =>
    signedContract('2025-12-20', '2026-01-01', '2026-12-31', (def) => {
      if (beyond) def.calendars.cn.beyondCoverage = beyond;
    });

  it('a due date beyond the calendar fails with the coverage error naming the year', () => {
    const contract = untilDecember2026();
    expect(() => contract.paymentSchedule()).toThrow(CalendarCoverageError);
    try {
      contract.paymentSchedule();
    } catch (error) {
      expect((error as CalendarCoverageError).year).toBe(2027);
    }
    expect(contract.paymentSchedule({ to: '2026-11' }).payments).toHaveLength(11);
  });

  it('with beyondCoverage: weekends, the estimate is flagged and explained', () => {
    const schedule = untilDecember2026('weekends').paymentSchedule();
    const december = schedule.payments.at(-1)!;
    expect(december.dueDate).toBe('2027-01-14');
    expect(december.estimated).toBe(true);
    expect(schedule.estimated).toBe(true);
    expect(december.text()).toContain('ESTIMATE');
    expect(schedule.text()).toContain('due 2027-01-14  (monthly, clause 4.3)  ESTIMATE');
    expect(schedule.payments[10]!.estimated).toBe(false);
  });
});

describe('paymentSchedule options and output', () => {
  const contract = referenceContract();

  it('lists the months asked for', () => {
    const part = contract.paymentSchedule({ from: '2025-10', to: '2025-12' });
    expect(part.payments.map((p) => p.period.month)).toEqual(['2025-10', '2025-11', '2025-12']);
    expect(part.total.amount).toBe('150000.00');
  });

  it('refuses a month outside the term or not a month', () => {
    expect(() => contract.paymentSchedule({ from: '2025-06' })).toThrow(BillingError);
    expect(() => contract.paymentSchedule({ to: '2026-7' })).toThrow(/not a billing month/);
    try {
      contract.paymentSchedule({ from: '2027-01' });
    } catch (error) {
      expect((error as BillingError).code).toBe('billing_month_outside_term');
      expect((error as BillingError).localizedMessage('zh')).toContain('不在合同期限内');
    }
  });

  it('writes amounts as exact strings in JSON, with bigint minor units kept for programs', () => {
    const schedule = contract.paymentSchedule();
    const json = JSON.parse(JSON.stringify(schedule));
    expect(json.total).toEqual({ amount: '600000.00', currency: 'CNY' });
    expect(json.payments[0].amount).toEqual({ amount: '50000.00', currency: 'CNY' });
    expect(json.payments[0].dueDate).toBe('2025-06-23');
    expect(schedule.total.minor).toBe(60000000n);
    expect(typeof schedule.payments[0]!.amount.minor).toBe('bigint');
  });

  it('day numbers stay inside: every due date is a valid civil date', () => {
    for (const p of contract.paymentSchedule().payments)
      expect(() => parseCivilDate(p.dueDate)).not.toThrow();
  });
});

describe('PaymentSchedule.toICS', () => {
  it('puts every payment on its due date with its exact amount', () => {
    const contract = referenceContract((def) => {
      def.fees.recurring[0].amount = '12345678901234567.89';
    });
    const schedule = contract.paymentSchedule();
    const { events } = readICS(schedule.toICS());
    expect(events.map((e) => e.start)).toEqual(schedule.payments.map((p) => p.dueDate));
    expect(events[3]).toMatchObject({
      uid: 'cs-outsourcing-2025-payment-2025-10@contract-terms',
      summary: 'Payment due: 2025-10 (12345678901234567.89 CNY)',
      start: '2025-11-14',
      stamp: '2025-06-20T00:00:00Z',
    });
    expect(events[3]!.description).toContain(
      'for 2025-10-01..2025-10-31, due by the end of this day (rule monthly, clause 4.3)',
    );
    const zh = readICS(schedule.toICS({ lang: 'zh', stamp: '2025-12-01T00:00:00Z' })).events[3]!;
    expect(zh.summary).toBe('付款到期:2025-10(12345678901234567.89 CNY)');
    expect(zh.stamp).toBe('2025-12-01T00:00:00Z');
  });
});
