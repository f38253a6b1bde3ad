// /places/<slug>/: a place, where it sits (parent), the places within it, and its entries.
// Renders its page model (src/pages/place.ts) and nothing else.
import { html } from '../src/render/html.ts';
import { placePageModels, type PlacePageModel } from '../src/pages/place.ts';
import { refLink } from './_includes/entryCard.ts';
import { listingPage } from './_includes/listing.ts';
import { countedLinks, plural } from './_includes/partials.ts';
import { pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({ template: 'place', models: placePageModels });

export function render({ site, item: page }: Paged<PlacePageModel>): string {
  const place = page.subject;
  const intro = page.intro;
  const subtitle = html`<p class="role">${place.kind ? `${place.kind[0]?.toUpperCase()}${place.kind.slice(1)}` : 'Place'}${
    place.parent ? html` in ${place.parent.path ? refLink(site, place.parent) : place.parent.name}` : ''
  }</p>`;
  return listingPage(site, page, {
    heading: place.name,
    subtitle,
    intro:
      intro &&
      html`<p>${plural(intro.entries, 'entry', 'entries')} happened or were said here.</p>
${intro.within.length > 0 ? html`<h2>Places within ${place.name}</h2>\n${countedLinks(site, intro.within)}` : ''}`,
    meta: { description: intro ? `${plural(intro.entries, 'entry', 'entries')} at ${place.name}.` : '', section: 'places' },
  });
}
