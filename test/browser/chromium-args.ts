/**
 * Flags for headless Debian Chromium, shared by the browser tests and the benchmarks so both
 * measure the same browser: no sandbox (root in CI), no GPU, and nothing that phones home.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
