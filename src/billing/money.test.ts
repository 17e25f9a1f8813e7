import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  naiveFormat,
  type Rational,
  rationalOf,
  referenceRound,
  times,
} from '../../tests/support/naive-money.js';
import { MoneyError } from '../errors/errors.js';
import * as api from '../index.js';
import { decimal, ROUNDING_MODES, type RoundingMode } from './decimal.js';
import {
  addMoney,
  allocate,
  compareMoney,
  currencyExponent,
  formatMoney,
  type Money,
  money,
  multiplyMoney,
  prorate,
  subtractMoney,
  sumMoney,
} from './money.js';

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

const cny = (amount: string) => money(amount, 'CNY');
const fmt = (m: Money) => formatMoney(m);

describe('money: parsing', () => {
  it.each([
    ['1234.50', 'CNY', 123450n],
    ['1234.5', 'CNY', 123450n],
    ['1,234.50', 'CNY', 123450n],
    ['1,234,567.89', 'CNY', 123456789n],
    ['-3', 'CNY', -300n],
    ['+3', 'CNY', 300n],
    ['0.5', 'CNY', 50n],
    ['-0.05', 'CNY', -5n],
    ['-0', 'CNY', 0n],
    ['0', 'CNY', 0n],
    ['1.230', 'CNY', 123n],
    ['999,999,999,999,999,999.99', 'CNY', 99999999999999999999n],
    ['1234', 'JPY', 1234n],
    ['1,234', 'JPY', 1234n],
    ['100.00', 'JPY', 100n],
    ['-5', 'KRW', -5n],
    ['1.234', 'KWD', 1234n],
    ['0.001', 'BHD', 1n],
    ['12.5', 'USD', 1250n],
    ['12.5', 'EUR', 1250n],
    ['12.5', 'HKD', 1250n],
    ['12.5', 'GBP', 1250n],
    ['12.5', 'TWD', 1250n],
    ['12.5', 'SGD', 1250n],
    ['1.2345', 'CLF', 12345n],
  ])('%s %s is %s minor units', (amount, currency, minor) => {
    const m = money(amount, currency);
    expect(m).toEqual({ minor, currency, exponent: currencyExponent(currency) });
    expect(Object.isFrozen(m)).toBe(true);
  });

  it('takes a bigint as minor units', () => {
    expect(money(123450n, 'CNY')).toEqual({ minor: 123450n, currency: 'CNY', exponent: 2 });
    expect(money(-7n, 'JPY')).toEqual({ minor: -7n, currency: 'JPY', exponent: 0 });
  });

  it('knows the minor-unit exponents of common currencies', () => {
    const expected = {
      CNY: 2,
      USD: 2,
      EUR: 2,
      JPY: 0,
      KRW: 0,
      HKD: 2,
      GBP: 2,
      TWD: 2,
      SGD: 2,
      KWD: 3,
      BHD: 3,
    };
    for (const [code, exponent] of Object.entries(expected)) expect(currencyExponent(code)).toBe(exponent);
    expect(currencyExponent('XYZ')).toBeUndefined();
    expect(currencyExponent('XAU')).toBeUndefined();
  });

  it('takes an explicit exponent for a currency it does not know, and keeps it on the amount', () => {
    const m = money('1.5', 'XYZ', { exponent: 3 });
    expect(m).toEqual({ minor: 1500n, currency: 'XYZ', exponent: 3 });
    expect(fmt(m)).toBe('1.500');
    expect(fmt(addMoney(m, money(1n, 'XYZ', { exponent: 3 })))).toBe('1.501');
  });

  it('lets an explicit exponent override the ISO one (e.g. TWD in whole dollars)', () => {
    const whole = money('100', 'TWD', { exponent: 0 });
    expect(whole).toEqual({ minor: 100n, currency: 'TWD', exponent: 0 });
    expect(caught(() => addMoney(whole, money('1', 'TWD'))).message).toBe(
      'addMoney: cannot combine TWD (exponent 0) with TWD (exponent 2); amounts in different currencies must be converted first',
    );
  });
});

