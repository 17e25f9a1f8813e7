/**
 * Contracts for the money tests: the reference example (customer-service.contract.yaml) read as a
 * plain object, edited (dates, proration, rules), and parsed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { BillingTerms } from '../../src/billing/terms.js';
import { assembledOf } from '../../src/contract/contract.js';
import { type Contract, parseContract } from '../../src/index.js';

const referenceText = readFileSync(
  join(import.meta.dirname, '../../examples/customer-service.contract.yaml'),
  'utf8',
);

// biome-ignore lint/suspicious/noExplicitAny: a definition edited freely by tests
export type Definition = any;

/** The reference definition as a fresh plain object. */
export function referenceDefinition(): Definition {
  return parseYaml(referenceText);
}

/** The reference contract, edited. */
export function referenceContract(edit?: (def: Definition) => void): Contract {
  const def = referenceDefinition();
  edit?.(def);
  return parseContract(def);
}

/** The reference contract signed on a day, its term starting on another and ending on a third. */
export function signedContract(
  signedOn: string,
  start: string,
  end: string,
  edit?: (def: Definition) => void,
) {
  return referenceContract((def) => {
    def.signedOn = signedOn;
    def.term = { start, end };
    edit?.(def);
  });
}

/** The money terms of a contract (asserting it has them). */
export function termsOf(contract: Contract): BillingTerms {
  const terms = assembledOf(contract).billing;
  if (terms === undefined) throw new Error('the contract has no fees');
  return terms;
}
