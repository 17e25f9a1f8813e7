/**
 * Deliberately naive references for the money tests: rationals as `[numerator, denominator]`
 * bigint pairs and rounding written from the floor and the fractional part, independently of
 * src/billing (which rounds from a truncated quotient and a signed remainder).
 */
import type { RoundingMode } from '../../src/billing/decimal.js';

/** A rational number `num / den`, `den > 0`. */
export type Rational = readonly [num: bigint, den: bigint];

/** Rounds num/den (den > 0) to an integer. */
export function referenceRound(num: bigint, den: bigint, mode: RoundingMode): bigint {
  const floor = num >= 0n ? num / den : -((-num + den - 1n) / den);
  const frac = num - floor * den; // 0 <= frac < den
  if (frac === 0n) return floor;
  const ceil = floor + 1n;
  const positive = num > 0n;
  const half = 2n * frac - den; // < 0: below half, 0: exactly half, > 0: above half
  switch (mode) {
    case 'floor':
      return floor;
    case 'ceiling':
      return ceil;
    case 'down':
      return positive ? floor : ceil;
    case 'up':
      return positive ? ceil : floor;
    case 'half-up':
      if (half !== 0n) return half < 0n ? floor : ceil;
      return positive ? ceil : floor;
    case 'half-even':
      if (half !== 0n) return half < 0n ? floor : ceil;
      return floor % 2n === 0n ? floor : ceil;
  }
}

/** The exact value of a plain decimal string such as "-12.034" (digits, optional sign and point). */
export function rationalOf(text: string): Rational {
  const negative = text.startsWith('-');
  const body = negative || text.startsWith('+') ? text.slice(1) : text;
  const [whole = '', frac = ''] = body.split('.');
  const num = BigInt(whole + frac);
  return [negative ? -num : num, 10n ** BigInt(frac.length)];
}

/** Product of rationals. */
export function times(...factors: Rational[]): Rational {
  return factors.reduce<Rational>(([an, ad], [bn, bd]) => [an * bn, ad * bd], [1n, 1n]);
}

/** Writes minor units as a decimal string with `exponent` fraction digits, by string surgery. */
export function naiveFormat(minor: bigint, exponent: number): string {
  let digits = (minor < 0n ? -minor : minor).toString();
  while (digits.length <= exponent) digits = `0${digits}`;
  const head = digits.slice(0, digits.length - exponent);
  const tail = digits.slice(digits.length - exponent);
  return `${minor < 0n ? '-' : ''}${head}${exponent > 0 ? `.${tail}` : ''}`;
}
