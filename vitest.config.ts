import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/helpers/load-catalogs.ts'],
    // Browser tests walk many views; on a loaded 2-core CI machine one can take minutes. Real
    // failures still fail fast: every wait inside them has its own shorter timeout.
    testTimeout: 180_000,
    hookTimeout: 240_000,
    // DuckDB-WASM start-up and Chromium are heavy on a 2-core machine.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