describe('money: rejections, each with its message', () => {
  it.each([
    [
      '1.234',
      'CNY',
      'money_too_precise',
      '"1.234" has more decimals than CNY allows (2); amounts are never rounded silently: round explicitly or pass an exact amount',
    ],
    [
      '1234.5',
      'JPY',
      'money_too_precise',
      '"1234.5" has more decimals than JPY allows (0); amounts are never rounded silently: round explicitly or pass an exact amount',
    ],
    [
      '0.0001',
      'KWD',
      'money_too_precise',
      '"0.0001" has more decimals than KWD allows (3); amounts are never rounded silently: round explicitly or pass an exact amount',
    ],
    [
      '1e3',
      'CNY',
      'money_invalid_amount',
      '"1e3" is not a valid CNY amount: exponent notation is not accepted; write the digits out',
    ],
    [
      '1.5E+2',
      'CNY',
      'money_invalid_amount',
      '"1.5E+2" is not a valid CNY amount: exponent notation is not accepted; write the digits out',
    ],
    ['  ', 'CNY', 'money_invalid_amount', '"  " is not a valid CNY amount: the string is empty or blank'],
    ['', 'CNY', 'money_invalid_amount', '"" is not a valid CNY amount: the string is empty or blank'],
    [' 1.00', 'CNY', 'money_invalid_amount', '" 1.00" is not a valid CNY amount: it contains whitespace'],
    ['1 000', 'CNY', 'money_invalid_amount', '"1 000" is not a valid CNY amount: it contains whitespace'],
    ['NaN', 'CNY', 'money_invalid_amount', '"NaN" is not a valid CNY amount: it is not a number'],
    ['Infinity', 'CNY', 'money_invalid_amount', '"Infinity" is not a valid CNY amount: it is not a number'],
    ['-inf', 'CNY', 'money_invalid_amount', '"-inf" is not a valid CNY amount: it is not a number'],
    [
      '01.00',
      'CNY',
      'money_invalid_amount',
      '"01.00" is not a valid CNY amount: leading zeros are not accepted',
    ],
    [
      '0,123.00',
      'CNY',
      'money_invalid_amount',
      '"0,123.00" is not a valid CNY amount: leading zeros are not accepted',
    ],
    [
      '1,23',
      'CNY',
      'money_invalid_amount',
      '"1,23" is not a valid CNY amount: thousands separators must be commas between groups of exactly three digits, e.g. "1,234,567.89"',
    ],
    ['1,50', 'EUR', 'money_invalid_amount', null],
    ['1234,567', 'CNY', 'money_invalid_amount', null],
    ['1,234,56', 'CNY', 'money_invalid_amount', null],
    ['1,,234', 'CNY', 'money_invalid_amount', null],
    ['1,234.5,0', 'CNY', 'money_invalid_amount', null],
    [
      '.5',
      'CNY',
      'money_invalid_amount',
      '".5" is not a valid CNY amount: expected an optional sign, digits, and an optional point followed by digits, e.g. "-1234.50"',
    ],
    ['5.', 'CNY', 'money_invalid_amount', null],
    ['--5', 'CNY', 'money_invalid_amount', null],
    ['¥5', 'CNY', 'money_invalid_amount', null],
    ['5元', 'CNY', 'money_invalid_amount', null],
    ['0x10', 'CNY', 'money_invalid_amount', null],
    ['１２', 'CNY', 'money_invalid_amount', null],
    ['1.2.3', 'CNY', 'money_invalid_amount', null],
  ])('%j %s', (amount, currency, code, message) => {
    const error = caught(() => money(amount, currency));
    expect(error.code).toBe(code);
    if (message !== null) expect(error.message).toBe(message);
  });

  it('refuses a JS number, explaining why and what to pass instead', () => {
    const error = caught(() => money(1234.5 as unknown as string, 'CNY'));
    expect(error.code).toBe('money_invalid_amount');
    expect(error.params).toEqual({ input: '1234.5', currency: 'CNY', exponent: 2, reason: 'number' });
    expect(error.message).toBe(
      '1234.5 is not a valid CNY amount: a JS number is a binary float and may already be inexact; ' +
        'pass a decimal string in major units ("12.50") or a bigint in minor units (1250n)',
    );
    expect(error.localizedMessage('zh')).toBe(
      '1234.5 不是有效的 CNY 金额:JS number 是二进制浮点数,可能已不精确;' +
        '请传入以主单位表示的十进制字符串("12.50")或以最小单位表示的 bigint(1250n)',
    );
    // Even a safe integer: it would be ambiguous between major and minor units.
    expect(caught(() => money(100 as unknown as string, 'CNY')).params).toMatchObject({ reason: 'number' });
  });

  it('refuses other types', () => {
    expect(caught(() => money(null as unknown as string, 'CNY')).message).toBe(
      'null is not a valid CNY amount: expected a decimal string in major units or a bigint in minor units',
    );
  });

  it('refuses a malformed or unknown currency code', () => {
    expect(caught(() => money('1', 'cny')).message).toBe(
      '"cny" is not a currency code: expected three capital letters (ISO 4217), e.g. "CNY"',
    );
    expect(caught(() => money('1', 'RMB ')).code).toBe('money_invalid_currency');
    expect(caught(() => money('1', 42 as unknown as string)).message).toBe(
      '42 is not a currency code: expected three capital letters (ISO 4217), e.g. "CNY"',
    );
    const unknown = caught(() => money('1', 'RMB'));
    expect(unknown.code).toBe('money_unknown_currency');
    expect(unknown.message).toBe(
      '"RMB" is not a currency this library knows; pass its minor-unit exponent explicitly, e.g. { exponent: 2 }',
    );
    expect(unknown.localizedMessage('zh')).toBe(
      '本库不认识货币 "RMB";请明确传入其最小单位指数,例如 { exponent: 2 }',
    );
  });

  it('refuses a bad explicit exponent', () => {
    expect(caught(() => money('1', 'XYZ', { exponent: 1.5 })).message).toBe(
      'money: exponent must be an integer from 0 to 18, got 1.5',
    );
    expect(caught(() => money('1', 'XYZ', { exponent: 19 })).code).toBe('money_invalid_argument');
    expect(caught(() => money('1', 'XYZ', { exponent: -1 })).code).toBe('money_invalid_argument');
    expect(caught(() => money('1', 'CNY', 2 as unknown as { exponent: number })).message).toBe(
      'money: options must be an options object, got 2',
    );
  });

  it('speaks Chinese and carries the caller path', () => {
    const error = caught(() => money('1.234', 'CNY', { path: ['fees', 0, 'amount'] }));
    expect(error.message).toBe(
      'fees[0].amount: "1.234" has more decimals than CNY allows (2); amounts are never rounded silently: round explicitly or pass an exact amount',
    );
    expect(error.localizedMessage('zh')).toBe(
      'fees[0].amount: "1.234" 的小数位数超过 CNY 允许的 2 位;金额不会被静默舍入:请明确舍入或传入精确金额',
    );
    expect(caught(() => money('1,23', 'CNY')).localizedMessage('zh')).toBe(
      '"1,23" 不是有效的 CNY 金额:千位分隔符必须是逗号,且每组恰好三位数字,例如 "1,234,567.89"',
    );
  });
});

