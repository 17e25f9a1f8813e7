/**
 * The money terms of a contract, normalised: what the payment engine evaluates. The contract
 * assembler builds these from a definition.
 */
import type { TableCalendar } from '../calendar/calendar.js';
import type { DeadlineContext } from '../clock/deadline.js';
import type { DayNumber } from '../time/civil-date.js';
import type { TimeZone } from '../time/zone.js';
import type { Decimal, RoundingMode } from './decimal.js';
import type { Money } from './money.js';

/** How a partial first or last period is charged. */
export type ProrationRule = 'by-calendar-days' | 'full-period' | 'none';

/** When something is due. */
export type DueRule =
  | {
      kind: 'after';
      /**
       * What the period is counted from: signing, the term's start, the billed period's first or
       * last day, or the last day of the calendar month the period lies in (`month-end`).
       */
      after: DueAnchor;
      /** Set when the definition left `after` out and `payment.billing` chose it. */
      fromBilling?: Billing;
      /** The duration, calendar and counting convention, resolved. */
      deadline: DeadlineContext;
    }
  | {
      kind: 'day-of-month';
      dayOfMonth: number;
      month: 'same' | 'following';
      calendar: TableCalendar | undefined;
      /** Move a due day that is not a working day to the next working day (art. 203). */
      rollForward: boolean;
    };

/** What an `after` due rule counts from (`month-end`: the end of the calendar month of the period). */
export type DueAnchor = 'signing' | 'term-start' | 'period-start' | 'period-end' | 'month-end';

/** How the contract bills: a period's fee due from its start (`in-advance`) or its end (`in-arrears`). */
export type Billing = 'in-advance' | 'in-arrears';

/**
 * A credit tier, normalised: the credit applies when the met rate is below `threshold` (at or below
 * it when `inclusive`).
 */
export interface CreditTier {
  threshold: Decimal;
  inclusive: boolean;
  credit: Decimal;
}

/** Which periods a payment rule covers. */
export type Covers = 'first-period' | 'each-period' | 'periods-after-first' | 'last-period';

export interface PaymentRule {
  id: string;
  clause: string | undefined;
  covers: Covers;
  due: DueRule;
}

/**
 * The money terms as the payment engine reads them (day numbers, the zone, the calendar table).
 * Contract shows them as the public view `BillingTerms` (contract/views.ts).
 */
export interface BillingTerms {
  currency: string;
  exponent: number;
  zone: TimeZone;
  /** Undefined without `signedOn` (the assembler refuses `after: signing` then). */
  signedOn: DayNumber | undefined;
  termStart: DayNumber;
  termEnd: DayNumber;
  /** The calendar used when a rule does not name one. */
  calendar: TableCalendar | undefined;
  recurring: Array<{ id: string; name: string | undefined; clause: string | undefined; amount: Money }>;
  perUnit: Array<{
    id: string;
    name: string | undefined;
    clause: string | undefined;
    unit: string;
    price: Money;
  }>;
  proration: { first: ProrationRule; last: ProrationRule };
  rounding: RoundingMode;
  /** As the definition says (`payment.billing`), or undefined; it chooses the anchor of due rules without `after`. */
  billing: Billing | undefined;
  method: string | undefined;
  schedule: PaymentRule[];
  lateFee:
    | {
        clause: string | undefined;
        dailyRate: Decimal;
        cap: { kind: 'share'; share: Decimal } | { kind: 'amount'; amount: Money } | undefined;
        rounding: RoundingMode;
      }
    | undefined;
  credits:
    | {
        clause: string | undefined;
        cap: Decimal | undefined;
        rules: Array<{
          id: string;
          clause: string | undefined;
          target: string;
          channel: string | undefined;
          /**
           * Sorted widest first (highest threshold; at equal thresholds the inclusive one): the last
           * tier the met rate falls in applies.
           */
          tiers: CreditTier[];
        }>;
      }
    | undefined;
  reporting: Array<{
    id: string;
    name: string;
    clause: string | undefined;
    period: 'week' | 'month' | 'quarter' | 'year';
    due: DueRule;
    contents: string[];
  }>;
}
