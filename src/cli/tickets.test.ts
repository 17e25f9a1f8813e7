import { describe, expect, it } from 'vitest';
import type { Contract } from '../index.js';
import { evaluateLine } from './tickets.js';

/** A contract whose evaluation fails the way a bug would (not with a ContractTermsError). */
const buggy = {
  evaluateTicket() {
    throw new TypeError('cannot read properties of undefined');
  },
} as unknown as Contract;

const line = { line: 7, text: '{"id":"T1","events":[]}' } as Parameters<typeof evaluateLine>[1];

describe('evaluateLine', () => {
  it('lets an unexpected error surface (exit code 3 in main) instead of reporting it as the line’s result', () => {
    expect(() => evaluateLine(buggy, line, {}, 'en', (s) => s)).toThrow(TypeError);
  });

  it('reports a ticket’s own mistake on its line, with the id it gives itself', async () => {
    const { parseContract } = await import('../index.js');
    const { readFileSync } = await import('node:fs');
    const contract = parseContract(readFileSync('examples/customer-service.contract.yaml', 'utf8'));
    const result = evaluateLine(contract, line, {}, 'en', (s) => s);
    expect(result).toMatchObject({
      line: 7,
      ok: false,
      ticketId: 'T1',
      error: { code: 'ticket_created_missing' },
    });
  });
});
