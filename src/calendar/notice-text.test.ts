/** Cleaning pasted notices: what is mapped, what is removed, and what is marked as unknowable. */
import { describe, expect, it } from 'vitest';
import { cleanNoticeText } from './notice-text.js';

const clean = (text: string) => cleanNoticeText(text).text;

describe('cleanNoticeText', () => {
  it('makes punctuation and digits half-width, and removes whitespace and line breaks', () => {
    expect(clean('一、元旦：１月１日（周四）至３日\n（周六）放假调休，共3天。\r\n')).toBe(
      '一、元旦:1月1日(周四)至3日(周六)放假调休,共3天。',
    );
  });

  it('makes Traditional characters Simplified and removes pinyin inserted after characters', () => {
    const result = cleanNoticeText(
      '國務院辦公廳關於2026年部分節(jié)假日安排的通知：國慶節調(diào)休，補休，與週末連休',
    );
    expect(result.text).toBe('国务院办公厅关于2026年部分节假日安排的通知:国庆节调休,补休,与周末连休');
    expect(result.pinyin).toBe(2);
  });

  it('removes stray strings glued to lines, keeping the closing bracket of an annotation', () => {
    const result = cleanNoticeText('1月4日(周日)( ?: c( k/ R2 O# o1 j. C\n上班。');
    expect(result.text).toBe('1月4日(周日)上班。');
    expect(result.strays).toBe(1);
    expect(clean('放假3xy天')).toBe('放假3天'); // a number the notice continues
  });

  it('marks with ? digits that cannot be told apart from a stray string, so no date is guessed', () => {
    // "2月1" then a line starting "5aa日": was it 2月1日 with "5aa" glued, or 2月15日?
    expect(clean('2月1\n5aa日(星期六)上班。')).toBe('2月1?日(星期六)上班。');
    expect(clean('2018年\naa12月29日')).toBe('2018年?月29日');
  });

  it('records where lines began', () => {
    expect([...cleanNoticeText('一、元旦\n二、春节').lineStarts]).toEqual([0, 4]);
  });
});
