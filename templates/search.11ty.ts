// /search/: every entry and article, searched with Pagefind (public/js/search.js). Search needs JavaScript; every
// filter it offers (person, place, topic, source) is also a plain page, linked here.
import { html } from '../src/render/html.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import { layout } from './_includes/layout.ts';
import { searchModels, type SourcesModel } from '../src/pages/overview.ts';
import { pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({ template: 'search', models: searchModels });

export function render({ site, item: page }: Paged<SourcesModel>): string {
  const main = html`<h1>Search</h1>
<p class="search-fallback" data-search-fallback>Search needs JavaScript, which is off or failed to load. Everything it finds can also be browsed: by <a href="${href(
    site,
    paths.people,
  )}">person</a>, <a href="${href(site, paths.places)}">place</a>, <a href="${href(site, paths.topics)}">topic</a>, <a href="${href(
    site,
    paths.articles,
  )}">source</a> or <a href="${href(site, paths.dates)}">date</a>.</p>
<div id="search" class="search" data-base-url="${site.pathPrefix}"></div>
<h2>Browse by source</h2>
<ul class="counted">
${page.outlets.map((o) => html`<li><a href="${href(site, o.path)}">${o.name}</a> <span class="count">(${o.entries})</span></li>\n`)}</ul>`;
  return layout(
    site,
    {
      title: 'Search',
      description: 'Search every entry and article, with filters for person, place, topic, source and year.',
      path: page.path,
      section: 'search',
      scripts: [paths.searchScript],
    },
    main,
  );
}
