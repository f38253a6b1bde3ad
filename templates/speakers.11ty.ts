// /people/: every person who speaks or is mentioned, most quoted first; /organisations/: the bodies
// (governments, ministries, agencies) that speak or are mentioned. Renders its page model (src/pages/overview.ts).
import { html } from '../src/render/html.ts';
import { speakersModels, type SpeakersModel } from '../src/pages/overview.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import { layout } from './_includes/layout.ts';
import { plural } from './_includes/partials.ts';
import { speakerTable } from './_includes/speakerTable.ts';
import { pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({ template: 'speakers', models: speakersModels });

export function render({ site, item: page }: Paged<SpeakersModel>): string {
  if (page.kind === 'organisation') {
    const main = html`<h1>Organisations</h1>
<p class="lede">${plural(page.rows.length, 'organisation', 'organisations')}, most quoted first. People are under <a href="${href(site, paths.people)}">People</a>.</p>
${speakerTable(site, page.rows)}`;
    return layout(
      site,
      {
        title: 'Organisations',
        description: 'Governments, ministries and other bodies quoted or mentioned on the Newsline timeline.',
        path: page.path,
        section: 'people',
      },
      main,
    );
  }
  const main = html`<h1>People</h1>
<p class="lede">${plural(page.rows.length, 'person', 'people')}, most quoted first: ${page.quoted} quoted, the others mentioned. Governments, ministries and other bodies that speak are under <a href="${href(
    site,
    paths.organisations,
  )}">Organisations</a>.</p>
${speakerTable(site, page.rows)}`;
  return layout(
    site,
    { title: 'People', description: `Everyone quoted or mentioned on the ${site.title} timeline.`, path: page.path, section: 'people' },
    main,
  );
}
