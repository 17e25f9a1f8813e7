/**
 * Reading one sentence of an agreement into terms: durations and who they apply to, service
 * hours, amounts, payment rules, late-payment rates, channels, services and parties.
 *
 * Owns the grammar of the sentences (Chinese first, English second) and the rule that keeps a
 * misread out of a draft: every number of a sentence must be taken by a term the reader
 * understood, or the whole sentence is `not-understood` and gives no term at all. Assembling
 * the terms of all sentences into a definition is draft.ts's job.
 */
import { decimal } from '../billing/decimal.js';
import { parseChineseInteger } from '../text/chinese-numerals.js';
import type { Sentence } from './clauses.js';
import { CHINESE_NUMERAL_CHARS, ENGLISH_NUMBER_PATTERN, readCount } from './numerals.js';

/** A ticket channel the reader knows. */
export type ChannelId = 'chat' | 'form' | 'phone' | 'email' | 'social';

/** A ticket category the reader knows; any other is the text's own word. */
export type KnownCategory = 'general' | 'complex' | 'complaint';

/** What a target times. */
export type MeasureRead =
  | 'first-response'
  | 'phone-answer'
  | 'resolution'
  | 'preliminary-solution'
  | 'investigation-done'
  | 'result-communicated';

/** A duration read: the definition's text for it (`"30 seconds"`) and whether a template's example gave it. */
export interface DurationRead {
  readonly yaml: string;
  readonly kind: 'time' | 'days' | 'workingDays' | 'months';
  /** As the sentence wrote it. */
  readonly written: string;
  readonly placeholder: boolean;
}

/** Who a term applies to: channels (`online` is the online service's channels) and categories. */
export interface SubjectRead {
  readonly channels: ReadonlyArray<ChannelId | 'online'>;
  readonly categories: readonly string[];
  /** A category that is the text's own word (not general, complex or complaint). */
  readonly ownWord: boolean;
}

/** A time window of service hours. */
export interface WindowRead {
  readonly from: string;
  readonly to: string;
}

/** One term read from a sentence. */
export type TermRead =
  | {
      readonly type: 'party';
      readonly side: 'provider' | 'client';
      readonly label: string;
      readonly name: string | undefined;
    }
  | {
      readonly type: 'channels';
      readonly channels: readonly ChannelId[];
      readonly online: readonly ChannelId[];
    }
  | { readonly type: 'desk'; readonly languages: readonly string[] }
  | { readonly type: 'service'; readonly id: string; readonly name: string }
  | {
      readonly type: 'target';
      readonly subject: SubjectRead;
      readonly measure: MeasureRead;
      readonly within: DurationRead;
    }
  | {
      readonly type: 'hours';
      readonly channels: ReadonlyArray<ChannelId | 'online'>;
      readonly always: boolean;
      readonly windows: readonly WindowRead[];
      readonly days: 'working-days' | 'every-day' | readonly string[] | undefined;
      readonly placeholder: boolean;
    }
  | { readonly type: 'time-zone'; readonly zone: string }
  | {
      readonly type: 'fee';
      readonly currency: string;
      /** The monthly amount as a decimal string; undefined when the text leaves it blank (`XX`). */
      readonly amount: string | undefined;
      readonly placeholder: boolean;
    }
  | { readonly type: 'payment-method'; readonly method: string }
  | {
      readonly type: 'payment-rule';
      readonly covers: 'first-period' | 'monthly' | 'periods-after-first';
      readonly due:
        | { readonly within: DurationRead; readonly after: 'signing' | 'month-end' | 'period-start' }
        | {
            readonly dayOfMonth: number;
            readonly month: 'same' | 'following';
            readonly placeholder: boolean;
          };
    }
  | {
      readonly type: 'late-fee';
      readonly dailyRate: string;
      readonly cap: string | undefined;
      readonly placeholder: boolean;
    };

/** How a sentence was read. */
export interface SentenceReading {
  readonly terms: readonly TermRead[];
  /** The template placeholders the sentence holds, with the example value used. */
  readonly placeholders: ReadonlyArray<{ readonly text: string; readonly value: string | undefined }>;
  /** What the text leaves open and the reader assumed (filled in by draft.ts too). */
  readonly assumptions: readonly string[];
  /** Phrases the reader took as not being terms (left to a later agreement). */
  readonly notes: readonly string[];
  /** Why the sentence was not understood; undefined when it was. */
  readonly problem: string | undefined;
  /** Whether the sentence looks like a term at all (holds a number, an amount, a rate, a channel...). */
  readonly termLike: boolean;
}

/** What the reader knows from the scope when it reads a later sentence. */
export interface ReadingContext {
  readonly language: 'zh' | 'en';
}

const BLANK = '□';
const CN = CHINESE_NUMERAL_CHARS;

// ---- placeholders ----

interface Filled {
  text: string;
  spans: Array<{ from: number; to: number; text: string; value: string | undefined }>;
}

/** Replaces the template's placeholders (`[例如:30]`, `[甲方公司全称]`, `XX`, `____`) by their example value or a blank. */
function fillPlaceholders(text: string): Filled {
  const spans: Filled['spans'] = [];
  let out = '';
  let last = 0;
  const pattern =
    /[[【]\s*(?:(?:例如|例|如|e\.g\.|for example)\s*[:：,]?\s*)?([^\]】]*)[\]】]|(?:XX+|xx+|××+|_{2,}|＿{2,})/g;
  for (const m of text.matchAll(pattern)) {
    out += text.slice(last, m.index);
    const whole = m[0];
    let value: string | undefined;
    if (whole.startsWith('[') || whole.startsWith('【')) {
      const hasExample = /^[[【]\s*(?:例如|例|如|e\.g\.|for example)/i.test(whole);
      value = hasExample ? m[1]!.trim() : undefined;
    }
    const replacement = (value ?? BLANK).replace(/XX+|xx+|××+|_{2,}/g, BLANK);
    spans.push({
      from: out.length,
      to: out.length + replacement.length,
      text: whole,
      value: replacement.includes(BLANK) ? undefined : value,
    });
    out += replacement;
    last = m.index + whole.length;
  }
  out += text.slice(last);
  return { text: out, spans };
}

