/**
 * One Chromium session against `vite preview` of the production build, with the watchers every
 * browser test wants: console errors, requests to any origin but the preview server, failed
 * requests, dialogs and Content-Security-Policy violations (counted by name from the page's own
 * `securitypolicyviolation` events, not inferred from console text).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { ensureBuild, startPreview, type PreviewServer } from './preview-server';
import { CHROMIUM_ARGS } from './chromium-args';

export const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
export const SHOTS = root('test-results');

export interface CspViolation {
  directive: string;
  blocked: string;
  sample: string;
}

export interface BrowserSession {
  server: PreviewServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
  failedRequests: string[];
  dialogs: string[];
  /** The violations the page has reported so far (survives navigation within the session). */
  cspViolations(): Promise<CspViolation[]>;
  shot(name: string): Promise<void>;
  /** Empties every watcher (after a deliberate probe). */
  reset(): void;
  close(): Promise<void>;
}

declare global {
  interface Window {
    __cspViolations?: CspViolation[];
  }
}

export async function openBrowserSession(
  viewport = { width: 1200, height: 900 },
): Promise<BrowserSession> {
  const build = ensureBuild();
  if (build.built) console.log(`vite build: ${build.ms} ms`);
  const server = await startPreview();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const failedRequests: string[] = [];
  const dialogs: string[] = [];
  const violations: CspViolation[] = [];
  await context.exposeBinding('__reportCspViolation', (_source, v: CspViolation) => {
    violations.push(v);
  });
  // Init scripts run through the DevTools protocol, so the page's CSP does not block them.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation?: (v: CspViolation) => void })
        .__reportCspViolation;
      report?.({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
    });
  });
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(`${server.url}/`) && !/^(data|blob):/.test(url)) foreignRequests.push(url);
  });
  context.on('requestfailed', (r) => failedRequests.push(`${r.url()} ${r.failure()?.errorText}`));
  context.on('response', (r) => {
    if (r.status() >= 400) failedRequests.push(`${r.url()} HTTP ${r.status()}`);
  });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  mkdirSync(SHOTS, { recursive: true });
  return {
    server,
    browser,
    context,
    page,
    consoleErrors,
    foreignRequests,
    failedRequests,
    dialogs,
    cspViolations: async () => [...violations],
    async shot(name) {
      await page.waitForTimeout(600); // let the 300 ms chart animation end
      await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
    },
    reset() {
      for (const list of [consoleErrors, foreignRequests, failedRequests, dialogs, violations]) {
        list.length = 0;
      }
    },
    async close() {
      await browser.close();
      server.stop();
    },
  };
}

/** Waits until a chart card has drawn its latest option and nothing on the page is loading. */
export async function chartRendered(page: Page, testId: string) {
  const card = page.getByTestId(testId);
  await expect
    .poll(
      async () => {
        const [v, r] = await Promise.all([
          card.getAttribute('data-version'),
          card.getAttribute('data-rendered'),
        ]);
        return v !== null && v === r && (await page.locator('[aria-busy="true"]').count()) === 0;
      },
      { timeout: 60_000 },
    )
    .toBe(true)
    .catch(async (e: unknown) => {
      // Say which of the two conditions never held: a chart that did not draw its option, or
      // something on the page still loading.
      const state = {
        version: await card.getAttribute('data-version'),
        rendered: await card.getAttribute('data-rendered'),
        busy: await page
          .locator('[aria-busy="true"]')
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-testid') ?? el.className)),
      };
      throw new Error(`${testId} not rendered: ${JSON.stringify(state)}`, { cause: e });
    });
  return card;
}
