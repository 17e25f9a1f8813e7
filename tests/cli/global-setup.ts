/**
 * The CLI tests run the built binary (dist/cli.js, which loads dist/index.js through the package's
 * own name), and the package tests (tests/package) load the built entry points, ESM and CJS. Before
 * the tests, this builds them (the package's own build without declarations: a few seconds) when one
 * is missing or older than a source file, so `npm test` works right after `npm ci`.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'tsup';
import { cliBuild, libraryBuild, nodeTestBuild, nodeWorkerBuild } from '../../tsup.config.js';

const root = join(import.meta.dirname, '../..');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

function builtAt(file: string): number {
  const path = join(root, file);
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

export default async function setup(): Promise<void> {
  const sources = Math.max(newestSource(join(root, 'src')), statSync(join(root, 'package.json')).mtimeMs);
  const outputs = [
    'dist/cli.js',
    'dist/cli-worker.js',
    'dist/index.js',
    'dist/index.cjs',
    'dist/regions.js',
    'dist/regions.cjs',
    'dist/node.js',
    'dist/node-worker.js',
  ];
  if (Math.min(...outputs.map(builtAt)) > sources) return;
  const cwd = process.cwd();
  process.chdir(root);
  try {
    // Declarations are left to `npm run build` (tens of seconds); tests/package/declarations.test.ts
    // computes the declared surface from the sources instead.
    await build({ ...libraryBuild, dts: false, clean: false, silent: true, config: false });
    await build({ ...cliBuild, silent: true, config: false });
    // contract-terms/node and its workers' script (tests/node-workers.test.ts runs them).
    await build({ ...nodeTestBuild, silent: true, config: false });
    await build({ ...nodeWorkerBuild, silent: true, config: false });
  } finally {
    process.chdir(cwd);
  }
}
