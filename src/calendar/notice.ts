/**
 * Reading the State Council's holiday notice itself (《国务院办公厅关于YYYY年部分节假日安排的通知》, or
 * a notice that amends one) into the days it announces, so that next year's calendar can be loaded
 * the day the notice is published, without waiting for a data release.
 *
 * The grammar is that of the notices 2007-2026: items `一、元旦:1月1日(周四)至3日(周六)放假调休,共3天。
 * 1月4日(周日)上班。`; ranges within a month, across months and across years; single days; 补休;
 * 与周末连休; 不调休; weekday and lunar annotations; make-up working days listed with 、; merged
 * festivals; the older regime's 为法定假日 / 照常公休 / 公休日调至 sentences; and the amending notices
 * (延长...假期至, 调整...假期安排, a one-off holiday such as 2015's victory day).
 *
 * A wrong day in a calendar moves every deadline across it, so everything the notice states about
 * itself is cross-checked: each weekday and lunar annotation against the date, 共N天 against the
 * range, 两个公休日 against the list, make-up days on weekends, 公休 days on weekends, 补休 days on
 * weekdays, 与周末连休 next to a weekend, 不调休 without working days, each festival's rest days
 * around the festival itself, rest days without a working weekday among them, make-up days near
 * their holiday, the item numbering, the festivals the preamble announces, the title's year. A
 * notice whose statements disagree is refused with issues that quote the sentence; a date that
 * cannot be one (`0月1日`) is repaired, with a warning, only when exactly one value passes every
 * check. Copies without a year in the title are read only when the checks leave exactly one year.
 */
import { ContractTermsError, HolidayNoticeError, type IssuePath } from '../errors/errors.js';
import { type MessageCode, type MessageParams, renderMessage } from '../errors/messages.js';
import { parseChineseInteger } from '../text/chinese-numerals.js';
import {
  type CivilDate,
  civilFromDay,
  type DayNumber,
  dayFromCivil,
  daysInMonth,
  formatCivilDate,
  weekdayOfDay,
  yearOfDay,
} from '../time/civil-date.js';
import { shippedNotice } from './cn-shipped.js';
import {
  type FestivalKey,
  festivalDays,
  festivalsIn,
  formatLunar,
  hasLunarCalendar,
  lunarClaims,
  matchesLunarClaim,
} from './festivals.js';
import type { HolidayCnFile, Notice } from './holiday-cn.js';
import { readHolidayCnFile } from './holiday-cn.js';
import { cleanNoticeText } from './notice-text.js';

/** One day a notice announces. */
export interface HolidayNoticeDay {
  date: CivilDate;
  /** The holiday it belongs to, as the notice writes it (`春节`, `中秋节、国庆节`). */
  name: string;
  /** `true`: a rest day; `false`: a working day (a make-up working weekend day, or the day work resumes). */
  isOffDay: boolean;
}

/** What a notice says of one festival (one item of the notice). */
export interface HolidayNoticeFestival {
  name: string;
  /** Rest days, in date order. */
  restDays: CivilDate[];
  /** Working days (make-up working weekend days, or the day work resumes), in date order. */
  workingDays: CivilDate[];
  /** The item as read (Simplified characters, half-width punctuation). */
  sentence: string;
}

/** Every code an issue of a notice can carry. */
export type NoticeIssueCode = Extract<MessageCode, `notice_${string}`>;

/**
 * A problem found in a notice: `error` (the notice is refused) or `warning` (it was read, and
 * something deserves a look). `sentence` quotes the sentence concerned, as read.
 */
export type NoticeIssue = {
  readonly [C in NoticeIssueCode]: {
    readonly severity: 'error' | 'warning';
    readonly code: C;
    readonly params: MessageParams<C>;
    /** Where: `['notices', 1]` when the notice came from a list; empty otherwise. */
    readonly path: IssuePath;
    /** The problem in English. */
    readonly message: string;
    /** The problem in Chinese. */
    readonly messageZh: string;
  };
}[NoticeIssueCode];

/** A notice, read. */
export interface HolidayNotice {
  /** The year of the notice (its title year): the year whose schedule it sets. */
  readonly year: number;
  /** `annual`: the year's schedule (replaces any earlier one); `amendment`: changes to it. */
  readonly kind: 'annual' | 'amendment';
  /** The title as read, or `null` when the copy has none. */
  readonly title: string | null;
  /** The date the notice is signed (`国务院办公厅 2025年11月4日`), or `null` when the copy has none. */
  readonly published: CivilDate | null;
  /** What each item says, in the notice's order. */
  readonly festivals: readonly HolidayNoticeFestival[];
  /** Every day the notice itself announces, in date order. */
  readonly days: readonly HolidayNoticeDay[];
  /** What deserves a look although the notice could be read. */
  readonly warnings: readonly NoticeIssue[];
  /**
   * The year's whole schedule as a holiday-cn file, for `chinaCalendar({ extraYears })`: an annual
   * notice's days, or an amendment applied to the schedule it amends.
   *
   * @example
   * parseHolidayNotice(text2026).toJSON().days[0]
   * //=> { name: '元旦', date: '2026-01-01', isOffDay: true }
   */
  toJSON(): { year: number; papers: string[]; days: HolidayNoticeDay[] };
}

/** Options of {@link parseHolidayNotice}. */
export interface ParseHolidayNoticeOptions {
  /** The year the notice is for; checked against the title, and needed when the copy has no year. */
  year?: number;
  /**
   * The schedule an amending notice changes (holiday-cn file, object or JSON text). Default: the
   * shipped schedule of that year, when there is one.
   */
  amends?: HolidayCnFile | string;
  /** Where the notice was published, recorded as the file's `papers`. */
  papers?: readonly string[];
}

/** The result of {@link safeParseHolidayNotice}. */
export type SafeParseHolidayNoticeResult =
  | { ok: true; notice: HolidayNotice }
  | { ok: false; issues: NoticeIssue[] };

// ---- issues ----

type Problem = { severity: 'error' | 'warning'; code: NoticeIssueCode; params: unknown };

function problem<C extends NoticeIssueCode>(
  severity: 'error' | 'warning',
  code: C,
  params: MessageParams<C>,
): Problem {
  return { severity, code, params };
}

function toIssue(p: Problem, path: IssuePath): NoticeIssue {
  return {
    severity: p.severity,
    code: p.code,
    params: p.params,
    path,
    message: renderMessage(p.code, p.params as never, 'en'),
    messageZh: renderMessage(p.code, p.params as never, 'zh'),
  } as NoticeIssue;
}

const errorsOf = (list: readonly Problem[]) => list.filter((p) => p.severity === 'error');

// ---- the document: title, items, sentences ----

const NUMERALS = '一二三四五六七八九十';
// Item numbers as the notices write them: 一、 二、 ... 十五、.
const ITEM_NUMBERS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
];