// ---- the sentence being read: its text and which characters terms have taken ----

class Reading {
  readonly used: boolean[];
  readonly terms: TermRead[] = [];
  readonly assumptions: string[] = [];
  readonly notes: string[] = [];
  problem: string | undefined;
  termLike = false;
  constructor(
    readonly text: string,
    readonly filled: Filled,
    readonly language: 'zh' | 'en',
  ) {
    this.used = new Array<boolean>(text.length).fill(false);
  }
  take(from: number, to: number): void {
    for (let i = from; i < to; i++) this.used[i] = true;
  }
  free(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.used[i]) return false;
    return true;
  }
  fromPlaceholder(from: number, to: number): boolean {
    return this.filled.spans.some((s) => s.from < to && from < s.to);
  }
  fail(problem: string): void {
    this.problem ??= problem;
  }
}

// ---- durations ----

const NUM_ZH = `(\\d+(?:\\.\\d+)?|[${CN}]+|${BLANK})`;
const ZH_UNITS: Array<
  [string, 'second' | 'minute' | 'hour' | 'business-hour' | 'working-day' | 'day' | 'week' | 'month']
> = [
  ['个工作小时', 'business-hour'],
  ['工作小时', 'business-hour'],
  ['个工作日', 'working-day'],
  ['工作日', 'working-day'],
  ['个自然日', 'day'],
  ['自然日', 'day'],
  ['日历日', 'day'],
  ['个日历日', 'day'],
  ['个小时', 'hour'],
  ['小时', 'hour'],
  ['个钟头', 'hour'],
  ['钟头', 'hour'],
  ['分钟', 'minute'],
  ['秒钟', 'second'],
  ['秒', 'second'],
  ['个星期', 'week'],
  ['星期', 'week'],
  ['周', 'week'],
  ['个月', 'month'],
  ['天', 'day'],
  ['日', 'day'],
];
const ZH_UNIT_PATTERN = ZH_UNITS.map(([u]) => u).join('|');
const ZH_DURATION = new RegExp(
  `(?<![第\\d.${CN}])(?:${NUM_ZH}\\s*(个半|个)?|半个?)\\s*(${ZH_UNIT_PATTERN})(?:以内|之内|内)?`,
  'g',
);
const EN_UNITS: Array<
  [RegExp, 'second' | 'minute' | 'hour' | 'business-hour' | 'working-day' | 'day' | 'week' | 'month']
> = [
  [/^(?:business|working|work) hours?$/, 'business-hour'],
  [/^(?:working|business|work) days?$|^workdays?$/, 'working-day'],
  [/^(?:calendar |natural )?days?$/, 'day'],
  [/^hours?$/, 'hour'],
  [/^minutes?$/, 'minute'],
  [/^seconds?$/, 'second'],
  [/^weeks?$/, 'week'],
  [/^(?:calendar )?months?$/, 'month'],
];
const EN_DURATION = new RegExp(
  `\\b(\\d+(?:\\.\\d+)?|${ENGLISH_NUMBER_PATTERN}|an?|${BLANK})(?:\\s*\\((\\d+|${BLANK})\\))?\\s*[- ]?\\s*((?:business|working|work|calendar|natural)[ -](?:hours?|days?)|workdays?|days?|hours?|minutes?|seconds?|weeks?|(?:calendar )?months?)\\b`,
  'gi',
);

interface DurationMatch {
  from: number;
  to: number;
  duration: DurationRead | undefined;
  problem: string | undefined;
  unit: string;
}

function unitYaml(
  value: string,
  unit: 'second' | 'minute' | 'hour' | 'business-hour' | 'working-day' | 'day' | 'week' | 'month',
): { yaml: string; kind: DurationRead['kind'] } | string {
  const integer = /^\d+$/.test(value);
  const n = Number(value);
  if (n === 0) return 'a zero allowance';
  const plural = (word: string) => `${value} ${word}${value === '1' ? '' : 's'}`;
  switch (unit) {
    case 'second':
      return integer ? { yaml: plural('second'), kind: 'time' } : 'a fraction of a second';
    case 'minute':
      return integer ? { yaml: plural('minute'), kind: 'time' } : 'a fraction of a minute';
    case 'hour':
    case 'business-hour': {
      const business = unit === 'business-hour' ? 'business ' : '';
      if (integer) return { yaml: `${value} ${business}hour${value === '1' ? '' : 's'}`, kind: 'time' };
      // 1.5 hours is 90 minutes exactly; 1.33 hours is not a whole number of minutes: not read.
      const [whole = '0', fraction = ''] = value.split('.');
      const minutes = (BigInt(whole + fraction) * 60n) / 10n ** BigInt(fraction.length);
      if ((BigInt(whole + fraction) * 60n) % 10n ** BigInt(fraction.length) !== 0n)
        return 'hours that are not whole minutes';
      return { yaml: `${minutes} ${business}minute${minutes === 1n ? '' : 's'}`, kind: 'time' };
    }
    case 'working-day':
      return integer ? { yaml: plural('working day'), kind: 'workingDays' } : 'a fraction of a working day';
    case 'day':
      return integer ? { yaml: plural('day'), kind: 'days' } : 'a fraction of a day';
    case 'week':
      return integer ? { yaml: plural('week'), kind: 'days' } : 'a fraction of a week';
    case 'month':
      return integer ? { yaml: plural('month'), kind: 'months' } : 'a fraction of a month';
  }
}

