/** A parsed contract: its normalised rules, and the questions the engines answer about it. */

import {
  type ComplianceReportInput,
  serviceCredits as computeServiceCredits,
  type ServiceCreditsResult,
} from '../billing/credits.js';
import {
  lateFee as computeLateFee,
  type LateFeeOptions,
  type LateFeeResult,
  type PaymentDue,
  type PaymentMade,
} from '../billing/late-fee.js';
import {
  reportingDeadlines as computeReportingDeadlines,
  type ReportingDeadlines,
} from '../billing/reports.js';
import {
  paymentSchedule as computePaymentSchedule,
  type PaymentSchedule,
  type PaymentScheduleOptions,
} from '../billing/schedule.js';
import {
  statement as computeStatement,
  type Statement,
  type StatementOptions,
} from '../billing/statement.js';
import type { BillingTerms } from '../billing/terms.js';
import type { WorkingDayCalendar } from '../calendar/calendar.js';
import type { ServiceHours } from '../clock/service-hours.js';
import { BillingError, QuestionError } from '../errors/errors.js';
import { DEFAULT_LIMITS, type Limits } from '../limits/limits.js';
import { SlaEngine, type TicketEvaluation } from '../sla/evaluate.js';
import {
  buildComplianceReport,
  buildComplianceReportAsync,
  ComplianceAccumulator,
  type ComplianceOptions,
  type ComplianceReport,
  type EvaluationLike,
  type ReportSubject,
} from '../sla/report.js';
import { type EvaluationItem, evaluateAsync, TicketStream } from '../sla/stream.js';
import type { SlaTarget } from '../sla/target.js';
import type { TicketInput } from '../sla/ticket.js';
import { sha256Text } from '../text/sha256.js';
import type { CivilDate } from '../time/civil-date.js';
import { type InstantInput, parseInstant } from '../time/instant.js';
import type { Assembled, Channel } from './assemble.js';
import type { ContractIssue } from './issues.js';
import type { ContractDefinition } from './schema.js';

/**
 * A contract ready to be questioned. Obtain one with {@link parseContract}.
 *
 * The examples of its methods use the reference contract,
 * `examples/customer-service.contract.yaml` (50000.00 CNY a month; each month due within 10 working
 * days after it ends; 0.05% a day late).
 *
 * @example
 * const contract = parseContract(readFileSync('examples/customer-service.contract.yaml', 'utf8'));
 * contract.targets.map((t) => t.id).slice(0, 3)
 * //=> ['chat-first-response', 'email-first-reply', 'phone-answer']
 */
export class Contract {
  /** The definition as written (validated). */
  readonly definition: ContractDefinition;
  /** The definition's `id` (`'cs-outsourcing-2025'`). */
  readonly id: string;
  /** The definition's `title`. */
  readonly title: string;
  /** The contract's IANA zone: civil dates of tickets and payments are read in it. */
  readonly timeZone: string;
  /** The definition's default language for output (`language`, default `en`); methods take a language too. */
  readonly language: 'en' | 'zh';
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

  /** The limits this contract's evaluations keep (`docs/limits.md`): the defaults, or those given to `parseContract`. */
  readonly limits: Readonly<Limits>;

  /** The definition as read (its text, or the object given as canonical JSON): what `definitionSha256` hashes. */
  readonly #definitionText: string;
  #definitionSha256: string | undefined;

  /** @internal Use `parseContract`. */
  constructor(
    assembled: Assembled,
    warnings: ContractIssue[],
    limits: Readonly<Limits> = DEFAULT_LIMITS,
    definitionText: string = canonicalJson(assembled.definition),
  ) {
    this.#definitionText = definitionText;
    this.assembled = assembled;
    this.limits = limits;
    this.definition = assembled.definition;
    this.id = assembled.definition.id;
    this.title = assembled.definition.title;
    this.timeZone = assembled.zone.id;
    this.language = assembled.definition.language ?? 'en';
    this.warnings = warnings;
    this.calendars = Object.freeze(Object.fromEntries(assembled.calendars));
    this.hours = Object.freeze(Object.fromEntries(assembled.hours));
    this.channels = assembled.channels;
    this.targets = Object.freeze([...assembled.targets]);
    this.billing = assembled.billing;
  }