interface Item {
  /** 1-based item number (0 for a rule sentence outside items). */
  number: number;
  /** The festival named before the colon, or `null`. */
  name: string | null;
  /** The text after the name (or the whole item). */
  body: string;
  /** The whole item as read, for quoting. */
  text: string;
}

interface Doc {
  title: string | null;
  titleYear: number | undefined;
  /** The subject of an amending title: the festival it adjusts or extends, or the occasion. */
  titleFestival: string | undefined;
  titleKind: 'annual' | 'adjust' | 'extend' | 'other' | undefined;
  signature: { year: number; month: number; day: number } | undefined;
  /** Festivals the preamble announces (`现将2026年元旦、春节...放假调休日期的具体安排通知如下`). */
  announced: string[];
  items: Item[];
  /** Rule sentences found outside items (a notice without numbered items). */
  loose: Item[];
  missingNumbers: number[];
  strays: number;
  pinyin: number;
}

function findItems(text: string, lineStarts: ReadonlySet<number>): { items: Item[]; missing: number[] } {
  // Markers 一、 二、 ... in sequence, at the start of a line or after the end of a sentence, and
  // never inside brackets (农历腊月二十八、周日).
  const starts: Array<{ at: number; bodyAt: number; number: number }> = [];
  let depth = 0;
  let expected = 1;
  const missing: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    // Brackets never span sentences: an unclosed one (a copy cut apart) ends at the sentence's end.
    if (c === '(') depth++;
    else if (c === ')' || c === '。') depth = c === '。' ? 0 : Math.max(0, depth - 1);
    if (depth > 0 || !NUMERALS.includes(c)) continue;
    const before = i === 0 ? '' : text[i - 1]!;
    if (!(i === 0 || lineStarts.has(i) || /[。;:!?]/.test(before))) continue;
    const m = /^([一二三四五六七八九十]{1,3})、/.exec(text.slice(i, i + 4));
    if (m === null) continue;
    const number = ITEM_NUMBERS.indexOf(m[1]!) + 1;
    if (number < expected) continue;
    // A later number than expected is taken (and the gap reported) only at the start of a line or a
    // sentence that then names a festival or a date: otherwise it is text.
    if (number > expected) {
      const rest = text.slice(i + m[0].length, i + m[0].length + 30);
      if (!/^[^。]{1,20}:|^\d/.test(rest)) continue;
      for (let n = expected; n < number; n++) missing.push(n);
    }
    starts.push({ at: i, bodyAt: i + m[0].length, number });
    expected = number + 1;
    i += m[0].length - 1;
  }
  const items: Item[] = starts.map((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]!.at : text.length;
    let raw = text.slice(s.bodyAt, end);
    if (k + 1 === starts.length) raw = cutAfterRules(raw);
    // The festival is named before the last colon ahead of the first number: a stray colon glued
    // into the name (清明:节:4月5日) does not cut it short.
    const firstDigit = raw.search(/\d/);
    const head = firstDigit < 0 ? raw : raw.slice(0, firstDigit);
    const colon = head.lastIndexOf(':');
    const written =
      colon < 0 || colon > 40 || /[。,;()]/.test(head.slice(0, colon)) ? null : head.slice(0, colon);
    // A festival's name is Chinese (and the quotes of “五一”): anything else is a stray character.
    const name = written === null ? null : written.replace(/[^\u3400-\u9fff“”、]/g, '') || null;
    return {
      number: s.number,
      name,
      body: written === null ? raw : raw.slice(colon + 1),
      text: raw,
    };
  });
  return { items, missing };
}

/**
 * The last item ends at its first sentence that neither gives a date nor says anything of rest or
 * work (the closing paragraphs follow).
 */
function cutAfterRules(text: string): string {
  const sentences = splitSentences(text);
  let out = '';
  for (const s of sentences) {
    if (!hasDate(s) && !/放假|调休|补休|上班|公休|连休|共\d+天/.test(s)) break;
    out += s;
  }
  return out;
}

const DATE_PATTERN = /(?:(\d+)年)?(?:(\d+)月)?(\d+)日/;
// Annotations (星期六, 农历腊月二十八) never hold digits: brackets around a date are not an annotation,
// and a date a damaged copy left between two brackets (周日、10月10日(周六) is still read as a date.
const ANNOTATION = /\(([^()\d]*)\)/g;
const hasDate = (s: string) => DATE_PATTERN.test(s.replace(ANNOTATION, ''));

/**
 * Sentences, each with its final 。 or ;. Annotations never hold either, so a bracket left open by
 * a damaged copy cannot swallow the sentences after it.
 */
function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '。' || c === ';') {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out.filter((s) => s.replace(/[。;]/g, '') !== '');
}

function readDoc(raw: string): Doc {
  const cleaned = cleanNoticeText(raw);
  let text = cleaned.text;
  // Titles of laws (《全国年节及纪念日放假办法》) hold words like 放假 and are never rules.
  text = text.replace(/《[^《》]*(?:〈[^〈〉]*〉[^《》]*)*》/g, '《》');
  const titleMatch = /(?:国务院(?:办公厅)?)?关于(.{1,80}?)的?通知/.exec(text);
  const title = titleMatch === null ? null : titleMatch[0];
  const subject = titleMatch?.[1] ?? '';
  const titleYearMatch = /(\d{4})年/.exec(subject);
  let titleKind: Doc['titleKind'];
  let titleFestival: string | undefined;
  if (titleMatch !== null) {
    if (/部分节假日安排|节假日安排/.test(subject) && !/调整|延长/.test(subject)) titleKind = 'annual';
    else if (/调整/.test(subject)) titleKind = 'adjust';
    else if (/延长/.test(subject)) titleKind = 'extend';
    else titleKind = 'other';
    const festival =
      /(?:调整|延长)\d{4}年(.+?)(?:假期|放假)/.exec(subject) ??
      /(?:中国人民)?(.+?纪念日)(?:调休)?放假/.exec(subject);
    if (festival !== null && titleKind !== 'annual') titleFestival = festival[1]!.replace(/^中国人民/, '');
  }
  // The signature at the end: 国务院办公厅 2016年12月1日 (the notice's own date, never a rule).
  let signature: Doc['signature'];
  const sig = [...text.matchAll(/国务院(?:办公厅)?(\d{4})年(\d{1,2})月(\d{1,2})日/g)].pop();
  if (sig !== undefined && sig.index > text.length / 2) {
    signature = { year: Number(sig[1]), month: Number(sig[2]), day: Number(sig[3]) };
    text = text.slice(0, sig.index);
  }
  const body =
    titleMatch === null
      ? text
      : text.slice(0, titleMatch.index) + text.slice(titleMatch.index + titleMatch[0].length);
  const lineStarts = new Set<number>();
  const shift = titleMatch === null ? 0 : titleMatch[0].length;
  for (const at of cleaned.lineStarts) {
    if (titleMatch === null || at < titleMatch.index) lineStarts.add(at);
    else if (at >= titleMatch.index + shift) lineStarts.add(at - shift);
  }
  const { items, missing } = findItems(body, lineStarts);
  const announcedMatch = /现将\d{0,4}年?(.{2,60}?)(?:放假调休|放假|假期)/.exec(body);
  const announced =
    announcedMatch === null
      ? []
      : announcedMatch[1]!
          .split(/、|和|及/)
          .map((s) => s.trim())
          .filter((s) => festivalsIn(s).length > 0 && s.length <= 8);
  // Without numbered items (the 2015 victory-day notice), the rule sentences are in the text itself.
  const loose: Item[] = [];
  if (items.length === 0) {
    for (const sentence of splitSentences(body)) {
      if (hasDate(sentence)) loose.push({ number: 0, name: null, body: sentence, text: sentence });
    }
  }
  return {
    title,
    titleYear: titleYearMatch === null ? undefined : Number(titleYearMatch[1]),
    titleFestival,
    titleKind,
    signature,
    announced,
    items,
    loose,
    missingNumbers: missing,
    strays: cleaned.strays,
    pinyin: cleaned.pinyin,
  };
}

