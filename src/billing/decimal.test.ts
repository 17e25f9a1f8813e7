import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referenceRound } from '../../tests/support/naive-money.js';
import { MoneyError } from '../errors/errors.js';
import {
  type Decimal,
  decimal,
  decimalToPercentString,
  describeValue,
  divideRounded,
  formatDecimal,
  isDecimal,
  ROUNDING_MODES,
  type RoundingMode,
} from './decimal.js';

/** The error a call throws, asserted to be a MoneyError. */
function caught(run: () => unknown): MoneyError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(MoneyError);
    return error as MoneyError;
  }
  throw new Error('expected a MoneyError, but nothing was thrown');
}

/** Exact value of a decimal as a fraction with a positive denominator. */
const fraction = (d: Decimal): [bigint, bigint] => [d.coefficient, 10n ** BigInt(d.scale)];
const sameValue = (a: Decimal, b: Decimal): boolean => {
  const [an, ad] = fraction(a);
  const [bn, bd] = fraction(b);
  return an * bd === bn * ad;
};

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** Writes 0..9999 in standard Chinese numerals (reference for the parser). */
function toChinese(n: number, longTen: boolean): string {
  if (n === 0) return '零';
  const units = ['千', '百', '十', ''];
  let out = '';
  let gap = false;
  String(n)
    .padStart(4, '0')
    .split('')
    .forEach((char, i) => {
      const d = Number(char);
      if (d === 0) {
        if (out !== '') gap = true;
        return;
      }
      if (gap) out += '零';
      gap = false;
      out += CN[d]! + units[i]!;
    });
  return !longTen && out.startsWith('一十') ? out.slice(1) : out;
}

describe('decimal: accepted spellings', () => {
  it.each([
    ['0.0005', 5n, 4, '0.0005'],
    ['12', 12n, 0, '12'],
    ['-1.5', -15n, 1, '-1.5'],
    ['+1.5', 15n, 1, '1.5'],
    ['0.50', 5n, 1, '0.5'],
    ['0', 0n, 0, '0'],
    ['-0.000', 0n, 0, '0'],
    ['0.05%', 5n, 4, '0.0005'],
    ['0.05\uFF05', 5n, 4, '0.0005'],
    ['50%', 5n, 1, '0.5'],
    ['-3%', -3n, 2, '-0.03'],
    ['150%', 15n, 1, '1.5'],
    ['5‰', 5n, 3, '0.005'],
    ['5‱', 5n, 4, '0.0005'],
    ['万分之五', 5n, 4, '0.0005'],
    ['万分之5', 5n, 4, '0.0005'],
    ['万分之0.5', 5n, 5, '0.00005'],
    ['万分之零点五', 5n, 5, '0.00005'],
    ['千分之三', 3n, 3, '0.003'],
    ['千分之二点五', 25n, 4, '0.0025'],
    ['千分之1.5', 15n, 4, '0.0015'],
    ['百分之五', 5n, 2, '0.05'],
    ['百分之十', 1n, 1, '0.1'],
    ['百分之一十五', 15n, 2, '0.15'],
    ['百分之十五', 15n, 2, '0.15'],
    ['百分之二十', 2n, 1, '0.2'],
    ['百分之一百', 1n, 0, '1'],
    ['百分之一百零五', 105n, 2, '1.05'],
    ['百分之两百', 2n, 0, '2'],
    ['万分之一千零五十', 105n, 3, '0.105'],
    ['万分之〇点〇五', 5n, 6, '0.000005'],
  ])('%s = %s / 10^%s', (text, coefficient, scale, formatted) => {
    const d = decimal(text);
    expect(d).toEqual({ coefficient, scale });
    expect(Object.isFrozen(d)).toBe(true);
    expect(formatDecimal(d)).toBe(formatted);
  });

  it('the three spellings of the usual Chinese late-fee rate are equal', () => {
    expect(decimal('万分之五')).toEqual(decimal('0.05%'));
    expect(decimal('5‱')).toEqual(decimal('0.0005'));
  });
});

