import { existsSync } from 'node:fs';
// The production build: content → Eleventy → Pagefind → swap into place.
import Eleventy from '@11ty/eleventy';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { SiteData } from '../types.ts';
import { buildSiteData, type BuildMemory } from '../pipeline/buildSiteData.ts';
import type { QuoteMerger } from '../model/mergeRepeatedQuotes.ts';
import type { KnowledgeMemory } from '../knowledge/loadKnowledge.ts';
import { treeVersion } from '../cache/codeVersion.ts';
import { applyUpdate } from './applyUpdate.ts';
import { collectGarbage } from './collectGarbage.ts';
import { buildSearchIndex } from './searchIndex.ts';
import { searchRecords } from './searchRecords.ts';
import { digest, type Fingerprints } from './pageFingerprints.ts';
import { storedReadsSchema } from './pageReads.ts';
import { MANIFEST_VERSION, RenderPlan, type PageManifest } from './renderPlan.ts';
import type { PublishedSite } from './publishedSite.ts';
import { siteView } from '../site/siteView.ts';
import { CONTENT_DIR, KNOWLEDGE_DIR, siteConfigFromEnv, type SiteConfig } from '../site/siteConfig.ts';
import { swapDirectory } from './swapDirectory.ts';
import { importTemplate } from './templateModules.ts';
import { configureEleventy, TEMPLATES_DIR } from './eleventyConfig.ts';
import { EXPORT_LAYOUT_FILE, exportsOf, readExportLayouts, writeExport, type Export, type ExportLayouts } from './writeExports.ts';

export interface BuildSiteOptions {
  /** Where the finished site goes. Default `_site`. */
  outDir?: string;
  contentDir?: string;
  knowledgeDir?: string;
  /** Where parse/extract results are cached; default `.cache/extract`, null for none. */
  cacheDir?: string | null;
  /** Use this data instead of loading the content (tests). */
  siteData?: SiteData;
  /** Default: content/site.yaml, with SITE_URL, SITE_TITLE and PATH_PREFIX as overrides (siteConfigFromEnv). */
  site?: SiteConfig;
  /** Parse/extract results kept in memory between builds (the dev server). */
  memory?: BuildMemory;
  /** The quote merge and what it knows of the entries, kept between builds (the dev server). */
  quoteMerger?: QuoteMerger;
  /** The knowledge last loaded, kept between builds (the dev server): unchanged files are not parsed again. */
  knowledgeMemory?: KnowledgeMemory;
  /** The site this process last published, kept between builds (the dev server): its manifest is not read back. */
  published?: PublishedSite;
  /** Render every page, even when the site in `outDir` could be updated in place. Default false. */
  full?: boolean;
  /** Changed pages rendered per Eleventy run (memory is held per run). Default 800. */
  pagesPerRun?: number;
  /** Build the Pagefind index. Default true. */
  search?: boolean;
  /**
   * Called once the new pages are live: in an update, as soon as they are (before the JSON exports
   * and the search index are rebuilt); otherwise when the build is done.
   */
  onPagesReady?: () => void;
  /** Receives a line per step with its timing. */
  onStep?: (line: string) => void;
  /** Receives article counts as they are parsed and extracted. */
  onProgress?: (done: number, total: number) => void;
  /** Silences Eleventy's own warnings and error reports (the error is still thrown). */
  quietEleventy?: boolean;
  /**
   * An update also makes the model of every page it keeps unchanged by its reads, and fails if one
   * differs (tests: see RenderPlan). Default false.
   */
  verifyReads?: boolean;
}

export interface BuildSummary {
  outDir: string;
  articles: number;
  entries: number;
  people: number;
  /** HTML pages in the site. */
  pages: number;
  /** HTML pages rendered by this build (the others were unchanged and kept). */
  rendered: number;
  /** Eleventy runs the rendering took (see pagesPerRun). */
  renderRuns: number;
  /** All files written by Eleventy (pages, feeds, JSON, sitemap). */
  files: number;
  /** Pages in the search index, or null when search was not built. */
  indexed: number | null;
  /** Content problems that did not stop the build, one line each. */
  warnings: string[];
  /** Quotes whose speaker could not be established: `article#anchor: “quote”`. */
  unattributed: string[];
  cacheHits: number;
  cacheMisses: number;
  milliseconds: number;
}

/** The list of pages and their fingerprints, kept in the site for the next build (see renderPlan.ts). */
export const PAGE_MANIFEST_FILE = '.newsline-pages.json';