// ---- dates ----

interface DateToken {
  /** As written, with its annotation. */
  raw: string;
  year: number | undefined;
  month: number | undefined;
  day: number;
  annotation: string | undefined;
  /** The year was written with other than four digits (a garbled year). */
  badYear: boolean;
}

/** An override of one token's month or day while looking for the one reading that fits. */
interface Fix {
  token: number;
  field: 'month' | 'day';
  value: number;
}

interface ResolveContext {
  year: number;
  festival: FestivalKey[];
  prev: { year: number; month: number } | undefined;
  /** Days read so far in the item, to place a December date without a year. */
  seen: DayNumber[];
}

type Unresolved = 'month' | 'day' | 'year' | 'context';
type Resolved = { ok: true; day: DayNumber } | { ok: false; field: Unresolved };

function resolveToken(
  token: DateToken,
  ctx: ResolveContext,
  fix: Fix | undefined,
  index: number,
  rangeEnd?: DateToken,
): Resolved {
  let month = token.month;
  let day = token.day;
  if (fix !== undefined && fix.token === index) {
    if (fix.field === 'month') month = fix.value;
    else day = fix.value;
  }
  if (token.badYear) return { ok: false, field: 'year' };
  let year: number;
  if (month === undefined) {
    if (ctx.prev === undefined) return { ok: false, field: 'context' };
    month = ctx.prev.month;
    year = token.year ?? ctx.prev.year;
  } else if (token.year !== undefined) {
    year = token.year;
  } else if (month === 12) {
    // December without a year belongs to the year before when the item is about the turn of the
    // year: 元旦, or days already read in January, or a range that ends in January.
    const early = dayFromCivil(ctx.year, 2, 1);
    const turn =
      ctx.festival.includes('new-year') ||
      (ctx.seen.length > 0 && ctx.seen.every((d) => d < early)) ||
      (rangeEnd?.month !== undefined && rangeEnd.month <= 2 && rangeEnd.year === undefined);
    year = turn ? ctx.year - 1 : ctx.year;
  } else {
    year = ctx.prev !== undefined && ctx.prev.month === 12 && month <= 2 ? ctx.prev.year + 1 : ctx.year;
  }
  if (month < 1 || month > 12) return { ok: false, field: 'month' };
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, field: 'day' };
  return { ok: true, day: dayFromCivil(year, month, day) };
}

const WEEKDAY_ZH: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  日: 7,
  天: 7,
};

/** The weekday an annotation states (`周日`, `星期六`), if any. */
function statedWeekday(annotation: string | undefined): { weekday: number; text: string } | undefined {
  if (annotation === undefined) return undefined;
  const m = /(?:星期|周)([一二三四五六日天])/.exec(annotation.replace(/周年/g, ''));
  return m === null ? undefined : { weekday: WEEKDAY_ZH[m[1]!]!, text: m[0] };
}

// ---- one item, for one year ----

type Role = 'rest' | 'statutory' | 'public-rest' | 'compensatory' | 'makeup' | 'resume' | 'moved-from';

interface ItemReading {
  name: string;
  festival: FestivalKey[];
  text: string;
  rest: Map<DayNumber, Role>;
  work: Map<DayNumber, Role>;
  movedFrom: Set<DayNumber>;
  extension: { end: DayNumber; festival: string | undefined; sentence: string } | undefined;
  /** The sentence that says 不调休, if one does. */
  noAdjustment: string | undefined;
  problems: Problem[];
}

const RANGE = /^(?:至|到|—|–|-|~|〜|―)+$/;
const LIST = /^(?:、|和|及|,)$/;

interface Group {
  tokens: number[];
  days: DayNumber[];
  /** Whether the group is a range (a 至 b). */
  range: boolean;
}

