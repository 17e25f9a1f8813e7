/**
 * fast-check arbitraries of hostile input, for the fuzz suite (tests/properties/hostile.fuzz.test.ts):
 * contract definitions (as YAML text, JSON text or objects) mutated in their structure and in their
 * text; tickets with odd ids, fields and events; command lines with odd arguments and JSON Lines.
 * Each kind also comes as "broken": a valid input with one known defect, which must give an error.
 */
import fc from 'fast-check';
import { stringify as toYaml } from 'yaml';

/** A small valid definition: two calendars' worth of features in a few lines, cheap to read. */
export const MINI: Record<string, unknown> = {
  schemaVersion: 1,
  id: 'mini',
  title: '迷你合同',
  parties: { provider: { name: 'A' }, client: { name: 'B' } },
  signedOn: '2025-06-20',
  term: { start: '2025-07-01', end: '2026-06-30' },
  timeZone: 'Asia/Shanghai',
  calendars: { cn: { type: 'china' } },
  hours: {
    online: '24x7',
    desk: { calendar: 'cn', days: 'working-days', windows: ['09:00-18:00'] },
  },
  scope: { channels: [{ id: 'chat', kind: 'chat', hours: 'online' }] },
  targets: [
    {
      id: 'first',
      clause: '1',
      measure: 'first-response',
      within: '30 seconds',
      appliesTo: { '==': [{ var: 'channel' }, 'chat'] },
    },
    {
      id: 'fix',
      clause: '2',
      measure: 'resolution',
      within: '2 working days',
      calendar: 'cn',
      pauseWhile: ['awaiting-customer'],
    },
  ],
};

/** Every path to a value of a JSON-like tree. */
function pathsOf(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [prefix];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) out.push(...pathsOf(value[i], [...prefix, i]));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) out.push(...pathsOf(item, [...prefix, key]));
  }
  return out;
}

const MINI_PATHS = pathsOf(MINI).filter((path) => path.length > 0);

/** Strings an attacker writes: control characters, prototype names, long runs, other scripts. */
export const hostileString = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    '\u001b]0;owned\u0007',
    '\u001b[2J',
    '\u009b31m',
    '\u202eevil',
    '',
    ' ',
    '2025-13-01',
    '9999-12-31T23:59:59Z',
    '0001-01-01T00:00:00Z',
    '.nan',
    '1e309',
    '合同',
    'funday',
  ),
  fc.integer({ min: 1, max: 300 }).map((n) => 'x'.repeat(n)),
  fc.constant('y'.repeat(10_001)),
);

/** A JSON-like value with hostile corners: prototype keys, deep nesting, wide lists, odd numbers. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 2, arbitrary: hostileString },
  {
    weight: 1,
    arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308, Number.MAX_SAFE_INTEGER + 2),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(3, 20, 70).map((n) => JSON.parse(`${'['.repeat(n)}1${']'.repeat(n)}`)),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0, max: 50 }).map((n) => Array.from({ length: n }, (_, i) => i)),
  },
  {
    weight: 1,
    // Made fresh for each case (a case may change its value).
    arbitrary: fc
      .constantFrom(
        '{"__proto__": {"polluted": "yes"}, "hours": 2}',
        '{"constructor": {"prototype": {"polluted": "yes"}}}',
        '{"var": "__proto__.polluted"}',
        `{"some": [[${Array.from({ length: 90 }, (_, i) => i)}], {"some": [[${Array.from({ length: 90 }, (_, i) => i)}], false]}]}`,
      )
      .map((text) => JSON.parse(text) as unknown),
  },
);

type Mutation =
  | { kind: 'set'; path: Array<string | number>; value: unknown }
  | { kind: 'delete'; path: Array<string | number> }
  | { kind: 'add'; path: Array<string | number>; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), path: fc.constantFrom(...MINI_PATHS), value: hostileValue }),
  fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...MINI_PATHS) }),
  fc.record({
    kind: fc.constant('add' as const),
    path: fc.constantFrom([], ...MINI_PATHS),
    key: hostileString,
    value: hostileValue,
  }),
);

/** Applies a mutation to a copy made by the caller (silently skips a path that no longer exists). */
function apply(root: Record<string, unknown>, m: Mutation): void {
  const path = m.path;
  let parent: unknown = root;
  const upTo = m.kind === 'add' ? path.length : path.length - 1;
  for (let i = 0; i < upTo; i++) {
    if (parent === null || typeof parent !== 'object') return;
    parent = (parent as Record<string | number, unknown>)[path[i]!];
  }
  if (parent === null || typeof parent !== 'object') return;
  const target = parent as Record<string | number, unknown>;
  if (m.kind === 'add') {
    Object.defineProperty(target, m.key, {
      value: m.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return;
  }
  const last = path[path.length - 1]!;
  if (m.kind === 'delete') {
    if (Array.isArray(target) && typeof last === 'number') target.splice(last, 1);
    else delete target[last];
  } else target[last] = m.value;
}

type TextEdit = { at: number; remove: number; insert: string };

const textEdit: fc.Arbitrary<TextEdit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat(6),
  insert: fc.oneof(
    hostileString,
    fc.constantFrom(
      '\n',
      ': ',
      '- ',
      '{',
      '[',
      ']',
      '}',
      '"',
      "'",
      '&a [*a, *a, *a]',
      '*a',
      '!!binary',
      '? ',
      '---\n',
      '\t',
      '\uFEFF',
      ' #',
      'id: again\n',
    ),
  ),
});

