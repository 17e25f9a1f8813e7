/**
 * `npm run size`: the size of the common imports of the built package, bundled as a program would
 * bundle them (esbuild, minified, for browsers), minified and gzipped. Needs `npm run build` (or a
 * test run, which builds dist/ without declarations). tests/package/bundle-size.test.ts holds the
 * budgets; docs/bundle-size.md the figures.
 */
import { bundle, COMMON_IMPORTS, kb } from '../tests/support/bundle.js';

const rows: string[] = ['| import | minified | gzipped |', '| --- | ---: | ---: |'];
for (const [name, source] of Object.entries(COMMON_IMPORTS)) {
  const built = await bundle(source);
  rows.push(`| ${name} | ${kb(built.minified)} | ${kb(built.gzipped)} |`);
}
console.log(rows.join('\n'));
