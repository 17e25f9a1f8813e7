import { describe, expect, it } from 'vitest';
import { referenceContract, termsOf } from '../../tests/support/billing-contracts.js';
import { BillingError, InvalidDateError, MoneyError } from '../errors/errors.js';
import { lateFee } from './late-fee.js';

const contract = referenceContract();
// September 2025's fee: 50000.00, due 2025-10-21 (10 working days after 09-30, past National Day).
const september = { dueDate: '2025-10-21', amount: '50000.00' };

describe('late fee on one payment', () => {
  it('counts calendar days from the day after the due date to the day of payment', () => {
    const fee = contract.lateFee('2025-09', '2025-10-30');
    expect(fee.dueDate).toBe('2025-10-21');
    expect(fee.daysLate).toBe(9);
    // 50000.00 x 0.05% x 9 = 225.00
    expect(fee.fee).toEqual({ amount: '225.00', currency: 'CNY' });
    expect(fee.fee.minor).toBe(22500n);
    expect(fee.segments).toEqual([
      {
        from: '2025-10-22',
        to: '2025-10-30',
        days: 9,
        balance: { amount: '50000.00', currency: 'CNY' },
        accrued: '225.00',
      },
    ]);
    expect(fee.capped).toBe(false);
    expect(fee.cap).toEqual({ amount: '5000.00', currency: 'CNY' });
    expect(fee.outstanding.amount).toBe('0.00');
  });

  it('is zero when paid on the due date or earlier', () => {
    for (const paidOn of ['2025-10-21', '2025-10-01', '2025-06-01']) {
      const fee = contract.lateFee('2025-09', paidOn);
      expect(fee.fee.amount).toBe('0.00');
      expect(fee.daysLate).toBe(0);
      expect(fee.segments).toEqual([]);
    }
    expect(contract.lateFee('2025-09', '2025-10-21').text()).toContain(
      'nothing was unpaid after the due date 2025-10-21: no penalty',
    );
  });

  it('accepts a payment of the schedule or an ad-hoc { dueDate, amount }', () => {
    const scheduled = contract.paymentSchedule().payments[2]!;
    expect(scheduled.period.month).toBe('2025-09');
    expect(contract.lateFee(scheduled, '2025-10-30').fee.amount).toBe('225.00');
    expect(contract.lateFee(september, '2025-10-30').fee.amount).toBe('225.00');
    expect(
      contract.lateFee({ dueDate: '2025-10-21', amount: { amount: '1000', currency: 'CNY' } }, '2025-10-22')
        .fee.amount,
    ).toBe('0.50');
  });

  it('is capped at the share of the overdue amount the definition states', () => {
    // 25.00 a day; the cap 10% x 50000.00 = 5000.00 is reached after 200 days.
    const at200 = lateFee(termsOf(contract), september, '2026-05-09');
    expect(at200.daysLate).toBe(200);
    expect([at200.fee.amount, at200.capped]).toEqual(['5000.00', false]);
    const at201 = lateFee(termsOf(contract), september, '2026-05-10');
    expect([at201.uncapped.amount, at201.fee.amount, at201.capped]).toEqual(['5025.00', '5000.00', true]);
    expect(at201.text()).toContain(
      'cap: 10% of the overdue amount = 5000.00 CNY; reached: the penalty is 5000.00 CNY instead of 5025.00 CNY',
    );
    expect(at201.text('zh')).toContain('已达上限:违约金为 5000.00 CNY(而非 5025.00 CNY)');
  });

  it('is capped at a fixed amount when the definition says so', () => {
    const fixed = referenceContract((def) => {
      def.lateFee.cap = { amount: '100.00' };
    });
    const fee = fixed.lateFee(september, '2025-11-30');
    expect([fee.uncapped.amount, fee.fee.amount, fee.capped]).toEqual(['1000.00', '100.00', true]);
    expect(fee.text()).toContain('cap: 100.00 CNY; reached');
  });

  it('rounds once, with the late-fee rounding when given', () => {
    // 333.33 x 0.0005 x 3 = 0.499995
    const due = { dueDate: '2025-10-21', amount: '333.33' };
    expect(contract.lateFee(due, '2025-10-24').fee.amount).toBe('0.50');
    const down = referenceContract((def) => {
      def.lateFee.rounding = 'down';
    });
    const fee = down.lateFee(due, '2025-10-24');
    expect(fee.fee.amount).toBe('0.49');
    expect(fee.text()).toContain(
      'penalty: 0.499995 CNY exactly, rounded down (toward zero) to 0.01: 0.49 CNY',
    );
  });
});

