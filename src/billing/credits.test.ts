import { describe, expect, it } from 'vitest';
import { referenceContract, signedContract } from '../../tests/support/billing-contracts.js';
import { BillingError } from '../errors/errors.js';
import { rateBelow } from './credits.js';
import { decimal } from './decimal.js';

const contract = referenceContract();
const row = (
  target: string,
  met: number,
  breached: number,
  channel: string | null = null,
  month = '2025-10',
) => ({
  target,
  channel,
  month,
  met,
  breached,
});
const email = (met: number, breached: number) =>
  contract.serviceCredits({ rows: [row('email-first-reply', met, breached, 'email')] }, '2025-10');

describe('met rate against thresholds, exactly', () => {
  it('compares by cross-multiplication', () => {
    const t = decimal('95%');
    expect(rateBelow(95n, 100n, t)).toBe(false);
    expect(rateBelow(9499n, 10000n, t)).toBe(true);
    expect(rateBelow(949_999_999_999n, 1_000_000_000_000n, t)).toBe(true);
    expect(rateBelow(19n, 20n, t)).toBe(false); // 95% exactly
    expect(rateBelow(18n, 19n, t)).toBe(true); // 94.736...%
    expect(rateBelow(1n, 1n, decimal('100%'))).toBe(false);
  });
});

