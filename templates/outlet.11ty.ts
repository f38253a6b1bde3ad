// /sources/<slug>/: one news outlet — its articles and the entries it reported.
import { formatDate } from '../src/render/dates.ts';
import { html } from '../src/render/html.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import { entryListPages, type EntryListPage, type Outlet } from '../src/site/siteView.ts';
import { listingDependsOn, listingPage } from './_includes/listing.ts';
import { plural } from './_includes/partials.ts';
import { contextOf, pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({
  template: 'outlet',
  select: (view) => view.outlets.flatMap((o) => entryListPages(o, paths.outlet(o.slug), o.entries, (id) => view.entryPeriod(id))),
  path: (page) => page.path,
  dependsOn: (page, f) => listingDependsOn(page, f, [page.subject.name, page.subject.slug]),
});

export function render(data: Paged<EntryListPage<Outlet>>): string {
  const ctx = contextOf(data);
  const outlet = data.item.subject;
  const intro = html`<p>${plural(outlet.articles.length, 'article', 'articles')}, ${plural(outlet.entries.length, 'entry', 'entries')}.</p>
<h2>Articles</h2>
<ul class="article-list">
${outlet.articles.map(
  (a) =>
    html`<li><a href="${href(ctx.site, paths.article(a.id))}">${a.title}</a> <span class="muted"><time datetime="${a.published}">${formatDate(a.published.slice(0, 10))}</time>${
      a.kind === 'liveblog' ? ', live blog' : ''
    }</span></li>\n`,
)}</ul>`;
  return listingPage(ctx, data.item, {
    heading: `Source: ${outlet.name}`,
    intro,
    base: paths.outlet(outlet.slug),
    outlet: outlet.slug,
    meta: { description: `Entries reported by ${outlet.name}.`, section: 'articles' },
  });
}
