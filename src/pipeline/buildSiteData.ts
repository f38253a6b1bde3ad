import path from 'node:path';
import { treeVersion } from '../cache/codeVersion.ts';
import { fingerprintContentDir, readFingerprinted, type FingerprintedFile } from '../cache/contentFingerprints.ts';
import { entryContentDigest, entryDigest, rememberEntryDigests } from '../cache/entryDigest.ts';
import { ExtractionCache } from '../cache/extractionCache.ts';
import { loadKnowledge, type KnowledgeMemory } from '../knowledge/loadKnowledge.ts';
import type { Knowledge } from '../knowledge/types.ts';
import { ContentError, type ContentProblem } from '../load/errors.ts';
import { checkContentFile, findDuplicates, identityOf, type ArticleIdentity } from '../load/loadArticles.ts';
import { loadCorrections } from '../load/loadCorrections.ts';
import { applyCorrections } from '../model/applyCorrections.ts';
import { buildTimeline } from '../model/buildTimeline.ts';
import { QuoteMerger, quoteWords } from '../model/mergeRepeatedQuotes.ts';
import { rememberTextKeys, textKeys } from '../model/mergeRepeatedText.ts';
import { readPersistedGroups, writePersistedGroups } from './persistedGroups.ts';
import { processArticle, type ProcessedArticle } from './processArticle.ts';
import { processInWorkers, workerCount } from './processInWorkers.ts';
import type { Article, ArticlePage, ArticleSummary, Paragraph, ParsedArticle, SiteData, Timeline } from '../types.ts';

export interface BuildSiteDataOptions {
  contentDir: string;
  knowledgeDir: string;
  /** Where parse/extract results are cached between builds; null to disable. */
  cacheDir?: string | null;
  /** Called as articles are processed, for progress output. */
  onProgress?: (done: number, total: number) => void;
  /** Cached results kept in memory from one build to the next (a long-running dev server). */
  memory?: BuildMemory;
  /** The quote merge and what it knows of the entries, kept from one build to the next (a long-running dev server). */
  quoteMerger?: QuoteMerger;
  /** The knowledge last loaded and its files' text, kept from one build to the next (a long-running dev server). */
  knowledgeMemory?: KnowledgeMemory;
  /** Worker threads for parsing and extraction; default: by the number of articles to process. */
  workers?: number;
  /** An editor's corrections of speakers, dates and places; default: `corrections.yaml` beside the content directory. */
  correctionsFile?: string;
}

/** Each article's entries, by block anchor: one pass over the timeline, not one per article. */
function entriesByArticle(timeline: Timeline): Map<string, Array<{ anchor: string; id: string }>> {
  const index = new Map<string, Array<{ anchor: string; id: string }>>();
  for (const e of timeline.entries) {
    for (const s of e.sources) {
      const list = index.get(s.article);
      if (list) list.push({ anchor: s.anchor, id: e.id });
      else index.set(s.article, [{ anchor: s.anchor, id: e.id }]);
    }
  }
  return index;
}

/**
 * An article page's data. Its blocks are either in memory or, for an article that came from the
 * cache, read from there on use: only the pages being rendered need them.
 */
function articlePage(
  parsed: ParsedArticle,
  summary: ArticleSummary,
  sourced: Array<{ anchor: string; id: string }>,
  contentHash: string,
  blocks: Paragraph[] | (() => Paragraph[]),
): ArticlePage {
  const entriesByAnchor: Record<string, string[]> = {};
  for (const { anchor, id } of sourced) (entriesByAnchor[anchor] ??= []).push(id);
  const entries = [...new Set(sourced.map((s) => s.id))];
  const page = { summary, posts: parsed.posts, entriesByAnchor, entries, contentHash };
  if (Array.isArray(blocks)) return { ...page, blocks };
  return Object.defineProperty(page, 'blocks', { get: lastOneKept(blocks), enumerable: true }) as ArticlePage;
}

/** A template reads an article's blocks several times in one render, and renders pages one at a time. */
let kept: { load: () => Paragraph[]; blocks: Paragraph[] } | null = null;
function lastOneKept(load: () => Paragraph[]): () => Paragraph[] {
  return () => {
    if (kept?.load !== load) kept = { load, blocks: load() };
    return kept.blocks;
  };
}

/**
 * Reads an article's blocks back from the cache. A function of its own: a closure made inside
 * buildSiteData would keep that function's whole scope (every article's text) alive with the site data.
 */
function cachedBlocks(blockCache: ExtractionCache<Paragraph[]>, key: string, id: string, cacheDir: string | null): () => Paragraph[] {
  return () => {
    const stored = blockCache.readSync(blockKey(key));
    if (!stored) throw new Error(`The cached blocks of ${id} are gone from ${cacheDir}; build again.`);
    return stored;
  };
}

/** What the cache keeps per article file: the checked identity and the parse/extract results, without the blocks. */
export type BuildMemory = Map<string, CachedArticle>;

