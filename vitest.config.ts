// Vitest configuration: tests are co-located with the code they test (`*.test.ts` beside the module).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{schemas,reconciler,portal,provider,examples,scripts,bench}/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two test files at a time whatever the core count: Vitest's default (cores - 1) runs one at a time on a
    // 2-core machine, while most files wait on child processes, sockets and timers (the full suite: 635 s with
    // one worker, 378 s with two, on 2 cores).
    maxWorkers: 2,
    // The JSON report lets .ci/run print a plain "N passed, N failed" closing line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-artifacts/vitest.json' },
  },
});
