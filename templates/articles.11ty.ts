// /articles/: the source articles, grouped by outlet.
import { formatDate } from '../src/render/dates.ts';
import { html } from '../src/render/html.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import { layout } from './_includes/layout.ts';
import { plural } from './_includes/partials.ts';
import { contextOf, type SiteGlobals } from './_includes/templateData.ts';

export const data = { permalink: paths.articles };

/** The newest few per outlet; each outlet's page lists them all, so this page stays small as the corpus grows. */
const PER_OUTLET = 10;

export function render(data: SiteGlobals): string {
  const { site, view } = contextOf(data);
  const main = html`<h1>Articles</h1>
<p class="lede">${plural(view.data.articles.length, 'article', 'articles')} from ${plural(view.outlets.length, 'source', 'sources')}, newest first; each source's page lists all of them.</p>
${view.outlets.map(
  (o) => html`<section aria-labelledby="outlet-${o.slug}">
<h2 id="outlet-${o.slug}"><a href="${href(site, paths.outlet(o.slug))}">${o.name}</a></h2>
<ul class="article-list">
${o.articles.slice(0, PER_OUTLET).map((a) => {
  const entries = view.article(a.id)?.entries.length ?? 0;
  return html`<li><a href="${href(site, paths.article(a.id))}">${a.title}</a> <span class="muted"><time datetime="${a.published}">${formatDate(
    a.published.slice(0, 10),
  )}</time>${a.kind === 'liveblog' ? ', live blog' : ''}, ${plural(entries, 'entry', 'entries')}</span></li>\n`;
})}</ul>
${o.articles.length > PER_OUTLET ? html`<p><a href="${href(site, paths.outlet(o.slug))}">All ${plural(o.articles.length, 'article', 'articles')} from ${o.name}</a></p>` : ''}
</section>
`,
)}`;
  return layout(
    site,
    { title: 'Articles', description: 'The reports the timeline is built from.', path: paths.articles, section: 'articles' },
    main,
  );
}
