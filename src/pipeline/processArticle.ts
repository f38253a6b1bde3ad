import { extractEntries, type ArticleExtraction } from '../extract/extractEntries.ts';
import type { Knowledge } from '../knowledge/types.ts';
import { topicsFromContext } from '../model/topicsFromContext.ts';
import { parseArticle } from '../parse/parseArticle.ts';
import type { Article, ParsedArticle } from '../types.ts';

/** What the pipeline keeps per article between builds (the cache holds exactly this). */
export interface ProcessedArticle {
  parsed: ParsedArticle;
  extraction: ArticleExtraction;
}

/**
 * Parse, extract, then give entries whose own words name no topic the topics of their context (its
 * paragraphs are at hand only here): the per-article half of the pipeline, independent of every other
 * article, and cached.
 */
export function processArticle(article: Article, knowledge: Knowledge): ProcessedArticle {
  const parsed = parseArticle(article, knowledge);
  return { parsed, extraction: topicsFromContext(parsed, extractEntries(parsed, knowledge), knowledge) };
}