function findDurations(r: Reading): DurationMatch[] {
  const out: DurationMatch[] = [];
  const text = r.text;
  if (r.language === 'zh' || /[\u4e00-\u9fff]/.test(text)) {
    for (const m of text.matchAll(ZH_DURATION)) {
      const from = m.index;
      const to = from + m[0].length;
      if (!r.free(from, to)) continue;
      const [, numText, between, unitText] = m;
      const unit = ZH_UNITS.find(([u]) => u === unitText)![1];
      const placeholder = r.fromPlaceholder(from, to);
      const written = m[0];
      let value: string | undefined;
      if (numText === undefined)
        value = '0.5'; // 半小时, 半个工作日
      else if (numText === BLANK) {
        out.push({ from, to, duration: undefined, problem: 'the number is left blank', unit: unitText! });
        continue;
      } else {
        const count = readCount(numText);
        if (count === undefined) {
          out.push({
            from,
            to,
            duration: undefined,
            problem: `"${numText}" is not a number the reader is sure of`,
            unit: unitText!,
          });
          continue;
        }
        value = count.value;
        if (between === '个半') value = addHalf(value);
      }
      const y = unitYaml(value, unit);
      if (typeof y === 'string')
        out.push({ from, to, duration: undefined, problem: `${written}: ${y}`, unit: unitText! });
      else
        out.push({
          from,
          to,
          duration: { yaml: y.yaml, kind: y.kind, written, placeholder },
          problem: undefined,
          unit: unitText!,
        });
    }
  }
  for (const m of text.matchAll(EN_DURATION)) {
    const from = m.index;
    const to = from + m[0].length;
    if (!r.free(from, to) || out.some((d) => d.from < to && from < d.to)) continue;
    const [, words, digits, unitText] = m;
    const unitName = unitText!.toLowerCase().replace('-', ' ');
    const unit = EN_UNITS.find(([re]) => re.test(unitName))![1];
    if (words === BLANK || digits === BLANK) {
      out.push({ from, to, duration: undefined, problem: 'the number is left blank', unit: unitName });
      continue;
    }
    const count = readCount(words!);
    if (count === undefined) {
      out.push({
        from,
        to,
        duration: undefined,
        problem: `"${words}" is not a number the reader is sure of`,
        unit: unitName,
      });
      continue;
    }
    if (digits !== undefined && readCount(digits)?.value !== count.value) {
      out.push({
        from,
        to,
        duration: undefined,
        problem: `"${words} (${digits})": the words and the digits disagree`,
        unit: unitName,
      });
      continue;
    }
    const y = unitYaml(count.value, unit);
    const placeholder = r.fromPlaceholder(from, to);
    if (typeof y === 'string')
      out.push({ from, to, duration: undefined, problem: `${m[0]}: ${y}`, unit: unitName });
    else
      out.push({
        from,
        to,
        duration: { yaml: y.yaml, kind: y.kind, written: m[0], placeholder },
        problem: undefined,
        unit: unitName,
      });
  }
  return out.sort((a, b) => a.from - b.from);
}

function addHalf(value: string): string {
  const [whole = '0', fraction = ''] = value.split('.');
  if (fraction !== '') return value; // 1.5个半: not a form anyone writes; readCount keeps it and unitYaml judges
  return `${whole}.5`;
}

// ---- subjects and measures ----

const CHANNEL_WORDS: Array<[RegExp, ChannelId | 'online']> = [
  [/在线表单|网页表单|web ?forms?|online forms?|contact forms?/gi, 'form'],
  [
    /在线客服|在线咨询|在线聊天|聊天工具|文字客服|即时通讯|网页客服|online customer service|online service|(?:online|live|web) chat|chat/gi,
    'online',
  ],
  [/电话客服|客服热线|热线|电话|语音客服|来电|hotline|telephone|phone|calls?\b/gi, 'phone'],
  [/电子邮件|邮件|e-?mails?/gi, 'email'],
  [/微信|微博|社交媒体|社交平台|social media/gi, 'social'],
];
const CATEGORY_WORDS: Array<[RegExp, KnownCategory]> = [
  [
    /一般(?:性)?(?:咨询|问题|事项|请求)|普通(?:咨询|问题)|常规(?:咨询|问题)|简单问题|general (?:enquir|inquir|question|request)\w*|routine (?:enquir|inquir|question|request)\w*/gi,
    'general',
  ],
  [
    /复杂(?:问题|咨询|事项|事件)|疑难(?:问题)?|complex (?:issue|problem|enquir|inquir|case|question)\w*/gi,
    'complex',
  ],
  [/投诉|complaints?/gi, 'complaint'],
];

function findSubject(text: string, language: 'zh' | 'en'): SubjectRead | undefined {
  const channels = new Set<ChannelId | 'online'>();
  const categories = new Set<string>();
  let rest = text;
  for (const [re, category] of CATEGORY_WORDS) {
    if (re.test(rest)) categories.add(category);
    re.lastIndex = 0;
    rest = rest.replace(re, ' ');
  }
  for (const [re, channel] of CHANNEL_WORDS) {
    if (re.test(rest)) channels.add(channel);
    re.lastIndex = 0;
    rest = rest.replace(re, ' ');
  }
  if (channels.size > 0 || categories.size > 0)
    return { channels: [...channels], categories: [...categories], ownWord: false };
  if (language !== 'zh') return undefined;
  // The text's own word for a kind of ticket: 退款申请应在3个工作日内处理完毕.
  const own = text
    .replace(/^[^:：]{1,12}[:：]/, '')
    .replace(/^(?:对于|关于|针对)/, '')
    .replace(/[,，]?(?:甲方)?(?:均)?(?:应当|应|须|需|必须|将)?(?:在|于)?\s*$/, '')
    .trim();
  if (/^[\u4e00-\u9fff]{2,8}$/.test(own) && !/甲方|乙方|双方|我方|客服人员|用户|服务/.test(own))
    return { channels: [], categories: [own], ownWord: true };
  return undefined;
}

