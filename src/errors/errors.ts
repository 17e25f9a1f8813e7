import { type Lang, type MessageCode, type MessageParams, renderMessage } from './messages.js';

/** Where in the input a problem was found: object keys and array indexes from the root. */
export type IssuePath = ReadonlyArray<string | number>;

/**
 * The base class of every error the library throws on purpose.
 *
 * `code` is stable and machine-readable, `params` holds the facts the message is built from, and
 * `path` says where in the caller's input the problem is (empty when the input is a single value).
 */
export class ContractTermsError<C extends MessageCode = MessageCode> extends Error {
  readonly code: C;
  readonly params: MessageParams<C>;
  readonly path: IssuePath;

  constructor(code: C, params: MessageParams<C>, path: IssuePath = [], options?: { cause?: unknown }) {
    const text = renderMessage(code, params, 'en');
    super(path.length > 0 ? `${formatPath(path)}: ${text}` : text, options);
    this.name = new.target.name;
    this.code = code;
    this.params = params;
    this.path = path;
  }

  /** The message in the given language, prefixed with the path when there is one. */
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

/** A value that should be a civil date `YYYY-MM-DD` is not one (malformed, or a day the month lacks). */
export class InvalidDateError extends ContractTermsError<'invalid_civil_date' | 'date_out_of_range'> {}

/** A value that should be an instant is not one (malformed, no UTC offset, not finite). */
export class InvalidInstantError extends ContractTermsError<'invalid_instant'> {}

/** A time zone name the host's IANA database does not know. */
export class InvalidTimeZoneError extends ContractTermsError<'invalid_time_zone'> {}

/**
 * A question touched a day for which the calendar has no official schedule.
 *
 * `year` names the first uncovered year the question needed.
 */
export class CalendarCoverageError extends ContractTermsError<'calendar_coverage' | 'calendar_range'> {
  /** The calendar year that is not covered (for `calendar_coverage`). */
  get year(): number | undefined {
    return this.code === 'calendar_coverage'
      ? (this.params as MessageParams<'calendar_coverage'>).year
      : undefined;
  }
}

/** Holiday schedule data (shipped or loaded at run time) that is malformed or contradictory. */
export class CalendarDataError extends ContractTermsError<'calendar_data' | 'unknown_region'> {}

/** An argument of the wrong type or shape passed to a public function. */
export class InvalidArgumentError extends ContractTermsError<'invalid_argument'> {}
