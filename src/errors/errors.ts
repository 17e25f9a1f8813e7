import { type Lang, type MessageCode, type MessageParams, renderMessage } from './messages.js';

/** Where in the input a problem was found: object keys and array indexes from the root. */
export type IssuePath = ReadonlyArray<string | number>;

/**
 * The base class of every error the library throws on purpose.
 *
 * `code` is stable and machine-readable, `params` holds the facts the message is built from, and
 * `path` says where in the caller's input the problem is (empty when the input is a single value).
 * `message` is English; {@link ContractTermsError.localizedMessage} renders it in either language.
 *
 * @example
 * try {
 *   serviceHours({ timeZone: 'Asia/Shanghai', windows: ['09:00-09:00'] });
 * } catch (error) {
 *   if (error instanceof ContractTermsError) [error.code, error.path, error.message];
 * }
 * //=> ['invalid_service_hours', ['windows', 0],
 * //    'windows[0]: invalid service hours: "09:00-09:00" is empty (use 00:00-24:00 for a whole day)']
 */
export class ContractTermsError<C extends MessageCode = MessageCode> extends Error {
  /** A stable, machine-readable code (`invalid_instant`, `calendar_coverage`, ...). */
  readonly code: C;
  /**
   * The facts the message is built from. A `reason` among them is data too: a `key` naming why
   * (`{ key: 'no-such-day', month: '2025-02', day: 30 }`), rendered in each language by the catalogue.
   */
  readonly params: MessageParams<C>;
  /** Where in the caller's input the problem is (`['windows', 0]`); empty for a single value. */
  readonly path: IssuePath;

  constructor(code: C, params: MessageParams<C>, path: IssuePath = [], options?: { cause?: unknown }) {
    const text = renderMessage(code, params, 'en');
    super(path.length > 0 ? `${formatPath(path)}: ${text}` : text, options);
    this.name = new.target.name;
    this.code = code;
    this.params = params;
    this.path = path;
  }

  /**
   * The message in the given language, prefixed with the path when there is one.
   *
   * @example
   * try {
   *   chinaCalendar().isWorkingDay('2025-02-30');
   * } catch (error) {
   *   (error as InvalidDateError).localizedMessage('zh');
   * }
   * //=> '"2025-02-30" 不是有效的日期(YYYY-MM-DD):2025-02 没有 30 日'
   */
  localizedMessage(lang: Lang): string {
    const text = renderMessage(this.code, this.params, lang);
    return this.path.length > 0 ? `${formatPath(this.path)}: ${text}` : text;
  }
}

/** Writes an issue path the way a reader expects: `targets[2].duration`. */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/**
 * A value that should be a civil date `YYYY-MM-DD` is not one (malformed, or a day the month lacks).
 *
 * @example
 * try { chinaCalendar().isWorkingDay('2025-02-30') } catch (e) { e.message }
 * //=> '"2025-02-30" is not a valid civil date (YYYY-MM-DD): 2025-02 has no day 30'
 */
export class InvalidDateError extends ContractTermsError<'invalid_civil_date' | 'date_out_of_range'> {}

/**
 * A value that should be an instant is not one (malformed, no UTC offset, not finite).
 *
 * @example
 * try { serviceHours('24x7').isOpen('2025-10-09T10:00') } catch (e) { e.message }
 * //=> '"2025-10-09T10:00" is not a valid instant: no UTC offset: add Z or ±HH:MM to say which instant this wall-clock time is'
 */
export class InvalidInstantError extends ContractTermsError<'invalid_instant'> {}

/**
 * A time zone name the host's IANA database does not know.
 *
 * @example
 * try { serviceHours({ timeZone: 'Mars/Base', windows: '24x7' }) } catch (e) { e.message }
 * //=> '"Mars/Base" is not a known IANA time zone'
 */
export class InvalidTimeZoneError extends ContractTermsError<'invalid_time_zone'> {}

