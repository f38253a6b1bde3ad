// /articles/: the source articles, grouped by outlet: the newest few per outlet (each outlet's page lists them all,
// so this page stays small as the corpus grows). Renders its page model (src/pages/overview.ts).
import { formatDate } from '../src/render/dates.ts';
import { html } from '../src/render/html.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import { layout } from './_includes/layout.ts';
import { plural } from './_includes/partials.ts';
import { articlesModels, type ArticlesModel } from '../src/pages/overview.ts';
import { pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({ template: 'articles', models: articlesModels });

export function render({ site, item: page }: Paged<ArticlesModel>): string {
  const main = html`<h1>Articles</h1>
<p class="lede">${plural(page.articles, 'article', 'articles')} from ${plural(page.outlets.length, 'source', 'sources')}, newest first; each source's page lists all of them.</p>
${page.outlets.map(
  (o) => html`<section aria-labelledby="outlet-${o.slug}">
<h2 id="outlet-${o.slug}"><a href="${href(site, o.path)}">${o.name}</a></h2>
<ul class="article-list">
${o.articles.map(
  (a) =>
    html`<li><a href="${href(site, a.path)}">${a.title}</a> <span class="muted"><time datetime="${a.published}">${formatDate(
      a.published.slice(0, 10),
    )}</time>${a.liveblog ? ', live blog' : ''}, ${plural(a.entries, 'entry', 'entries')}</span></li>\n`,
)}</ul>
${o.count > o.articles.length ? html`<p><a href="${href(site, o.path)}">All ${plural(o.count, 'article', 'articles')} from ${o.name}</a></p>` : ''}
</section>
`,
)}`;
  return layout(
    site,
    { title: 'Articles', description: 'The reports the timeline is built from.', path: paths.articles, section: 'articles' },
    main,
  );
}