const MEASURE_WORDS: Array<[RegExp, MeasureRead]> = [
  [
    /初步(?:解决)?方案|临时解决方案|preliminary (?:solution|fix|plan)|interim solution|workaround/gi,
    'preliminary-solution',
  ],
  [/初步调查|完成调查|调查完毕|(?:preliminar\w* )?investigat\w*/gi, 'investigation-done'],
  [/处理结果|处理意见|处理决定|outcome|result|decision/gi, 'result-communicated'],
  [/接听|接通|应答|answer(?:ed|s)?\b|picked up/gi, 'phone-answer'],
  [
    /首次响应|首次回复|初步回复|首次答复|响应|回复|答复|回应|first (?:response|reply)|respon\w*|repl(?:y|ies|ied)|acknowledg\w*/gi,
    'first-response',
  ],
  [/解决|处理完毕|办结|结案|resolv\w*|resolution|solved/gi, 'resolution'],
];

function findMeasures(text: string): Set<MeasureRead> {
  const found = new Set<MeasureRead>();
  let rest = text;
  for (const [re, measure] of MEASURE_WORDS) {
    if (re.test(rest)) found.add(measure);
    re.lastIndex = 0;
    rest = rest.replace(re, ' ');
  }
  return found;
}

// ---- the recognizers, in the order they take text ----

/** 另行协商: a phrase left to a later agreement states no term (3.2's 24-hour phone service). */
function takeSeparateAgreement(r: Reading): void {
  const marker =
    /另行协商|另行约定|协商确定|另行商定|另行书面约定|(?:to be )?agreed separately|separately agreed|subject to (?:separate|further) agreement/i;
  if (!marker.test(r.text)) return;
  const phrases = [...r.text.matchAll(/[^,，;；]+/g)];
  phrases.forEach((p, i) => {
    if (!marker.test(p[0])) return;
    r.take(p.index, p.index + p[0].length);
    const before = phrases[i - 1];
    if (before !== undefined && /^\s*(?:如需|如果|若|如|倘若|if\b)/i.test(before[0])) {
      r.take(before.index, before.index + before[0].length);
      r.notes.push(`"${before[0].trim()},${p[0].trim()}" is left to a later agreement: no term`);
    } else r.notes.push(`"${p[0].trim()}" is left to a later agreement: no term`);
  });
}

function takeTimeZone(r: Reading): void {
  const re =
    /[(（]?\s*(?:北京时间|东八区|Beijing time|China Standard Time|UTC\s*\+\s*0?8(?::00)?|GMT\s*\+\s*0?8(?::00)?)\s*[)）]?/gi;
  for (const m of r.text.matchAll(re)) {
    r.take(m.index, m.index + m[0].length);
    if (!r.terms.some((t) => t.type === 'time-zone'))
      r.terms.push({ type: 'time-zone', zone: 'Asia/Shanghai' });
  }
}

const ALWAYS =
  /7\s*[x×*✕]\s*24\s*(?:小时|h|hours?)?|24\s*[x×*✕/]\s*7|全天候|7\s*天\s*[x×*]?\s*24\s*小时|每天24小时|全天24小时|24小时(?:不间断|全天候?)|(?:24 hours a day,? )?7 days a week|round[- ]the[- ]clock|around the clock/gi;
const CLOCK =
  '(上午|下午|早上|晚上|中午)?\\s*(\\d{1,2})(?::(\\d{2})|点(?:(\\d{1,2})分|(半))?|(?=\\s*[ap]\\.?m\\b))\\s*(a\\.?m\\.?|p\\.?m\\.?)?';
const WINDOW = new RegExp(`${CLOCK}\\s*(?:-|—|–|~|至|到|to|until)\\s*${CLOCK}`, 'gi');

