/**
 * fast-check arbitraries for the model-based test of the service-level engine: random contract
 * definitions (plain objects that parseContract accepts), random tickets for them, and the choice of
 * the instant they are judged at. Owned here so that tests/support/naive-sla.ts (the model) and
 * tests/properties/sla-model.property.test.ts (the comparison) agree on one shape of definitions.
 *
 * Everything stays inside the China data (the last notice covers 2026): tickets are created between
 * 2025-01-06 and 2026-10-31, their events fall within 16 days, durations are bounded so that every
 * due instant and every walk of the model ends before 2027. Instants are whole minutes (an `at` may
 * sit a millisecond off a due instant); several events often share one (collisions exercise the
 * order of events at the same instant).
 */
import fc from 'fast-check';
import type {
  ContractDef,
  DaysDef,
  DurationDef,
  HoursDef,
  MeasureDef,
  TargetDef,
  TicketDef,
  TicketEventDef,
  WindowsDef,
} from './naive-sla.js';

const MIN = 60_000;
const DAY = 86_400_000;

export const ZONES = ['Asia/Shanghai', 'America/Los_Angeles', 'Europe/London'] as const;
const zone = fc.constantFrom<string>('Asia/Shanghai', 'Asia/Shanghai', ...ZONES);

// ---------------------------------------------------------------------------------------------
// Service hours
// ---------------------------------------------------------------------------------------------

/** Window sets: split days, overnight windows, a window across the LA DST jump, whole days. */
const windows = fc.constantFrom<WindowsDef>(
  ['09:00-18:00'],
  ['09:00-12:00', '13:00-18:00'],
  ['22:00-06:00'],
  ['08:30-11:45', '20:00-02:00'],
  ['01:00-05:00'],
  ['00:00-24:00'],
  ['10:15-16:45'],
  ['18:00-24:00'],
  '24h',
);

const days = fc.constantFrom<DaysDef>(
  'every-day',
  'working-days',
  ['mon', 'tue', 'wed', 'thu', 'fri'],
  ['sat', 'sun'],
  ['mon', 'wed', 'fri', 'sun'],
  ['tue', 'thu', 'sat'],
);

const usesWorkingDays = (d: DaysDef | undefined) => d === 'working-days';

export const hoursArb: fc.Arbitrary<HoursDef> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<HoursDef>('24x7') },
  {
    weight: 4,
    arbitrary: fc
      .record({
        timeZone: fc.option(zone, { nil: undefined }),
        calendar: fc.boolean(),
        days: fc.option(days, { nil: undefined, freq: 4 }),
        windows,
        rules: fc.option(fc.array(fc.record({ days, windows }), { minLength: 2, maxLength: 3 }), {
          nil: undefined,
          freq: 2,
        }),
        serviceDayLength: fc.option(fc.constantFrom<DurationDef>({ hours: 8 }, { hours: 6.5 }), {
          nil: undefined,
          freq: 5,
        }),
      })
      .map((h): HoursDef => {
        const needsCalendar =
          h.calendar ||
          (h.rules === undefined ? usesWorkingDays(h.days) : h.rules.some((r) => usesWorkingDays(r.days)));
        return {
          ...(h.timeZone === undefined ? {} : { timeZone: h.timeZone }),
          ...(needsCalendar ? { calendar: 'cn' } : {}),
          ...(h.rules === undefined
            ? { ...(h.days === undefined ? {} : { days: h.days }), windows: h.windows }
            : { rules: h.rules }),
          ...(h.serviceDayLength === undefined ? {} : { serviceDayLength: h.serviceDayLength }),
        };
      }),
  },
);

// ---------------------------------------------------------------------------------------------
// Conditions
// ---------------------------------------------------------------------------------------------

export const CHANNELS = ['chat', 'email', 'phone'] as const;
const CATEGORIES = ['general', 'complex', 'complaint', 'billing'] as const;
const TAGS = ['vip', 'urgent', 'spam', 'beta'] as const;

const channel = fc.constantFrom(...CHANNELS);
const category = fc.constantFrom(...CATEGORIES);
const tag = fc.constantFrom(...TAGS);

