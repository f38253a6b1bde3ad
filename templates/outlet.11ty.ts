// /sources/<slug>/: one news outlet — its articles and the entries it reported.
// Renders its page model (src/pages/outlet.ts) and nothing else.
import { formatDate } from '../src/render/dates.ts';
import { html } from '../src/render/html.ts';
import { outletPageModels, type OutletPageModel } from '../src/pages/outlet.ts';
import { href } from '../src/site/siteConfig.ts';
import { listingPage } from './_includes/listing.ts';
import { plural } from './_includes/partials.ts';
import { pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({ template: 'outlet', models: outletPageModels });

export function render({ site, item: page }: Paged<OutletPageModel>): string {
  const outlet = page.subject;
  const intro = page.intro;
  return listingPage(site, page, {
    heading: `Source: ${outlet.name}`,
    intro:
      intro &&
      html`<p>${plural(intro.articles.length, 'article', 'articles')}, ${plural(intro.entries, 'entry', 'entries')}.</p>
<h2>Articles</h2>
<ul class="article-list">
${intro.articles.map(
  (a) =>
    html`<li><a href="${href(site, a.path)}">${a.title}</a> <span class="muted"><time datetime="${a.published}">${formatDate(a.published.slice(0, 10))}</time>${
      a.liveblog ? ', live blog' : ''
    }</span></li>\n`,
)}</ul>`,
    meta: { description: `Entries reported by ${outlet.name}.`, section: 'articles' },
  });
}
