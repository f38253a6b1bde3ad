// Person and topic filters for a page of entries. Without JavaScript each is a link to the
// person's or topic's page; public/js/filter.js turns them into instant in-page filters.
import { html, type SafeHtml } from '../../src/render/html.ts';
import { paths } from '../../src/site/paths.ts';
import { href } from '../../src/site/siteConfig.ts';
import { peopleOf } from '../../src/site/siteView.ts';
import type { Ref } from '../../src/types.ts';
import type { RenderContext } from './entryCard.ts';

const MAX_PER_GROUP = 8;

interface Counted extends Ref {
  count: number;
}

function tally(refs: Ref[]): Counted[] {
  const counts = new Map<string, Counted>();
  for (const r of refs) {
    const c = counts.get(r.slug) ?? { name: r.name, slug: r.slug, count: 0 };
    c.count++;
    counts.set(r.slug, c);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en')).slice(0, MAX_PER_GROUP);
}

function group(ctx: RenderContext, label: string, kind: 'person' | 'topic', items: Counted[], allPath: string): SafeHtml {
  if (items.length === 0) return html``;
  const pathOf = (slug: string) => (kind === 'person' ? (ctx.view.speakerPath(slug) ?? paths.person(slug)) : paths.topic(slug));
  const exists = (slug: string) => (kind === 'person' ? ctx.view.person(slug) : ctx.view.topic(slug)) !== undefined;
  return html`<div class="filter-group">
<h2 class="filter-label">${label}</h2>
<ul>
${items
  .filter((i) => exists(i.slug))
  .map(
    (i) =>
      html`<li><a href="${href(ctx.site, pathOf(i.slug))}" data-filter-kind="${kind}" data-filter-value="${i.slug}">${i.name} <span class="count">(${i.count})</span></a></li>\n`,
  )}<li><a href="${href(ctx.site, allPath)}">All ${label.toLowerCase()}</a></li>
</ul>
</div>`;
}

/**
 * `page` is the path of the timeline page the bar is on: with JavaScript, a chosen person and topic
 * combine, and the bar says how many matching entries the listing's other pages hold (from
 * /timeline/facets.json), with links that keep the filter.
 */
export function filterBar(ctx: RenderContext, ids: readonly string[], page: string): SafeHtml {
  const entries = ids.map((id) => ctx.view.entry(id));
  const people = tally(entries.flatMap(peopleOf));
  const topics = tally(entries.flatMap((e) => e.topics));
  return html`<nav class="filter-bar" aria-label="Filter entries" data-filter-bar data-page="${href(ctx.site, page)}" data-facets="${href(ctx.site, paths.timelineFacets)}" data-base="${ctx.site.pathPrefix}">
${group(ctx, 'People', 'person', people, paths.people)}
${group(ctx, 'Topics', 'topic', topics, paths.topics)}
<p class="filter-status" role="status" data-filter-status></p>
<p class="filter-elsewhere" data-filter-elsewhere hidden></p>
</nav>`;
}