describe('formatMoney', () => {
  it.each([
    [money('1234.5', 'CNY'), '1234.50'],
    [money('-0.05', 'CNY'), '-0.05'],
    [money('-0.5', 'CNY'), '-0.50'],
    [money('0', 'CNY'), '0.00'],
    [money('-0.00', 'CNY'), '0.00'],
    [money(7n, 'CNY'), '0.07'],
    [money('1,234', 'JPY'), '1234'],
    [money('-5', 'JPY'), '-5'],
    [money('0.005', 'KWD'), '0.005'],
    [money('-12.345', 'BHD'), '-12.345'],
    [money(123456789012345678901234567890n, 'USD'), '1234567890123456789012345678.90'],
  ])('%o is written %s', (m, text) => {
    expect(fmt(m)).toBe(text);
  });

  it('refuses a value that is not Money', () => {
    expect(
      caught(() => formatMoney({ minor: 5, currency: 'CNY', exponent: 2 } as unknown as Money)).message,
    ).toBe(
      'formatMoney: m must be a Money value (made by money()), got {"minor":5,"currency":"CNY","exponent":2}',
    );
    expect(caught(() => formatMoney(undefined as unknown as Money)).message).toBe(
      'formatMoney: m must be a Money value (made by money()), got undefined',
    );
  });
});