describe('service credits of a month', () => {
  it('at exactly 95% nothing is deducted', () => {
    const result = email(95, 5);
    expect(result.credits.amount).toBe('0.00');
    expect(result.net.amount).toBe('50000.00');
    expect(result.lines[0]!.metRate).toBe('95.00%');
    expect(result.lines[0]!.tier).toBeNull();
    expect(result.text()).toContain(
      'met rate 95.00%; not below any threshold (< 95% → 5%, < 90% → 10%): no credit',
    );
  });

  it('just below 95% deducts 5%', () => {
    const result = email(9499, 501);
    expect(result.lines[0]!.metRate).toBe('94.99%');
    expect(result.lines[0]!.tier).toEqual({ below: '95%', credit: '5%' });
    expect(result.credits.amount).toBe('2500.00');
    expect(result.net.amount).toBe('47500.00');
    const hair = email(949_999_999, 50_000_001);
    expect(hair.lines[0]!.metRate).toBe('≈94.99%');
    expect(hair.credits.amount).toBe('2500.00');
  });

  it('the lowest threshold the rate is under applies: 92% deducts 5%, 90% deducts 5%, 89% deducts 10%', () => {
    expect(email(92, 8).credits.amount).toBe('2500.00');
    expect(email(90, 10).credits.amount).toBe('2500.00');
    expect(email(89, 11).credits.amount).toBe('5000.00');
    expect(email(0, 3).credits.amount).toBe('5000.00');
  });

  it('a rule without a channel sums every channel of its target in the month, and ignores other months', () => {
    const result = contract.serviceCredits(
      {
        rows: [
          row('email-first-reply', 50, 0, 'email'),
          row('email-first-reply', 44, 6, 'chat'),
          row('email-first-reply', 0, 100, 'email', '2025-11'),
          row('phone-answer', 0, 100, 'phone'),
        ],
      },
      '2025-10',
    );
    expect(result.lines[0]).toMatchObject({ met: 94, breached: 6, metRate: '94.00%' });
    expect(result.credits.amount).toBe('2500.00');
  });

  it('a rule with a channel reads only that channel', () => {
    const byChannel = referenceContract((def) => {
      def.serviceCredits.rules[0].channel = 'email';
    });
    const result = byChannel.serviceCredits(
      { rows: [row('email-first-reply', 95, 5, 'email'), row('email-first-reply', 0, 50, 'chat')] },
      '2025-10',
    );
    expect(result.lines[0]).toMatchObject({ channel: 'email', met: 95, breached: 5, tier: null });
    expect(result.text()).toContain('target email-first-reply, channel email:');
  });

  it('a month with no met or breached tickets gives no credit, and says so', () => {
    const result = contract.serviceCredits({ rows: [row('email-first-reply', 0, 0, 'email')] }, '2025-10');
    expect(result.credits.amount).toBe('0.00');
    expect(result.lines.map((l) => l.metRate)).toEqual([null, null]);
    expect(result.text()).toContain(
      'email-first-reply-credit: no ticket of target email-first-reply was met or breached in 2025-10: no credit',
    );
    expect(result.text('zh')).toContain('没有达标或未达标的工单:不扣减');
  });

  it('caps the sum at a share of the fee', () => {
    const report = { rows: [row('email-first-reply', 80, 20), row('chat-first-response', 80, 20)] };
    // 10% + 5% = 15% = the cap: not reached.
    const atCap = contract.serviceCredits(report, '2025-10');
    expect([atCap.uncapped.amount, atCap.credits.amount, atCap.capped]).toEqual([
      '7500.00',
      '7500.00',
      false,
    ]);
    const lower = referenceContract((def) => {
      def.serviceCredits.cap = '12%';
    }).serviceCredits(report, '2025-10');
    expect([lower.uncapped.amount, lower.credits.amount, lower.capped]).toEqual(['7500.00', '6000.00', true]);
    expect(lower.net.amount).toBe('44000.00');
    expect(lower.text()).toContain(
      'credits are capped at 12% of the fee = 6000.00 CNY; reached: credits are 6000.00 CNY instead of 7500.00 CNY',
    );
  });

  it('credits a share of the prorated fee of a partial month', () => {
    const midMonth = signedContract('2025-07-10', '2025-07-15', '2026-07-14');
    const result = midMonth.serviceCredits(
      { rows: [row('email-first-reply', 8, 2, 'email', '2025-07')] },
      '2025-07',
    );
    // fee 27419.35; 80% met: 10% -> 2741.935 -> 2741.94 (half-up)
    expect(result.fee.amount).toBe('27419.35');
    expect(result.credits.amount).toBe('2741.94');
    expect(result.net.amount).toBe('24677.41');
  });

  it('gives no credit, with the reason, when the contract has no service-credit clause', () => {
    const none = referenceContract((def) => {
      delete def.serviceCredits;
    }).serviceCredits({ rows: [row('email-first-reply', 0, 10)] }, '2025-10');
    expect(none.credits.amount).toBe('0.00');
    expect(none.text()).toContain('the contract has no service-credit clause');
  });

  it('refuses a report it cannot read and a month outside the term', () => {
    expect(() => contract.serviceCredits({} as never, '2025-10')).toThrow(BillingError);
    expect(() => contract.serviceCredits({ rows: [row('email-first-reply', -1, 0)] }, '2025-10')).toThrow(
      /non-negative whole number/,
    );
    expect(() => contract.serviceCredits({ rows: [row('email-first-reply', 1.5, 0)] }, '2025-10')).toThrow(
      BillingError,
    );
    expect(() =>
      contract.serviceCredits({ rows: [{ ...row('x', 1, 0), month: 202510 as never }] }, '2025-10'),
    ).toThrow(BillingError);
    try {
      contract.serviceCredits({ rows: [row('email-first-reply', 1, -2)] }, '2025-10');
    } catch (error) {
      expect((error as BillingError).path).toEqual(['report', 'rows', 0, 'breached']);
    }
    expect(() => contract.serviceCredits({ rows: [] }, '2027-01')).toThrow(/outside the contract's term/);
  });

  it('accepts extra fields on rows (the SLA report has more)', () => {
    const slaRow = { ...row('email-first-reply', 94, 6, 'email'), total: 100, metRate: 0.94, p90: null };
    const result = contract.serviceCredits({ rows: [slaRow] }, '2025-10');
    expect(result.credits.amount).toBe('2500.00');
  });
});

describe('tiers at or below a threshold, and reported met rates', () => {
  const inclusive = referenceContract((def) => {
    def.serviceCredits.rules[0].tiers = [
      { atOrBelow: '95%', credit: '5%' },
      { below: '90%', credit: '10%' },
    ];
  });
  const credit = (rows: unknown[]) => inclusive.serviceCredits({ rows } as never, '2025-10');

  it('"95% or lower" credits exactly 95% too; "below 90%" does not credit 90%', () => {
    const at95 = credit([row('email-first-reply', 95, 5, 'email')]);
    // Why: atOrBelow 95% includes 95.00% itself (below 95% would not).
    expect(at95.lines[0]!.tier).toEqual({ atOrBelow: '95%', credit: '5%' });
    expect(at95.credits.amount).toBe('2500.00');
    expect(at95.text()).toContain('met rate 95.00%; at or below 95%: credit 5% = 2500.00 CNY');
    expect(at95.text('zh')).toContain('达标率 95.00%;不高于 95%:扣减 5% = 2500.00 CNY');
    // Why: 90.00% is at or below 95% but not below 90%: the 5% tier.
    expect(credit([row('email-first-reply', 90, 10, 'email')]).credits.amount).toBe('2500.00');
    const above = credit([row('email-first-reply', 9501, 499, 'email')]);
    expect(above.text()).toContain('not below any threshold (≤ 95% → 5%, < 90% → 10%): no credit');
  });

  it('reads a met rate when a row has no counts, exactly', () => {
    const rated = credit([{ target: 'email-first-reply', month: '2025-10', metRate: '95.000%' }]);
    // Why: "95.000%" equals 95% exactly, so the inclusive tier applies; no float is involved.
    expect(rated.lines[0]).toMatchObject({ metRate: '95%', rateGiven: true, met: 0, breached: 0 });
    expect(rated.credits.amount).toBe('2500.00');
    expect(rated.text()).toContain('met rate 95% as reported; at or below 95%');
    const justAbove = credit([{ target: 'email-first-reply', month: '2025-10', metRate: '0.9500001' }]);
    expect(justAbove.credits.amount).toBe('0.00');
  });

  it('refuses rates it cannot read or add up', () => {
    const rate = (metRate: unknown) => () =>
      credit([{ target: 'email-first-reply', month: '2025-10', metRate }]);
    expect(rate(0.95)).toThrow('report.rows[0].metRate: not a compliance report: expected a met rate');
    expect(rate('101%')).toThrow(BillingError);
    expect(rate('ninety')).toThrow(/report\.rows\[0\]\.metRate/);
    // Why: a rule without a channel reads every channel's row, and two rates cannot be added.
    expect(() =>
      inclusive.serviceCredits(
        {
          rows: [
            { target: 'email-first-reply', channel: 'email', month: '2025-10', metRate: '94%' },
            { target: 'email-first-reply', channel: 'chat', month: '2025-10', metRate: '99%' },
          ],
        },
        '2025-10',
      ),
    ).toThrow('2 report rows of target email-first-reply in 2025-10 apply to one credit rule');
  });
});
