// The page shell every template shares: head (CSP, canonical, Open Graph, JSON-LD), header
// navigation, main landmark and footer.
import { flatten, html, type SafeHtml } from '../../src/render/html.ts';
import { jsonLdScript, type JsonValue } from '../../src/render/jsonLd.ts';
import { snippet } from '../../src/site/entryTitle.ts';
import { paths } from '../../src/site/paths.ts';
import { absoluteUrl, href, type SiteConfig } from '../../src/site/siteConfig.ts';

/**
 * No inline script or style anywhere; scripts only from this site. Pagefind compiles its
 * WebAssembly at run time, which needs 'wasm-unsafe-eval' (and nothing broader).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

export type Section = 'timeline' | 'key-moments' | 'people' | 'places' | 'topics' | 'dates' | 'articles' | 'search' | 'about';

const SECTIONS: ReadonlyArray<{ key: Section; label: string; path: string }> = [
  { key: 'timeline', label: 'Timeline', path: paths.home },
  { key: 'key-moments', label: 'Key moments', path: paths.keyMoments },
  { key: 'people', label: 'People', path: paths.people },
  { key: 'places', label: 'Places', path: paths.places },
  { key: 'topics', label: 'Topics', path: paths.topics },
  { key: 'dates', label: 'Dates', path: paths.dates },
  { key: 'articles', label: 'Articles', path: paths.articles },
  { key: 'search', label: 'Search', path: paths.search },
  { key: 'about', label: 'About', path: paths.about },
];

export interface FeedLink {
  title: string;
  path: string;
  type: 'application/atom+xml' | 'application/feed+json';
}

export interface PageMeta {
  /** The page's own title; the site name is appended in `<title>`. */
  title: string;
  description: string;
  /** Canonical site path of this page. */
  path: string;
  section?: Section;
  ogType?: 'website' | 'article';
  jsonLd?: JsonValue[];
  /** Site paths of scripts, loaded with `defer`. */
  scripts?: string[];
  /** Site paths of extra stylesheets. */
  styles?: string[];
  /** Marks `<main>` as what Pagefind indexes; pages without it stay out of search. */
  searchable?: boolean;
  feeds?: FeedLink[];
  /** For pages that must not be indexed by search engines (404). */
  noindex?: boolean;
}

/** Longer `<title>`s are cut off in tabs and search results anyway. */
const MAX_TITLE = 70;

const SITE_FEEDS: FeedLink[] = [
  { title: 'all entries (Atom)', path: paths.feedAtom, type: 'application/atom+xml' },
  { title: 'all entries (JSON Feed)', path: paths.feedJson, type: 'application/feed+json' },
];

// The header navigation (one per section) and the footer are the same on thousands of pages:
// made once per site configuration.
const chrome = new WeakMap<
  SiteConfig,
  { nav: Map<Section | undefined, SafeHtml>; footer: SafeHtml; siteFeeds: SafeHtml; icons: SafeHtml }
>();

function chromeOf(site: SiteConfig) {
  let c = chrome.get(site);
  if (!c) {
    c = {
      nav: new Map(),
      icons: html`<link rel="icon" href="${href(site, paths.favicon)}" type="image/svg+xml">
<link rel="stylesheet" href="${href(site, paths.stylesheet)}">`,
      siteFeeds: html`${SITE_FEEDS.map((f) => feedLink(site, { ...f, title: `${site.title}: ${f.title}` }))}`,
      footer: flatten(html`<footer class="site-footer">
<nav aria-label="Feeds and data">
<ul>
<li><a href="${href(site, paths.feedAtom)}">Atom feed</a></li>
<li><a href="${href(site, paths.feedJson)}">JSON Feed</a></li>
<li><a href="${href(site, paths.timelineJson)}">timeline.json</a></li>
<li><a href="${href(site, paths.timelineJsJson)}">TimelineJS data</a></li>
<li><a href="${href(site, paths.sitemap)}">Sitemap</a></li>
<li><a href="${href(site, paths.about)}">About this site</a></li>
</ul>
</nav>
<p>Generated from press coverage by ${site.title}. Quotes belong to their speakers and reports to their publishers.</p>
</footer>`),
    };
    chrome.set(site, c);
  }
  return c;
}

function feedLink(site: SiteConfig, f: FeedLink): SafeHtml {
  return html`<link rel="alternate" type="${f.type}" title="${f.title}" href="${href(site, f.path)}">\n`;
}

function siteNav(site: SiteConfig, section: Section | undefined): SafeHtml {
  const { nav } = chromeOf(site);
  let markup = nav.get(section);
  if (!markup) {
    markup = flatten(html`<header class="site-header">
<p class="site-name"><a href="${href(site, paths.home)}">${site.title}</a></p>
<nav aria-label="Site">
<ul>
${SECTIONS.map((s) => html`<li><a href="${href(site, s.path)}"${s.key === section ? html` aria-current="page"` : ''}>${s.label}</a></li>\n`)}</ul>
</nav>
</header>`);
    nav.set(section, markup);
  }
  return markup;
}

export function layout(site: SiteConfig, meta: PageMeta, main: SafeHtml): string {
  const canonical = absoluteUrl(site, meta.path);
  const suffix = ` — ${site.title}`;
  const fullTitle = meta.path === paths.home ? site.title : `${snippet(meta.title, MAX_TITLE - suffix.length)}${suffix}`;
  const { icons, siteFeeds, footer } = chromeOf(site);
  return `<!DOCTYPE html>\n${html`<html lang="${site.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${fullTitle}</title>
<meta name="description" content="${meta.description}">
${meta.noindex ? html`<meta name="robots" content="noindex">` : html`<link rel="canonical" href="${canonical}">`}
<meta property="og:site_name" content="${site.title}">
<meta property="og:type" content="${meta.ogType ?? 'website'}">
<meta property="og:title" content="${meta.title}">
<meta property="og:description" content="${meta.description}">
<meta property="og:url" content="${canonical}">
<meta property="og:locale" content="en_GB">
${icons}
${(meta.styles ?? []).map((s) => html`<link rel="stylesheet" href="${href(site, s)}">\n`)}${siteFeeds}${(meta.feeds ?? []).map((f) => feedLink(site, f))}${(
    meta.scripts ?? []
  ).map(
    (s) => html`<script src="${href(site, s)}" defer></script>\n`,
  )}${(meta.jsonLd ?? []).map((data) => html`${jsonLdScript(data)}\n`)}</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
${siteNav(site, meta.section)}
<main id="main"${meta.searchable ? html` data-pagefind-body` : ''}>
${main}
</main>
${footer}
</body>
</html>`}\n`;
}
