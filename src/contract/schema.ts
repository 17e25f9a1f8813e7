/**
 * The contract definition format, as a zod schema: closed objects (a typo is an error), every field
 * described for editors (the JSON Schema in schemas/ is generated from this file), and values kept
 * exactly as written; meaning (durations, money, conditions, references) is checked afterwards by
 * the assembler in ./assemble.ts, which reports every problem with its path.
 */

import { z } from 'zod';
import { DAY_KINDS } from '../calendar/calendar.js';
import { WEEKDAY_NAMES } from '../clock/service-hours.js';
import type { Assert } from '../internal/lists.js';
import { TICKET_STATUSES } from '../sla/target.js';
import type { ContractDefinition } from './definition.generated.js';

const ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const CIVIL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CURRENCY = /^[A-Z]{3}$/;

/**
 * The patterns a definition's text must match, by the format key its message is rendered from
 * (`schema_format`; e-mail addresses are zod's own format). parse.ts recognises a failed check by
 * its pattern, never by the text of a message.
 */
export const SCHEMA_PATTERNS = { identifier: ID, date: CIVIL_DATE, currency: CURRENCY } as const;

/** An identifier other parts of the definition refer to. */
const id = z.string().regex(ID);
const civilDate = z.string().regex(CIVIL_DATE).meta({ format: 'date' });
const text = z.string().min(1);
const clause = z
  .string()
  .min(1)
  .meta({ description: 'The clause of the contract this term comes from, e.g. "2.1" or "第五条".' });

const durationObject = z.strictObject({
  milliseconds: z.number().nonnegative().optional(),
  seconds: z.number().nonnegative().optional(),
  minutes: z.number().nonnegative().optional(),
  hours: z.number().nonnegative().optional(),
  days: z.number().int().nonnegative().optional(),
  weeks: z.number().int().nonnegative().optional(),
  workingDays: z.number().int().nonnegative().optional(),
  months: z.number().int().nonnegative().optional(),
  years: z.number().int().nonnegative().optional(),
  clock: z.enum(['calendar', 'business']).optional(),
});

/** A duration: "4 hours", "4 business hours", "2 working days", "2个工作日", "1 month", or an object. */
export const durationSchema = z.union([text, durationObject]).meta({
  description:
    'A duration: "30 seconds", "4 business hours", "2 working days", "3 days", "1 month", "30秒", "4小时", "2个工作日", "1个月", ' +
    'ISO 8601 ("PT4H"), or an object such as { hours: 4, clock: business }.',
});

/**
 * An exact amount: a decimal string in major units ("50000.00"). A number is accepted by the schema
 * only so that the assembler can say precisely why it is refused (a YAML number is a binary float);
 * the JSON Schema for editors asks for a string.
 */
export const amountSchema = z
  .union([z.string(), z.number()])
  .meta({ description: 'An exact decimal amount in major units, as a string: "50000.00".' });
/** An exact rate or share, as a string (numbers refused by the assembler, as for amounts). */
export const rateSchema = z
  .union([z.string(), z.number()])
  .meta({ description: 'An exact rate or share as a string: "0.05%", "0.0005", "万分之五", "5‰", "95%".' });
const amount = amountSchema;
const rate = rateSchema;
const share = rateSchema;

const contact = z.strictObject({
  name: text,
  role: text.optional(),
  email: z.email().optional(),
  phone: text.optional(),
});

const party = z.strictObject({
  name: text,
  role: text.optional().meta({ description: 'The party as the contract calls it, e.g. 甲方 or 乙方.' }),
  address: text.optional(),
  contacts: z.array(contact).optional(),
});

const datedDay = z.union([civilDate, z.strictObject({ date: civilDate, name: text.optional() })]);

const overrides = {
  daysOff: z.array(datedDay).optional().meta({ description: 'Company days off layered on the calendar.' }),
  workingDays: z
    .array(datedDay)
    .optional()
    .meta({ description: 'Company working days layered on the calendar.' }),
};

const holidayCnFile = z
  .strictObject({
    $schema: z.string().optional(),
    $id: z.string().optional(),
    year: z.number().int(),
    papers: z.array(z.string()),
    days: z.array(z.strictObject({ name: z.string(), date: civilDate, isOffDay: z.boolean() })),
  })
  .meta({ description: 'A State Council notice in the holiday-cn format.' });

