// /organisations/: the bodies (governments, ministries, agencies) that speak or are mentioned, most quoted first.
import { html } from '../src/render/html.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import { layout } from './_includes/layout.ts';
import { plural } from './_includes/partials.ts';
import { mostQuoted, speakerTable } from './_includes/speakerTable.ts';
import { contextOf, type SiteGlobals } from './_includes/templateData.ts';

export const data = { permalink: paths.organisations };

export function render(data: SiteGlobals): string {
  const ctx = contextOf(data);
  const { site, view } = ctx;
  const people = mostQuoted(view.data.timeline.people.filter((p) => p.kind === 'organisation'));
  const main = html`<h1>Organisations</h1>
<p class="lede">${plural(people.length, 'organisation', 'organisations')}, most quoted first. People are under <a href="${href(site, paths.people)}">People</a>.</p>
${speakerTable(ctx, people)}`;
  return layout(
    site,
    {
      title: 'Organisations',
      description: 'Governments, ministries and other bodies quoted or mentioned on the Newsline timeline.',
      path: paths.organisations,
      section: 'people',
    },
    main,
  );
}
