/**
 * Noisy copies of real notices, as users paste them, read as the clean text or refused: never
 * different days.
 *
 * - Lossless noise (Traditional characters by OpenCC, an independent converter, in its Taiwan, Hong
 *   Kong and standard variants; pinyin inserted after characters, `節(jié)`; full-width and
 *   half-width punctuation and digits; line breaks anywhere, a whole notice on one line, indents,
 *   CRLF): the reader must give exactly the clean days, every time.
 * - Lossy noise (anti-scraping strings of letters, digits and symbols glued to the lines, on top of
 *   the above, or inserted anywhere, even inside a date): the same days, or refused with an issue;
 *   and most copies are still read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { parseHolidayNotice, safeParseHolidayNotice } from '../../src/calendar/notice.js';
import { runs } from '../support/long-tests.js';

const root = join(import.meta.dirname, '..', '..');
const fixture = (name: string) => readFileSync(join(root, 'tests', 'fixtures', 'notices', name), 'utf8');
const CLEAN = ['2017.txt', '2026.txt', '2019.txt', '2020.txt'].map((name) => {
  const text = fixture(name);
  return { name, text, days: parseHolidayNotice(text).toJSON().days };
});

const converters = (['tw', 'hk', 't', 'twp'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));

const TONED = [
  'jié',
  'diào',
  'qū',
  'fā',
  'zhàn',
  'chǎn',
  'wèi',
  'guó',
  'xiū',
  'lì',
  'rì',
  'yuè',
  'zhōu',
  'bān',
];
const FULL: Record<string, string> = { ',': '，', ':': '：', '(': '（', ')': '）', ';': '；' };
const HALF: Record<string, string> = { '，': ',', '：': ':', '（': '(', '）': ')', '；': ';' };

interface LosslessNoise {
  converter: number | null;
  pinyinEvery: number | null;
  width: 'half' | 'full' | 'mixed' | null;
  fullWidthDigits: boolean;
  breaks: number[];
  oneLine: boolean;
  indent: boolean;
  crlf: boolean;
}

const lossless: fc.Arbitrary<LosslessNoise> = fc.record({
  converter: fc.option(fc.integer({ min: 0, max: converters.length - 1 })),
  pinyinEvery: fc.option(fc.integer({ min: 1, max: 9 })),
  width: fc.option(fc.constantFrom('half' as const, 'full' as const, 'mixed' as const)),
  fullWidthDigits: fc.boolean(),
  breaks: fc.array(fc.nat(), { maxLength: 30 }),
  oneLine: fc.boolean(),
  indent: fc.boolean(),
  crlf: fc.boolean(),
});

function applyLossless(text: string, noise: LosslessNoise): string {
  let out = noise.converter === null ? text : converters[noise.converter]!(text);
  if (noise.pinyinEvery !== null) {
    let n = 0;
    out = out.replace(/[\u3400-\u9fff]/g, (han) =>
      ++n % noise.pinyinEvery! === 0 ? `${han}(${TONED[n % TONED.length]})` : han,
    );
  }
  if (noise.width !== null) {
    let n = 0;
    out = out.replace(/[,:();，：（）；]/g, (c) => {
      n++;
      const toFull = noise.width === 'full' || (noise.width === 'mixed' && n % 2 === 0);
      return toFull ? (FULL[c] ?? c) : (HALF[c] ?? c);
    });
  }
  if (noise.fullWidthDigits) out = out.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  if (noise.oneLine) out = out.replace(/\s*\n\s*/g, '');
  const chars = [...out];
  for (const at of [...new Set(noise.breaks.map((b) => b % (chars.length + 1)))].sort((a, b) => b - a)) {
    chars.splice(at, 0, '\n');
  }
  out = chars.join('');
  if (noise.indent) out = out.replace(/\n/g, '\n\u3000\u3000 ');
  if (noise.crlf) out = out.replace(/\n/g, '\r\n');
  return out;
}

// Anti-scraping strings as forums insert them: letters, digits and symbols, with spaces.
const garbage = fc
  .array(fc.constantFrom(...'abcdefghijkXYZQR0123456789 #$%&*+/<=>?@[]^_{|}~!:;.,()-'.split('')), {
    minLength: 2,
    maxLength: 16,
  })
  .map((chars) => chars.join(''))
  .filter((s) => /[A-Za-z]/.test(s));

const lossy = fc.record({
  base: lossless,
  glued: fc.array(fc.record({ line: fc.nat(), end: fc.boolean(), text: garbage }), {
    minLength: 1,
    maxLength: 12,
  }),
});

function applyGarbage(text: string, glued: Array<{ line: number; end: boolean; text: string }>): string {
  const lines = text.split('\n');
  for (const g of glued) {
    const i = g.line % lines.length;
    lines[i] = g.end ? lines[i] + g.text : g.text + lines[i];
  }
  return lines.join('\n');
}