/** Reads one item (or a rule sentence) for a year, with an optional fix of one token. */
function readItem(
  item: Item,
  name: string,
  year: number,
  kind: 'annual' | 'amendment',
  fix?: Fix,
): ItemReading & { tokens: DateToken[]; bad: Array<{ index: number; field: Unresolved }> } {
  const festival = festivalsIn(name);
  const reading: ItemReading = {
    name,
    festival,
    text: item.text,
    rest: new Map(),
    work: new Map(),
    movedFrom: new Set(),
    extension: undefined,
    noAdjustment: undefined,
    problems: [],
  };
  const tokens: DateToken[] = [];
  const bad: Array<{ index: number; field: Unresolved }> = [];
  const ctx: ResolveContext = { year, festival, prev: undefined, seen: [] };
  const sentences = splitSentences(item.body);
  for (const sentence of sentences) {
    const quote = sentence.replace(/[。;]$/, '');
    // Annotations out of the way: they may hold 、 and , of their own.
    const annotations: string[] = [];
    const flat = sentence.replace(ANNOTATION, (_, inner: string) => {
      annotations.push(inner);
      return `\uE000${annotations.length - 1}\uE001`;
    });
    const clauses = flat.replace(/[。;]$/, '').split(/[,:]/);
    const sentenceRest: DayNumber[] = [];
    let countGroup: Group | undefined;
    const advisory = /^(?:鼓励|提倡|建议)|安排职工/.test(sentence);
    if (advisory && DATE_PATTERN.test(sentence)) {
      reading.problems.push(problem('warning', 'notice_advisory', { sentence: quote }));
      continue;
    }
    for (const clause of clauses) {
      const parts = clause.includes('调至') ? clause.split('调至') : [clause];
      const groupsOf = (text: string): { groups: Group[]; words: string } => {
        const groups: Group[] = [];
        let words = '';
        let last = 0;
        let current: Group | undefined;
        let pendingRange = false;
        const re = /(?:(\d+)年)?(?:(\d+)月)?(\d+)日(?:\uE000(\d+)\uE001)?/g;
        for (const m of text.matchAll(re)) {
          const between = text.slice(last, m.index).replace(/\uE000\d+\uE001/g, '');
          last = m.index + m[0].length;
          const token: DateToken = {
            raw: m[0].replace(/\uE000(\d+)\uE001/, (_, i: string) => `(${annotations[Number(i)]})`),
            year: m[1] === undefined ? undefined : Number(m[1]),
            month: m[2] === undefined ? undefined : Number(m[2]),
            day: Number(m[3]),
            annotation: m[4] === undefined ? undefined : annotations[Number(m[4])],
            badYear: m[1] !== undefined && m[1].length !== 4,
          };
          const index = tokens.length;
          tokens.push(token);
          // A number right after 星期 or 周 is a weekday gone wrong (星期7日), never a date.
          if (/(?:星期|周)$/.test(text.slice(0, m.index))) {
            reading.problems.push(problem('error', 'notice_unreadable', { sentence: quote }));
            continue;
          }
          if (current !== undefined && RANGE.test(between)) pendingRange = true;
          else if (current !== undefined && LIST.test(between)) pendingRange = false;
          else {
            words += between;
            current = undefined;
            pendingRange = false;
          }
          const next = pendingRange ? undefined : findRangeEnd(text, last);
          const resolved = resolveToken(token, ctx, fix, index, next);
          if (!resolved.ok) {
            bad.push({ index, field: resolved.field });
            continue;
          }
          ctx.prev = { year: yearOfDay(resolved.day), month: civilFromDay(resolved.day).month };
          ctx.seen.push(resolved.day);
          checkAnnotation(token, resolved.day, quote, reading.problems);
          if (current === undefined) {
            current = { tokens: [index], days: [resolved.day], range: false };
            groups.push(current);
          } else if (pendingRange) {
            const from = current.days[current.days.length - 1]!;
            const to = resolved.day;
            if (to < from) {
              reading.problems.push(
                problem('error', 'notice_date_order', {
                  from: formatCivilDate(from),
                  to: formatCivilDate(to),
                  sentence: quote,
                }),
              );
            } else if (to - from > 31) {
              reading.problems.push(
                problem('error', 'notice_range_too_long', {
                  from: formatCivilDate(from),
                  to: formatCivilDate(to),
                  days: to - from + 1,
                  sentence: quote,
                }),
              );
            } else {
              for (let d = from + 1; d <= to; d++) current.days.push(d);
            }
            current.tokens.push(index);
            current.range = true;
            pendingRange = false;
          } else {
            current.tokens.push(index);
            current.days.push(resolved.day);
          }
        }
        words += text.slice(last).replace(/\uE000\d+\uE001/g, '');
        return { groups, words };
      };

      const left = groupsOf(parts[0]!);
      const right = parts.length > 1 ? groupsOf(parts.slice(1).join('调至')) : undefined;
      const leftDays = left.groups.flatMap((g) => g.days);
      const words = left.words + (right?.words ?? '');
      // A number that is neither a date nor a count (6月日, 28(星期日): a date cut apart) is never
      // skipped: the day it stood for would be missing without a word.
      // A ? is what cleaning left where digits could not be told apart from a stray string's.
      if (/[\d?]/.test(words.replace(/\d+(?:周年|天|个|年|号)/g, ''))) {
        reading.problems.push(problem('error', 'notice_unreadable', { sentence: quote }));
        continue;
      }

      // Counts stated in the clause: 共3天, 放假1天, 两个公休日.
      const count = /(?:共|放假|调休|休假)(\d+|[一二两三四五六七八九十]+)天/.exec(words);
      const listCount = /([两二三四五六七八九十])个公休日/.exec(words);
      if (right !== undefined) {
        // 将 12月29日(星期六)、30日(星期日)两个公休日(分别)调至 12月31日、1月2日: the weekend rest moves.
        const rightDays = right.groups.flatMap((g) => g.days);
        if (listCount !== null) {
          const stated = parseChineseInteger(listCount[1]!, { bareLiang: true })!;
          if (stated !== leftDays.length)
            reading.problems.push(
              problem('error', 'notice_list_count', { stated, counted: leftDays.length, sentence: quote }),
            );
        }
        for (const d of leftDays) {
          if (weekdayOfDay(d) < 6)
            reading.problems.push(
              problem('error', 'notice_public_rest_weekday', {
                date: formatCivilDate(d),
                weekday: weekdayOfDay(d),
                sentence: quote,
              }),
            );
          reading.movedFrom.add(d);
        }
        for (const d of rightDays) addRest(reading, d, 'rest');
        sentenceRest.push(...rightDays);
        continue;
      }
      if (leftDays.length === 0) {
        if (count !== null && countGroup !== undefined) checkCount(count[1]!, countGroup, quote, reading);
        if (/与周末连休/.test(words)) checkAdjoins(sentenceRest, reading, quote);
        continue;
      }
      const extension = /延长(?:\d{4}年)?(.*?)假期至|(.+?)假期延长至/.exec(words);
      if (extension !== null) {
        const festivalName = extension[1] ?? extension[2];
        reading.extension = {
          end: leftDays[leftDays.length - 1]!,
          festival: festivalName === '' ? undefined : festivalName,
          sentence: quote,
        };
        continue;
      }
      if (/起(?:正常)?(?:上班|工作)|恢复(?:上班|工作)/.test(words)) {
        for (const d of leftDays) reading.work.set(d, 'resume');
        continue;
      }
      if (/上班|补班/.test(words)) {
        for (const d of leftDays) {
          if (weekdayOfDay(d) < 6 && kind === 'annual')
            reading.problems.push(
              problem('error', 'notice_makeup_weekday', {
                date: formatCivilDate(d),
                weekday: weekdayOfDay(d),
                sentence: quote,
              }),
            );
          reading.work.set(d, 'makeup');
        }
        continue;
      }
      let role: Role | undefined;
      if (/为法定(?:节)?假日|为(?:法定)?节假日/.test(words)) role = 'statutory';
      else if (/公休/.test(words)) role = 'public-rest';
      else if (/补休/.test(words)) role = 'compensatory';
      else if (/放假|调休|休假/.test(words)) role = 'rest';
      if (role === undefined) {
        if (/电$/.test(words) || /^新华社/.test(words)) continue; // a news agency's dateline
        reading.problems.push(problem('error', 'notice_unreadable', { sentence: quote }));
        continue;
      }
      for (const d of leftDays) {
        if (role === 'public-rest' && weekdayOfDay(d) < 6)
          reading.problems.push(
            problem('error', 'notice_public_rest_weekday', {
              date: formatCivilDate(d),
              weekday: weekdayOfDay(d),
              sentence: quote,
            }),
          );
        if (role === 'compensatory' && weekdayOfDay(d) >= 6)
          reading.problems.push(
            problem('error', 'notice_compensatory_weekend', { date: formatCivilDate(d), sentence: quote }),
          );
        addRest(reading, d, role);
      }
      sentenceRest.push(...leftDays);
      if (role === 'rest' && countGroup === undefined) countGroup = left.groups[0];
      if (count !== null) checkCount(count[1]!, { tokens: [], days: leftDays, range: false }, quote, reading);
      if (/与周末连休/.test(words)) checkAdjoins(leftDays, reading, quote);
    }
    if (/不调休/.test(sentence)) reading.noAdjustment = quote;
  }
  return Object.assign(reading, { tokens, bad });
}

