import type { Knowledge } from '../knowledge/types.ts';
import type { Article, Paragraph, ParsedArticle, Post } from '../types.ts';
import { makeAnchorFactory } from './blockAnchors.ts';
import { markdownToBlocks, withId } from './markdownToBlocks.ts';
import { parsePostHeading, toInstant } from './parsePostHeading.ts';

/** An article → its blocks with stable anchors and its live-blog posts with their UTC instants. */
export function parseArticle(article: Article, knowledge: Pick<Knowledge, 'timezones'>): ParsedArticle {
  const date = article.meta.published.slice(0, 10);
  const anchorFor = makeAnchorFactory();
  const lineOf = (bodyLine: number) => article.bodyLine + bodyLine - 1;
  const paragraphs: Paragraph[] = [];
  const posts: Post[] = [];

  for (const block of markdownToBlocks(article.body)) {
    const heading = block.kind === 'heading' ? parsePostHeading(block.text) : null;
    if (heading) {
      const anchor = anchorFor('post', `${heading.label} ${heading.headline}`);
      const zone = heading.zone ? knowledge.timezones[heading.zone] : undefined;
      posts.push({
        index: posts.length,
        anchor,
        label: heading.label,
        headline: heading.headline,
        time: heading.time,
        zone: heading.zone,
        instant: heading.time ? toInstant(date, heading.time, zone) : null,
        date,
      });
      paragraphs.push({ anchor, kind: 'heading', text: block.text, html: withId(block.html, anchor), post: posts.length - 1, line: lineOf(block.line) });
      continue;
    }
    const anchor = anchorFor(block.kind === 'heading' ? 'h' : 'p', block.text);
    const post = posts.length > 0 ? posts.length - 1 : null;
    paragraphs.push({ anchor, kind: block.kind, text: block.text, html: withId(block.html, anchor), post, line: lineOf(block.line) });
  }
  return { article, paragraphs, posts, date };
}
