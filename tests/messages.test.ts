/**
 * Every message in both languages: each reason a message can carry has an English and a Chinese
 * rendering, and the Chinese text of real errors holds no English prose (inputs, code and names of
 * options, quoted, are fine; a sentence in English is not).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type ArgumentExpectation,
  type CalendarDataReason,
  type DeadlineReason,
  type DurationReason,
  type HoursReason,
  type MessageCode,
  type MessageParams,
  REASON_KEYS,
  renderMessage,
  type TimeReason,
} from '../src/errors/messages.js';
import {
  type ContractTermsError,
  chinaCalendar,
  compareDurations,
  compileCondition,
  deadline,
  parseContract,
  parseDuration,
  safeParseContract,
  serviceHours,
} from '../src/index.js';
import { regionCalendar } from '../src/regions.js';

const root = join(import.meta.dirname, '..');

/** The first run of English words in a text, after removing what is quoted or written as code. */
function englishProse(text: string): string | undefined {
  const stripped = text
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/'[^']*'/g, "''")
    .replace(/\{[^}]*\}/g, '{}')
    .replace(/\[[^\]]*\]/g, '[]');
  return /[A-Za-z]{3,} [A-Za-z]{3,}/.exec(stripped)?.[0];
}

const CJK = /[\u4e00-\u9fff]/;

