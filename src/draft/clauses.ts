/**
 * The agreement inside a text, cut into clauses and sentences.
 *
 * Owns: finding where the agreement starts and ends in a text that carries other text around it (a
 * website's notices before the title, a list of other documents after it), reading clause labels
 * (`第二条`, `2.1`, `2.1.3`, `(一)`, `1)`, `一、`, `Article 2`), clause titles, and splitting a
 * clause into sentences with the line each starts on. What the sentences say is terms.ts's job.
 */
import { CHINESE_NUMERAL_CHARS } from './numerals.js';

/** One sentence of a clause, as the text writes it. */
export interface Sentence {
  /** The clause's citation: `"2.1"`, `"第三条"`, `"第二条(一)"`. */
  readonly clause: string;
  /** 1-based position among the clause's sentences. */
  readonly index: number;
  /** How many sentences the clause has (a citation names the sentence only when there are several). */
  readonly of: number;
  /** The sentence, without its clause label, title or final punctuation. */
  readonly text: string;
  /** The 1-based line of the text it starts on. */
  readonly line: number;
}

/** A clause: its label, citation, title and sentences. */
export interface Clause {
  readonly label: string;
  readonly cite: string;
  readonly title: string | undefined;
  readonly line: number;
  readonly sentences: readonly Sentence[];
}

/** A run of lines that is not part of the agreement. */
export interface OutsideLines {
  readonly from: number;
  readonly to: number;
  readonly reason: 'before-title' | 'after-agreement';
}

/** The agreement found in a text. */
export interface AgreementText {
  readonly title: { readonly text: string; readonly line: number } | undefined;
  /** Lines of the preamble (title excluded) before the first clause: parties, recitals. */
  readonly preamble: readonly Sentence[];
  readonly clauses: readonly Clause[];
  readonly outside: readonly OutsideLines[];
  /** The clause the text stops inside (its last sentence has no final punctuation), if any. */
  readonly truncatedIn: string | undefined;
  readonly language: 'zh' | 'en';
}

interface Label {
  label: string;
  kind: 'article' | 'dotted' | 'relative';
  rest: string;
  /** For dotted labels, their parts. */
  parts?: string[];
}

const CN = CHINESE_NUMERAL_CHARS;
const ARTICLE = new RegExp(`^(第[${CN}\\d]+条)\\s*(.*)$`);
const CHINESE_TOP = new RegExp(`^([${CN}]+)[、.．]\\s*(.*)$`);
const PAREN_CN = new RegExp(`^([(（][${CN}]+[)）])\\s*(.*)$`);
const PAREN_DIGIT = /^([(（]\d+[)）])\s*(.*)$/;
const DIGIT_PAREN = /^(\d+[)）])\s*(.*)$/;
const DOTTED = /^(\d+(?:[.．]\d+)+)(?![\d%])[.．、]?\s*(.*)$/;
const TOP_NUMBER = /^(\d+)[.．、](?!\d)\s*(.*)$/;
const ENGLISH_ARTICLE = /^((?:Article|Clause|Section)\s+\d+)[.:]?\s*(.*)$/i;

function readLabel(line: string): Label | undefined {
  let m = ARTICLE.exec(line) ?? ENGLISH_ARTICLE.exec(line) ?? CHINESE_TOP.exec(line);
  if (m !== null) return { label: m[1]!, kind: 'article', rest: m[2]! };
  m = DOTTED.exec(line);
  if (m !== null)
    return { label: m[1]!.replace(/．/g, '.'), kind: 'dotted', rest: m[2]!, parts: m[1]!.split(/[.．]/) };
  m = TOP_NUMBER.exec(line);
  if (m !== null) return { label: m[1]!, kind: 'dotted', rest: m[2]!, parts: [m[1]!] };
  m = PAREN_CN.exec(line) ?? PAREN_DIGIT.exec(line) ?? DIGIT_PAREN.exec(line);
  if (m !== null)
    return { label: m[1]!.replace('（', '(').replace('）', ')'), kind: 'relative', rest: m[2]! };
  return undefined;
}

