/**
 * The library runs where there is no Node: the built package, bundled for browsers (both entry
 * points, so a Node built-in anywhere fails the bundle), runs in a fresh JavaScript realm that has
 * only the ECMAScript globals and the few web ones a browser or an edge runtime provides: no
 * `process`, `require`, `Buffer`, `module` or Node timers. Its answers there are the answers of the
 * package loaded in Node.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { bundle, importBuilt, root } from '../support/bundle.js';

/** The program: every domain once, its answers as JSON (so both realms' answers compare as text). */
const PROGRAM = `
import { chinaCalendar, deadline, formatMoney, money, parseContract, renderMessage, serviceHours } from 'contract-terms';
import { regionCalendar } from 'contract-terms/regions';
globalThis.answers = (definition, ticket) => {
  const cn = chinaCalendar();
  const phone = serviceHours({ timeZone: 'Asia/Shanghai', calendar: cn, windows: ['09:00-18:00'] });
  const contract = parseContract(definition, { regionCalendar });
  let refused;
  try { parseContract('id: [') } catch (error) { refused = [error.code, error.localizedMessage('zh')]; }
  return JSON.stringify({
    working: cn.addWorkingDays('2025-09-30', 3),
    explained: cn.explain.isWorkingDay('2025-10-11').text('zh'),
    open: phone.addBusinessTime('2025-09-30T17:00:00+08:00', '8 hours'),
    due: deadline('2025-09-30', '3 working days', { calendar: cn }).due,
    us: regionCalendar('US').nextWorkingDay('2025-07-03'),
    money: formatMoney(money('50000.00', 'CNY')),
    message: renderMessage('unknown_region', { input: 'XX' }, 'zh'),
    targets: contract.evaluateTicket(ticket, { at: '2025-10-09T12:00:00+08:00' }).targets.map((t) => [t.target, t.status, t.due]),
    refused,
  });
};
`;

const ticket = {
  id: 'T-1',
  fields: { channel: 'chat', category: 'general' },
  events: [
    { type: 'created', at: '2025-10-09T10:00:00+08:00' },
    { type: 'agent-reply', at: '2025-10-09T10:00:42+08:00' },
  ],
};
const definition = readFileSync(join(root, 'examples/customer-service.contract.yaml'), 'utf8');

describe('the built package in a browser-like realm', () => {
  it('bundles for browsers and gives the answers it gives in Node', async () => {
    const built = await bundle(PROGRAM, 'iife');
    expect(built.code).not.toMatch(/\brequire\(["']node:/);

    // A new realm: its own Object, Array, Intl... and of the host's globals only what browsers have.
    const realm = createContext({
      TextEncoder,
      TextDecoder,
      URL,
      console,
      setTimeout,
      clearTimeout,
      queueMicrotask,
      structuredClone,
    });
    expect(runInContext('typeof process + typeof require + typeof Buffer + typeof setImmediate', realm)).toBe(
      'undefinedundefinedundefinedundefined',
    );
    runInContext(built.code, realm);
    const inBrowser = JSON.parse(
      (realm.answers as (d: string, t: unknown) => string)(definition, JSON.parse(JSON.stringify(ticket))),
    );

    // The same program on the package as Node loads it (dist/ through "exports").
    const node = (await importBuilt('contract-terms')) as typeof import('../../src/index.js');
    const { regionCalendar } = (await importBuilt(
      'contract-terms/regions',
    )) as typeof import('../../src/regions.js');
    const scope: { answers?: (d: string, t: unknown) => string } = {};
    new Function(
      'lib',
      'regions',
      'globalThis',
      PROGRAM.replace(/^import .*$/gm, '').replace(
        /^/,
        'const { chinaCalendar, deadline, formatMoney, money, parseContract, renderMessage, serviceHours } = lib; const { regionCalendar } = regions;\n',
      ),
    )(node, { regionCalendar }, scope);
    const inNode = JSON.parse(scope.answers!(definition, ticket));

    expect(inBrowser).toEqual(inNode);
    expect(inBrowser.working).toBe('2025-10-11');
    expect(inBrowser.us).toBe('2025-07-07');
    expect(inBrowser.targets[0]).toEqual(['chat-first-response', 'breached', '2025-10-09T10:00:30+08:00']);
    expect(inBrowser.refused[0]).toBe('contract_invalid');
  });
});
