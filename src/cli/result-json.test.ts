import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ticketArb as hostileTicketArb, MINI } from '../../tests/support/hostile-arbitraries.js';
import { atChoiceArb, contractArb, resolveAt, ticketArb } from '../../tests/support/random-contracts.js';
import { type EvaluateOptions, type Lang, parseContract } from '../index.js';
import type { Context } from './args.js';
import { resultJson } from './commands/evaluate.js';
import { LineWriter } from './io.js';
import { messages } from './messages.js';
import { resultLine } from './result-json.js';
import { safeOutput } from './terminal.js';
import { evaluateLine } from './tickets.js';

const ctxOf = (lang: Lang): Context => ({ lang, m: messages(lang), io: undefined as never });

/**
 * The fast writer of an output line (guarded as it is written) against the plain one
 * (`JSON.stringify` of the line's object, guarded as `write` guards any text), and the bytes the
 * line writer gathers against the plain output text guarded and encoded.
 */
function expectSameLine(
  contract: ReturnType<typeof parseContract>,
  text: string,
  options: EvaluateOptions,
  explain: boolean,
  lang: Lang,
): void {
  const ctx = ctxOf(lang);
  const result = evaluateLine(contract, { line: 7, text }, options, lang, (s) =>
    ctx.m.notJson({ sample: s }),
  );
  const plain = resultJson(result, explain, ctx);
  expect(resultLine(result, explain, ctx)).toBe(safeOutput(plain));
  const writer = new LineWriter(undefined, 64);
  writer.addGuarded(resultLine(result, explain, ctx));
  writer.addGuarded(resultLine(result, explain, ctx));
  expect(writer.take().toString('utf8')).toBe(safeOutput(`${plain}\n${plain}\n`));
}

describe('resultLine', () => {
  it('writes what JSON.stringify writes, for random contracts, tickets and instants', () => {
    fc.assert(
      fc.property(
        contractArb,
        ticketArb,
        atChoiceArb,
        fc.boolean(),
        fc.constantFrom<Lang>('en', 'zh'),
        (definition, ticket, choice, explain, lang) => {
          const contract = parseContract(JSON.stringify(definition));
          const dues = contract
            .evaluateTicket(ticket.ticket as never)
            .targets.flatMap((t) => (t.dueMs === null ? [] : [t.dueMs]));
          const at = resolveAt(choice, ticket.created, dues);
          expectSameLine(
            contract,
            JSON.stringify(ticket.ticket),
            at === undefined ? {} : { at },
            explain,
            lang,
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('writes what JSON.stringify writes for hostile tickets (odd ids, control characters, failures)', () => {
    const contract = parseContract(JSON.stringify(MINI));
    fc.assert(
      fc.property(hostileTicketArb, fc.boolean(), (ticket, explain) => {
        expectSameLine(contract, JSON.stringify(ticket) ?? 'null', {}, explain, 'en');
      }),
      { numRuns: 200 },
    );
  });

  it('writes the failure of a line that is not JSON, and a ticket id with terminal controls escaped', () => {
    const contract = parseContract(JSON.stringify(MINI));
    expectSameLine(contract, '{"id": oops', {}, false, 'zh');
    const ticket = {
      id: 'T\u001b]0;x\u0007\u009b\u202e',
      fields: { channel: 'chat\u0085' },
      events: [{ type: 'created', at: '2025-10-09T09:00:00+08:00' }],
    };
    expectSameLine(contract, JSON.stringify(ticket), {}, true, 'en');
  });
});

describe('LineWriter', () => {
  it('keeps every line whole and in order across chunks, however long the lines', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 90 }), { maxLength: 40 }), (lines) => {
        const writer = new LineWriter(undefined, 32);
        for (const line of lines) writer.add(line);
        expect(writer.take().toString('utf8')).toBe(lines.map((l) => `${safeOutput(l)}\n`).join(''));
      }),
    );
  });
});
