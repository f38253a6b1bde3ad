// /sitemap.xml: every HTML page, sorted, with absolute URLs.
import { html } from '../src/render/html.ts';
import { absoluteUrl } from '../src/site/siteConfig.ts';
import type { SiteGlobals } from './_includes/templateData.ts';

export const data = { permalink: '/sitemap.xml', eleventyExcludeFromCollections: true };

export function render({ site, collections }: SiteGlobals): string {
  const urls = (collections?.all ?? [])
    .flatMap((page) => (typeof page.url === 'string' && page.url.endsWith('/') ? [page.url] : []))
    .sort();
  const body = html`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((url) => html`<url><loc>${absoluteUrl(site, url)}</loc></url>\n`)}</urlset>`;
  return `<?xml version="1.0" encoding="utf-8"?>\n${body.value}\n`;
}
