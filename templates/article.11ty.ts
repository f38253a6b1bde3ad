// /articles/<id>/: the clean article, block by block, with the blocks that gave entries marked.
// Renders its page model (src/pages/article.ts) and nothing else.
import { formatDate } from '../src/render/dates.ts';
import { externalUrl, html, join, raw, type SafeHtml } from '../src/render/html.ts';
import type { JsonValue } from '../src/render/jsonLd.ts';
import { articlePageModels, type ArticlePageModel, type QuotationModel } from '../src/pages/article.ts';
import type { Link } from '../src/pages/model.ts';
import { groupInOrder } from '../src/site/siteView.ts';
import { absoluteUrl, href, type SiteConfig } from '../src/site/siteConfig.ts';
import type { Paragraph } from '../src/types.ts';
import { refLink } from './_includes/entryCard.ts';
import { layout } from './_includes/layout.ts';
import { plural } from './_includes/partials.ts';
import { pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({ template: 'article', models: articlePageModels });

function block(site: SiteConfig, page: ArticlePageModel, b: Paragraph): SafeHtml {
  // The block HTML was sanitised by the content pipeline (rehype-sanitize): the one raw() input.
  const body = raw(b.html);
  const entries = page.blockEntries[b.anchor] ?? [];
  if (entries.length === 0) return html`${body}\n`;
  const links = entries.map((e) => html`<a href="${href(site, e.path)}">${e.label}</a>`);
  return html`<div class="block has-entries">
${body}
<p class="block-entries" data-pagefind-ignore>${entries.length === 1 ? 'Entry' : 'Entries'}: ${join(links, ' · ')}</p>
</div>\n`;
}

function body(site: SiteConfig, page: ArticlePageModel): SafeHtml {
  const render = (b: Paragraph) => block(site, page, b);
  const blocks = page.body.blocks;
  if (!page.body.liveblog) return html`${blocks.map(render)}`;
  // Live blog: each post (its heading and the blocks under it) in a section of its own.
  return html`${groupInOrder(blocks, (b) => (b.post === null ? 'intro' : `post-${b.post}`)).map(([key, group]) =>
    key === 'intro' ? html`${group.map(render)}` : html`<section class="post">\n${group.map(render)}</section>\n`,
  )}`;
}

/**
 * A quotation the article reports, part of the page's NewsArticle (by its @id). Other reports of a
 * repeated quote are not listed here: they are on the entry's full card, on the timeline (`url`).
 */
function quotationJsonLd(site: SiteConfig, q: QuotationModel, articleUrl: string): JsonValue {
  return {
    '@context': 'https://schema.org',
    '@type': 'Quotation',
    text: q.text,
    url: absoluteUrl(site, q.path),
    dateCreated: q.dateCreated,
    ...(q.creator
      ? {
          creator: {
            '@type': q.creator.organisation ? 'Organization' : 'Person',
            name: q.creator.name,
            url: absoluteUrl(site, q.creator.path),
          },
        }
      : {}),
    ...(q.place !== null ? { locationCreated: { '@type': 'Place', name: q.place } } : {}),
    about: q.about,
    isPartOf: { '@id': articleUrl },
  };
}

function newsArticleJsonLd(site: SiteConfig, page: ArticlePageModel): JsonValue {
  const s = page.summary;
  const original = externalUrl(s.url);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': absoluteUrl(site, page.path),
    headline: s.title,
    datePublished: s.published,
    url: absoluteUrl(site, page.path),
    mainEntityOfPage: absoluteUrl(site, page.path),
    author: s.authors.map((name) => ({ '@type': 'Person', name })),
    publisher: { '@type': 'Organization', name: s.source },
    ...(original ? { isBasedOn: original } : {}),
  };
}

export function render({ site, item: page }: Paged<ArticlePageModel>): string {
  const s = page.summary;
  const original = externalUrl(s.url);
  const facet = (label: string, links: Link[], filter: 'person' | 'place' | 'topic') =>
    links.length > 0
      ? html`<div><dt>${label}</dt><dd>${join(
          links.map((l) => refLink(site, l, filter)),
          ', ',
        )}</dd></div>`
      : '';

  const main = html`<article class="article">
<header class="article-header">
<h1>${s.title}</h1>
<p class="article-meta">${s.kind === 'liveblog' ? html`<span class="badge">Live blog</span> ` : ''}<a href="${href(site, page.outletPath)}"><span data-pagefind-filter="source">${s.source}</span></a>${
    s.authors.length > 0 ? html`, by ${s.authors.join(', ')}` : ''
  }, <time datetime="${s.published}">${formatDate(s.published.slice(0, 10))}</time>${
    original ? html` · <a href="${original}" rel="external noopener">Original report</a>` : ''
  }</p>
<dl class="entry-facts article-facets">
${facet('People', page.people, 'person')}
${facet('Places', page.places, 'place')}
${facet('Topics', page.topics, 'topic')}
</dl>
<p>${plural(page.entries, 'entry', 'entries')} came from this article; the paragraphs they came from are marked.</p>
</header>
<div class="article-body">
${body(site, page)}
</div>
</article>`;

  return layout(
    site,
    {
      title: s.title,
      description: `${s.source}, ${formatDate(s.published.slice(0, 10))}: ${plural(page.entries, 'entry', 'entries')} on the ${site.title} timeline.`,
      path: page.path,
      section: 'articles',
      ogType: 'article',
      searchable: true,
      // The article, and each quotation it reports (a schema.org Quotation).
      jsonLd: [newsArticleJsonLd(site, page), ...page.quotations.map((q) => quotationJsonLd(site, q, absoluteUrl(site, page.path)))],
    },
    main,
  );
}