/** Everything every page depends on besides the content: the code, the templates and styles, the settings. */
function globalVersion(site: SiteConfig): string {
  return digest([treeVersion(['src', 'templates', 'public', '.eleventy.ts', 'package-lock.json']), site]);
}

/** What a page manifest must be; anything else (missing, unreadable, another version) means a full build. */
const pageManifestSchema = z.object({
  version: z.literal(MANIFEST_VERSION),
  global: z.string(),
  pages: z.record(z.string().startsWith('/'), z.string()),
  reads: storedReadsSchema,
});

/** The previous build's manifest, if `outDir` holds a site built by the same code and settings. */
async function readManifest(outDir: string, global: string): Promise<PageManifest | null> {
  try {
    const parsed = pageManifestSchema.safeParse(JSON.parse(await readFile(path.join(outDir, PAGE_MANIFEST_FILE), 'utf8')));
    return parsed.success && parsed.data.global === global ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The file Eleventy writes for a permalink: `/people/x/` → `people/x/index.html`. */
function fileOf(url: string): string {
  const rel = url.replace(/^\//, '');
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}
/** Pages per Eleventy run: memory stays bounded however large the site (see RenderPlan.batch). */
const PAGES_PER_RUN = 800;
/** Articles parsed in a build from which a full garbage collection follows the parsing. */
const GC_AFTER_PARSING = 100;

/** What a JSON export holds: its head (the articles, or the title) and every entry. */
function exportDependsOn(data: SiteData, doc: Export, f: Fingerprints): unknown {
  return [doc.head, f.entries(data.timeline.entries.map((e) => e.id))];
}

/**
 * What no browser reloads: the feeds and the timeline filter's facets (not HTML). Under the dev server
 * they are planned and rendered after the pages have gone live, with the JSON exports and the search index.
 */
const AFTER_THE_PAGES = new Set(['feeds.11ty.ts', 'personFeed.11ty.ts', 'timelineFacets.11ty.ts']);

/** Which templates a planning takes: all of them, or the pages first and the rest after (see AFTER_THE_PAGES). */
type PlanPart = 'all' | 'pages' | 'rest';

/** Runs every paginated template's page selection once (of `part`), so that the plan knows what is to render. */
async function planPages(data: SiteData, plan: RenderPlan, part: PlanPart): Promise<void> {
  const dir = path.resolve(TEMPLATES_DIR);
  const wanted = (name: string) => part === 'all' || (part === 'rest') === AFTER_THE_PAGES.has(name);
  plan.startPlanning();
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.11ty.ts') && wanted(n)).sort()) {
    const template = (await importTemplate(path.join(dir, name))) as {
      data?: { pagination?: { before?: (items: unknown[], globals: unknown) => unknown } };
    };
    try {
      template.data?.pagination?.before?.([], { newsline: data, newslineRender: plan });
    } catch (error) {
      throw new Error(`${TEMPLATES_DIR}/${name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
  plan.endStage();
}

/** The site data for a build: given (tests), or loaded from the content through the pipeline. */
async function loadSiteData(options: BuildSiteOptions): Promise<SiteData> {
  // Frozen: Eleventy passes frozen global data to templates as is, instead of deep-copying it per page.
  return Object.freeze(
    options.siteData ??
      (await buildSiteData({
        contentDir: options.contentDir ?? CONTENT_DIR,
        knowledgeDir: options.knowledgeDir ?? KNOWLEDGE_DIR,
        ...(options.cacheDir !== undefined ? { cacheDir: options.cacheDir } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        ...(options.memory ? { memory: options.memory } : {}),
        ...(options.quoteMerger ? { quoteMerger: options.quoteMerger } : {}),
        ...(options.knowledgeMemory ? { knowledgeMemory: options.knowledgeMemory } : {}),
      })),
  );
}

/**
 * One build's work and its state, for the build's lifetime: what is planned, what has been written
 * into the work directory, and the steps that publish it. Each step is a method, called in order by
 * `buildSite`.
 */
class Publication {
  readonly workRoot: string;
  readonly workDir: string;
  readonly global: string;
  /** Every file written into the work directory. */
  readonly written = new Set<string>();
  readonly allExports: Export[];
  plan!: RenderPlan;
  /** The site being updated, or null when every page is rendered afresh. */
  previous: PageManifest | null = null;
  /** An update's search shards left as they are in the live site (the indexed ones replace theirs). */
  searchKept: string[] = [];
  /** Pages of the previous site that this one no longer has. */
  removed: string[] = [];
  /** The pages went live before the exports and the search index (an update under the dev server). */
  pagesLive = false;
  /** Only the HTML pages are planned so far (see AFTER_THE_PAGES). */
  pagesOnly = false;

  constructor(
    readonly data: SiteData,
    readonly site: SiteConfig,
    readonly outDir: string,
    private readonly step: (message: string, timed?: boolean) => void,
    private readonly published: PublishedSite | null,
  ) {
    this.workRoot = path.join(path.dirname(outDir), '.build');
    this.workDir = path.join(this.workRoot, `site-${process.pid}`);
    this.global = globalVersion(site);
    this.allExports = exportsOf(data, site);
  }

  async prepare(): Promise<void> {
    await rm(this.workDir, { recursive: true, force: true });
    await mkdir(this.workRoot, { recursive: true });
  }

  /**
   * The previous build's manifest (unless a full build) and an empty plan over it: in a long-lived
   * process, the manifest it published last, else the one in the site.
   */
  async preparePlan(full: boolean, verify: boolean): Promise<void> {
    const kept = (await this.published?.take(path.join(this.outDir, PAGE_MANIFEST_FILE), this.global)) ?? null;
    this.previous = full ? null : (kept?.manifest ?? (await readManifest(this.outDir, this.global)));
    this.plan = new RenderPlan(siteView(this.data), this.previous, { verify, ...(kept && !full ? { previousReads: kept.reads } : {}) });
  }

  /** Every page, and with a previous build its fingerprint (its model made and digested); the models are made again in Eleventy's runs. */
  async planPages(part: PlanPart = 'all'): Promise<void> {
    await planPages(this.data, this.plan, part);
    this.pagesOnly = part === 'pages';
    if (part === 'rest') return;
    const { kept, made } = this.plan.counts();
    const models = this.previous ? ` (${made} models made, ${kept} pages kept by their reads)` : '';
    this.step(`Planned ${this.plan.pages.size} pages, ${this.plan.rendered.size} changed${models}`);
  }

  /**
   * The JSON exports, written by the build, not by Eleventy (see writeExports.ts), and planned when
   * written. An update copies unchanged entries' JSON from the live exports (an entry's fingerprint covers it).
   */
  async writeExports(): Promise<void> {
    const { data, plan, workDir, outDir, global } = this;
    const exports = this.allExports.filter((doc) => plan.changed('exports', doc.path, (f) => exportDependsOn(data, doc, f)));
    if (exports.length === 0) return;
    await mkdir(workDir, { recursive: true });
    const kept = this.previous ? await readExportLayouts(outDir, global) : null;
    const keptFingerprints = kept ? kept.fingerprints.split(' ') : [];
    const fingerprints = data.timeline.entries.map((e) => plan.fingerprints.entry(e.id));
    const layouts: ExportLayouts = { global, fingerprints: fingerprints.join(' '), exports: {} };
    for (const doc of exports) {
      const file = fileOf(doc.path);
      const layout = kept?.exports[doc.path];
      const reuse = layout ? { file: path.join(outDir, file), layout, fingerprints: keptFingerprints } : undefined;
      layouts.exports[doc.path] = await writeExport(doc, data.timeline.entries, workDir, fingerprints, reuse);
      this.written.add(path.join(workDir, file));
    }
    await writeFile(path.join(workDir, EXPORT_LAYOUT_FILE), JSON.stringify(layouts));
    this.step(`Wrote ${exports.map((doc) => doc.path.slice(1)).join(', ')}`);
  }

  /** The Eleventy runs that render the changed pages (see RenderPlan.batch); known once the pages are planned. */
  planRuns(pagesPerRun: number): number {
    this.plan.batch.count = Math.max(1, Math.ceil(this.plan.rendered.size / pagesPerRun));
    return this.plan.batch.count;
  }

  /** The changed pages, in the Eleventy runs planned (`planRuns`); returns the pages rendered and in the site. */
  async renderPages(quiet: boolean): Promise<{ rendered: number; pages: number }> {
    const { plan, previous } = this;
    for (let run = 0; run < plan.batch.count; run++) {
      plan.startRun(run);
      for (const file of await renderSite(this.data, this.site, plan, this.workDir, quiet)) this.written.add(file);
      plan.endStage();
      if (plan.batch.count > 1) collectGarbage();
    }
    this.removed = this.removedPages();
    const rendered = [...this.written].filter((f) => f.endsWith('.html')).length;
    const pages = rendered + [...plan.pages.keys()].filter((url) => !plan.rendered.has(url) && fileOf(url).endsWith('.html')).length;
    const runs = plan.batch.count > 1 ? ` in ${plan.batch.count} runs` : '';
    this.step(
      previous
        ? `Rendered ${rendered} changed pages of ${pages}${runs}, removed ${this.removed.length}`
        : `Rendered ${pages} pages, ${this.written.size} files${runs}`,
    );
    return { rendered, pages };
  }

  /** Pages of the previous site that this one no longer has (exports aside; only HTML pages while only they are planned). */
  private removedPages(): string[] {
    const exportPaths = new Set(this.allExports.map((doc) => doc.path));
    const { previous, plan } = this;
    const planned = (url: string) => !this.pagesOnly || fileOf(url).endsWith('.html');
    return previous ? Object.keys(previous.pages).filter((url) => planned(url) && !plan.pages.has(url) && !exportPaths.has(url)) : [];
  }

  /**
   * After an update's pages went live: the files no browser reloads (AFTER_THE_PAGES), planned and
   * rendered in one more Eleventy run.
   */
  async renderTheRest(quiet: boolean): Promise<void> {
    const { plan } = this;
    const before = this.written.size;
    await this.planPages('rest');
    plan.batch.count = 1;
    plan.startRun(0);
    for (const file of await renderSite(this.data, this.site, plan, this.workDir, quiet)) this.written.add(file);
    plan.endStage();
    this.removed = this.removedPages();
    this.step(`Rendered the feeds and facets after the pages (${this.written.size - before} files)`);
  }

  /**
   * An update's pages go live now, before the exports and the search index; the manifest, which vouches for all of it, still comes last.
   * Only HTML pages are removed now: the rest of the site is planned after (see renderTheRest), and `publish` removes what it no longer has.
   */
  async showPagesFirst(): Promise<void> {
    await applyUpdate({
      staged: this.workDir,
      live: this.outDir,
      removed: this.removed.map(fileOf),
      last: PAGE_MANIFEST_FILE,
      final: false,
    });
    this.pagesLive = true;
  }

  /**
   * Every entry and article is a result; shards whose records are unchanged are taken from the live site.
   * `alongside`: it runs while the pages render (its records are built from the data, not from the
   * pages, and Pagefind indexes in a process of its own), so its line gives its own time.
   */
  async indexSearch(alongside = false): Promise<number> {
    const started = performance.now();
    const search = await buildSearchIndex({
      pages: searchRecords(siteView(this.data)),
      outDir: path.join(this.workDir, 'pagefind'),
      ...(this.previous ? { previousDir: path.join(this.outDir, 'pagefind'), reuseInPlace: true } : {}),
      pathPrefix: this.site.pathPrefix,
    });
    this.searchKept = search.reused;
    const line = `Indexed ${search.indexed} entries and articles for search (${search.shardsBuilt} shard(s) indexed, ${search.shardsReused} unchanged)`;
    if (alongside) this.step(`${line} alongside (${Math.round(performance.now() - started)} ms)`, false);
    else this.step(line);
    return search.indexed;
  }

  /** The manifest last; then the update moves into the live site file by file, or a new site is swapped in whole. */
  async publish(): Promise<void> {
    const { workDir, outDir } = this;
    const manifest: PageManifest = { ...this.plan.manifest(), global: this.global };
    await writeFile(path.join(workDir, PAGE_MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);
    if (this.previous) {
      await applyUpdate({
        staged: workDir,
        live: outDir,
        removed: (this.pagesLive ? this.removed.filter((url) => !fileOf(url).endsWith('.html')) : this.removed).map(fileOf),
        merged: { dir: 'pagefind', keep: this.searchKept },
        last: PAGE_MANIFEST_FILE,
      });
    } else {
      await swapDirectory(workDir, outDir, path.join(this.workRoot, `old-${process.pid}`));
    }
    await this.published?.remember(path.join(outDir, PAGE_MANIFEST_FILE), manifest);
  }

  async cleanUp(): Promise<void> {
    await removeSettled(this.workDir);
  }
}

/**
 * Builds the site. The first time (or with `full`) every page is rendered into a fresh directory
 * beside `outDir` (`.build/site-<pid>`), which is swapped in when every step has succeeded; after
 * that, only the pages whose fingerprints changed are rendered there and then moved into `outDir`.
 * Throws `ContentError` for bad content, before anything is written.
 */
export async function buildSite(options: BuildSiteOptions = {}): Promise<BuildSummary> {
  const started = performance.now();
  const step = timer(options.onStep);
  const outDir = path.resolve(options.outDir ?? '_site');
  const site = Object.freeze(options.site ?? siteConfigFromEnv());

  const data = await loadSiteData(options);
  step(`Loaded ${data.articles.length} articles, ${data.timeline.entries.length} entries`);
  // What parsing left behind (trees, worker messages) goes before the exports and Eleventy add theirs;
  // a load mostly from the cache, or of a few articles, leaves little, and a full collection would
  // cost more than it frees (~50 ms for the seeds).
  if (data.stats.cacheMisses > data.stats.articles / 10 && data.stats.cacheMisses >= GC_AFTER_PARSING) collectGarbage();

  const build = new Publication(data, site, outDir, step, options.published ?? null);
  await build.prepare();
  try {
    await build.preparePlan(options.full ?? false, options.verifyReads ?? false);
    // A full build's exports go first, while memory holds little else (not yet the page models). An
    // update's go after its planning, while its search index is built (below), unless its pages are to
    // go live before them.
    const pagesFirst = build.previous !== null && options.onPagesReady !== undefined;
    const exportsWhileIndexing = build.previous !== null && !pagesFirst;
    if (!pagesFirst && !exportsWhileIndexing) await build.writeExports();
    await build.planPages(pagesFirst ? 'pages' : 'all');
    const runs = build.planRuns(options.pagesPerRun ?? PAGES_PER_RUN);
    // What the steps so far leave behind goes before the render: V8 grows the heap rather than collect
    // it, and the render's memory (and the search's) would come on top. An update's planning made and
    // digested every page's model: at 5,000 articles ~180 MB of garbage (and the exports' buffers), and
    // the rebuild after adding one article peaked at ~1,050 MiB without this collection, ~770 MiB with
    // it (which takes 0.4–1.0 s there on two busy cores). Under the dev server (pages first) it waits
    // until the pages are live, not to delay the reload.
    const collectNow = runs > 1 || (build.previous !== null && !pagesFirst);
    if (collectNow) collectGarbage();
    const search = options.search ?? true;
    // A site rendered in one Eleventy run is indexed meanwhile (Pagefind indexes in a process of its
    // own), an update's from before its exports are written; a larger one after its pages, so that
    // Pagefind's memory does not come on top of Eleventy's.
    const searching = search && !pagesFirst && runs === 1 ? build.indexSearch(true) : null;
    searching?.catch(() => {}); // awaited below; a failed render waits for it first
    let result: { rendered: number; pages: number };
    try {
      if (exportsWhileIndexing) await build.writeExports();
      result = await build.renderPages(options.quietEleventy ?? false);
    } catch (error) {
      await searching?.catch(() => {});
      throw error;
    }
    const { rendered, pages } = result;
    if (pagesFirst) {
      await build.showPagesFirst();
      options.onPagesReady?.();
      // The planning's models and the render's pages go before the exports and the search index.
      if (!collectNow) collectGarbage();
      await build.renderTheRest(options.quietEleventy ?? false);
      await build.writeExports();
    }
    const indexed = searching ? await searching : search ? await build.indexSearch() : null;
    await build.publish();
    if (!pagesFirst) options.onPagesReady?.();
    // A long-lived process collects what the build left now, while the editor writes, rather than in its next rebuild.
    if (options.published) collectGarbage();
    return {
      outDir,
      articles: data.articles.length,
      entries: data.timeline.entries.length,
      people: data.timeline.people.length,
      pages,
      rendered,
      renderRuns: build.plan.batch.count,
      files: build.written.size,
      indexed,
      warnings: data.stats.warnings,
      unattributed: data.timeline.unattributed.map((id) => unattributedLine(data, id)),
      cacheHits: data.stats.cacheHits,
      cacheMisses: data.stats.cacheMisses,
      milliseconds: Math.round(performance.now() - started),
    };
  } finally {
    await build.cleanUp();
  }
}

/** `article#anchor: “quote”` of a quote without a speaker, for the build's report. */
function unattributedLine(data: SiteData, id: string): string {
  const e = data.timeline.byId[id];
  const quote = e?.quote ?? '';
  return `${e?.sources[0]?.article}#${e?.sources[0]?.anchor}: “${quote.length > 70 ? `${quote.slice(0, 69)}…` : quote}”`;
}

/**
 * Removes a directory that may still be written to: after a template error Eleventy rejects at once
 * while writes of other pages are still in flight, and they can recreate the directory.
 */
async function removeSettled(dir: string): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt++) {
    try {
      await rm(dir, { recursive: true, force: true });
    } catch {
      // A write in flight filled a directory as it was being removed (ENOTEMPTY): tried again below.
    }
    await new Promise((resolve) => setTimeout(resolve, 30));
    if (!existsSync(dir)) return;
  }
}

/** Runs Eleventy into `outDir` with the data already loaded; returns the output paths. */
async function renderSite(data: SiteData, site: SiteConfig, plan: RenderPlan, outDir: string, quiet: boolean): Promise<string[]> {
  const eleventy = new Eleventy(TEMPLATES_DIR, outDir, {
    // No config file is imported (the compiled build has no TypeScript loader): the callback configures the run.
    configPath: false,
    quietMode: true,
    pathPrefix: site.pathPrefix,
    config: (config) => {
      config.addGlobalData('site', site);
      config.addGlobalData('newsline', data);
      // Frozen like the data, so Eleventy hands templates this very object (it records what they render).
      config.addGlobalData('newslineRender', Object.freeze(plan));
      configureEleventy(config);
    },
  });
  // Keep Eleventy's own progress lines out of the build's one-line summary; warnings still show.
  const silent = () => {};
  eleventy.logger.overrideLogger({
    log: silent,
    warn: quiet ? silent : (m) => console.warn(m),
    error: quiet ? silent : (m) => console.error(m),
  });
  try {
    const [, templates] = await eleventy.write();
    return templates.flatMap((t) => (t.outputPath ? [t.outputPath] : []));
  } catch (error) {
    // Eleventy starts copying `public/` before it renders and, when a template fails, rejects without waiting for the
    // copy: a copy still in flight when the caller removes the work directory then fails with no one to catch it.
    await copiedOrTimedOut('public', outDir, PASSTHROUGH_WAIT_MS);
    throw error;
  }
}

/** How long a failed render waits for Eleventy's copy of `public/` to finish before the work directory goes. */
const PASSTHROUGH_WAIT_MS = 2000;

/** Resolves once every file of `from` is in `to` at its full size (a copy finished), or after `ms`. */
async function copiedOrTimedOut(from: string, to: string, ms: number): Promise<void> {
  const files = (await readdir(from, { recursive: true, withFileTypes: true }).catch(() => []))
    .filter((d) => d.isFile())
    .map((d) => path.relative(from, path.join(d.parentPath, d.name)));
  const copied = async () => {
    for (const f of files) {
      const [a, b] = await Promise.all([stat(path.join(from, f)), stat(path.join(to, f)).catch(() => null)]);
      if (!b || b.size !== a.size) return false;
    }
    return true;
  };
  for (const end = Date.now() + ms; Date.now() < end;) {
    if (await copied()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Each step's line with the time since the previous one; `timed: false`: a line that gives its own time (and does not restart the clock). */
function timer(onStep: ((line: string) => void) | undefined): (message: string, timed?: boolean) => void {
  let last = performance.now();
  return (message, timed = true) => {
    if (!timed) return onStep?.(message);
    const now = performance.now();
    onStep?.(`${message} (${Math.round(now - last)} ms)`);
    last = now;
  };
}

export function formatSummary(summary: BuildSummary): string {
  const relative = path.relative(process.cwd(), summary.outDir);
  const where = relative === '' ? '.' : relative.startsWith('..') ? summary.outDir : relative;
  const search = summary.indexed === null ? 'no search index' : `${summary.indexed} indexed for search`;
  const warnings = summary.warnings.length > 0 ? `, ${summary.warnings.length} warning(s)` : '';
  const cache = `cache ${summary.cacheHits} hit(s), ${summary.cacheMisses} miss(es)`;
  return `Built ${where}/: ${summary.articles} articles, ${summary.entries} entries, ${summary.people} people → ${summary.pages} pages${summary.rendered < summary.pages ? `, ${summary.rendered} rendered` : ''} (${search}${warnings}; ${cache}) in ${(summary.milliseconds / 1000).toFixed(1)} s`;
}
