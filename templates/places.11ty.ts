// /places/: every place with entries, grouped under the place that contains it.
import { html, type SafeHtml } from '../src/render/html.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import type { PlacePage } from '../src/types.ts';
import { layout } from './_includes/layout.ts';
import { contextOf, type SiteGlobals } from './_includes/templateData.ts';

export const data = { permalink: paths.places };

export function render(data: SiteGlobals): string {
  const { site, view } = contextOf(data);
  const places = [...view.data.timeline.places].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const known = new Set(places.map((p) => p.slug));
  const childrenOf = (slug: string) => places.filter((p) => p.parent?.slug === slug);
  // Top level: places whose parent has no page of its own.
  const roots = places.filter((p) => !p.parent || !known.has(p.parent.slug));

  const tree = (list: PlacePage[], depth: number): SafeHtml =>
    depth > 6 || list.length === 0
      ? html``
      : html`<ul class="place-tree">
${list.map(
  (p) =>
    html`<li><a href="${href(site, paths.place(p.slug))}">${p.name}</a> <span class="count">(${p.entries.length})</span>${
      p.parent && !known.has(p.parent.slug) ? html` <span class="muted">in ${p.parent.name}</span>` : ''
    }${tree(childrenOf(p.slug), depth + 1)}</li>\n`,
)}</ul>`;

  const main = html`<h1>Places</h1>
<p class="lede">${places.length} places where things were said or done. Venues are listed under their city or country.</p>
${tree(roots, 0)}`;
  return layout(
    site,
    { title: 'Places', description: `Places on the ${site.title} timeline.`, path: paths.places, section: 'places' },
    main,
  );
}
