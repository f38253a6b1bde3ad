// /places/: every place with entries, grouped under the place that contains it. Renders its page model (src/pages/overview.ts).
import { html, type SafeHtml } from '../src/render/html.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import { layout } from './_includes/layout.ts';
import { placesModels, type PlaceNode, type PlacesModel } from '../src/pages/overview.ts';
import { pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({ template: 'places', models: placesModels });

export function render({ site, item: page }: Paged<PlacesModel>): string {
  const tree = (list: PlaceNode[]): SafeHtml =>
    list.length === 0
      ? html``
      : html`<ul class="place-tree">
${list.map(
  (p) =>
    html`<li><a href="${href(site, p.path)}">${p.name}</a> <span class="count">(${p.count})</span>${
      p.within !== null ? html` <span class="muted">in ${p.within}</span>` : ''
    }${tree(p.children)}</li>\n`,
)}</ul>`;

  const main = html`<h1>Places</h1>
<p class="lede">${page.count} places where things were said or done. Venues are listed under their city or country.</p>
${tree(page.roots)}`;
  return layout(
    site,
    { title: 'Places', description: `Places on the ${site.title} timeline.`, path: paths.places, section: 'places' },
    main,
  );
}
