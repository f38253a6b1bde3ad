// /404.html: served by hosts (and the dev server) for unknown paths.
import { html } from '../src/render/html.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import { layout } from './_includes/layout.ts';
import type { SiteGlobals } from './_includes/templateData.ts';

export const data = { permalink: '/404.html', eleventyExcludeFromCollections: true };

export function render({ site }: SiteGlobals): string {
  const main = html`<h1>Page not found</h1>
<p>There is nothing at this address. Entries keep their addresses, but a page of a long list may have moved as the timeline grew.</p>
<ul>
<li><a href="${href(site, paths.home)}">The timeline</a></li>
<li><a href="${href(site, paths.search)}">Search</a></li>
<li><a href="${href(site, paths.people)}">People</a>, <a href="${href(site, paths.places)}">places</a>, <a href="${href(site, paths.topics)}">topics</a></li>
</ul>`;
  return layout(
    site,
    { title: 'Page not found', description: 'There is nothing at this address.', path: '/404.html', noindex: true },
    main,
  );
}
