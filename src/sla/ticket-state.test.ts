import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContract } from '../contract/parse.js';
import { ticketState } from './ticket-state.js';

const r = 'first-response' as const;
const x = 'resolution' as const;

describe('ticketState: the table of docs/semantics.md, first line that holds', () => {
  it.each([
    [
      [
        { status: 'breached', kind: r },
        { status: 'running', kind: r },
      ],
      'failed',
    ],
    [
      [
        { status: 'met', kind: x },
        { status: 'breached', kind: x },
      ],
      'failed',
    ],
    [
      [
        { status: 'running', kind: x },
        { status: 'pending', kind: r },
      ],
      'first_response_due',
    ],
    [[{ status: 'running', kind: 'phone-answer' }], 'first_response_due'],
    [
      [
        { status: 'met', kind: r },
        { status: 'running', kind: x },
      ],
      'resolution_due',
    ],
    [
      [
        { status: 'paused', kind: x },
        { status: 'pending', kind: 'milestone' },
      ],
      'resolution_due',
    ],
    [
      [
        { status: 'paused', kind: x },
        { status: 'met', kind: r },
      ],
      'paused',
    ],
    [
      [
        { status: 'met', kind: r },
        { status: 'superseded', kind: x },
      ],
      'fulfilled',
    ],
    [
      [
        { status: 'not_applicable', kind: r },
        { status: 'superseded', kind: x },
      ],
      'none',
    ],
    [[], 'none'],
  ] as const)('%j is %s', (targets, state) => {
    expect(ticketState(targets)).toBe(state);
  });
});

describe('every evaluation carries its state', () => {
  const contract = parseContract(
    readFileSync(join(import.meta.dirname, '../../examples/customer-service.contract.yaml'), 'utf8'),
  );
  const created = { type: 'created', at: '2025-10-09T10:00:00+08:00' };
  const general = { channel: 'email', category: 'general' };

  it('first response due, then resolution due, paused, fulfilled, failed', () => {
    const state = (events: Array<{ type: string; at: string }>, at?: string) =>
      contract.evaluateTicket(
        { id: 'T', fields: general, events: [created, ...events] } as never,
        at ? { at } : {},
      ).state;
    expect(state([], '2025-10-09T11:00:00+08:00')).toBe('first_response_due');
    const reply = { type: 'agent-reply', at: '2025-10-09T11:00:00+08:00' };
    expect(state([reply], '2025-10-09T12:00:00+08:00')).toBe('resolution_due');
    // (The resolution clock counts civil days from the next day: pending until then, and due too.)
    const waiting = { type: 'status', status: 'awaiting-customer', at: '2025-10-10T11:00:00+08:00' };
    expect(state([reply, waiting], '2025-10-10T12:00:00+08:00')).toBe('paused');
    const solved = { type: 'status', status: 'solved', at: '2025-10-09T16:00:00+08:00' };
    expect(state([reply, solved])).toBe('fulfilled');
    expect(state([reply], '2025-10-20T12:00:00+08:00')).toBe('failed');
    expect(
      JSON.parse(
        JSON.stringify(
          contract.evaluateTicket({ id: 'T', fields: general, events: [created, reply, solved] }),
        ),
      ).state,
    ).toBe('fulfilled');
  });
});
