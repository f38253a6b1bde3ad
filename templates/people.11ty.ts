// /people/: every person who speaks or is mentioned, most quoted first (organisations have a list of their own).
import { html } from '../src/render/html.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import { layout } from './_includes/layout.ts';
import { plural } from './_includes/partials.ts';
import { mostQuoted, speakerTable } from './_includes/speakerTable.ts';
import { contextOf, type SiteGlobals } from './_includes/templateData.ts';

export const data = { permalink: paths.people };

export function render(data: SiteGlobals): string {
  const ctx = contextOf(data);
  const { site, view } = ctx;
  const people = mostQuoted(view.data.timeline.people.filter((p) => p.kind === 'person'));
  const main = html`<h1>People</h1>
<p class="lede">${plural(people.length, 'person', 'people')}, most quoted first: ${view.peopleQuoted.length} quoted, the others mentioned. Governments, ministries and other bodies that speak are under <a href="${href(
    site,
    paths.organisations,
  )}">Organisations</a>.</p>
${speakerTable(ctx, people)}`;
  return layout(
    site,
    { title: 'People', description: `Everyone quoted or mentioned on the ${site.title} timeline.`, path: paths.people, section: 'people' },
    main,
  );
}
