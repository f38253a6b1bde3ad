// /topics/<slug>/: what the topic covers and its entries. Renders its page model (src/pages/topic.ts) and nothing else.
import { html } from '../src/render/html.ts';
import { topicPageModels, type TopicPageModel } from '../src/pages/topic.ts';
import { listingPage } from './_includes/listing.ts';
import { countedLinks, plural } from './_includes/partials.ts';
import { pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({ template: 'topic', models: topicPageModels });

export function render({ site, item: page }: Paged<TopicPageModel>): string {
  const topic = page.subject;
  const intro = page.intro;
  return listingPage(site, page, {
    heading: `Topic: ${topic.name}`,
    subtitle: topic.description ? html`<p class="role">${topic.description}</p>` : undefined,
    intro:
      intro &&
      html`<p>${plural(intro.entries, 'entry', 'entries')} on this topic.</p>
${intro.speakers.length > 0 ? html`<h2 id="speakers">Who spoke on it</h2>\n${countedLinks(site, intro.speakers)}` : ''}`,
    meta: { description: topic.description || `Entries about ${topic.name}.`, section: 'topics' },
  });
}