/** The token that ends a range starting at `at` (`至3日`), to place a December start. */
function findRangeEnd(text: string, at: number): DateToken | undefined {
  const m = /^(?:\uE000\d+\uE001)?(?:至|到|—|–|-|~|〜|―)+(?:(\d+)年)?(?:(\d+)月)?(\d+)日/.exec(
    text.slice(at),
  );
  if (m === null) return undefined;
  return {
    raw: m[0],
    year: m[1] === undefined ? undefined : Number(m[1]),
    month: m[2] === undefined ? undefined : Number(m[2]),
    day: Number(m[3]),
    annotation: undefined,
    badYear: false,
  };
}

function addRest(reading: ItemReading, day: DayNumber, role: Role): void {
  if (!reading.rest.has(day) || role === 'compensatory') reading.rest.set(day, role);
}

function checkCount(stated: string, group: Group, quote: string, reading: ItemReading): void {
  const n = /^\d+$/.test(stated) ? Number(stated) : parseChineseInteger(stated, { bareLiang: true });
  if (n === undefined) return;
  const counted = new Set(group.days).size;
  if (n !== counted)
    reading.problems.push(problem('error', 'notice_count', { stated: n, counted, sentence: quote }));
}

function checkAdjoins(days: DayNumber[], reading: ItemReading, quote: string): void {
  if (days.length === 0) return;
  const first = Math.min(...days);
  const last = Math.max(...days);
  const weekend = (d: DayNumber) => weekdayOfDay(d) >= 6;
  if (!weekend(first - 1) && !weekend(last + 1))
    reading.problems.push(
      problem('error', 'notice_not_adjoining', { date: formatCivilDate(first), sentence: quote }),
    );
}

function checkAnnotation(token: DateToken, day: DayNumber, quote: string, problems: Problem[]): void {
  const stated = statedWeekday(token.annotation);
  const date = formatCivilDate(day);
  if (stated !== undefined && stated.weekday !== weekdayOfDay(day)) {
    problems.push(
      problem('error', 'notice_weekday', {
        date,
        weekday: weekdayOfDay(day),
        stated: stated.text,
        sentence: quote,
      }),
    );
  }
  if (token.annotation === undefined) return;
  const claims = lunarClaims(token.annotation);
  // A range annotation (农历除夕至正月初六) is checked where the range is read; a day's own claim here.
  if (claims.length !== 1) return;
  const claim = claims[0]!;
  const ok = matchesLunarClaim(day, claim);
  if (ok === false)
    problems.push(
      problem('error', 'notice_lunar', {
        date,
        stated: claim.text,
        actual: formatLunar(day),
        sentence: quote,
      }),
    );
}

// ---- checks over an item and the whole notice ----

/** How far (in days) a make-up working day may be from its holiday; 2007-2026 never exceeded 11. */
const MAKEUP_DISTANCE = 21;

function checkItem(
  r: ItemReading & { tokens: DateToken[] },
  year: number,
  kind: 'annual' | 'amendment',
): void {
  const quote = r.text.replace(/[。;]$/, '');
  // Range annotations with two lunar dates: the first and last rest day of the range.
  for (const token of r.tokens) {
    const claims = token.annotation === undefined ? [] : lunarClaims(token.annotation);
    if (claims.length === 2 && r.rest.size > 0) {
      const restDays = [...r.rest.keys()].sort((a, b) => a - b);
      const ends = [restDays[0]!, restDays[restDays.length - 1]!];
      claims.forEach((claim, i) => {
        if (matchesLunarClaim(ends[i]!, claim) === false)
          r.problems.push(
            problem('error', 'notice_lunar', {
              date: formatCivilDate(ends[i]!),
              stated: claim.text,
              actual: formatLunar(ends[i]!),
              sentence: quote,
            }),
          );
      });
    }
  }
  // A day both rest and work.
  for (const d of r.work.keys()) {
    if (r.rest.has(d))
      r.problems.push(
        problem('error', 'notice_rest_and_work', { date: formatCivilDate(d), sentence: quote }),
      );
  }
  if (r.noAdjustment !== undefined && r.work.size + [...r.movedFrom].filter((d) => !r.rest.has(d)).length > 0)
    r.problems.push(problem('error', 'notice_adjusted', { festival: r.name, sentence: r.noAdjustment }));
  // Moved weekend rest that is not a rest day itself becomes a working day.
  for (const d of r.movedFrom) if (!r.rest.has(d) && !r.work.has(d)) r.work.set(d, 'moved-from');
  if (r.extension !== undefined) return;
  const rest = [...r.rest.keys()].sort((a, b) => a - b);
  if (rest.length === 0) {
    if (r.work.size > 0) r.problems.push(problem('error', 'notice_unreadable', { sentence: quote }));
    return;
  }
  // The festival itself among its rest days.
  if (kind === 'annual' || r.festival.length > 0) {
    for (const key of r.festival) {
      const days = festivalDays(key, year);
      if (days === undefined) continue;
      if (!days.some((d) => r.rest.has(d)))
        r.problems.push(
          problem('error', 'notice_festival_day', {
            festival: r.name,
            expected: days.map(formatCivilDate).join(' / '),
            sentence: quote,
          }),
        );
    }
  }
  // No working weekday among the rest days.
  for (let d = rest[0]!; d <= rest[rest.length - 1]!; d++) {
    if (r.rest.has(d)) continue;
    if (weekdayOfDay(d) < 6 || r.work.has(d)) {
      r.problems.push(
        problem('error', 'notice_gap', { festival: r.name, date: formatCivilDate(d), sentence: quote }),
      );
      break;
    }
  }
  // Make-up days near their holiday.
  for (const d of r.work.keys()) {
    if (r.work.get(d) === 'resume') continue;
    const distance = Math.min(...rest.map((x) => Math.abs(x - d)));
    if (distance > MAKEUP_DISTANCE)
      r.problems.push(
        problem('error', 'notice_makeup_far', {
          date: formatCivilDate(d),
          festival: r.name,
          days: distance,
          sentence: quote,
        }),
      );
  }
  // 补休 is given for a holiday on a weekend.
  if ([...r.rest.values()].includes('compensatory')) {
    const weekendHoliday = rest.some((d) => r.rest.get(d) !== 'compensatory' && weekdayOfDay(d) >= 6);
    if (!weekendHoliday)
      r.problems.push(
        problem('error', 'notice_compensatory_weekend', {
          date: formatCivilDate(rest.find((d) => r.rest.get(d) === 'compensatory')!),
          sentence: quote,
        }),
      );
  }
  // Dates in the notice's year, or in December before it.
  for (const d of [...rest, ...r.work.keys()]) {
    const y = yearOfDay(d);
    const ok = y === year || (y === year - 1 && civilFromDay(d).month === 12);
    if (!ok)
      r.problems.push(
        problem('error', 'notice_outside_year', { date: formatCivilDate(d), year, sentence: quote }),
      );
  }
}