describe('adding, comparing, choosing', () => {
  it('adds and subtracts exactly', () => {
    expect(fmt(addMoney(cny('0.10'), cny('0.20')))).toBe('0.30');
    expect(fmt(subtractMoney(cny('1'), cny('1.01')))).toBe('-0.01');
    expect(Object.isFrozen(addMoney(cny('1'), cny('2')))).toBe(true);
  });

  it('sums a list, and an empty list to zero of the currency', () => {
    expect(fmt(sumMoney([money('1.10', 'HKD'), money('2.25', 'HKD'), money('-0.35', 'HKD')], 'HKD'))).toBe(
      '3.00',
    );
    expect(sumMoney([], 'JPY')).toEqual({ minor: 0n, currency: 'JPY', exponent: 0 });
    expect(sumMoney([], 'XYZ', { exponent: 3 })).toEqual({ minor: 0n, currency: 'XYZ', exponent: 3 });
    expect(caught(() => sumMoney([], 'XYZ')).code).toBe('money_unknown_currency');
  });

  it('compares', () => {
    expect(compareMoney(money('9.99', 'USD'), money('10', 'USD'))).toBe(-1);
    expect(compareMoney(money('10', 'USD'), money('10.00', 'USD'))).toBe(0);
    expect(compareMoney(money('-1', 'USD'), money('-2', 'USD'))).toBe(1);
    expect([cny('3'), cny('-1'), cny('2')].sort(compareMoney).map(fmt)).toEqual(['-1.00', '2.00', '3.00']);
  });

  it('refuses to combine different currencies, naming both', () => {
    const usd = money('1', 'USD');
    const error = caught(() => addMoney(cny('1'), usd));
    expect(error.code).toBe('money_currency_mismatch');
    expect(error.params).toEqual({ fn: 'addMoney', left: 'CNY', right: 'USD' });
    expect(error.message).toBe(
      'addMoney: cannot combine CNY with USD; amounts in different currencies must be converted first',
    );
    expect(error.localizedMessage('zh')).toBe('addMoney:不能将 CNY 与 USD 一起计算;不同货币的金额须先换算');
    const calls: Array<[string, () => unknown]> = [
      ['subtractMoney', () => subtractMoney(cny('1'), usd)],
      ['compareMoney', () => compareMoney(usd, cny('1'))],
      ['sumMoney', () => sumMoney([cny('1'), usd], 'CNY')],
    ];
    for (const [fn, call] of calls) {
      const e = caught(call);
      expect(e.code).toBe('money_currency_mismatch');
      expect(e.message.startsWith(`${fn}: cannot combine `)).toBe(true);
      expect(e.message).toContain('USD');
      expect(e.message).toContain('CNY');
    }
  });

  it('refuses non-Money arguments', () => {
    expect(caught(() => addMoney(cny('1'), 5 as unknown as Money)).message).toBe(
      'addMoney: b must be a Money value (made by money()), got 5',
    );
    expect(caught(() => sumMoney('x' as unknown as Money[], 'CNY')).message).toBe(
      'sumMoney: list must be an array of Money values, got "x"',
    );
    expect(caught(() => sumMoney([cny('1'), {} as Money], 'CNY')).message).toBe(
      'sumMoney: list[1] must be a Money value (made by money()), got {}',
    );
  });
});

describe('multiplyMoney: rounded once, with the mode asked for', () => {
  // 12.5 fen, 17.5 fen, and their negatives: exact halves.
  it.each([
    ['half-up', ['0.13', '-0.13', '0.18', '-0.18']],
    ['half-even', ['0.12', '-0.12', '0.18', '-0.18']],
    ['down', ['0.12', '-0.12', '0.17', '-0.17']],
    ['up', ['0.13', '-0.13', '0.18', '-0.18']],
    ['floor', ['0.12', '-0.13', '0.17', '-0.18']],
    ['ceiling', ['0.13', '-0.12', '0.18', '-0.17']],
  ] as const)('exact halves, %s', (mode, expected) => {
    const half = decimal('0.5');
    const results = ['0.25', '-0.25', '0.35', '-0.35'].map((a) => fmt(multiplyMoney(cny(a), half, mode)));
    expect(results).toEqual(expected);
  });

  it('multiplies by rates and whole numbers', () => {
    expect(fmt(multiplyMoney(cny('10000.00'), decimal('0.05%'), 'half-up'))).toBe('5.00');
    expect(fmt(multiplyMoney(cny('99.99'), decimal('1.06'), 'half-up'))).toBe('105.99'); // 105.9894
    expect(fmt(multiplyMoney(cny('99.99'), decimal('1.06'), 'down'))).toBe('105.98');
    expect(fmt(multiplyMoney(money('1001', 'JPY'), decimal('8%'), 'half-up'))).toBe('80'); // 80.08
    expect(fmt(multiplyMoney(money('1001', 'JPY'), decimal('8%'), 'ceiling'))).toBe('81');
    expect(fmt(multiplyMoney(cny('1.25'), 3n))).toBe('3.75');
    expect(fmt(multiplyMoney(cny('1.25'), -3n, 'half-even'))).toBe('-3.75');
  });

  it('needs a rounding mode for a Decimal factor, and a real factor', () => {
    expect(caught(() => multiplyMoney(cny('1'), decimal('0.5') as unknown as bigint)).message).toBe(
      "multiplyMoney: rounding must be one of 'half-up', 'half-even', 'down', 'up', 'floor', 'ceiling', got undefined",
    );
    expect(caught(() => multiplyMoney(cny('1'), 0.5 as unknown as bigint, 'half-up')).message).toBe(
      'multiplyMoney: factor must be a Decimal (made by decimal()) or a bigint, got 0.5',
    );
    expect(caught(() => multiplyMoney(cny('1'), 2n, 'nearest' as RoundingMode)).code).toBe(
      'money_invalid_argument',
    );
    expect(caught(() => multiplyMoney(cny('1'), 2n, 'nearest' as RoundingMode)).localizedMessage('zh')).toBe(
      "multiplyMoney:rounding 应为 'half-up'、'half-even'、'down'、'up'、'floor'、'ceiling' 之一,实际为 \"nearest\"",
    );
  });
});

