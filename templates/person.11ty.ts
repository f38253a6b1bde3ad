// /people/<slug>/: who they are, how often and where they spoke, who they appear with, their entries.
import { html } from '../src/render/html.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import { entryListPages, type EntryListPage, type SiteView } from '../src/site/siteView.ts';
import type { PersonPage } from '../src/types.ts';
import { listingDependsOn, listingPage } from './_includes/listing.ts';
import { countedLinks, plural } from './_includes/partials.ts';
import { contextOf, pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({
  template: 'person',
  select: (view) => view.data.timeline.people.flatMap((p) => entryListPages(p, paths.person(p.slug), p.entries, (id) => view.entryPeriod(id))),
  path: (page) => page.path,
  dependsOn: (page, f, view) => [listingDependsOn(page, f, [page.subject.name, page.subject.slug, page.subject.role]), page.period === null && linkedPlacesAndPeople(view, page.subject)],
});

/** Which of the person's places and co-mentioned people have a page (and so a link). */
function linkedPlacesAndPeople(view: SiteView, person: PersonPage): boolean[] {
  return [...person.places.map((p) => view.place(p.slug) !== undefined), ...person.related.map((p) => view.person(p.slug) !== undefined)];
}

export function render(data: Paged<EntryListPage<PersonPage>>): string {
  const ctx = contextOf(data);
  const person = data.item.subject;
  const { site, view } = ctx;
  const mentions = person.entries.length - person.quotes.length;
  const placeLinks = person.places.map((p) => ({ name: p.name, path: view.place(p.slug) ? paths.place(p.slug) : null, count: p.count }));
  const related = person.related.map((p) => ({ name: p.name, path: view.person(p.slug) ? paths.person(p.slug) : null, count: p.count }));
  const feedTitle = `${person.name}: entries (Atom)`;

  const intro = html`<p>Quoted in ${plural(person.quotes.length, 'entry', 'entries')}${
    mentions > 0 ? html`, mentioned in ${plural(mentions, 'more', 'more')}` : ''
  }. <a href="${href(site, paths.personFeed(person.slug))}">Follow ${person.name} (Atom feed)</a>.</p>
${placeLinks.length > 0 ? html`<h2>Where ${person.kind === 'organisation' ? 'it' : 'they'} spoke</h2>\n${countedLinks(site, placeLinks)}` : ''}
${related.length > 0 ? html`<h2>Mentioned with</h2>\n${countedLinks(site, related)}` : ''}`;

  return listingPage(ctx, data.item, {
    heading: person.name,
    subtitle: person.role ? html`<p class="role">${person.role}</p>` : undefined,
    intro,
    base: paths.person(person.slug),
    meta: {
      description: `${person.name}${person.role ? `, ${person.role}` : ''}: ${plural(person.entries.length, 'entry', 'entries')} on the ${site.title} timeline.`,
      section: 'people',
      ogType: 'website',
      feeds: [{ title: feedTitle, path: paths.personFeed(person.slug), type: 'application/atom+xml' }],
    },
  });
}
