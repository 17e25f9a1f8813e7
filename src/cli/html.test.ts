import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContract, type TicketEvaluation } from '../index.js';
import type { Context } from './args.js';
import { renderReportHtml } from './html.js';
import { messages } from './messages.js';

const contract = parseContract(
  readFileSync(join(import.meta.dirname, '../../examples/customer-service.contract.yaml'), 'utf8'),
  { limits: { ticketEvents: 200_000 } },
);
const ctx = (lang: 'en' | 'zh'): Context => ({
  io: { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: '.', env: {} },
  lang,
  m: messages(lang),
});

/** A chat ticket answered after 60 s: chat-first-response (30 s) breached. */
const breached = (id: string) => ({
  id,
  fields: { channel: 'chat', category: 'general' },
  events: [
    { type: 'created', at: '2025-10-09T10:00:00+08:00' },
    { type: 'agent-reply', at: '2025-10-09T10:01:00+08:00' },
  ],
});

function page(tickets: unknown[], ticketId?: string, lang: 'en' | 'zh' = 'en'): string {
  const evaluations = tickets.map((t) => contract.evaluateTicket(t as never));
  const report = contract.complianceReport(evaluations, { month: '2025-10' });
  const chosen = ticketId === undefined ? undefined : evaluations.find((e) => e.ticketId === ticketId);
  return renderReportHtml({
    contract,
    report,
    ctx: ctx(lang),
    source: 'tickets.jsonl',
    failures: [],
    failed: 0,
    ...(ticketId === undefined ? {} : { ticketId }),
    ...(chosen === undefined
      ? {}
      : {
          chosen: {
            id: ticketId!,
            line: 1,
            input: tickets.find((t) => (t as { id: string }).id === ticketId),
            evaluation: chosen as TicketEvaluation,
          },
        }),
  });
}

describe('the HTML report', () => {
  it('draws a met rate of 0 % as a sliver coloured like any bar below the threshold', () => {
    const html = page([breached('A'), breached('B')]);
    const row = /<g class="row" data-target="chat-first-response" data-channel="chat">[\s\S]*?<\/g>/.exec(
      html,
    )![0];
    expect(row).toMatch(/<rect class="bar below" x="300" y="\d+" width="3"/);
  });

  it('names a font stack that renders Chinese on a machine with only a basic set of fonts', () => {
    const html = page([breached('A')], undefined, 'zh');
    const font = /body \{[^}]*font: 14px\/1\.5 ([^;]+);/.exec(html)![1]!;
    for (const family of [
      '"Noto Sans CJK SC"',
      '"Source Han Sans SC"',
      '"WenQuanYi Micro Hei"',
      '"Microsoft YaHei"',
      'sans-serif',
    ])
      expect(font).toContain(family);
  });

  it('draws a ticket with 100,000 events in a page of bounded size', () => {
    const events: Array<Record<string, unknown>> = [{ type: 'created', at: '2025-10-09T10:00:00+08:00' }];
    const start = Date.parse('2025-10-10T00:00:00+08:00');
    for (let i = 1; i < 100_000; i++) {
      events.push({ type: 'status', status: i % 2 ? 'awaiting-customer' : 'open', at: start + i * 60_000 });
    }
    const html = page([{ id: 'BUSY', fields: { channel: 'email', category: 'general' }, events }], 'BUSY');
    expect(html.length).toBeLessThan(1_000_000);
    expect((html.match(/<g class="event">/g) ?? []).length).toBeLessThanOrEqual(720);
    expect((html.match(/<rect class="pause"/g) ?? []).length).toBeLessThanOrEqual(2 * 720);
    expect(html).toContain('events here, the first');
  });
});