const DOCUMENT_LINK = /\.(?:docx?|pdf|pptx?|xlsx?|wps|txt)\s*$/i;
const BULLET = /^\s*(?:[-•*·]\s)/;
const PARTY_LINE = /^(?:甲方|乙方|丙方|Party\s+[AB]\b|(?:The\s+)?(?:Provider|Client|Customer)\s*[:(（])/i;
const TITLE_WORDS = /合同|协议|agreement|contract/i;

/** A short line with no sentence punctuation: a heading, not a sentence. */
function isHeadingLike(line: string, max = 40): boolean {
  return line.length <= max && !/[。;；,，:：]/.test(line);
}

/** Splits a clause body into sentences: at 。；;！？!? and, in English, at a full stop before a capital. */
function splitSentences(
  body: string,
  language: 'zh' | 'en',
): Array<{ text: string; at: number; closed: boolean }> {
  const out: Array<{ text: string; at: number; closed: boolean }> = [];
  const boundary = language === 'zh' ? /[。；;！？!?]/g : /[;!?]|\.(?=\s+[A-Z(“"]|\s*$)|。/g;
  let start = 0;
  for (const m of body.matchAll(boundary)) {
    const end = m.index;
    const text = body.slice(start, end).trim();
    if (text !== '')
      out.push({
        text,
        at: start + (body.slice(start, end).length - body.slice(start, end).trimStart().length),
        closed: true,
      });
    start = end + m[0].length;
  }
  const tail = body.slice(start).trim();
  if (tail !== '')
    out.push({
      text: tail,
      at: start + (body.slice(start).length - body.slice(start).trimStart().length),
      closed: false,
    });
  return out;
}

/**
 * Finds the agreement in a text and cuts it into clauses and sentences.
 *
 * @example
 * readAgreement('服务合同\n甲方(服务提供方):A公司\n第一条 服务\n1.1甲方提供邮件客服服务。').clauses[1]!.cite
 * //=> '1.1'
 */
export function readAgreement(text: string): AgreementText {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const cjk = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  const language: 'zh' | 'en' = cjk * 2 >= latin ? 'zh' : 'en';
  const outside: OutsideLines[] = [];

  // Start: the title line just before the first party line, else that party line, else the first
  // clause label, else the first line.
  let start = 0;
  const party = lines.findIndex((l) => PARTY_LINE.test(l.trim()) && !BULLET.test(l));
  if (party >= 0) {
    start = party;
    for (let i = party - 1; i >= Math.max(0, party - 3); i--) {
      const line = lines[i]!.trim();
      if (line === '') continue;
      if (TITLE_WORDS.test(line) && isHeadingLike(line, 100) && !BULLET.test(lines[i]!)) start = i;
      break;
    }
  } else {
    const first = lines.findIndex((l) => !BULLET.test(l) && TITLE_WORDS.test(l) && isHeadingLike(l.trim()));
    if (first >= 0) start = first;
  }
  if (start > 0) outside.push({ from: 1, to: start, reason: 'before-title' });

  // End: a list of other documents (lines naming .docx/.pdf files), with its bullets and heading.
  let end = lines.length - 1;
  const link = lines.findIndex((l, i) => i > start && DOCUMENT_LINK.test(l.trim()));
  if (link >= 0) {
    end = link - 1;
    while (end > start && (BULLET.test(lines[end]!) || lines[end]!.trim() === '')) end--;
    const last = lines[end]!.trim();
    if (
      end > start &&
      readLabel(last.normalize('NFKC')) === undefined &&
      isHeadingLike(last) &&
      !/[。.]$/.test(last)
    )
      end--;
    outside.push({ from: end + 2, to: lines.length, reason: 'after-agreement' });
  }

  let title: AgreementText['title'];
  const preambleLines: Array<{ text: string; line: number }> = [];
  interface Building {
    label: string;
    cite: string;
    title: string | undefined;
    line: number;
    body: Array<{ text: string; line: number }>;
  }
  const built: Building[] = [];
  let article: Building | undefined;
  let dotted: Building | undefined;
  for (let i = start; i <= end; i++) {
    const raw = lines[i]!.trim();
    if (raw === '') continue;
    const normalized = raw.normalize('NFKC');
    if (
      title === undefined &&
      built.length === 0 &&
      preambleLines.length === 0 &&
      TITLE_WORDS.test(raw) &&
      isHeadingLike(raw, 100)
    ) {
      title = { text: raw, line: i + 1 };
      continue;
    }
    const label = readLabel(normalized);
    if (label === undefined) {
      const current = built.at(-1);
      if (current === undefined) preambleLines.push({ text: raw, line: i + 1 });
      else current.body.push({ text: raw, line: i + 1 });
      continue;
    }
    // The label's text in the original line (NFKC keeps lengths of these ASCII/CJK labels).
    const rest = raw.slice(raw.length - label.rest.length).trim();
    let cite = label.label;
    if (label.kind === 'relative') {
      const parent = dotted ?? article;
      if (parent !== undefined)
        cite = /^\d+\)$/.test(label.label) ? `${parent.cite} ${label.label}` : `${parent.cite}${label.label}`;
    }
    // A heading's title: the whole rest when it is short and has no sentence punctuation (第一条服务内容),
    // else the words before a colon (2.1响应时间:...).
    let clauseTitle: string | undefined;
    let body = rest;
    if (label.kind === 'article' && isHeadingLike(rest)) {
      clauseTitle = rest === '' ? undefined : rest;
      body = '';
    } else if (label.kind === 'dotted' && label.parts!.length === 1 && isHeadingLike(rest) && rest !== '') {
      clauseTitle = rest;
      body = '';
    } else {
      const colon = /^([^,，。;；:：\d[\]【】(（]{1,20})[:：]\s*/.exec(rest);
      if (colon !== null) {
        clauseTitle = colon[1]!;
        body = rest.slice(colon[0].length);
      }
    }
    const clause: Building = { label: label.label, cite, title: clauseTitle, line: i + 1, body: [] };
    if (body !== '') clause.body.push({ text: body, line: i + 1 });
    built.push(clause);
    if (label.kind === 'article') {
      article = clause;
      dotted = undefined;
    } else if (label.kind === 'dotted') {
      if (label.parts!.length === 1) {
        article = clause;
        dotted = undefined;
      } else dotted = clause;
    }
  }

  const toSentences = (cite: string, body: Array<{ text: string; line: number }>): Sentence[] => {
    // Lines of one clause are joined (a sentence may wrap); offsets map back to lines.
    let joined = '';
    const starts: Array<{ at: number; line: number }> = [];
    for (const part of body) {
      if (joined !== '' && language === 'en') joined += ' ';
      starts.push({ at: joined.length, line: part.line });
      joined += part.text;
    }
    const pieces = splitSentences(joined, language);
    return pieces.map((piece, index) => {
      let line = starts[0]?.line ?? 0;
      for (const s of starts) if (s.at <= piece.at) line = s.line;
      return { clause: cite, index: index + 1, of: pieces.length, text: piece.text, line };
    });
  };

  const clauses: Clause[] = built.map((b) => ({
    label: b.label,
    cite: b.cite,
    title: b.title,
    line: b.line,
    sentences: toSentences(b.cite, b.body),
  }));
  const preamble: Sentence[] = preambleLines.map((p, index) => ({
    clause: 'preamble',
    index: index + 1,
    of: preambleLines.length,
    text: p.text,
    line: p.line,
  }));
  let truncatedIn: string | undefined;
  const lastClause = built.at(-1);
  if (lastClause !== undefined && lastClause.body.length > 0) {
    const lastText = lastClause.body.at(-1)!.text;
    if (!/[。.;；!?！？:：)）」"”]$/.test(lastText)) truncatedIn = lastClause.cite;
  }
  return { title, preamble, clauses, outside, truncatedIn, language };
}