function clockText(
  period: string | undefined,
  hour: string,
  minute: string | undefined,
  cnMinute: string | undefined,
  half: string | undefined,
  ampm: string | undefined,
): string | undefined {
  let h = Number(hour);
  const min =
    minute !== undefined
      ? Number(minute)
      : cnMinute !== undefined
        ? Number(cnMinute)
        : half !== undefined
          ? 30
          : 0;
  const pm = (period !== undefined && /下午|晚上/.test(period)) || (ampm !== undefined && /^p/i.test(ampm));
  const am = (period !== undefined && /上午|早上/.test(period)) || (ampm !== undefined && /^a/i.test(ampm));
  if (pm && h < 12) h += 12;
  if (am && h === 12) h = 0;
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return undefined;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

function takeHours(r: Reading): void {
  const windows: WindowRead[] = [];
  let always = false;
  let placeholder = false;
  for (const m of r.text.matchAll(ALWAYS)) {
    if (!r.free(m.index, m.index + m[0].length)) continue;
    always = true;
    placeholder ||= r.fromPlaceholder(m.index, m.index + m[0].length);
    r.take(m.index, m.index + m[0].length);
  }
  for (const m of r.text.matchAll(WINDOW)) {
    if (!r.free(m.index, m.index + m[0].length)) continue;
    // A bare "9-18" without a colon or 点 is not a time window (it could be a clause range).
    const from = clockText(m[1], m[2]!, m[3], m[4], m[5], m[6]);
    const to = clockText(m[7], m[8]!, m[9], m[10], m[11], m[12]);
    if (from === undefined || to === undefined || from === to) {
      r.fail(`"${m[0]}" is not a time window the reader is sure of`);
      r.take(m.index, m.index + m[0].length);
      continue;
    }
    windows.push({ from, to });
    placeholder ||= r.fromPlaceholder(m.index, m.index + m[0].length);
    r.take(m.index, m.index + m[0].length);
  }
  if (!always && windows.length === 0) return;
  r.termLike = true;
  const subject = findSubject(r.text, r.language);
  const channels = subject?.channels ?? [];
  if (channels.length === 0) {
    r.fail('service hours, but not of which channel');
    return;
  }
  if (always && windows.length > 0) {
    r.fail('both round-the-clock service and a time window');
    return;
  }
  let days: 'working-days' | 'every-day' | string[] | undefined;
  const t = r.text;
  if (/周一至周五|星期一至星期五|周一到周五|Monday (?:to|through|-|–) Friday|weekdays/i.test(t))
    days = ['mon', 'tue', 'wed', 'thu', 'fri'];
  else if (/周一至周六|星期一至星期六|周一到周六|Monday (?:to|through|-|–) Saturday/i.test(t))
    days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
  else if (
    /每天|每日|全年无休|节假日(?:照常|无休|不休)|含(?:法定)?节假日|包括(?:法定)?节假日|every day|7 days a week|including (?:public )?holidays/i.test(
      t,
    )
  )
    days = 'every-day';
  else if (
    /(?<!非)工作日|节假日(?:除外|休息|不提供)|working days|business days|excluding (?:public )?holidays/i.test(
      t,
    )
  )
    days = 'working-days';
  r.terms.push({ type: 'hours', channels, always, windows, days, placeholder });
}

const AMOUNT = `(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${BLANK})`;
const CAPITALS: Readonly<Record<string, string>> = {
  零: '零',
  壹: '一',
  贰: '二',
  叁: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
  佰: '百',
  仟: '千',
};

/** An amount in capital numerals (大写): 伍万元整, 壹拾贰万叁仟元整. Whole yuan only. */
function readCapitalAmount(text: string): string | undefined {
  const plain = [...text].map((c) => CAPITALS[c] ?? c).join('');
  const m = /^(?:([一二三四五六七八九十百千零]+)万)?([一二三四五六七八九十百千零]*)$/.exec(plain);
  if (m === null || plain === '') return undefined;
  const high = m[1] === undefined ? 0 : parseChineseInteger(m[1], { bareLiang: false });
  const lowText = m[2]!.replace(/^零/, '');
  const low = lowText === '' ? 0 : parseChineseInteger(lowText, { bareLiang: false });
  if (high === undefined || low === undefined) return undefined;
  return String(high * 10000 + low);
}

function scaleAmount(digits: string, wan: boolean): string | undefined {
  const plain = digits.replace(/,/g, '');
  if (!wan) return plain;
  const [whole = '0', fraction = ''] = plain.split('.');
  if (fraction.length > 4) return undefined;
  const padded = fraction.padEnd(4, '0');
  return String(BigInt(whole + padded));
}

function takeFee(r: Reading): void {
  const t = r.text;
  const money = new RegExp(
    `(?:(人民币|RMB|CNY|¥|￥|美元|USD|US\\$)\\s*${AMOUNT}\\s*(万)?\\s*(元|美元)?|${AMOUNT}\\s*(万)?\\s*(元|美元|yuan))`,
    'gi',
  );
  const amounts: Array<{ value: string | undefined; placeholder: boolean; currency: string }> = [];
  for (const m of t.matchAll(money)) {
    const from = m.index;
    const to = from + m[0].length;
    if (!r.free(from, to)) continue;
    const digits = m[2] ?? m[5]!;
    const wan = (m[3] ?? m[6]) !== undefined;
    const unit = m[1] ?? m[7] ?? '';
    const currency = /美元|USD|US\$/i.test(unit + (m[4] ?? '')) ? 'USD' : 'CNY';
    r.take(from, to);
    amounts.push({
      value: digits === BLANK ? undefined : scaleAmount(digits, wan),
      placeholder: r.fromPlaceholder(from, to),
      currency,
    });
  }
  for (const m of t.matchAll(
    /(?:大写|capital)\s*[:：]?\s*(?:人民币)?([零壹贰叁肆伍陆柒捌玖拾佰仟万]+)元(?:整)?/g,
  )) {
    r.take(m.index, m.index + m[0].length);
    const value = readCapitalAmount(m[1]!);
    if (value === undefined) r.fail(`"${m[0]}" is not an amount the reader is sure of`);
    else amounts.push({ value, placeholder: false, currency: 'CNY' });
  }
  if (amounts.length === 0) return;
  r.termLike = true;
  const values = new Set(amounts.map((a) => (a.value === undefined ? BLANK : normalizeAmount(a.value))));
  if (values.size > 1) {
    r.fail(`the amounts disagree (${[...values].join(', ')})`);
    return;
  }
  const monthly = /按月|每月|每个月|[/每]\s*月|月费|monthly|per month|a month|each month/i.test(t);
  if (!monthly) {
    r.fail('an amount, but not a monthly fee');
    return;
  }
  for (const m of t.matchAll(/按月(?:套餐)?|每个?月|[/／]\s*月|monthly(?: package)?|per month/gi))
    r.take(m.index, m.index + m[0].length);
  const first = amounts[0]!;
  r.terms.push({
    type: 'fee',
    currency: first.currency,
    amount: first.value,
    placeholder: amounts.some((a) => a.placeholder),
  });
}

function normalizeAmount(value: string): string {
  const [whole = '0', fraction = ''] = value.split('.');
  const f = fraction.replace(/0+$/, '');
  return f === '' ? whole.replace(/^0+(?=\d)/, '') : `${whole.replace(/^0+(?=\d)/, '')}.${f}`;
}

function takePayment(r: Reading, durations: DurationMatch[]): void {
  const t = r.text;
  if (!/支付|付款|付清|缴纳|结算|\bpa(?:y|id|yment)\b|payable/i.test(t)) return;
  const method = /银行转账|电汇|银行汇款|对公转账|bank transfer|wire transfer/i.exec(t);
  if (method !== null) {
    r.termLike = true;
    r.terms.push({
      type: 'payment-method',
      method: /[a-z]/i.test(method[0]) ? method[0] : `bank transfer (${method[0]})`,
    });
  }
  const afterSigning =
    /签订本合同后|本合同签订后|签订合同后|签署本合同后|本合同签署后|合同签订之日起|签订之日起|after (?:the )?(?:signing|execution)(?: of)?(?: this| the)? ?(?:agreement|contract)?|(?:of|from|upon) (?:signing|execution)/i;
  const afterMonthEnd =
    /每个?自然月(?:结束|届满|终了)后|每月(?:结束|届满|终了)后|每个月(?:结束|届满|终了)后|after the end of (?:each|every) (?:calendar )?month/i;
  const firstMonth = /第一个月|首月|第一期|the first month|first month/i;
  // 次月10日前 / 每月5日前: a day of the month.
  const day = new RegExp(
    `(次月|下月|每月|当月|每个月)\\s*(\\d{1,2}|[${CN}]+|${BLANK})\\s*[日号](?:前|之前|以前)`,
    'g',
  );
  for (const m of t.matchAll(day)) {
    r.termLike = true;
    r.take(m.index, m.index + m[0].length);
    const n = m[2] === BLANK ? undefined : readCount(m[2]!);
    const value = n === undefined ? Number.NaN : Number(n.value);
    if (!Number.isInteger(value) || value < 1 || value > 31) {
      r.fail(`"${m[0]}" is not a day of the month the reader is sure of`);
      continue;
    }
    r.terms.push({
      type: 'payment-rule',
      covers: 'monthly',
      due: {
        dayOfMonth: value,
        month: /次月|下月/.test(m[1]!) ? 'following' : 'same',
        placeholder: r.fromPlaceholder(m.index, m.index + m[0].length),
      },
    });
  }
  // Each duration of a payment sentence is a due rule or the sentence is not understood.
  for (const d of durations) {
    if (!r.free(d.from, d.to)) continue;
    r.termLike = true;
    const before = t.slice(0, d.from);
    const after = t.slice(d.to);
    const lastPhraseBefore = before.slice(
      Math.max(before.lastIndexOf(','), before.lastIndexOf('，'), before.lastIndexOf(';')) + 1,
    );
    if (d.duration === undefined) {
      r.fail(d.problem ?? 'a duration the reader cannot read');
      r.take(d.from, d.to);
      continue;
    }
    if (d.duration.kind === 'time') {
      r.fail(`${d.duration.written}: a payment is due on a date, not within hours`);
      r.take(d.from, d.to);
      continue;
    }
    const signing =
      afterSigning.exec(lastPhraseBefore) ?? (r.language === 'en' ? afterSigning.exec(after) : null);
    const monthEnd =
      afterMonthEnd.exec(lastPhraseBefore) ?? (r.language === 'en' ? afterMonthEnd.exec(after) : null);
    if (signing !== null && monthEnd === null) {
      const first = firstMonth.exec(t);
      if (first === null) {
        r.fail(`${d.duration.written} after signing, but not for which payment`);
        r.take(d.from, d.to);
        continue;
      }
      takeText(r, signing[0]);
      takeText(r, first[0]);
      r.take(d.from, d.to);
      r.terms.push({
        type: 'payment-rule',
        covers: 'first-period',
        due: { within: d.duration, after: 'signing' },
      });
    } else if (monthEnd !== null && signing === null) {
      takeText(r, monthEnd[0]);
      r.take(d.from, d.to);
      const later = /之后|此后|以后|其后|thereafter|after that|subsequent/i.exec(t);
      if (later !== null) takeText(r, later[0]);
      const current = /当月|该月|上月|上一个?月|for that month|for the month/i.exec(t);
      if (current !== null) takeText(r, current[0]);
      r.terms.push({
        type: 'payment-rule',
        covers: later !== null ? 'periods-after-first' : 'monthly',
        due: { within: d.duration, after: 'month-end' },
      });
    } else {
      r.fail(
        `${d.duration.written}: counted from what is not said in a way the reader knows (signing, or the end of each calendar month)`,
      );
      r.take(d.from, d.to);
    }
  }
  const byMonth = /按月支付|按月结算|每月支付|paid monthly|payable monthly|monthly/i.exec(t);
  if (byMonth !== null) takeText(r, byMonth[0]);
}

function takeText(r: Reading, fragment: string): void {
  let at = r.text.indexOf(fragment);
  while (at >= 0) {
    r.take(at, at + fragment.length);
    at = r.text.indexOf(fragment, at + fragment.length);
  }
}

const RATE = `(万分之[${CN}\\d.]+|千分之[${CN}\\d.]+|百分之[${CN}\\d.]+|\\d+(?:\\.\\d+)?\\s*[%‰‱]|${BLANK}\\s*[%‰‱]?)`;

function takeLateFee(r: Reading): void {
  const t = r.text;
  const lateWords =
    /滞纳金|违约金|逾期(?:付款|支付)|延迟(?:付款|支付)|late(?:-| )payment|late fee|overdue|penalty/i;
  if (!lateWords.test(t)) return;
  r.termLike = true;
  const payment =
    /逾期(?:付款|支付)|延迟(?:付款|支付)|迟延(?:付款|支付)|未(?:按时|按期)支付|late(?:-| )payment|overdue|paid late|pay late/i.test(
      t,
    );
  if (!payment) {
    r.fail('a penalty that is not for late payment (service credits and other penalties are not read)');
    return;
  }
  const rates = [...t.matchAll(new RegExp(RATE, 'g'))];
  const daily = /每(?:逾期|延迟|迟延)?(?:一|1)?[日天]|按日|每日|每天|per day|daily|for each day|each day/i;
  if (rates.length === 0) {
    r.fail('late payment, but no rate the reader can read');
    return;
  }
  const capWords = /最高|累计|总额|不超过|上限|\bcap|exceed|maximum|at most|up to/i;
  let dailyRate: string | undefined;
  let cap: string | undefined;
  let placeholder = false;
  for (const m of rates) {
    const before = t.slice(Math.max(0, m.index - 20), m.index);
    const text = m[1]!.replace(/\s+/g, '');
    if (text.includes(BLANK)) {
      r.fail('the rate is left blank');
      return;
    }
    try {
      decimal(text);
    } catch {
      r.fail(`"${text}" is not a rate the reader is sure of`);
      return;
    }
    placeholder ||= r.fromPlaceholder(m.index, m.index + m[0].length);
    if (capWords.test(before)) {
      if (cap !== undefined) {
        r.fail('two caps');
        return;
      }
      cap = text;
    } else {
      if (dailyRate !== undefined) {
        r.fail('two rates');
        return;
      }
      dailyRate = text;
    }
    r.take(m.index, m.index + m[0].length);
  }
  if (dailyRate === undefined) {
    r.fail('a cap without a daily rate');
    return;
  }
  const perDay = daily.exec(t);
  if (perDay === null) {
    r.fail('a late-payment rate that is not per day');
    return;
  }
  takeText(r, perDay[0]);
  r.terms.push({ type: 'late-fee', dailyRate, cap, placeholder });
}

/** Service credits (达标率低于95%的扣减服务费的5%) are recognised, to be reported, not read. */
function takeCredits(r: Reading): void {
  if (r.problem !== undefined) return;
  if (
    /扣减|减免|抵扣|返还服务费|service credits?|credit(?:ed)? against|deduct/i.test(r.text) &&
    /%|百分之|达标率|below|低于/i.test(r.text)
  ) {
    r.termLike = true;
    r.fail('a service credit: service credits are not read (write serviceCredits by hand)');
  }
}

function takeTargets(r: Reading, durations: DurationMatch[]): void {
  const t = r.text;
  let previous: SubjectRead | undefined;
  let previousEnd = 0;
  const open = durations.filter((d) => r.free(d.from, d.to));
  open.forEach((d, i) => {
    r.termLike = true;
    const nextStart = open[i + 1]?.from ?? t.length;
    if (d.duration === undefined) {
      r.fail(d.problem ?? 'a duration the reader cannot read');
      r.take(d.from, d.to);
      previousEnd = d.to;
      return;
    }
    const subjectText = t.slice(previousEnd, d.from);
    const subject = findSubject(subjectText, r.language) ?? previous;
    const afterEnd = (() => {
      const rest = t.slice(d.to, nextStart);
      const cut = rest.search(/[,，;；]/);
      return d.to + (cut < 0 ? rest.length : cut);
    })();
    const beforeStart = (() => {
      const head = t.slice(previousEnd, d.from);
      const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf('，'));
      return previousEnd + cut + 1;
    })();
    const afterText = t.slice(d.to, afterEnd);
    const beforeText = t.slice(beforeStart, d.from);
    const [first, second] = r.language === 'zh' ? [afterText, beforeText] : [beforeText, afterText];
    let measures = findMeasures(first);
    if (measures.size === 0) measures = findMeasures(second);
    r.take(d.from, d.to);
    previousEnd = afterEnd;
    if (subject === undefined) {
      r.fail(`${d.duration.written}: the reader cannot tell which tickets it applies to`);
      return;
    }
    previous = subject;
    if (measures.size !== 1) {
      r.fail(
        measures.size === 0
          ? `${d.duration.written}: the reader cannot tell what it times (a response, an answer, a resolution...)`
          : `${d.duration.written}: it could time ${[...measures].join(' or ')}`,
      );
      return;
    }
    const measure = [...measures][0]!;
    if (measure === 'phone-answer' && !subject.channels.every((c) => c === 'phone')) {
      r.fail(`${d.duration.written}: answering is timed on phone calls only`);
      return;
    }
    if (
      measure !== 'phone-answer' &&
      subject.channels.length === 1 &&
      subject.channels[0] === 'phone' &&
      measure === 'first-response'
    ) {
      r.assumptions.push("a phone call's first response is read as answering the call");
      r.terms.push({ type: 'target', subject, measure: 'phone-answer', within: d.duration });
      return;
    }
    if (subject.ownWord)
      r.assumptions.push(
        `tickets of this kind carry category "${subject.categories[0]}", the text's own word`,
      );
    r.terms.push({ type: 'target', subject, measure, within: d.duration });
  });
}