const atom: fc.Arbitrary<unknown> = fc.oneof(
  channel.map((c) => ({ '==': [{ var: 'channel' }, c] })),
  category.map((c) => ({ '!=': [{ var: 'category' }, c] })),
  category.map((c) => ({ '==': [{ var: 'category' }, c] })),
  fc.tuple(channel, channel).map(([a, b]) => ({ in: [{ var: 'channel' }, [a, b]] })),
  tag.map((t) => ({ in: [t, { var: 'tags' }] })),
  tag.map((t) => ({ some: [{ var: 'tags' }, { '==': [{ var: '' }, t] }] })),
  tag.map((t) => ({ all: [{ var: 'tags' }, { '!=': [{ var: '' }, t] }] })),
  tag.map((t) => ({ filter: [{ var: 'tags' }, { '==': [{ var: '' }, t] }] })),
  tag.map((t) => ({ in: [t, { merge: [{ var: 'tags' }, [{ var: 'category' }]] }] })),
  fc.integer({ min: 1, max: 4 }).map((n) => ({ '>=': [{ var: 'priority' }, n] })),
  fc.integer({ min: 1, max: 4 }).map((n) => ({ '==': [{ var: 'priority' }, n] })),
  // Strict equality: the string '3' never equals the number 3.
  fc.constant({ '==': [{ var: 'priority' }, '3'] }),
  fc.integer({ min: 0, max: 100 }).map((n) => ({ '<': [{ var: 'score' }, n] })),
  fc.constant({ var: 'escalated' }),
  fc.constant({ '!': { var: 'escalated' } }),
);

export const conditionArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: atom },
  { weight: 1, arbitrary: fc.tuple(atom, atom).map(([a, b]) => ({ and: [a, b] })) },
  { weight: 1, arbitrary: fc.tuple(atom, atom).map(([a, b]) => ({ or: [a, b] })) },
  { weight: 1, arbitrary: atom.map((a) => ({ '!': a })) },
);

// ---------------------------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------------------------

export const MILESTONES = ['preliminary-solution', 'investigation-done', 'escalation-closed'] as const;

const CUSTOM: MeasureDef[] = [
  {
    start: [{ event: 'status', status: 'on-hold' }],
    stop: [{ event: 'milestone', milestone: 'escalation-closed' }],
    pause: [{ event: 'status', status: 'awaiting-customer' }],
    resume: [{ event: 'customer-reply' }],
  },
  { start: [{ event: 'customer-reply' }], stop: [{ event: 'agent-reply' }] },
  {
    start: [{ event: 'created' }],
    stop: [
      { event: 'status', status: 'solved' },
      { event: 'status', status: 'closed' },
    ],
    pause: [{ event: 'milestone', milestone: 'preliminary-solution' }],
    resume: [{ event: 'customer-reply' }, { event: 'status', status: 'open' }],
  },
  { start: [{ event: 'call-offered' }], stop: [{ event: 'call-answered' }, { event: 'call-abandoned' }] },
  { start: [{ event: 'status' }], stop: [{ event: 'milestone' }], pause: [{ event: 'agent-reply' }] },
];

const measure = fc.oneof(
  fc.constant<MeasureDef>('first-response'),
  fc.constant<MeasureDef>('next-response'),
  fc.constant<MeasureDef>('resolution'),
  fc.constant<MeasureDef>('phone-answer'),
  fc.constantFrom(...MILESTONES).map((m): MeasureDef => ({ milestone: m })),
  fc.constantFrom(...CUSTOM),
);

type Kind = 'wall' | 'business' | 'working-days' | 'days' | 'months';

const within: Record<Kind, fc.Arbitrary<DurationDef>> = {
  wall: fc.oneof(
    fc.constantFrom(20, 30, 45, 90).map((seconds) => ({ seconds })),
    fc.constantFrom(5, 30, 90).map((minutes) => ({ minutes })),
    fc.constantFrom(1, 1.5, 2, 4, 8, 24, 36).map((hours) => ({ hours })),
  ),
  business: fc.oneof(
    fc.constantFrom(1, 2, 4, 8, 12).map((hours): DurationDef => ({ hours, clock: 'business' })),
    fc.constantFrom(30, 90).map((minutes): DurationDef => ({ minutes, clock: 'business' })),
  ),
  'working-days': fc.integer({ min: 0, max: 4 }).map((workingDays) => ({ workingDays })),
  days: fc.integer({ min: 0, max: 10 }).map((d) => ({ days: d })),
  months: fc.integer({ min: 0, max: 1 }).map((months) => ({ months })),
};

