// /sources/<slug>/: one news outlet — its articles and the entries it reported.
import { formatDate } from '../src/render/dates.ts';
import { html } from '../src/render/html.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import { entryListPages, type EntryListPage, type Outlet } from '../src/site/siteView.ts';
import { listingPage } from './_includes/listing.ts';
import { plural } from './_includes/partials.ts';
import { contextOf, pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({
  template: 'outlet',
  select: (view) => view.outlets.flatMap((o) => entryListPages(o, paths.outlet(o.slug), o.entries)),
  path: (page) => page.path,
  dependsOn: (page, f) => [f.of(page.subject), page.path, page.pageNumber, page.pageCount, f.entries(page.ids)],
});

export function render(data: Paged<EntryListPage<Outlet>>): string {
  const ctx = contextOf(data);
  const outlet = data.item.subject;
  // The outlet's articles are shared out over its pages, so every one is listed once and no page grows without bound.
  const share = Math.ceil(outlet.articles.length / data.item.pageCount);
  const articles = outlet.articles.slice((data.item.pageNumber - 1) * share, data.item.pageNumber * share);
  const intro = html`<h2>Articles${data.item.pageCount > 1 ? ` (${data.item.pageNumber} of ${data.item.pageCount})` : ''}</h2>
<ul class="article-list">
${articles.map(
  (a) => html`<li><a href="${href(ctx.site, paths.article(a.id))}">${a.title}</a> <span class="muted"><time datetime="${a.published}">${formatDate(a.published.slice(0, 10))}</time>${
    a.kind === 'liveblog' ? ', live blog' : ''
  }</span></li>\n`,
)}</ul>`;
  return listingPage(ctx, data.item, {
    heading: `Source: ${outlet.name}`,
    subtitle: html`<p class="role">${plural(outlet.articles.length, 'article', 'articles')}, ${plural(outlet.entries.length, 'entry', 'entries')}</p>`,
    intro,
    base: paths.outlet(outlet.slug),
    meta: { description: `Entries reported by ${outlet.name}.`, section: 'articles' },
  });
}
