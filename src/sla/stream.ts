/**
 * Streams of ticket evaluations: one item per input ticket, in order, the evaluation or that ticket's
 * error; a bad ticket never stops the batch, not even one that makes the engine fail unexpectedly
 * (a getter that throws, a bug): that ticket's item is an `internal_error`.
 */
import { ContractTermsError } from '../errors/errors.js';
import { type Lang, renderMessage } from '../errors/messages.js';
import type { SlaEngine } from './evaluate.js';
import { ticketIdOf } from './ticket.js';
import type { TicketEvaluation } from './types.js';

/** One item of `evaluateTickets`: the evaluation, or the ticket's error. */
export type EvaluationItem =
  | { ok: true; index: number; ticketId: string; evaluation: TicketEvaluation }
  | {
      ok: false;
      index: number;
      ticketId: string | null;
      error: { code: string; message: string; messageZh: string; path: ReadonlyArray<string | number> };
    };

/** What TicketStream.take returns after the last ticket (a ticket can be anything, even undefined). */
const DONE = Symbol('done');

/** Where a stream's evaluations go when a report consumes it whole (see {@link TicketStream.drainInto}). */
export interface EvaluationSink {
  addEvaluation(evaluation: TicketEvaluation): void;
  addFailure(): void;
}

/**
 * The stream `evaluateTickets` returns for an iterable of tickets. A compliance report given a stream
 * nobody has read from yet drains it directly: the same evaluations, without an item and an iterator
 * result per ticket that nobody would see.
 */
export class TicketStream implements IterableIterator<EvaluationItem> {
  /** The tickets when they are an array (read by position: no iterator result per ticket)... */
  private readonly list: readonly unknown[] | undefined;
  /** ...else their iterator. */
  private readonly tickets: Iterator<unknown> | undefined;
  private index = 0;

  constructor(
    private readonly engine: SlaEngine,
    tickets: Iterable<unknown>,
    private readonly at: number | null,
  ) {
    if (Array.isArray(tickets)) this.list = tickets;
    else this.tickets = tickets[Symbol.iterator]();
  }

  [Symbol.iterator](): this {
    return this;
  }

  /** The next ticket, or DONE. */
  private take(): unknown {
    const list = this.list;
    if (list !== undefined) return this.index < list.length ? list[this.index] : DONE;
    const next = this.tickets!.next();
    return next.done === true ? DONE : next.value;
  }

  next(): IteratorResult<EvaluationItem> {
    const ticket = this.take();
    if (ticket === DONE) return { done: true, value: undefined };
    return { done: false, value: itemFor(this.engine, ticket, this.index++, this.at) };
  }

  /** Whether no item has been read yet. */
  get untouched(): boolean {
    return this.index === 0;
  }

  /** Evaluates every remaining ticket into `sink` (a bad ticket counts as a failure). */
  drainInto(sink: EvaluationSink): void {
    const { engine, at } = this;
    for (let ticket = this.take(); ticket !== DONE; ticket = this.take()) {
      this.index++;
      let evaluation: TicketEvaluation;
      try {
        evaluation = engine.evaluate(ticket, at);
      } catch {
        sink.addFailure();
        continue;
      }
      sink.addEvaluation(evaluation);
    }
  }
}

/** The async counterpart of {@link TicketStream}. */
export async function* evaluateAsync(
  engine: SlaEngine,
  tickets: AsyncIterable<unknown>,
  at: number | null,
): AsyncIterableIterator<EvaluationItem> {
  let index = 0;
  for await (const ticket of tickets) yield itemFor(engine, ticket, index++, at);
}

function itemFor(engine: SlaEngine, ticket: unknown, index: number, at: number | null): EvaluationItem {
  try {
    const evaluation = engine.evaluate(ticket, at);
    return { ok: true, index, ticketId: evaluation.ticketId, evaluation };
  } catch (error) {
    return { ok: false, index, ticketId: ticketIdOf(ticket), error: errorData(error) };
  }
}

function errorData(error: unknown): {
  code: string;
  message: string;
  messageZh: string;
  path: ReadonlyArray<string | number>;
} {
  const zh: Lang = 'zh';
  if (!(error instanceof ContractTermsError)) {
    let detail: string;
    try {
      detail = error instanceof Error ? error.message : String(error);
    } catch {
      detail = Object.prototype.toString.call(error);
    }
    const params = { detail: detail.length > 200 ? `${detail.slice(0, 199)}…` : detail };
    return {
      code: 'internal_error',
      message: renderMessage('evaluation_internal_error', params, 'en'),
      messageZh: renderMessage('evaluation_internal_error', params, zh),
      path: [],
    };
  }
  return {
    code: error.code,
    message: error.message,
    messageZh: error.localizedMessage(zh),
    path: error.path,
  };
}
