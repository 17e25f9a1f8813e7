/**
 * `draftContract`: from the text of an agreement to a definition a person confirms.
 *
 * Owns assembling what terms.ts read sentence by sentence into one definition (channels and
 * their hours, targets and their conditions, fees and payment rules), the YAML with a comment on
 * every term quoting its clause and sentence, the findings (one per sentence that states a term)
 * and what the text leaves for the caller to supply. Terms two sentences state differently are
 * not guessed between: both sentences are reported and neither gives a term.
 */
import { Document } from 'yaml';
import { decimal } from '../billing/decimal.js';
import { parseDuration } from '../clock/duration.js';
import type { ContractIssue } from '../contract/issues.js';
import { safeParseContract } from '../contract/parse.js';
import { DraftError } from '../errors/errors.js';
import { parseCivilDate } from '../time/civil-date.js';
import { timeZone as checkTimeZone } from '../time/zone.js';
import { readAgreement, type Sentence } from './clauses.js';
import {
  type ChannelId,
  type MeasureRead,
  readSentence,
  type SentenceReading,
  type SubjectRead,
  type TermRead,
} from './terms.js';

/** How a sentence was read: `read`, `placeholder` (a template's example value, to confirm), `assumed` (the text leaves something open), `not-understood`. */
export type DraftStatus = 'read' | 'placeholder' | 'assumed' | 'not-understood';

/** One sentence that states (or looks like it states) a computable term. */
export interface DraftFinding {
  /** The clause, with the sentence's position when the clause has several: `"2.2(3)"`. */
  readonly clause: string;
  /** The 1-based line of the text the sentence starts on. */
  readonly line: number;
  /** The sentence as the text writes it. */
  readonly sentence: string;
  readonly status: DraftStatus;
  /** What was read, one line per term: `"chat, form: first response within 30 seconds"`. */
  readonly read: readonly string[];
  /** Where the terms are in the definition: `"targets[chat-first-response]"`. */
  readonly terms: readonly string[];
  /** The template's placeholders in the sentence and the example value used (undefined: left blank). */
  readonly placeholders: ReadonlyArray<{ readonly text: string; readonly value: string | undefined }>;
  /** What the text leaves open and the draft assumed. */
  readonly assumptions: readonly string[];
  /** Other remarks: phrases that are no term (left to a later agreement), values supplied by options. */
  readonly notes: readonly string[];
  /** Why the sentence was not understood. */
  readonly problem?: string;
}

/** Something a definition needs that the text does not say, and the option that supplies it. */
export interface DraftMissing {
  /** The option: `signedOn`, `term`, `timeZone`, or `values.<key>`. */
  readonly option: string;
  /** The clause that needs it, when one does. */
  readonly clause?: string;
  readonly message: string;
}

/** A section the draft does not have because the text has no such term. */
export interface DraftAbsence {
  readonly section: 'targets' | 'fees' | 'payment' | 'lateFee' | 'serviceCredits';
  readonly message: string;
}

/** What `draftContract` can be told that the text does not say. */
export interface DraftContractOptions {
  /** The signing date, `YYYY-MM-DD` (a payment due after signing needs it). */
  signedOn?: string;
  /** The service term, both days included (fees need it). */
  term?: { start: string; end: string };
  /** The contract's IANA zone, when the text does not say (`北京时间` is read as Asia/Shanghai). */
  timeZone?: string;
  /**
   * Values for the text's blanks and placeholders, by the key a finding or `missing` names:
   * `monthlyFee` (an amount, `"50000.00"`), `provider` and `client` (names), or a target's id
   * (a duration, `"60 seconds"`).
   */
  values?: Record<string, string>;
  /** The definition's id (default `drafted-contract`). */
  id?: string;
}

/** A drafted definition and how its text was read. */
export interface ContractDraft {
  /** The definition in YAML, each term commented with its clause and sentence; `parseContract` accepts it. */
  readonly yaml: string;
  /** The same definition as a plain object. */
  readonly definition: Record<string, unknown>;
  readonly findings: readonly DraftFinding[];
  readonly missing: readonly DraftMissing[];
  readonly absent: readonly DraftAbsence[];
  /** Warnings `parseContract` gives on the draft (a calendar that does not cover the term...). */
  readonly warnings: readonly ContractIssue[];
  /** Where the agreement is in the text. */
  readonly agreement: {
    readonly title: string | undefined;
    readonly language: 'zh' | 'en';
    readonly outside: ReadonlyArray<{ readonly from: number; readonly to: number; readonly reason: string }>;
    readonly truncatedIn: string | undefined;
  };
}

