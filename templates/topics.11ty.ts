// /topics/: the topic taxonomy with entry counts. Renders its page model (src/pages/overview.ts).
import { html } from '../src/render/html.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import { layout } from './_includes/layout.ts';
import { plural } from './_includes/partials.ts';
import { topicsModels, type TopicsModel } from '../src/pages/overview.ts';
import { pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({ template: 'topics', models: topicsModels });

export function render({ site, item: page }: Paged<TopicsModel>): string {
  const main = html`<h1>Topics</h1>
<p class="lede">Entries are tagged with topics by the words they use.</p>
<dl class="topic-list">
${page.topics.map(
  (t) =>
    html`<dt><a href="${href(site, t.path)}">${t.name}</a> <span class="count">(${plural(t.count, 'entry', 'entries')})</span></dt><dd>${t.description}</dd>\n`,
)}</dl>`;
  return layout(site, { title: 'Topics', description: 'The topics entries are tagged with.', path: paths.topics, section: 'topics' }, main);
}
