// /organisations/: the bodies (governments, ministries, agencies) that speak or are mentioned, most quoted first.
import { html } from '../src/render/html.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import { layout } from './_includes/layout.ts';
import { plural } from './_includes/partials.ts';
import { contextOf, type SiteGlobals } from './_includes/templateData.ts';

export const data = { permalink: paths.organisations };

export function render(data: SiteGlobals): string {
  const { site, view } = contextOf(data);
  const people = view.data.timeline.people
    .filter((p) => p.kind === 'organisation')
    .sort((a, b) => b.quotes.length - a.quotes.length || b.entries.length - a.entries.length || a.name.localeCompare(b.name, 'en'));
  const main = html`<h1>Organisations</h1>
<p class="lede">${plural(people.length, 'organisation', 'organisations')}, most quoted first. People are under <a href="${href(site, paths.people)}">People</a>.</p>
<div class="table-scroll">
<table class="index-table">
<thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col" class="num">Quoted</th><th scope="col" class="num">Entries</th></tr></thead>
<tbody>
${people.map(
  (p) =>
    html`<tr><th scope="row"><a href="${href(site, view.speakerPath(p.slug) ?? paths.person(p.slug))}">${p.name}</a></th><td>${p.role ?? ''}</td><td class="num">${p.quotes.length}</td><td class="num">${p.entries.length}</td></tr>\n`,
)}</tbody>
</table>
</div>`;
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