describe('decimal: rejections, each with its message', () => {
  it.each([
    [
      '1e-3',
      'exponent',
      '"1e-3" is not an exact decimal: exponent notation is not accepted; write the digits out',
    ],
    [
      '5E2%',
      'exponent',
      '"5E2%" is not an exact decimal: exponent notation is not accepted; write the digits out',
    ],
    ['', 'empty', '"" is not an exact decimal: the string is empty or blank'],
    ['  ', 'empty', '"  " is not an exact decimal: the string is empty or blank'],
    [' 0.5', 'whitespace', '" 0.5" is not an exact decimal: it contains whitespace'],
    ['0.05 %', 'whitespace', '"0.05 %" is not an exact decimal: it contains whitespace'],
    ['NaN', 'not-a-number', '"NaN" is not an exact decimal: it is not a number'],
    ['-Infinity', 'not-a-number', '"-Infinity" is not an exact decimal: it is not a number'],
    ['00.5', 'leading-zero', '"00.5" is not an exact decimal: leading zeros are not accepted'],
    ['万分之05', 'leading-zero', '"万分之05" is not an exact decimal: leading zeros are not accepted'],
    [
      '.5',
      'syntax',
      '".5" is not an exact decimal: expected a decimal such as "0.0005", "-1.5", "0.05%", "5‰", "5‱" or "万分之五"',
    ],
    ['5.', 'syntax', null],
    ['1,000', 'syntax', null],
    ['0x10', 'syntax', null],
    ['5%%', 'syntax', null],
    ['%', 'syntax', null],
    ['abc', 'syntax', null],
    ['1/3', 'syntax', null],
    ['万分之-5', 'chinese-numeral', null],
    [
      '万分之一百五',
      'chinese-numeral',
      '"万分之一百五" is not an exact decimal: after 百分之/千分之/万分之 write digits ("万分之5", "万分之0.5") ' +
        'or a Chinese numeral below 10000 in standard form ("万分之五", "千分之二点五", "百分之一百零五")',
    ],
    ['万分之', 'chinese-numeral', null],
    ['千分之一千五十', 'chinese-numeral', null],
    ['百分之一百零', 'chinese-numeral', null],
    ['百分之一千零五百', 'chinese-numeral', null],
    ['百分之二五', 'chinese-numeral', null],
    ['百分之十两', 'chinese-numeral', null],
    ['百分之五点', 'chinese-numeral', null],
    ['百分之点五', 'chinese-numeral', null],
    ['万分之一万', 'chinese-numeral', null],
    ['万分之五%', 'chinese-numeral', null],
  ])('%j (%s)', (input, reason, message) => {
    const error = caught(() => decimal(input));
    expect(error.code).toBe('money_invalid_decimal');
    expect(error.params).toEqual({ input: JSON.stringify(input), reason });
    if (message !== null) expect(error.message).toBe(message);
  });

  it('refuses a JS number, explaining why', () => {
    const error = caught(() => decimal(0.0005 as unknown as string));
    expect(error.message).toBe(
      '0.0005 is not an exact decimal: a JS number is a binary float and may already be inexact; ' +
        'pass the rate as a string, e.g. "0.0005", "0.05%" or "万分之五"',
    );
    expect(error.localizedMessage('zh')).toBe(
      '0.0005 不是精确的小数:JS number 是二进制浮点数,可能已不精确;请以字符串传入费率,例如 "0.0005"、"0.05%" 或 "万分之五"',
    );
  });

  it('refuses other types', () => {
    const error = caught(() => decimal(5n as unknown as string));
    expect(error.message).toBe(
      '5n is not an exact decimal: expected a string such as "0.0005", "0.05%", "5‰", "5‱" or "万分之五"',
    );
  });

  it('speaks Chinese and carries the caller path', () => {
    const error = caught(() => decimal('1e3', { path: ['lateFee', 'dailyRate'] }));
    expect(error.path).toEqual(['lateFee', 'dailyRate']);
    expect(error.message).toBe(
      'lateFee.dailyRate: "1e3" is not an exact decimal: exponent notation is not accepted; write the digits out',
    );
    expect(error.localizedMessage('zh')).toBe(
      'lateFee.dailyRate: "1e3" 不是精确的小数:不接受科学计数法,请写出全部数字',
    );
  });
});