/**
 * A question touched a day for which the calendar has no official schedule.
 *
 * `year` names the first uncovered year the question needed.
 *
 * @example
 * try { chinaCalendar().isWorkingDay('2027-01-04') } catch (e) { [e.code, e.year] }
 * //=> ['calendar_coverage', 2027]
 */
export class CalendarCoverageError extends ContractTermsError<'calendar_coverage' | 'calendar_range'> {
  /** The calendar year that is not covered (for `calendar_coverage`). */
  get year(): number | undefined {
    return this.code === 'calendar_coverage'
      ? (this.params as MessageParams<'calendar_coverage'>).year
      : undefined;
  }
}

/**
 * Holiday schedule data (shipped or loaded at run time) that is malformed or contradictory, or a
 * region date-holidays does not know.
 *
 * @example
 * try { chinaCalendar({ extraYears: [{ year: 2028, papers: [], days: [{ name: '元旦', date: '2028-01-01', isOffDay: true }] }] }) } catch (e) { e.message }
 * //=> 'invalid holiday schedule data in extraYears: the 2028 notice cannot be used while the 2027 notice is missing: coverage must have no gaps'
 */
export class CalendarDataError extends ContractTermsError<'calendar_data' | 'unknown_region'> {}

/**
 * An argument of the wrong type or shape passed to a public function.
 *
 * @example
 * try { chinaCalendar({ beyondCoverage: 'guess' }) } catch (e) { e.message }
 * //=> `beyondCoverage must be 'error' or 'weekends', got "guess"`
 */
export class InvalidArgumentError extends ContractTermsError<'invalid_argument'> {}

/**
 * A saved compliance report state that cannot be read (`ComplianceAccumulator.fromJSON`), or two
 * report states computed from different inputs or settings (`merge`).
 *
 * @example
 * try { ComplianceAccumulator.fromJSON({}) } catch (e) { e.message }
 * //=> 'format: not a saved compliance report state: expected "contract-terms/compliance-state"'
 */
export class ReportStateError extends ContractTermsError<'report_state_invalid' | 'report_merge_mismatch'> {}

/**
 * A duration that cannot be read, or durations of different kinds combined (months with seconds).
 *
 * @example
 * try { parseDuration('1 day 2 hours') } catch (e) { e.message }
 * //=> '"1 day 2 hours" is not a valid duration: mixes days and time, which are counted on different clocks'
 *
 * @example
 * try { parseDuration('1 day 2 hours') } catch (e) { e.localizedMessage('zh') }
 * //=> '"1 day 2 hours" 不是有效的期限:混用了日与时间,它们按不同的时钟计算'
 */
export class InvalidDurationError extends ContractTermsError<'invalid_duration' | 'duration_kind_mismatch'> {}

/**
 * A service-hours specification that is malformed, or a schedule that never opens (or never closes).
 *
 * @example
 * try { serviceHours({ timeZone: 'UTC', windows: ['09:00-12:00', '11:00-13:00'] }) } catch (e) { e.message }
 * //=> 'windows: invalid service hours: windows of one day overlap'
 */
export class ServiceHoursError extends ContractTermsError<
  'invalid_service_hours' | 'never_open' | 'never_closes' | 'never_open_before' | 'never_closed_before'
> {}

/**
 * A deadline asked for without what it needs (a calendar, service hours, a zone).
 *
 * @example
 * try { deadline('2025-10-01T00:00:00+08:00', '2 working days', { timeZone: 'Asia/Shanghai' }) } catch (e) { e.message }
 * //=> 'this deadline needs a calendar: working days are counted on it'
 */
export class DeadlineError extends ContractTermsError<'deadline_needs'> {}

/**
 * A money amount, currency, exact decimal or money operation that is invalid, or whose result could
 * only be given by rounding silently (`src/billing`).
 *
 * @example
 * try {
 *   money('1.234', 'CNY');
 * } catch (error) {
 *   (error as MoneyError).code;
 * }
 * //=> 'money_too_precise'
 */