const calendar = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('china'),
    beyondCoverage: z.enum(['error', 'weekends']).optional(),
    makeUpWorkingDays: z.boolean().optional(),
    extraYears: z.array(holidayCnFile).optional(),
    notices: z.array(z.string().min(1)).optional().meta({
      description:
        "Files with the text of State Council holiday notices (the year's notice, or one amending it), read after extraYears; relative to the definition.",
    }),
    ...overrides,
  }),
  z.strictObject({
    type: z.literal('region'),
    region: z
      .string()
      .meta({ description: 'ISO 3166 code, optionally with a subdivision: US, US-CA, JP, DE-BY.' }),
    weekend: z.array(z.enum(WEEKDAY_NAMES)).optional(),
    holidayTypes: z.array(z.enum(['public', 'bank', 'school', 'optional', 'observance'])).optional(),
    ...overrides,
  }),
  z.strictObject({
    type: z.literal('derived'),
    base: id.meta({ description: 'The calendar these overrides are layered on.' }),
    ...overrides,
  }),
]);

const windowSpec = z.union([z.string(), z.strictObject({ from: z.string(), to: z.string() })]);
const windows = z.union([z.array(windowSpec), z.literal('24h')]);
const daySelector = z.union([
  z.enum(['every-day', 'working-days', 'rest-days']),
  z.array(z.enum([...WEEKDAY_NAMES, ...DAY_KINDS])),
]);

const hours = z.union([
  z.literal('24x7'),
  z.strictObject({
    timeZone: z.string().optional().meta({ description: "Defaults to the contract's timeZone." }),
    calendar: id.optional(),
    days: daySelector.optional(),
    windows: z.union([windows, z.literal('24x7')]).optional(),
    rules: z.array(z.strictObject({ days: daySelector, windows })).optional(),
    exceptions: z
      .array(
        z.union([
          z.strictObject({ date: civilDate, closed: z.literal(true), name: text.optional() }),
          z.strictObject({ date: civilDate, windows: z.array(windowSpec), name: text.optional() }),
        ]),
      )
      .optional(),
    serviceDayLength: durationSchema.optional(),
  }),
]);

const channel = z.strictObject({
  id,
  kind: z.enum(['chat', 'phone', 'email', 'form', 'social', 'other']),
  name: text.optional(),
  hours: id.meta({ description: 'The service hours of the channel.' }),
  languages: z.array(z.string()).optional(),
  clause: clause.optional(),
});

const desk = z.strictObject({
  id,
  name: text.optional(),
  languages: z.array(z.string()).min(1),
  hours: id,
  channels: z.array(id).optional(),
  clause: clause.optional(),
});

const service = z.strictObject({ id, name: text, clause: clause.optional(), description: text.optional() });

/** What a ticket event must be to start, stop or pause a custom measure. */
const eventMatcher = z.strictObject({
  event: z.enum([
    'created',
    'agent-reply',
    'customer-reply',
    'status',
    'milestone',
    'call-offered',
    'call-answered',
    'call-abandoned',
  ]),
  status: z.string().optional(),
  milestone: z.string().optional(),
});

const measure = z.union([
  z.enum(['first-response', 'next-response', 'resolution', 'phone-answer']),
  z.strictObject({
    milestone: text.meta({ description: 'The milestone event name, e.g. preliminary-solution.' }),
  }),
  z.strictObject({
    start: z.array(eventMatcher).min(1),
    stop: z.array(eventMatcher).min(1),
    pause: z.array(eventMatcher).optional(),
    resume: z.array(eventMatcher).optional(),
  }),
]);