describe('prorate', () => {
  it('30,000.00 × 10/31 is 9,677.42 half-up (9,677.419354...)', () => {
    const fee = cny('30,000.00');
    expect(fmt(prorate(fee, 10, 31, 'half-up'))).toBe('9677.42');
    expect(fmt(prorate(fee, 10n, 31n, 'half-even'))).toBe('9677.42');
    expect(fmt(prorate(fee, 10, 31, 'down'))).toBe('9677.41');
    expect(fmt(prorate(fee, 31, 31, 'down'))).toBe('30000.00');
    expect(fmt(prorate(fee, 0, 31, 'up'))).toBe('0.00');
  });

  it('rounds once, not per step', () => {
    // 0.01 × 1/3 × 3 would be 0 if rounded per step; × 3/3 is exactly 0.01.
    expect(fmt(prorate(cny('0.01'), 3, 3, 'down'))).toBe('0.01');
    expect(fmt(prorate(cny('0.05'), 1, 2, 'half-up'))).toBe('0.03');
    expect(fmt(prorate(cny('0.05'), 1, 2, 'half-even'))).toBe('0.02');
    expect(fmt(prorate(cny('-0.05'), 1, 2, 'half-up'))).toBe('-0.03');
    expect(fmt(prorate(money('1000', 'JPY'), 1, 3, 'half-up'))).toBe('333');
  });

  it('refuses a non-integer or non-positive denominator and a non-integer numerator', () => {
    expect(caught(() => prorate(cny('1'), 1, 0n, 'half-up')).message).toBe(
      'prorate: denominator must be a positive integer (a bigint or a safe-integer number), got 0n',
    );
    expect(caught(() => prorate(cny('1'), 1, -31, 'half-up')).code).toBe('money_invalid_argument');
    expect(caught(() => prorate(cny('1'), 1.5, 31, 'half-up')).message).toBe(
      'prorate: numerator must be an integer (a bigint or a safe-integer number), got 1.5',
    );
    expect(caught(() => prorate(cny('1'), 2 ** 53, 31, 'half-up')).code).toBe('money_invalid_argument');
    expect(caught(() => prorate(cny('1'), 1, 31, undefined as unknown as RoundingMode)).code).toBe(
      'money_invalid_argument',
    );
  });
});