const STATUSES = ['new', 'open', 'awaiting-customer', 'on-hold', 'solved', 'closed'] as const;

/** A help desk's status names (Frappe Helpdesk's), mapped to the library's statuses. */
const VOCABULARY: Record<string, string> = {
  Replied: 'awaiting-customer',
  'On Hold': 'on-hold',
  Resolved: 'solved',
};
/** Statuses as tickets write them: the library's, other spellings, a vocabulary's names, and names nothing maps. */
const WRITTEN_STATUSES = [
  ...STATUSES,
  ...STATUSES,
  'Open',
  'ＳＯＬＶＥＤ',
  'replied',
  'RESOLVED',
  'on hold',
  'Converted',
] as const;

const targetArb = (hourNames: string[]) =>
  fc
    .record({
      measure,
      kind: fc.constantFrom<Kind>('wall', 'business', 'working-days', 'working-days', 'days', 'months'),
      hours: fc.option(fc.constantFrom(...hourNames), { nil: undefined }),
      calendar: fc.option(fc.constant('cn'), { nil: undefined, freq: 3 }),
      counting: fc.option(fc.constantFrom('cn-civil' as const, 'elapsed' as const), { nil: undefined }),
      endOfDay: fc.option(fc.constantFrom('midnight' as const, 'close-of-business' as const), {
        nil: undefined,
      }),
      appliesTo: fc.option(conditionArb, { nil: undefined, freq: 2 }),
      pauseWhile: fc.option(fc.subarray([...STATUSES], { maxLength: 2 }), { nil: undefined }),
      onReopen: fc.option(fc.constantFrom('resume' as const, 'new-cycle' as const), { nil: undefined }),
      onReclassify: fc.option(fc.constantFrom('retroactive' as const, 'from-change' as const), {
        nil: undefined,
      }),
      repliesFrom: fc.option(fc.subarray(['agent', 'bot', 'internal-note'] as const, { minLength: 1 }), {
        nil: undefined,
      }),
      warnAt: fc.option(fc.subarray([12.5, 33.3, 50, 75, 90, 100]), { nil: undefined }),
      // A table by priority (rows "1", "2", "P1"; integer priorities match "1" and "2"), sometimes with a default.
      table: fc.option(
        fc.record({
          rows: fc.subarray(['1', '2', 'P1'], { minLength: 1 }),
          defaultRow: fc.nat({ max: 3 }),
          extra: fc.constantFrom<Kind>('wall', 'days', 'working-days'),
        }),
        { nil: undefined, freq: 5 },
      ),
      // Hours by channel: a map with a default.
      hoursMap: fc.option(
        fc.record({
          channels: fc.subarray([...CHANNELS], { minLength: 1, maxLength: 2 }),
          picks: fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
          withDefault: fc.boolean(),
          // Pick by category instead of channel, sometimes; and vary the end of day too.
          byCategory: fc.boolean(),
          endOfDay: fc.option(
            fc.array(fc.constantFrom('midnight' as const, 'close-of-business' as const), {
              minLength: 3,
              maxLength: 3,
            }),
            { nil: undefined },
          ),
        }),
        { nil: undefined, freq: 4 },
      ),
      stoppedBy: fc.option(
        fc.subarray(['reply', 'awaiting-customer', 'on-hold', 'solved'] as const, { minLength: 1 }),
        { nil: undefined, freq: 3 },
      ),
    })
    .chain((t) =>
      fc
        .tuple(within[t.kind], fc.array(within[t.table?.extra ?? t.kind], { minLength: 3, maxLength: 3 }))
        .map(([w, rows]) => ({ ...t, within: w, rowWithins: rows })),
    )
    .map((t) => {
      // Phone answers, business time and close of business all need service hours.
      const needsHours =
        t.measure === 'phone-answer' || t.kind === 'business' || t.endOfDay === 'close-of-business';
      const hours = t.hours ?? (needsHours ? hourNames[0] : undefined);
      const dayBased = t.kind === 'working-days' || t.kind === 'days' || t.kind === 'months';
      // Table rows use the target's own kind of duration, or the extra kind when it needs no hours.
      const rowKind = t.kind === 'business' ? t.kind : (t.table?.extra ?? t.kind);
      const rowsNeedHours = rowKind === 'business';
      const table =
        t.table === undefined || (rowsNeedHours && hours === undefined && !needsHours)
          ? undefined
          : {
              by: 'priority',
              table: Object.fromEntries(
                t.table.rows.map((row, i) => [row, rowKind === t.kind ? t.within : t.rowWithins[i]!]),
              ),
              ...(t.table.defaultRow < t.table.rows.length
                ? { default: t.table.rows[t.table.defaultRow]! }
                : {}),
            };
      // Maps pick by channel, or by category (hoursBy); the keys are the chosen channels, or the
      // categories at the same places.
      const keys =
        t.hoursMap === undefined
          ? []
          : t.hoursMap.channels.map((c) => (t.hoursMap!.byCategory ? CATEGORIES[CHANNELS.indexOf(c)]! : c));
      // An end of day by value needs hours for every value: then the hours are one name.
      const endOfDayMap =
        t.hoursMap?.endOfDay !== undefined && dayBased
          ? Object.fromEntries([
              ...keys.map((k, i) => [k, t.hoursMap!.endOfDay![i]!]),
              ...(t.hoursMap.withDefault ? [['default', t.hoursMap.endOfDay[2]!]] : []),
            ])
          : undefined;
      const hoursValue =
        endOfDayMap !== undefined
          ? (hours ?? hourNames[0])
          : hours !== undefined && t.hoursMap !== undefined
            ? Object.fromEntries([
                ...keys.map((k, i) => [k, hourNames[t.hoursMap!.picks[i]! % hourNames.length]!]),
                // Without a default the other values run without hours: only where nothing needs them.
                ...(t.hoursMap.withDefault || needsHours || rowsNeedHours ? [['default', hours]] : []),
              ])
            : hours;
      const hoursBy =
        t.hoursMap?.byCategory && typeof (endOfDayMap ?? hoursValue) === 'object' ? 'category' : undefined;
      const target: Omit<TargetDef, 'id' | 'clause'> = {
        measure: t.measure,
        ...(table === undefined ? { within: t.within } : table),
        ...(t.appliesTo === undefined ? {} : { appliesTo: t.appliesTo }),
        ...(hoursValue === undefined ? {} : { hours: hoursValue }),
        ...(t.calendar === undefined ? {} : { calendar: t.calendar }),
        ...(dayBased && t.counting !== undefined ? { counting: t.counting } : {}),
        ...(endOfDayMap !== undefined
          ? { endOfDay: endOfDayMap }
          : dayBased && t.endOfDay !== undefined
            ? { endOfDay: t.endOfDay }
            : {}),
        ...(hoursBy === undefined ? {} : { hoursBy }),
        ...(t.pauseWhile === undefined ? {} : { pauseWhile: t.pauseWhile }),
        ...(t.measure === 'resolution' && t.onReopen !== undefined ? { onReopen: t.onReopen } : {}),
        ...(t.onReclassify === undefined ? {} : { onReclassify: t.onReclassify }),
        ...(t.repliesFrom === undefined ? {} : { repliesFrom: [...t.repliesFrom] }),
        ...(t.warnAt === undefined ? {} : { warnAt: t.warnAt }),
        ...(t.measure === 'first-response' && t.stoppedBy !== undefined
          ? { stoppedBy: [...t.stoppedBy] }
          : {}),
      };
      return target;
    });

