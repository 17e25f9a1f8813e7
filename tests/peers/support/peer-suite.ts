/**
 * The runner of the ported peer test suites (tests/peers/*.test.ts): each suite's cases are data
 * transcribed from the peer's own tests, one case per assertion, and run by one function that asks
 * contract-terms the same question.
 *
 * A case either runs as the peer wrote it, runs with an adaptation (a difference of convention, named
 * by an id that docs/semantics.md lists once, in "Peer test suites"), or is skipped with a stated
 * reason (the library does not answer that kind of question). The runner prints how many cases ran,
 * were adapted and were skipped, and why.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** The differences of convention a ported case may rely on; each is a row of docs/semantics.md. */
export const CONVENTIONS = {
  'window-end': 'windows are [open, close): the closing instant is not open',
  'working-days-between': 'workingDaysBetween counts the working days d with from < d <= to',
  'zero-working-days': 'addWorkingDays(d, 0) is d, working day or not',
  'invalid-input-throws':
    'invalid input throws a typed error instead of returning Invalid Date, NaN or a default',
  'civil-dates': 'calendars take civil dates YYYY-MM-DD: an instant is read as its date in a zone first',
  'year-range': 'civil dates are years 1-9999',
  'working-day-difference':
    'a difference in working days on a business clock is business time / the length of a service day',
  'recurring-days-off': 'company days off are dates: a yearly holiday is listed year by year',
  'day-names': "a day's name is its holiday's (or festival's) name, not the weekday's",
  'adjoining-weekends': 'weekends that merely adjoin a break are plain weekends, as the notices have them',
  'in-lieu-days':
    'which weekdays of a break are swapped (调休) and which substitute (补休) follows the rules',
} as const;

/** The id of a difference of convention. */
export type Convention = keyof typeof CONVENTIONS;

/** What every ported case carries besides its data. */
export interface PeerCaseBase {
  /** Where it comes from: the peer's describe and it titles. */
  title: string;
  /** The difference of convention the port relies on, when the case is adapted. */
  adapted?: Convention;
  /** Why the case cannot run; a skipped case has no expectation checked. */
  skip?: string;
}

const root = join(import.meta.dirname, '../../..');

/**
 * Registers a suite of ported cases: one vitest test per case, skipped ones with their reason in the
 * title, and after the suite a line with the counts (printed, and checked against the cases).
 */
export function peerSuite<C extends PeerCaseBase>(
  name: string,
  source: string,
  cases: readonly C[],
  run: (testCase: C) => void,
): void {
  describe(`${name} (ported from ${source})`, () => {
    const ran = cases.filter((c) => c.skip === undefined);
    const adapted = ran.filter((c) => c.adapted !== undefined);
    const skipped = cases.filter((c) => c.skip !== undefined);

    it('states a reason for every skipped case and a documented convention for every adapted one', () => {
      const semantics = readFileSync(join(root, 'docs/semantics.md'), 'utf8');
      for (const c of skipped) expect(c.skip!.trim().length, c.title).toBeGreaterThan(10);
      // Every convention, used here or not, is listed exactly once, as a row of the table in
      // "Peer test suites: differences of convention".
      for (const id of Object.keys(CONVENTIONS)) {
        const row = new RegExp(`^\\|\\s*\`${id}\`\\s*\\|`, 'gm');
        expect(semantics.match(row)?.length ?? 0, id).toBe(1);
      }
      for (const c of adapted) expect(Object.keys(CONVENTIONS), c.title).toContain(c.adapted);
    });

    cases.forEach((c, index) => {
      const label = `#${index + 1} ${c.title}`;
      if (c.skip !== undefined) it.skip(`${label} [skipped: ${c.skip}]`, () => {});
      else it(c.adapted === undefined ? label : `${label} [adapted: ${c.adapted}]`, () => run(c));
    });

    afterAll(() => {
      const reasons = new Map<string, number>();
      for (const c of skipped) reasons.set(c.skip!, (reasons.get(c.skip!) ?? 0) + 1);
      const lines = [
        `${name}: ${cases.length} cases, ${ran.length} run (${adapted.length} adapted to a documented convention), ${skipped.length} skipped`,
        ...[...reasons].map(([reason, count]) => `  skipped ${count}: ${reason}`),
      ];
      console.log(lines.join('\n'));
    });
  });
}
