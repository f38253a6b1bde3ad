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
import { readPageMetadata, withoutSiteSuffix, type PageDocument, type PageMetadata } from './pageMetadata.ts';
import { contentFileName, renderContentFile } from './toMarkdown.ts';
import type { Decision, IngestFlags, IngestResult, Line, Outlet, Provenance } from './types.ts';

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

/** Readability's reading of a page that has an article. */
type ReadArticle = NonNullable<ReturnType<Readability['parse']>>;

/**
 * A saved news page (HTML) → a content file: the article extracted by Mozilla Readability, turned into
 * Markdown by the unified tools, the noise rules applied to what is left; the front matter from the
 * flags, else from the page's own markup (JSON-LD, Open Graph, meta tags), each with where it came from.
 * What cannot be established is asked for, never invented; what is about to be written is checked as a
 * build would check it.
 */
export function ingestHtml({ html, flags, rules, outlets }: HtmlInput): IngestResult {
  const found = readArticle(html);
  if ('problem' in found) return { ok: false, missing: [], invalid: [found.problem] };
  const { page, read } = found;

  const source = decideSource(flags, page, read, outlets);
  const title = decideTitle(flags, page, read, source.value);
  const published = decidePublished(flags, page, read);
  const url = flags.url ?? page.url?.value;
  const kind = decideKind(flags, page);
  const authors = decideAuthors(flags, page, read, source.value);

  const invalid = [...(published.invalid ? [published.invalid] : []), ...invalidRetrieved(flags)];
  const missing = [source, title, published].flatMap((d) => (d.missing ? [d.missing] : []));
  if (invalid.length > 0 || missing.length > 0 || !title.value || !source.value || !published.value) return { ok: false, missing, invalid };

  const cleaned = dropNoise(htmlToMarkdown(read.content ?? ''), rules);
  const body = withLiveSections(cleaned.body, kind.value, page);
  const meta: ArticleMeta = {
    title: title.value,
    source: source.value,
    published: published.value,
    ...(url ? { url } : {}),
    kind: kind.value,
    authors: authors.value,
    ...(flags.retrieved ? { retrieved: flags.retrieved } : {}),
  };
  const file = renderContentFile(meta, body);
  const fileName = contentFileName(meta);

  // What `add` writes always builds: the build's own check of the file, before anything is written.
  const checked = parseContentFile(fileName, new TextEncoder().encode(file));
  if (!checked.ok) return { ok: false, missing: [], invalid: checked.problems.map((p) => `${p.field}: ${p.message}`) };

  const quotes = body.split(/\n{2,}/).reduce((n, b) => n + findQuotes(b).length, 0);
  const posts = (body.match(/^## /gm) ?? []).length;
  const provenance: Provenance = { title: title.how, source: source.how, published: published.how, kind: kind.how, authors: authors.how };
  const notes = published.note ? [published.note] : [];
  return { ok: true, meta, body, file, fileName, lines: cleaned.lines, provenance, posts, quotes, notes };
}

/** The page's own metadata and Readability's article, or why the page holds no article. */
function readArticle(html: string): { page: PageMetadata; read: ReadArticle } | { problem: string } {
  const { document } = parseHTML(html);
  // The metadata first: Readability rewrites the document as it reads it (its scripts, JSON-LD included, go).
  const page = readPageMetadata(document as unknown as PageDocument);
  const read = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  const words = (read?.textContent ?? '').split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  if (!read || words < MIN_ARTICLE_WORDS)
    return { problem: `the page has no article text (${words} words found): is it a home page, an error page or an index?` };
  return { page, read };
}

/** The outlet: --source, else the site the page names (as outlets.yaml spells it), else Readability's site name. */
function decideSource(flags: IngestFlags, page: PageMetadata, read: ReadArticle, outlets: Outlet[]): Decision<string | null> {
  const sourceFound = page.source ?? (read.siteName ? { value: read.siteName, from: 'Readability site name' } : null);
  if (flags.source) return { value: flags.source.trim(), how: '--source' };
  if (sourceFound) return { value: knownOutlet(sourceFound.value, outlets), how: sourceFound.from };
  return { value: null, how: '', missing: { flag: '--source NAME', why: 'the page does not name its site' } };
}

/** The title: --title, else the page's headline, else Readability's title without the site's name. */
function decideTitle(flags: IngestFlags, page: PageMetadata, read: ReadArticle, source: string | null): Decision<string | null> {
  const titleFound = page.title ?? (read.title ? { value: withoutSiteSuffix(read.title, source), from: 'Readability title' } : null);
  if (flags.title) return { value: flags.title.trim(), how: '--title' };
  if (titleFound) return { value: titleFound.value, how: titleFound.from };
  return { value: null, how: '', missing: { flag: '--title TITLE', why: 'the page has no headline' } };
}

/** The publication date: --published (checked; `invalid` when it is no date), else the page's date, else Readability's. */
function decidePublished(flags: IngestFlags, page: PageMetadata, read: ReadArticle): Decision<string | null> & { invalid?: string } {
  const readabilityDate = read.publishedTime ? { value: read.publishedTime, from: 'Readability published time' } : null;
  const publishedFound = page.published ?? (readabilityDate && isIsoDate(readabilityDate.value) ? readabilityDate : null);
  if (flags.published) {
    const decision = {
      value: flags.published,
      how: '--published',
      ...(isIsoDate(flags.published)
        ? {}
        : { invalid: `--published ${JSON.stringify(flags.published)} is not a date (use YYYY-MM-DD or YYYY-MM-DDTHH:mm±hh:mm)` }),
    };
    if (publishedFound && publishedFound.value.slice(0, 10) !== flags.published.slice(0, 10))
      return { ...decision, note: `--published overrides the page's date (${publishedFound.from}): ${publishedFound.value}` };
    return decision;
  }
  if (publishedFound) return { value: publishedFound.value, how: publishedFound.from };
  return { value: null, how: '', missing: { flag: '--published YYYY-MM-DD', why: 'the page does not state its publication date' } };
}

/** Article or live blog: --kind, else a live blog when the markup has live-blog updates. */
function decideKind(flags: IngestFlags, page: PageMetadata): Decision<ArticleKind> {
  if (flags.kind) return { value: flags.kind, how: '--kind' };
  if (page.liveblog && page.liveblog.value.length > 0)
    return { value: 'liveblog', how: `${page.liveblog.from}, ${page.liveblog.value.length} updates` };
  return { value: 'article', how: 'no live-blog updates in the markup' };
}

/** The authors: --authors, else the page's authors, else Readability's byline (unless it is a date or the outlet). */
function decideAuthors(flags: IngestFlags, page: PageMetadata, read: ReadArticle, source: string | null): Decision<string[]> {
  const byline = read.byline && !/\d{4}/.test(read.byline) && read.byline !== source ? read.byline.replace(/^by\s+/i, '').trim() : null;
  if (flags.authors) return { value: flags.authors, how: '--authors' };
  if (page.authors) return { value: page.authors.value, how: page.authors.from };
  if (byline) return { value: byline.split(/\s*(?:,|\band\b)\s*/).filter(Boolean), how: 'byline' };
  return { value: [], how: 'no byline on the page' };
}

/** A --retrieved that is no date, as its message; none otherwise. */
function invalidRetrieved(flags: IngestFlags): string[] {
  return flags.retrieved !== undefined && !isIsoDate(flags.retrieved)
    ? [`--retrieved ${JSON.stringify(flags.retrieved)} is not a date`]
    : [];
}

/** A live blog's body: the cleaned article text, then its posts from the markup as sections. */
function withLiveSections(body: string, kind: ArticleKind, page: PageMetadata): string {
  return kind === 'liveblog' && page.liveblog && page.liveblog.value.length > 0
    ? `${body.trim()}\n\n${liveSections(page.liveblog.value)}\n`
    : body;
}