function edit(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of edits) {
    const at = Math.floor(e.at * out.length);
    out = out.slice(0, at) + e.insert + out.slice(at + e.remove);
  }
  return out;
}

/** What a definition arbitrary gives: the input to parse, and its size. */
export interface DefinitionCase {
  input: unknown;
  bytes: number;
}

function render(
  value: Record<string, unknown>,
  form: 'yaml' | 'json' | 'object',
): string | Record<string, unknown> {
  if (form === 'object') return value;
  return form === 'json' ? JSON.stringify(value) : toYaml(value);
}

function sizeOf(input: unknown): number {
  if (typeof input === 'string') return Buffer.byteLength(input);
  try {
    return JSON.stringify(input)?.length ?? 1;
  } catch {
    return 1;
  }
}

/** A definition mutated in its structure, then (as text) in its characters. */
export const definitionArb: fc.Arbitrary<DefinitionCase> = fc
  .tuple(
    fc.array(mutation, { maxLength: 4 }),
    fc.constantFrom('yaml' as const, 'json' as const, 'object' as const),
    fc.array(textEdit, { maxLength: 3 }),
  )
  .map(([mutations, form, edits]) => {
    const value = structuredClone(MINI);
    // Each mutation's value is copied: fast-check may hand the same value to another case.
    for (const m of mutations)
      apply(value, m.kind === 'delete' ? m : { ...m, value: structuredClone(m.value) });
    let input: unknown;
    try {
      const rendered = render(value, form);
      input = typeof rendered === 'string' ? edit(rendered, edits) : rendered;
    } catch {
      input = value; // a value YAML cannot write (a cycle): pass the object itself
    }
    return { input, bytes: sizeOf(input) };
  });

/** A valid definition with exactly one defect that must be reported as an error. */
export const brokenDefinitionArb: fc.Arbitrary<{ input: unknown; defect: string }> = fc
  .tuple(
    fc.constantFrom(
      'missing-title',
      'unknown-key',
      'bad-duration',
      'unknown-hours',
      'bad-zone',
      'term-order',
      'duplicate-target',
      'forbidden-path',
      'bad-day',
      'nan-within',
      'yaml-syntax',
      'duplicate-key',
      'too-deep',
      'too-long-string',
    ),
    fc.constantFrom('yaml' as const, 'json' as const, 'object' as const),
  )
  .map(([defect, form]) => {
    // biome-ignore lint/suspicious/noExplicitAny: a test edits the definition freely, as a user editing YAML would.
    const value = structuredClone(MINI) as Record<string, any>;
    switch (defect) {
      case 'missing-title':
        delete value.title;
        break;
      case 'unknown-key':
        value.titel = 'x';
        break;
      case 'bad-duration':
        value.targets[0].within = '30 sekunden';
        break;
      case 'unknown-hours':
        value.targets[0].hours = 'nope';
        break;
      case 'bad-zone':
        value.timeZone = 'Mars/Base';
        break;
      case 'term-order':
        value.term = { start: '2026-07-01', end: '2025-06-30' };
        break;
      case 'duplicate-target':
        value.targets[1].id = 'first';
        break;
      case 'forbidden-path':
        value.targets[0].appliesTo = { var: '__proto__.x' };
        break;
      case 'bad-day':
        value.hours.desk.days = ['mon', 'funday'];
        break;
      case 'nan-within':
        value.targets[0].within = Number.NaN;
        break;
      case 'too-deep':
        value.description = JSON.parse(`${'['.repeat(80)}1${']'.repeat(80)}`);
        break;
      case 'too-long-string':
        value.description = 'x'.repeat(10_001);
        break;
    }
    let input: unknown = render(value, form);
    if (defect === 'yaml-syntax') input = `${toYaml(value)}\nextra: [unclosed\n`;
    if (defect === 'duplicate-key') input = `${toYaml(value)}id: again\n`;
    return { input, defect };
  });

