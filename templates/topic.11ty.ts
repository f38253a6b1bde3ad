// /topics/<slug>/: what the topic covers and its entries.
import { html } from '../src/render/html.ts';
import { paths } from '../src/site/paths.ts';
import { entryListPages, type EntryListPage } from '../src/site/siteView.ts';
import type { TopicPage } from '../src/types.ts';
import { listingDependsOn, listingPage } from './_includes/listing.ts';
import { plural } from './_includes/partials.ts';
import { contextOf, pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({
  template: 'topic',
  select: (view) => view.data.timeline.topics.flatMap((t) => entryListPages(t, paths.topic(t.slug), t.entries, (id) => view.entryPeriod(id))),
  path: (page) => page.path,
  dependsOn: (page, f) => listingDependsOn(page, f, [page.subject.name, page.subject.slug, page.subject.description]),
});

export function render(data: Paged<EntryListPage<TopicPage>>): string {
  const ctx = contextOf(data);
  const topic = data.item.subject;
  return listingPage(ctx, data.item, {
    heading: `Topic: ${topic.name}`,
    subtitle: topic.description ? html`<p class="role">${topic.description}</p>` : undefined,
    intro: html`<p>${plural(topic.entries.length, 'entry', 'entries')} on this topic.</p>`,
    base: paths.topic(topic.slug),
    meta: { description: topic.description || `Entries about ${topic.name}.`, section: 'topics' },
  });
}