  /**
   * The SHA-256 of the definition (hex): of its text when read from text (YAML or JSON, as written),
   * else of the object as canonical JSON (keys sorted). Reports state it, so that two parties can tell
   * whether they used the same definition.
   *
   * @example
   * parseContract(readFileSync('examples/customer-service.contract.yaml', 'utf8')).definitionSha256.length
   * //=> 64
   */
  get definitionSha256(): string {
    this.#definitionSha256 ??= sha256Text(this.#definitionText);
    return this.#definitionSha256;
  }

  /**
   * Which questions the definition answers, and for each it cannot, the sections it lacks: service
   * levels need `targets`; payment schedules and statements `fees` and `payment`; late fees also
   * `lateFee`; service credits `fees`, `serviceCredits` and `targets`. `validate` prints it.
   *
   * @example
   * contract.answers().map((a) => [a.question, a.answered])
   * //=> [['service-levels', true], ['payments', true], ['late-fees', true], ['service-credits', true]]
   */
  answers(): ContractAnswer[] {
    const def = this.definition;
    const has = {
      targets: (def.targets?.length ?? 0) > 0,
      fees: def.fees !== undefined,
      payment: def.payment !== undefined,
      lateFee: def.lateFee !== undefined,
      serviceCredits: def.serviceCredits !== undefined,
    };
    const answer = (question: ContractAnswer['question'], needs: Array<keyof typeof has>): ContractAnswer => {
      const missing = needs.filter((section) => !has[section]);
      return { question, answered: missing.length === 0, missing };
    };
    return [
      answer('service-levels', ['targets']),
      answer('payments', ['fees', 'payment']),
      answer('late-fees', ['fees', 'payment', 'lateFee']),
      answer('service-credits', ['fees', 'serviceCredits', 'targets']),
    ];
  }

  // ---- service levels ----

  #sla: SlaEngine | undefined;

