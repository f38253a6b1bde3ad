// /people/<slug>/<topic>/ (and /organisations/<slug>/<topic>/): one speaker's statements on one
// topic, oldest first — the page a person's topics and a topic's speakers both link to.
import { html } from '../src/render/html.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import { entryListPages, type EntryListPage, type SpeakerTopic } from '../src/site/siteView.ts';
import { listingDependsOn, listingPage } from './_includes/listing.ts';
import { plural } from './_includes/partials.ts';
import { contextOf, pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({
  template: 'personTopic',
  select: (view) =>
    view.speakerTopics.flatMap((st) => {
      const speaker = view.speakerPath(st.speaker.slug);
      return speaker ? entryListPages(st, `${speaker}${st.topic.slug}/`, st.ids, (id) => view.entryPeriod(id)) : [];
    }),
  path: (page) => page.path,
  dependsOn: (page, f, view) =>
    listingDependsOn(page, f, [page.subject.speaker, page.subject.topic, view.speakerPath(page.subject.speaker.slug)]),
});

export function render(data: Paged<EntryListPage<SpeakerTopic>>): string {
  const ctx = contextOf(data);
  const { site, view } = ctx;
  const { speaker, topic, ids } = data.item.subject;
  const speakerPath = view.speakerPath(speaker.slug) ?? paths.person(speaker.slug);
  const base = `${speakerPath}${topic.slug}/`;
  return listingPage(ctx, data.item, {
    heading: `${speaker.name} on ${topic.name}`,
    intro: html`<p>${plural(ids.length, 'statement', 'statements')} by <a href="${href(site, speakerPath)}">${speaker.name}</a> on <a href="${href(
      site,
      paths.topic(topic.slug),
    )}">${topic.name}</a>, oldest first. <a href="${href(site, `${speakerPath}#on-${topic.slug}`)}">How the position moved</a>.</p>`,
    base,
    meta: {
      description: `What ${speaker.name} said on ${topic.name}: ${plural(ids.length, 'statement', 'statements')}, oldest first.`,
      section: 'people',
    },
  });
}
