// What a saved news page says about itself in its markup: JSON-LD, Open Graph and article meta tags,
// <time datetime>, the canonical link, the byline. Each value carries where it was read from.

/** The little of a DOM this needs (linkedom's and the browser's documents both have it). */
export interface PageDocument {
  querySelectorAll(selector: string): Iterable<PageElement> & ArrayLike<PageElement>;
  querySelector(selector: string): PageElement | null;
}
export interface PageElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

export interface Found<T> {
  value: T;
  /** Where on the page: `JSON-LD datePublished`, `meta og:site_name`, `<h1>`. */
  from: string;
}

export interface LiveUpdate {
  /** ISO 8601 instant of the post, as the page gives it. */
  published: string;
  headline: string | null;
  body: string;
}

export interface PageMetadata {
  title: Found<string> | null;
  source: Found<string> | null;
  published: Found<string> | null;
  url: Found<string> | null;
  authors: Found<string[]> | null;
  liveblog: Found<LiveUpdate[]> | null;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|LiveBlogPosting|OpinionNewsArticle|WebPage)$/;

const text = (v: Json | undefined): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const list = (v: Json | undefined): Json[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const typesOf = (o: { [key: string]: Json }): string[] => list(o['@type']).filter((t): t is string => typeof t === 'string');

/** Every JSON-LD object of the page, @graph members included. */
function jsonLdObjects(doc: PageDocument): Array<{ [key: string]: Json }> {
  const out: Array<{ [key: string]: Json }> = [];
  const visit = (v: Json) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v);
      if (v['@graph']) visit(v['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? '') as Json);
    } catch {
      // A page's broken JSON-LD is not ours to fix: the other sources of metadata remain.
    }
  }
  return out;
}

function nameOf(v: Json | undefined): string | null {
  if (typeof v === 'string') return text(v);
  if (v && typeof v === 'object' && !Array.isArray(v)) return text(v.name);
  return null;
}