/** A whole contract definition: the China calendar, one to three service hours, one to four targets. */
export const contractArb: fc.Arbitrary<ContractDef & Record<string, unknown>> = fc
  .record({
    timeZone: zone,
    hours: fc.array(hoursArb, { minLength: 1, maxLength: 3 }),
    // The help desk's own status names, sometimes (tickets use them, and names nothing maps).
    statuses: fc.option(fc.constant(VOCABULARY), { nil: undefined }),
  })
  .chain(({ timeZone, hours, statuses }) => {
    const names = hours.map((_, i) => `h${i}`);
    return fc.array(targetArb(names), { minLength: 1, maxLength: 4 }).map((targets) => ({
      schemaVersion: 1,
      id: 'random-contract',
      title: 'A random contract',
      parties: { provider: { name: 'Provider' }, client: { name: 'Client' } },
      signedOn: '2024-12-01',
      term: { start: '2025-01-01', end: '2026-12-31' },
      timeZone,
      calendars: { cn: { type: 'china' } },
      ...(statuses === undefined ? {} : { statuses }),
      hours: Object.fromEntries(hours.map((h, i) => [names[i]!, h])),
      scope: { channels: CHANNELS.map((c) => ({ id: c, kind: c, hours: 'h0' })) },
      targets: targets.map((t, i) => ({ id: `t${i}`, clause: `2.${i + 1}`, ...t })),
    }));
  });