/** Weekday rest days minus working weekend days of an annual notice, by the rules in force. */
function statutoryDays(year: number): number {
  // 全国年节及纪念日放假办法: 10 days in 2007, 11 from the 2007 revision (2008), 13 from the 2024 one.
  return year <= 2007 ? 10 : year <= 2024 ? 11 : 13;
}

interface YearReading {
  year: number;
  items: Array<ItemReading & { tokens: DateToken[] }>;
  /** The days the notice announces. */
  days: Map<DayNumber, { name: string; off: boolean }>;
  problems: Problem[];
}

/** Reads one item, repairing a date that cannot be one when exactly one value fits every check. */
function readChecked(
  item: Item,
  name: string,
  year: number,
  kind: 'annual' | 'amendment',
): ItemReading & { tokens: DateToken[] } {
  const first = readItem(item, name, year, kind);
  const quote = item.text.replace(/[。;]$/, '');
  if (first.bad.length === 0) {
    checkItem(first, year, kind);
    return first;
  }
  // One date that cannot be one (a month or day out of range); the dates after it that had no month
  // of their own only lacked the month it should have given.
  const roots = first.bad.filter((b) => b.field === 'month' || b.field === 'day');
  const onlyRoot = roots.length === 1 && first.bad.every((b) => b === roots[0] || b.field === 'context');
  if (onlyRoot) {
    const root = roots[0]!;
    const field = root.field as 'month' | 'day';
    const badToken = first.tokens[root.index]!;
    const fits: Array<ItemReading & { tokens: DateToken[] }> = [];
    let fitValue = 0;
    for (let value = 1; value <= (field === 'month' ? 12 : 31); value++) {
      const candidate = readItem(item, name, year, kind, { token: root.index, field, value });
      if (candidate.bad.length > 0) continue;
      checkItem(candidate, year, kind);
      if (errorsOf(candidate.problems).length === 0) {
        fits.push(candidate);
        fitValue = value;
      }
    }
    if (fits.length === 1) {
      const fixed = fits[0]!;
      const read = badToken.raw.replace(
        field === 'month' ? /(\d+)月/ : /(\d+)日/,
        `${fitValue}${field === 'month' ? '月' : '日'}`,
      );
      fixed.problems.push(
        problem('warning', 'notice_repaired', { text: badToken.raw, read, sentence: quote }),
      );
      return fixed;
    }
    first.problems.push(
      problem('error', 'notice_bad_date', { text: badToken.raw, readings: fits.length, sentence: quote }),
    );
    return first;
  }
  for (const { index, field } of first.bad) {
    const token = first.tokens[index]!;
    if (field === 'context')
      first.problems.push(problem('error', 'notice_no_month', { text: token.raw, sentence: quote }));
    else
      first.problems.push(
        problem('error', 'notice_bad_date', { text: token.raw, readings: 0, sentence: quote }),
      );
  }
  return first;
}

function readYear(
  doc: Doc,
  year: number,
  kind: 'annual' | 'amendment',
  base: Notice | undefined,
): YearReading {
  const problems: Problem[] = [];
  const items: YearReading['items'] = [];
  const units = doc.items.length > 0 ? doc.items : doc.loose;
  for (const item of units) {
    if (!hasDate(item.body)) {
      // Items about other things (推迟开学, 值班) have no date; a festival's item, or one with numbers
      // that make no date (5月(?日), lost its days to a damaged copy and is never skipped.
      const numbers = /[\d?]/.test(item.body.replace(/\d+(?:周年|天|个|年|号)/g, ''));
      if (item.name !== null || numbers)
        problems.push(problem('error', 'notice_unreadable', { sentence: item.text.replace(/[。;]$/, '') }));
      continue;
    }
    if (kind === 'annual' && item.name === null) {
      problems.push(problem('error', 'notice_unreadable', { sentence: item.text.replace(/[。;]$/, '') }));
      continue;
    }
    const name = item.name ?? doc.titleFestival ?? extensionFestival(item.body) ?? '调休';
    const reading = readChecked(item, name, year, kind);
    items.push(reading);
    problems.push(...reading.problems);
  }
  const days = new Map<DayNumber, { name: string; off: boolean }>();
  const add = (day: DayNumber, name: string, off: boolean, sentence: string) => {
    const earlier = days.get(day);
    if (earlier !== undefined && (earlier.name !== name || earlier.off !== off)) {
      problems.push(
        problem('error', 'notice_two_festivals', {
          date: formatCivilDate(day),
          first: earlier.name,
          second: name,
          sentence,
        }),
      );
      return;
    }
    days.set(day, { name, off });
  };
  for (const r of items) {
    const quote = r.text.replace(/[。;]$/, '');
    if (r.extension !== undefined) {
      extend(r, base, year, add, problems);
      continue;
    }
    for (const d of r.rest.keys()) add(d, r.name, true, quote);
    for (const d of r.work.keys()) if (!r.rest.has(d)) add(d, r.name, false, quote);
  }
  if (!hasLunarCalendar()) problems.push(problem('warning', 'notice_lunar_unchecked', {}));
  if (kind === 'annual') {
    if (items.length === 0) problems.push(problem('error', 'notice_no_rules', {}));
    for (const n of doc.missingNumbers)
      problems.push(problem('error', 'notice_item_missing', { number: ITEM_NUMBERS[n - 1] ?? String(n) }));
    const covered = new Set(items.filter((r) => r.rest.size > 0).flatMap((r) => r.festival));
    for (const name of doc.announced) {
      if (festivalsIn(name).some((key) => !covered.has(key)))
        problems.push(problem('error', 'notice_festival_missing', { festival: name }));
    }
    // Only a whole notice (one that lists its festivals in the preamble) can be counted.
    if (errorsOf(problems).length === 0 && doc.announced.length > 0) {
      let counted = 0;
      for (const [day, info] of days) {
        const weekend = weekdayOfDay(day) >= 6;
        if (info.off && !weekend) counted++;
        if (!info.off && weekend) counted--;
      }
      const expected = statutoryDays(year);
      if (counted !== expected)
        problems.push(problem('warning', 'notice_statutory', { year, counted, expected }));
    }
  } else if (items.length === 0) {
    problems.push(problem('error', 'notice_no_rules', {}));
  }
  return { year, items, days, problems };
}

