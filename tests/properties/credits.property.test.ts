/**
 * Service-credit tiers against a naive reference: random tiers (`below` and `atOrBelow`), random
 * counts or a reported met rate; the reference picks, among every tier the rate falls in, the one
 * with the lowest threshold (`below` before `atOrBelow` at the same threshold), comparing rationals
 * by cross-multiplication written out here. It shares no code with src/billing.
 *
 * And the late fee of late-fee terms alone equals the late fee of a contract with those terms.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lateFee, parseContract } from '../../src/index.js';
import { referenceDefinition } from '../support/billing-contracts.js';
import { runs } from '../support/long-tests.js';

const RUNS = runs(150);

/** A percentage with up to two decimals as [numerator, denominator] of the fraction, and its text. */
const percent = fc
  .integer({ min: 0, max: 10_000 })
  .map((hundredths) => ({ n: BigInt(hundredths), d: 10_000n, text: `${hundredths / 100}%` }));

interface Tier {
  kind: 'below' | 'atOrBelow';
  threshold: { n: bigint; d: bigint; text: string };
  credit: number;
}

/** Tiers with distinct (threshold, kind) pairs whose credits never decrease as the threshold tightens. */
const tiers = fc
  .uniqueArray(
    fc.record({ kind: fc.constantFrom('below' as const, 'atOrBelow' as const), threshold: percent }),
    {
      minLength: 1,
      maxLength: 4,
      selector: (t) => `${t.kind}:${t.threshold.n}`,
    },
  )
  .map((list) => {
    // Narrowest last: a lower threshold, or `below` at the same threshold, is narrower.
    const narrower = (a: (typeof list)[number], b: (typeof list)[number]) =>
      a.threshold.n < b.threshold.n ||
      (a.threshold.n === b.threshold.n && a.kind === 'below' && b.kind !== 'below');
    const sorted = [...list].sort((a, b) => (narrower(a, b) ? 1 : narrower(b, a) ? -1 : 0));
    return sorted.map((t, i): Tier => ({ ...t, credit: i + 1 }));
  });

/** The credit share (in %) of the narrowest tier `rate = n / d` falls in, or 0. */
function naiveCredit(list: Tier[], n: bigint, d: bigint): number {
  let best: Tier | undefined;
  for (const t of list) {
    const left = n * t.threshold.d;
    const right = t.threshold.n * d;
    const inside = t.kind === 'below' ? left < right : left <= right;
    if (!inside) continue;
    if (
      best === undefined ||
      t.threshold.n < best.threshold.n ||
      (t.threshold.n === best.threshold.n && t.kind === 'below')
    )
      best = t;
  }
  return best?.credit ?? 0;
}

function contractWith(list: Tier[]) {
  const def = referenceDefinition();
  def.serviceCredits = {
    rules: [
      {
        id: 'rule',
        target: 'email-first-reply',
        tiers: list.map((t) => ({ [t.kind]: t.threshold.text, credit: `${t.credit}%` })),
      },
    ],
  };
  return parseContract(def);
}

/** The credit as a share of the 50000.00 fee, in %. */
const creditPercent = (minor: bigint) => Number((minor * 100n) / 5_000_000n);

describe('service credit tiers', () => {
  it('from counts: the narrowest tier the exact met rate falls in, as the reference picks it', () => {
    fc.assert(
      fc.property(
        tiers,
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 2000 }),
        (list, met, breached) => {
          fc.pre(met + breached > 0);
          const result = contractWith(list).serviceCredits(
            { rows: [{ target: 'email-first-reply', channel: 'email', month: '2025-10', met, breached }] },
            '2025-10',
          );
          const expected = naiveCredit(list, BigInt(met), BigInt(met + breached));
          expect(creditPercent(result.credits.minor)).toBe(expected);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('from a reported rate: the same tier as the counts it stands for, at and around every threshold', () => {
    fc.assert(
      fc.property(
        tiers,
        fc.integer({ min: 0, max: 10_000 }),
        fc.constantFrom(-1, 0, 1),
        (list, base, nudge) => {
          // Rates at a threshold, and one ten-thousandth of a per cent on either side of it.
          const pick = list[base % list.length]!.threshold.n * 100n + BigInt(nudge);
          const n = pick < 0n ? 0n : pick > 1_000_000n ? 1_000_000n : pick;
          const text = `${Number(n) / 10_000}%`;
          const contract = contractWith(list);
          const fromRate = contract.serviceCredits(
            { rows: [{ target: 'email-first-reply', month: '2025-10', metRate: text }] },
            '2025-10',
          );
          expect(creditPercent(fromRate.credits.minor)).toBe(naiveCredit(list, n, 1_000_000n));
          expect(fromRate.lines[0]!.rateGiven).toBe(true);
          // The same rate as counts (n met of 1,000,000) reaches the same credit.
          const fromCounts = contract.serviceCredits(
            {
              rows: [
                {
                  target: 'email-first-reply',
                  month: '2025-10',
                  met: Number(n),
                  breached: 1_000_000 - Number(n),
                },
              ],
            },
            '2025-10',
          );
          expect(fromCounts.credits).toEqual(fromRate.credits);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('the late fee of late-fee terms alone', () => {
  it('equals the late fee of a contract with those terms', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('万分之五', '0.05%', '1‰', '0.0333%'),
        fc.option(fc.constantFrom('10%', '3.33%', '100%'), { nil: undefined }),
        fc.constantFrom('half-up' as const, 'half-even' as const, 'down' as const),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 400 }),
        (dailyRate, cap, rounding, minor, late) => {
          const contract = parseContract({
            ...referenceDefinition(),
            lateFee: { dailyRate, rounding, ...(cap === undefined ? {} : { cap: { shareOfOverdue: cap } }) },
          });
          const payment = { dueDate: '2025-10-21', amount: (minor / 100).toFixed(2) };
          const paid = new Date(Date.UTC(2025, 9, 21 + late)).toISOString().slice(0, 10);
          const alone = lateFee(
            { currency: 'CNY', dailyRate, rounding, ...(cap === undefined ? {} : { cap }) },
            payment,
            paid,
          );
          const within = contract.lateFee(payment, paid);
          expect(alone.fee).toEqual(within.fee);
          expect(alone.text()).toBe(within.text());
        },
      ),
      { numRuns: RUNS },
    );
  });
});