describe('formatDecimal and decimalToPercentString', () => {
  it('writes the digits the scale asks for', () => {
    expect(formatDecimal({ coefficient: 500n, scale: 4 })).toBe('0.0500');
    expect(formatDecimal({ coefficient: -5n, scale: 3 })).toBe('-0.005');
    expect(formatDecimal({ coefficient: 12345n, scale: 0 })).toBe('12345');
  });

  it.each([
    ['0.0005', '0.05%'],
    ['1', '100%'],
    ['0.5', '50%'],
    ['-0.125', '-12.5%'],
    ['0', '0%'],
    ['万分之五', '0.05%'],
    ['12.3456789', '1234.56789%'],
  ])('%s is %s', (text, percent) => {
    expect(decimalToPercentString(decimal(text))).toBe(percent);
  });

  it('refuses a value that is not a Decimal', () => {
    expect(caught(() => formatDecimal({ coefficient: 5, scale: 1 } as unknown as Decimal)).message).toBe(
      'formatDecimal: value must be a Decimal (made by decimal()), got {"coefficient":5,"scale":1}',
    );
    expect(caught(() => decimalToPercentString({ coefficient: 5n, scale: -1 })).message).toBe(
      'decimalToPercentString: value must be a Decimal (made by decimal()), got {"coefficient":"5n","scale":-1}',
    );
    expect(isDecimal({ coefficient: 5n, scale: 0 })).toBe(true);
    expect(isDecimal({ coefficient: 5n, scale: 0.5 })).toBe(false);
  });
});

describe('divideRounded: the six modes by hand', () => {
  // value:        2.5  -2.5  3.5  -3.5  2.4  -2.4  2.6  -2.6  2.0
  const tenths = [25n, -25n, 35n, -35n, 24n, -24n, 26n, -26n, 20n];
  it.each([
    ['half-up', [3n, -3n, 4n, -4n, 2n, -2n, 3n, -3n, 2n]],
    ['half-even', [2n, -2n, 4n, -4n, 2n, -2n, 3n, -3n, 2n]],
    ['down', [2n, -2n, 3n, -3n, 2n, -2n, 2n, -2n, 2n]],
    ['up', [3n, -3n, 4n, -4n, 3n, -3n, 3n, -3n, 2n]],
    ['floor', [2n, -3n, 3n, -4n, 2n, -3n, 2n, -3n, 2n]],
    ['ceiling', [3n, -2n, 4n, -3n, 3n, -2n, 3n, -2n, 2n]],
  ] as const)('%s', (mode, expected) => {
    expect(tenths.map((t) => divideRounded(t, 10n, mode))).toEqual(expected);
  });

  it('refuses an unknown mode and a non-positive divisor', () => {
    expect(caught(() => divideRounded(5n, 2n, 'nearest' as RoundingMode)).message).toBe(
      "divideRounded: rounding must be one of 'half-up', 'half-even', 'down', 'up', 'floor', 'ceiling', got \"nearest\"",
    );
    expect(() => divideRounded(5n, 0n, 'down')).toThrow(RangeError);
  });
});

describe('describeValue', () => {
  it('renders what error messages show', () => {
    expect(describeValue(12n)).toBe('12n');
    expect(describeValue('x')).toBe('"x"');
    expect(describeValue(-0)).toBe('-0');
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(() => 1)).toBe('a function');
    expect(describeValue('x'.repeat(100))).toHaveLength(80);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(describeValue(cyclic)).toBe('[object Object]');
  });
});