/** The festival an extension names (`延长2020年春节假期至2月2日`). */
function extensionFestival(body: string): string | undefined {
  const m = /延长(?:\d{4}年)?(.+?)假期至/.exec(body);
  return m === null ? undefined : m[1];
}

/**
 * An extension (`延长2020年春节假期至2月2日,2月3日起正常上班`): every day from the end of the
 * festival's rest days in the schedule it amends to the new end is a rest day (a make-up working
 * day among them too), and the day work resumes is listed as a working day.
 */
function extend(
  r: ItemReading,
  base: Notice | undefined,
  year: number,
  add: (day: DayNumber, name: string, off: boolean, sentence: string) => void,
  problems: Problem[],
): void {
  const ext = r.extension!;
  const festival = ext.festival ?? r.name;
  const keys = festivalsIn(festival);
  const ofFestival = (base?.days ?? []).filter((d) =>
    keys.length > 0 ? festivalsIn(d.name).some((k) => keys.includes(k)) : d.name === festival,
  );
  const restDays = ofFestival.filter((d) => d.off).map((d) => d.day);
  if (base === undefined) {
    problems.push(problem('error', 'notice_amends_unknown', { year }));
    return;
  }
  // The schedule may already hold the extension (the shipped 2020 data does): then only the days
  // the notice names are its own.
  const already = ofFestival.some((d) => d.off && d.day === ext.end) && ext.end === Math.max(...restDays);
  if (
    restDays.length === 0 ||
    (!already && ext.end <= Math.max(...restDays)) ||
    ext.end - Math.max(...restDays) > 31
  ) {
    problems.push(
      problem('error', 'notice_extension', {
        festival,
        date: formatCivilDate(ext.end),
        sentence: ext.sentence,
      }),
    );
    return;
  }
  const name = ofFestival[0]!.name;
  if (already) add(ext.end, name, true, ext.sentence);
  for (let d = Math.max(...restDays) + 1; d <= ext.end; d++) add(d, name, true, ext.sentence);
  for (const [d, role] of r.work) {
    if (role === 'resume' && d !== ext.end + 1)
      problems.push(
        problem('error', 'notice_resume_day', {
          date: formatCivilDate(d),
          expected: formatCivilDate(ext.end + 1),
          sentence: ext.sentence,
        }),
      );
    add(d, name, false, ext.sentence);
  }
}

/** Where an amending notice finds the schedule it changes (chinaCalendar: the notices read before it). */
type BaseOf = (year: number) => Notice | undefined;

function readBase(options: ParseHolidayNoticeOptions, year: number, baseOf: BaseOf): Notice | Problem {
  if (options.amends === undefined) {
    const earlier = baseOf(year);
    if (earlier !== undefined) return earlier;
  }
  if (options.amends !== undefined) {
    try {
      const base = readHolidayCnFile(options.amends, 'amends');
      if (base.year !== year) return problem('error', 'notice_amends_year', { year, given: base.year });
      return base;
    } catch (error) {
      if (error instanceof ContractTermsError)
        return problem('error', 'notice_amends_invalid', { detail: error.message });
      throw error;
    }
  }
  return shippedNotice(year) ?? problem('error', 'notice_amends_unknown', { year });
}

const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' && value !== null && 'severity' in value;

interface Read {
  reading: YearReading | undefined;
  problems: Problem[];
  doc: Doc;
  kind: 'annual' | 'amendment';
  base: Notice | undefined;
}

function read(text: unknown, options: ParseHolidayNoticeOptions, baseOf: BaseOf): Read {
  if (typeof text !== 'string' || text.trim() === '') {
    const doc = readDoc('');
    return {
      reading: undefined,
      problems: [problem('error', 'notice_empty', {})],
      doc,
      kind: 'annual',
      base: undefined,
    };
  }
  const doc = readDoc(text);
  const named = doc.items.filter((i) => i.name !== null && festivalsIn(i.name).length > 0).length;
  const kind: 'annual' | 'amendment' =
    doc.titleKind === 'annual' || ((doc.titleKind === undefined || doc.titleKind === 'other') && named >= 2)
      ? 'annual'
      : 'amendment';
  const problems: Problem[] = [];
  if (doc.strays > 0 || doc.pinyin > 0)
    problems.push(problem('warning', 'notice_cleaned', { strays: doc.strays, pinyin: doc.pinyin }));
  if (
    options.year !== undefined &&
    (!Number.isSafeInteger(options.year) || options.year < 1949 || options.year > 2199)
  ) {
    return {
      reading: undefined,
      problems: [problem('error', 'notice_year_option', { year: String(options.year) })],
      doc,
      kind,
      base: undefined,
    };
  }
  if (options.year !== undefined && doc.titleYear !== undefined && options.year !== doc.titleYear) {
    problems.push(problem('error', 'notice_year_mismatch', { title: doc.titleYear, asked: options.year }));
    return { reading: undefined, problems, doc, kind, base: undefined };
  }
  const known = doc.titleYear ?? options.year;
  const candidates = known !== undefined ? [known] : yearCandidates(doc);
  const readings: Array<{
    reading: YearReading;
    base: Notice | undefined;
    baseProblem: Problem | undefined;
  }> = [];
  for (const year of candidates) {
    let base: Notice | undefined;
    let baseProblem: Problem | undefined;
    if (kind === 'amendment') {
      const b = readBase(options, year, baseOf);
      if (isProblem(b)) baseProblem = b;
      else base = b;
    }
    const reading = readYear(doc, year, kind, base);
    if (baseProblem !== undefined) reading.problems.push(baseProblem);
    readings.push({ reading, base, baseProblem });
  }
  if (known !== undefined) {
    const only = readings[0]!;
    problems.push(...only.reading.problems);
    return { reading: only.reading, problems, doc, kind, base: only.base };
  }
  const fitting = readings.filter((r) => errorsOf(r.reading.problems).length === 0);
  if (fitting.length === 1) {
    const only = fitting[0]!;
    problems.push(problem('warning', 'notice_year_inferred', { year: only.reading.year }));
    problems.push(...only.reading.problems);
    return { reading: only.reading, problems, doc, kind, base: only.base };
  }
  problems.push(
    problem('error', 'notice_year_unknown', {
      candidates: fitting.map((r) => String(r.reading.year)).join(', '),
    }),
  );
  return { reading: undefined, problems, doc, kind, base: undefined };
}

