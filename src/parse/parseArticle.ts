import type { Knowledge } from '../knowledge/types.ts';
import type { Article, Paragraph, ParsedArticle, Post } from '../types.ts';
import { makeAnchorFactory } from './blockAnchors.ts';
import { blocksToHtml, markdownToBlocks } from './markdownToBlocks.ts';
import { parsePostHeading, toInstant } from './parsePostHeading.ts';

/** An article → its blocks with stable anchors and its live-blog posts with their UTC instants. */
export function parseArticle(article: Article, knowledge: Pick<Knowledge, 'timezones'>): ParsedArticle {
  const date = article.meta.published.slice(0, 10);
  const anchorFor = makeAnchorFactory();
  const lineOf = (bodyLine: number) => article.bodyLine + bodyLine - 1;
  const placed: Array<Omit<Paragraph, 'html'>> = [];
  const posts: Post[] = [];

  const blocks = markdownToBlocks(article.body);
  for (const block of blocks) {
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
      placed.push({ anchor, kind: 'heading', text: block.text, post: posts.length - 1, line: lineOf(block.line) });
      continue;
    }
    const anchor = anchorFor(block.kind === 'heading' ? 'h' : 'p', block.text);
    const post = posts.length > 0 ? posts.length - 1 : null;
    placed.push({ anchor, kind: block.kind, text: block.text, post, line: lineOf(block.line) });
  }
  // The anchors become the blocks' ids.
  const html = blocksToHtml(
    blocks,
    placed.map((p) => p.anchor),
  );
  const paragraphs: Paragraph[] = placed.map((p, i) => ({
    anchor: p.anchor,
    kind: p.kind,
    text: p.text,
    html: html[i] ?? '',
    post: p.post,
    line: p.line,
  }));
  return { article, paragraphs, posts, date };
}