describe('late fee over partial payments', () => {
  it('accrues each segment on what was still unpaid, and the part paid on a day counts that day', () => {
    const fee = contract.lateFee('2025-09', [
      { date: '2025-10-20', amount: '20000.00' }, // on time
      { date: '2025-10-25', amount: '10000.00' },
      { date: '2025-11-04', amount: '20000.00' },
    ]);
    expect(fee.overdue.amount).toBe('30000.00');
    expect(fee.segments.map((s) => [s.from, s.to, s.days, s.balance.amount, s.accrued])).toEqual([
      ['2025-10-22', '2025-10-25', 4, '30000.00', '60.00'],
      ['2025-10-26', '2025-11-04', 10, '20000.00', '100.00'],
    ]);
    expect(fee.fee.amount).toBe('160.00');
    expect(fee.cap!.amount).toBe('3000.00'); // 10% of the overdue 30000.00
    expect(fee.daysLate).toBe(14);
    expect(fee.paid.amount).toBe('50000.00');
  });

  it('adds the exact segments and rounds the sum once (never each segment)', () => {
    // 0.004 + 0.003995 + 0.00399 = 0.011985 -> 0.01; rounding each segment would give 0.00.
    const fee = contract.lateFee({ dueDate: '2025-10-21', amount: '8.00' }, [
      { date: '2025-10-22', amount: '0.01' },
      { date: '2025-10-23', amount: '0.01' },
      { date: '2025-10-24', amount: '7.98' },
    ]);
    expect(fee.segments.map((s) => s.accrued)).toEqual(['0.004', '0.003995', '0.00399']);
    expect(fee.fee.amount).toBe('0.01');
    expect(fee.text()).toContain('penalty: 0.011985 CNY exactly, rounded half-up to 0.01: 0.01 CNY');
  });

  it('counts an unpaid balance through asOf, ignoring later payments', () => {
    const fee = contract.lateFee(
      '2025-09',
      [
        { date: '2025-10-31', amount: '30000.00' },
        { date: '2025-12-15', amount: '20000.00' },
      ],
      { asOf: '2025-11-30' },
    );
    // 50000 x 10 days (10-22..10-31) = 250.00; 20000 x 30 days (11-01..11-30) = 300.00
    expect(fee.fee.amount).toBe('550.00');
    expect(fee.outstanding.amount).toBe('20000.00');
    expect(fee.paid.amount).toBe('30000.00');
    expect(fee.asOf).toBe('2025-11-30');
    expect(fee.text()).toContain(
      'the payment of 20000.00 CNY on 2025-12-15 is after 2025-11-30, the as-of date: not counted',
    );
    expect(fee.text()).toContain(
      '20000.00 CNY is still unpaid on 2025-11-30: the penalty is counted through 2025-11-30',
    );
  });

  it('without asOf, an unpaid balance accrues nothing after the last payment, and says so', () => {
    const fee = contract.lateFee('2025-09', [{ date: '2025-10-31', amount: '30000.00' }]);
    expect(fee.fee.amount).toBe('250.00');
    expect(fee.text()).toContain('no as-of date was given');
    const nothingPaid = contract.lateFee('2025-09', [], { asOf: '2025-10-31' });
    expect(nothingPaid.fee.amount).toBe('250.00');
  });

  it('sorts payments by date and reports an overpayment', () => {
    const fee = contract.lateFee('2025-09', [
      { date: '2025-10-30', amount: '40000.00' },
      { date: '2025-10-23', amount: '10000.10' },
    ]);
    // 50000 x 2 (10-22, 10-23) = 50.00; 39999.90 x 7 (10-24..10-30) = 139.99965
    expect(fee.fee.amount).toBe('190.00');
    expect(fee.text()).toContain('0.10 CNY more than was due has been paid');
  });
});

