/**
 * One package, one identity: a program can load the CJS build (`require`) and the ESM build
 * (`import`) of contract-terms at once, and each has its own classes. Calendars, service hours and
 * errors are recognised by a `Symbol.for` brand, not by one copy's classes, so what one build made
 * the other accepts (and `instanceof` its error classes holds).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBuilt, root } from '../support/bundle.js';

type Library = typeof import('../../src/index.js');
type Regions = typeof import('../../src/regions.js');

const require = createRequire(join(root, 'package.json'));

async function builds() {
  const cjs = require('contract-terms') as Library;
  const cjsRegions = require('contract-terms/regions') as Regions;
  const esm = (await importBuilt('contract-terms')) as Library;
  const esmRegions = (await importBuilt('contract-terms/regions')) as Regions;
  return { cjs, cjsRegions, esm, esmRegions };
}

const phoneHours = { timeZone: 'Asia/Shanghai', days: 'working-days', windows: ['09:00-18:00'] } as const;

describe('the CJS and ESM builds in one process', () => {
  it('are two copies of the library (the hazard is real)', async () => {
    const { cjs, esm } = await builds();
    expect(cjs.chinaCalendar).not.toBe(esm.chinaCalendar);
    expect(Object.getPrototypeOf(cjs.chinaCalendar())).not.toBe(Object.getPrototypeOf(esm.chinaCalendar()));
  });

  it('accept each other’s calendars, in service hours and deadlines', async () => {
    const { cjs, esm } = await builds();
    for (const [maker, user] of [
      [cjs, esm],
      [esm, cjs],
    ] as const) {
      const calendar = maker.chinaCalendar().with({ daysOff: ['2025-10-09'] });
      const hours = user.serviceHours({ ...phoneHours, calendar });
      expect(hours.addBusinessTime('2025-09-30T17:00:00+08:00', '8 hours')).toBe('2025-10-10T16:00:00+08:00');
      expect(user.deadline('2025-09-30', '3 working days', { calendar }).due).toBe(
        maker.deadline('2025-09-30', '3 working days', { calendar }).due,
      );
    }
  });

  it('accept each other’s service hours in deadlines', async () => {
    const { cjs, esm } = await builds();
    for (const [maker, user] of [
      [cjs, esm],
      [esm, cjs],
    ] as const) {
      const hours = maker.serviceHours({ ...phoneHours, calendar: maker.chinaCalendar() });
      const due = user.deadline('2025-09-30T17:00:00+08:00', '8 business hours', { hours });
      expect(due.due).toBe('2025-10-09T16:00:00+08:00');
    }
  });

  it('accept region calendars and the region factory of the other build', async () => {
    const { cjs, cjsRegions, esm, esmRegions } = await builds();
    const us = cjsRegions.regionCalendar('US');
    const hours = esm.serviceHours({ timeZone: 'America/New_York', calendar: us, windows: ['09:00-17:00'] });
    expect(hours.nextOpening('2025-07-04T10:00:00-04:00')).toBe('2025-07-07T09:00:00-04:00');
    const definition = {
      id: 'x',
      title: 'x',
      timeZone: 'America/New_York',
      calendars: { us: { type: 'region', region: 'US' } },
      targets: [],
    };
    for (const [parser, factory] of [
      [esm, cjsRegions.regionCalendar],
      [cjs, esmRegions.regionCalendar],
    ] as const) {
      const result = parser.safeParseContract(definition, { regionCalendar: factory });
      expect(result.ok && result.contract.calendars.us?.isWorkingDay('2025-07-04')).toBe(false);
    }
  });

  it('recognise each other’s errors with instanceof, class by class', async () => {
    const { cjs, esm } = await builds();
    for (const [thrower, catcher] of [
      [cjs, esm],
      [esm, cjs],
    ] as const) {
      let caught: unknown;
      try {
        thrower.chinaCalendar().isWorkingDay('2099-01-05');
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(catcher.ContractTermsError);
      expect(caught).toBeInstanceOf(catcher.CalendarCoverageError);
      expect(caught).not.toBeInstanceOf(catcher.InvalidDateError);
      expect(caught).toBeInstanceOf(Error);
    }
    // Only errors of the library: an Error with the same name, or a plain object, is not one.
    const impostor = Object.assign(new Error('x'), { name: 'ContractTermsError', code: 'invalid_instant' });
    expect(impostor).not.toBeInstanceOf(esm.ContractTermsError);
    expect({ code: 'invalid_instant' }).not.toBeInstanceOf(cjs.ContractTermsError);
  });

  it('still refuse a look-alike that no build made', async () => {
    const { cjs, esm } = await builds();
    const real = esm.chinaCalendar();
    const lookAlike = Object.fromEntries(
      Object.getOwnPropertyNames(Object.getPrototypeOf(real)).map((name) => [name, () => undefined]),
    );
    expect(() => cjs.serviceHours({ ...phoneHours, calendar: lookAlike as never })).toThrow(
      cjs.InvalidArgumentError,
    );
    expect(() => esm.deadline('2025-09-30', '3 working days', { calendar: { ...real } as never })).toThrow(
      esm.InvalidArgumentError,
    );
  });
});
