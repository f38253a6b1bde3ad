// Person and topic filters for a page of entries, from its model (src/pages/filterBar.ts). Without
// JavaScript each is a link to the person's or topic's page; public/js/filter.js turns them into
// instant in-page filters.
import { html, type SafeHtml } from '../../src/render/html.ts';
import type { FilterBarModel, FilterItem } from '../../src/pages/filterBar.ts';
import { paths } from '../../src/site/paths.ts';
import { href, type SiteConfig } from '../../src/site/siteConfig.ts';

function group(site: SiteConfig, label: string, kind: 'person' | 'topic', items: FilterItem[] | null, allPath: string): SafeHtml {
  if (items === null) return html``;
  return html`<div class="filter-group">
<h2 class="filter-label">${label}</h2>
<ul>
${items.map(
  (i) =>
    html`<li><a href="${href(site, i.path)}" data-filter-kind="${kind}" data-filter-value="${i.slug}">${i.name} <span class="count">(${i.count})</span></a></li>\n`,
)}<li><a href="${href(site, allPath)}">All ${label.toLowerCase()}</a></li>
</ul>
</div>`;
}

/**
 * With JavaScript, a chosen person and topic combine, and the bar says how many matching entries the
 * listing's other pages hold (from /timeline/facets.json), with links that keep the filter.
 */
export function filterBar(site: SiteConfig, bar: FilterBarModel): SafeHtml {
  return html`<nav class="filter-bar" aria-label="Filter entries" data-filter-bar data-page="${href(site, bar.page)}" data-facets="${href(site, paths.timelineFacets)}" data-base="${site.pathPrefix}">
${group(site, 'People', 'person', bar.people, paths.people)}
${group(site, 'Topics', 'topic', bar.topics, paths.topics)}
<p class="filter-status" role="status" data-filter-status></p>
<p class="filter-elsewhere" data-filter-elsewhere hidden></p>
</nav>`;
}