// ---- tickets ----

const BASE = Date.parse('2025-10-09T10:00:00+08:00');
const EVENT_TYPES = [
  'created',
  'agent-reply',
  'customer-reply',
  'status',
  'field-change',
  'milestone',
  'call-offered',
  'call-answered',
  'call-abandoned',
];
const STATUSES = ['new', 'open', 'awaiting-customer', 'on-hold', 'solved', 'closed'];

const instantArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 30 * 86_400_000 }).map((ms) => BASE + ms) },
  {
    weight: 3,
    arbitrary: fc.integer({ min: 0, max: 30 * 86_400 }).map((s) => new Date(BASE + s * 1000).toISOString()),
  },
  { weight: 1, arbitrary: fc.oneof(hostileString, fc.constant(null), fc.double(), fc.constant(undefined)) },
);

const eventArb = fc
  .record({
    type: fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...EVENT_TYPES) },
      { weight: 1, arbitrary: hostileString },
    ),
    at: instantArb,
    status: fc.oneof(fc.constantFrom(...STATUSES), hostileString),
    field: fc.oneof(
      fc.constantFrom('channel', 'category', 'priority', '__proto__', 'constructor'),
      hostileString,
    ),
    value: hostileValue,
    name: hostileString,
    author: fc.constantFrom(undefined, 'agent', 'bot', 'robot'),
    public: fc.constantFrom(undefined, true, false),
    callId: fc.oneof(fc.constant(undefined), fc.string({ maxLength: 3 }), fc.integer()),
  })
  .map((e) => Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)));

/** A ticket as a help desk might export it, or nearly: odd ids, fields and events. */
const ticketOf = (long: boolean): fc.Arbitrary<unknown> =>
  fc
    .tuple(
      fc.oneof(hostileString, fc.integer(), fc.constant(null), fc.constant({ id: 1 })),
      fc.oneof(
        fc.dictionary(
          fc.oneof(
            fc.constantFrom('channel', 'category', 'priority', '__proto__', 'constructor', 'tags'),
            hostileString,
          ),
          hostileValue,
          { maxKeys: 5 },
        ),
        fc.constant(JSON.parse('{"__proto__": {"polluted": "yes"}, "channel": "chat"}')),
      ),
      fc.array(eventArb, { maxLength: 12 }),
      fc.boolean(),
      fc.integer({ min: 0, max: 100 }),
    )
    .map(([id, fields, events, withCreated, many]) => {
      const list: unknown[] = withCreated ? [{ type: 'created', at: BASE }, ...events] : events;
      // Now and then a long run of status changes: time per event must stay bounded.
      if (long && many > 98) {
        for (let i = 0; i < 2_000; i++)
          list.push({
            type: 'status',
            status: i % 2 ? 'open' : 'awaiting-customer',
            at: BASE + 60_000 * (i + 1),
          });
      }
      return { id, fields, events: list };
    });

/** A ticket as a help desk might export it, or nearly: odd ids, fields and events; now and then 2,000 events. */
export const ticketArb: fc.Arbitrary<unknown> = ticketOf(true);

