/**
 * The public views of a contract's normalised rules: what `Contract` shows of its targets, channels
 * and money terms. Each is a small interface over the engine's own record (`sla/target.ts`,
 * `contract/assemble.ts`, `billing/terms.ts`), which it is assigned from without a copy: the engines
 * (the calendar tables, the service-hours engine, the resolved deadline context) stay internal and
 * out of the published declarations, and can change without changing the API.
 * tests/package/declarations.test.ts checks that no public type reaches an internal one.
 */

import type { Decimal, RoundingMode } from '../billing/decimal.js';
import type { Money } from '../billing/money.js';
import type { Billing, Covers, DueAnchor, ProrationRule } from '../billing/terms.js';
import type { WorkingDayCalendar } from '../calendar/calendar.js';
import type { Counting } from '../clock/deadline.js';
import type { Duration } from '../clock/duration.js';
import type { ServiceHours } from '../clock/service-hours.js';
import type { CompiledCondition } from '../rules/condition.js';
import type { Measure, ReplyAuthor, ResponseStops } from '../sla/target.js';

/** The clock of a term, resolved: its duration, how days are counted, and on which calendar and hours. */
export interface TermClock {
  readonly duration: Duration;
  readonly counting: Counting;
  /** The working-day calendar, when the term needs one. */
  readonly calendar: WorkingDayCalendar | undefined;
  /** The service hours of a business-time term. */
  readonly hours: ServiceHours | undefined;
  /** When the last day of a day-based term ends. */
  readonly endOfDay: 'midnight' | 'close-of-business';
  /** Whether a last day that is not a working day moves to the next working day (art. 203). */
  readonly rollForward: boolean;
}

/** A service-level target, normalised from the definition: what `evaluateTicket` judges. */
export interface SlaTarget {
  readonly id: string;
  /** The contract clause the target comes from. */
  readonly clause: string;
  readonly name: string | undefined;
  /** Compiled `appliesTo`; undefined: every ticket. */
  readonly condition: CompiledCondition | undefined;
  readonly measure: Measure;
  readonly duration: Duration;
  /** The target's clock, resolved. */
  readonly deadline: TermClock;
  /** The target's service hours (also used to decide whether a call was offered in hours). */
  readonly hours: ServiceHours | undefined;
  /** The statuses (as the library names them) during which the clock stops. */
  readonly pauseWhile: ReadonlySet<string>;
  readonly onReopen: 'resume' | 'new-cycle';
  readonly onReclassify: 'retroactive' | 'from-change';
  /** Whose replies stop a response clock. */
  readonly repliesFrom: ReadonlySet<ReplyAuthor>;
  /** First-response targets with `stoppedBy`: what stops the clock; undefined: a reply only (the default). */
  readonly responseStops?: ResponseStops | undefined;
  /**
   * The same target on other hours or end of day, by the value of a ticket field (`by`: `channel`
   * unless `hoursBy` says otherwise) when the target starts to apply; a value not listed runs on
   * this one (the default).
   */
  readonly variants?: { readonly by: string; readonly map: ReadonlyMap<string, SlaTarget> } | undefined;
  /** Warning thresholds in per cent of the allowance, as the definition writes them, ascending (50, 75, 90). */
  readonly warnAt: readonly number[];
}

/** A channel of the service scope. */
export interface Channel {
  readonly id: string;
  readonly kind: 'chat' | 'phone' | 'email' | 'form' | 'social' | 'other';
  readonly name: string | undefined;
  /** The channel's service hours, when the definition gives them. */
  readonly hours: ServiceHours | undefined;
  readonly languages: readonly string[];
}

/** When a payment or report is due, resolved. */
export type DueTerm =
  | {
      readonly kind: 'after';
      /** What the period is counted from (`month-end`: the last day of the period's calendar month). */
      readonly after: DueAnchor;
      /** Set when the definition left `after` out and `payment.billing` chose it. */
      readonly fromBilling?: Billing | undefined;
      readonly deadline: TermClock;
    }
  | {
      readonly kind: 'day-of-month';
      readonly dayOfMonth: number;
      readonly month: 'same' | 'following';
      readonly calendar: WorkingDayCalendar | undefined;
      /** Move a due day that is not a working day to the next working day (art. 203). */
      readonly rollForward: boolean;
    };

/** A credit tier: the credit applies when the met rate is below `threshold` (at or below it when `inclusive`). */
export interface CreditTierTerm {
  readonly threshold: Decimal;
  readonly inclusive: boolean;
  readonly credit: Decimal;
}

/** The money terms of a contract, normalised from the definition (`fees`, `payment`, `lateFee`, ...). */
export interface BillingTerms {
  /** ISO 4217 code of every amount. */
  readonly currency: string;
  /** Digits after the decimal point of the currency (2 for CNY). */
  readonly exponent: number;
  readonly recurring: ReadonlyArray<{
    readonly id: string;
    readonly name: string | undefined;
    readonly clause: string | undefined;
    readonly amount: Money;
  }>;
  readonly perUnit: ReadonlyArray<{
    readonly id: string;
    readonly name: string | undefined;
    readonly clause: string | undefined;
    readonly unit: string;
    readonly price: Money;
  }>;
  readonly proration: { readonly first: ProrationRule; readonly last: ProrationRule };
  readonly rounding: RoundingMode;
  /** As the definition says (`payment.billing`); it chooses the anchor of due rules without `after`. */
  readonly billing: Billing | undefined;
  readonly method: string | undefined;
  readonly schedule: ReadonlyArray<{
    readonly id: string;
    readonly clause: string | undefined;
    readonly covers: Covers;
    readonly due: DueTerm;
  }>;
  readonly lateFee:
    | {
        readonly clause: string | undefined;
        readonly dailyRate: Decimal;
        readonly cap:
          | { readonly kind: 'share'; readonly share: Decimal }
          | { readonly kind: 'amount'; readonly amount: Money }
          | undefined;
        readonly rounding: RoundingMode;
      }
    | undefined;
  readonly credits:
    | {
        readonly clause: string | undefined;
        readonly cap: Decimal | undefined;
        readonly rules: ReadonlyArray<{
          readonly id: string;
          readonly clause: string | undefined;
          readonly target: string;
          readonly channel: string | undefined;
          /** Widest first: the last tier the met rate falls in applies. */
          readonly tiers: readonly CreditTierTerm[];
        }>;
      }
    | undefined;
  readonly reporting: ReadonlyArray<{
    readonly id: string;
    readonly name: string;
    readonly clause: string | undefined;
    readonly period: 'week' | 'month' | 'quarter' | 'year';
    readonly due: DueTerm;
    readonly contents: readonly string[];
  }>;
}
