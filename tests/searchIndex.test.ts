// The sharded search index (src/publish/searchIndex.ts) on a real build of content/ under a path prefix
// (/newsline/): one Pagefind bundle per month, listed in pagefind/shards.json; searched for real with
// Pagefind's own browser library (pagefind.js, run in Node against the site served over HTTP, merging
// the shards as the search page does) and through the search page in Chromium; reused byte for byte
// when nothing changed; one changed page re-indexes its shard, and only it.
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import {
  buildSearchIndex,
  findArticlePages,
  searchShardOf,
  type SearchIndexSummary,
  type SearchManifest,
  type SearchPage,
} from '../src/publish/searchIndex.ts';
import {
  ARTICLES_DIR,
  buildInto,
  diffTrees,
  hashTree,
  htmlFiles,
  listFiles,
  makeContentDir,
  removeDir,
  type ContentDir,
} from './helpers/buildInto.ts';
import { launchChromium, requireChromium, settle, watchPage } from './helpers/browser.ts';
import { serveStatic, type StaticServer } from './helpers/staticServer.ts';

const PREFIX = '/newsline/';

/** A summary's counts (its lists of shard names are checked where they matter). */
function counts(summary: SearchIndexSummary): Pick<SearchIndexSummary, 'indexed' | 'shardsBuilt' | 'shardsReused'> {
  return { indexed: summary.indexed, shardsBuilt: summary.shardsBuilt, shardsReused: summary.shardsReused };
}

/** The part of Pagefind's browser API (pagefind.js) these tests use. */
interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface PagefindOptions {
  basePath?: string;
  baseUrl?: string;
}
interface PagefindInstance {
  init(): Promise<void>;
  mergeIndex(bundlePath: string, options?: PagefindOptions): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy(): Promise<void>;
}
interface PagefindModule {
  createInstance(options: PagefindOptions): PagefindInstance;
}

const readManifest = async (dir: string): Promise<SearchManifest> =>
  JSON.parse(await readFile(path.join(dir, 'shards.json'), 'utf8')) as SearchManifest;

