// The search index, sharded by publication period so that a build only re-indexes the periods whose
// pages changed. Each shard is a Pagefind bundle of its own (`pagefind/<shard>/`); the search page
// (public/js/search.js) reads `pagefind/shards.json` and merges every shard with Pagefind's multisite
// feature (`mergeIndex`), so filters and results span all of them.
//
//   pagefind/
//     shards.json                  what the search page merges, and what the next build may reuse
//                                  (the search page's own UI is public/js/search.js)
//     2025-04/                     a complete bundle: pagefind.js, its worker and WebAssembly,
//       pagefind-entry.json, …     pagefind-entry.json, pagefind.*.pf_meta, index/, filter/, fragment/
//
// Shards are calendar months, in every year: Pagefind costs about 1 ms a record to index, and an
// added article re-indexes its own month and the months of the older entries it repeats (a quote
// another outlet reported earlier gains a source). A shard a year for the archive (as before) made one
// such repeat re-index ~13,000 records at 5,000 articles (~15 s); a month holds ~1,000. The search page
// merges one small bundle per month (only the primary loads Pagefind's WebAssembly).
//
// An update leaves the shards it reuses where they are in the live site: it indexes the others into its
// work directory, and applyUpdate.ts moves them in, a shard directory at a time, with shards.json (at
// 1,000 articles ~11,000 files were hard-linked into a new index and the old one removed on every update).
//
// Result URLs are stored site-relative (`/articles/x/`), as before sharding: the search page prefixes
// them with the site's path prefix (Pagefind's `baseUrl`, from `data-base-url` on #search).
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { z } from 'zod';

