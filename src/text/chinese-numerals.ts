/**
 * Chinese numerals, as contracts write counts and rates: 三, 十, 十五, 一百零五, 两千零五十.
 * Shared by the duration grammar (十个工作日) and exact rates (万分之五, 百分之一百零五).
 */

/** The value of each Chinese digit character. */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * A whole number 0..9999 written in Chinese numerals, in standard form: 五, 十五, 一十五, 二十,
 * 一百零五, 一百一十, 两千零五十. Colloquial abbreviations whose value is ambiguous (一百五, 一千五十)
 * are refused. `bareLiang`: whether 两 alone means 2 (a count: 两天, 两个工作日) or is refused (in a
 * rate, 百分之两 is not how one writes it). Returns `undefined` when the text is not such a number.
 *
 * @example
 * parseChineseInteger('一百零五', { bareLiang: false })
 * //=> 105
 */
export function parseChineseInteger(text: string, options: { bareLiang: boolean }): number | undefined {
  if (text === '') return undefined;
  if (text.length === 1 && text !== '十') {
    const only = CHINESE_DIGITS[text];
    return only === undefined || (text === '两' && !options.bareLiang) ? undefined : only;
  }
  const chars = [...(text.startsWith('十') ? `一${text}` : text)];
  let total = 0;
  let previousUnit = 10_000;
  let zeroPending = false;
  let i = 0;
  while (i < chars.length) {
    const char = chars[i]!;
    if (char === '零' || char === '〇') {
      if (zeroPending || total === 0) return undefined;
      zeroPending = true;
      i += 1;
      continue;
    }
    const digit = CHINESE_DIGITS[char];
    if (digit === undefined || digit === 0) return undefined;
    const next = chars[i + 1];
    if (next === undefined) {
      // A final digit without a unit counts ones: after 十 ("二十五"), or after 零 that marks a gap
      // ("一百零五"). "一百五" would be read as 150 by some and 105 by others: refused.
      if (char === '两') return undefined;
      const ok = zeroPending ? previousUnit >= 100 : previousUnit === 10;
      if (!ok) return undefined;
      return total + digit;
    }
    const unit = UNITS[next];
    if (unit === undefined || unit >= previousUnit) return undefined;
    // 零 must stand for at least one skipped unit; a skipped unit needs its 零.
    if (zeroPending ? unit * 10 >= previousUnit : total > 0 && unit * 10 !== previousUnit) return undefined;
    total += digit * unit;
    previousUnit = unit;
    zeroPending = false;
    i += 2;
  }
  return zeroPending ? undefined : total;
}
