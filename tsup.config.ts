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
    const root = build.initialOptions.absWorkingDir ?? process.cwd();
    const entries = new Map(
      Object.entries(PACKAGE_ENTRIES).map(([name, source]) => [resolve(root, source), name] as const),
    );
    build.onResolve({ filter: /(^|\/)(index|regions)\.js$/ }, (args) => {
      const target = entries.get(resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts'));
      return target === undefined ? undefined : { path: target, external: true };
    });
  },
};

/**
 * The package's entry points (package.json "exports"), by import name. `contract-terms/regions` is
 * apart so that date-holidays, which only region calendars need, is loaded only by what imports it.
 */
export const PACKAGE_ENTRIES = {
  'contract-terms': 'src/index.ts',
  'contract-terms/regions': 'src/regions.ts',
} as const;

/**
 * The modules behind the public functions, built as extra (unexported) entries only to shape the
 * chunks. esbuild puts each module in a chunk by the set of entries that reach it, and a bundler
 * drops a chunk of a `sideEffects: false` package whose exports are unused (imports included), but
 * cannot drop the top-level work inside a file it keeps (zod schemas are built by calls). With the
 * main entry alone, its single file would hold everything, so `import { chinaCalendar }` would carry
 * zod and yaml; with an entry per public module, the contract parser, the clocks, money and the
 * calendars land in separate chunks and an import carries only the chunks it uses
 * (tests/package/bundle-size.test.ts holds the budgets).
 */
const FACETS = [
  'src/calendar/china.ts',
  'src/calendar/weekdays.ts',
  'src/calendar/notice.ts',
  'src/clock/duration.ts',
  'src/clock/service-hours.ts',
  'src/clock/deadline.ts',
  'src/contract/parse.ts',
  'src/contract/issues.ts',
  'src/billing/money.ts',
  'src/billing/decimal.ts',
  'src/billing/late-fee-terms.ts',
  'src/rules/condition.ts',
  'src/limits/limits.ts',
  'src/time/in-zone.ts',
  'src/errors/errors.ts',
  'src/draft/draft.ts',
  'src/sla/report.ts',
];

/**
 * Declarations leave out members marked `@internal` (the Contract constructor, which only
 * parseContract calls), as tests/package/declarations.test.ts computes them. Only members: a
 * top-level declaration marked so would vanish from its file while other files' declarations still
 * import it, which breaks the declaration bundle. The engines stay out because no public type names
 * them (contract/views.ts), not by a tag.
 */
const DTS_COMPILER_OPTIONS = { stripInternal: true };

/** The library build (also run without declarations by the tests: tests/cli/global-setup.ts). */
export const libraryBuild: Options = {
  entry: {
    index: PACKAGE_ENTRIES['contract-terms'],
    regions: PACKAGE_ENTRIES['contract-terms/regions'],
    ...Object.fromEntries(
      FACETS.map((source) => [
        `internal/${source
          .replace(/^src\//, '')
          .replace(/\.ts$/, '')
          .replace('/', '-')}`,
        source,
      ]),
    ),
  },
  format: ['esm', 'cjs'],
  // Code the two entries share lives in shared chunks, in both formats: one copy of each class per
  // format, and an import of the main entry never loads date-holidays.
  splitting: true,
  // No Node built-ins: the library runs in browsers and edge runtimes (tests/package checks it).
  platform: 'neutral',
  // Declarations of the main entry (regions' are built apart: see regionsTypes).
  dts: { entry: { index: PACKAGE_ENTRIES['contract-terms'] }, compilerOptions: DTS_COMPILER_OPTIONS },
  sourcemap: true,
  clean: true,
  target: 'node20',
  treeshake: true,
  esbuildOptions(options) {
    options.chunkNames = 'chunks/[name]-[hash]';
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

/**
 * The declarations of contract-terms/regions, built apart from the main entry's: built together,
 * the declaration bundler moves the types both use into a shared chunk, and dist/index.d.ts would no
 * longer declare the main entry's surface itself. Apart, each file stands alone (regions.d.ts repeats
 * the calendar interfaces it needs; they are structural, so both copies are the same type).
 */
export const regionsTypes: Options = {
  entry: { regions: PACKAGE_ENTRIES['contract-terms/regions'] },
  format: ['esm', 'cjs'],
  dts: { only: true, compilerOptions: DTS_COMPILER_OPTIONS },
  clean: false,
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
  libraryBuild,
  regionsTypes,
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