const LANGUAGES: Array<[RegExp, string]> = [
  [/英语|英文|English/i, 'en'],
  [/日语|日文|Japanese/i, 'ja'],
  [/韩语|韩文|朝鲜语|Korean/i, 'ko'],
  [/法语|法文|French/i, 'fr'],
  [/德语|德文|German/i, 'de'],
  [/西班牙语|Spanish/i, 'es'],
  [/俄语|Russian/i, 'ru'],
  [/阿拉伯语|Arabic/i, 'ar'],
  [/葡萄牙语|Portuguese/i, 'pt'],
  [/泰语|Thai/i, 'th'],
  [/越南语|Vietnamese/i, 'vi'],
  [/印尼语|印度尼西亚语|Indonesian/i, 'id'],
  [/粤语|Cantonese/i, 'yue'],
];

const SERVICES: Array<[RegExp, string, string]> = [
  [/投诉处理|complaint handling|handling (?:of )?complaints/i, 'complaints', '投诉处理 (complaint handling)'],
  [
    /数据分析报告|数据报告|分析报告|analytics|(?:data|analysis) reports?/i,
    'analytics',
    '数据分析报告 (analytics reports)',
  ],
  [/培训|training/i, 'training', '培训 (training)'],
  [/质检|质量检查|quality (?:inspection|assurance)/i, 'quality-inspection', '质检 (quality inspection)'],
];