// ---------------------------------------------------------------------------------------------
// Tickets
// ---------------------------------------------------------------------------------------------

const FIRST_DAY = Date.UTC(2025, 0, 6);
const LAST_DAY = Date.UTC(2026, 9, 31);

/** Days around which the calendar or the clocks do something: holidays, make-up days, DST. */
const INTERESTING = [
  '2025-01-24', // before the 2025 Spring Festival (make-up Sunday 01-26)
  '2025-01-27',
  '2025-02-07', // make-up Saturday 02-08
  '2025-03-08', // LA springs forward on 03-09
  '2025-03-29', // London on 03-30
  '2025-04-03',
  '2025-04-25', // make-up Sunday 04-27
  '2025-04-30',
  '2025-09-26', // make-up Sunday 09-28
  '2025-09-30', // National Day 10-01..10-08, make-up Saturday 10-11
  '2025-10-09',
  '2025-10-25', // London falls back on 10-26
  '2025-11-01', // LA on 11-02
  '2025-12-31',
  '2026-01-03', // make-up Sunday 01-04
  '2026-02-12', // Spring Festival 02-15..02-23, make-up 02-14 and 02-28
  '2026-02-24',
  '2026-02-27',
  '2026-03-07', // LA springs forward on 03-08
  '2026-05-08', // make-up Saturday 05-09
  '2026-09-18', // make-up Sunday 09-20, Mid-Autumn 09-25
  '2026-09-30', // National Day 10-01..10-07, make-up Saturday 10-10
  '2026-10-09',
  '2026-10-24', // London falls back on 10-25
].map((d) => Date.parse(`${d}T00:00:00+08:00`));

/** Times of day (Beijing) at the edges of windows and days. */
const EDGES = [0, 30, 6 * 60, 8 * 60 + 59, 9 * 60, 12 * 60, 17 * 60 + 59, 18 * 60, 22 * 60, 23 * 60 + 59];

const createdArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: FIRST_DAY / MIN, max: LAST_DAY / MIN }).map((m) => m * MIN),
  fc
    .record({
      day: fc.constantFrom(...INTERESTING),
      shift: fc.integer({ min: -2, max: 3 }),
      minute: fc.oneof(fc.constantFrom(...EDGES), fc.integer({ min: 0, max: 1439 })),
    })
    .map(({ day, shift, minute }) => Math.min(LAST_DAY, day + shift * DAY + minute * MIN)),
);

/** Offsets (minutes after creation): often small and on the hour, so events collide. */
const offsetArb = fc.oneof(
  fc.integer({ min: 0, max: 6 }).map((h) => h * 60),
  fc.integer({ min: 0, max: 240 }),
  fc.integer({ min: 0, max: 3 * 1440 }),
  fc.integer({ min: 0, max: 15 * 1440 }),
);

const CALL_IDS = [undefined, 'c1', 'c2'] as const;

type EventBody = Omit<TicketEventDef, 'at'>;

