// /people/<slug>/<topic>/ (and /organisations/<slug>/<topic>/): one speaker's statements on one
// topic, oldest first — the page a person's topics and a topic's speakers both link to.
// Renders its page model (src/pages/personTopic.ts) and nothing else.
import { html } from '../src/render/html.ts';
import { personTopicPageModels, type PersonTopicPageModel } from '../src/pages/personTopic.ts';
import { href } from '../src/site/siteConfig.ts';
import { listingPage } from './_includes/listing.ts';
import { plural } from './_includes/partials.ts';
import { pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({ template: 'personTopic', models: personTopicPageModels });

export function render({ site, item: page }: Paged<PersonTopicPageModel>): string {
  const { speaker, topic } = page.subject;
  const intro = page.intro;
  return listingPage(site, page, {
    heading: `${speaker} on ${topic}`,
    intro:
      intro &&
      html`<p>${plural(intro.statements, 'statement', 'statements')} by <a href="${href(site, intro.speakerPath)}">${speaker}</a> on <a href="${href(
        site,
        intro.topicPath,
      )}">${topic}</a>, oldest first. <a href="${href(site, intro.positionsPath)}">How the position moved</a>.</p>`,
    meta: {
      description: intro ? `What ${speaker} said on ${topic}: ${plural(intro.statements, 'statement', 'statements')}, oldest first.` : '',
      section: 'people',
    },
  });
}