const target = z
  .strictObject({
    id,
    clause,
    name: text.optional(),
    description: text.optional(),
    appliesTo: z.unknown().optional().meta({
      description: 'A JSON Logic condition over ticket fields (channel, category, priority, language, ...).',
    }),
    measure,
    within: durationSchema
      .optional()
      .meta({ description: 'The allowance (a target with a table has none).' }),
    by: z.string().min(1).optional().meta({
      description:
        'A table target: the ticket field whose value picks the row of table, e.g. priority. Each row is reported as its own target, id[row].',
    }),
    table: z.record(z.string(), durationSchema).optional().meta({
      description: 'With by: the allowance of each value of the field, e.g. { P1: 1 hour, P2: 8 hours }.',
    }),
    default: z.string().optional().meta({
      description: 'With by: the row of tickets that have no value in the field (absent, null or empty).',
    }),
    hours: z
      .union([id, z.record(z.string(), id)])
      .optional()
      .meta({
        description:
          "Service hours: the clock of business durations, and close of business. A map picks them by the ticket's channel: " +
          '{ phone: phone, default: online }.',
      }),
    calendar: id.optional(),
    counting: z.enum(['cn-civil', 'elapsed']).optional(),
    endOfDay: z
      .union([
        z.enum(['midnight', 'close-of-business']),
        z.record(z.string(), z.enum(['midnight', 'close-of-business'])),
      ])
      .optional()
      .meta({
        description:
          "cn-civil: when the last day ends. A map picks it by the ticket's channel (or hoursBy field): { phone: close-of-business, default: midnight }.",
      }),
    hoursBy: z.string().min(1).optional().meta({
      description: 'The ticket field whose value picks the hours and end of day of maps; default channel.',
    }),
    pauseWhile: z.array(z.string()).optional().meta({
      description: 'Ticket statuses during which the clock stops, e.g. [awaiting-customer, on-hold].',
    }),
    onReopen: z.enum(['resume', 'new-cycle']).optional(),
    onReclassify: z.enum(['retroactive', 'from-change']).optional(),
    repliesFrom: z
      .array(z.enum(['agent', 'bot', 'internal-note']))
      .optional()
      .meta({ description: 'Which replies stop a response clock; default [agent].' }),
    stoppedBy: z
      .array(z.enum(['reply', 'awaiting-customer', 'on-hold', 'solved']))
      .min(1)
      .optional()
      .meta({
        description:
          'first-response: what counts as the first response; default [reply]. awaiting-customer / on-hold: the first change to that status; ' +
          'solved: solving (or closing) the ticket.',
      }),
    warnAt: z
      .array(z.number().positive().max(100))
      .optional()
      .meta({ description: 'Warning thresholds in % of the allowance.' }),
  })
  .check(
    // `within` is required unless the target has a table; said even when the object has other problems.
    z.refine(
      (t: unknown) =>
        typeof t !== 'object' ||
        t === null ||
        ['within', 'by', 'table'].some((key) => (t as Record<string, unknown>)[key] !== undefined),
      { path: ['within'], params: { required: 'string|object' }, when: () => true },
    ),
  );

const prorationRule = z.enum(['by-calendar-days', 'full-period', 'none']);

const fees = z.strictObject({
  currency: z.string().regex(CURRENCY),
  recurring: z
    .array(
      z.strictObject({
        id,
        name: text.optional(),
        clause: clause.optional(),
        amount: amount.optional(),
        amountMinor: z
          .number()
          .int()
          .optional()
          .meta({ description: 'The amount in minor units (fen for CNY).' }),
        period: z.literal('month').optional(),
      }),
    )
    .min(1),
  perUnit: z
    .array(
      z.strictObject({
        id,
        name: text.optional(),
        clause: clause.optional(),
        unit: text,
        price: amount.optional(),
        priceMinor: z.number().int().optional(),
      }),
    )
    .optional(),
  proration: z
    .union([
      prorationRule,
      z.strictObject({ firstPeriod: prorationRule.optional(), lastPeriod: prorationRule.optional() }),
    ])
    .optional(),
  rounding: z.enum(['half-up', 'half-even', 'down', 'up', 'floor', 'ceiling']).optional(),
});

const dueRule = z.union([
  z.strictObject({
    within: durationSchema,
    after: z
      .enum(['signing', 'term-start', 'period-start', 'period-end', 'month-end'])
      .optional()
      .meta({
        description:
          'What the time is counted from: signing, term-start, period-start, period-end (the last day of the billed period) or ' +
          'month-end (the last day of the calendar month the period lies in: "每个自然月结束后"). ' +
          'Default for payments: period-start when billing is in-advance, period-end when in-arrears.',
      }),
    calendar: id.optional(),
    counting: z.enum(['cn-civil', 'elapsed']).optional(),
  }),
  z.strictObject({
    dayOfMonth: z.number().int().min(1).max(31),
    month: z.enum(['same', 'following']),
    calendar: id.optional(),
    rollForward: z.boolean().optional(),
  }),
]);

const payment = z.strictObject({
  method: text.optional(),
  billing: z
    .enum(['in-advance', 'in-arrears'])
    .optional()
    .meta({
      description:
        'How the contract bills: in-advance (a due rule without after counts from the start of the period) or ' +
        'in-arrears (from its end). Leave it out when the rules say after themselves.',
    }),
  schedule: z
    .array(
      z.strictObject({
        id,
        clause: clause.optional(),
        covers: z.enum(['first-period', 'each-period', 'periods-after-first', 'last-period']),
        due: dueRule,
      }),
    )
    .min(1),
});

