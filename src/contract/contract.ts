/** A parsed contract: its normalised rules, and the questions the engines answer about it. */

import type { BillingTerms } from '../billing/terms.js';
import type { WorkingDayCalendar } from '../calendar/calendar.js';
import type { ServiceHours } from '../clock/service-hours.js';
import type { SlaTarget } from '../sla/target.js';
import type { Assembled, Channel } from './assemble.js';
import type { ContractIssue } from './issues.js';
import type { ContractDefinition } from './schema.js';

/** A contract ready to be questioned. Obtain one with `parseContract`. */
export class Contract {
  /** The definition as written (validated). */
  readonly definition: ContractDefinition;
  readonly id: string;
  readonly title: string;
  /** The contract's IANA zone: civil dates of tickets and payments are read in it. */
  readonly timeZone: string;
  /** Warnings found while reading the definition. */
  readonly warnings: ContractIssue[];
  /** The named calendars. */
  readonly calendars: Readonly<Record<string, WorkingDayCalendar>>;
  /** The named service hours. */
  readonly hours: Readonly<Record<string, ServiceHours>>;
  /** The channels of the service scope. */
  readonly channels: ReadonlyMap<string, Channel>;
  /** The service-level targets, normalised. */
  readonly targets: readonly SlaTarget[];
  /** The money terms, normalised (undefined when the definition has no fees). */
  readonly billing: BillingTerms | undefined;
  /** @internal */
  readonly assembled: Assembled;

  /** @internal Use `parseContract`. */
  constructor(assembled: Assembled, warnings: ContractIssue[]) {
    this.assembled = assembled;
    this.definition = assembled.definition;
    this.id = assembled.definition.id;
    this.title = assembled.definition.title;
    this.timeZone = assembled.zone.id;
    this.warnings = warnings;
    this.calendars = Object.freeze(Object.fromEntries(assembled.calendars));
    this.hours = Object.freeze(Object.fromEntries(assembled.hours));
    this.channels = assembled.channels;
    this.targets = Object.freeze([...assembled.targets]);
    this.billing = assembled.billing;
  }
}
