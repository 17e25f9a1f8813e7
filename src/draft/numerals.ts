/**
 * Counts as agreements write them: digits (`30`, `1.5`, full-width `３０`), Chinese numerals
 * (`三十`, `两`, `十`), `半` (a half) and English number words (`two`, `twenty-four`).
 *
 * Owns reading one count token; the duration and amount grammars around it are in terms.ts.
 * Chinese numerals themselves are read by the library's one parser (src/text/chinese-numerals.ts):
 * a colloquial form whose value is ambiguous (`一百五`) is refused, never guessed.
 */
import { parseChineseInteger } from '../text/chinese-numerals.js';

/** A count read from the text: its value as an exact decimal string and how it was written. */
export interface CountRead {
  /** The value as a plain decimal: `"30"`, `"1.5"`, `"0.5"`. */
  readonly value: string;
  readonly written: 'digits' | 'chinese' | 'english';
}

/** The characters a run of Chinese numerals is made of (a count, not 万/亿 amounts). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千';

const ENGLISH_ONES: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const ENGLISH_TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** The English number words, as a regular-expression alternative (longest first). */
export const ENGLISH_NUMBER_PATTERN = `(?:(?:${Object.keys(ENGLISH_TENS).join('|')})(?:[- ](?:${Object.keys(
  ENGLISH_ONES,
)
  .filter((w) => ENGLISH_ONES[w]! > 0 && ENGLISH_ONES[w]! < 10)
  .join('|')}))?|${Object.keys(ENGLISH_ONES)
  .sort((a, b) => b.length - a.length)
  .join('|')}|a half|half an?|half)`;

/**
 * Reads one count: digits, Chinese numerals, `半`, or English words up to ninety-nine. Returns
 * `undefined` for anything else, including a Chinese numeral whose value is ambiguous.
 *
 * @example
 * readCount('两')
 * //=> { value: '2', written: 'chinese' }
 */
export function readCount(token: string): CountRead | undefined {
  const text = token.normalize('NFKC').trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) {
    const [whole = '', fraction = ''] = text.split('.');
    const trimmedFraction = fraction.replace(/0+$/, '');
    const wholeValue = whole.replace(/^0+(?=\d)/, '');
    return {
      value: trimmedFraction === '' ? wholeValue : `${wholeValue}.${trimmedFraction}`,
      written: 'digits',
    };
  }
  if (text === '半') return { value: '0.5', written: 'chinese' };
  if (new RegExp(`^[${CHINESE_NUMERAL_CHARS}]+$`).test(text)) {
    const value = parseChineseInteger(text, { bareLiang: true });
    return value === undefined ? undefined : { value: String(value), written: 'chinese' };
  }
  const lower = text.toLowerCase();
  if (/^(?:a half|half an?|half)$/.test(lower)) return { value: '0.5', written: 'english' };
  if (lower === 'an' || lower === 'a') return { value: '1', written: 'english' };
  const one = ENGLISH_ONES[lower];
  if (one !== undefined) return { value: String(one), written: 'english' };
  const compound = /^([a-z]+)(?:[- ]([a-z]+))?$/.exec(lower);
  if (compound !== null) {
    const tens = ENGLISH_TENS[compound[1]!];
    if (tens === undefined) return undefined;
    if (compound[2] === undefined) return { value: String(tens), written: 'english' };
    const unit = ENGLISH_ONES[compound[2]];
    if (unit === undefined || unit === 0 || unit > 9) return undefined;
    return { value: String(tens + unit), written: 'english' };
  }
  return undefined;
}