/** Years a notice without a year in its title may be for: from its dates and its signature. */
function yearCandidates(doc: Doc): number[] {
  const written = new Set<number>();
  for (const item of [...doc.items, ...doc.loose]) {
    for (const m of item.body.matchAll(/(\d{4})年(\d{1,2})月/g)) {
      const y = Number(m[1]);
      written.add(Number(m[2]) === 12 ? y + 1 : y);
      written.add(y);
    }
  }
  const signed = doc.signature === undefined ? [] : [doc.signature.year, doc.signature.year + 1];
  let years = written.size > 0 ? [...written] : signed;
  if (written.size > 0 && signed.length > 0) {
    const both = years.filter((y) => signed.includes(y));
    if (both.length > 0) years = both;
  }
  if (years.length === 0) for (let y = 1999; y <= 2100; y++) years.push(y);
  return years.filter((y) => y >= 1949 && y <= 2199).sort((a, b) => a - b);
}

function sortedDays(days: Map<DayNumber, { name: string; off: boolean }>): HolidayNoticeDay[] {
  return [...days.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([day, info]) => ({ name: info.name, date: formatCivilDate(day), isOffDay: info.off }));
}

function build(r: Read, options: ParseHolidayNoticeOptions): HolidayNotice {
  const reading = r.reading!;
  const festivals: HolidayNoticeFestival[] = reading.items.map((item) => {
    const own = [...reading.days.entries()].filter(
      ([, info]) => info.name === item.name || item.extension !== undefined,
    );
    const restDays = own
      .filter(([, i]) => i.off)
      .map(([d]) => d)
      .sort((a, b) => a - b);
    const workingDays = own
      .filter(([, i]) => !i.off)
      .map(([d]) => d)
      .sort((a, b) => a - b);
    return {
      name: own[0]?.[1].name ?? item.name,
      restDays: restDays.map(formatCivilDate),
      workingDays: workingDays.map(formatCivilDate),
      sentence: item.text,
    };
  });
  const days = sortedDays(reading.days);
  const papers = [...(options.papers ?? [])];
  const { kind, base, doc } = r;
  const mode = doc.titleKind === 'adjust' ? 'adjust' : 'overlay';
  const toJSON = () => {
    if (kind === 'annual') return { year: reading.year, papers, days: days.map((d) => ({ ...d })) };
    const merged = new Map<DayNumber, { name: string; off: boolean }>();
    const replaced = new Set(reading.items.flatMap((i) => i.festival));
    for (const d of base?.days ?? []) {
      if (mode === 'adjust' && festivalsIn(d.name).some((k) => replaced.has(k))) continue;
      merged.set(d.day, { name: d.name, off: d.off });
    }
    for (const [day, info] of reading.days) merged.set(day, info);
    return { year: reading.year, papers: [...(base?.papers ?? []), ...papers], days: sortedDays(merged) };
  };
  const warnings = r.problems.filter((p) => p.severity === 'warning').map((p) => toIssue(p, []));
  const sig = doc.signature;
  const published =
    sig !== undefined &&
    sig.month >= 1 &&
    sig.month <= 12 &&
    sig.day >= 1 &&
    sig.day <= daysInMonth(sig.year, sig.month)
      ? formatCivilDate(dayFromCivil(sig.year, sig.month, sig.day))
      : null;
  return Object.freeze({
    year: reading.year,
    kind,
    title: doc.title,
    published,
    festivals: Object.freeze(festivals),
    days: Object.freeze(days),
    warnings: Object.freeze(warnings),
    toJSON,
  });
}

function withPath(issues: NoticeIssue[], path: IssuePath): NoticeIssue[] {
  return path.length === 0 ? issues : issues.map((issue) => ({ ...issue, path }));
}

/**
 * Reads a State Council holiday notice without throwing: the notice, or every issue found (errors
 * first, then warnings), each quoting the sentence concerned.
 *
 * @example
 * const result = safeParseHolidayNotice('一、元旦:1月1日(周四)至3日(周六)放假调休,共4天。', { year: 2026 });
 * result.ok ? [] : result.issues.map((issue) => issue.code)
 * //=> ['notice_count']
 */
export function safeParseHolidayNotice(
  text: string,
  options: ParseHolidayNoticeOptions = {},
): SafeParseHolidayNoticeResult {
  return safeParseWith(text, options, () => undefined);
}

function safeParseWith(
  text: string,
  options: ParseHolidayNoticeOptions,
  baseOf: BaseOf,
): SafeParseHolidayNoticeResult {
  try {
    const r = read(text, options ?? {}, baseOf);
    if (r.reading === undefined || errorsOf(r.problems).length > 0) {
      const sorted = [...errorsOf(r.problems), ...r.problems.filter((p) => p.severity === 'warning')];
      return { ok: false, issues: sorted.map((p) => toIssue(p, [])) };
    }
    return { ok: true, notice: build(r, options ?? {}) };
  } catch (error) {
    // Nothing above is meant to throw; if something does, say so rather than throw at the caller.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [toIssue(problem('error', 'notice_internal', { detail }), [])] };
  }
}

/**
 * Reads a State Council holiday notice (annual, or amending an earlier one) into the days it
 * announces. Throws {@link HolidayNoticeError} with every issue when the notice cannot be read or
 * its statements disagree.
 *
 * @example
 * const notice = parseHolidayNotice(readFileSync('notices/2026.txt', 'utf8'));
 * [notice.year, notice.days.length, notice.days[3]]
 * //=> [2026, 39, { name: '元旦', date: '2026-01-04', isOffDay: false }]
 */
export function parseHolidayNotice(text: string, options: ParseHolidayNoticeOptions = {}): HolidayNotice {
  return parseNoticeAt(text, options ?? {}, []);
}

/**
 * {@link parseHolidayNotice}, with the issues placed at `path` (`['notices', 1]`), and an amending
 * notice applied to `baseOf(year)` when that gives a schedule (the notices read before it).
 */
export function parseNoticeAt(
  text: string,
  options: ParseHolidayNoticeOptions,
  path: IssuePath,
  baseOf: BaseOf = () => undefined,
): HolidayNotice {
  const result = safeParseWith(text, options, baseOf);
  if (result.ok) return result.notice;
  throw new HolidayNoticeError(withPath(result.issues, path));
}

/** The notice as a validated schedule file, ready to merge (`source` names it in messages). */
export function noticeToSchedule(notice: HolidayNotice, source: string): Notice {
  return readHolidayCnFile(notice.toJSON(), source);
}
