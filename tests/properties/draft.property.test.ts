/**
 * The reader against generated clause sentences: a subject (a channel or a kind of ticket), what is
 * timed, a number written in digits, Chinese numerals or English words, and a unit. The term read
 * is the term generated: same tickets, same measure, same allowance. The Chinese and English
 * numerals are written by a naive generator here, independent of the parser the reader uses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftContract } from '../../src/index.js';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1..9999 in standard Chinese numerals: 十五 (not 一十五), 一百零五, 一千零一十, 两 for a lone 2 if asked. */
function chinese(n: number, liang: boolean): string {
  if (n === 2 && liang) return '两';
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${n % 10 === 0 ? '' : DIGITS[n % 10]}`;
  const units: Array<[number, string]> = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ];
  let out = '';
  let zero = false;
  for (const [value, name] of units) {
    const digit = Math.floor(n / value) % 10;
    if (digit === 0) {
      if (out !== '') zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[digit]! + name;
  }
  return out;
}

const ONES = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
function english(n: number): string {
  if (n < 20) return ONES[n]!;
  return `${TENS[Math.floor(n / 10)]}${n % 10 === 0 ? '' : `-${ONES[n % 10]}`}`;
}

interface Subject {
  zh: string;
  en: string;
  field: 'channel' | 'category';
  value: string | string[];
}
const SUBJECTS: Subject[] = [
  { zh: '在线客服', en: 'Online chat agents', field: 'channel', value: 'chat' },
  { zh: '邮件咨询', en: 'E-mail enquiries', field: 'channel', value: 'email' },
  { zh: '一般咨询', en: 'General enquiries', field: 'category', value: 'general' },
  { zh: '复杂问题', en: 'Complex issues', field: 'category', value: 'complex' },
  { zh: '投诉', en: 'Complaints', field: 'category', value: 'complaint' },
];
const MEASURES: Array<{ zh: string; en: string; measure: unknown }> = [
  { zh: '做出首次响应', en: 'shall make a first response', measure: 'first-response' },
  { zh: '进行初步回复', en: 'shall send an initial reply', measure: 'first-response' },
  { zh: '解决', en: 'shall be resolved', measure: 'resolution' },
  {
    zh: '提供初步解决方案',
    en: 'shall receive a preliminary solution',
    measure: { milestone: 'preliminary-solution' },
  },
  { zh: '完成初步调查', en: 'shall be investigated', measure: { milestone: 'investigation-done' } },
  { zh: '给出处理结果', en: 'shall be given an outcome', measure: { milestone: 'result-communicated' } },
];
const UNITS: Array<{ zh: string[]; en: string; yaml: string }> = [
  { zh: ['秒', '秒钟'], en: 'second', yaml: 'second' },
  { zh: ['分钟'], en: 'minute', yaml: 'minute' },
  { zh: ['小时', '个小时'], en: 'hour', yaml: 'hour' },
  { zh: ['个工作日', '工作日'], en: 'working day', yaml: 'working day' },
  { zh: ['日', '天', '个自然日'], en: 'calendar day', yaml: 'day' },
  { zh: ['个月'], en: 'month', yaml: 'month' },
];

const clause = fc.record({
  subject: fc.constantFrom(...SUBJECTS),
  measure: fc.constantFrom(...MEASURES),
  unit: fc.constantFrom(...UNITS),
  unitVariant: fc.nat(2),
  n: fc.oneof(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 })),
  style: fc.constantFrom('digits', 'chinese', 'liang', 'english'),
  language: fc.constantFrom('zh', 'en'),
});

describe('generated clause sentences', () => {
  it('reads the term that was written', () => {
    fc.assert(
      fc.property(clause, ({ subject, measure, unit, unitVariant, n, style, language }) => {
        let sentence: string;
        if (language === 'zh') {
          const number =
            style === 'digits' || style === 'english' ? String(n) : chinese(n, style === 'liang');
          const unitText = unit.zh[unitVariant % unit.zh.length]!;
          sentence = `2.1${subject.zh}应在${number}${unitText}内${measure.zh}。`;
        } else {
          const number = style === 'english' && n < 100 ? english(n) : String(n);
          sentence = `2.1 ${subject.en} ${measure.en} within ${number} ${unit.en}${n === 1 ? '' : 's'}.`;
        }
        const text = `${language === 'zh' ? '客服合同' : 'Customer Service Agreement'}\n${language === 'zh' ? '第二条 服务标准' : 'Article 2 Service Standards'}\n${sentence}\n`;
        const draft = draftContract(text, { timeZone: 'Asia/Shanghai' });
        const targets = (draft.definition.targets ?? []) as Array<Record<string, unknown>>;
        expect(draft.findings.map((f) => f.status)).toEqual(['read']);
        expect(targets).toHaveLength(1);
        const target = targets[0]!;
        expect(target.within).toBe(`${n} ${unit.yaml}${n === 1 ? '' : 's'}`);
        expect(target.measure).toEqual(measure.measure);
        expect(target.appliesTo).toEqual({ '==': [{ var: subject.field }, subject.value] });
      }),
      { numRuns: 300 },
    );
  });

  it('reads half an hour and N and a half hours as minutes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.boolean(), (n, chineseStyle) => {
        const number = n === 0 ? '半' : `${chineseStyle ? chinese(n, false) : String(n)}个半`;
        const draft = draftContract(
          `客服合同\n第二条 服务标准\n2.1邮件咨询应在${number}小时内进行初步回复。\n`,
        );
        const targets = draft.definition.targets as Array<{ within: string }>;
        expect(targets[0]!.within).toBe(`${n * 60 + 30} minutes`);
      }),
      { numRuns: 100 },
    );
  });

  it('never reads a number it is unsure of: ambiguous numerals and blanks are reported', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('一百五', '一千五', '两', '[ ]', 'XX', '三十五五', '五十十'),
        fc.constantFrom(...UNITS),
        (number, unit) => {
          const draft = draftContract(
            `客服合同\n第二条 服务标准\n2.1一般咨询应在${number}${unit.zh[0]}内解决。\n`,
          );
          const reported = number === '两';
          if (reported) {
            expect((draft.definition.targets as Array<{ within: string }>)[0]!.within).toBe(
              `2 ${unit.yaml}s`,
            );
          } else {
            expect(draft.definition.targets).toBeUndefined();
            expect(draft.findings.map((f) => f.status)).toEqual(['not-understood']);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