export class MoneyError extends ContractTermsError<
  | 'money_invalid_amount'
  | 'money_too_precise'
  | 'money_invalid_currency'
  | 'money_unknown_currency'
  | 'money_currency_mismatch'
  | 'money_invalid_decimal'
  | 'money_invalid_argument'
> {}

/** Every code a problem with a condition (a JSON Logic expression) can carry. */
export type ConditionIssueCode = Extract<MessageCode, `condition_${string}`>;

/**
 * One problem with a condition: a stable `code`, the `params` its message is built from (render it
 * in another language with `renderMessage(issue.code, issue.params, 'zh')`), the `path` into the
 * expression (prefixed by the path the caller gave), and the English `message` (without the path).
 */
export type ConditionIssue = {
  readonly [C in ConditionIssueCode]: {
    readonly code: C;
    readonly params: MessageParams<C>;
    readonly path: IssuePath;
    readonly message: string;
  };
}[ConditionIssueCode];

/**
 * A condition was refused (`compileCondition`), or its evaluation ran out of its work budget.
 *
 * `issues` lists every problem found; `code`, `params` and `path` are those of the first, and the
 * message says how many more there are.
 *
 * @example
 * try { compileCondition({ method: ['abc', 'toString'] }, ['when']) } catch (e) { e.message }
 * //=> 'when: "method" is not an operation a condition may use'
 */
export class ConditionError extends ContractTermsError<ConditionIssueCode> {
  /** Every problem found, in document order; never empty. */
  readonly issues: readonly ConditionIssue[];

  constructor(issues: readonly [ConditionIssue, ...ConditionIssue[]], options?: { cause?: unknown }) {
    const first = issues[0];
    super(first.code, first.params, first.path, options);
    this.issues = Object.freeze([...issues]);
    if (issues.length > 1)
      this.message += ` ${renderMessage('more_issues', { count: issues.length - 1 }, 'en')}`;
  }

  override localizedMessage(lang: Lang): string {
    const text = super.localizedMessage(lang);
    return this.issues.length > 1
      ? `${text} ${renderMessage('more_issues', { count: this.issues.length - 1 }, lang)}`
      : text;
  }
}

/**
 * A contract definition that cannot be used. `issues` holds every problem found (errors and
 * warnings), each with its path and, for text, its line and column.
 *
 * @example
 * try { parseContract('schemaVersion: 1\nid: x\n') } catch (e) { e.message }
 * //=> 'the contract definition has 8 error(s); the first: line 1: title: required (a text)'
 */
export class ContractError extends ContractTermsError<'contract_invalid'> {
  /** Every problem found, errors and warnings, in the order of the definition's checks. */
  readonly issues: ReadonlyArray<{
    severity: 'error' | 'warning';
    code: string;
    path: IssuePath;
    message: string;
    messageZh: string;
    line?: number;
    column?: number;
  }>;

  constructor(issues: ContractError['issues']) {
    const errors = issues.filter((issue) => issue.severity === 'error');
    const first = errors[0] ?? issues[0];
    const where = (line: string) =>
      first === undefined ? '' : `${first.line === undefined ? '' : line}${formatPath(first.path)}`;
    const en = where(`line ${first?.line}: `);
    const zh = where(`第 ${first?.line} 行:`);
    super('contract_invalid', {
      errors: errors.length,
      first: first === undefined ? '' : `${en}${en ? ': ' : ''}${first.message}`,
      firstZh: first === undefined ? '' : `${zh}${zh ? ': ' : ''}${first.messageZh}`,
    });
    this.issues = issues;
  }
}

/**
 * An input crossed one of the stated limits (`docs/limits.md`): a contract too large or too deep, a
 * ticket with too many events, a line too long. `limit` names the limit; the message says what was
 * found, the limit, and how to raise it (the `limits` option, or `--limit name=N` on the command line).
 *
 * @example
 * try { contract.evaluateTicket(ticketWith12000Events) } catch (e) { [e.code, e.limit, e.message] }
 * //=> ['limit_exceeded', 'ticketEvents', 'events: the ticket has 12,000 events, over the limit of 10,000 (ticketEvents); raise it with the option limits.ticketEvents or --limit ticketEvents=N']
 */