const pageCount = async (bundle: string): Promise<number> => {
  const entry = JSON.parse(await readFile(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
};

/**
 * Pagefind's own search library, run in Node (no worker there: it searches on the main thread) over
 * the site served at `origin` + `prefix`: the first shard is the primary bundle, the others merged,
 * result URLs prefixed as the search page does (public/js/search.js).
 */
async function openSearch(siteDir: string, origin: string, prefix = PREFIX): Promise<PagefindInstance> {
  const { shards } = await readManifest(path.join(siteDir, 'pagefind'));
  const bundles = shards.filter((s) => s.pages > 0).map((s) => `${origin}${prefix}pagefind/${s.name}/`);
  const [primary, ...others] = bundles;
  assert.ok(primary, 'a shard to search');
  const primaryName = shards.find((s) => s.pages > 0)?.name ?? '';
  const module = (await import(pathToFileURL(path.join(siteDir, 'pagefind', primaryName, 'pagefind.js')).href)) as PagefindModule;
  const instance = module.createInstance({ basePath: primary, baseUrl: prefix });
  await instance.init();
  for (const bundlePath of others) await instance.mergeIndex(bundlePath, { baseUrl: prefix });
  return instance;
}

async function urlsOf(search: PagefindSearch): Promise<string[]> {
  return (await Promise.all(search.results.map(async (r) => (await r.data()).url))).sort();
}

describe('searchShardOf', () => {
  it('is the calendar month of the date as written', () => {
    assert.equal(searchShardOf('2025-04-04'), '2025-04');
    assert.equal(searchShardOf('2025-12-31T23:30:00-05:00'), '2025-12');
    assert.equal(searchShardOf('2025-01-01T00:10:00+14:00'), '2025-01', 'the publisher’s own date, not UTC');
    assert.equal(searchShardOf('2023-06-30'), '2023-06', 'a shard a month, in every year');
    assert.throws(() => searchShardOf('04/04/2025'), RangeError);
    assert.throws(() => searchShardOf('2025-13-01'), RangeError);
    assert.throws(() => searchShardOf(''), RangeError);
  });
});

describe('the sharded search index of a real build', () => {
  let project: ContentDir;
  let server: StaticServer;
  let work: string;
  let site: string;
  let pages: SearchPage[];
  let manifest: SearchManifest;
  let browser: Browser | undefined;

  before(
    async () => {
      project = await makeContentDir('search-index', [], { copyArticlesFrom: ARTICLES_DIR });
      const result = await buildInto(project, { pathPrefix: PREFIX });
      assert.equal(result.code, 0, `the build failed:\n${result.stderr}`);
      site = project.site;
      work = await mkdtemp(path.join(tmpdir(), 'newsline-search-work-'));
      server = await serveStatic(site, { pathPrefix: PREFIX });
      pages = await findArticlePages(site);
      manifest = await readManifest(path.join(site, 'pagefind'));
    },
    { timeout: 180_000 },
  );

  after(async () => {
    await browser?.close();
    await server?.close();
    await removeDir(project?.root);
    await removeDir(work);
  });

  it('has a shard per month of the article pages, each a bundle, their pages adding up', async () => {
    const articlePages = (await htmlFiles(site)).filter((f) => /^articles\/[^/]+\/index\.html$/.test(f));
    assert.ok(articlePages.length >= 2, 'the seed has articles');
    assert.equal(pages.length, articlePages.length, 'every article page is found for search');
    const months = new Set<string>();
    for (const rel of articlePages) {
      const published = /<time datetime="(\d{4}-\d{2})/.exec(await readFile(path.join(site, rel), 'utf8'))?.[1];
      assert.ok(published, `${rel} shows its date`);
      months.add(published);
    }
    assert.deepEqual(
      manifest.shards.map((s) => s.name),
      [...months].sort(),
      'shards.json lists every month, in order',
    );
    assert.ok(manifest.shards.length >= 2, 'the seed spans more than one month (so the search merges shards)');
    let total = 0;
    for (const shard of manifest.shards) {
      const counted = await pageCount(path.join(site, 'pagefind', shard.name));
      assert.equal(counted, shard.pages, `${shard.name}: shards.json agrees with its bundle`);
      assert.ok(shard.pages > pages.filter((p) => p.shard === shard.name).length, `${shard.name}: its articles and their entries`);
      total += counted;
    }
    assert.equal(total, manifest.pages);
    assert.ok(manifest.pages > articlePages.length, 'entries are results too');
    const files = await listFiles(path.join(site, 'pagefind'));
    assert.ok(files.includes('shards.json'), 'pagefind/shards.json');
    assert.deepEqual(
      files.filter((f) => /pagefind-((modular|component)-)?ui\.(js|css)$/.test(f)),
      [],
      'no Pagefind UI files: the search page has its own',
    );
  });

  it('searches across every shard with Pagefind, with filters, result links under the path prefix', async () => {
    const search = await openSearch(site, server.origin);
    try {
      // As Pagefind's UI does: the filters first (loads them, so that searches count results by filter).
      const filters = await search.filters();
      for (const f of ['person', 'place', 'topic', 'source']) assert.ok(filters[f] && Object.keys(filters[f]).length > 0, `a ${f} filter`);
      // Filter counts are summed over the shards: every article (and every entry) is counted once.
      assert.equal(filters.type?.Articles, pages.length, 'every article counted once across shards');
      const sourceCounts = Object.values(filters.source ?? {}).reduce((n, c) => n + c, 0);
      assert.ok(sourceCounts >= (filters.type?.Entries ?? 0) + pages.length, 'entries and articles have their sources');

      const rubio = await search.search('Rubio', { filters: { type: 'Articles' } });
      const urls = await urlsOf(rubio);
      assert.ok(urls.length > 0, 'results for Rubio');
      const pageOf = (url: string) => pages.find((p) => `/newsline${p.url}` === url);
      assert.ok(
        urls.every((u) => pageOf(u)),
        `result links are the article pages under ${PREFIX}: ${urls.join(', ')}`,
      );
      const shardsHit = new Set(urls.map((u) => pageOf(u)?.shard));
      assert.ok(shardsHit.size >= 2, `results come from more than one shard (${[...shardsHit].join(', ')})`);

      const [source, n] = Object.entries(rubio.filters.source ?? {}).find(([, c]) => c > 0 && c < urls.length) ?? [];
      assert.ok(source && n, `a source that narrows the ${urls.length} (${JSON.stringify(rubio.filters.source)})`);
      const narrowed = await search.search('Rubio', { filters: { source, type: 'Articles' } });
      assert.equal(narrowed.results.length, n, `the source filter ${source} narrows Rubio to ${n}`);
    } finally {
      await search.destroy();
    }
  });

  it('the search page (Chromium) merges the shards listed in shards.json, under the path prefix', { timeout: 60_000 }, async (t) => {
    if (!requireChromium(t)) return;
    browser ??= await launchChromium();
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const watch = watchPage(page, server.origin);
      const requested: string[] = [];
      page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      await page.goto(`${server.origin}${PREFIX}search/`, { waitUntil: 'load' });
      const input = page.locator('.search-input');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      assert.ok(await page.locator('[data-search-fallback]').isHidden(), 'the no-JavaScript message is hidden');
      await input.fill('Rubio');
      await page.waitForFunction(
        () => /\d+ results? for “Rubio”/i.test(document.querySelector('.search-status')?.textContent ?? ''),
        undefined,
        { timeout: 15_000 },
      );
      await settle(page);
      const links = await page.locator('.search-result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      assert.ok(
        links.length > 0 && links.every((l) => /^\/newsline\/(articles\/[^/]+\/|timeline\/[\d-]+\/(page\/\d+\/)?#[\w-]+)$/.test(l)),
        `result links: ${links.join(', ')}`,
      );
      // Every shard's bundle was merged (its entry file fetched), from under the prefix.
      for (const shard of manifest.shards) {
        assert.ok(requested.includes(`${PREFIX}pagefind/${shard.name}/pagefind-entry.json`), `${shard.name} merged`);
      }
      assert.ok(
        requested.every((r) => r.startsWith(PREFIX)),
        `everything from under ${PREFIX}: ${requested.filter((r) => !r.startsWith(PREFIX)).join(', ')}`,
      );
      t.diagnostic(`${manifest.shards.length} shards; the search page and one search: ${requested.length} requests`);
      const response = await page.goto(new URL(links[0] ?? '', server.origin).href);
      assert.equal(response?.status(), 200, 'the first result opens');
      assert.deepEqual(watch.problems, []);
    } finally {
      await context.close();
    }
  });

  // The build's own index keys pages by the render plan's fingerprints; these tests index the found
  // pages (fingerprinted by their bytes) into a base of their own.
  let base = '';
  it('rebuilt from scratch, the same pages give byte-identical output', async () => {
    base = path.join(work, 'base');
    const first = await buildSearchIndex({ pages, outDir: base });
    assert.deepEqual(counts(first), { indexed: pages.length, shardsBuilt: manifest.shards.length, shardsReused: 0 });
    const out = path.join(work, 'fresh');
    const summary = await buildSearchIndex({ pages, outDir: out });
    assert.deepEqual(summary, first);
    assert.deepEqual(diffTrees(await hashTree(base), await hashTree(out)), []);
  });

  it('with the previous build and the same pages, reuses every shard and writes the same bytes', async () => {
    const out = path.join(work, 'reused');
    const summary = await buildSearchIndex({ pages, outDir: out, previousDir: base });
    assert.deepEqual(counts(summary), { indexed: pages.length, shardsBuilt: 0, shardsReused: manifest.shards.length });
    assert.deepEqual(diffTrees(await hashTree(base), await hashTree(out)), []);
  });

  it('a changed page re-indexes exactly its shard, and the change is searchable', async () => {
    const [target] = pages;
    assert.ok(target);
    const changedFile = path.join(work, 'changed.html');
    const html = await readFile(target.file as string, 'utf8');
    const marker = '<div class="article-body">';
    assert.ok(html.includes(marker));
    await writeFile(changedFile, html.replace(marker, `${marker}\n<p>Quetzalcoatlus was mentioned.</p>`));
    const changed = pages.map((p) => (p === target ? { ...p, file: changedFile, fingerprint: 'changed' } : p));

    const out = path.join(work, 'changed');
    const summary = await buildSearchIndex({ pages: changed, outDir: out, previousDir: base });
    assert.deepEqual(counts(summary), { indexed: pages.length, shardsBuilt: 1, shardsReused: manifest.shards.length - 1 });
    const differ = diffTrees(await hashTree(base), await hashTree(out));
    assert.ok(differ.includes('shards.json'));
    assert.ok(
      differ.every((f) => f === 'shards.json' || f.startsWith(`${target.shard}/`)),
      `only ${target.shard}/ changed: ${differ.join(', ')}`,
    );
    const after = await readManifest(out);
    for (const shard of (await readManifest(base)).shards) {
      const now = after.shards.find((s) => s.name === shard.name);
      assert.equal(now?.key === shard.key, shard.name !== target.shard, `${shard.name}'s key`);
    }

    // Served as the site's index: the new word is found, on the changed page only.
    const copy = path.join(work, 'site-changed');
    await cp(out, path.join(copy, 'pagefind'), { recursive: true });
    const served = await serveStatic(copy, { pathPrefix: PREFIX });
    const search = await openSearch(copy, served.origin);
    try {
      assert.deepEqual(await urlsOf(await search.search('Quetzalcoatlus')), [`/newsline${target.url}`]);
    } finally {
      await search.destroy();
      await served.close();
    }
  });

  it('a missing or corrupt previous index is ignored, shard by shard', async () => {
    const previous = path.join(work, 'previous');
    await cp(base, previous, { recursive: true });
    const [first, second] = manifest.shards;
    assert.ok(first && second);
    // A shard's bundle gone: that shard is re-indexed, the others reused.
    await rm(path.join(previous, first.name), { recursive: true });
    let summary = await buildSearchIndex({ pages, outDir: path.join(work, 'partial'), previousDir: previous });
    assert.deepEqual(counts(summary), { indexed: pages.length, shardsBuilt: 1, shardsReused: manifest.shards.length - 1 });
    // A bundle whose entry file lies about its pages: re-indexed too.
    const entryFile = path.join(previous, second.name, 'pagefind-entry.json');
    await writeFile(entryFile, (await readFile(entryFile, 'utf8')).replace(/"page_count":\d+/, '"page_count":999'));
    summary = await buildSearchIndex({ pages, outDir: path.join(work, 'partial2'), previousDir: previous });
    assert.equal(summary.shardsBuilt, 2);
    // An unreadable shards.json, or no previous directory at all: everything is indexed.
    await writeFile(path.join(previous, 'shards.json'), '{ not json');
    summary = await buildSearchIndex({ pages, outDir: path.join(work, 'corrupt'), previousDir: previous });
    assert.deepEqual(counts(summary), { indexed: pages.length, shardsBuilt: manifest.shards.length, shardsReused: 0 });
    summary = await buildSearchIndex({ pages, outDir: path.join(work, 'missing'), previousDir: path.join(work, 'no-such-dir') });
    assert.equal(summary.shardsBuilt, manifest.shards.length);
    assert.deepEqual(diffTrees(await hashTree(base), await hashTree(path.join(work, 'corrupt'))), []);
  });

  it('reused in place (an update): only the indexed shards are written, the reused stay in the previous index; a damaged one is indexed', async () => {
    const [target] = pages;
    assert.ok(target);
    const changed = pages.map((p) => (p === target ? { ...p, fingerprint: 'changed-in-place' } : p));
    const previous = path.join(work, 'in-place-previous');
    await cp(base, previous, { recursive: true });
    const out = path.join(work, 'in-place');
    const summary = await buildSearchIndex({ pages: changed, outDir: out, previousDir: previous, reuseInPlace: true });
    const names = manifest.shards.map((s) => s.name);
    assert.deepEqual(summary.built, [target.shard]);
    assert.deepEqual(summary.reused, names.filter((n) => n !== target.shard).sort());
    assert.deepEqual(
      (await listFiles(out)).filter((f) => !f.startsWith(`${target.shard}/`)),
      ['shards.json'],
      'nothing but the indexed shard and the list',
    );
    assert.deepEqual(diffTrees(await hashTree(base), await hashTree(previous)), [], 'the previous index is left as it was');

    // A reused shard damaged in the previous index is indexed afresh, the same bytes as in a full index.
    const damaged = manifest.shards.find((s) => s.name !== target.shard && s.pages > 0);
    assert.ok(damaged);
    await rm(path.join(previous, damaged.name, 'pagefind.js'));
    const again = await buildSearchIndex({ pages, outDir: path.join(work, 'in-place-2'), previousDir: previous, reuseInPlace: true });
    assert.deepEqual(again.built, [damaged.name]);
    assert.deepEqual(
      diffTrees(await hashTree(path.join(base, damaged.name)), await hashTree(path.join(work, 'in-place-2', damaged.name))),
      [],
    );
  });

  it('no pages: an empty shard list; bad input is refused', async () => {
    const out = path.join(work, 'empty');
    assert.deepEqual(counts(await buildSearchIndex({ pages: [], outDir: out })), { indexed: 0, shardsBuilt: 0, shardsReused: 0 });
    assert.deepEqual((await readManifest(out)).shards, []);
    const [page] = pages;
    assert.ok(page);
    await assert.rejects(buildSearchIndex({ pages: [page, { ...page }], outDir: path.join(work, 'dup') }), /two pages have the URL/);
    await assert.rejects(buildSearchIndex({ pages: [{ ...page, shard: '../x' }], outDir: path.join(work, 'bad') }), /bad shard name/);
  });

  // Last: it takes the index away from the built site.
  it('without the index, the search page says it has not been built', { timeout: 30_000 }, async (t) => {
    if (!requireChromium(t)) return;
    browser ??= await launchChromium();
    await rm(path.join(site, 'pagefind', 'shards.json'));
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const watch = watchPage(page, server.origin);
      watch.expectStatus(`${server.origin}${PREFIX}pagefind/shards.json`, 404);
      await page.goto(`${server.origin}${PREFIX}search/`, { waitUntil: 'load' });
      await page.waitForFunction(
        () => /has not been built/.test(document.querySelector('[data-search-fallback]')?.textContent ?? ''),
        undefined,
        { timeout: 10_000 },
      );
      assert.ok(await page.locator('[data-search-fallback]').isVisible(), 'the message shows');
      assert.deepEqual(watch.problems, []);
    } finally {
      await context.close();
    }
  });
});
