/**
 * Tickets whose results need a year the calendar does not cover (on 2026-12-07 the shipped China
 * data ends on 2026-12-31, and December's tickets are solved, or judged, in January): each is that
 * ticket's error at evaluation, with the year to load. Before, such a result was returned and a
 * field threw when read (`elapsedMs` measured up to a stop in 2027, `dueIfResumed` of a ticket
 * paused over New Year), so `evaluate` stopped with no output at all, and a report or a caller's
 * JSON.stringify threw: one ticket lost every other.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseContract } from '../src/index.js';
import { run } from './cli/support.js';
import { runs } from './support/long-tests.js';

const root = join(import.meta.dirname, '..');
const contract = parseContract(readFileSync(join(root, 'examples/customer-service.contract.yaml'), 'utf8'));

const email = (id: string, events: Array<Record<string, string>>) => ({
  id,
  fields: { channel: 'email', category: 'general', priority: 'normal' },
  events,
});
/** Breached in 2026 (due 2026-12-22), solved in 2027: the time used runs into 2027. */
const SOLVED_IN_2027 = email('L1', [
  { type: 'created', at: '2026-12-20T10:00:00+08:00' },
  { type: 'agent-reply', at: '2026-12-20T11:00:00+08:00' },
  { type: 'status', status: 'solved', at: '2027-01-06T10:00:00+08:00' },
]);
/** Paused on 2026-12-29, judged on 2026-12-31: resumed then, it would be due in 2027. */
const PAUSED_OVER_NEW_YEAR = email('P1', [
  { type: 'created', at: '2026-12-28T10:00:00+08:00' },
  { type: 'agent-reply', at: '2026-12-28T11:00:00+08:00' },
  { type: 'status', status: 'awaiting-customer', at: '2026-12-29T09:00:00+08:00' },
]);
const IN_2026 = email('OK', [
  { type: 'created', at: '2026-10-20T10:00:00+08:00' },
  { type: 'agent-reply', at: '2026-10-20T11:00:00+08:00' },
  { type: 'status', status: 'solved', at: '2026-10-21T10:00:00+08:00' },
]);

describe('a ticket whose result needs a year the calendar does not cover', () => {
  it('is that ticket’s error at evaluation, naming the year; the others are evaluated', () => {
    const items = [
      ...contract.evaluateTickets([SOLVED_IN_2027, IN_2026]),
      ...contract.evaluateTickets([PAUSED_OVER_NEW_YEAR], { at: '2026-12-31T12:00:00+08:00' }),
    ];
    expect(items.map((item) => item.ok)).toEqual([false, true, false]);
    for (const item of [items[0]!, items[2]!]) {
      if (item.ok) throw new Error('expected an error');
      expect(item.error.code).toBe('calendar_coverage');
      expect(item.error.message).toContain('2027');
    }
    // Judged before the events of 2027, the ticket solved in 2027 is breached and measured in 2026;
    // without `at`, the paused ticket has no resumed deadline to compute: both are evaluated.
    const [solved] = contract.evaluateTickets([SOLVED_IN_2027], { at: '2026-12-31T12:00:00+08:00' });
    const [paused] = contract.evaluateTickets([PAUSED_OVER_NEW_YEAR]);
    expect(solved!.ok && solved!.evaluation.targets.map((t) => t.status)).toEqual(['met', 'breached']);
    expect(paused!.ok).toBe(true);
    // Every field of what was evaluated can be read.
    for (const item of [items[1]!, solved!, paused!])
      if (item.ok) expect(() => JSON.stringify(item.evaluation)).not.toThrow();
  });

  it('never gives a result with a field that throws when read (random tickets over New Year)', () => {
    const instant = fc
      .integer({ min: Date.parse('2026-12-15T00:00:00+08:00'), max: Date.parse('2027-01-20T00:00:00+08:00') })
      .map((ms) => new Date(Math.floor(ms / 60_000) * 60_000).toISOString());
    const ticket = fc.record({
      channel: fc.constantFrom('email', 'chat', 'phone'),
      category: fc.constantFrom('general', 'complex', 'complaint'),
      times: fc.array(instant, { minLength: 1, maxLength: 5 }).map((times) => [...times].sort()),
      kinds: fc.array(
        fc.constantFrom('agent-reply', 'solved', 'awaiting-customer', 'open', 'customer-reply'),
        {
          minLength: 4,
          maxLength: 4,
        },
      ),
      at: fc.option(instant, { nil: undefined }),
    });
    fc.assert(
      fc.property(ticket, ({ channel, category, times, kinds, at }) => {
        const events: Array<Record<string, string>> = [{ type: 'created', at: times[0]! }];
        times.slice(1).forEach((time, i) => {
          const kind = kinds[i]!;
          events.push(
            kind === 'agent-reply' || kind === 'customer-reply'
              ? { type: kind, at: time }
              : { type: 'status', status: kind, at: time },
          );
        });
        const input = { id: 'R', fields: { channel, category, priority: 'normal' }, events };
        const options = at === undefined || at < times[0]! ? {} : { at };
        for (const item of contract.evaluateTickets([input], options)) {
          if (!item.ok) continue;
          expect(() => JSON.stringify(item.evaluation)).not.toThrow();
          for (const target of item.evaluation.targets)
            expect(() => target.explanation.text('en')).not.toThrow();
        }
      }),
      { numRuns: runs(1_000) },
    );
  });

  it('is counted as a failed ticket by a report, which goes on', () => {
    const items = contract.evaluateTickets([SOLVED_IN_2027, IN_2026]);
    const report = contract.complianceReport(items);
    expect(report.tickets.failed).toBe(1);
    expect(report.tickets.evaluated).toBe(1);
  });

  const dir = mkdtempSync(join(tmpdir(), 'contract-terms-coverage-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is that line’s error in `evaluate`, which writes every other line', async () => {
    const file = join(dir, 'tickets.jsonl');
    writeFileSync(file, [SOLVED_IN_2027, IN_2026].map((t) => JSON.stringify(t)).join('\n'));
    const result = await run(['evaluate', 'examples/customer-service.contract.yaml', file]);
    expect(result.code).toBe(1);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => [line.ticketId, line.ok])).toEqual([
      ['L1', false],
      ['OK', true],
    ]);
    expect(result.stderr).toContain('2027');
  });
});