/** A valid ticket with exactly one defect that must be that ticket's error. */
export const brokenTicketArb: fc.Arbitrary<{ ticket: unknown; defect: string }> = fc
  .tuple(
    fc.constantFrom(
      'no-created',
      'before-created',
      'unknown-type',
      'bad-instant',
      'no-offset',
      'empty-id',
      'object-id',
      'events-not-list',
      'fields-not-object',
      'event-not-object',
      'status-not-text',
      'created-twice',
      'too-many-events',
    ),
    fc.array(fc.integer({ min: 1, max: 86_400_000 }), { maxLength: 5 }),
  )
  .map(([defect, offsets]) => {
    const events: Array<Record<string, unknown>> = [
      { type: 'created', at: BASE },
      ...offsets.map((ms) => ({ type: 'agent-reply', at: BASE + ms })),
    ];
    const ticket: Record<string, unknown> = { id: 'T-1', fields: { channel: 'chat' }, events };
    switch (defect) {
      case 'no-created':
        events.shift();
        break;
      case 'before-created':
        events.push({ type: 'agent-reply', at: BASE - 1 });
        break;
      case 'unknown-type':
        events.push({ type: 'teleport', at: BASE + 1 });
        break;
      case 'bad-instant':
        events.push({ type: 'agent-reply', at: '2025-02-30T10:00:00+08:00' });
        break;
      case 'no-offset':
        events.push({ type: 'agent-reply', at: '2025-10-09T10:00:00' });
        break;
      case 'empty-id':
        ticket.id = '';
        break;
      case 'object-id':
        ticket.id = { id: 'T-1' };
        break;
      case 'events-not-list':
        ticket.events = { 0: events[0] };
        break;
      case 'fields-not-object':
        ticket.fields = 'chat';
        break;
      case 'event-not-object':
        events.push('agent-reply' as never);
        break;
      case 'status-not-text':
        // An unknown status name is the help desk's own word, reported and ignored (see the
        // definition's statuses); a status that is not text at all is a malformed ticket.
        events.push({ type: 'status', status: { name: 'vanished' }, at: BASE + 1 });
        break;
      case 'created-twice':
        events.push({ type: 'created', at: BASE + 5 });
        break;
      case 'too-many-events':
        for (let i = 0; i < 10_001; i++) events.push({ type: 'agent-reply', at: BASE + i });
        break;
    }
    return { ticket, defect };
  });

// ---- the command line ----

/** JSON Lines as a help desk might write them, or nearly: odd bytes, long lines, BOM, CRs. */
export const jsonLinesArb: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: ticketOf(false).map((t) => JSON.stringify(t) ?? 'null') },
      { weight: 2, arbitrary: hostileString },
      { weight: 1, arbitrary: fc.constantFrom('', '   ', '{', '\uFEFF{}', 'null', '[]', '{"id":"x"}') },
      { weight: 1, arbitrary: fc.integer({ min: 300, max: 3_000 }).map((n) => `{"id":"${'L'.repeat(n)}"}`) },
    ),
    { maxLength: 5 },
  )
  .chain((lines) =>
    fc
      .constantFrom('\n', '\r\n', '\r')
      .map((eol) => lines.map((line) => line.replace(/[\r\n]/g, ' ')).join(eol)),
  );

/** Arguments of a command line: the commands, their options and odd values. */
export const argsArb: fc.Arbitrary<string[]> = fc
  .tuple(
    fc.constantFrom('validate', 'evaluate', 'report', 'payments', 'calendar', 'evalute', '--help', ''),
    fc.array(
      fc.oneof(
        fc.constantFrom(
          '--json',
          '--lang',
          'zh',
          '--lang=xx',
          '--month',
          '2025-10',
          '2025-13',
          '--at',
          '2025-10-20T18:00:00+08:00',
          'yesterday',
          '--ticket',
          'T-1',
          '--limit',
          'ticketLineBytes=1000',
          'ticketEvents=5',
          'tickets=5',
          'conditionSteps=0',
          '--explain',
          '--strict',
          '--add',
          '10 working days',
          '--region',
          'US',
          '--',
          '-x',
        ),
        hostileString,
      ),
      { maxLength: 5 },
    ),
  )
  .map(([command, rest]) => (command === '' ? rest : [command, ...rest]));
