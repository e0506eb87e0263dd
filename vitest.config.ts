// Vitest configuration: tests are co-located with the code they test (`*.test.ts` beside the module).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{schemas,reconciler,portal,provider,examples,scripts,bench}/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The JSON report lets .ci/run print a plain "N passed, N failed" closing line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-artifacts/vitest.json' },
  },
});
