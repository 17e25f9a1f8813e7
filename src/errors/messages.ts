/**
 * Every message the library prints, in English and Chinese: this file assembles the catalogue from
 * its domains (messages/*.ts, one room per part of the library, each message's English and Chinese
 * side by side) and renders a message by its code.
 *
 * Errors and explanations carry a `code` and structured `params`; the text is rendered from this
 * catalogue on demand, so callers can show a message in the user's language and machines can
 * branch on the code without parsing text. Everything is keyed by code (and reasons by key), never
 * by English text: a Chinese message is never looked up from an English one.
 *
 * To add a message: put it in the domain file of the code that raises it (messages/clock.ts for a
 * duration, messages/sla.ts for a ticket, ...), English first, Chinese second; tests/messages.test.ts
 * renders every code in both languages with sample parameters.
 */
import { ARGUMENT_EXPECTATIONS, type ArgumentExpectation, argumentsMessages } from './messages/arguments.js';
import { billingMessages } from './messages/billing.js';
import { CALENDAR_DATA_REASONS, type CalendarDataReason, calendarMessages } from './messages/calendar.js';
import {
  clockMessages,
  DEADLINE_REASONS,
  type DeadlineReason,
  DURATION_REASONS,
  type DurationReason,
  HOURS_REASONS,
  type HoursReason,
} from './messages/clock.js';
import { conditionMessages } from './messages/condition.js';
import { contractMessages } from './messages/contract.js';
import { draftMessages } from './messages/draft.js';
import { limitsMessages } from './messages/limits.js';
import { noticeMessages } from './messages/notice.js';
import type { Lang, Message } from './messages/shared.js';
import { slaMessages } from './messages/sla.js';
import { TIME_REASONS, type TimeReason, timeMessages } from './messages/time.js';

export type { ArgumentExpectation } from './messages/arguments.js';
export type { MoneyArgumentExpectation, NumberSyntaxReason } from './messages/billing.js';
export type { CalendarDataReason } from './messages/calendar.js';
export type {
  DeadlineReason,
  DurationGroup,
  DurationKindName,
  DurationReason,
  DurationUnit,
  HoursReason,
} from './messages/clock.js';
export type { JsonExpectation, SchemaFormat } from './messages/contract.js';
export type { Lang } from './messages/shared.js';
export type { TicketExpectation } from './messages/sla.js';
export type { TimeReason } from './messages/time.js';

/** Every reason key, by message, for tests that render each one in each language. */
export const REASON_KEYS = {
  time: Object.keys(TIME_REASONS) as Array<TimeReason['key']>,
  duration: Object.keys(DURATION_REASONS) as Array<DurationReason['key']>,
  hours: Object.keys(HOURS_REASONS) as Array<HoursReason['key']>,
  deadline: Object.keys(DEADLINE_REASONS) as Array<DeadlineReason['key']>,
  calendarData: Object.keys(CALENDAR_DATA_REASONS) as Array<CalendarDataReason['key']>,
  argument: Object.keys(ARGUMENT_EXPECTATIONS) as ArgumentExpectation[],
} as const;

/** The message catalogue. Keys are the stable error and issue codes. */
export const messages = {
  ...timeMessages,
  ...calendarMessages,
  ...noticeMessages,
  ...argumentsMessages,
  ...clockMessages,
  ...billingMessages,
  ...conditionMessages,
  ...limitsMessages,
  ...contractMessages,
  ...slaMessages,
  ...draftMessages,
} as const;

/** A stable code naming what went wrong. */
export type MessageCode = keyof typeof messages;

/** The parameters a message with the given code is rendered from. */
export type MessageParams<C extends MessageCode> = Parameters<(typeof messages)[C]['en']>[0];

/**
 * Renders the message with the given code in a language.
 *
 * @example
 * renderMessage('invalid_time_zone', { input: 'Mars/Base' }, 'zh')
 * //=> '"Mars/Base" 不是已知的 IANA 时区'
 */
export function renderMessage<C extends MessageCode>(
  code: C,
  params: MessageParams<C>,
  lang: Lang = 'en',
): string {
  const message = messages[code] as Message<MessageParams<C>>;
  return message[lang](params);
}
