/**
 * The CLI tests run the built binary (dist/cli.js, which loads dist/index.js through the package's
 * own name). Before the tests, this builds both (ESM, without declarations: about a second) when
 * either is missing or older than a source file, so `npm test` works right after `npm ci`.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'tsup';
import { cliBuild, nodeTestBuild, nodeWorkerBuild } from '../../tsup.config.js';

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
  if (
    Math.min(
      builtAt('dist/cli.js'),
      builtAt('dist/cli-worker.js'),
      builtAt('dist/node.js'),
      builtAt('dist/node-worker.js'),
      builtAt('dist/index.js'),
    ) > sources
  )
    return;
  const cwd = process.cwd();
  process.chdir(root);
  try {
    await build({
      entry: { index: 'src/index.ts' },
      format: ['esm'],
      platform: 'node',
      target: 'node20',
      dts: false,
      sourcemap: true,
      clean: false,
      splitting: false,
      silent: true,
      config: false,
    });
    await build({ ...cliBuild, silent: true, config: false });
    // contract-terms/node and its workers' script (tests/node-workers.test.ts runs them).
    await build({ ...nodeTestBuild, silent: true, config: false });
    await build({ ...nodeWorkerBuild, silent: true, config: false });
  } finally {
    process.chdir(cwd);
  }
}
