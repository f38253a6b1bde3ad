import { assignTopics } from '../extract/assignTopics.ts';
import type { ArticleExtraction } from '../extract/extractEntries.ts';
import type { Knowledge } from '../knowledge/types.ts';
import type { Entry, ParsedArticle, Ref } from '../types.ts';

/**
 * Topics for entries whose own words name none. A statement's topics come from its own words first
 * (at extraction); when they name no topic, from the paragraph it stands in; and a quote with a
 * speaker that still has none, from its post's headline or the article's title, which say what the
 * report is about. Entries with topics of their own are returned as they are.
 */
export function topicsFromContext(article: ParsedArticle, extraction: ArticleExtraction, knowledge: Knowledge): ArticleExtraction {
  const paragraphs = new Map(article.paragraphs.map((p) => [p.anchor, p]));
  const postHeadlines = new Map(article.posts.map((p) => [p.index, p.headline]));
  const title = article.article.meta.title;
  const ref = (t: { name: string; slug: string }): Ref => ({ name: t.name, slug: t.slug });
  let changed = false;
  const entries = extraction.entries.map((e): Entry => {
    if (e.topics.length > 0) return e;
    const source = e.sources.find((s) => s.article === extraction.articleId);
    const paragraph = source ? paragraphs.get(source.anchor) : undefined;
    let topics = paragraph ? assignTopics(paragraph.text, knowledge) : [];
    const headline = e.headline ?? (paragraph?.post != null ? postHeadlines.get(paragraph.post) : undefined);
    if (topics.length === 0 && e.quote && e.speaker) topics = assignTopics(headline ?? title, knowledge);
    if (topics.length === 0) return e;
    changed = true;
    return { ...e, topics: topics.map(ref) };
  });
  return changed ? { ...extraction, entries } : extraction;
}
