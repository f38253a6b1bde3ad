import { stringify } from 'yaml';
import { slugify } from '../slugify.ts';
import type { ArticleMeta } from '../types.ts';
import type { Block, Sections } from './liveblog.ts';

/**
 * Plain text → Markdown that reads back as the same text: characters that would
 * start emphasis, code, links or HTML are backslash-escaped, and so is a line start
 * that would make a heading, quote, list or rule.
 */
export function escapeMarkdown(text: string): string {
  let out = text
    .replace(/\\/g, '\\\\')
    .replace(/([*_`[\]<])/g, '\\$1')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
  out = out.replace(/^(#{1,6}(?=\s|$)|>|[-+](?=\s)|=+$|-+$|~{3,})/u, (m) => `\\${m}`);
  out = out.replace(/^(\d{1,9})([.)])(?=\s|$)/u, '$1\\$2');
  return out;
}

/** A heading's text: escaped, and a trailing `#` kept from reading as a closing sequence. */
function headingText(text: string): string {
  return escapeMarkdown(text).replace(/#+$/u, (m) => m.replace(/#/g, '\\#'));
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'subhead':
      return `### ${headingText(block.text)}`;
    case 'figure':
      return `*Photo: ${escapeMarkdown(block.text)}${block.credit ? ` (${escapeMarkdown(block.credit)})` : ''}*`;
    default:
      return escapeMarkdown(block.text);
  }
}

/**
 * The Markdown body: the lead's paragraphs, then each live-blog post as a
 * `## <time> — <headline>` section. Ends with one newline.
 */
export function renderBody(sections: Sections): string {
  const parts: string[] = sections.lead.map(renderBlock);
  for (const post of sections.posts) {
    parts.push(post.headline === null ? `## ${post.label} —` : `## ${post.label} — ${headingText(post.headline)}`);
    parts.push(...post.blocks.map(renderBlock));
  }
  return `${parts.join('\n\n')}\n`;
}

/** Front matter in a fixed field order; url and retrieved only when known. */
export function renderFrontMatter(meta: ArticleMeta): string {
  const ordered: Record<string, unknown> = {
    title: meta.title,
    source: meta.source,
    published: meta.published,
    ...(meta.url ? { url: meta.url } : {}),
    kind: meta.kind,
    authors: meta.authors,
    ...(meta.retrieved ? { retrieved: meta.retrieved } : {}),
  };
  return stringify(ordered, { lineWidth: 0 });
}

/** A whole content file. */
export function renderContentFile(meta: ArticleMeta, body: string): string {
  return `---\n${renderFrontMatter(meta)}---\n\n${body}`;
}

/** Longest slug in a content file's name. */
const SLUG_MAX = 60;

/** The content file an article is saved as: `2025-04-04-trump-wont-participate.md`, its published day and title. */
export function contentFileName(meta: Pick<ArticleMeta, 'published' | 'title'>): string {
  return `${meta.published.slice(0, 10)}-${slugify(meta.title, SLUG_MAX) || 'article'}.md`;
}