interface CachedArticle {
  identity: ArticleIdentity;
  processed: ProcessedArticle;
  /** `entryDigest` of each extracted entry. */
  entryDigests?: string[];
  /** `entryContentDigest` of each extracted entry. */
  contentDigests?: string[];
  /** `quoteWords` of the extracted entries. */
  quoteWords?: Array<string | null>;
  /** `textKeys` of the extracted entries. */
  textKeys?: string[];
}

/** One run of the pipeline: its settings, caches and files, for the run's lifetime. */
interface PipelineRun {
  options: BuildSiteDataOptions;
  knowledge: Knowledge;
  cacheDir: string | null;
  cache: ExtractionCache<CachedArticle>;
  blockCache: ExtractionCache<Paragraph[]>;
  files: FingerprintedFile[];
  /** Each file's cache key, by position. */
  keys: string[];
  /** Each file's cached (or, once processed, fresh) results, by position. */
  cached: Array<CachedArticle | undefined>;
}

/** Each file's results from the cache; a file not found there is read after all if it was not (new knowledge or code changes every key). */
async function lookUpCached(run: PipelineRun): Promise<void> {
  const { files, keys, cached, cache, knowledge } = run;
  const lookUp = async (i: number) => {
    cached[i] = await cache.get(keys[i] as string);
    const file = files[i] as FingerprintedFile;
    if (cached[i] || file.bytes) return;
    files[i] = await readFingerprinted(file);
    keys[i] = cacheKey((files[i] as FingerprintedFile).fingerprint, knowledge.version);
    cached[i] = await cache.get(keys[i] as string);
  };
  for (let i = 0; i < files.length; i += 64) await Promise.all(files.slice(i, i + 64).map((_, n) => lookUp(i + n)));
}

/** Files not in the cache are checked; every file takes part in the duplicate checks. Throws ContentError. */
function checkUncached(run: PipelineRun): { missing: Array<{ i: number; article: Article }>; identities: Array<ArticleIdentity | null> } {
  const problems: ContentProblem[] = [];
  const missing: Array<{ i: number; article: Article }> = [];
  const identities = run.files.map((file, i) => {
    const hit = run.cached[i];
    if (hit) return hit.identity;
    const checked = checkContentFile({ file: file.file, bytes: file.bytes as Uint8Array }, run.knowledge);
    problems.push(...checked.problems);
    if (!checked.article) return null;
    missing.push({ i, article: checked.article });
    return identityOf(checked.article);
  });
  problems.push(...findDuplicates(identities.filter((x) => x !== null)));
  if (problems.length > 0) throw new ContentError(problems);
  return { missing, identities };
}

/**
 * Parses and extracts the files not in the cache (in worker threads when there are many), storing
 * each result as it arrives. With a disk cache, blocks are read back from it when their page is
 * rendered, not held meanwhile; without one, they are returned, by file position.
 */
async function processUncached(
  run: PipelineRun,
  missing: Array<{ i: number; article: Article }>,
  identities: Array<ArticleIdentity | null>,
): Promise<Map<number, Paragraph[]>> {
  const { options, keys, cached, cacheDir } = run;
  const freshBlocks = new Map<number, Paragraph[]>();
  let stored = 0;
  const store = async (n: number, result: ProcessedArticle): Promise<void> => {
    const { i } = missing[n] as { i: number };
    const key = keys[i] as string;
    if (!cacheDir) freshBlocks.set(i, result.parsed.paragraphs);
    const light: ProcessedArticle = {
      ...result,
      parsed: { ...result.parsed, article: { ...result.parsed.article, body: '' }, paragraphs: [] },
    };
    const { entries } = result.extraction;
    cached[i] = {
      identity: identities[i] as ArticleIdentity,
      processed: light,
      entryDigests: entries.map(entryDigest),
      contentDigests: entries.map(entryContentDigest),
      quoteWords: quoteWords(entries),
      textKeys: textKeys(entries),
    };
    await run.blockCache.set(blockKey(key), result.parsed.paragraphs);
    await run.cache.set(key, cached[i]);
    options.onProgress?.(++stored, missing.length);
  };
  const workers = options.workers ?? workerCount(missing.length);
  if (workers > 1) {
    await processInWorkers(
      missing.map(({ article }) => article),
      options.knowledgeDir,
      workers,
      store,
    );
  } else {
    for (const [n, { article }] of missing.entries()) await store(n, processArticle(article, run.knowledge));
  }
  return freshBlocks;
}

/** The model: an editor's corrections, then one timeline with its indexes. Throws ContentError for a bad correction. */
async function modelOf(
  done: ProcessedArticle[],
  options: BuildSiteDataOptions,
  knowledge: Knowledge,
  merger: QuoteMerger,
): Promise<Timeline> {
  const parsed = done.map((p) => p.parsed);
  const correctionsFile = options.correctionsFile ?? path.join(path.dirname(options.contentDir), 'corrections.yaml');
  const corrections = await loadCorrections(correctionsFile);
  const fixed = applyCorrections(
    done.map((p) => p.extraction),
    corrections,
    knowledge,
    correctionsFile,
  );
  if (fixed.problems.length > 0) throw new ContentError(fixed.problems);
  return buildTimeline(parsed, fixed.extractions, knowledge, merger);
}

