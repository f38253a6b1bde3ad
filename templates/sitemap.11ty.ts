// /sitemap.xml: every HTML page, sorted, with absolute URLs.
import { html } from '../src/render/html.ts';
import { absoluteUrl } from '../src/site/siteConfig.ts';
import type { SiteGlobals } from './_includes/templateData.ts';

/** `/dates/<day or month>/`: moved to the timeline, kept as redirects, not listed. */
const isRedirect = (url: string) => /^\/dates\/\d{4}(-\d{2}){0,2}\/$/.test(url);

export const data = { permalink: '/sitemap.xml', eleventyExcludeFromCollections: true };

export function render({ site, collections, newslineRender }: SiteGlobals): string {
  // An incremental build renders only changed pages; the render plan knows every page of the site.
  const rendered = (collections?.all ?? []).flatMap((page) => (typeof page.url === 'string' ? [page.url] : []));
  const urls = [...new Set([...rendered, ...(newslineRender?.pages.keys() ?? [])])]
    .filter((url) => url.endsWith('/') && !isRedirect(url))
    .sort();
  const body = html`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((url) => html`<url><loc>${absoluteUrl(site, url)}</loc></url>\n`)}</urlset>`;
  return `<?xml version="1.0" encoding="utf-8"?>\n${body.value}\n`;
}
