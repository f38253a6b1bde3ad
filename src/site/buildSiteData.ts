import { createHash } from 'node:crypto';
import { codeVersion } from '../cache/codeVersion.ts';
import { ExtractionCache } from '../cache/extractionCache.ts';
import { loadKnowledge } from '../knowledge/loadKnowledge.ts';
import { loadArticles } from '../load/loadArticles.ts';
import { buildTimeline } from '../model/buildTimeline.ts';
import { processArticle, type ProcessedArticle } from './processArticle.ts';
import { processInWorkers, workerCount } from './processInWorkers.ts';
import type { Article, ArticlePage, ArticleSummary, ParsedArticle, SiteData, Timeline } from '../types.ts';

export interface BuildSiteDataOptions {
  contentDir: string;
  knowledgeDir: string;
  /** Where parse/extract results are cached between builds; null to disable. */
  cacheDir?: string | null;
  /** Called as articles are processed, for progress output. */
  onProgress?: (done: number, total: number) => void;
  /** Worker threads for parsing and extraction; default: by the number of articles to process. */
  workers?: number;
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

function articlePage(parsed: ParsedArticle, summary: ArticleSummary, sourced: Array<{ anchor: string; id: string }>, contentHash: string): ArticlePage {
  const entriesByAnchor: Record<string, string[]> = {};
  for (const { anchor, id } of sourced) (entriesByAnchor[anchor] ??= []).push(id);
  const entries = [...new Set(sourced.map((s) => s.id))];
  return { summary, blocks: parsed.paragraphs, posts: parsed.posts, entriesByAnchor, entries, contentHash };
}

/**
 * The whole pipeline: content files → validated articles → parsed blocks → entries → timeline → page data.
 * Throws ContentError (one line per problem) before anything is rendered when content is bad.
 */
export async function buildSiteData(options: BuildSiteDataOptions): Promise<SiteData> {
  const started = performance.now();
  const knowledge = await loadKnowledge(options.knowledgeDir);
  const articles = await loadArticles(options.contentDir, { knowledge });
  const cache = new ExtractionCache<ProcessedArticle>(options.cacheDir === undefined ? '.cache/extract' : options.cacheDir);

  // Cached results first; what is left is parsed and extracted, across worker threads when there is a lot.
  const keys = articles.map((a) => cacheKey(a, knowledge.version));
  const processed: Array<ProcessedArticle | undefined> = [];
  for (let i = 0; i < articles.length; i += 64) {
    processed.push(...(await Promise.all(keys.slice(i, i + 64).map((k) => cache.get(k)))));
  }
  const missing = articles.map((a, i) => ({ a, i })).filter(({ i }) => !processed[i]);
  const workers = options.workers ?? workerCount(missing.length);
  const fresh =
    workers > 1
      ? await processInWorkers(missing.map(({ a }) => a), options.knowledgeDir, workers)
      : missing.map(({ a }, n) => {
          options.onProgress?.(n + 1, missing.length);
          return processArticle(a, knowledge);
        });
  for (const [n, { i }] of missing.entries()) {
    const result = fresh[n] as ProcessedArticle;
    processed[i] = result;
    await cache.set(keys[i] as string, result);
  }
  const done = processed as ProcessedArticle[];
  const parsed = done.map((p) => p.parsed);
  const timeline = buildTimeline(parsed, done.map((p) => p.extraction), knowledge);
  const byArticle = entriesByArticle(timeline);
  const parsedById = new Map(parsed.map((p, i) => [p.article.id, { parsed: p, key: keys[i] as string }]));
  const pages = timeline.articles.map((summary) => {
    const { parsed: p, key } = parsedById.get(summary.id) as { parsed: ParsedArticle; key: string };
    return articlePage(p, summary, byArticle.get(summary.id) ?? [], key);
  });

  return {
    timeline,
    articles: pages,
    stats: {
      articles: articles.length,
      entries: timeline.entries.length,
      quotes: timeline.entries.filter((e) => e.quote).length,
      people: timeline.people.length,
      cacheHits: cache.hits,
      cacheMisses: cache.misses,
      millis: Math.round(performance.now() - started),
      warnings: done.flatMap((p) => p.extraction.warnings).map((w) => `${w.file}: ${w.field}: ${w.message}`),
    },
  };
}

/** The code whose output is cached: changing any of it invalidates the cache. */
const PIPELINE_VERSION = codeVersion(['load', 'parse', 'extract', 'knowledge']);

/** Everything a result depends on: the article, the knowledge files, the parser's and extractor's code. */
function cacheKey(article: Article, knowledgeVersion: string): string {
  const fingerprint = createHash('sha256').update(JSON.stringify([article.id, article.file, article.bodyLine, article.meta, article.body])).digest('hex');
  return ExtractionCache.key(fingerprint, knowledgeVersion, PIPELINE_VERSION);
}
