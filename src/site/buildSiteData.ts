import { createHash } from 'node:crypto';
import { EXTRACTOR_VERSION, extractEntries, type ArticleExtraction } from '../extract/extractEntries.ts';
import { ExtractionCache } from '../cache/extractionCache.ts';
import { loadKnowledge } from '../knowledge/loadKnowledge.ts';
import { loadArticles } from '../load/loadArticles.ts';
import { buildTimeline } from '../model/buildTimeline.ts';
import { parseArticle } from '../parse/parseArticle.ts';
import type { Article, ArticlePage, ArticleSummary, ParsedArticle, SiteData, Timeline } from '../types.ts';

export interface BuildSiteDataOptions {
  contentDir: string;
  knowledgeDir: string;
  /** Where parse/extract results are cached between builds; null to disable. */
  cacheDir?: string | null;
  /** Called as articles are processed, for progress output. */
  onProgress?: (done: number, total: number) => void;
}

interface CachedArticle {
  parsed: ParsedArticle;
  extraction: ArticleExtraction;
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

function articlePage(parsed: ParsedArticle, summary: ArticleSummary, sourced: Array<{ anchor: string; id: string }>): ArticlePage {
  const entriesByAnchor: Record<string, string[]> = {};
  for (const { anchor, id } of sourced) (entriesByAnchor[anchor] ??= []).push(id);
  const entries = [...new Set(sourced.map((s) => s.id))];
  return { summary, blocks: parsed.paragraphs, posts: parsed.posts, entriesByAnchor, entries };
}

/**
 * The whole pipeline: content files → validated articles → parsed blocks → entries → timeline → page data.
 * Throws ContentError (one line per problem) before anything is rendered when content is bad.
 */
export async function buildSiteData(options: BuildSiteDataOptions): Promise<SiteData> {
  const started = performance.now();
  const knowledge = await loadKnowledge(options.knowledgeDir);
  const articles = await loadArticles(options.contentDir, { timezones: knowledge.timezones });
  const cache = new ExtractionCache<CachedArticle>(options.cacheDir === undefined ? '.cache/extract' : options.cacheDir);

  const processed: CachedArticle[] = [];
  for (const [i, article] of articles.entries()) {
    processed.push(await processArticle(article, knowledge, cache));
    options.onProgress?.(i + 1, articles.length);
  }
  const parsed = processed.map((p) => p.parsed);
  const timeline = buildTimeline(parsed, processed.map((p) => p.extraction), knowledge);
  const byArticle = entriesByArticle(timeline);
  const parsedById = new Map(parsed.map((p) => [p.article.id, p]));
  const pages = timeline.articles.map((summary) =>
    articlePage(parsedById.get(summary.id) as ParsedArticle, summary, byArticle.get(summary.id) ?? []),
  );

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
      warnings: processed.flatMap((p) => p.extraction.warnings).map((w) => `${w.file}: ${w.field}: ${w.message}`),
    },
  };
}

async function processArticle(article: Article, knowledge: Awaited<ReturnType<typeof loadKnowledge>>, cache: ExtractionCache<CachedArticle>): Promise<CachedArticle> {
  const fingerprint = createHash('sha256').update(JSON.stringify([article.id, article.meta, article.body])).digest('hex');
  const key = ExtractionCache.key(fingerprint, knowledge.version, EXTRACTOR_VERSION);
  const hit = await cache.get(key);
  if (hit) return hit;
  const parsed = parseArticle(article, knowledge);
  const result = { parsed, extraction: extractEntries(parsed, knowledge) };
  await cache.set(key, result);
  return result;
}