function takeScope(r: Reading): void {
  const t = r.text;
  if (!/提供|provide|offer/i.test(t)) return;
  const channels = new Set<ChannelId>();
  let online = false;
  let rest = t;
  for (const [re, channel] of CHANNEL_WORDS) {
    const hits = rest.match(re);
    if (hits === null) continue;
    rest = rest.replace(re, ' ');
    if (channel === 'online') {
      online = true;
      channels.add('chat');
    } else channels.add(channel);
  }
  const onlineChannels: ChannelId[] = online ? [...channels].filter((c) => c === 'chat' || c === 'form') : [];
  const languages = LANGUAGES.filter(([re]) => re.test(t)).map(([, code]) => code);
  const multilingual = /多语言|多语种|multilingual|multi-language|multiple languages/i.test(t);
  // A service is one the sentence offers (投诉处理服务, 培训服务), not a word in passing (定期进行培训).
  const services = SERVICES.filter(([re]) =>
    r.language === 'zh'
      ? new RegExp(`(?:${re.source})[\u4e00-\u9fff]{0,2}(?:服务|支持)`, 'i').test(t)
      : re.test(t),
  );
  // A sentence about a service (complaints, reports, training) names channels only as its means.
  if (services.length > 0 || multilingual) channels.clear();
  if (channels.size > 0) {
    r.termLike = true;
    r.terms.push({ type: 'channels', channels: [...channels], online: onlineChannels });
  }
  if (multilingual) {
    r.termLike = true;
    if (languages.length === 0) r.fail('multilingual support, but not in which languages');
    else r.terms.push({ type: 'desk', languages });
  } else
    for (const [, id, name] of services) {
      r.termLike = true;
      r.terms.push({ type: 'service', id, name });
    }
}

