import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { utcClock } from '../dates/utc.ts';
import type { NoiseRules } from '../knowledge/noiseRules.ts';
import { isIsoDate } from '../load/frontMatterSchema.ts';
import { parseContentFile } from '../load/parseContentFile.ts';
import { findQuotes } from '../text/findQuotes.ts';
import type { ArticleKind, ArticleMeta } from '../types.ts';
import { htmlToMarkdown } from './htmlToMarkdown.ts';
import { classifyNoise } from './noise.ts';
import { readPageMetadata, withoutSiteSuffix, type PageDocument } from './pageMetadata.ts';
import { contentFileName, renderContentFile } from './toMarkdown.ts';
import type { IngestFlags, IngestResult, Line, Missing, Outlet, Provenance } from './types.ts';

export interface HtmlInput {
  html: string;
  flags: IngestFlags;
  rules: NoiseRules;
  outlets: Outlet[];
}

/** Fewer words than this is not an article: a home page, an error page, an empty shell. */
const MIN_ARTICLE_WORDS = 80;

/** An outlet of outlets.yaml named like the page's site ("the Guardian" → The Guardian). */
function knownOutlet(name: string, outlets: Outlet[]): string {
  const key = name.toLowerCase().replace(/^the\s+/, '');
  return outlets.find((o) => o.name.toLowerCase().replace(/^the\s+/, '') === key)?.name ?? name;
}