function meta(doc: PageDocument, ...keys: string[]): Found<string> | null {
  for (const key of keys) {
    const el =
      doc.querySelector(`meta[property="${key}"]`) ??
      doc.querySelector(`meta[name="${key}"]`) ??
      doc.querySelector(`meta[itemprop="${key}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return { value, from: `meta ${key}` };
  }
  return null;
}

/** "Headline | The Site", "Headline - Site News": the page title without the site's name. */
export function withoutSiteSuffix(title: string, site: string | null): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title.trim();
  const last = (parts[parts.length - 1] ?? '').toLowerCase();
  const siteWords = (site ?? '').toLowerCase().replace(/^the\s+/, '');
  if (!site || last.includes(siteWords) || siteWords.includes(last)) return parts.slice(0, -1).join(' - ').trim();
  return title.trim();
}

/** A date or date-time as the content format takes it: offsets kept, fractions dropped, a bare local time reduced to its day. */
export function normaliseDate(value: string): string | null {
  const v = value.trim();
  let m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(v);
  if (m) {
    const [, day, hm, sec, zone] = m;
    if (!zone) return day ?? null;
    const offset = zone === 'Z' ? '+00:00' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    return `${day}T${hm}:${sec ?? '00'}${offset}`;
  }
  m = /^(\d{4}-\d{2}-\d{2})$/.exec(v);
  if (m) return m[1] ?? null;
  // parsely-style and ptime-style stamps: 20170113000004 → 2017-01-13
  m = /^(\d{4})(\d{2})(\d{2})\d{0,6}$/.exec(v);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  return null;
}

/** "…/2015/03/18/…": the day in the page's canonical address, as many outlets build them. */
function dateInUrl(doc: PageDocument): Found<string> | null {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url')?.value ?? '';
  const m = /\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})\//.exec(href);
  const day = m ? normaliseDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
  return day && !Number.isNaN(Date.parse(day)) ? { value: day, from: 'the date in the canonical URL' } : null;
}

/** The metadata a page states about its article; the caller decides what flags override. */
export function readPageMetadata(doc: PageDocument): PageMetadata {
  const objects = jsonLdObjects(doc);
  const article = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage')) ?? null;
  const source = findSource(doc, article);
  const title = findTitle(doc, article, source);
  const published = findPublished(doc, article);
  const url = findUrl(doc);
  const authors = findAuthors(doc, article);
  const liveblog = findLiveblog(objects);
  return { title, source, published, url, authors, liveblog };
}

/** A string property of the page's JSON-LD article, or null. */
function ldText(article: JsonObject | null, key: string): string | null {
  return article ? text(article[key]) : null;
}

/** The text of the first element matching `selector`, whitespace collapsed, or undefined. */
function elementText(doc: PageDocument, selector: string): string | undefined {
  return doc.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
}

/** The site's name: the JSON-LD publisher, else og:site_name or application-name, else the name after the headline in <title>. */
function findSource(doc: PageDocument, article: JsonObject | null): Found<string> | null {
  const siteName = meta(doc, 'og:site_name', 'application-name');
  const publisher = article ? nameOf(article.publisher as Json) : null;
  const pageTitle = elementText(doc, 'title');
  // "United States to Lift Sudan Sanctions - The New York Times": the site named after the headline in <title>.
  const suffix = pageTitle ? /\s[|–—-]\s([^|–—-]{2,60})$/.exec(pageTitle)?.[1]?.trim() : undefined;
  const titled = suffix && !/^\d/.test(suffix) ? { value: suffix, from: '<title>, after the headline' } : null;
  return publisher ? { value: publisher, from: 'JSON-LD publisher.name' } : (siteName ?? titled);
}

/** The headline: JSON-LD, else og:title or twitter:title, else <h1>, else <title> (the site's name taken off). */
function findTitle(doc: PageDocument, article: JsonObject | null, source: Found<string> | null): Found<string> | null {
  const h1 = elementText(doc, 'h1');
  const pageTitle = elementText(doc, 'title');
  const headline = ldText(article, 'headline');
  const og = meta(doc, 'og:title', 'twitter:title');
  return headline
    ? { value: headline, from: 'JSON-LD headline' }
    : og
      ? { value: withoutSiteSuffix(og.value, source?.value ?? null), from: og.from }
      : h1
        ? { value: h1, from: '<h1>' }
        : pageTitle
          ? { value: withoutSiteSuffix(pageTitle, source?.value ?? null), from: '<title>, without the site name' }
          : null;
}

/** The publication date from the first of JSON-LD, meta tags, itemprop, <time datetime> and the canonical URL that has one. */
function findPublished(doc: PageDocument, article: JsonObject | null): Found<string> | null {
  const dated = (value: string | null | undefined, from: string): Found<string> | null => {
    const day = value ? normaliseDate(value) : null;
    return day ? { value: day, from } : null;
  };
  const timeEl = doc.querySelector('time[datetime]');
  return (
    dated(ldText(article, 'datePublished'), 'JSON-LD datePublished') ??
    dated(meta(doc, 'article:published_time')?.value, 'meta article:published_time') ??
    dated(meta(doc, 'datePublished')?.value, 'meta datePublished') ??
    dated(
      doc.querySelector('[itemprop="datePublished"]')?.getAttribute('content') ??
        doc.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime'),
      'itemprop datePublished',
    ) ??
    dated(
      meta(doc, 'parsely-pub-date', 'article.published', 'ptime', 'pubdate', 'publish-date', 'date', 'DC.date.issued')?.value,
      'meta publication date',
    ) ??
    dated(timeEl?.getAttribute('datetime'), '<time datetime>') ??
    dateInUrl(doc)
  );
}

/** The page's address: the canonical link, else og:url, when it is http(s). */
function findUrl(doc: PageDocument): Found<string> | null {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const ogUrl = meta(doc, 'og:url');
  return canonical && /^https?:\/\//i.test(canonical)
    ? { value: canonical, from: 'canonical link' }
    : ogUrl && /^https?:\/\//i.test(ogUrl.value)
      ? ogUrl
      : null;
}

/** "By A, B and C" → the names, without links or empty parts. */
function authorNames(value: string): string[] {
  return value
    .replace(/^by\s+/i, '')
    .split(/\s*(?:,|\band\b|&)\s*/i)
    .map((a) => a.trim())
    .filter((a) => a !== '' && !/^https?:/.test(a) && /\p{L}/u.test(a));
}

/** The authors: JSON-LD author names, else the author meta tag split into names. */
function findAuthors(doc: PageDocument, article: JsonObject | null): Found<string[]> | null {
  const ldAuthors = article
    ? list(article.author as Json)
        .map(nameOf)
        .filter((n): n is string => n !== null)
    : [];
  const metaAuthor = meta(doc, 'author', 'article:author', 'byl');
  return ldAuthors.length > 0
    ? { value: ldAuthors, from: 'JSON-LD author' }
    : metaAuthor && authorNames(metaAuthor.value).length > 0
      ? { value: authorNames(metaAuthor.value), from: metaAuthor.from }
      : null;
}

/** A JSON-LD LiveBlogPosting's updates that have a time and a body, or null when the page is no live blog. */
function findLiveblog(objects: readonly JsonObject[]): Found<LiveUpdate[]> | null {
  const live = objects.find((o) => typesOf(o).includes('LiveBlogPosting'));
  if (!live) return null;
  const updates = list(live.liveBlogUpdate as Json)
    .filter((u): u is JsonObject => !!u && typeof u === 'object' && !Array.isArray(u))
    .map((u) => ({ published: text(u.datePublished) ?? '', headline: text(u.headline), body: text(u.articleBody) ?? '' }))
    .filter((u) => u.published !== '' && u.body !== '');
  return { value: updates, from: 'JSON-LD LiveBlogPosting' };
}
