import { defineConfig } from 'tsup';

/**
 * npm run bench measures a bundle built like the published one (esbuild, no keepNames), not src/
 * through tsx, whose keepNames wrapping of every closure would slow the library down artificially.
 */
export default defineConfig({
  entry: { index: 'bench/index.ts', 'sla-instructions': 'bench/sla-instructions.ts' },
  format: ['esm'],
  outDir: 'bench/.dist',
  target: 'node20',
  platform: 'node',
  clean: true,
  dts: false,
  sourcemap: false,
  splitting: false,
  external: [
    'chinese-days',
    'moment',
    'moment-business-time',
    'mitata',
    'date-holidays',
    'yaml',
    'zod',
    '@date-fns/tz',
  ],
});