/** Markdown blocks with the noise rules applied to their text; the dropped ones as lines for the summary. */
function dropNoise(markdown: string, rules: NoiseRules): { body: string; lines: Line[] } {
  const blocks = markdown.split(/\n{2,}/).filter((b) => b.trim() !== '');
  const plain = blocks.map((b) =>
    b
      .replace(/^(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  const labels = classifyNoise(plain, rules);
  const lines: Line[] = blocks.map((_, i) => ({
    n: i + 1,
    text: plain[i] ?? '',
    role: labels[i] ? 'noise' : 'text',
    reason: labels[i] ?? null,
  }));
  const kept = blocks.filter((_, i) => !labels[i]);
  return { body: `${kept.join('\n\n')}\n`, lines };
}

/** A live blog's posts (JSON-LD liveBlogUpdate) as `## HH:MM UTC — headline` sections, oldest first. */
function liveSections(updates: Array<{ published: string; headline: string | null; body: string }>): string {
  const timed = updates
    .map((u) => ({ ...u, at: Date.parse(u.published) }))
    .filter((u) => !Number.isNaN(u.at))
    .sort((a, b) => a.at - b.at);
  return timed
    .map((u) => {
      const time = utcClock(u.at);
      const headline = (u.headline ?? '').replace(/\s+/g, ' ').trim();
      const body = htmlToMarkdown(/<[a-z]/i.test(u.body) ? u.body : `<p>${escapeText(u.body)}</p>`).trim();
      return `## ${time} UTC — ${headline}\n\n${body}`;
    })
    .join('\n\n');
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A saved news page (HTML) → a content file: the article extracted by Mozilla Readability, turned into
 * Markdown by the unified tools, the noise rules applied to what is left; the front matter from the
 * flags, else from the page's own markup (JSON-LD, Open Graph, meta tags), each with where it came from.
 * What cannot be established is asked for, never invented; what is about to be written is checked as a
 * build would check it.
 */
export function ingestHtml({ html, flags, rules, outlets }: HtmlInput): IngestResult {
  const { document } = parseHTML(html);
  const page = readPageMetadata(document as unknown as PageDocument);
  const read = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  const words = (read?.textContent ?? '').split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  if (!read || words < MIN_ARTICLE_WORDS) {
    return {
      ok: false,
      missing: [],
      invalid: [`the page has no article text (${words} words found): is it a home page, an error page or an index?`],
    };
  }

  const missing: Missing[] = [];
  const invalid: string[] = [];
  const notes: string[] = [];
  const provenance: Provenance = { title: '', source: '', published: '', kind: '', authors: '' };

  const sourceFound = page.source ?? (read.siteName ? { value: read.siteName, from: 'Readability site name' } : null);
  let source: string | null = null;
  if (flags.source) [source, provenance.source] = [flags.source.trim(), '--source'];
  else if (sourceFound) [source, provenance.source] = [knownOutlet(sourceFound.value, outlets), sourceFound.from];
  else missing.push({ flag: '--source NAME', why: 'the page does not name its site' });

  const titleFound = page.title ?? (read.title ? { value: withoutSiteSuffix(read.title, source), from: 'Readability title' } : null);
  let title: string | null = null;
  if (flags.title) [title, provenance.title] = [flags.title.trim(), '--title'];
  else if (titleFound) [title, provenance.title] = [titleFound.value, titleFound.from];
  else missing.push({ flag: '--title TITLE', why: 'the page has no headline' });

  const readabilityDate = read.publishedTime ? { value: read.publishedTime, from: 'Readability published time' } : null;
  const publishedFound = page.published ?? (readabilityDate && isIsoDate(readabilityDate.value) ? readabilityDate : null);
  let published: string | null = null;
  if (flags.published) {
    if (!isIsoDate(flags.published))
      invalid.push(`--published ${JSON.stringify(flags.published)} is not a date (use YYYY-MM-DD or YYYY-MM-DDTHH:mm±hh:mm)`);
    [published, provenance.published] = [flags.published, '--published'];
    if (publishedFound && publishedFound.value.slice(0, 10) !== flags.published.slice(0, 10))
      notes.push(`--published overrides the page's date (${publishedFound.from}): ${publishedFound.value}`);
  } else if (publishedFound) [published, provenance.published] = [publishedFound.value, publishedFound.from];
  else missing.push({ flag: '--published YYYY-MM-DD', why: 'the page does not state its publication date' });

  const url = flags.url ?? page.url?.value;
  let kind: ArticleKind = 'article';
  if (flags.kind) [kind, provenance.kind] = [flags.kind, '--kind'];
  else if (page.liveblog && page.liveblog.value.length > 0)
    [kind, provenance.kind] = ['liveblog', `${page.liveblog.from}, ${page.liveblog.value.length} updates`];
  else provenance.kind = 'no live-blog updates in the markup';

  let authors: string[] = [];
  const byline = read.byline && !/\d{4}/.test(read.byline) && read.byline !== source ? read.byline.replace(/^by\s+/i, '').trim() : null;
  if (flags.authors) [authors, provenance.authors] = [flags.authors, '--authors'];
  else if (page.authors) [authors, provenance.authors] = [page.authors.value, page.authors.from];
  else if (byline) [authors, provenance.authors] = [byline.split(/\s*(?:,|\band\b)\s*/).filter(Boolean), 'byline'];
  else provenance.authors = 'no byline on the page';

  if (flags.retrieved !== undefined && !isIsoDate(flags.retrieved))
    invalid.push(`--retrieved ${JSON.stringify(flags.retrieved)} is not a date`);
  if (invalid.length > 0 || missing.length > 0 || !title || !source || !published) return { ok: false, missing, invalid };

  const cleaned = dropNoise(htmlToMarkdown(read.content ?? ''), rules);
  const body =
    kind === 'liveblog' && page.liveblog && page.liveblog.value.length > 0
      ? `${cleaned.body.trim()}\n\n${liveSections(page.liveblog.value)}\n`
      : cleaned.body;
  const meta: ArticleMeta = {
    title,
    source,
    published,
    ...(url ? { url } : {}),
    kind,
    authors,
    ...(flags.retrieved ? { retrieved: flags.retrieved } : {}),
  };
  const file = renderContentFile(meta, body);
  const fileName = contentFileName(meta);

  // What `add` writes always builds: the build's own check of the file, before anything is written.
  const checked = parseContentFile(fileName, new TextEncoder().encode(file));
  if (!checked.ok) return { ok: false, missing: [], invalid: checked.problems.map((p) => `${p.field}: ${p.message}`) };

  const quotes = body.split(/\n{2,}/).reduce((n, b) => n + findQuotes(b).length, 0);
  const posts = (body.match(/^## /gm) ?? []).length;
  return { ok: true, meta, body, file, fileName, lines: cleaned.lines, provenance, posts, quotes, notes };
}
