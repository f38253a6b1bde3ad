// /topics/: the topic taxonomy with entry counts.
import { html } from '../src/render/html.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import { layout } from './_includes/layout.ts';
import { plural } from './_includes/partials.ts';
import { contextOf, type SiteGlobals } from './_includes/templateData.ts';

export const data = { permalink: paths.topics };

export function render(data: SiteGlobals): string {
  const { site, view } = contextOf(data);
  const topics = [...view.data.timeline.topics].sort((a, b) => b.entries.length - a.entries.length || a.name.localeCompare(b.name, 'en'));
  const main = html`<h1>Topics</h1>
<p class="lede">Entries are tagged with topics by the words they use.</p>
<dl class="topic-list">
${topics.map(
  (t) =>
    html`<dt><a href="${href(site, paths.topic(t.slug))}">${t.name}</a> <span class="count">(${plural(t.entries.length, 'entry', 'entries')})</span></dt><dd>${t.description}</dd>\n`,
)}</dl>`;
  return layout(site, { title: 'Topics', description: 'The topics entries are tagged with.', path: paths.topics, section: 'topics' }, main);
}