describe('allocate', () => {
  it('splits with the largest remainder, earlier parts first among ties', () => {
    expect(allocate(cny('100.00'), [1n, 1n, 1n]).map(fmt)).toEqual(['33.34', '33.33', '33.33']);
    expect(allocate(cny('0.05'), [1n, 1n, 1n]).map(fmt)).toEqual(['0.02', '0.02', '0.01']);
    expect(allocate(cny('-0.05'), [1n, 1n, 1n]).map(fmt)).toEqual(['-0.02', '-0.02', '-0.01']);
    expect(allocate(cny('1.01'), [1n, 0n, 1n]).map(fmt)).toEqual(['0.51', '0.00', '0.50']);
    // 10 × 1/6 = 1.67 (rem 4/6), 10 × 2/6 = 3.33 (rem 2/6), 10 × 3/6 = 5: the 1-part gets the cent.
    expect(allocate(cny('0.10'), [1, 2, 3]).map(fmt)).toEqual(['0.02', '0.03', '0.05']);
    expect(allocate(money('100', 'JPY'), [70n, 20n, 10n]).map(fmt)).toEqual(['70', '20', '10']);
    expect(allocate(cny('0'), [1n, 2n]).map(fmt)).toEqual(['0.00', '0.00']);
    expect(allocate(cny('9.99'), [5n]).map(fmt)).toEqual(['9.99']);
  });

  it('refuses ratios that cannot split anything', () => {
    const message = (ratios: unknown) => caught(() => allocate(cny('1'), ratios as bigint[])).message;
    expect(message([])).toBe(
      'allocate: ratios must be a non-empty array of non-negative integers with a positive sum, got []',
    );
    expect(message([0n, 0n])).toBe(
      'allocate: ratios must be a non-empty array of non-negative integers with a positive sum, got ["0n","0n"]',
    );
    expect(message([1n, -1n, 2n])).toBe(
      'allocate: ratios[1] must be a non-negative integer (a bigint or a safe-integer number), got -1n',
    );
    expect(message([1n, 0.5])).toBe(
      'allocate: ratios[1] must be a non-negative integer (a bigint or a safe-integer number), got 0.5',
    );
    expect(message('1:1')).toBe(
      'allocate: ratios must be a non-empty array of non-negative integers with a positive sum, got "1:1"',
    );
  });
});