describe('noisy copies of real notices', () => {
  it('lossless noise: exactly the clean days, every time', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CLEAN), lossless, (clean, noise) => {
        const noisy = applyLossless(clean.text, noise);
        const result = safeParseHolidayNotice(noisy);
        if (!result.ok) throw new Error(`${clean.name} refused: ${result.issues[0]!.message}\n${noisy}`);
        expect(result.notice.toJSON().days).toEqual(clean.days);
      }),
      { numRuns: Number(process.env.NOTICE_RUNS ?? runs(150)) },
    );
  });

  it('stray strings glued to lines: the clean days or refused, never different days', () => {
    let read = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.constantFrom(...CLEAN), lossy, (clean, noise) => {
        const noisy = applyGarbage(applyLossless(clean.text, noise.base), noise.glued);
        const result = safeParseHolidayNotice(noisy);
        if (result.ok) {
          read++;
          expect(result.notice.toJSON().days, `different days from:\n${JSON.stringify(noisy)}`).toEqual(
            clean.days,
          );
        } else {
          refused++;
          expect(result.issues.some((i) => i.severity === 'error')).toBe(true);
        }
      }),
      { numRuns: Number(process.env.NOTICE_RUNS ?? runs(250)) },
    );
    // Not a reader that refuses everything: most copies with stray strings are still read.
    expect(read).toBeGreaterThan(refused);
  });

  it('stray strings anywhere, even inside dates: the clean days or refused, never different days', () => {
    let read = 0;
    const inserted = fc.array(fc.record({ at: fc.nat(), text: garbage }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.constantFrom(...CLEAN), inserted, (clean, insertions) => {
        const chars = [...clean.text];
        for (const { at, text } of insertions) chars.splice(at % (chars.length + 1), 0, text);
        const noisy = chars.join('');
        const result = safeParseHolidayNotice(noisy);
        if (!result.ok) return;
        read++;
        expect(result.notice.toJSON().days, `different days from:\n${JSON.stringify(noisy)}`).toEqual(
          clean.days,
        );
      }),
      { numRuns: Number(process.env.NOTICE_RUNS ?? runs(250)) },
    );
    // About half are read (a string inside a date makes it unreadable, and it is refused).
    expect(read).toBeGreaterThan(0);
  });

  it('a Traditional copy with pinyin and glued strings, as found on the web, gives the clean days', () => {
    const noisy = applyGarbage(
      applyLossless(fixture('2026.txt'), {
        converter: 0,
        pinyinEvery: 3,
        width: 'half',
        fullWidthDigits: false,
        breaks: [],
        oneLine: false,
        indent: true,
        crlf: true,
      }),
      [
        { line: 3, end: true, text: '( ?: c( k/ R2 O# o1 j. C' },
        { line: 9, end: false, text: '+ X$ @4 f/ G" I' },
      ],
    );
    expect(noisy).toContain('節(');
    const notice = parseHolidayNotice(noisy);
    expect(notice.toJSON().days).toEqual(CLEAN[1]!.days);
    expect(notice.warnings.map((w) => w.code)).toEqual(['notice_cleaned']);
  });

  it('amending notices in noisy copies amend the same way as the clean ones', () => {
    const annual = parseHolidayNotice(fixture('2020.txt')).toJSON();
    const clean = parseHolidayNotice(fixture('2020-extension.txt'), { amends: annual }).toJSON().days;
    fc.assert(
      fc.property(lossless, (noise) => {
        const noisy = applyLossless(fixture('2020-extension.txt'), noise);
        const result = safeParseHolidayNotice(noisy, { amends: annual });
        if (!result.ok) throw new Error(`refused: ${result.issues[0]!.message}\n${noisy}`);
        expect(result.notice.toJSON().days).toEqual(clean);
      }),
      { numRuns: Number(process.env.NOTICE_RUNS ?? runs(100)) },
    );
  });

  it('a title whose year is garbled: the year is read from the dates, weekdays and festivals, with a warning', () => {
    const garbled = fixture('2026.txt').replace('关于2026年', '关于2O26年');
    const notice = parseHolidayNotice(garbled);
    expect(notice.year).toBe(2026);
    // (The letter O is a stray character to the cleaner: it says so.)
    expect(notice.warnings.map((w) => w.code)).toEqual(['notice_cleaned', 'notice_year_inferred']);
    expect(notice.toJSON().days).toEqual(CLEAN[1]!.days);
    // Without the signature either, the weekdays and lunar dates still leave one year.
    const bare = garbled.replace(/国务院办公厅\n2025年11月4日/, '');
    expect(parseHolidayNotice(bare).year).toBe(2026);
  });
});
