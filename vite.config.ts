import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './scripts/vite-precompress';
import { devWithoutCsp } from './scripts/vite-dev-csp';
import { slimDuckdb } from './scripts/vite-slim-duckdb';

// DuckDB-WASM must not be pre-bundled: its worker and wasm files are served as assets (?url).
export default defineConfig({
  plugins: [slimDuckdb(), react(), precompress(), devWithoutCsp()],
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
    rolldownOptions: {
      // Views, DuckDB's JS and the readers are lazy chunks; modules shared between chunks must
      // still run in source order (src/app/csp-safe-zod.ts configures zod before any schema is
      // built, or zod probes eval and the CSP reports it).
      output: { strictExecutionOrder: true },
    },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