const CHANNEL_ORDER: readonly ChannelId[] = ['chat', 'form', 'phone', 'email', 'social'];
const CHANNEL_NAMES: Record<ChannelId, { zh: string; en: string; kind: string }> = {
  chat: { zh: '在线客服', en: 'online chat', kind: 'chat' },
  form: { zh: '在线表单', en: 'online form', kind: 'form' },
  phone: { zh: '电话客服', en: 'phone hotline', kind: 'phone' },
  email: { zh: '邮件客服', en: 'e-mail', kind: 'email' },
  social: { zh: '社交媒体', en: 'social media', kind: 'social' },
};
const MEASURE_TEXT: Record<MeasureRead, { words: string; slug: string; yaml: unknown }> = {
  'first-response': { words: 'first response', slug: 'first-response', yaml: 'first-response' },
  'phone-answer': { words: 'call answered', slug: 'answer', yaml: 'phone-answer' },
  resolution: { words: 'resolution', slug: 'resolution', yaml: 'resolution' },
  'preliminary-solution': {
    words: 'preliminary solution (milestone preliminary-solution)',
    slug: 'preliminary-solution',
    yaml: { milestone: 'preliminary-solution' },
  },
  'investigation-done': {
    words: 'investigation done (milestone investigation-done)',
    slug: 'investigation',
    yaml: { milestone: 'investigation-done' },
  },
  'result-communicated': {
    words: 'result communicated (milestone result-communicated)',
    slug: 'result',
    yaml: { milestone: 'result-communicated' },
  },
};
const VALUE_KEYS_FIXED = ['monthlyFee', 'provider', 'client'] as const;

interface Source {
  sentence: Sentence;
  reading: SentenceReading;
  finding: MutableFinding;
}

interface MutableFinding {
  clause: string;
  line: number;
  sentence: string;
  status: DraftStatus;
  read: string[];
  terms: string[];
  placeholders: Array<{ text: string; value: string | undefined }>;
  assumptions: string[];
  notes: string[];
  problem?: string;
  supplied: number;
}

function cite(s: Sentence): string {
  return s.clause === 'preamble' ? `line ${s.line}` : s.of > 1 ? `${s.clause}(${s.index})` : s.clause;
}

function checkOptions(options: DraftContractOptions): void {
  if (options.signedOn !== undefined) parseCivilDate(options.signedOn, ['signedOn']);
  if (options.term !== undefined) {
    if (typeof options.term !== 'object' || options.term === null)
      throw new DraftError('draft_option', { option: 'term', expected: 'term', input: options.term }, [
        'term',
      ]);
    parseCivilDate(options.term.start, ['term', 'start']);
    parseCivilDate(options.term.end, ['term', 'end']);
  }
  if (options.timeZone !== undefined) {
    try {
      checkTimeZone(options.timeZone);
    } catch {
      throw new DraftError(
        'draft_option',
        { option: 'timeZone', expected: 'time-zone', input: options.timeZone },
        ['timeZone'],
      );
    }
  }
  if (
    options.id !== undefined &&
    (typeof options.id !== 'string' || !/^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(options.id))
  )
    throw new DraftError('draft_option', { option: 'id', expected: 'id', input: options.id }, ['id']);
  for (const [key, value] of Object.entries(options.values ?? {})) {
    if (typeof value !== 'string')
      throw new DraftError('draft_option', { option: `values.${key}`, expected: 'text', input: value }, [
        'values',
        key,
      ]);
  }
  const fee = options.values?.monthlyFee;
  if (fee !== undefined) {
    try {
      decimal(fee);
    } catch {
      throw new DraftError('draft_option', { option: 'values.monthlyFee', expected: 'amount', input: fee }, [
        'values',
        'monthlyFee',
      ]);
    }
  }
}

function subjectWords(subject: SubjectRead, online: readonly ChannelId[]): string {
  const channels = expandChannels(subject.channels, online);
  const parts = [];
  if (channels.length > 0) parts.push(`channel ${channels.join(' or ')}`);
  if (subject.categories.length > 0) parts.push(`category ${subject.categories.join(' or ')}`);
  return parts.join(', ');
}

function expandChannels(channels: SubjectRead['channels'], online: readonly ChannelId[]): ChannelId[] {
  const out = new Set<ChannelId>();
  for (const c of channels) {
    if (c === 'online') for (const o of online) out.add(o);
    else out.add(c);
  }
  return CHANNEL_ORDER.filter((c) => out.has(c));
}

function fieldCondition(field: string, values: readonly string[]): unknown {
  return values.length === 1 ? { '==': [{ var: field }, values[0]] } : { in: [{ var: field }, [...values]] };
}

/**
 * Drafts a contract definition from the text of a customer-service agreement (Chinese or
 * English): the YAML, one finding per sentence that states a term, and what the text leaves for
 * `options` to supply. Website text around the agreement is left out; a sentence that looks like
 * a term but is not understood is reported, never guessed.
 *
 * @example
 * const draft = draftContract('客服合同\n甲方(服务提供方):A公司\n乙方(服务接受方):B公司\n第一条 服务标准\n1.1邮件咨询应在两小时内进行初步回复。');
 * draft.findings.map((f) => [f.clause, f.status, f.read[0]]).at(-1)
 * //=> ['1.1', 'read', 'channel email: first response within 2 hours']
 */