describe('properties', () => {
  const mode = fc.constantFrom(...ROUNDING_MODES);
  const digits = (min: number, max: number) =>
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((a) => a.join(''));
  const wholePart = fc.bigInt({ min: 0n, max: 10n ** 24n }).map(String);

  it('divideRounded agrees with the reference rational rounding', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        mode,
        (num, den, m) => {
          expect(divideRounded(num, den, m)).toBe(referenceRound(num, den, m));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('divideRounded agrees with the reference on small numbers (many exact halves)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 1, max: 6 }), mode, (num, den, m) => {
        expect(divideRounded(BigInt(num), BigInt(den), m)).toBe(referenceRound(BigInt(num), BigInt(den), m));
      }),
      { numRuns: 2000 },
    );
  });

  it('a result is never more than one unit from the exact quotient, and half modes are nearest', () => {
    fc.assert(
      fc.property(fc.bigInt(), fc.bigInt({ min: 1n, max: 10n ** 9n }), mode, (num, den, m) => {
        const q = divideRounded(num, den, m);
        const error = q * den - num; // (q - exact) * den
        expect(error < den && error > -den).toBe(true);
        if (m.startsWith('half')) expect(2n * (error < 0n ? -error : error) <= den).toBe(true);
      }),
    );
  });

  it('formatDecimal(decimal(s)) gives back every canonical decimal string', () => {
    const canonical = fc.tuple(fc.boolean(), wholePart, digits(0, 20)).map(([negative, whole, frac]) => {
      const trimmed = frac.replace(/0+$/, '');
      const body = trimmed === '' ? whole : `${whole}.${trimmed}`;
      return negative && /[1-9]/.test(body) ? `-${body}` : body;
    });
    fc.assert(
      fc.property(canonical, (text) => {
        expect(formatDecimal(decimal(text))).toBe(text);
      }),
    );
  });

  it('trailing zeros and a plus sign do not change the value', () => {
    fc.assert(
      fc.property(wholePart, digits(0, 10), fc.integer({ min: 0, max: 5 }), (whole, frac, zeros) => {
        const text = `${whole}.${frac}${'0'.repeat(zeros)}`;
        if (text.endsWith('.')) return;
        expect(decimal(`+${text}`)).toEqual(decimal(frac === '' ? whole : `${whole}.${frac}`));
      }),
    );
  });

  it('%, ‰, ‱, 百分之, 千分之 and 万分之 divide by 100, 1000 and 10000 exactly', () => {
    fc.assert(
      fc.property(wholePart, digits(0, 8), (whole, frac) => {
        const text = frac === '' ? whole : `${whole}.${frac}`;
        const [n, d] = fraction(decimal(text));
        const check = (spelling: string, divisor: bigint) => {
          const [pn, pd] = fraction(decimal(spelling));
          expect(pn * d * divisor).toBe(n * pd);
        };
        check(`${text}%`, 100n);
        check(`${text}\uFF05`, 100n);
        check(`${text}‰`, 1000n);
        check(`${text}‱`, 10_000n);
        check(`百分之${text}`, 100n);
        check(`千分之${text}`, 1000n);
        check(`万分之${text}`, 10_000n);
      }),
    );
  });

  it('every Chinese numeral 0..9999 in standard form reads as its value', () => {
    for (let n = 0; n <= 9999; n++) {
      for (const longTen of [false, true]) {
        const text = `万分之${toChinese(n, longTen)}`;
        const d = decimal(text);
        if (!sameValue(d, { coefficient: BigInt(n), scale: 4 })) {
          throw new Error(`${text} read as ${formatDecimal(d)}`);
        }
      }
    }
  });

  it('Chinese numerals with a 点 fraction read as their value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), digits(1, 6), (n, frac) => {
        const cnFraction = frac
          .split('')
          .map((c) => CN[Number(c)])
          .join('');
        const d = decimal(`千分之${toChinese(n, false)}点${cnFraction}`);
        expect(sameValue(d, decimal(`千分之${n}.${frac}`))).toBe(true);
      }),
    );
  });

  it('decimalToPercentString is read back as the same value', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.integer({ min: 0, max: 12 }),
        (c, s) => {
          const d = decimal(formatDecimal({ coefficient: c, scale: s }));
          expect(decimal(decimalToPercentString(d))).toEqual(d);
        },
      ),
    );
  });
});
