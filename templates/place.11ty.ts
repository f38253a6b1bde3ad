// /places/<slug>/: a place, where it sits (parent), the places within it, and its entries.
import { html } from '../src/render/html.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import { entryListPages, type EntryListPage, type SiteView } from '../src/site/siteView.ts';
import type { PlacePage } from '../src/types.ts';
import { listingDependsOn, listingPage } from './_includes/listing.ts';
import { countedLinks, plural } from './_includes/partials.ts';
import { contextOf, pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({
  template: 'place',
  select: (view) =>
    view.data.timeline.places.flatMap((p) => entryListPages(p, paths.place(p.slug), p.entries, (id) => view.entryPeriod(id))),
  path: (page) => page.path,
  dependsOn: (page, f, view) => [
    listingDependsOn(page, f, [page.subject.name, page.subject.slug, page.subject.kind, page.subject.parent]),
    page.subject.parent && view.place(page.subject.parent.slug) !== undefined,
    page.period === null && f.of(placesWithin(view, page.subject.slug)),
  ],
});

/** The places whose parent is `slug`, with their entry counts. */
function placesWithin(view: SiteView, slug: string): Array<{ name: string; path: string; count: number }> {
  return view.data.timeline.places
    .filter((p) => p.parent?.slug === slug)
    .map((p) => ({ name: p.name, path: paths.place(p.slug), count: p.entries.length }));
}

export function render(data: Paged<EntryListPage<PlacePage>>): string {
  const ctx = contextOf(data);
  const { site, view } = ctx;
  const place = data.item.subject;
  const parent = place.parent;
  const within = placesWithin(view, place.slug);

  const subtitle = html`<p class="role">${place.kind ? `${place.kind[0]?.toUpperCase()}${place.kind.slice(1)}` : 'Place'}${
    parent
      ? html` in ${view.place(parent.slug) ? html`<a href="${href(site, paths.place(parent.slug))}">${parent.name}</a>` : parent.name}`
      : ''
  }</p>`;
  const intro = html`<p>${plural(place.entries.length, 'entry', 'entries')} happened or were said here.</p>
${within.length > 0 ? html`<h2>Places within ${place.name}</h2>\n${countedLinks(site, within)}` : ''}`;

  return listingPage(ctx, data.item, {
    heading: place.name,
    subtitle,
    intro,
    base: paths.place(place.slug),
    meta: { description: `${plural(place.entries.length, 'entry', 'entries')} at ${place.name}.`, section: 'places' },
  });
}