const fieldChange: fc.Arbitrary<EventBody> = fc.oneof(
  channel.map((value) => ({ type: 'field-change', field: 'channel', value })),
  category.map((value) => ({ type: 'field-change', field: 'category', value })),
  fc.integer({ min: 1, max: 4 }).map((value) => ({ type: 'field-change', field: 'priority', value })),
  fc.subarray([...TAGS]).map((value) => ({ type: 'field-change', field: 'tags', value })),
  fc.integer({ min: 0, max: 100 }).map((value) => ({ type: 'field-change', field: 'score', value })),
  fc.boolean().map((value) => ({ type: 'field-change', field: 'escalated', value })),
);

const callId = fc.constantFrom(...CALL_IDS);
const withCall = (type: string) =>
  callId.map((id): EventBody => (id === undefined ? { type } : { type, callId: id }));

const eventBody: fc.Arbitrary<EventBody> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .record({
        author: fc.option(fc.constantFrom('agent' as const, 'bot' as const), { nil: undefined }),
        internal: fc.boolean(),
      })
      .map(
        ({ author, internal }): EventBody => ({
          type: 'agent-reply',
          ...(author === undefined ? {} : { author }),
          ...(internal ? { public: false } : {}),
        }),
      ),
  },
  { weight: 1, arbitrary: fc.constant<EventBody>({ type: 'internal-note' }) },
  { weight: 3, arbitrary: fc.constant<EventBody>({ type: 'customer-reply' }) },
  {
    weight: 5,
    arbitrary: fc.constantFrom(...WRITTEN_STATUSES).map((status): EventBody => ({ type: 'status', status })),
  },
  { weight: 2, arbitrary: fieldChange },
  {
    weight: 2,
    arbitrary: fc.constantFrom(...MILESTONES).map((name): EventBody => ({ type: 'milestone', name })),
  },
  { weight: 2, arbitrary: withCall('call-offered') },
  { weight: 1, arbitrary: withCall('call-answered') },
  { weight: 1, arbitrary: withCall('call-abandoned') },
);

/** An instant written as callers do: ISO with one of several offsets, or epoch ms. */
export function writeInstant(ms: number, style: number): string | number {
  const offsets = [8 * 60, 0, -7 * 60, 5 * 60 + 30];
  if (style >= offsets.length) return ms;
  const offset = offsets[style]!;
  const local = new Date(ms + offset * MIN).toISOString().replace('.000Z', '').replace('Z', '');
  if (offset === 0) return `${local}Z`;
  const abs = Math.abs(offset);
  const sign = offset < 0 ? '-' : '+';
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

type Timed = { offset: number; body: EventBody };

/** Short stories that measures react to, so that cycles stop and restart often. */
const storyArb: fc.Arbitrary<Timed[]> = fc.oneof(
  // A call offered, then answered or abandoned (often within seconds: the same minute).
  fc
    .record({
      start: offsetArb,
      id: callId,
      end: fc.constantFrom('call-answered', 'call-abandoned', undefined),
      delay: fc.oneof(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 120 })),
    })
    .map(({ start, id, end, delay }) => {
      const call = (type: string): EventBody => (id === undefined ? { type } : { type, callId: id });
      const out: Timed[] = [{ offset: start, body: call('call-offered') }];
      if (end !== undefined) out.push({ offset: start + delay, body: call(end) });
      return out;
    }),
  // A conversation: replies and customer messages taking turns.
  fc
    .record({
      start: offsetArb,
      gaps: fc.array(fc.integer({ min: 0, max: 600 }), { minLength: 2, maxLength: 5 }),
    })
    .map(({ start, gaps }) => {
      let t = start;
      return gaps.map((gap, i): Timed => {
        t += gap;
        return { offset: t, body: { type: i % 2 === 0 ? 'agent-reply' : 'customer-reply' } };
      });
    }),
  // Solved, reopened (or waiting on the customer), solved or closed again.
  fc
    .record({
      start: offsetArb,
      gaps: fc.array(fc.integer({ min: 0, max: 3 * 1440 }), { minLength: 2, maxLength: 4 }),
      statuses: fc.array(fc.constantFrom(...STATUSES), { minLength: 4, maxLength: 4 }),
    })
    .map(({ start, gaps, statuses }) => {
      let t = start;
      return gaps.map((gap, i): Timed => {
        t += gap;
        const status = i % 2 === 0 ? (statuses[i]! === 'closed' ? 'closed' : 'solved') : statuses[i]!;
        return { offset: t, body: { type: 'status', status } };
      });
    }),
  // A reclassification, sometimes undone later.
  fc
    .record({ change: fieldChange, back: fc.option(fieldChange, { nil: undefined }), start: offsetArb })
    .map(({ change, back, start }) => {
      const out: Timed[] = [{ offset: start, body: change }];
      if (back !== undefined) out.push({ offset: start + 90, body: back });
      return out;
    }),
);