  private get sla(): SlaEngine {
    // A definition without targets (fees only) answers no service-level question.
    if (this.definition.targets === undefined)
      throw new QuestionError('contract_no_targets', { contract: this.id });
    this.#sla ??= new SlaEngine(
      this.assembled.targets,
      this.assembled.zone,
      this.limits,
      this.assembled.statusNames,
    );
    return this.#sla;
  }

  /**
   * Evaluates a ticket's timeline against every target that applies: status, due instant, when it
   * was met or breached, elapsed and remaining time, share used, warnings, and the explanation.
   * With `at` the ticket is judged as of that instant (events after it are ignored; an open target
   * past due is breached); without it, on its events only (open targets stay running).
   * Throws `TicketError` (or `InvalidInstantError`) for a malformed ticket or an impossible timeline.
   *
   * @example
   * contract.evaluateTicket({ id: 'T1', fields: { channel: 'email' }, events: [
   *   { type: 'created', at: '2025-10-09T09:00:00+08:00' },
   *   { type: 'agent-reply', at: '2025-10-09T12:30:00+08:00' },
   * ] }).targets.map((t) => [t.target, t.status])
   * //=> [['email-first-reply', 'met']]
   */
  evaluateTicket(ticket: TicketInput, options: EvaluateOptions = {}): TicketEvaluation {
    return this.sla.evaluate(ticket, readAt(options));
  }

  /**
   * Evaluates many tickets, streaming: one item per input ticket, in order, either the evaluation
   * or that ticket's error; a bad ticket never stops the batch. Accepts an iterable or an async
   * iterable (and then returns an async iterable).
   *
   * @example
   * const items = [...contract.evaluateTickets([
   *   { id: 'T1', fields: { channel: 'email' }, events: [
   *     { type: 'created', at: '2025-10-09T09:00:00+08:00' },
   *     { type: 'agent-reply', at: '2025-10-09T12:30:00+08:00' },
   *   ] },
   *   { id: 'T2', fields: 'oops' },
   * ])];
   * items.map((item) => (item.ok ? item.evaluation.ticketId : item.error.code))
   * //=> ['T1', 'ticket_shape']
   */
  evaluateTickets(tickets: Iterable<unknown>, options?: EvaluateOptions): IterableIterator<EvaluationItem>;
  evaluateTickets(
    tickets: AsyncIterable<unknown>,
    options?: EvaluateOptions,
  ): AsyncIterableIterator<EvaluationItem>;
  evaluateTickets(
    tickets: Iterable<unknown> | AsyncIterable<unknown>,
    options: EvaluateOptions = {},
  ): IterableIterator<EvaluationItem> | AsyncIterableIterator<EvaluationItem> {
    const at = readAt(options);
    const engine = this.sla;
    if (Symbol.asyncIterator in tickets) return evaluateAsync(engine, tickets as AsyncIterable<unknown>, at);
    return new TicketStream(engine, tickets as Iterable<unknown>, at);
  }

  /**
   * The compliance report over evaluations (or the items of `evaluateTickets`): per target, channel
   * and month, met, breached, excluded, the met rate and percentiles of the measured times. From an
   * async iterable it returns a promise of the report.
   *
   * @example
   * const report = contract.complianceReport(contract.evaluateTickets(tickets), { month: '2025-10' });
   * report.rows.map((r) => [r.target, r.channel, r.met, r.breached, r.metRatePercent])
   * //=> [['email-first-reply', 'email', 1, 0, '100.00']] (with the tickets of evaluateTickets)
   */
  complianceReport(evaluations: Iterable<EvaluationLike>, options?: ComplianceOptions): ComplianceReport;
  complianceReport(
    evaluations: AsyncIterable<EvaluationLike>,
    options?: ComplianceOptions,
  ): Promise<ComplianceReport>;
  complianceReport(
    evaluations: Iterable<EvaluationLike> | AsyncIterable<EvaluationLike>,
    options: ComplianceOptions = {},
  ): ComplianceReport | Promise<ComplianceReport> {
    if (Symbol.asyncIterator in evaluations) {
      return buildComplianceReportAsync(
        evaluations as AsyncIterable<EvaluationLike>,
        this.reportSubject(),
        options,
      );
    }
    return buildComplianceReport(evaluations as Iterable<EvaluationLike>, this.reportSubject(), options);
  }

  /**
   * An empty compliance report to add evaluations to, merge with others (other partitions of the
   * tickets, from other threads or machines: `ComplianceAccumulator.fromJSON(saved)`) and save
   * (`toJSON()`); `report()` gives what `complianceReport` gives for the same tickets and options.
   *
   * @example
   * const acc = contract.complianceAccumulator({ month: '2025-10' });
   * for (const item of contract.evaluateTickets(tickets)) acc.add(item);
   * acc.report().rows.map((r) => [r.target, r.met])
   * //=> [['email-first-reply', 1]] (with the tickets of evaluateTickets)
   */
  complianceAccumulator(options: ComplianceOptions = {}): ComplianceAccumulator {
    return new ComplianceAccumulator(this.reportSubject(), options);
  }

  /** What a report of this contract states about it: zone, targets, id, definition hash, calendar data. */
  private reportSubject(): ReportSubject {
    return {
      zone: this.assembled.zone,
      targets: this.assembled.targets.map((t) => ({ id: t.id, clause: t.clause })),
      contractId: this.id,
      definitionSha256: this.definitionSha256,
      calendars: Object.fromEntries(Object.entries(this.calendars).map(([name, c]) => [name, c.dataVersion])),
    };
  }

  // ---- fees and payments ----

  /** The money terms; a contract without fees answers no money question (`BillingError`). */
  #money(): BillingTerms {
    if (this.billing === undefined) throw new BillingError('billing_no_fees', { contract: this.id });
    return this.billing;
  }

  /**
   * Every payment over the term (or the billing months `from`..`to`): the period it pays for, the
   * exact amount, the due date and how it was reached. Throws `CalendarCoverageError` when a due date
   * needs days the calendar does not cover (unless the calendar estimates: then `estimated: true`).
   *
   * @example
   * contract.paymentSchedule().payments.map((p) => [p.period.month, p.amount.amount, p.dueDate]).slice(0, 2)
   * //=> [['2025-07', '50000.00', '2025-06-23'], ['2025-08', '50000.00', '2025-09-12']]
   */
  paymentSchedule(options: PaymentScheduleOptions = {}): PaymentSchedule {
    return computePaymentSchedule(this.#money(), options, { id: this.id, title: this.title });
  }

  /**
   * The deadlines of the reports the definition's `reporting` section asks for: one per report and
   * period (week, month, quarter or year, clipped to the term), due by the report's rule, counted like
   * every other deadline; with `toICS()` for calendar apps.
   *
   * @example
   * contract.reportingDeadlines().deadlines.slice(0, 2).map((d) => [d.report, d.period.from, d.dueDate])
   * //=> [['monthly-service-report', '2025-07-01', '2025-08-07'], ['monthly-service-report', '2025-08-01', '2025-09-05']]
   */
  reportingDeadlines(): ReportingDeadlines {
    return computeReportingDeadlines(this.#money(), { id: this.id, title: this.title });
  }

  /**
   * The late-payment penalty of a payment (a billing month `YYYY-MM`, a payment of the schedule, or
   * `{ dueDate, amount }`), paid in full on a day or by a list of `{ date, amount }` payments.
   *
   * @example
   * contract.lateFee('2025-09', '2025-10-30').fee
   * //=> { amount: '225.00', currency: 'CNY' } (due 2025-10-21; 9 days x 0.05% x 50000.00)
   */
  lateFee(
    payment: PaymentDue,
    paid: CivilDate | readonly PaymentMade[],
    options: LateFeeOptions = {},
  ): LateFeeResult {
    return computeLateFee(this.#money(), payment, paid, options);
  }

  /**
   * The service credits of a billing month from a compliance report (`complianceReport()` output,
   * or any `{ rows: [{ target, channel, month, met, breached }] }`), and the net amount due.
   *
   * @example
   * contract.serviceCredits(
   *   { rows: [{ target: 'email-first-reply', channel: 'email', month: '2025-10', met: 92, breached: 8 }] },
   *   '2025-10',
   * ).net
   * //=> { amount: '47500.00', currency: 'CNY' } (92% is below 95%: 5% of 50000.00 is credited)
   */
  serviceCredits(report: ComplianceReportInput, month: string): ServiceCreditsResult {
    return computeServiceCredits(this.#money(), report, month);
  }

  /**
   * One billing month at a glance: fee, credits, amount due, due date, paid, penalty as of a date.
   *
   * @example
   * const s = contract.statement('2025-10', { asOf: '2025-11-20' });
   * [s.amountDue.amount, s.dueDate, s.outstanding.amount, s.penalty.amount]
   * //=> ['50000.00', '2025-11-14', '50000.00', '150.00'] (unpaid 6 days after the due date)
   */
  statement(month: string, options: StatementOptions = {}): Statement {
    return computeStatement(this.#money(), month, options);
  }
}

export type { EvaluationItem };

/** An object as JSON with its keys sorted at every level (the same text for the same content). */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** A question a contract answers or not (see {@link Contract.answers}). */
export interface ContractAnswer {
  /** `service-levels` (tickets, reports), `payments` (schedule, statements), `late-fees`, `service-credits`. */
  question: 'service-levels' | 'payments' | 'late-fees' | 'service-credits';
  answered: boolean;
  /** The sections the definition lacks for it (`['fees']`); empty when answered. */
  missing: string[];
}

/** Options of ticket evaluation. */
export interface EvaluateOptions {
  /** Judge as of this instant (ignoring later events); default: on the events only. */
  at?: InstantInput;
}

function readAt(options: EvaluateOptions): number | null {
  return options.at === undefined ? null : parseInstant(options.at, ['at']);
}
