import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

/**
 * The command imports the library through its public API only ('../index.js' in src/cli). In the
 * bundle that import becomes the package's own name, so dist/cli.js loads dist/index.js through the
 * package's "exports" (Node resolves a package's own name from inside it) instead of a second copy.
 */
const publicApiAsPackage: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'public-api-as-package',
  setup(build) {
    const publicApi = resolve(build.initialOptions.absWorkingDir ?? process.cwd(), 'src/index.ts');
    build.onResolve({ filter: /(^|\/)index\.js$/ }, (args) => {
      const target = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
      return target === publicApi ? { path: 'contract-terms', external: true } : undefined;
    });
  },
};

/**
 * The command line and its worker threads' script (`--workers`: dist/cli-worker.js, found next to
 * dist/cli.js), also built alone, without declarations, by the CLI tests: tests/cli/global-setup.ts.
 */
export const cliBuild: Options = {
  entry: { cli: 'src/cli/bin.ts', 'cli-worker': 'src/cli/worker.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  dts: false,
  sourcemap: false,
  clean: false,
  splitting: false,
  banner: { js: '#!/usr/bin/env node' },
  esbuildPlugins: [publicApiAsPackage],
};

/** The workers' script of `contract-terms/node` (also built by the tests: tests/cli/global-setup.ts). */
export const nodeWorkerBuild: Options = {
  entry: { 'node-worker': 'src/node/worker.ts' },
  format: ['esm'],
  platform: 'node',
  dts: false,
  sourcemap: false,
  clean: false,
  target: 'node20',
  esbuildPlugins: [publicApiAsPackage],
};

/** `contract-terms/node` as ESM without declarations, for the tests (tests/cli/global-setup.ts). */
export const nodeTestBuild: Options = {
  entry: { node: 'src/node/index.ts' },
  format: ['esm'],
  platform: 'node',
  dts: false,
  sourcemap: false,
  clean: false,
  target: 'node20',
  esbuildPlugins: [publicApiAsPackage],
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    treeshake: true,
  },
  /**
   * `contract-terms/node` (worker threads; Node only) and its workers' script, found next to it
   * (dist/node-worker.js, ESM, also from the CommonJS build: `shims` gives it import.meta.url).
   * Both import the library through the package's own name, as the command line does.
   */
  {
    entry: { node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    platform: 'node',
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'node20',
    shims: true,
    esbuildPlugins: [publicApiAsPackage],
  },
  nodeWorkerBuild,
  cliBuild,
]);