/**
 * The whole pipeline: content files → validated articles → parsed blocks → entries → timeline → page data.
 * Throws ContentError (one line per problem) before anything is rendered when content is bad.
 *
 * A file whose bytes, knowledge and pipeline code are unchanged since an earlier build is not read
 * again: its checked identity and entries come from the cache, and its blocks (the bulk of it) are
 * read from the cache only when its article page is rendered.
 */
export async function buildSiteData(options: BuildSiteDataOptions): Promise<SiteData> {
  const started = performance.now();
  const knowledge = await (options.knowledgeMemory?.load(options.knowledgeDir) ?? loadKnowledge(options.knowledgeDir));
  const cacheDir = options.cacheDir === undefined ? '.cache/extract' : options.cacheDir;
  // Unchanged files are not read: their fingerprints are remembered (see contentFingerprints.ts).
  const files = await fingerprintContentDir(options.contentDir, cacheDir);
  const run: PipelineRun = {
    options,
    knowledge,
    cacheDir,
    // Remembered records have no blocks (those are read from the disk cache), so memory needs a cache dir.
    cache: new ExtractionCache<CachedArticle>(cacheDir, cacheDir ? (options.memory ?? null) : null),
    blockCache: new ExtractionCache<Paragraph[]>(cacheDir),
    files,
    keys: files.map((f) => cacheKey(f.fingerprint, knowledge.version)),
    cached: new Array(files.length),
  };
  await lookUpCached(run);
  const { missing, identities } = checkUncached(run);
  const freshBlocks = await processUncached(run, missing, identities);
  // What was derived from each entry when it was extracted, so that it need not be again.
  const merger = options.quoteMerger ?? new QuoteMerger();
  // The last build's quote groups (the persistent part of the model): when articles were only added, the
  // merge updates them from the added articles alone (a merger kept by the dev server has its own).
  const stored = cacheDir && !options.quoteMerger?.holdsGroups() ? await readPersistedGroups(cacheDir, GROUPS_CODE) : null;
  if (stored) merger.resume(stored.groups);
  for (const c of run.cached as CachedArticle[]) {
    rememberEntryDigests(c.processed.extraction.entries, c);
    merger.rememberWords(c.processed.extraction.entries, c.quoteWords);
    rememberTextKeys(c.processed.extraction.entries, c.textKeys);
  }
  const done = run.cached.map((c) => (c as CachedArticle).processed);
  const timeline = await modelOf(done, options, knowledge, merger);
  const groups = merger.stored();
  if (cacheDir && groups && JSON.stringify(groups) !== stored?.json) await writePersistedGroups(cacheDir, GROUPS_CODE, groups);

  const byArticle = entriesByArticle(timeline);
  const indexById = new Map(done.map((p, i) => [p.parsed.article.id, i]));
  const pages = timeline.articles.map((summary) => {
    const i = indexById.get(summary.id) as number;
    const key = run.keys[i] as string;
    const blocks = freshBlocks.get(i) ?? cachedBlocks(run.blockCache, key, summary.id, cacheDir);
    return articlePage((done[i] as ProcessedArticle).parsed, summary, byArticle.get(summary.id) ?? [], key, blocks);
  });

  return {
    timeline,
    articles: pages,
    stats: {
      articles: files.length,
      entries: timeline.entries.length,
      quotes: timeline.entries.filter((e) => e.quote).length,
      people: timeline.people.length,
      cacheHits: run.cache.hits,
      cacheMisses: missing.length,
      millis: Math.round(performance.now() - started),
      warnings: done.flatMap((p) => p.extraction.warnings).map((w) => `${w.file}: ${w.field}: ${w.message}`),
    },
  };
}

/**
 * The code whose output is cached: changing any of it invalidates the cache. The cache's own code and
 * the merge's word lists count too: digests and quote words are kept with each article's entries.
 */
const PIPELINE_VERSION = treeVersion([
  'src/load',
  'src/parse',
  'src/extract',
  'src/knowledge',
  'src/cache',
  'src/text',
  'src/dates',
  'src/ref.ts',
  'src/slugify.ts',
  'src/contentError.ts',
  'src/model/mergeRepeatedQuotes.ts',
  'src/model/mergeRepeatedText.ts',
  'src/model/topicsFromContext.ts',
  'src/pipeline/processArticle.ts',
]);

/** What the stored quote groups were made by: the pipeline (the entries) and the merge's own code. */
const GROUPS_CODE = `${PIPELINE_VERSION}-${treeVersion(['src/pipeline/persistedGroups.ts', 'src/model/quoteGroups.ts', 'src/model/quoteIndex.ts'])}`;

/** Everything a result depends on: the file's name and bytes (its fingerprint), the knowledge files, the pipeline's code. */
function cacheKey(fingerprint: string, knowledgeVersion: string): string {
  return ExtractionCache.key(fingerprint, knowledgeVersion, PIPELINE_VERSION);
}

function blockKey(key: string): string {
  return `${key}-blocks`;
}
