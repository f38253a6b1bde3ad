// Shared Chromium helpers for the browser tests: Debian's /usr/bin/chromium driven by playwright-core
// (no browser download), a watcher that collects what a reader would call broken (console errors,
// page errors, failed requests to the site), and axe-core served from the site's own origin so that
// it runs under the pages' strict Content-Security-Policy (script-src 'self') unchanged.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TestContext } from 'node:test';
import { chromium, type Browser, type BrowserContext, type LaunchOptions, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const MISSING = `${CHROMIUM} is missing`;
const CI_HINT = `${MISSING}: CI must install it (apt-get install -y chromium)`;
const LOCAL_HINT = `${MISSING}: apt-get install -y chromium to run the browser tests`;

/** True under CI=true (or CI=1): a missing browser is then a failure, never a skip. */
export function isCI(): boolean {
  const ci = (process.env.CI ?? '').toLowerCase();
  return ci !== '' && ci !== '0' && ci !== 'false';
}

/**
 * For `describe(…, { skip: browserSkipReason() })`: a reason to skip when Chromium is missing locally;
 * false when it is installed, and false under CI too, so that `assertChromium()` in the suite's
 * before() fails the suite instead.
 */
export function browserSkipReason(): string | false {
  if (existsSync(CHROMIUM) || isCI()) return false;
  return LOCAL_HINT;
}

/** Fails (under CI or not) when Chromium is missing: call where the browser is needed. */
export function assertChromium(): void {
  if (!existsSync(CHROMIUM)) assert.fail(isCI() ? CI_HINT : LOCAL_HINT);
}

/**
 * For a single test inside a suite that also has non-browser tests: true when Chromium is there;
 * otherwise fails under CI, or skips the test (with the reason) and returns false.
 */
export function requireChromium(t: TestContext): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (isCI()) assert.fail(CI_HINT);
  t.skip(LOCAL_HINT);
  return false;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS], ...options });
}

export interface PageWatch {
  /** Console errors, page errors and failed requests to `origin` since the last reset, one line each. */
  problems: string[];
  /** Forget what was collected (call before each page). */
  reset(): void;
  /** A 404 (or any status) that the next check should expect for this exact URL, e.g. the 404 page. */
  expectStatus(url: string, status: number): void;
}

/**
 * Watches a page for what a reader would call broken: console errors, uncaught exceptions, requests to
 * our own origin that fail or answer >= 400. Requests elsewhere are not counted here (a test that must
 * load nothing from elsewhere routes and aborts them itself).
 */
export function watchPage(page: Page, origin: string): PageWatch {
  const problems: string[] = [];
  const expected = new Map<string, number>();
  const ours = (url: string): boolean => {
    try {
      return new URL(url).origin === origin;
    } catch {
      return false;
    }
  };
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // Chromium logs every HTTP error response as a console error; an expected one is not a problem.
    const location = m.location().url;
    if (/^Failed to load resource: the server responded with a status of (\d+)/.test(m.text())) {
      const status = Number(/status of (\d+)/.exec(m.text())?.[1]);
      if (expected.get(location) === status) return;
    }
    problems.push(`console error: ${m.text()}${location ? ` (${location})` : ''}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // How many times the page has started to navigate (a reload counts), and at which count each request was made.
  let navigations = 0;
  const madeAt = new WeakMap<object, number>();
  page.on('request', (r) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) navigations++;
    else madeAt.set(r, navigations);
  });
  page.on('requestfailed', (r) => {
    if (!ours(r.url())) return;
    const error = r.failure()?.errorText ?? 'failed';
    // The browser's own favicon fetch, cut short when the test moves on: not the page's request.
    if (error === 'net::ERR_ABORTED' && r.resourceType() === 'other' && /\/favicon\.(svg|ico)$/.test(r.url())) return;
    // A request the page had in flight when it was reloaded or left ("facets.json" under a slow machine): cut short by
    // the navigation, not failed.
    if (error === 'net::ERR_ABORTED' && navigations > (madeAt.get(r) ?? navigations)) return;
    problems.push(`request failed: ${r.method()} ${r.url()} (${error})`);
  });
  page.on('response', (r) => {
    if (!ours(r.url())) return;
    const status = r.status();
    if (status >= 400 && expected.get(r.url()) !== status) problems.push(`HTTP ${status}: ${r.url()}`);
  });
  return {
    problems,
    reset() {
      problems.length = 0;
      expected.clear();
    },
    expectStatus(url, status) {
      expected.set(url, status);
    },
  };
}

/** Waits until the network has been quiet (Pagefind and deferred scripts done), without failing if it never is. */
export async function settle(page: Page, timeout = 5_000): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout }).catch(() => undefined);
}

// axe-core ---------------------------------------------------------------------------------------

const require = createRequire(import.meta.url);
let axeSource: string | undefined;
/** Where the page fetches axe from: on its own origin, so `script-src 'self'` allows it. */
const AXE_PATH = '/__test__/axe.min.js';
const routedContexts = new WeakSet<BrowserContext>();

export interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
export interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

export interface AxeOptions {
  /** Rule tags to run (default: WCAG 2.0/2.1/2.2 A and AA, plus axe's best practices). */
  tags?: string[];
  /** Only these rules (overrides tags). */
  rules?: string[];
}

export const AXE_DEFAULT_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core on the page as it is now. axe is injected as a script from `origin` (answered by a
 * Playwright route, never by the site), because the pages' CSP blocks inline scripts, so
 * `page.addScriptTag({ content })` would be refused.
 */
export async function runAxe(page: Page, origin: string, options: AxeOptions = {}): Promise<AxeViolation[]> {
  const context = page.context();
  if (!routedContexts.has(context)) {
    axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    const body = axeSource;
    await context.route(`${origin}${AXE_PATH}`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body }),
    );
    routedContexts.add(context);
  }
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.addScriptTag({ url: `${origin}${AXE_PATH}` });
  const runOnly = options.rules ? { type: 'rule', values: options.rules } : { type: 'tag', values: options.tags ?? AXE_DEFAULT_TAGS };
  return page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: only, resultTypes: ['violations'] });
    return result.violations as never;
  }, runOnly);
}

/** One line per violating element: `rule (impact): help — selector — what to fix`. */
export function formatViolations(violations: AxeViolation[], where = ''): string[] {
  const lines: string[] = [];
  for (const v of violations) {
    for (const n of v.nodes) {
      const summary = (n.failureSummary ?? '').replace(/\s+/g, ' ').trim();
      lines.push(
        `${where ? `${where}: ` : ''}${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${n.target.map(String).join(' > ')} — ${summary} — ${n.html.slice(0, 160)}`,
      );
    }
  }
  return lines;
}
