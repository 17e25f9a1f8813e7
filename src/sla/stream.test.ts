import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContract } from '../contract/parse.js';

const contract = parseContract(
  readFileSync(join(import.meta.dirname, '../../examples/customer-service.contract.yaml'), 'utf8'),
);
const good = (id: string) => ({
  id,
  fields: { channel: 'chat', category: 'general' },
  events: [{ type: 'created', at: '2025-10-09T10:00:00+08:00' }],
});

describe('evaluateTickets', () => {
  it('never loses the other tickets, whatever one ticket does', () => {
    const throwing = {
      get id(): string {
        throw new Error('the id getter broke');
      },
      events: [],
    };
    const hostile = {
      id: 'H',
      get events(): unknown[] {
        throw new RangeError('boom');
      },
    };
    const items = [
      ...contract.evaluateTickets([good('A'), throwing, hostile, { id: 'E', events: 'x' }, good('B')]),
    ];
    expect(items.map((item) => (item.ok ? item.ticketId : item.error.code))).toEqual([
      'A',
      'internal_error',
      'internal_error',
      'ticket_shape',
      'B',
    ]);
    const failed = items[2]!;
    expect(failed.ok ? null : [failed.ticketId, failed.error.message]).toEqual([
      'H',
      'this ticket could not be evaluated: an unexpected error (please report it unless the ticket object throws when read): boom',
    ]);
    const report = contract.complianceReport(contract.evaluateTickets([good('A'), throwing, good('B')]));
    expect(report.tickets).toEqual({ read: 3, evaluated: 2, failed: 1 });
  });
});
