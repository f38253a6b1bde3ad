// /topics/<slug>/: what the topic covers and its entries.
import { html } from '../src/render/html.ts';
import { paths } from '../src/site/paths.ts';
import { entryListPages, type EntryListPage, type SiteView } from '../src/site/siteView.ts';
import type { TopicPage } from '../src/types.ts';
import { listingDependsOn, listingPage } from './_includes/listing.ts';
import { countedLinks, plural } from './_includes/partials.ts';
import { contextOf, pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({
  template: 'topic',
  select: (view) =>
    view.data.timeline.topics.flatMap((t) => entryListPages(t, paths.topic(t.slug), t.entries, (id) => view.entryPeriod(id))),
  path: (page) => page.path,
  dependsOn: (page, f, view) => [
    listingDependsOn(page, f, [page.subject.name, page.subject.slug, page.subject.description]),
    page.period === null && speakerLinks(view, page.subject.slug),
  ],
});

/** Who spoke on the topic, each linking to their statements on it, most statements first. */
function speakerLinks(view: SiteView, topic: string): Array<{ name: string; path: string | null; count: number }> {
  return view.speakersOn(topic).map((st) => {
    const speaker = view.speakerPath(st.speaker.slug);
    return { name: st.speaker.name, path: speaker ? `${speaker}${topic}/` : null, count: st.ids.length };
  });
}

export function render(data: Paged<EntryListPage<TopicPage>>): string {
  const ctx = contextOf(data);
  const topic = data.item.subject;
  const speakers = speakerLinks(ctx.view, topic.slug);
  return listingPage(ctx, data.item, {
    heading: `Topic: ${topic.name}`,
    subtitle: topic.description ? html`<p class="role">${topic.description}</p>` : undefined,
    intro: html`<p>${plural(topic.entries.length, 'entry', 'entries')} on this topic.</p>
${speakers.length > 0 ? html`<h2 id="speakers">Who spoke on it</h2>\n${countedLinks(ctx.site, speakers)}` : ''}`,
    base: paths.topic(topic.slug),
    meta: { description: topic.description || `Entries about ${topic.name}.`, section: 'topics' },
  });
}
