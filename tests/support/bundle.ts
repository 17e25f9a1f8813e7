/**
 * Bundling the built package as a program that uses it would (esbuild, minified, for browsers): the
 * size of the common imports (tests/package/bundle-size.test.ts, `npm run size`) and a browser-like
 * run (tests/package/browser.test.ts). The package is resolved by its own name through package.json
 * "exports", as a bundler resolves it in a user's project.
 */

import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const root = join(import.meta.dirname, '../..');

/** The imports whose bundle sizes the package answers for, as a program would write them. */
export const COMMON_IMPORTS = {
  'chinaCalendar only': `import { chinaCalendar } from 'contract-terms';
console.log(chinaCalendar().addWorkingDays('2025-09-30', 3));`,
  'clock only': `import { chinaCalendar, deadline, serviceHours } from 'contract-terms';
const hours = serviceHours({ timeZone: 'Asia/Shanghai', calendar: chinaCalendar(), windows: ['09:00-18:00'] });
console.log(hours.addBusinessTime('2025-09-30T17:00:00+08:00', '8 hours'), deadline('2025-09-30', '3 working days', { calendar: chinaCalendar() }).due);`,
  'parseContract+SLA': `import { parseContract } from 'contract-terms';
const contract = parseContract(globalThis.definition);
console.log(contract.evaluateTicket(globalThis.ticket), contract.complianceReport([]));`,
  'whole library': `import * as library from 'contract-terms';
import * as regions from 'contract-terms/regions';
console.log(library, regions);`,
} as const;

export type CommonImport = keyof typeof COMMON_IMPORTS;

export interface Bundle {
  code: string;
  minified: number;
  gzipped: number;
  /** The packages and files with code in the bundle (node_modules packages by name, others by path). */
  inputs: string[];
}

/** Bundles `source` (ES module text importing 'contract-terms') for the browser, minified. */
export async function bundle(source: string, format: 'esm' | 'iife' = 'esm'): Promise<Bundle> {
  const result = await build({
    stdin: { contents: source, resolveDir: root, sourcefile: 'program.js' },
    bundle: true,
    minify: true,
    write: false,
    format,
    // A browser build: a Node built-in anywhere in the package fails to resolve.
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
    metafile: true,
  });
  const bytes = result.outputFiles[0]!.contents;
  const inputs = new Set<string>();
  // The inputs that left code in the output (a file read but tree-shaken away leaves none).
  const output = Object.values(result.metafile.outputs)[0]!;
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    if (bytesInOutput === 0) continue;
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    inputs.add(pkg === null ? path : pkg[1]!);
  }
  return {
    code: new TextDecoder().decode(bytes),
    minified: bytes.length,
    gzipped: gzipSync(bytes, { level: 9 }).length,
    inputs: [...inputs].sort(),
  };
}

/** Kilobytes with one decimal, as the budgets and docs/bundle-size.md write them. */
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Imports an entry point of the built package by its name (through "exports", as a user's program
 * does). The name is a variable so that the type checker does not look for dist's declarations, which
 * only `npm run build` writes; callers cast to the source module's type.
 */
export function importBuilt(name: 'contract-terms' | 'contract-terms/regions'): Promise<unknown> {
  return import(/* @vite-ignore */ name);
}
