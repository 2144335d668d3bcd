/**
 * Loads a CSV through the Data view's file input, as a user would, and times it: from pressing
 * "Load these files" to the loader's "Ready" stage (or to the error shown instead), sampling the
 * page's JS heap (CDP Performance.getMetrics, main thread) every 100 ms for the peak, and
 * recording every progress stage the bar showed.
 *   npm run bench:csv [-- --rows 1000000]
 */
import { statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { ensureScale } from '../scripts/generate-scale';
import { ensureBuild } from '../test/browser/preview-server';
import { arg, isMain, launch } from './lib/env';
import { startStatic } from './lib/static-server';

export interface CsvLoad {
  file_mb: number;
  ok: boolean;
  ms: number;
  peak_heap_mb: number;
  /** The error the page showed, when it refused or failed the file. */
  error?: string;
  /** Progress stages shown, with ms since the click. */
  stages: [string, number][];
}

/** Opens the Data view (the default dataset loads first) and waits until the page is idle. */
export async function openDataView(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/#data`);
  await page.waitForFunction(() => performance.getEntriesByName('dataset-ready').length > 0, null, {
    timeout: 120_000,
  });
}

/** Loads `file` through the file input of an open Data view. */
export async function loadCsv(page: Page, file: string, timeoutMs = 300_000): Promise<CsvLoad> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  let peak = 0;
  let sampling = true;
  const sample = async () => {
    while (sampling) {
      try {
        const { metrics } = await cdp.send('Performance.getMetrics');
        const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
        peak = Math.max(peak, used);
      } catch {
        return; // page gone (a crash is reported below)
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  await page.locator('[data-testid="file-input"]').setInputFiles(file);
  const readies = await page.evaluate(() => performance.getEntriesByName('stage: Ready').length);
  const sampler = sample();
  const t0 = Date.now();
  type Outcome = { ok: boolean; error?: string; stages: [string, number][] };
  let outcome: Outcome;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    // Cleared below: a pending timer kept `npm run bench` alive for up to 15 min after its report.
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no result within ${timeoutMs} ms`)), timeoutMs);
    });
    outcome = await Promise.race([
      timeout,
      page.evaluate<Outcome>(
        `new Promise((resolve) => {
        const t0 = performance.now();
        const stages = [];
        const seen = new Set();
        const tick = () => {
          for (const e of performance.getEntriesByType('mark'))
            if (e.name.startsWith('stage: ') && e.startTime >= t0 && !seen.has(e)) {
              seen.add(e);
              stages.push([e.name.slice(7), Math.round(e.startTime - t0)]);
            }
          if (performance.getEntriesByName('stage: Ready').length > ${readies})
            return resolve({ ok: true, stages });
          const err = document.querySelector('[role="alert"]');
          if (err && err.textContent && /could not|failed|limit|error/i.test(err.textContent))
            return resolve({ ok: false, error: err.innerText.replace(/\\s*\\n+\\s*/g, ': ').trim().slice(0, 300), stages });
          setTimeout(tick, 20);
        };
        document.querySelector('[data-testid="load-files"]').click();
        tick();
      })`,
      ),
    ]);
  } catch (e) {
    outcome = {
      ok: false,
      error: `page crashed or timed out: ${String(e).slice(0, 200)}`,
      stages: [],
    };
  } finally {
    clearTimeout(timer);
  }
  const ms = Date.now() - t0;
  sampling = false;
  await sampler;
  await cdp.detach().catch(() => {});
  return {
    file_mb: Math.round(statSync(file).size / 2 ** 20),
    ms,
    peak_heap_mb: Math.round(peak / 2 ** 20),
    ...outcome,
  };
}

if (isMain(import.meta.url)) {
  const rows = Number(arg('rows') ?? 1_000_000);
  const file = ensureScale(rows);
  ensureBuild();
  const server = await startStatic();
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await openDataView(page, server.url);
    console.log(JSON.stringify(await loadCsv(page, file), null, 2));
  } finally {
    await browser.close();
    await server.stop();
  }
}
