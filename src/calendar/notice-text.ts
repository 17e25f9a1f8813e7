/**
 * Cleaning the text of a State Council holiday notice the way users paste it, before it is read:
 * full-width and half-width punctuation, Traditional characters, pinyin inserted after characters
 * (`節(jié)`), anti-scraping strings glued to lines, items broken across lines or a whole notice on
 * one line. The reader (./notice.ts) then sees one canonical text: Simplified characters,
 * half-width punctuation, no whitespace, and the positions where lines began.
 *
 * Cleaning never invents a character: it maps, or it removes. What it cannot tell apart (digits of a
 * glued string that touch a date) it leaves for the reader's cross-checks to refuse.
 */

// Traditional -> Simplified for every character of the notices' vocabulary (titles, items, the
// 2007-2026 rule sentences, the amending notices, the usual closing paragraphs). Drawn from OpenCC's
// tables for that vocabulary; tests/properties/notice-noise.property.test.ts converts the clean
// notices with OpenCC itself (Taiwan, Hong Kong and standard variants) and checks that the reader
// gets the same days back. A character outside the vocabulary stays as it is: the grammar only
// needs its own words.
const TRADITIONAL =
  '國務辦廳關於節發電號區轄屬機構經準現將勞動慶調體補與連間門衛規時報並處確眾過農歷臘勵單個結實帶際較長錯為兩別專學兒園遲開職應據華資戰爭勝紀廣參舉產順進決後遊運輸營閏復變項強狀減員斷傳週曆佈衞羣峯衆爲';
const SIMPLIFIED =
  '国务办厅关于节发电号区辖属机构经准现将劳动庆调体补与连间门卫规时报并处确众过农历腊励单个结实带际较长错为两别专学儿园迟开职应据华资战争胜纪广参举产顺进决后游运输营闰复变项强状减员断传周历布卫群峰众为';

const TO_SIMPLIFIED: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const from = [...TRADITIONAL];
  const to = [...SIMPLIFIED];
  for (let i = 0; i < from.length; i++) map.set(from[i]!, to[i]!);
  return map;
})();

/** Characters of Chinese script (CJK unified ideographs and extension A). */
const HAN = '\\u3400-\\u9fff';

// Pinyin in brackets right after a character, as some sites insert it: 節(jié), 區(qū), 調(diào).
// Letters with or without tone marks, or a tone number; at most 7 letters (zhuang is the longest).
// A line break may fall anywhere in a pasted copy, inside the brackets too.
const PINYIN = new RegExp(
  `([${HAN}])\\s*\\((?:\\s*[a-zA-Züāáǎàēéěèêīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]){1,7}\\s*[1-5]?\\s*\\)`,
  'gu',
);

const TONE_LETTERS = /[āáǎàēéěèêīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+/gu;

// A run of printable ASCII (after NFKC, full-width letters and punctuation are ASCII too). A run that
// holds a letter or a symbol no notice uses is a stray string: notices write only digits and
// ( ) , . : ; - in ASCII.
const ASCII_RUN = /[\x20-\x7e]+/g;
const STRAY = /[A-Za-z!"#$%&'*+/<=>?@[\\\]^_`{|}~]/;

/** The text of a notice, cleaned. */
export interface CleanNotice {
  /** Simplified characters, half-width punctuation, without whitespace or line breaks. */
  text: string;
  /** Offsets in `text` where a line of the input began (items usually start a line). */
  lineStarts: ReadonlySet<number>;
  /** How many stray strings were removed (anti-scraping text, URLs, letters). */
  strays: number;
  /** How many pinyin insertions were removed. */
  pinyin: number;
}

/**
 * What to keep of a stray ASCII run: a closing bracket at its start (an annotation's), an opening
 * bracket at its end, and a digit at its start that begins a number the notice continues (`共3xx天`).
 * Whether digits next to other digits (`2月1` + `5aa` + `日`) were the notice's or the stray
 * string's cannot be known: they become `?`, which no date can contain, so the sentence is refused
 * rather than read with a day that may be wrong.
 */
function keptOf(raw: string, before: string, after: string): string {
  const run = raw.trim();
  const continues = /^[\d年月日天号]/.test(after);
  const head = /^(\)*)(\d*)/.exec(run)!;
  const tail = /(\(?)(\d*)$/.exec(run)!;
  let out = head[1]!;
  const headDigits = head[2]!;
  if (headDigits !== '') {
    // One digit before the stray string is the notice's (a number it continues needs one); with
    // more (15 + aa: was it 1 + 5aa, or 15 + aa?) or a digit before them, nobody can tell.
    if (/\d/.test(before) || (continues && headDigits.length > 1)) out += '?';
    else if (continues) out += headDigits;
  }
  out += tail[1]!;
  if (tail[2]! !== '' && continues) out += '?';
  return out;
}

/**
 * Cleans a pasted notice: NFKC (full-width to half-width), pinyin removed, Traditional characters
 * made Simplified, stray ASCII strings removed line by line, whitespace and line breaks removed.
 *
 * @example
 * cleanNoticeText('一、元旦：1月1日（周四）至3日（周六）放假調(diào)休，共3天。').text
 * //=> '一、元旦:1月1日(周四)至3日(周六)放假调休,共3天。'
 */
export function cleanNoticeText(raw: string): CleanNotice {
  let pinyin = 0;
  let strays = 0;
  const normalized = raw
    .normalize('NFKC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(PINYIN, (_, han: string) => {
      pinyin++;
      return han;
    });
  let text = '';
  const lineStarts = new Set<number>();
  const lines = normalized.split('\n');
  // What follows a run at the end of a line is the first character of the next line with text.
  const nextChar: string[] = new Array(lines.length).fill('');
  for (let i = lines.length - 2; i >= 0; i--) {
    // Past a stray string at the start of that line too (it is removed as well).
    const next = lines[i + 1]!.trim().replace(/^[\x20-\x7e]+/, (run) => (STRAY.test(run) ? '' : run));
    nextChar[i] = next === '' ? nextChar[i + 1]! : next.charAt(0);
  }
  lines.forEach((line, lineIndex) => {
    let cleaned = '';
    let last = 0;
    for (const match of line.matchAll(ASCII_RUN)) {
      const run = match[0];
      const start = match.index;
      cleaned += line.slice(last, start);
      last = start + run.length;
      if (STRAY.test(run)) {
        strays++;
        const before = (cleaned === '' ? text : cleaned).trimEnd().slice(-1);
        cleaned += keptOf(run, before, last < line.length ? line.charAt(last) : nextChar[lineIndex]!);
      } else {
        cleaned += run;
      }
    }
    cleaned += line.slice(last);
    // Letters with tone marks never belong to a notice: what is left of a pinyin insertion that a
    // line break or a stray string cut apart.
    cleaned = cleaned.replace(TONE_LETTERS, () => {
      strays++;
      return '';
    });
    let simplified = '';
    for (const char of cleaned.replace(/\s+/gu, '')) simplified += TO_SIMPLIFIED.get(char) ?? char;
    if (simplified === '') return;
    lineStarts.add(text.length);
    text += simplified;
  });
  return { text, lineStarts, strays, pinyin };
}