export function draftContract(text: string, options: DraftContractOptions = {}): ContractDraft {
  if (typeof text !== 'string')
    throw new DraftError('draft_option', { option: 'text', expected: 'text', input: text }, []);
  checkOptions(options);
  const agreement = readAgreement(text);
  const lang = agreement.language;
  const values = options.values ?? {};

  // Read every sentence.
  const sources: Source[] = [];
  const read = (sentence: Sentence, preamble: boolean) => {
    const reading = readSentence(sentence, { language: lang }, preamble);
    if (!reading.termLike) return;
    const finding: MutableFinding = {
      clause: cite(sentence),
      line: sentence.line,
      sentence: sentence.text,
      status: 'read',
      read: [],
      terms: [],
      placeholders: [...reading.placeholders],
      assumptions: [...reading.assumptions],
      notes: [...reading.notes],
      supplied: 0,
      ...(reading.problem === undefined ? {} : { problem: reading.problem }),
    };
    sources.push({ sentence, reading, finding });
  };
  for (const s of agreement.preamble) read(s, true);
  for (const c of agreement.clauses) for (const s of c.sentences) read(s, false);

  const termsOf = <T extends TermRead['type']>(type: T) =>
    sources.flatMap((src) =>
      src.reading.terms
        .filter((t): t is Extract<TermRead, { type: T }> => t.type === type)
        .map((term) => ({ term, src })),
    );
  const conflict = (srcs: Source[], what: string) => {
    const clauses = srcs.map((s) => s.finding.clause).join(' and ');
    for (const s of srcs) s.finding.problem ??= `${clauses} state ${what} differently: neither is used`;
  };

  // ---- parties ----
  const parties: Record<string, unknown> = {};
  for (const { term, src } of termsOf('party')) {
    const supplied = values[term.side];
    const name = supplied ?? term.name;
    if (supplied !== undefined) {
      src.finding.notes.push(`name from options.values.${term.side}`);
      src.finding.supplied++;
    }
    parties[term.side] = { role: term.label, name: name ?? term.label };
    src.finding.read.push(`${term.label} is the ${term.side}${name === undefined ? '' : `: ${name}`}`);
    src.finding.terms.push(`parties.${term.side}`);
    if (name === undefined)
      src.finding.notes.push(
        `the name is left blank: the role ${term.label} stands in (values.${term.side} supplies it)`,
      );
  }
  const hasParties = parties.provider !== undefined && parties.client !== undefined;

  // ---- time zone ----
  const zoneTerms = termsOf('time-zone');
  let zone = options.timeZone;
  let zoneAssumed = false;
  for (const { term, src } of zoneTerms) {
    src.finding.read.push(`time zone ${term.zone}`);
    if (zone !== undefined && zone !== term.zone && options.timeZone !== undefined)
      src.finding.notes.push(`options.timeZone ${options.timeZone} is used instead`);
    zone ??= term.zone;
  }
  if (zone === undefined) {
    zone = 'Asia/Shanghai';
    zoneAssumed = true;
  }

  // ---- channels ----
  const channelSource = new Map<ChannelId, Source>();
  let online: ChannelId[] = [];
  for (const { term, src } of termsOf('channels')) {
    if (term.online.length > 0 && online.length === 0) online = [...term.online];
    for (const c of term.channels) if (!channelSource.has(c)) channelSource.set(c, src);
  }
  if (online.length === 0) online = ['chat'];
  const mentioned = new Map<ChannelId, Source>();
  for (const { term, src } of [...termsOf('target'), ...termsOf('hours')]) {
    const channels = term.type === 'target' ? term.subject.channels : term.channels;
    // Without a scope in the text, the draft has none: a channel named only in a term needs no entry.
    if (channelSource.size === 0) continue;
    for (const c of expandChannels(channels, online))
      if (!channelSource.has(c) && !mentioned.has(c)) mentioned.set(c, src);
  }
  const channels = CHANNEL_ORDER.filter((c) => channelSource.has(c) || mentioned.has(c));

  // ---- hours ----
  const usesWorkingDays = { value: false };
  const hours: Record<string, unknown> = {};
  const hoursOfChannel = new Map<
    ChannelId,
    { name: string; stated: boolean; always: boolean; src?: Source }
  >();
  const hoursComments = new Map<string, Source>();
  const hoursSeen = new Map<string, { key: string; src: Source }>();
  for (const { term, src } of termsOf('hours')) {
    const covered = expandChannels(term.channels, online);
    const onlineOnly = term.channels.every((c) => c === 'online');
    const name = onlineOnly ? 'online' : covered.length === 1 ? covered[0]! : covered.join('-');
    let spec: unknown;
    const windows = term.windows.map((w) => `${w.from}-${w.to}`);
    if (term.always) spec = '24x7';
    else {
      let days = term.days;
      if (days === undefined) {
        days = 'working-days';
        src.finding.assumptions.push(
          `the text does not say on which days ${windows.join(', ')} holds: working days (the State Council schedule) are assumed`,
        );
      }
      const needsCalendar = days === 'working-days';
      if (needsCalendar) usesWorkingDays.value = true;
      spec = needsCalendar ? { calendar: 'cn', days, windows } : { days, windows };
    }
    const key = JSON.stringify(spec);
    const before = hoursSeen.get(name);
    if (before !== undefined && before.key !== key) {
      conflict([before.src, src], `the service hours of ${name}`);
      continue;
    }
    hoursSeen.set(name, { key, src });
    hours[name] = spec;
    hoursComments.set(name, src);
    for (const c of covered) hoursOfChannel.set(c, { name, stated: true, always: term.always, src });
    src.finding.read.push(
      `service hours ${name} (${covered.join(', ')}): ${term.always ? '24x7' : `${windows.join(', ')} on ${Array.isArray(term.days) ? term.days.join(', ') : (term.days ?? 'working-days')}`}`,
    );
    src.finding.terms.push(`hours.${name}`);
  }
  // Hours two sentences disagree on are dropped above; drop the channels' links to them too.
  for (const [c, h] of [...hoursOfChannel])
    if (h.src?.finding.problem !== undefined) hoursOfChannel.delete(c);
  for (const [name, src] of [...hoursComments]) if (src.finding.problem !== undefined) delete hours[name];
  for (const c of channels) {
    if (hoursOfChannel.has(c)) continue;
    const src = channelSource.get(c) ?? mentioned.get(c)!;
    if (hours.online !== undefined) {
      hoursOfChannel.set(c, { name: 'online', stated: false, always: hours.online === '24x7' });
      src.finding.assumptions.push(
        `the service hours of ${c} are not stated: the online service's hours are assumed`,
      );
    } else {
      hours.always ??= '24x7';
      hoursOfChannel.set(c, { name: 'always', stated: false, always: true });
      src.finding.assumptions.push(`the service hours of ${c} are not stated: 24x7 is assumed`);
    }
  }

  // ---- scope ----
  const scopeChannels = channels.map((c) => {
    const src = channelSource.get(c) ?? mentioned.get(c)!;
    if (channelSource.has(c)) {
      src.finding.read.push(
        `channel ${c}${online.includes(c) && online.length > 1 ? ' (part of the online service)' : ''}`,
      );
      src.finding.terms.push(`scope.channels[${c}]`);
    }
    return {
      id: c,
      kind: CHANNEL_NAMES[c].kind,
      name: CHANNEL_NAMES[c][lang],
      hours: hoursOfChannel.get(c)!.name,
      clause: src.finding.clause,
    };
  });
  const desks: unknown[] = [];
  for (const { term, src } of termsOf('desk')) {
    const deskHours = hours.online !== undefined ? 'online' : (scopeChannels[0]?.hours ?? undefined);
    if (deskHours === undefined || scopeChannels.length === 0) {
      src.finding.problem ??= 'multilingual support, but no channel or hours to attach it to';
      continue;
    }
    src.finding.assumptions.push(
      `the multilingual desk keeps the ${deskHours} hours (the text does not say)`,
    );
    desks.push({
      id: 'multilingual',
      name: lang === 'zh' ? '多语言客服' : 'multilingual support',
      languages: term.languages,
      hours: deskHours,
      clause: src.finding.clause,
    });
    src.finding.read.push(`multilingual desk: ${term.languages.join(', ')}`);
    src.finding.terms.push('scope.desks[multilingual]');
  }
  const services: unknown[] = [];
  for (const { term, src } of termsOf('service')) {
    if (services.some((s) => (s as { id: string }).id === term.id)) continue;
    services.push({ id: term.id, name: term.name, clause: src.finding.clause });
    src.finding.read.push(`service ${term.id}`);
    src.finding.terms.push(`scope.services[${term.id}]`);
  }

  // ---- targets ----
  interface TargetDraft {
    key: string;
    id: string;
    srcs: Source[];
    within: string;
    placeholder: boolean;
    def: Record<string, unknown>;
    words: string;
  }
  const targetDrafts: TargetDraft[] = [];
  const ownCategories: string[] = [];
  for (const { term, src } of termsOf('target')) {
    const subjectChannels = expandChannels(term.subject.channels, online);
    const m = MEASURE_TEXT[term.measure];
    const key = JSON.stringify([subjectChannels, term.subject.categories, term.measure]);
    const existing = targetDrafts.find((t) => t.key === key);
    if (existing !== undefined) {
      if (existing.within !== term.within.yaml) conflict([...existing.srcs, src], `${existing.words}`);
      else {
        existing.srcs.push(src);
        existing.def.clause = existing.srcs.map((s) => s.finding.clause).join(', ');
      }
      continue;
    }
    const categorySlugs = term.subject.categories.map((c) => {
      if (!term.subject.ownWord) return c;
      if (!ownCategories.includes(c)) ownCategories.push(c);
      return `category${ownCategories.indexOf(c) + 1}`;
    });
    const subjectSlug = [
      ...(term.subject.channels.includes('online') ? ['chat'] : []),
      ...subjectChannels.filter((c) => !(term.subject.channels.includes('online') && online.includes(c))),
      ...categorySlugs,
    ].join('-');
    let id =
      term.measure === 'phone-answer' && subjectSlug === 'phone'
        ? 'phone-answer'
        : `${subjectSlug}-${m.slug}`;
    for (let n = 2; targetDrafts.some((t) => t.id === id); n++) id = `${subjectSlug}-${m.slug}-${n}`;
    const conditions = [];
    if (subjectChannels.length > 0) conditions.push(fieldCondition('channel', subjectChannels));
    if (term.subject.categories.length > 0)
      conditions.push(fieldCondition('category', term.subject.categories));
    const words = `${subjectWords(term.subject, online)}: ${m.words}`;
    const def: Record<string, unknown> = {
      id,
      clause: src.finding.clause,
      name: `${words} within ${term.within.yaml}`,
      appliesTo: conditions.length === 1 ? conditions[0] : { and: conditions },
      measure: m.yaml,
      within: term.within.yaml,
    };
    if (term.measure === 'phone-answer') {
      const phoneHours = hoursOfChannel.get('phone')?.name;
      if (phoneHours === undefined) {
        hours.always ??= '24x7';
        src.finding.assumptions.push(
          "the hotline's hours are not stated: every call counts (24x7 is assumed)",
        );
      }
      def.hours = phoneHours ?? 'always';
    }
    if (term.within.kind !== 'time') {
      // Civil Code art. 203: the last day ends when business stops where there are business hours,
      // else at 24:00; a channel's close of business is its hours' end.
      const byChannel: Record<string, string> = {};
      for (const c of subjectChannels.length > 0 ? subjectChannels : channels) {
        const h = hoursOfChannel.get(c);
        if (h?.stated && !h.always) byChannel[c] = h.name;
      }
      if (Object.keys(byChannel).length > 0) def.hours = byChannel;
      // Days and months need the calendar too: art. 203 moves a last day that is not a working day.
      def.calendar = 'cn';
      usesWorkingDays.value = true;
    }
    targetDrafts.push({
      key,
      id,
      srcs: [src],
      within: term.within.yaml,
      placeholder: term.within.placeholder,
      def,
      words,
    });
  }
  const targets: unknown[] = [];
  for (const t of targetDrafts) {
    if (t.srcs.some((s) => s.finding.problem !== undefined)) continue;
    const supplied = values[t.id];
    if (supplied !== undefined) {
      try {
        parseDuration(supplied);
      } catch {
        throw new DraftError(
          'draft_option',
          { option: `values.${t.id}`, expected: 'duration', input: supplied },
          ['values', t.id],
        );
      }
      t.def.within = supplied;
      t.def.name = `${t.words} within ${supplied}`;
      for (const s of t.srcs) {
        s.finding.notes.push(`${t.id}: ${supplied} from options.values.${t.id}`);
        s.finding.supplied++;
      }
    }
    for (const s of t.srcs) {
      s.finding.read.push(`${t.words} within ${String(t.def.within)}`);
      s.finding.terms.push(`targets[${t.id}]`);
    }
    targets.push(t.def);
  }

  // ---- fees, payment, late fee ----
  const missing: DraftMissing[] = [];
  const absent: DraftAbsence[] = [];
  const feeTerms = termsOf('fee');
  let fees: Record<string, unknown> | undefined;
  let feeSource: Source | undefined;
  if (feeTerms.length > 0) {
    const amounts = new Set(feeTerms.map(({ term }) => `${term.currency} ${term.amount ?? '?'}`));
    if (amounts.size > 1)
      conflict(
        feeTerms.map((f) => f.src),
        'the monthly fee',
      );
    else {
      const { term, src } = feeTerms[0]!;
      feeSource = src;
      for (const f of feeTerms.slice(1)) f.src.finding.read.push(`monthly fee (as ${src.finding.clause})`);
      const supplied = values.monthlyFee;
      const amount = supplied ?? term.amount;
      if (supplied !== undefined) {
        src.finding.notes.push(`the amount ${supplied} from options.values.monthlyFee`);
        src.finding.supplied++;
      }
      src.finding.read.push(
        `monthly fee ${amount === undefined ? '(amount left blank)' : `${term.currency} ${amount}`}`,
      );
      if (amount === undefined)
        missing.push({
          option: 'values.monthlyFee',
          clause: src.finding.clause,
          message: 'the monthly fee is left blank in the text',
        });
      if (options.term === undefined)
        missing.push({
          option: 'term',
          clause: src.finding.clause,
          message: 'fees need the service term (start and end dates)',
        });
      if (amount !== undefined && options.term !== undefined) {
        src.finding.assumptions.push(
          'a partial first or last month is prorated by calendar days (the text does not say)',
        );
        fees = {
          currency: term.currency,
          recurring: [
            {
              id: 'monthly-fee',
              name: lang === 'zh' ? '月服务费' : 'monthly fee',
              clause: src.finding.clause,
              amount,
            },
          ],
          proration: 'by-calendar-days',
        };
        src.finding.terms.push('fees');
      }
    }
  }

  const methodTerms = termsOf('payment-method');
  for (const { term, src } of methodTerms) src.finding.read.push(`payment by ${term.method}`);
  const rules = termsOf('payment-rule');
  const byCover = new Map<
    string,
    Array<{ term: Extract<TermRead, { type: 'payment-rule' }>; src: Source }>
  >();
  for (const r of rules) {
    const cover = r.term.covers === 'first-period' ? 'first' : 'monthly';
    byCover.set(cover, [...(byCover.get(cover) ?? []), r]);
  }
  const schedule: Array<{ rule: Record<string, unknown>; srcs: Source[] }> = [];
  const dueText = (due: Extract<TermRead, { type: 'payment-rule' }>['due']) =>
    'within' in due
      ? `within ${due.within.yaml} after ${due.after}`
      : `on day ${due.dayOfMonth} of the ${due.month} month`;
  const dueYaml = (due: Extract<TermRead, { type: 'payment-rule' }>['due']) =>
    'within' in due
      ? { within: due.within.yaml, after: due.after }
      : { dayOfMonth: due.dayOfMonth, month: due.month };
  const first = byCover.get('first');
  if (first !== undefined) {
    const keys = new Set(first.map((r) => JSON.stringify(dueYaml(r.term.due))));
    if (keys.size > 1)
      conflict(
        first.map((r) => r.src),
        'when the first month is paid',
      );
    else {
      for (const r of first) r.src.finding.read.push(`the first month: due ${dueText(r.term.due)}`);
      schedule.push({
        rule: {
          id: 'first-month',
          clause: first.map((r) => r.src.finding.clause).join(', '),
          covers: 'first-period',
          due: dueYaml(first[0]!.term.due),
        },
        srcs: first.map((r) => r.src),
      });
    }
  }
  const monthly = byCover.get('monthly');
  if (monthly !== undefined) {
    const keys = new Set(monthly.map((r) => JSON.stringify(dueYaml(r.term.due))));
    if (keys.size > 1)
      conflict(
        monthly.map((r) => r.src),
        'when each month is paid',
      );
    else {
      const covers = schedule.length > 0 ? 'periods-after-first' : 'each-period';
      for (const r of monthly)
        r.src.finding.read.push(
          `${covers === 'each-period' ? 'each month' : 'each later month'}: due ${dueText(r.term.due)}`,
        );
      schedule.push({
        rule: {
          id: 'monthly',
          clause: monthly.map((r) => r.src.finding.clause).join(', '),
          covers,
          due: dueYaml(monthly[0]!.term.due),
        },
        srcs: monthly.map((r) => r.src),
      });
    }
  }
  for (const s of schedule)
    if (JSON.stringify(s.rule.due).includes('working day')) usesWorkingDays.value = true;
  const needsSigning = schedule.some((s) => (s.rule.due as { after?: string }).after === 'signing');
  if (needsSigning && options.signedOn === undefined)
    missing.push({
      option: 'signedOn',
      clause: schedule.find((s) => (s.rule.due as { after?: string }).after === 'signing')!.rule
        .clause as string,
      message: 'a payment is due after signing: the signing date',
    });
  let payment: Record<string, unknown> | undefined;
  if (fees !== undefined && schedule.length > 0 && (!needsSigning || options.signedOn !== undefined)) {
    payment = {
      ...(methodTerms.length > 0 ? { method: methodTerms[0]!.term.method } : {}),
      schedule: schedule.map((s) => s.rule),
    };
    for (const s of schedule)
      for (const src of s.srcs) src.finding.terms.push(`payment.schedule[${s.rule.id as string}]`);
  } else if (schedule.length > 0 || methodTerms.length > 0) {
    for (const s of schedule)
      for (const src of s.srcs)
        src.finding.notes.push('not in the draft until the fees can be (see missing)');
  }
  if (fees === undefined && feeTerms.length === 0)
    absent.push({
      section: 'fees',
      message: 'the text states no monthly fee: the draft has no fees or payment',
    });

  let lateFee: Record<string, unknown> | undefined;
  const lateTerms = termsOf('late-fee');
  if (lateTerms.length > 1)
    conflict(
      lateTerms.map((l) => l.src),
      'the late-payment rate',
    );
  else if (lateTerms.length === 1) {
    const { term, src } = lateTerms[0]!;
    src.finding.read.push(
      `late fee ${term.dailyRate} a day${term.cap === undefined ? '' : `, at most ${term.cap} of the amount overdue`}`,
    );
    if (fees !== undefined) {
      lateFee = {
        clause: src.finding.clause,
        dailyRate: term.dailyRate,
        ...(term.cap === undefined ? {} : { cap: { shareOfOverdue: term.cap } }),
      };
      src.finding.terms.push('lateFee');
    } else src.finding.notes.push('not in the draft until the fees can be (see missing)');
  }
  const lateLooked = sources.some(
    (s) => s.reading.problem !== undefined && /late.payment|penalty/.test(s.reading.problem),
  );
  if (lateTerms.length === 0)
    absent.push({
      section: 'lateFee',
      message: lateLooked
        ? 'a late-payment sentence was not understood (see findings): the draft has no lateFee'
        : 'the text has no late-payment term: the draft has no lateFee',
    });
  absent.push({
    section: 'serviceCredits',
    message: sources.some((s) => s.reading.problem?.includes('service credits'))
      ? 'service-credit terms are not read (see the findings): the draft has no serviceCredits'
      : 'the text has no service-credit term: the draft has no serviceCredits',
  });
  if (targets.length === 0)
    absent.push({
      section: 'targets',
      message: 'the text states no service-level term the reader understood',
    });
  if (zoneAssumed)
    missing.push({
      option: 'timeZone',
      message: 'the text does not say its time zone: Asia/Shanghai is assumed',
    });

  // ---- statuses ----
  for (const { finding } of sources) {
    const placeholders = finding.placeholders.length;
    const examples = finding.placeholders.filter((p) => p.value !== undefined).length;
    const blanksLeft = Math.max(0, placeholders - examples - finding.supplied);
    const unresolved = placeholders - finding.supplied;
    if (finding.problem !== undefined) {
      finding.status = 'not-understood';
      finding.read.length = 0;
      finding.terms.length = 0;
    } else if (unresolved > 0) finding.status = 'placeholder';
    else if (finding.assumptions.length > 0) finding.status = 'assumed';
    else finding.status = 'read';
    if (finding.status === 'placeholder')
      finding.notes.push(
        blanksLeft > 0
          ? 'a template blank: supply it with options.values (see missing and the notes) and confirm the rest'
          : `the template's example value${examples > 1 ? 's are' : ' is'} used: confirm ${examples > 1 ? 'them' : 'it'}`,
      );
  }
  // Assumed hours and desks attach to sentences read earlier; zone and term options need no sentence.
  const findings: DraftFinding[] = sources.map(({ finding }) => {
    const { supplied: _supplied, ...rest } = finding;
    return rest;
  });

  // ---- the definition ----
  const definition: Record<string, unknown> = {
    schemaVersion: 1,
    id: options.id ?? 'drafted-contract',
    title: agreement.title?.text ?? (lang === 'zh' ? '客服合同' : 'Customer-service agreement'),
    language: lang,
  };
  if (hasParties) definition.parties = { provider: parties.provider, client: parties.client };
  if (options.signedOn !== undefined) definition.signedOn = options.signedOn;
  if (options.term !== undefined) definition.term = { start: options.term.start, end: options.term.end };
  definition.timeZone = zone;
  if (usesWorkingDays.value) definition.calendars = { cn: { type: 'china' } };
  if (Object.keys(hours).length > 0) definition.hours = hours;
  if (scopeChannels.length > 0)
    definition.scope = {
      channels: scopeChannels,
      ...(desks.length > 0 ? { desks } : {}),
      ...(services.length > 0 ? { services } : {}),
    };
  if (targets.length > 0) definition.targets = targets;
  if (fees !== undefined) definition.fees = fees;
  if (payment !== undefined) definition.payment = payment;
  if (lateFee !== undefined) definition.lateFee = lateFee;

  // ---- YAML with comments ----
  const doc = new Document(definition);
  const comment = (path: Array<string | number>, lines: string[]) => {
    const node = doc.getIn(path, true) as { commentBefore?: string | null } | undefined;
    if (node !== undefined && node !== null && typeof node === 'object')
      node.commentBefore = lines.map((l) => ` ${l.replace(/[\r\n]+/g, ' ')}`).join('\n');
  };
  const quote = (src: Source) => {
    const f = src.finding;
    const lines = [`${f.clause} ${src.sentence.text}`];
    if (f.status === 'placeholder') lines.push(`PLACEHOLDER: ${f.notes.at(-1)}`);
    for (const a of f.assumptions) lines.push(`ASSUMED: ${a}`);
    return lines;
  };
  const keyOfPair = (path: Array<string | number>) => {
    // Comments on a map's key sit above "key:"; on a list item, above "- ".
    const parent = doc.getIn(path.slice(0, -1), true) as
      | { items?: Array<{ key: { value?: unknown; commentBefore?: string } }> }
      | undefined;
    return parent?.items?.find((p) => p.key?.value === path.at(-1))?.key;
  };
  const commentKey = (path: Array<string | number>, lines: string[]) => {
    const key = keyOfPair(path) as { commentBefore?: string } | undefined;
    if (key !== undefined) key.commentBefore = lines.map((l) => ` ${l}`).join('\n');
  };
  if (hasParties)
    for (const side of ['provider', 'client'] as const) {
      const src = termsOf('party').find((p) => p.term.side === side)?.src;
      if (src !== undefined) commentKey(['parties', side], quote(src));
    }
  if (zoneTerms.length > 0 && options.timeZone === undefined)
    commentKey(['timeZone'], quote(zoneTerms[0]!.src));
  else if (zoneAssumed)
    commentKey(['timeZone'], ['ASSUMED: the text does not say its time zone (pass timeZone)']);
  if (usesWorkingDays.value)
    commentKey(
      ['calendars'],
      ['工作日 / working days: the State Council schedule, make-up working days included'],
    );
  for (const name of Object.keys(hours)) {
    const src = hoursComments.get(name);
    if (src !== undefined) commentKey(['hours', name], quote(src));
    else commentKey(['hours', name], ['ASSUMED: hours for channels whose hours the text does not state']);
  }
  scopeChannels.forEach((c, i) => {
    const src = channelSource.get(c.id as ChannelId) ?? mentioned.get(c.id as ChannelId);
    if (src !== undefined) comment(['scope', 'channels', i], quote(src));
  });
  desks.forEach((d, i) => {
    const src = sources.find((s) => s.finding.clause === (d as { clause: string }).clause);
    if (src !== undefined) comment(['scope', 'desks', i], quote(src));
  });
  services.forEach((d, i) => {
    const src = sources.find((s) => s.finding.clause === (d as { clause: string }).clause);
    if (src !== undefined) comment(['scope', 'services', i], quote(src));
  });
  let targetIndex = 0;
  for (const t of targetDrafts) {
    if (!targets.includes(t.def)) continue;
    comment(['targets', targetIndex++], t.srcs.flatMap(quote));
  }
  if (fees !== undefined && feeSource !== undefined) commentKey(['fees'], quote(feeSource));
  if (payment !== undefined) {
    if (methodTerms.length > 0) commentKey(['payment', 'method'], quote(methodTerms[0]!.src));
    schedule.forEach((s, i) => {
      comment(['payment', 'schedule', i], s.srcs.flatMap(quote));
    });
  }
  if (lateFee !== undefined) commentKey(['lateFee'], quote(lateTerms[0]!.src));

  const count = (status: DraftStatus) => findings.filter((f) => f.status === status).length;
  const header = [
    ` Drafted by contract-terms from ${agreement.title === undefined ? 'the text' : `"${agreement.title.text}" (line ${agreement.title.line})`}.`,
    ` Review every finding before use: ${count('read')} read, ${count('placeholder')} placeholder, ${count('assumed')} assumed, ${count('not-understood')} not understood.`,
    ...agreement.outside.map(
      (o) =>
        ` Lines ${o.from}-${o.to} are ${o.reason === 'before-title' ? 'before the agreement' : 'after the agreement'} and were not read.`,
    ),
    ...(agreement.truncatedIn === undefined
      ? []
      : [` The text stops inside clause ${agreement.truncatedIn}.`]),
    ...absent.map((a) => ` Not in the draft: ${a.message}.`),
    ...missing.map((m) => ` Missing: ${m.option}: ${m.message}.`),
    ...findings
      .filter((f) => f.status === 'not-understood')
      .map((f) => ` NOT UNDERSTOOD ${f.clause}: ${f.sentence} (${f.problem})`),
  ];
  doc.commentBefore = header.join('\n');
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: true });

  const parsed = safeParseContract(yaml);
  if (!parsed.ok) {
    // The draft is built to be valid; a draft that is not is a bug of the drafter, reported as such.
    throw new DraftError(
      'draft_invalid',
      { first: parsed.issues[0]?.message ?? '', count: parsed.issues.length },
      [],
    );
  }
  for (const key of Object.keys(values)) {
    if ((VALUE_KEYS_FIXED as readonly string[]).includes(key) || targetDrafts.some((t) => t.id === key))
      continue;
    throw new DraftError(
      'draft_option',
      {
        option: `values.${key}`,
        expected: 'value-key',
        input: key,
        known: [...VALUE_KEYS_FIXED, ...targetDrafts.map((t) => t.id)],
      },
      ['values', key],
    );
  }

  return {
    yaml,
    definition,
    findings,
    missing,
    absent,
    warnings: parsed.warnings,
    agreement: {
      title: agreement.title?.text,
      language: lang,
      outside: agreement.outside,
      truncatedIn: agreement.truncatedIn,
    },
  };
}