function takeParty(r: Reading): void {
  const m =
    /^(甲方|乙方|Party\s+[AB])\s*[(（]([^)）]+)[)）]\s*[:：]\s*(.*)$/i.exec(r.text) ??
    /^(甲方|乙方|Party\s+[AB])\s*[:：]\s*(.*)$/i.exec(r.text);
  if (m === null) return;
  const described = m.length === 4;
  const role = described ? m[2]! : '';
  const rawName = (described ? m[3] : m[2])!.trim();
  const side = /接受|委托|需求|采购|客户|client|customer|recipient/i.test(role)
    ? 'client'
    : /提供|服务方|受托|承包|供应|provider|supplier|vendor/i.test(role)
      ? 'provider'
      : undefined;
  if (side === undefined) return;
  r.termLike = true;
  const name = rawName.includes(BLANK) || rawName === '' ? undefined : rawName;
  r.terms.push({ type: 'party', side, label: m[1]!, name });
}

/** Numbers no term took: digits, a Chinese numeral with a unit, a percentage. */
function leftovers(r: Reading): string[] {
  const out: string[] = [];
  const patterns = [
    /\d+(?:[.:]\d+)*\s*[%‰‱]?/g,
    new RegExp(`(?<!第)[${CN}半]+个?(?:秒|分钟|小时|工作日|日|天|个?月|年|周|星期|元|万)`, 'g'),
    /(?:万分之|千分之|百分之)\S{0,4}/g,
    new RegExp(BLANK, 'g'),
  ];
  for (const re of patterns)
    for (const m of r.text.matchAll(re)) {
      const to = m.index + m[0].length;
      if (r.free(m.index, to)) out.push(m[0].trim());
    }
  return out;
}

/** References to clauses (第二条, 第4.3条, clause 4.3) and dates are not terms a sentence states. */
function takeReferences(r: Reading): void {
  const re = new RegExp(
    `第[${CN}\\d.]+条|(?:clause|article|section)\\s+\\d+(?:\\.\\d+)*|\\d+(?:\\.\\d+)+\\s*条`,
    'gi',
  );
  for (const m of r.text.matchAll(re)) r.take(m.index, m.index + m[0].length);
}

/**
 * Reads one sentence. `preamble` sentences are read for the parties only.
 *
 * @example
 * readSentence({ clause: '2.1', index: 1, of: 1, text: '邮件咨询应在两小时内进行初步回复', line: 1 }, { language: 'zh' }).terms[0]
 * //=> { type: 'target', subject: { channels: ['email'], categories: [], ownWord: false }, measure: 'first-response', within: { yaml: '2 hours', kind: 'time', written: '两小时内', placeholder: false } }
 */
export function readSentence(sentence: Sentence, context: ReadingContext, preamble = false): SentenceReading {
  const filled = fillPlaceholders(sentence.text.normalize('NFKC'));
  const r = new Reading(filled.text, filled, context.language);
  const placeholders = filled.spans.map((s) => ({ text: s.text, value: s.value }));
  if (preamble) {
    takeParty(r);
    return {
      terms: r.terms,
      placeholders,
      assumptions: r.assumptions,
      notes: r.notes,
      problem: undefined,
      termLike: r.termLike,
    };
  }
  takeReferences(r);
  takeSeparateAgreement(r);
  takeTimeZone(r);
  takeHours(r);
  takeFee(r);
  takeLateFee(r);
  takeCredits(r);
  const durations = findDurations(r);
  takePayment(r, durations);
  if (!r.terms.some((t) => t.type === 'payment-rule' || t.type === 'late-fee')) takeTargets(r, durations);
  if (!r.termLike) takeScope(r);
  // Service hours and a time limit in one sentence (高峰时段20:00-23:00响应可延长至60秒) qualify each
  // other in ways the reader does not follow: neither is taken.
  if (r.terms.some((t) => t.type === 'hours') && r.terms.some((t) => t.type === 'target'))
    r.fail('service hours and a time limit in one sentence');
  const left = leftovers(r);
  if (left.length > 0) {
    r.termLike = true;
    r.fail(`${left.map((l) => (l === BLANK ? 'a blank' : `"${l}"`)).join(', ')}: not read as any term`);
  }
  if (r.problem !== undefined) {
    return {
      terms: [],
      placeholders,
      assumptions: r.assumptions,
      notes: r.notes,
      problem: r.problem,
      termLike: true,
    };
  }
  return {
    terms: r.terms,
    placeholders,
    assumptions: r.assumptions,
    notes: r.notes,
    problem: undefined,
    termLike: r.termLike,
  };
}
