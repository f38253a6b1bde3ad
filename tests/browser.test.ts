// The built site in a real browser (Debian's Chromium via playwright-core), as a reader uses it: every
// kind of page loads cleanly; links lead from the timeline to a person, to an entry, to the exact
// paragraph of the article it came from; search and the filter bar work with JavaScript and degrade to
// plain links without it; axe-core finds no violations; pages fit a 375 px phone and a 1280 px desktop;
// dark mode and print styles apply; pages stay light. One build of content/ in a temp dir serves all.
//
// Screenshots go to test-results/screenshots/ when a layout check fails, or always with KEEP_SCREENSHOTS=1.
import assert from 'node:assert/strict';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ARTICLES_DIR, REPO, buildInto, htmlFiles, listFiles, makeContentDir, removeDir, type ContentDir } from './helpers/buildInto.ts';
import {
  assertChromium,
  browserSkipReason,
  formatViolations,
  launchChromium,
  runAxe,
  settle,
  watchPage,
  type PageWatch,
} from './helpers/browser.ts';
import { serveStatic, type StaticServer } from './helpers/staticServer.ts';

const SCREENSHOT_DIR = path.join(REPO, 'test-results', 'screenshots');
const KEEP_SCREENSHOTS = process.env.KEEP_SCREENSHOTS === '1';
const MAX_HTML_BYTES = 200 * 1024;
const MAX_JS_BYTES = 15 * 1024;
const PERSON = { slug: 'marco-rubio', name: 'Marco Rubio' };
const ORIGINAL = {
  article: '2025-07-10-marco-rubio-fumes-after-dead-end-ukraine-peace-talks-with.md',
  url: 'https://www.example.com/news/rubio-lavrov-kuala-lumpur',
};

/** Normalised text of an entry, as timeline.json gives it. */
interface JsonEntry {
  id: string;
  date: string;
  text: string;
  quote: string | null;
  speaker: { slug: string; name: string } | null;
  people: Array<{ slug: string; name: string }>;
  topics: Array<{ slug: string; name: string }>;
}

interface PageKind {
  name: string;
  /** Path on the site (with trailing slash, or /404.html-style). */
  path: string;
  /** Expected HTTP status (404 for the missing URL). */
  status: number;
}

/** Normalised words for comparing a quote with the paragraph it came from. */
const words = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/'/g, '')
    .trim();

