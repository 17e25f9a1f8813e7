import { describe, expect, it } from 'vitest';
import { BillingError, MoneyError } from '../errors/errors.js';
import { lateFee } from './late-fee-terms.js';

const terms = { currency: 'CNY', dailyRate: '万分之五', cap: '10%', clause: '8' };
const due = { dueDate: '2025-10-21', amount: '50000.00' };

describe('lateFee of late-fee terms alone', () => {
  it('counts a plain due date and amount without a contract', () => {
    const fee = lateFee(terms, due, '2025-10-30');
    // Why: 9 calendar days (10-22..10-30) x 0.05% x 50000.00 = 225.00, under the 10% cap of 5000.00.
    expect(fee.fee).toEqual({ amount: '225.00', currency: 'CNY' });
    expect(fee.cap).toEqual({ amount: '5000.00', currency: 'CNY' });
    expect(fee.text().split('\n')[0]).toBe(
      '- late-payment penalty (clause 8): 0.05% of the unpaid amount per calendar day, from the day after the due date to the day of payment; rounded half-up to 0.01 once, at the end',
    );
  });

  it('takes the cap as { shareOfOverdue }, as the shorthand, or as a fixed amount', () => {
    const late = '2026-10-21'; // a year late: 365 days x 25.00 = 9125.00 before the cap
    expect(lateFee({ ...terms, cap: { shareOfOverdue: '10%' } }, due, late).fee.amount).toBe('5000.00');
    expect(lateFee({ ...terms, cap: '10%' }, due, late).fee.amount).toBe('5000.00');
    expect(lateFee({ ...terms, cap: { amount: '3000.00' } }, due, late).fee.amount).toBe('3000.00');
    expect(lateFee({ currency: 'CNY', dailyRate: '0.05%' }, due, late).fee.amount).toBe('9125.00');
  });

  it('refuses terms it cannot read, saying what is accepted', () => {
    expect(() => lateFee({ ...terms, cap: '5000.00' }, due, '2025-10-30')).toThrow(
      'terms.cap: "5000.00" is not a cap: write { shareOfOverdue: "20%" } (or just "20%")',
    );
    expect(() => lateFee({ ...terms, cap: '5000.00' }, due, '2025-10-30')).toThrow(BillingError);
    expect(() => lateFee({ ...terms, currency: 'XYZ' }, due, '2025-10-30')).toThrow(MoneyError);
    expect(() => lateFee({ ...terms, dailyRate: 0.0005 as never }, due, '2025-10-30')).toThrow(
      /terms\.dailyRate/,
    );
  });
});
