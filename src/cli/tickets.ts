/**
 * Evaluating a JSON Lines stream of tickets one line at a time: each non-blank line is either an
 * evaluation or that line's error (not JSON, a malformed ticket, an impossible timeline). Nothing
 * is kept once it has been handed on, so any number of tickets fits in memory.
 */
import {
  type Contract,
  ContractTermsError,
  type EvaluateOptions,
  type Lang,
  renderMessage,
  type TicketEvaluation,
  ticketIdOf,
} from '../index.js';
import type { Context } from './args.js';
import { CliError, EXIT } from './errors.js';
import type { InputLine } from './inputs.js';
import { EXCERPT_COLUMNS, excerpt, MESSAGE_COLUMNS, VALUE_COLUMNS } from './terminal.js';

/** The error of one input line. */
export interface LineError {
  /** `not_json`, or a library error code (`limit_exceeded`, `ticket_before_created`, ...). */
  code: string;
  message: string;
  /** Where in the ticket (`['events', 3, 'at']`); empty for the whole line. */
  path: ReadonlyArray<string | number>;
}

/** The outcome of one input line. */
export type LineResult =
  | { line: number; ok: true; ticketId: string; evaluation: TicketEvaluation; ticket: unknown }
  | { line: number; ok: false; ticketId: string | null; error: LineError };

/** A failed line. */
export type Failure = Extract<LineResult, { ok: false }>;

/** The ticket chosen with `report --ticket`, as read and evaluated. */
export interface ChosenTicket {
  id: string;
  line: number;
  input: unknown;
  evaluation: TicketEvaluation;
}

/** Checks `--at` once, before any ticket is read: a bad instant is a usage error. */
export function checkAt(command: string, contract: Contract, at: string | undefined, ctx: Context): void {
  if (at === undefined) return;
  try {
    contract.evaluateTickets([], { at });
  } catch (error) {
    if (!(error instanceof ContractTermsError)) throw error;
    throw new CliError(
      ctx.m.badAt({ detail: renderMessage(error.code, error.params, ctx.lang) }),
      EXIT.usage,
      [],
      command,
    );
  }
}

/** Evaluates one line of text (a line over the length limit is its error: it was not read). */
export function evaluateLine(
  contract: Contract,
  input: InputLine,
  options: EvaluateOptions,
  lang: Lang,
  notJson: (sample: string) => string,
): LineResult {
  if (input.tooLong !== undefined) {
    const max = contract.limits.ticketLineBytes;
    const params = { limit: 'ticketLineBytes', actual: input.tooLong.bytes, max };
    return {
      line: input.line,
      ok: false,
      ticketId: null,
      error: {
        code: 'limit_exceeded',
        message: `${renderMessage('limit_exceeded', params, lang)}: ${excerpt(input.tooLong.start, EXCERPT_COLUMNS)}`,
        path: [],
      },
    };
  }
  let ticket: unknown;
  try {
    ticket = JSON.parse(input.text);
  } catch {
    return {
      line: input.line,
      ok: false,
      ticketId: null,
      error: { code: 'not_json', message: notJson(excerpt(input.text.trim(), EXCERPT_COLUMNS)), path: [] },
    };
  }
  try {
    const evaluation = contract.evaluateTicket(ticket as never, options);
    return { line: input.line, ok: true, ticketId: evaluation.ticketId, evaluation, ticket };
  } catch (error) {
    // A ticket's own mistake is this line's error; anything else is a bug in the library, which it
    // rethrows: it surfaces as an internal error (exit code 3, docs/cli.md), never as a line result.
    if (!(error instanceof ContractTermsError)) throw error;
    return {
      line: input.line,
      ok: false,
      ticketId: ticketIdOf(ticket),
      error: { code: error.code, message: error.localizedMessage(lang), path: error.path },
    };
  }
}

/** Whether a line holds only white space (skipped, like an empty line). */
export function isBlank(text: string): boolean {
  // The first character decides for a ticket line ('{'): no trimmed copy of every line.
  const first = text.charCodeAt(0);
  if (first === 0x7b) return false;
  return text.trim() === '';
}

/** Evaluates every non-blank line of a stream, in order. */
export async function* evaluateLines(
  contract: Contract,
  lines: AsyncIterable<InputLine>,
  at: string | undefined,
  ctx: Context,
): AsyncGenerator<LineResult> {
  const options: EvaluateOptions = at === undefined ? {} : { at };
  const notJson = (sample: string) => ctx.m.notJson({ sample });
  for await (const input of lines) {
    if (input.tooLong === undefined && isBlank(input.text)) continue;
    yield evaluateLine(contract, input, options, ctx.lang, notJson);
  }
}

/**
 * A failed line in one line of text: `line 13 (ticket T7): [code] message`; the ticket id and the
 * message come from the input, so their control characters are escaped and they are cut to
 * {@link VALUE_COLUMNS} and {@link MESSAGE_COLUMNS} columns.
 */
export function describeFailure(result: Extract<LineResult, { ok: false }>, ctx: Context): string {
  return ctx.m.failedLine({
    line: result.line,
    ticketId: result.ticketId === null ? null : excerpt(result.ticketId, VALUE_COLUMNS),
    code: result.error.code,
    message: excerpt(result.error.message, MESSAGE_COLUMNS),
  });
}