describe('the site in Chromium', { skip: browserSkipReason() }, () => {
  let project: ContentDir;
  let server: StaticServer;
  let browser: Browser;
  let kinds: PageKind[] = [];
  /** The month page that has the most entries of PERSON (for the filter bar and the reader's path). */
  let monthPath = '';
  /** JS bytes (excluding Pagefind) loaded by each page kind in test 1. */
  const jsBytes = new Map<string, { bytes: number; files: string[] }>();

  /** First site path whose file matches, as a URL path. */
  const firstPage = (files: string[], re: RegExp, prefer?: (rel: string) => boolean): string => {
    const matches = files.filter((f) => re.test(f));
    const chosen = (prefer && matches.find(prefer)) ?? matches[0];
    assert.ok(chosen, `the build has no page matching ${re}`);
    return `/${chosen.replace(/index\.html$/, '')}`;
  };

  before(
    async () => {
      assertChromium();
      project = await makeContentDir('browser', [], { copyArticlesFrom: ARTICLES_DIR });
      // One article with the address of the original report (the seeds have none), for the links out.
      const withUrl = path.join(project.articles, ORIGINAL.article);
      const text = await readFile(withUrl, 'utf8');
      await writeFile(withUrl, text.replace(/^---\n/, `---\nurl: ${ORIGINAL.url}\n`));
      const [result, launched] = await Promise.all([buildInto(project), launchChromium()]);
      browser = launched;
      assert.equal(result.code, 0, `the build failed:\n${result.stderr}`);
      server = await serveStatic(project.site);

      const files = await htmlFiles(project.site);
      const count = async (rel: string): Promise<number> =>
        ((await readFile(path.join(project.site, rel), 'utf8')).match(new RegExp(`data-people="[^"]*\\b${PERSON.slug}\\b`, 'g')) ?? [])
          .length;
      let best = -1;
      for (const rel of files.filter((f) => /^timeline\/\d{4}-\d{2}\/index\.html$/.test(f))) {
        const n = await count(rel);
        if (n > best) [best, monthPath] = [n, `/${rel.replace(/index\.html$/, '')}`];
      }
      assert.ok(best > 0, `no month page has an entry of ${PERSON.name}`);
      const has = (rel: string) => files.includes(rel);
      assert.ok(has(`people/${PERSON.slug}/index.html`), `no page for ${PERSON.name}`);
      kinds = [
        { name: 'timeline overview', path: '/', status: 200 },
        { name: 'month page', path: monthPath, status: 200 },
        { name: 'people index', path: '/people/', status: 200 },
        { name: 'person page', path: `/people/${PERSON.slug}/`, status: 200 },
        { name: 'places index', path: '/places/', status: 200 },
        { name: 'place page', path: firstPage(files, /^places\/[^/]+\/index\.html$/, (f) => f.includes('/brussels/')), status: 200 },
        { name: 'topics index', path: '/topics/', status: 200 },
        { name: 'topic page', path: firstPage(files, /^topics\/[^/]+\/index\.html$/, (f) => f.includes('/peace-talks/')), status: 200 },
        { name: 'dates index', path: '/dates/', status: 200 },
        { name: 'day page', path: firstPage(files, /^timeline\/\d{4}-\d{2}-\d{2}\/index\.html$/), status: 200 },
        { name: 'person × topic page', path: `/people/${PERSON.slug}/ceasefire/`, status: 200 },
        { name: 'organisations index', path: '/organisations/', status: 200 },
        { name: 'organisation page', path: firstPage(files, /^organisations\/[^/]+\/index\.html$/), status: 200 },
        { name: 'key moments', path: '/key-moments/', status: 200 },
        { name: 'source page', path: firstPage(files, /^sources\/[^/]+\/index\.html$/), status: 200 },
        { name: 'articles index', path: '/articles/', status: 200 },
        { name: 'article page', path: firstPage(files, /^articles\/[^/]+\/index\.html$/), status: 200 },
        { name: 'search', path: '/search/', status: 200 },
        { name: 'about', path: '/about/', status: 200 },
        { name: '404', path: '/no-such-page/', status: 404 },
      ];
    },
    { timeout: 90_000 },
  );

  after(async () => {
    await browser?.close();
    await server?.close();
    await removeDir(project?.root);
  });

  /** A fresh context and page with a watcher. */
  async function open(
    options: Parameters<Browser['newContext']>[0] = {},
  ): Promise<{ context: BrowserContext; page: Page; watch: PageWatch }> {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    return { context, page, watch: watchPage(page, server.origin) };
  }

  /** Loads a page and waits for it (and its scripts' requests) to settle. */
  async function visit(page: Page, watch: PageWatch, kind: Pick<PageKind, 'path' | 'status'>): Promise<number | undefined> {
    const url = `${server.origin}${kind.path}`;
    watch.reset();
    if (kind.status !== 200) watch.expectStatus(url, kind.status);
    const response = await page.goto(url, { waitUntil: 'load' });
    // Deferred scripts have run by 'load'; only the search page goes on fetching (Pagefind's index).
    if (kind.path.startsWith('/search/')) await settle(page);
    return response?.status();
  }

  /** Waits until smooth scrolling (scroll-behavior: smooth) has come to rest. */
  async function scrollRest(page: Page): Promise<void> {
    let last = -1;
    for (let i = 0; i < 40; i++) {
      const y = await page.evaluate(() => window.scrollY);
      if (y === last) return;
      last = y;
      await page.waitForTimeout(50);
    }
  }

  /** The :target element's id, and whether a reader sees it: in the viewport and not covered (e.g. by a sticky heading). */
  async function targetSeen(
    page: Page,
  ): Promise<{ id: string | null; inView: boolean; uncovered: boolean; text: string; background: string; bodyBackground: string }> {
    await scrollRest(page);
    return page.evaluate(() => {
      const el = document.querySelector(':target');
      if (!el) return { id: null, inView: false, uncovered: false, text: '', background: '', bodyBackground: '' };
      const r = el.getBoundingClientRect();
      const inView = r.height > 0 && r.top >= 0 && r.top < window.innerHeight;
      const probe = document.elementFromPoint(Math.min(r.left + 8, window.innerWidth - 1), Math.min(r.top + 4, window.innerHeight - 1));
      return {
        id: el.id,
        inView,
        uncovered: probe !== null && (el === probe || el.contains(probe)),
        text: (el as HTMLElement).innerText,
        background: getComputedStyle(el).backgroundColor,
        bodyBackground: getComputedStyle(document.body).backgroundColor,
      };
    });
  }

  // 1 -------------------------------------------------------------------------------------------

  it('every kind of page loads: right status, no console or page errors, no failed requests', { timeout: 60_000 }, async (t) => {
    const { context, page, watch } = await open();
    const problems: string[] = [];
    try {
      for (const kind of kinds) {
        const status = await visit(page, watch, kind);
        if (status !== kind.status) problems.push(`${kind.name} ${kind.path}: status ${status}, expected ${kind.status}`);
        problems.push(...watch.problems.map((p) => `${kind.name} ${kind.path}: ${p}`));
        const h1 =
          (
            await page
              .locator('main h1')
              .first()
              .textContent()
              .catch(() => null)
          )?.trim() ?? '';
        if (!h1) problems.push(`${kind.name} ${kind.path}: no <h1> in <main>`);
        if (kind.status === 404 && !/not found/i.test(h1)) problems.push(`404 ${kind.path}: shows "${h1}", not the 404 page`);
        if (kind.path === `/people/${PERSON.slug}/` && h1 !== PERSON.name) problems.push(`person page: <h1> is "${h1}"`);
        const scripts = await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((e) => e as PerformanceResourceTiming)
            .filter((e) => /\.m?js(\?|$)/.test(e.name) && !new URL(e.name).pathname.startsWith('/pagefind/'))
            .map((e) => ({ url: new URL(e.name).pathname, bytes: e.decodedBodySize })),
        );
        jsBytes.set(kind.name, { bytes: scripts.reduce((s, x) => s + x.bytes, 0), files: scripts.map((s) => `${s.url} (${s.bytes} B)`) });
      }
    } finally {
      await context.close();
    }
    t.diagnostic(`visited ${kinds.length} page kinds: ${kinds.map((k) => k.path).join(' ')}`);
    assert.deepEqual(problems, []);
  });

  // 2 -------------------------------------------------------------------------------------------

  it(
    `a reader follows links: timeline → ${PERSON.name} → an entry → "reported by" → the exact paragraph`,
    { timeout: 30_000 },
    async (t) => {
      const { context, page, watch } = await open();
      try {
        await visit(page, watch, { path: '/', status: 200 });
        // Timeline overview → the month (a link in the month list).
        await page.locator(`ol.months a[href="${monthPath}"]`).click();
        await page.waitForURL(`${server.origin}${monthPath}`);

        // An entry card's person link → the person page.
        const personLink = page.locator(`article.entry a[href="/people/${PERSON.slug}/"]`).first();
        assert.ok((await personLink.count()) > 0, `no entry card on ${monthPath} links to ${PERSON.name}`);
        await personLink.click();
        await page.waitForURL(`${server.origin}/people/${PERSON.slug}/`);
        assert.equal((await page.locator('main h1').textContent())?.trim(), PERSON.name);

        // One of the person's own quotes → the entry on its timeline page.
        const card = page.locator(`article.entry-quote:has(.entry-speaker a[href="/people/${PERSON.slug}/"])`).first();
        assert.ok((await card.count()) > 0, `the person page lists no quote by ${PERSON.name}`);
        // Listing pages show compact cards without ids: the entry's one anchor is on the timeline, where its date links.
        const dateLink = card.locator('.entry-when > a:has(time)');
        const entryId = new URL((await dateLink.getAttribute('href')) ?? '', server.origin).hash.slice(1);
        const quote = (await card.locator('blockquote').innerText()).trim();
        assert.ok(entryId && quote, "the quote card links to the entry's anchor and has a quote");
        await dateLink.click();
        await page.waitForURL((u) => u.hash === `#${entryId}`);
        assert.match(new URL(page.url()).pathname, /^\/timeline\//, 'the entry link goes to the timeline');
        const entry = await targetSeen(page);
        assert.equal(entry.id, entryId, 'the entry is the :target');
        assert.ok(entry.inView, 'the entry is scrolled into view');
        assert.ok(entry.uncovered, 'the entry is not hidden under the sticky day heading');
        assert.notEqual(entry.background, entry.bodyBackground, 'the target entry is highlighted');

        // Its "Reported by" link → the article, at the paragraph the quote came from.
        const source = page.locator(`[id="${entryId}"] .entry-facts div:has(> dt:text-is("Reported by")) dd a`).first();
        assert.ok((await source.count()) > 0, 'the entry has a "Reported by" link');
        const sourceName = (await source.innerText()).replace(/\s+/g, ' ').trim();
        const href = (await source.getAttribute('href')) ?? '';
        const hash = new URL(href, server.origin).hash.slice(1);
        assert.ok(hash, `the source link points at a paragraph: ${href}`);
        await source.click();
        await page.waitForURL((u) => u.pathname.startsWith('/articles/') && u.hash === `#${hash}`);
        const paragraph = await targetSeen(page);
        assert.equal(paragraph.id, hash, 'the paragraph is the :target');
        assert.ok(paragraph.inView, 'the paragraph is scrolled into view');
        assert.ok(paragraph.uncovered, 'the paragraph is not covered');
        assert.notEqual(paragraph.background, paragraph.bodyBackground, 'the paragraph is highlighted');
        const inParagraph = words(paragraph.text);
        for (const fragment of quote
          .split(/…|\.\.\./)
          .map(words)
          .filter((f) => f.length > 0)) {
          assert.ok(
            inParagraph.includes(fragment),
            `the paragraph #${hash} does not contain the quote's words "${fragment}":\n${paragraph.text}`,
          );
        }
        t.diagnostic(`${monthPath} → /people/${PERSON.slug}/ → #${entryId} → ${sourceName} → ${new URL(page.url()).pathname}#${hash}`);
        assert.deepEqual(watch.problems, []);
      } finally {
        await context.close();
      }
    },
  );

  // 3 -------------------------------------------------------------------------------------------

  it(
    'search: "Rubio ceasefire" finds the entries, each landing on its anchor; filters combine (AND) and are sorted by count',
    { timeout: 30_000 },
    async (t) => {
      const { context, page, watch } = await open();
      try {
        await visit(page, watch, { path: '/search/', status: 200 });
        assert.ok(await page.locator('[data-search-fallback]').isHidden(), 'the no-JavaScript message hides once search runs');
        const input = page.locator('.search-input');
        await input.waitFor({ state: 'visible', timeout: 10_000 });
        await input.click();
        await input.pressSequentially('Rubio ceasefire', { delay: 20 });
        const status = page.locator('.search-status');
        await page.waitForFunction(
          () => /\d+ results? for “Rubio ceasefire”/.test(document.querySelector('.search-status')?.textContent ?? ''),
          undefined,
          { timeout: 10_000 },
        );
        const results = page.locator('.search-result');
        const first = results.first();
        const firstLink = first.locator('.search-result-link');
        assert.match((await firstLink.innerText()).trim(), /^Marco Rubio: “/, 'the best match is a statement of Rubio');
        assert.match(
          await first.locator('.search-result-meta').innerText(),
          /^Entry · \d{1,2} \w+ 2025 · Marco Rubio/,
          'a result says what it is, its date and its speaker',
        );
        assert.match(
          await first.locator('.search-result-excerpt mark').first().innerText(),
          /rubio|ceasefire/i,
          'the excerpt marks the words searched for',
        );
        const href = (await firstLink.getAttribute('href')) ?? '';
        assert.match(href, /^\/timeline\/[\d-]+\/(page\/\d+\/)?#[\w-]+$/, 'an entry result links to its anchor on the timeline');
        await firstLink.click();
        await page.waitForURL((u) => u.hash.length > 1);
        const id = new URL(page.url()).hash.slice(1);
        const target = page.locator(`[id="${id}"]`);
        assert.ok(await target.isVisible(), 'the entry it lands on is on the page');
        assert.match(await target.innerText(), /Marco Rubio/, 'the entry is Rubio’s');
        await page.goBack();

        // Person and topic together: exactly Rubio's statements on the ceasefire, as his person × topic page lists them.
        await visit(page, watch, { path: '/search/?speaker=Marco+Rubio&topic=Ceasefire&type=Entries&sort=asc', status: 200 });
        await page.waitForFunction(() => /\d+ results?/.test(document.querySelector('.search-status')?.textContent ?? ''), undefined, {
          timeout: 10_000,
        });
        const both = await results.count();
        const dates = await page.locator('.search-result-meta').allInnerTexts();
        assert.ok(
          dates.every((d) => d.includes('Marco Rubio')),
          'every result is Rubio’s',
        );
        const personTopic = await page.context().newPage();
        await personTopic.goto(`${server.origin}/people/${PERSON.slug}/ceasefire/`);
        const listed = await personTopic.locator('article.entry').count();
        await personTopic.close();
        assert.equal(both, listed, `person AND topic finds the ${listed} entries of /people/${PERSON.slug}/ceasefire/`);
        const personOnly = await page.locator('#search-speaker option:checked').innerText();
        assert.match(personOnly, /^Marco Rubio \(\d+\)$/, 'a filter option shows its count');

        // Filters are sorted by count, then name.
        const counts = (await page.locator('#search-topic option').allInnerTexts()).slice(1).map((o) => Number(/\((\d+)\)$/.exec(o)?.[1]));
        assert.deepEqual(
          counts,
          [...counts].sort((x, y) => y - x),
          'topics sorted by count',
        );
        // Other spellings of a name find the same person.
        const spelled: number[] = [];
        for (const q of ['Zelensky', 'Zelenskyy', 'Zelenskiy']) {
          await visit(page, watch, { path: `/search/?q=${q}&type=Entries`, status: 200 });
          await page.waitForFunction((w) => (document.querySelector('.search-status')?.textContent ?? '').includes(`for “${w}”`), q, {
            timeout: 10_000,
          });
          spelled.push(Number(/^(\d+)/.exec(await status.innerText())?.[1]));
        }
        const tagged = (await timelineJson()).filter((e) => [e.speaker, ...e.people].some((p) => p?.slug === 'volodymyr-zelensky')).length;
        assert.ok(
          tagged > 0 && spelled.every((n) => n >= tagged),
          `Zelensky / Zelenskyy / Zelenskiy each find the ${tagged} entries of Volodymyr Zelensky (${spelled.join(' / ')})`,
        );
        t.diagnostic(`"Rubio ceasefire": best match ${href}; person+topic: ${both}; Zelensky spellings: ${spelled.join('/')}`);
        assert.deepEqual(watch.problems, []);
      } finally {
        await context.close();
      }
    },
  );

  it('search without JavaScript: says it needs JavaScript, and every filter is a plain page link', { timeout: 20_000 }, async () => {
    const { context, page, watch } = await open({ javaScriptEnabled: false });
    try {
      assert.equal(await visit(page, watch, { path: '/search/', status: 200 }), 200);
      const fallback = page.locator('[data-search-fallback]');
      assert.ok(await fallback.isVisible(), 'the fallback message is visible');
      assert.match(await fallback.innerText(), /search needs javascript/i);
      assert.equal(await page.locator('.search-input').count(), 0, 'no dead search box');
      const hrefs = await page
        .locator('main a')
        .evaluateAll((as) => as.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => a.getAttribute('href') ?? ''));
      const want: Record<string, RegExp> = {
        person: /^\/people\/$/,
        place: /^\/places\/$/,
        topic: /^\/topics\/$/,
        source: /^\/(sources\/[^/]+\/|articles\/)$/,
        date: /^\/dates\/$/,
      };
      for (const [filter, re] of Object.entries(want))
        assert.ok(
          hrefs.some((h) => re.test(h)),
          `no visible plain link for the ${filter} filter (links: ${hrefs.join(' ')})`,
        );
      for (const href of new Set(hrefs.filter((h) => h.startsWith('/')))) {
        const response = await context.request.get(`${server.origin}${href}`);
        assert.equal(response.status(), 200, `${href} from the search page`);
      }
      assert.deepEqual(watch.problems, []);
    } finally {
      await context.close();
    }
  });

  // 4 -------------------------------------------------------------------------------------------

  it(`filter bar: choosing ${PERSON.name} leaves only their entries; "Show all" brings the rest back`, { timeout: 30_000 }, async (t) => {
    const { context, page, watch } = await open();
    try {
      await visit(page, watch, { path: monthPath, status: 200 });
      // (No named helper functions inside page.evaluate: tsx's __name wrapper does not exist in the page.)
      const state = () =>
        page.evaluate((slug) => {
          const cards = Array.from(document.querySelectorAll('ol.entries > li'))
            .map((li) => ({ li: li as HTMLElement, card: li.querySelector('article.entry') }))
            .filter((x) => x.card !== null)
            .map((x) => ({
              shown: x.li.checkVisibility(),
              id: x.card?.id ?? '',
              theirs: (x.card?.getAttribute('data-people') ?? '').split(' ').includes(slug),
            }));
          return {
            total: cards.length,
            shown: cards.filter((c) => c.shown).length,
            shownOthers: cards.filter((c) => c.shown && !c.theirs).map((c) => c.id),
            hiddenTheirs: cards.filter((c) => !c.shown && c.theirs).map((c) => c.id),
            theirs: cards.filter((c) => c.theirs).length,
            emptyDaysShown: Array.from(document.querySelectorAll('section.day')).filter(
              (d) => (d as HTMLElement).checkVisibility() && !d.querySelector('ol.entries > li:not([hidden])'),
            ).length,
            status: document.querySelector('[data-filter-status]')?.textContent ?? '',
          };
        }, PERSON.slug);
      const all = await state();
      assert.equal(all.shown, all.total, 'every entry is visible before filtering');
      assert.ok(all.theirs > 0 && all.theirs < all.total, `${monthPath} has some but not only ${PERSON.name} entries`);

      await page.locator(`[data-filter-bar] a[data-filter-kind="person"][data-filter-value="${PERSON.slug}"]`).click();
      await page.waitForURL((u) => u.searchParams.get('person') === PERSON.slug);
      const filtered = await state();
      assert.deepEqual(filtered.shownOthers, [], `entries without ${PERSON.name} stay visible`);
      assert.deepEqual(filtered.hiddenTheirs, [], `${PERSON.name} entries were hidden`);
      assert.equal(filtered.shown, all.theirs);
      assert.equal(filtered.emptyDaysShown, 0, 'a day heading with no visible entries is shown');
      assert.match(filtered.status, new RegExp(`Showing ${all.theirs} of ${all.total} entries`));
      assert.equal(await page.locator(`[data-filter-bar] a[aria-current="true"]`).getAttribute('data-filter-value'), PERSON.slug);

      // The filtered view is shareable: reloading with ?person= filters again.
      await page.reload();
      await settle(page);
      assert.equal((await state()).shown, all.theirs, 'the ?person= URL filters on load');

      await page.getByRole('button', { name: 'Show all entries' }).click();
      const restored = await state();
      assert.equal(restored.shown, restored.total, '"Show all entries" shows every entry again');
      assert.equal(new URL(page.url()).search, '', 'the filter leaves the URL');
      t.diagnostic(`${monthPath}: ${PERSON.name} filter shows ${all.theirs} of ${all.total} entries`);
      assert.deepEqual(watch.problems, []);
    } finally {
      await context.close();
    }
  });

  it(
    `filter bar: ${PERSON.name} and a topic combine; the bar counts and links the matches on other pages, and the pager keeps the filter`,
    { timeout: 30_000 },
    async (t) => {
      const { context, page, watch } = await open();
      try {
        const topic = 'peace-talks';
        await visit(page, watch, { path: `${monthPath}?person=${PERSON.slug}&topic=${topic}`, status: 200 });
        const elsewhere = page.locator('[data-filter-elsewhere]');
        await elsewhere.waitFor({ state: 'visible', timeout: 10_000 });
        const shown = await page
          .locator('ol.entries > li:not([hidden]) article.entry')
          .evaluateAll((els) =>
            els.map((e) => ({ id: e.id, people: e.getAttribute('data-people') ?? '', topics: e.getAttribute('data-topics') ?? '' })),
          );
        assert.ok(shown.length > 0, 'some entries match on this page');
        for (const e of shown)
          assert.ok(e.people.split(' ').includes(PERSON.slug) && e.topics.split(' ').includes(topic), `${e.id} has both`);
        assert.match(
          await page.locator('[data-filter-status]').innerText(),
          new RegExp(`Showing ${shown.length} of \\d+ entries on this page: ${PERSON.name} and`),
        );
        // The other pages: as many as timeline.json says, with links that keep the filter.
        const all = (await timelineJson()).filter(
          (e) => [e.speaker, ...e.people].some((p) => p?.slug === PERSON.slug) && e.topics.some((x) => x.slug === topic),
        );
        const text = await elsewhere.innerText();
        assert.equal(
          Number(/^(\d+) more/.exec(text)?.[1]),
          all.length - shown.length,
          `the rest of the ${all.length} matches are on other pages (${text})`,
        );
        const other = elsewhere.locator('a').first();
        const otherHref = (await other.getAttribute('href')) ?? '';
        assert.match(otherHref, new RegExp(`\\?person=${PERSON.slug}&topic=${topic}$`), 'the links keep the filter');
        const pagerHrefs = await page.locator('nav.pager a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        assert.ok(
          pagerHrefs.length > 0 && pagerHrefs.every((h) => h.includes(`?person=${PERSON.slug}&topic=${topic}`)),
          `the pager keeps the filter (${pagerHrefs.join(' ')})`,
        );
        const promised = Number(/\((\d+)\)$/.exec(await other.innerText())?.[1]);
        await other.click();
        await page.waitForURL((u) => u.searchParams.get('topic') === topic);
        await settle(page);
        const there = await page.locator('ol.entries > li:not([hidden]) article.entry').count();
        assert.equal(there, promised, 'the page linked shows as many matches as the link said');
        t.diagnostic(`${PERSON.name} × ${topic}: ${shown.length} on ${monthPath}; elsewhere: ${text}`);
        assert.deepEqual(watch.problems, []);
      } finally {
        await context.close();
      }
    },
  );

  it('filter bar without JavaScript: plain links to the person and topic pages', { timeout: 20_000 }, async () => {
    const { context, page, watch } = await open({ javaScriptEnabled: false });
    try {
      await visit(page, watch, { path: monthPath, status: 200 });
      const links = await page.locator('[data-filter-bar] a').evaluateAll((as) =>
        as.map((a) => ({
          href: a.getAttribute('href') ?? '',
          kind: a.getAttribute('data-filter-kind'),
          value: a.getAttribute('data-filter-value'),
        })),
      );
      assert.ok(links.some((l) => l.kind === 'person') && links.some((l) => l.kind === 'topic'), 'the bar has person and topic filters');
      for (const l of links) {
        if (l.kind === 'person') assert.ok([`/people/${l.value}/`, `/organisations/${l.value}/`].includes(l.href), l.href);
        else if (l.kind === 'topic') assert.equal(l.href, `/topics/${l.value}/`);
        else assert.match(l.href, /^\/(people|topics)\/$/);
      }
      assert.equal(await page.locator('[data-filter-bar] button').count(), 0, 'no buttons that need JavaScript');
      assert.ok(await page.locator('[data-filter-bar]').isVisible());
      await page.locator(`[data-filter-bar] a[data-filter-value="${PERSON.slug}"]`).click();
      await page.waitForURL(`${server.origin}/people/${PERSON.slug}/`);
      assert.equal((await page.locator('main h1').textContent())?.trim(), PERSON.name);
      await page.goBack();
      const topic = page.locator('[data-filter-bar] a[data-filter-kind="topic"]').first();
      const topicHref = await topic.getAttribute('href');
      await topic.click();
      await page.waitForURL(`${server.origin}${topicHref ?? ''}`);
      assert.equal(await page.locator('main h1').count(), 1);
      assert.deepEqual(watch.problems, []);
    } finally {
      await context.close();
    }
  });

  // 5 -------------------------------------------------------------------------------------------

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 812 },
  ]) {
    it(
      `axe-core at ${viewport.width} px: no violations on any kind of page (WCAG 2.x A/AA and best practices)`,
      { timeout: 60_000 },
      async (t) => {
        const { context, page, watch } = await open({ viewport });
        const lines: string[] = [];
        const at = `${viewport.width}px`;
        try {
          for (const kind of kinds) {
            await visit(page, watch, kind);
            if (kind.path === '/search/') await page.locator('.search-input').waitFor({ state: 'visible', timeout: 10_000 });
            const found = formatViolations(await runAxe(page, server.origin), `${at} ${kind.name} ${kind.path}`);
            t.diagnostic(`axe ${at} ${kind.name}: ${found.length === 0 ? 'no violations' : `${found.length} violating element(s)`}`);
            lines.push(...found);
          }
          // The search page with results.
          await visit(page, watch, { path: '/search/?q=Rubio', status: 200 });
          await page.locator('.search-result').first().waitFor({ state: 'visible', timeout: 10_000 });
          await settle(page);
          const found = formatViolations(await runAxe(page, server.origin), `${at} search with results /search/`);
          t.diagnostic(`axe ${at} search with results: ${found.length === 0 ? 'no violations' : `${found.length} violating element(s)`}`);
          lines.push(...found);
        } finally {
          await context.close();
        }
        if (lines.length) console.log(`axe violations at ${at}:\n  ${lines.join('\n  ')}`);
        assert.deepEqual(lines, []);
      },
    );
  }

  it('axe-core: colour contrast holds in dark mode too', { timeout: 60_000 }, async (t) => {
    const { context, page, watch } = await open({ colorScheme: 'dark' });
    const lines: string[] = [];
    try {
      for (const kind of kinds) {
        await visit(page, watch, kind);
        lines.push(
          ...formatViolations(
            await runAxe(page, server.origin, { rules: ['color-contrast', 'link-in-text-block'] }),
            `dark ${kind.name} ${kind.path}`,
          ),
        );
      }
    } finally {
      await context.close();
    }
    t.diagnostic(`dark-mode contrast: ${lines.length} violating element(s)`);
    if (lines.length) console.log(`axe dark-mode violations:\n  ${lines.join('\n  ')}`);
    assert.deepEqual(lines, []);
  });

  // 6 -------------------------------------------------------------------------------------------

  for (const width of [375, 1280]) {
    it(
      `at ${width} px: no horizontal overflow, the chart fits (screenshots in test-results/screenshots/)`,
      { timeout: 45_000 },
      async (t) => {
        const { context, page, watch } = await open({ viewport: { width, height: width < 600 ? 812 : 900 }, deviceScaleFactor: 1 });
        const failures: string[] = [];
        const pngs = new Map<string, Buffer>();
        let finished = false;
        try {
          const shots: { name: string; path: string }[] = [
            { name: 'timeline', path: '/' },
            { name: 'month', path: monthPath },
            { name: 'person', path: `/people/${PERSON.slug}/` },
            { name: 'article', path: kinds.find((k) => k.name === 'article page')?.path ?? '/articles/' },
          ];
          for (const shot of shots) {
            await visit(page, watch, { path: shot.path, status: 200 });
            const layout = await page.evaluate(() => {
              const vw = window.innerWidth;
              const scroller = document.scrollingElement ?? document.documentElement;
              // Elements sticking out on the right, outside any box that clips or scrolls them.
              const sticking: string[] = [];
              for (const el of Array.from(document.body.querySelectorAll('*'))) {
                const r = el.getBoundingClientRect();
                if (r.width === 0 || r.right <= vw + 0.5) continue;
                let clipped = false;
                for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                  if (getComputedStyle(p).overflowX !== 'visible') clipped = true;
                }
                if (clipped || (el.parentElement && el.parentElement.getBoundingClientRect().right > vw + 0.5)) continue;
                const cls = el.getAttribute('class');
                sticking.push(
                  `<${el.localName}${el.id ? ` id="${el.id}"` : ''}${cls ? ` class="${cls}"` : ''}> right=${Math.round(r.right)}`,
                );
              }
              const fig = document.querySelector('.timeline-chart');
              const box = document.querySelector('.chart-scroll');
              const svg = document.querySelector('.timeline-chart svg');
              const f = fig ? fig.getBoundingClientRect() : null;
              const b = box ? box.getBoundingClientRect() : null;
              const s = svg ? svg.getBoundingClientRect() : null;
              const viewBoxWidth = svg instanceof SVGSVGElement ? svg.viewBox.baseVal.width : 0;
              return {
                vw,
                scrollWidth: scroller.scrollWidth,
                sticking: sticking.slice(0, 10),
                chart:
                  f && b && s
                    ? {
                        figureLeft: f.left,
                        figureRight: f.right,
                        boxRight: b.right,
                        boxWidth: b.width,
                        boxScrolls: ['auto', 'scroll'].includes(getComputedStyle(box as Element).overflowX),
                        svgWidth: s.width,
                        svgHeight: s.height,
                        /** Rendered size of the chart's 13 px text. */
                        labelPx: viewBoxWidth ? (13 * s.width) / viewBoxWidth : 0,
                      }
                    : null,
              };
            });
            const problems: string[] = [];
            if (layout.scrollWidth > layout.vw)
              problems.push(
                `${shot.name}: page is ${layout.scrollWidth} px wide in a ${layout.vw} px viewport; sticking out: ${layout.sticking.join(', ')}`,
              );
            if (shot.name === 'timeline') {
              const c = layout.chart;
              if (!c) problems.push('timeline: no chart (.timeline-chart svg in .chart-scroll)');
              else {
                if (c.figureLeft < 0 || c.figureRight > layout.vw + 0.5 || c.boxRight > layout.vw + 0.5)
                  problems.push(
                    `timeline: the chart box (${Math.round(c.figureLeft)}–${Math.round(c.boxRight)}) leaves the ${layout.vw} px viewport`,
                  );
                // The chart either fits its box, or its box scrolls sideways (a wide chart on a phone).
                if (c.svgWidth > c.boxWidth + 0.5 && !c.boxScrolls)
                  problems.push(
                    `timeline: the ${Math.round(c.svgWidth)} px chart overflows its ${Math.round(c.boxWidth)} px box, which does not scroll`,
                  );
                if (width >= 1024 && c.svgWidth > c.boxWidth + 0.5)
                  problems.push(`timeline: at ${width} px the chart (${Math.round(c.svgWidth)} px) needs sideways scrolling`);
                t.diagnostic(
                  `${width} px chart: ${Math.round(c.svgWidth)}×${Math.round(c.svgHeight)} px in a ${Math.round(c.boxWidth)} px box${c.svgWidth > c.boxWidth + 0.5 ? ' (scrolls sideways)' : ''}; labels render at ${c.labelPx.toFixed(1)} px`,
                );
              }
            }
            pngs.set(`${shot.name}-${width}.png`, await page.screenshot({ fullPage: true }));
            failures.push(...problems, ...watch.problems.map((w) => `${shot.name}: ${w}`));
          }
          finished = true;
        } finally {
          await context.close();
          // Keep every screenshot of this width when anything failed (or was asked for); otherwise
          // remove stale ones from an earlier failing run, so what is there is always current.
          const keep = KEEP_SCREENSHOTS || failures.length > 0 || !finished;
          if (keep && pngs.size) await mkdir(SCREENSHOT_DIR, { recursive: true });
          for (const [name, png] of pngs) {
            const file = path.join(SCREENSHOT_DIR, name);
            if (keep) {
              await writeFile(file, png);
              t.diagnostic(`screenshot: ${path.relative(REPO, file)}`);
            } else await rm(file, { force: true });
          }
        }
        assert.deepEqual(failures, [], `layout problems at ${width} px (screenshots in ${path.relative(REPO, SCREENSHOT_DIR)}/)`);
      },
    );
  }

  // 7 -------------------------------------------------------------------------------------------

  it('dark mode changes the background; print hides the navigation and the filter bar', { timeout: 20_000 }, async () => {
    const colours = async (scheme: 'light' | 'dark') => {
      const { context, page, watch } = await open({ colorScheme: scheme });
      try {
        await visit(page, watch, { path: monthPath, status: 200 });
        return await page.evaluate(() => ({
          bg: getComputedStyle(document.body).backgroundColor,
          fg: getComputedStyle(document.body).color,
        }));
      } finally {
        await context.close();
      }
    };
    const light = await colours('light');
    const dark = await colours('dark');
    assert.notEqual(dark.bg, light.bg, `dark mode background ${dark.bg} equals light ${light.bg}`);
    assert.notEqual(dark.fg, light.fg, 'dark mode text colour changes too');

    const { context, page, watch } = await open();
    try {
      await visit(page, watch, { path: monthPath, status: 200 });
      assert.ok(await page.locator('.site-header nav').isVisible(), 'the nav is visible on screen');
      assert.ok(await page.locator('[data-filter-bar]').isVisible(), 'the filter bar is visible on screen');
      await page.emulateMedia({ media: 'print' });
      assert.ok(await page.locator('.site-header nav').isHidden(), 'print hides the site navigation');
      assert.ok(await page.locator('[data-filter-bar]').isHidden(), 'print hides the filter bar');
      assert.ok(await page.locator('article.entry').first().isVisible(), 'print keeps the entries');
      assert.deepEqual(watch.problems, []);
    } finally {
      await context.close();
    }
  });

  // 8 -------------------------------------------------------------------------------------------

  it(`page weight: JS ≤ ${MAX_JS_BYTES / 1024} KB per page (without Pagefind), every HTML page ≤ ${MAX_HTML_BYTES / 1024} KB`, async (t: TestContext) => {
    assert.ok(jsBytes.size > 0, 'test 1 measured the pages');
    for (const name of ['timeline overview', 'month page']) {
      const kind = kinds.find((k) => k.name === name);
      assert.ok(kind);
      const html = (await stat(path.join(project.site, kind.path, 'index.html'))).size;
      const js = jsBytes.get(name);
      t.diagnostic(`${name} ${kind.path}: HTML ${html} B, JS ${js?.bytes ?? 0} B${js?.files.length ? ` (${js.files.join(', ')})` : ''}`);
    }
    const heavy = [...jsBytes].filter(([, v]) => v.bytes > MAX_JS_BYTES).map(([k, v]) => `${k}: ${v.bytes} B (${v.files.join(', ')})`);
    assert.deepEqual(heavy, [], 'pages loading more than 15 KB of JavaScript');
    const big: string[] = [];
    let largest = { rel: '', size: 0 };
    for (const rel of (await listFiles(project.site)).filter((f) => f.endsWith('.html'))) {
      const size = (await stat(path.join(project.site, rel))).size;
      if (size > largest.size) largest = { rel, size };
      if (size > MAX_HTML_BYTES) big.push(`${rel}: ${size} B`);
    }
    t.diagnostic(`largest HTML page: ${largest.rel} (${largest.size} B)`);
    assert.deepEqual(big, [], 'HTML pages over 200 KB');
  });

  // Finding what was said (issue #15) --------------------------------------------------------------

  const timelineJson = async (): Promise<JsonEntry[]> =>
    (JSON.parse(await readFile(path.join(project.site, 'timeline.json'), 'utf8')) as { entries: JsonEntry[] }).entries;
  /** The entries a listing shows: each compact card's date links to the entry on the timeline (`…#<id>`). */
  const idsOn = async (page: Page): Promise<string[]> =>
    page
      .locator('article.entry')
      .evaluateAll((els) => els.map((e) => e.querySelector('a[href*="#"]')?.getAttribute('href')?.split('#')[1] ?? ''));

  it(
    'person × topic: a person lists the topics they spoke on, a topic who spoke on it; both lead to one page that agrees with the timeline',
    { timeout: 30_000 },
    async () => {
      const { context, page, watch } = await open();
      try {
        await visit(page, watch, { path: `/people/${PERSON.slug}/`, status: 200 });
        const topicLink = page.locator('#topics + ul a', { hasText: 'Ceasefire' });
        const count = Number(/\((\d+)\)/.exec(await page.locator('#topics + ul li', { hasText: 'Ceasefire' }).innerText())?.[1]);
        await topicLink.click();
        await page.waitForURL(`**/people/${PERSON.slug}/ceasefire/`);
        const listed = await idsOn(page);
        const expected = (await timelineJson())
          .filter((e) => e.speaker?.slug === PERSON.slug && e.topics.some((t) => t.slug === 'ceasefire'))
          .map((e) => e.id);
        assert.deepEqual(listed, expected, 'the person × topic page lists exactly their statements on the topic, oldest first');
        assert.equal(listed.length, count, 'the count on the person page agrees');
        await visit(page, watch, { path: '/topics/ceasefire/', status: 200 });
        const fromTopic = page.locator('#speakers + ul a', { hasText: PERSON.name });
        assert.equal(await fromTopic.getAttribute('href'), `/people/${PERSON.slug}/ceasefire/`, 'the topic page links to the same page');
        assert.match(await page.locator('#speakers + ul li', { hasText: PERSON.name }).innerText(), new RegExp(`\\(${count}\\)`));
        assert.deepEqual(watch.problems, []);
      } finally {
        await context.close();
      }
    },
  );

  it(
    'positions over time: Marco Rubio’s page shows, per topic, his statements oldest first, each linking to it',
    { timeout: 30_000 },
    async (t) => {
      const { context, page, watch } = await open();
      try {
        await visit(page, watch, { path: `/people/${PERSON.slug}/`, status: 200 });
        const section = (topic: string) => page.locator('section.positions', { has: page.locator('h3', { hasText: topic }) });
        const lines = async (topic: string) => section(topic).locator('ol.position-lines > li').allInnerTexts();
        const ceasefire = await lines('Ceasefire');
        const dates = await section('Ceasefire')
          .locator('time')
          .evaluateAll((ts) => ts.map((x) => x.getAttribute('datetime') ?? ''));
        assert.deepEqual(dates, [...dates].sort(), 'oldest first');
        assert.ok(ceasefire.length >= 3, `at least three statements on the ceasefire (${ceasefire.length})`);
        assert.match(ceasefire.at(-1) ?? '', /frustrated/, 'the latest: “frustrated” (10 July)');
        const peace = (await lines('Peace talks')).join('\n');
        const weeks = peace.indexOf('weeks, not months');
        const days = peace.indexOf('matter of days');
        assert.ok(
          weeks >= 0 && days > weeks,
          'on peace talks: “a matter of weeks, not months” (4 April), then “a matter of days” (18 April)',
        );
        const href = (await section('Ceasefire').locator('ol.position-lines a').first().getAttribute('href')) ?? '';
        assert.match(href, /^\/timeline\/[\d-]+\/(page\/\d+\/)?#[\w-]+$/, 'each line links to the statement');
        t.diagnostic(`Rubio on the ceasefire: ${ceasefire.join(' | ')}`);
        assert.deepEqual(watch.problems, []);
      } finally {
        await context.close();
      }
    },
  );

  it(
    'one entry per statement: no two entries on the site share their words and day; no empty entries or photo captions',
    { timeout: 30_000 },
    async () => {
      const entries = await timelineJson();
      // (A sentence naming two times is two events: "Thursday's meeting … following their first in February".)
      const key = (e: JsonEntry) => `${e.date}|${words(e.text)}|${words(e.quote ?? '')}`;
      const seen = new Map<string, string>();
      for (const e of entries) {
        assert.ok(words(e.text) !== '', `${e.id} has words`);
        assert.doesNotMatch(e.text, /^(photo|pictured|watch)\s*:/i, `${e.id} is not a caption`);
        assert.ok(!seen.has(key(e)), `${e.id} repeats ${seen.get(key(e))}`);
        seen.set(key(e), e.id);
      }
      // And on the pages the reader sees: the busiest day's page.
      const { context, page, watch } = await open();
      try {
        await visit(page, watch, { path: kinds.find((k) => k.name === 'day page')?.path ?? '/', status: 200 });
        const texts = await page.locator('article.entry blockquote, article.entry .entry-text').allInnerTexts();
        assert.equal(new Set(texts.map(words)).size, texts.length, 'no text twice on a day page');
      } finally {
        await context.close();
      }
    },
  );

  it('counts agree: the home page, each month’s page and its calendar give the same numbers', { timeout: 60_000 }, async () => {
    const { context, page, watch } = await open();
    try {
      await visit(page, watch, { path: '/', status: 200 });
      const months = await page
        .locator('ol.months > li')
        .evaluateAll((lis) => lis.map((li) => ({ href: li.querySelector('a')?.getAttribute('href') ?? '', text: li.textContent ?? '' })));
      assert.ok(months.length > 0);
      const entries = await timelineJson();
      for (const m of months) {
        const n = Number(/(\d+) entr/.exec(m.text)?.[1]);
        const month = /\/timeline\/(\d{4}-\d{2})\//.exec(m.href)?.[1] ?? '';
        assert.equal(n, entries.filter((e) => e.date.startsWith(month)).length, `${month}: the home page's count is the month's`);
        await visit(page, watch, { path: m.href, status: 200 });
        const lede = await page.locator('.lede').innerText();
        assert.match(lede, new RegExp(`^${n} entr`), `${month}: the month page says ${n} (${lede})`);
        const days = Number(/on (\d+) days?/.exec(m.text)?.[1] ?? '0');
        if (days > 0) {
          assert.match(lede, new RegExp(`on ${days} days?`), `${month}: as many days on the month page`);
          assert.equal(await page.locator('table.calendar td.has-entries').count(), days, `${month}: as many days in the calendar`);
        }
        const busiest = /busiest [^(]+\((\d+)\)/.exec(m.text)?.[1];
        if (busiest) {
          const top = Math.max(
            ...(await page.locator('table.calendar td.has-entries .visually-hidden').allInnerTexts()).map((x) =>
              Number(/(\d+) entr/.exec(x)?.[1]),
            ),
          );
          assert.equal(top, Number(busiest), `${month}: the busiest day agrees with the calendar`);
        }
      }
      // The old URL of a month leads to the one page of the month.
      const first = /\/timeline\/(\d{4}-\d{2})\//.exec(months[0]?.href ?? '')?.[1];
      await page.goto(`${server.origin}/dates/${first}/`);
      await page.waitForURL(`**/timeline/${first}/`);
      assert.deepEqual(watch.problems, []);
    } finally {
      await context.close();
    }
  });

  it(
    'key moments: a page with its rules and a line per moment, each landing on its entry; the home page lists the latest',
    { timeout: 30_000 },
    async () => {
      const { context, page, watch } = await open();
      try {
        await visit(page, watch, { path: '/key-moments/', status: 200 });
        assert.match(await page.locator('#rules + p').innerText(), /at least 2 of these rules/);
        const links = await page.locator('ul.key-moments a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        assert.ok(links.length > 0, 'there are key moments');
        const ids = new Set((await timelineJson()).map((e) => e.id));
        for (const l of links) assert.ok(ids.has(/#(.+)$/.exec(l)?.[1] ?? ''), `${l} is an entry`);
        await page.locator('ul.key-moments a').first().click();
        await page.waitForURL((u) => u.hash.length > 1);
        assert.ok(await page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`).isVisible(), 'the moment is on the page it links to');
        await visit(page, watch, { path: '/', status: 200 });
        assert.ok((await page.locator('#key-moments + ul.key-moments > li').count()) > 0, 'the home page lists key moments');
        assert.deepEqual(watch.problems, []);
      } finally {
        await context.close();
      }
    },
  );

  it('people and organisations apart; links out to the original report', { timeout: 30_000 }, async () => {
    const { context, page, watch } = await open();
    try {
      await visit(page, watch, { path: '/people/', status: 200 });
      const people = await page.locator('tbody th a').allInnerTexts();
      assert.ok(people.includes(PERSON.name) && !people.includes('Nato') && !people.includes('Kremlin'), 'the people list has people only');
      await visit(page, watch, { path: '/organisations/', status: 200 });
      const bodies = await page.locator('tbody th a').allInnerTexts();
      assert.ok(bodies.includes('Nato') && !bodies.includes(PERSON.name), 'organisations have a list of their own');
      await page.locator('tbody th a', { hasText: 'Nato' }).click();
      await page.waitForURL('**/organisations/nato/');
      assert.match(await page.locator('.role').innerText(), /Organisation/);
      await visit(page, watch, { path: '/', status: 200 });
      assert.match(await page.locator('main').innerText(), /\d+ people quoted/);

      const id = ORIGINAL.article.replace(/\.md$/, '');
      await visit(page, watch, { path: `/articles/${id}/`, status: 200 });
      const meta = page.locator('.article-meta');
      assert.equal(
        await meta.locator('a', { hasText: 'Original report' }).getAttribute('href'),
        ORIGINAL.url,
        'the article links to the original',
      );
      assert.match(await meta.innerText(), /^Mint, .*10 July 2025/, 'outlet and date, as a citation gives them');
      const entryOfIt = (await timelineJson()).find((e) => e.date === '2025-07-10' && e.speaker?.slug === PERSON.slug);
      assert.ok(entryOfIt);
      await visit(page, watch, { path: '/timeline/2025-07/', status: 200 });
      const original = page.locator(`[id="${entryOfIt.id}"] a[rel~="external"]`);
      assert.equal(await original.getAttribute('href'), ORIGINAL.url, 'the entry’s source line links to the original report');
      assert.deepEqual(watch.problems, []);
    } finally {
      await context.close();
    }
  });
});
