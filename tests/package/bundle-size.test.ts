/**
 * A package that costs only what it uses: the common imports, bundled from the built package as a
 * program would bundle them (esbuild, minified, gzipped), stay within their budgets, and carry only
 * the dependencies they need. The `size-limit` approach, in the test run; docs/bundle-size.md holds
 * the figures and why each budget is what it is. Run `npm run size` for the table.
 */
import { describe, expect, it } from 'vitest';
import { bundle, COMMON_IMPORTS, type CommonImport, kb } from '../support/bundle.js';

/**
 * Gzipped budgets, about 10 % above the sizes measured when they were set (docs/bundle-size.md). The
 * calendar alone is 50 KB and the clocks (service hours and deadlines, with a calendar) 62 KB, each
 * with 27 KB of message catalogue (every message of every domain, in both languages): the aim of
 * 25 KB for the calendar is met when errors load only their own domain's messages.
 */
const BUDGETS: Record<CommonImport, number> = {
  'chinaCalendar only': 56 * 1024,
  'clock only': 68 * 1024,
  'parseContract+SLA': 245 * 1024,
  'whole library': 505 * 1024,
};

/** The dependencies each import may carry: date-holidays only with regions, zod and yaml only with contracts. */
const DEPENDENCIES: Record<CommonImport, string[]> = {
  'chinaCalendar only': [],
  'clock only': ['@date-fns/tz'],
  'parseContract+SLA': ['@date-fns/tz', 'yaml', 'zod'],
  'whole library': ['@date-fns/tz', 'date-holidays', 'yaml', 'zod'],
};

const isPackage = (input: string) => !input.startsWith('dist/') && input !== 'program.js';

describe('bundle size: an import carries what it uses', () => {
  for (const [name, source] of Object.entries(COMMON_IMPORTS) as Array<[CommonImport, string]>) {
    it(`${name}: within ${kb(BUDGETS[name])} gzipped, with only its dependencies`, async () => {
      const built = await bundle(source);
      const packages = built.inputs.filter(isPackage);
      // date-holidays brings its own dependencies (its rules, astronomia, ...): count them as one.
      const direct = DEPENDENCIES[name].includes('date-holidays')
        ? packages.filter((p) => DEPENDENCIES[name].includes(p))
        : packages;
      expect(direct).toEqual(DEPENDENCIES[name]);
      expect(
        built.gzipped,
        `${name}: ${kb(built.minified)} minified, ${kb(built.gzipped)} gzipped`,
      ).toBeLessThanOrEqual(BUDGETS[name]);
    });
  }

  it('the contract parser alone does not carry date-holidays (regions come from contract-terms/regions)', async () => {
    const built = await bundle(COMMON_IMPORTS['parseContract+SLA']);
    expect(built.inputs).not.toContain('date-holidays');
  });
});