function expectBothLanguages<C extends MessageCode>(code: C, params: MessageParams<C>): void {
  const en = renderMessage(code, params, 'en');
  const zh = renderMessage(code, params, 'zh');
  expect(en.replace(/"[^"]*"/g, '""')).not.toMatch(CJK);
  expect(zh).toMatch(CJK);
  expect(englishProse(zh), zh).toBeUndefined();
}

// One sample of every reason; a Record over the keys, so a new reason without a sample does not compile.
const TIME: Record<TimeReason['key'], TimeReason> = {
  'date-object': { key: 'date-object' },
  'not-a-string': { key: 'not-a-string' },
  empty: { key: 'empty' },
  'date-form': { key: 'date-form' },
  'date-digits': { key: 'date-digits' },
  'year-zero': { key: 'year-zero' },
  'no-such-month': { key: 'no-such-month', month: 13 },
  'no-such-day': { key: 'no-such-day', month: '2025-02', day: 30 },
  'epoch-not-finite': { key: 'epoch-not-finite' },
  'epoch-not-integer': { key: 'epoch-not-integer' },
  'out-of-range': { key: 'out-of-range' },
  'invalid-date-object': { key: 'invalid-date-object' },
  'instant-type': { key: 'instant-type' },
  'instant-form': { key: 'instant-form' },
  'instant-date-form': { key: 'instant-date-form' },
  'instant-separator': { key: 'instant-separator' },
  'time-form': { key: 'time-form' },
  'seconds-form': { key: 'seconds-form' },
  'fraction-digits': { key: 'fraction-digits' },
  'no-such-hour': { key: 'no-such-hour', hour: 24 },
  'no-such-minute': { key: 'no-such-minute', minute: 60 },
  'leap-second': { key: 'leap-second', second: 60 },
  'no-offset': { key: 'no-offset' },
  'offset-form': { key: 'offset-form' },
};
const DURATION: Record<DurationReason['key'], DurationReason> = {
  iso: { key: 'iso' },
  empty: { key: 'empty' },
  'number-expected': { key: 'number-expected', at: '个工作日' },
  'unit-expected': { key: 'unit-expected', at: '' },
  'unreadable-number': { key: 'unreadable-number', number: '十十' },
  'unknown-unit': { key: 'unknown-unit', unit: 'fortnights' },
  form: { key: 'form' },
  'unknown-field': { key: 'unknown-field', field: 'hour', known: ['hours', 'days'] },
  negative: { key: 'negative', field: 'hours' },
  'no-amount': { key: 'no-amount' },
  clock: { key: 'clock' },
  'not-whole': { key: 'not-whole', unit: 'workingDays' },
  'too-large': { key: 'too-large', unit: 'days' },
  'mixes-kinds': { key: 'mixes-kinds', kinds: ['days', 'time'] },
  'unit-twice': { key: 'unit-twice', unit: 'h' },
  'clock-not-time': { key: 'clock-not-time', kind: 'workingDays' },
  'mixes-clocks': { key: 'mixes-clocks' },
  'sub-millisecond': { key: 'sub-millisecond' },
  'too-long': { key: 'too-long' },
  type: { key: 'type' },
  normalised: { key: 'normalised' },
  inherited: { key: 'inherited', field: 'hours' },
};
const HOURS: Record<HoursReason['key'], HoursReason> = {
  'clock-form': { key: 'clock-form', text: '9:00' },
  'clock-range': { key: 'clock-range', text: '25:00' },
  'window-form': { key: 'window-form', window: '09:00' },
  'window-type': { key: 'window-type' },
  'window-empty': { key: 'window-empty', window: '09:00-09:00' },
  'windows-type': { key: 'windows-type' },
  'windows-overlap': { key: 'windows-overlap' },
  'days-need-calendar': { key: 'days-need-calendar', days: 'working-days' },
  'days-type': { key: 'days-type' },
  'kind-needs-calendar': { key: 'kind-needs-calendar', kind: 'holiday' },
  'unknown-day': { key: 'unknown-day', name: 'monday' },
  'ms-not-whole': { key: 'ms-not-whole' },
  'negative-duration': { key: 'negative-duration', use: 'subtractBusinessTime' },
  'not-time-duration': { key: 'not-time-duration', kind: 'workingDays' },
  'spec-type': { key: 'spec-type' },
  'unknown-field': { key: 'unknown-field', field: 'window' },
  'time-zone-required': { key: 'time-zone-required' },
  'rules-and-days': { key: 'rules-and-days' },
  'rules-type': { key: 'rules-type' },
  'windows-required': { key: 'windows-required' },
  'exception-twice': { key: 'exception-twice', date: '2025-10-01' },
  'exception-form': { key: 'exception-form' },
  'no-windows': { key: 'no-windows' },
  'day-length': { key: 'day-length' },
  'not-hours': { key: 'not-hours' },
};
const DEADLINE: Record<DeadlineReason['key'], DeadlineReason> = {
  counting: { key: 'counting', got: 'civil' },
  'end-of-day': { key: 'end-of-day', got: 'noon' },
  'roll-forward': { key: 'roll-forward', got: 'no' },
  'time-zone': { key: 'time-zone' },
  'hours-for-close-of-business': { key: 'hours-for-close-of-business' },
  'hours-for-business-time': {
    key: 'hours-for-business-time',
    duration: { en: '4 business hours', zh: '4个工作小时' },
  },
  'calendar-for-working-days': { key: 'calendar-for-working-days' },
  'calendar-for-cn-civil': { key: 'calendar-for-cn-civil' },
  'calendar-for-roll-forward': { key: 'calendar-for-roll-forward' },
  'instant-anchor': { key: 'instant-anchor' },
};
const CALENDAR_DATA: Record<CalendarDataReason['key'], CalendarDataReason> = {
  'not-json': { key: 'not-json', detail: 'Unexpected token' },
  shape: { key: 'shape', at: 'year', problem: 'type', expected: 'number', detail: 'Invalid input' },
  'outside-notice': { key: 'outside-notice', index: 3, date: '2025-01-01', year: 2027 },
  'listed-twice': { key: 'listed-twice', index: 4, date: '2027-01-01', first: 0 },
  'listed-by-other': { key: 'listed-by-other', date: '2026-12-31', year: 2026, source: '2026.json' },
  gap: { key: 'gap', year: 2028, missing: 2027 },
};

describe('every reason has an English and a Chinese rendering', () => {
  it('has a sample here for every reason the catalogue knows', () => {
    expect(Object.keys(TIME).sort()).toEqual([...REASON_KEYS.time].sort());
    expect(Object.keys(DURATION).sort()).toEqual([...REASON_KEYS.duration].sort());
    expect(Object.keys(HOURS).sort()).toEqual([...REASON_KEYS.hours].sort());
    expect(Object.keys(DEADLINE).sort()).toEqual([...REASON_KEYS.deadline].sort());
    expect(Object.keys(CALENDAR_DATA).sort()).toEqual([...REASON_KEYS.calendarData].sort());
  });

  it.each(Object.values(TIME))('civil dates and instants: $key', (reason) => {
    expectBothLanguages('invalid_civil_date', { input: 'x', reason });
    expectBothLanguages('invalid_instant', { input: 'x', reason });
  });
  it.each(Object.values(DURATION))('durations: $key', (reason) => {
    expectBothLanguages('invalid_duration', { input: 'x', reason });
  });
  it.each(Object.values(HOURS))('service hours: $key', (reason) => {
    expectBothLanguages('invalid_service_hours', { reason });
  });
  it.each(Object.values(DEADLINE))('deadlines: $key', (reason) => {
    expectBothLanguages('deadline_needs', { reason });
  });
  it.each(Object.values(CALENDAR_DATA).filter((r) => r.key !== 'not-json'))(
    'holiday schedule data: $key',
    (reason) => expectBothLanguages('calendar_data', { source: 'extraYears[0]', reason }),
  );
  it.each(REASON_KEYS.argument)('arguments: %s', (expected: ArgumentExpectation) => {
    expectBothLanguages('invalid_argument', { name: 'options', expected, input: 1 });
  });
});

function caught(fn: () => unknown): ContractTermsError {
  try {
    fn();
  } catch (error) {
    return error as ContractTermsError;
  }
  throw new Error('expected an error');
}

describe('the Chinese text of real errors holds no English prose', () => {
  const cn = chinaCalendar();
  const file = (year: number, days: Array<{ name: string; date: string; isOffDay: boolean }>) => ({
    year,
    papers: [],
    days,
  });
  const cases: Array<[string, () => unknown]> = [
    ['an instant without an offset', () => serviceHours('24x7').isOpen('2025-10-09T10:00')],
    ['hour 24', () => serviceHours('24x7').isOpen('2025-10-09T24:00:00Z')],
    ['a civil date that does not exist', () => cn.isWorkingDay('2025-02-30')],
    ['a month that does not exist', () => cn.isWorkingDay('2025-13-01')],
    ['a Date for a civil date', () => cn.isWorkingDay(new Date() as never)],
    ['a duration mixing kinds', () => parseDuration('1 day 2 hours')],
    ['an unknown unit', () => parseDuration('3 fortnights')],
    ['an unknown Chinese unit', () => parseDuration('3个工作周')],
    ['half a working day', () => parseDuration('1.5 working days')],
    ['a duration object with a typo', () => parseDuration({ hour: 1 } as never)],
    ['durations on different clocks', () => compareDurations('4 business hours', '4 hours')],
    ['an empty window', () => serviceHours({ timeZone: 'UTC', windows: ['09:00-09:00'] })],
    ['overlapping windows', () => serviceHours({ timeZone: 'UTC', windows: ['09:00-12:00', '11:00-13:00'] })],
    [
      'working days without a calendar',
      () => serviceHours({ timeZone: 'UTC', days: 'working-days', windows: ['09:00-18:00'] }),
    ],
    ['business time in working days', () => serviceHours('24x7').addBusinessTime(0, '2 working days')],
    ['no time zone', () => deadline('2025-10-01T00:00:00Z', '1 hour')],
    [
      'business hours without hours',
      () => deadline('2025-10-01T00:00:00Z', '4 business hours', { timeZone: 'UTC' }),
    ],
    [
      'working days without a calendar',
      () => deadline('2025-10-01T00:00:00Z', '2 working days', { timeZone: 'UTC' }),
    ],
    ['days without a calendar', () => deadline('2025-10-01', '3 days', { timeZone: 'UTC' })],
    ['hours from a date', () => deadline('2025-10-01', '4 hours', { timeZone: 'UTC' })],
    [
      'an unknown counting',
      () => deadline('2025-10-01', '3 days', { calendar: cn, counting: 'civil' as never }),
    ],
    ['a bad option', () => chinaCalendar({ beyondCoverage: 'guess' as never })],
    ['a bad weekend', () => regionCalendar('US', { weekend: [0] })],
    ['a day both off and working', () => cn.with({ daysOff: ['2025-10-11'], workingDays: ['2025-10-11'] })],
    ['a fractional count', () => cn.addWorkingDays('2025-01-01', 1.5)],
    ['fields that are not an object', () => compileCondition({ '==': [1, 1] }).evaluate(null as never)],
    [
      'a notice with a malformed date',
      () =>
        chinaCalendar({ extraYears: [file(2027, [{ name: '元旦', date: '2027-13-01', isOffDay: true }])] }),
    ],
    [
      'a notice with a wrong type',
      () => chinaCalendar({ extraYears: [{ year: '2027', papers: [], days: [] } as never] }),
    ],
    [
      'a notice with an unknown field',
      () => chinaCalendar({ extraYears: [{ year: 2027, papers: [], days: [], extra: 1 } as never] }),
    ],
    [
      'a notice listing another year',
      () =>
        chinaCalendar({ extraYears: [file(2027, [{ name: '元旦', date: '2025-01-01', isOffDay: true }])] }),
    ],
    [
      'a notice listing a date twice',
      () =>
        chinaCalendar({
          extraYears: [
            file(2027, [
              { name: '元旦', date: '2027-01-01', isOffDay: true },
              { name: '元旦', date: '2027-01-01', isOffDay: true },
            ]),
          ],
        }),
    ],
    [
      'a gap in coverage',
      () =>
        chinaCalendar({ extraYears: [file(2028, [{ name: '元旦', date: '2028-01-01', isOffDay: true }])] }),
    ],
  ];

  it.each(cases)('%s', (_, fn) => {
    const error = caught(fn);
    const zh = error.localizedMessage('zh');
    expect(zh).toMatch(CJK);
    expect(englishProse(zh), zh).toBeUndefined();
    expect(error.localizedMessage('en')).toBe(error.message);
  });

  it('a ticket that cannot be read', () => {
    const contract = parseContract(
      readFileSync(join(root, 'examples/customer-service.contract.yaml'), 'utf8'),
    );
    const ticket = {
      id: 't1',
      fields: { channel: 'email', category: 'general' },
      events: [
        { type: 'created', at: '2025-10-09T10:00:00+08:00' },
        { type: 'agent-reply', at: '2025-10-09T11:00:00+08:00', author: 'robot' },
      ],
    };
    const zh = caught(() => contract.evaluateTicket(ticket as never)).localizedMessage('zh');
    expect(englishProse(zh), zh).toBeUndefined();
  });

  it('definitions: JSON syntax, formats, and every invalid example but the YAML parser’s own words', () => {
    const texts = [
      '{"schemaVersion": 1,}',
      readFileSync(join(root, 'examples/customer-service.contract.yaml'), 'utf8').replace(
        'id: cs-outsourcing-2025',
        'id: 2025-cs',
      ),
      ...readdirSync(join(root, 'examples/invalid'))
        .filter((f) => f.endsWith('.contract.yaml') && f !== 'yaml-syntax.contract.yaml')
        .map((f) => readFileSync(join(root, 'examples/invalid', f), 'utf8')),
    ];
    const issues = texts.flatMap((text) => {
      const result = safeParseContract(text);
      return result.ok ? result.warnings : result.issues;
    });
    expect(issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(['contract_json_syntax', 'schema_format']),
    );
    for (const issue of issues) expect(englishProse(issue.messageZh), issue.messageZh).toBeUndefined();
    const refused = caught(() => parseContract('schemaVersion: 1\nid: x\n')).localizedMessage('zh');
    expect(refused).toMatch(/^合同定义有 \d+ 处错误;第一处:第 1 行:/);
    expect(englishProse(refused), refused).toBeUndefined();
  });
});