/** What is indexed of a search result that is not read from a page's HTML (an entry, an article). */
export interface SearchRecord {
  content: string;
  /** `title` and what a result shows besides it (date, speaker, source). */
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** One search result: a custom record, or a page whose HTML is read from `file`. */
export interface SearchPage {
  /** Site-relative URL of the result, e.g. '/articles/2025-04-04-foo/' or '/timeline/2025-04/#q-1' */
  url: string;
  /** Absolute path of the page's HTML file to read (may be in a staging dir or the old site dir); absent for a record. */
  file?: string;
  record?: SearchRecord;
  /** Makes the record when its shard is indexed (a record costly to make: an article's whole text); `fingerprint` must cover what it is made from. */
  recordOf?: () => SearchRecord;
  /** The shard it belongs to, from searchShardOf(). */
  shard: string;
  /** Changes whenever the page's HTML changes (a content hash supplied by the caller). */
  fingerprint: string;
}

export interface BuildSearchIndexOptions {
  pages: SearchPage[];
  /** Where the Pagefind directory goes: a fresh, empty or missing directory. */
  outDir: string;
  /** The previous build's Pagefind directory; missing or corrupt means nothing is reused. */
  previousDir?: string;
  /** The site's path prefix (`/` or `/newsline/`); recorded in shards.json (result URLs stay site-relative). */
  pathPrefix?: string;
  /**
   * Reused shards stay where they are in `previousDir` instead of being copied into `outDir` (an update:
   * the caller moves the indexed shards and shards.json into `previousDir` and keeps `reused` there, see
   * applyUpdate.ts). Each is checked intact as before; a damaged one is indexed into `outDir`.
   */
  reuseInPlace?: boolean;
}

export interface SearchIndexSummary {
  /** Pages in the finished index, reused shards included. */
  indexed: number;
  shardsBuilt: number;
  shardsReused: number;
  /** The shards indexed into `outDir`, each a directory of its own. */
  built: string[];
  /** The shards taken from `previousDir` (copied into `outDir`, or left in place with `reuseInPlace`). */
  reused: string[];
}

/** One shard as recorded in shards.json. */
export interface ShardRecord {
  /** The shard's name, which is also its directory under the Pagefind directory. */
  name: string;
  /** Pages Pagefind indexed in it (0: no bundle was written, and the search page skips it). */
  pages: number;
  /** Digest of the shard's inputs (page URLs and fingerprints, indexing settings, Pagefind version). */
  key: string;
}

/** `pagefind/shards.json`. */
export interface SearchManifest {
  format: number;
  /** Pagefind version that wrote the bundles. */
  pagefind: string;
  pathPrefix: string;
  /** Pages over all shards. */
  pages: number;
  shards: ShardRecord[];
}

export const SEARCH_MANIFEST_FILE = 'shards.json';
/** Bump when what is indexed, or how, changes: every shard of an older build is then re-indexed. */
const FORMAT = 2;
const INDEX_CONFIG: pagefind.PagefindServiceConfig = { forceLanguage: 'en' };
/** Files Pagefind writes into every bundle that the site never loads: the search page has its own UI (public/js/search.js). */
const UNUSED_IN_SHARD = /^(pagefind-(ui|modular-ui|component-ui)\.(js|css)|pagefind-highlight\.js)$/;
/** Pages read ahead of the one being indexed. */
const READ_AHEAD = 16;
/** Pages sent to Pagefind's service before the answer to the first of them. */
const IN_FLIGHT = 64;
const SHARD_NAME = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The shard of an article published on `published` (an ISO date or date-time string from front
 * matter, taken as written, in the publisher's own offset, as the article page shows it): its
 * calendar month (`2025-04`).
 */
export function searchShardOf(published: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(published.trim());
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) throw new RangeError(`Not an ISO date: "${published}"`);
  return `${match[1]}-${match[2]}`;
}

/**
 * Writes a complete Pagefind directory for `pages` into `outDir` (a fresh, empty or missing dir).
 * Shards whose page set and fingerprints equal those recorded in `previousDir` (the previous build's
 * pagefind dir, may be missing or corrupt → treat as absent) are copied from there instead of re-indexed.
 * Records what it needs for the next build inside outDir (outDir/shards.json). Deterministic output.
 */
export async function buildSearchIndex(options: BuildSearchIndexOptions): Promise<SearchIndexSummary> {
  const version = await pagefindVersion();
  const shards = groupByShard(options.pages, version);
  const previous = options.previousDir ? await readManifest(options.previousDir, version) : null;
  const previousByName = new Map((previous?.shards ?? []).map((s) => [s.name, s]));
  const outDir = path.resolve(options.outDir);
  if (options.previousDir && path.resolve(options.previousDir) === outDir)
    throw new Error('Search index: outDir must not be the previous directory');
  await mkdir(outDir, { recursive: true });

  try {
    // Shards recorded with the same inputs are copied from the previous build (each copy checked
    // first: a damaged one joins the queue); the others are indexed meanwhile, one at a time: Pagefind's
    // service holds every index it builds in memory, and two large shards at once took it past 1 GiB.
    // The copies go one shard after another too: all at once, at 5,000 articles, they held ~50,000 file
    // operations in flight and ~80 MB more of the build's memory, for no gain in time.
    const records: ShardRecord[] = [];
    const built: ShardRecord[] = [];
    const queue: Shard[] = [];
    const copies: Array<Promise<void>> = [];
    let copied: Promise<unknown> = Promise.resolve();
    for (const shard of shards) {
      const old = previousByName.get(shard.name);
      if (old && old.key === shard.key && options.previousDir) {
        const from = options.previousDir;
        const reuse = options.reuseInPlace ? () => shardIntact(from, old) : () => reuseShard(from, outDir, old);
        const copy = copied.then(reuse).then((ok) => void (ok ? records.push(old) : queue.push(shard)));
        copies.push(copy);
        copied = copy.catch(() => {}); // its error is settleAll's below; the next copy goes on
      } else {
        queue.push(shard);
      }
    }
    const worker = async (): Promise<void> => {
      try {
        for (let shard = queue.shift(); shard; shard = queue.shift()) {
          built.push({ name: shard.name, pages: await indexShard(shard, path.join(outDir, shard.name)), key: shard.key });
        }
      } catch (error) {
        queue.length = 0;
        throw error;
      }
    };
    await settleAll([...copies, worker()]);
    await settleAll([worker()]); // shards whose copy failed
    const toBuild = shards.filter((s) => built.some((b) => b.name === s.name));
    records.push(...built);

    records.sort((a, b) => (a.name < b.name ? -1 : 1));
    const manifest: SearchManifest = {
      format: FORMAT,
      pagefind: version,
      pathPrefix: normalisePrefix(options.pathPrefix),
      pages: records.reduce((n, s) => n + s.pages, 0),
      shards: records,
    };
    await writeFile(path.join(outDir, SEARCH_MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
    const builtNames = new Set(built.map((b) => b.name));
    return {
      indexed: manifest.pages,
      shardsBuilt: toBuild.length,
      shardsReused: records.length - toBuild.length,
      built: [...builtNames].sort(),
      reused: records.filter((r) => !builtNames.has(r.name)).map((r) => r.name),
    };
  } finally {
    await pagefind.close();
  }
}

interface Shard {
  name: string;
  key: string;
  /** Sorted by URL: Pagefind numbers pages in the order they are added. */
  pages: SearchPage[];
}

function groupByShard(pages: readonly SearchPage[], version: string): Shard[] {
  const byName = new Map<string, SearchPage[]>();
  const urls = new Set<string>();
  for (const page of pages) {
    if (!SHARD_NAME.test(page.shard)) throw new Error(`Search index: bad shard name "${page.shard}" for ${page.url}`);
    if (!page.url.startsWith('/')) throw new Error(`Search index: page URL must be site-relative (start with /): ${page.url}`);
    if (urls.has(page.url)) throw new Error(`Search index: two pages have the URL ${page.url}`);
    urls.add(page.url);
    const list = byName.get(page.shard);
    if (list) list.push(page);
    else byName.set(page.shard, [page]);
  }
  return [...byName]
    .map(([name, list]) => {
      const sorted = [...list].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
      const inputs = [FORMAT, version, INDEX_CONFIG, sorted.map((p) => [p.url, p.fingerprint])];
      return { name, key: createHash('sha1').update(JSON.stringify(inputs)).digest('hex'), pages: sorted };
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Indexes one shard into `dir`; returns the pages Pagefind indexed. */
async function indexShard(shard: Shard, dir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex(INDEX_CONFIG);
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    // Read ahead (a few pages: a shard's pages together can be hundreds of MB), add in order: the
    // order is what keeps the bundle byte-identical between builds.
    const reads = new Map<number, Promise<string>>();
    const readAhead = (i: number) => {
      const page = shard.pages[i];
      if (!page?.file || reads.has(i)) return;
      const read = readFile(page.file, 'utf8');
      read.catch(() => {});
      reads.set(i, read);
    };
    // Pages are sent without waiting for each answer (up to IN_FLIGHT of them): Pagefind's service
    // handles its messages one at a time in the order sent, so the order is the same and the bundle
    // too, without a round trip per page.
    const pending: Array<Promise<void>> = [];
    try {
      for (const [i, page] of shard.pages.entries()) {
        for (let j = i; j < i + READ_AHEAD; j++) readAhead(j);
        const record = page.record ?? page.recordOf?.();
        const added = record
          ? index.addCustomRecord({ url: page.url, language: 'en', ...record })
          : index.addHTMLFile({ url: page.url, content: await (reads.get(i) as Promise<string>) });
        reads.delete(i);
        const checked = added.then(({ errors }) => {
          if (errors.length > 0) throw new Error(`Pagefind (${page.url}): ${errors.join('; ')}`);
        });
        checked.catch(() => {}); // awaited below
        pending.push(checked);
        if (pending.length >= IN_FLIGHT) await pending.shift();
      }
    } catch (error) {
      await Promise.allSettled(pending);
      throw error;
    }
    await settleAll(pending);
    const written = await index.writeFiles({ outputPath: dir });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await index.deleteIndex();
  }
  const entry = await readEntry(dir);
  const pages = entry ? Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0) : 0;
  if (pages === 0) {
    // Nothing to search (no page had data-pagefind-body content): no bundle, the search page skips it.
    await rm(dir, { recursive: true, force: true });
    return 0;
  }
  // Only the WebAssembly of the indexed language is loaded (the primary bundle's).
  const wasmNeeded = new Set(Object.values(entry?.languages ?? {}).map((l) => `wasm.${l.wasm ?? 'unknown'}.pagefind`));
  for (const name of await readdir(dir)) {
    if (UNUSED_IN_SHARD.test(name) || (/^wasm\..*\.pagefind$/.test(name) && !wasmNeeded.has(name))) await rm(path.join(dir, name));
  }
  return pages;
}

/** Whether a previous shard's bundle in `previousDir` is there and whole (its entry, metadata, WebAssembly and script). */
async function shardIntact(previousDir: string, shard: ShardRecord): Promise<boolean> {
  if (shard.pages === 0) return true;
  const from = path.join(previousDir, shard.name);
  try {
    const entry = await readEntry(from);
    const pages = entry ? Object.values(entry.languages) : [];
    if (pages.reduce((n, l) => n + l.page_count, 0) !== shard.pages) return false;
    for (const l of pages) {
      await stat(path.join(from, `pagefind.${l.hash}.pf_meta`));
      await stat(path.join(from, `wasm.${l.wasm ?? 'unknown'}.pagefind`));
    }
    await stat(path.join(from, 'pagefind.js'));
    return true;
  } catch {
    return false;
  }
}

/** Copies a reused shard's bundle into `outDir`; false (and nothing left behind) if it is not intact. */
async function reuseShard(previousDir: string, outDir: string, shard: ShardRecord): Promise<boolean> {
  if (!(await shardIntact(previousDir, shard))) return false;
  if (shard.pages === 0) return true;
  const to = path.join(outDir, shard.name);
  try {
    await copyTree(path.join(previousDir, shard.name), to);
    return true;
  } catch {
    await rm(to, { recursive: true, force: true });
    return false;
  }
}

/** Copies a directory tree by hard links (the bundles are never changed in place), else by copying. */
async function copyTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  const entries = await readdir(from, { withFileTypes: true });
  await Promise.all(
    entries.map((e) => {
      const [src, dst] = [path.join(from, e.name), path.join(to, e.name)];
      if (e.isDirectory()) return copyTree(src, dst);
      if (e.isFile()) return copyOrLink(src, dst);
      throw new Error(`Search index: unexpected ${src}`);
    }),
  );
}

async function copyOrLink(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
    await copyFile(from, to);
  }
}

interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
}

async function readEntry(dir: string): Promise<PagefindEntry | null> {
  try {
    const entry = JSON.parse(await readFile(path.join(dir, 'pagefind-entry.json'), 'utf8')) as unknown;
    if (!isRecord(entry) || !isRecord(entry.languages)) return null;
    for (const l of Object.values(entry.languages)) {
      if (!isRecord(l) || typeof l.hash !== 'string' || typeof l.page_count !== 'number') return null;
    }
    return entry as unknown as PagefindEntry;
  } catch {
    return null;
  }
}

/** The previous build's manifest, or null when it is missing, unreadable, or from other settings. */
/** What shards.json must be; anything else means every shard is indexed afresh. */
const searchManifestSchema = z.object({
  format: z.literal(FORMAT),
  pagefind: z.string(),
  pathPrefix: z.string(),
  pages: z.number().int().nonnegative(),
  shards: z.array(z.object({ name: z.string().regex(SHARD_NAME), pages: z.number().int().nonnegative(), key: z.string() })),
});

async function readManifest(dir: string, version: string): Promise<SearchManifest | null> {
  try {
    const parsed = searchManifestSchema.safeParse(JSON.parse(await readFile(path.join(dir, SEARCH_MANIFEST_FILE), 'utf8')));
    return parsed.success && parsed.data.pagefind === version ? { ...parsed.data, format: FORMAT } : null;
  } catch {
    return null;
  }
}

let cachedVersion: string | undefined;

/** The installed Pagefind's version (its bundles record it too; a new version re-indexes everything). */
async function pagefindVersion(): Promise<string> {
  if (cachedVersion) return cachedVersion;
  const main = fileURLToPath(import.meta.resolve('pagefind'));
  const pkg = JSON.parse(await readFile(path.join(path.dirname(main), '..', 'package.json'), 'utf8')) as { version?: unknown };
  cachedVersion = typeof pkg.version === 'string' ? pkg.version : 'unknown';
  return cachedVersion;
}

function normalisePrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Like Promise.all, but waits for every promise (nothing left writing) before it throws the first error. */
async function settleAll(promises: Array<Promise<unknown>>): Promise<void> {
  const failed = (await Promise.allSettled(promises)).find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------------------------------
// The article pages of a rendered site, read back from their HTML (tests of the sharding use them).

/** Undated pages (no readable `<time datetime>` in the article header) go into this shard. */
export const UNDATED_SHARD = 'undated';

/**
 * The searchable article pages of a rendered site, each with its shard (from the `<time datetime>` in
 * the article header) and its fingerprint (sha1 of the file).
 */
export async function findArticlePages(siteDir: string): Promise<SearchPage[]> {
  const root = path.join(siteDir, 'articles');
  const files = (await readdir(root, { recursive: true }).catch(() => [] as string[]))
    .filter((rel) => rel === 'index.html' || rel.endsWith(`${path.sep}index.html`))
    .sort();
  const pages = await Promise.all(
    files.map(async (rel): Promise<(Omit<SearchPage, 'shard'> & { published: string | undefined }) | null> => {
      const file = path.join(root, rel);
      const bytes = await readFile(file);
      const html = bytes.toString('utf8');
      if (!html.includes('data-pagefind-body')) return null;
      const published = /<p class="article-meta">(?:(?!<\/p>)[^])*?<time datetime="([^"]+)"/.exec(html)?.[1];
      const dir = path.dirname(rel).split(path.sep).join('/');
      return {
        url: dir === '.' ? '/articles/' : `/articles/${dir}/`,
        file,
        published,
        fingerprint: createHash('sha1').update(bytes).digest('hex'),
      };
    }),
  );
  const found = pages.filter((p) => p !== null);
  return found.map(({ published, ...page }) => {
    let shard = UNDATED_SHARD;
    try {
      if (published) shard = searchShardOf(published);
    } catch {
      // an unreadable date: undated
    }
    return { ...page, shard };
  });
}