describe('late fee inputs', () => {
  it('refuses another currency', () => {
    expect(() =>
      contract.lateFee('2025-09', [{ date: '2025-10-30', amount: { amount: '50000.00', currency: 'USD' } }]),
    ).toThrow(MoneyError);
    try {
      contract.lateFee({ dueDate: '2025-10-21', amount: { amount: '1.00', currency: 'EUR' } }, '2025-10-30');
    } catch (error) {
      expect((error as MoneyError).code).toBe('money_currency_mismatch');
    }
  });

  it('refuses amounts that are not positive exact decimals, dates that are not dates, shapes that are not payments', () => {
    expect(() => contract.lateFee('2025-09', [{ date: '2025-10-30', amount: '-1.00' }])).toThrow(
      BillingError,
    );
    expect(() => contract.lateFee('2025-09', [{ date: '2025-10-30', amount: '0' }])).toThrow(/positive/);
    expect(() => contract.lateFee('2025-09', [{ date: '2025-10-30', amount: '1.001' }])).toThrow(MoneyError);
    expect(() => contract.lateFee('2025-09', [{ date: '2025-10-30', amount: 5 as never }])).toThrow(
      BillingError,
    );
    expect(() => contract.lateFee('2025-09', '2025/10/30')).toThrow(InvalidDateError);
    expect(() => contract.lateFee('2025-09', 20251030 as never)).toThrow(BillingError);
    expect(() => contract.lateFee(42 as never, '2025-10-30')).toThrow(BillingError);
    expect(() => contract.lateFee('2025-09', '2025-10-30', { asOf: 'today' })).toThrow(InvalidDateError);
  });

  it('says when the payment has no due date', () => {
    const firstOnly = referenceContract((def) => {
      def.payment.schedule = def.payment.schedule.slice(0, 1);
    });
    expect(() => firstOnly.lateFee('2025-09', '2025-10-30')).toThrow(/no payment rule covers 2025-09/);
    const unscheduled = firstOnly.paymentSchedule().payments[2]!;
    expect(() => firstOnly.lateFee(unscheduled, '2025-10-30')).toThrow(BillingError);
  });

  it('is zero, with the reason, when the contract has no late-payment clause', () => {
    const noClause = referenceContract((def) => {
      delete def.lateFee;
    });
    const fee = noClause.lateFee('2025-09', '2025-12-30');
    expect(fee.fee.amount).toBe('0.00');
    expect(fee.cap).toBeNull();
    expect(fee.text()).toContain('the contract has no late-payment clause');
    expect(fee.text('zh')).toContain('合同未约定逾期付款违约金');
  });

  it('explains itself in English and Chinese', () => {
    const fee = contract.lateFee('2025-09', '2025-10-30');
    expect(fee.text()).toBe(
      [
        '- late-payment penalty: 0.05% of the unpaid amount per calendar day, from the day after the due date to the day of payment; rounded half-up to 0.01 once, at the end',
        '- 50000.00 CNY due by 2025-10-21; paid by then: 0.00 CNY; overdue: 50000.00 CNY',
        '- 2025-10-22..2025-10-30: 9 day(s) x 0.05% x 50000.00 CNY = 225.00 CNY',
        '- paid 50000.00 CNY on 2025-10-30 (9 day(s) after the due date); still unpaid: 0.00 CNY',
        '- penalty: 225.00 CNY exactly, rounded half-up to 0.01: 225.00 CNY',
        '- cap: 10% of the overdue amount = 5000.00 CNY; not reached',
      ].join('\n'),
    );
    expect(fee.text('zh')).toContain('2025-10-22..2025-10-30:9 日 x 0.05% x 50000.00 CNY = 225.00 CNY');
  });
});