export interface RandomTicket {
  ticket: TicketDef;
  created: number;
}

export const ticketArb: fc.Arbitrary<RandomTicket> = fc
  .record({
    created: createdArb,
    fields: fc.record(
      {
        channel,
        category,
        priority: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constantFrom<unknown>('P1', '', null)),
        tags: fc.subarray([...TAGS]),
        score: fc.integer({ min: 0, max: 100 }),
        escalated: fc.boolean(),
      },
      { requiredKeys: ['channel'] },
    ),
    singles: fc.array(fc.record({ offset: offsetArb, body: eventBody }), { maxLength: 8 }),
    stories: fc.array(storyArb, { maxLength: 3 }),
    styles: fc.array(fc.nat({ max: 5 }), { minLength: 24, maxLength: 24 }),
    createdStyle: fc.nat({ max: 5 }),
    duplicates: fc.array(fc.nat(), { maxLength: 2 }),
  })
  .chain(({ created, fields, singles, stories, styles, createdStyle, duplicates }) => {
    const events = [...singles, ...stories.flat()];
    const all: TicketEventDef[] = [
      { type: 'created', at: writeInstant(created, createdStyle) },
      ...events.map((e, i) => ({
        ...e.body,
        at: writeInstant(created + Math.min(e.offset, 16 * 1440) * MIN, styles[i % styles.length]!),
      })),
    ];
    // A webhook delivered twice: the same event again (another spelling of its instant is still a duplicate).
    for (const d of duplicates) all.push({ ...all[d % all.length]! });
    return fc
      .shuffledSubarray(all, { minLength: all.length, maxLength: all.length })
      .map((shuffled) => ({ ticket: { id: 'T-1', fields, events: shuffled }, created }));
  });

// ---------------------------------------------------------------------------------------------
// The instant a ticket is judged at
// ---------------------------------------------------------------------------------------------

/**
 * How to pick `at`: none (judged as of the last event), some minutes after creation, or next to
 * a due instant the model gives without `at` (a millisecond or a minute before, at, or after it).
 */
export type AtChoice =
  | { kind: 'none' }
  | { kind: 'offset'; minutes: number; style: number }
  | { kind: 'due'; pick: number; delta: number; style: number };

export const atChoiceArb: fc.Arbitrary<AtChoice> = fc.oneof(
  fc.constant<AtChoice>({ kind: 'none' }),
  fc
    .record({
      minutes: fc.oneof(offsetArb, fc.integer({ min: -60, max: 20 * 1440 })),
      style: fc.nat({ max: 5 }),
    })
    .map((x): AtChoice => ({ kind: 'offset', ...x })),
  fc
    .record({
      pick: fc.nat(),
      delta: fc.constantFrom(-MIN, -1, 0, 1, MIN),
      style: fc.nat({ max: 5 }),
    })
    .map((x): AtChoice => ({ kind: 'due', ...x })),
);

/** The instant of a choice (undefined: no `at`), given the finite due instants known without `at`. */
export function resolveAt(choice: AtChoice, created: number, dues: number[]): string | number | undefined {
  if (choice.kind === 'none') return undefined;
  if (choice.kind === 'offset') return writeInstant(created + choice.minutes * MIN, choice.style);
  if (dues.length === 0) return writeInstant(created + 60 * MIN, choice.style);
  return writeInstant(dues[choice.pick % dues.length]! + choice.delta, choice.style);
}