describe('the public surface', () => {
  it('exports the money API from the package entry', () => {
    for (const name of [
      'money',
      'formatMoney',
      'addMoney',
      'subtractMoney',
      'sumMoney',
      'compareMoney',
      'multiplyMoney',
      'prorate',
      'allocate',
      'decimal',
      'formatDecimal',
      'MoneyError',
    ]) {
      expect(typeof (api as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(caught(() => api.money('1.234', 'CNY'))).toBeInstanceOf(api.ContractTermsError);
  });
});

describe('properties', () => {
  const currencies = fc.constantFrom('CNY', 'JPY', 'KWD', 'CLF');
  const mode = fc.constantFrom(...ROUNDING_MODES);
  const minor = fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n });
  const amount = fc.tuple(minor, currencies).map(([m, c]) => money(m, c));
  const digitString = (min: number, max: number) =>
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((a) => a.join(''));
  const rateText = fc
    .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 6n }), digitString(0, 9))
    .map(([negative, whole, frac]) => `${negative ? '-' : ''}${whole}${frac === '' ? '' : `.${frac}`}`);
  const rational = (m: Money): Rational => [m.minor, 1n];

  it('multiplyMoney agrees with rounding the exact rational product', () => {
    fc.assert(
      fc.property(amount, rateText, mode, (m, rate, r) => {
        const [num, den] = times(rational(m), rationalOf(rate));
        expect(multiplyMoney(m, decimal(rate), r).minor).toBe(referenceRound(num, den, r));
      }),
      { numRuns: 1000 },
    );
  });

  it('prorate agrees with rounding the exact rational share', () => {
    fc.assert(
      fc.property(
        amount,
        fc.integer({ min: -40, max: 400 }),
        fc.integer({ min: 1, max: 366 }),
        mode,
        (m, n, d, r) => {
          expect(prorate(m, n, d, r).minor).toBe(referenceRound(m.minor * BigInt(n), BigInt(d), r));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('prorate of a full period is the amount, in every mode', () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 1, max: 366 }), mode, (m, days, r) => {
        expect(prorate(m, days, days, r)).toEqual(m);
      }),
    );
  });

  it('allocate: parts sum to the total, each within one minor unit of its exact share', () => {
    fc.assert(
      fc.property(
        amount,
        fc.array(fc.bigInt({ min: 0n, max: 1000n }), { minLength: 1, maxLength: 12 }),
        (m, ratios) => {
          const sum = ratios.reduce((a, b) => a + b, 0n);
          if (sum === 0n) return;
          const parts = allocate(m, ratios);
          expect(parts).toHaveLength(ratios.length);
          expect(sumMoney(parts, m.currency)).toEqual(m);
          parts.forEach((part, i) => {
            const error = part.minor * sum - m.minor * ratios[i]!; // (part - exact share) × sum
            expect(error < sum && error > -sum).toBe(true);
            if (ratios[i] === 0n) expect(part.minor).toBe(0n);
          });
        },
      ),
    );
  });

  it('allocate: equal ratios give parts that differ by at most one minor unit, larger ones first', () => {
    fc.assert(
      fc.property(
        amount,
        fc.integer({ min: 1, max: 20 }),
        fc.bigInt({ min: 1n, max: 50n }),
        (m, count, w) => {
          const parts = allocate(
            m,
            Array.from({ length: count }, () => w),
          ).map((p) => p.minor);
          const sorted = [...parts].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
          const magnitudes = m.minor < 0n ? parts.map((p) => -p) : parts;
          magnitudes.slice(1).forEach((next, i) => {
            expect(magnitudes[i]! >= next).toBe(true);
          });
          expect(sorted[0]! - sorted[sorted.length - 1]!).toBeLessThanOrEqual(1n);
        },
      ),
    );
  });

  it('allocate: a negative amount splits like its magnitude', () => {
    fc.assert(
      fc.property(
        amount,
        fc.array(fc.bigInt({ min: 1n, max: 99n }), { minLength: 1, maxLength: 8 }),
        (m, ratios) => {
          const plus = allocate(m, ratios).map((p) => p.minor);
          const minus = allocate(
            subtractMoney(sumMoney([], m.currency, { exponent: m.exponent }), m),
            ratios,
          ).map((p) => -p.minor);
          expect(minus).toEqual(plus);
        },
      ),
    );
  });

  it('formatMoney(money(x)) gives back every canonical amount string of the currency', () => {
    const canonical = fc
      .tuple(currencies, fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.nat())
      .map(([currency, negative, whole, seed]) => {
        const exponent = currencyExponent(currency)!;
        const frac = String(seed % 10 ** exponent).padStart(exponent, '0');
        const body = exponent === 0 ? String(whole) : `${whole}.${frac}`;
        return [currency, negative && /[1-9]/.test(body) ? `-${body}` : body] as const;
      });
    fc.assert(
      fc.property(canonical, ([currency, text]) => {
        expect(formatMoney(money(text, currency))).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('every valid spelling (grouped, fewer decimals, extra zeros, plus sign) reads as the naive value', () => {
    const spelling = fc
      .tuple(
        currencies,
        fc.constantFrom('', '-', '+'),
        fc.bigInt({ min: 0n, max: 10n ** 20n }),
        fc.boolean(),
        digitString(0, 4),
        fc.integer({ min: 0, max: 3 }),
      )
      .map(([currency, sign, whole, grouped, frac, zeros]) => {
        const exponent = currencyExponent(currency)!;
        const kept = frac.slice(0, exponent);
        const wholeText = grouped ? String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : String(whole);
        const fracText = kept + '0'.repeat(zeros);
        const text = `${sign}${wholeText}${fracText === '' ? '' : `.${fracText}`}`;
        const magnitude = whole * 10n ** BigInt(exponent) + BigInt(kept.padEnd(exponent, '0') || '0');
        return { currency, text, expected: naiveFormat(sign === '-' ? -magnitude : magnitude, exponent) };
      });
    fc.assert(
      fc.property(spelling, ({ currency, text, expected }) => {
        expect(formatMoney(money(text, currency))).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('money(formatMoney(m)) is m', () => {
    fc.assert(
      fc.property(amount, (m) => {
        expect(money(formatMoney(m), m.currency)).toEqual(m);
        expect(formatMoney(m)).toBe(naiveFormat(m.minor, m.exponent));
      }),
    );
  });

  it('an amount with a nonzero digit beyond the currency exponent is refused, never rounded', () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 1, max: 9 }), (m, digit) => {
        const text = `${formatMoney(m)}${m.exponent === 0 ? '.' : ''}${digit}`;
        expect(caught(() => money(text, m.currency)).code).toBe('money_too_precise');
      }),
    );
  });

  it('add, subtract and compare are consistent', () => {
    fc.assert(
      fc.property(minor, minor, currencies, (x, y, currency) => {
        const a = money(x, currency);
        const b = money(y, currency);
        expect(subtractMoney(addMoney(a, b), b)).toEqual(a);
        const diff = subtractMoney(a, b).minor;
        expect(compareMoney(a, b)).toBe(diff < 0n ? -1 : diff > 0n ? 1 : 0);
      }),
    );
  });
});
