// /people/<slug>/feed.xml: an Atom feed of one person's entries.
import { atomFeed, FEED_SIZE } from '../src/site/feeds.ts';
import { paths } from '../src/site/paths.ts';
import type { PersonPage } from '../src/types.ts';
import { contextOf, pagesFor, type Paged } from './_includes/templateData.ts';

export const data = {
  ...pagesFor({
    template: 'personFeed',
    select: (view) => view.data.timeline.people,
    path: (person) => paths.personFeed(person.slug),
    dependsOn: (person, f) => [person.name, person.slug, f.entries(person.entries.slice(-FEED_SIZE))],
  }),
  eleventyExcludeFromCollections: true,
};

export function render(data: Paged<PersonPage>): string {
  const { site, view } = contextOf(data);
  const person = data.item;
  return atomFeed(site, view, {
    title: `${person.name} — ${site.title}`,
    description: `Entries in which ${person.name} speaks or is mentioned.`,
    path: paths.personFeed(person.slug),
    homePath: paths.person(person.slug),
    entries: person.entries.map((id) => view.entry(id)),
  });
}
