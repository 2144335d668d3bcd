/**
 * Cold start in headless Chromium against the production build (`vite preview`): navigation →
 * DuckDB ready, → default dataset loaded, → first chart painted. Every run uses a fresh browser
 * context (empty HTTP cache). Prints median, min and max of N runs (default 5) and writes
 * bench/results.json. Usage: npm run bench [-- --runs N]
 */
import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ensureBuild, startPreview } from '../test/browser/preview-server';

const MARKS = ['duckdb-ready', 'dataset-ready', 'first-chart'] as const;
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const median =
    s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  return { median: Math.round(median), min: Math.round(s[0]!), max: Math.round(s[s.length - 1]!) };
}

async function main() {
  const build = ensureBuild();
  if (build.built) console.log(`built dist/ in ${build.ms} ms`);
  const server = await startPreview();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const samples: Record<(typeof MARKS)[number], number[]> = {
    'duckdb-ready': [],
    'dataset-ready': [],
    'first-chart': [],
  };
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForFunction(
        (names) => names.every((n) => performance.getEntriesByName(n).length > 0),
        [...MARKS],
        { timeout: 60_000 },
      );
      const marks = await page.evaluate(
        (names) =>
          Object.fromEntries(
            names.map((n) => [n, performance.getEntriesByName(n)[0]?.startTime ?? NaN]),
          ),
        [...MARKS],
      );
      for (const m of MARKS) samples[m].push(marks[m]!);
      await context.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB`;
  console.log(`\nCold start, ${RUNS} runs, fresh browser context each (machine: ${machine})`);
  console.log('milestone (ms from navigation)   median     min     max');
  const summary: Record<string, ReturnType<typeof stats>> = {};
  for (const m of MARKS) {
    summary[m] = stats(samples[m]);
    const { median, min, max } = summary[m];
    console.log(
      `${m.padEnd(32)} ${String(median).padStart(6)}  ${String(min).padStart(6)}  ${String(max).padStart(6)}`,
    );
  }
  const results = {
    machine,
    runs: RUNS,
    first_chart_ms: summary['first-chart']!.median,
    duckdb_ready_ms: summary['duckdb-ready']!.median,
    dataset_ready_ms: summary['dataset-ready']!.median,
    detail: summary,
  };
  writeFileSync(
    new URL('./results.json', import.meta.url),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  console.log('\nwrote bench/results.json');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
