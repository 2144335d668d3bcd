import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // DuckDB-WASM start-up and Chromium are heavy on a 2-core machine.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