const lateFee = z.strictObject({
  clause: clause.optional(),
  dailyRate: rate,
  cap: z
    .union([
      z.strictObject({ shareOfOverdue: share }),
      z.strictObject({ amount: amount.optional(), amountMinor: z.number().int().optional() }),
      z.string().meta({ description: 'Shorthand for { shareOfOverdue }: a percentage such as "20%".' }),
    ])
    .optional()
    .meta({
      description:
        'The most the penalty may reach: { shareOfOverdue: "20%" } (or just "20%"), or a fixed { amount: "5000.00" }.',
    }),
  rounding: z.enum(['half-up', 'half-even', 'down', 'up', 'floor', 'ceiling']).optional(),
});

const serviceCredits = z.strictObject({
  clause: clause.optional(),
  cap: share
    .optional()
    .meta({ description: "The most that credits may deduct from a month's fee, e.g. 20%." }),
  rules: z
    .array(
      z.strictObject({
        id,
        clause: clause.optional(),
        target: id,
        channel: id.optional(),
        tiers: z
          .array(
            z.strictObject({
              below: share
                .optional()
                .meta({ description: 'The credit applies to a met rate under this: "95%".' }),
              atOrBelow: share.optional().meta({
                description: 'The credit applies to a met rate at or under this: "95%" (95% or lower).',
              }),
              credit: share,
            }),
          )
          .min(1),
      }),
    )
    .min(1),
});

const report = z.strictObject({
  id,
  name: text,
  clause: clause.optional(),
  period: z.enum(['week', 'month', 'quarter', 'year']),
  due: dueRule,
  contents: z.array(text).optional(),
});

/** The whole definition. */
export const contractSchema = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(1).meta({ description: 'The version of this format: 1.' }),
    id,
    title: text,
    description: text.optional(),
    language: z.enum(['en', 'zh']).optional().meta({
      description:
        "Default language of the command line's output (--lang); the API takes the language as an argument.",
    }),
    parties: z.strictObject({ provider: party, client: party }).optional(),
    signedOn: civilDate.optional().meta({ description: 'The signing date: the anchor of after: signing.' }),
    term: z
      .strictObject({ start: civilDate, end: civilDate })
      .optional()
      .meta({ description: 'The service term, both days included; fees need it.' }),
    timeZone: z.string().meta({ description: 'IANA time zone of the contract, e.g. Asia/Shanghai.' }),
    calendars: z.record(id, calendar).optional(),
    statuses: z
      .record(z.string().min(1), z.enum(TICKET_STATUSES))
      .optional()
      .meta({
        description:
          "The help desk's own status names and the library's status each stands for, case and width insensitive: " +
          '{ Replied: awaiting-customer, "On Hold": on-hold, Resolved: solved }.',
      }),
    hours: z.record(id, hours).optional(),
    scope: z
      .strictObject({
        channels: z.array(channel).min(1),
        desks: z.array(desk).optional(),
        services: z.array(service).optional(),
      })
      .optional(),
    targets: z.array(target).optional(),
    fees: fees.optional(),
    payment: payment.optional(),
    lateFee: lateFee.optional(),
    serviceCredits: serviceCredits.optional(),
    reporting: z.array(report).optional(),
  })
  .meta({
    title: 'contract-terms definition',
    description:
      'A service contract as rules: calendars, service hours, service-level targets, fees and payments.',
  });

/**
 * A definition as written (after structural validation): the schema's output type, spelled out in
 * definition.generated.ts so that the published declarations need not declare the schema.
 */
export type { ContractDefinition };

/** Compile-time: the spelled-out type is exactly the schema's output (`npm run generate` after a change). */
export type DEFINITION_TYPE_CURRENT = Assert<
  [ContractDefinition] extends [z.infer<typeof contractSchema>]
    ? [z.infer<typeof contractSchema>] extends [ContractDefinition]
      ? true
      : false
    : false
>;
export type TargetDefinition = z.infer<typeof target>;
export type CalendarDefinition = z.infer<typeof calendar>;
export type HoursDefinition = z.infer<typeof hours>;
export type DueRuleDefinition = z.infer<typeof dueRule>;
export type FeesDefinition = z.infer<typeof fees>;
export type PaymentDefinition = z.infer<typeof payment>;
export type LateFeeDefinition = z.infer<typeof lateFee>;
export type ServiceCreditsDefinition = z.infer<typeof serviceCredits>;
export type MeasureDefinition = z.infer<typeof measure>;
export type EventMatcherDefinition = z.infer<typeof eventMatcher>;