export class LimitError extends ContractTermsError<'limit_exceeded'> {
  /** The name of the limit crossed (`ticketEvents`, `contractBytes`, ...). */
  get limit(): string {
    return this.params.limit;
  }
}

/**
 * A ticket that cannot be evaluated: malformed, or an impossible timeline. `path` points into the ticket.
 *
 * @example
 * try { contract.evaluateTicket({ id: 'T9', fields: {}, events: [] }) } catch (e) { e.message }
 * //=> 'events: the ticket has no created event'
 */
export class TicketError extends ContractTermsError<
  | 'ticket_shape'
  | 'ticket_id'
  | 'ticket_event_type'
  | 'ticket_event_field'
  | 'ticket_created_missing'
  | 'ticket_created_twice'
  | 'ticket_before_created'
  | 'ticket_status_unknown'
  | 'invalid_instant'
> {}

/**
 * A money question that cannot be answered: a contract without fees, a month outside the term, a
 * payment without a due date, or a payment, amount or compliance report that cannot be read.
 *
 * @example
 * try { contract.lateFee('2024-01', '2024-03-01') } catch (e) { e.message }
 * //=> "payment: 2024-01 is outside the contract's term (billing months 2025-07..2026-06)"
 */
export class BillingError extends ContractTermsError<
  | 'billing_no_fees'
  | 'billing_invalid_month'
  | 'billing_month_outside_term'
  | 'billing_no_due_date'
  | 'billing_invalid_amount'
  | 'billing_invalid_payment'
  | 'billing_invalid_report'
  | 'billing_report_rates'
  | 'late_fee_cap_form'
> {}

/**
 * A State Council holiday notice that cannot be read, or whose statements disagree
 * (`parseHolidayNotice`, `chinaCalendar({ notices })`). `issues` lists every problem, each quoting
 * the sentence concerned; `code`, `params` and `message` summarise them.
 *
 * @example
 * try { parseHolidayNotice('一、元旦:1月1日(周五)至3日(周六)放假调休,共3天。', { year: 2026 }) } catch (e) { e.issues[0].message }
 * //=> '2026-01-01 is a Thu, but the notice says 周五: «1月1日(周五)至3日(周六)放假调休,共3天»'
 */
export class HolidayNoticeError extends ContractTermsError<'notice_invalid'> {
  /** Every problem found, errors first, then warnings; never empty. */
  readonly issues: ReadonlyArray<{
    severity: 'error' | 'warning';
    code: string;
    params: unknown;
    path: IssuePath;
    message: string;
    messageZh: string;
  }>;

  constructor(issues: HolidayNoticeError['issues']) {
    const errors = issues.filter((issue) => issue.severity === 'error');
    const first = errors[0] ?? issues[0];
    const at = first === undefined || first.path.length === 0 ? '' : `${formatPath(first.path)}: `;
    super(
      'notice_invalid',
      {
        errors: errors.length,
        first: first === undefined ? '' : `${at}${first.message}`,
        firstZh: first === undefined ? '' : `${at}${first.messageZh}`,
      },
      first?.path ?? [],
    );
    this.issues = issues;
  }
}

/**
 * A question the contract's definition has no terms for: ticket evaluation on a definition without
 * `targets` (a fees-only contract). Money questions on a definition without fees throw
 * {@link BillingError} (`billing_no_fees`).
 *
 * @example
 * try { feesOnly.evaluateTicket(ticket) } catch (e) { e.message }
 * //=> 'contract "fees-only" has no service-level terms: evaluating tickets needs a targets section'
 */
export class QuestionError extends ContractTermsError<'contract_no_targets'> {}
