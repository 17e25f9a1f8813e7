import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
    // Builds dist/ (without declarations) when it is older than src/: the CLI tests run the binary.
    globalSetup: ['tests/cli/global-setup.ts'],
  },
});
