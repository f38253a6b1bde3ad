// /articles/<id>/: the clean article, block by block, with the blocks that gave entries marked.
import { formatDate, formatShortDate } from '../src/render/dates.ts';
import { externalUrl, html, join, raw, type SafeHtml } from '../src/render/html.ts';
import type { JsonValue } from '../src/render/jsonLd.ts';
import { entryTitle } from '../src/site/entryTitle.ts';
import { paths } from '../src/site/paths.ts';
import { absoluteUrl, href, type SiteConfig } from '../src/site/siteConfig.ts';
import { groupInOrder, peopleOf, type SiteView } from '../src/site/siteView.ts';
import type { ArticlePage, Entry, Paragraph, Ref } from '../src/types.ts';
import { personLink, placeLink, topicLink, type RenderContext } from './_includes/entryCard.ts';
import { layout } from './_includes/layout.ts';
import { plural } from './_includes/partials.ts';
import { contextOf, pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({
  template: 'article',
  select: (view) => view.data.articles,
  path: (article) => paths.article(article.summary.id),
  dependsOn: (article, f) => f.article(article),
});

function block(ctx: RenderContext, article: ArticlePage, b: Paragraph, blockHtml: string): SafeHtml {
  // The block HTML was sanitised by the content pipeline (rehype-sanitize): the one raw() input.
  const body = raw(blockHtml);
  const ids = article.entriesByAnchor[b.anchor] ?? [];
  if (ids.length === 0) return html`${body}\n`;
  const links = ids.map((id) => {
    const e = ctx.view.entry(id);
    return html`<a href="${href(ctx.site, ctx.view.timelineHref(id))}">${formatShortDate(e.date)}: ${entryTitle(e, 50)}</a>`;
  });
  return html`<div class="block has-entries">
${body}
<p class="block-entries" data-pagefind-ignore>${ids.length === 1 ? 'Entry' : 'Entries'}: ${join(links, ' · ')}</p>
</div>\n`;
}

function body(ctx: RenderContext, article: ArticlePage): SafeHtml {
  const render = (b: Paragraph) => block(ctx, article, b, b.html);
  if (article.posts.length === 0) return html`${article.blocks.map(render)}`;
  // Live blog: each post (its heading and the blocks under it) in a section of its own.
  return html`${groupInOrder(article.blocks, (b) => (b.post === null ? 'intro' : `post-${b.post}`)).map(([key, blocks]) =>
    key === 'intro' ? html`${blocks.map(render)}` : html`<section class="post">\n${blocks.map(render)}</section>\n`,
  )}`;
}

function unique(refs: Ref[]): Ref[] {
  return [...new Map(refs.map((r) => [r.slug, r])).values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/**
 * A quotation the article reports, part of the page's NewsArticle (by its @id). Other reports of a
 * repeated quote are not listed here: they are on the entry's full card, on the timeline (`url`).
 */
function quotationJsonLd(site: SiteConfig, view: SiteView, entry: Entry, articleUrl: string): JsonValue {
  return {
    '@context': 'https://schema.org',
    '@type': 'Quotation',
    text: entry.quote,
    url: absoluteUrl(site, view.timelineHref(entry.id)),
    dateCreated: entry.instant ?? entry.date,
    ...(entry.speaker
      ? {
          creator: {
            '@type': entry.speaker.kind === 'organisation' ? 'Organization' : 'Person',
            name: entry.speaker.name,
            url: absoluteUrl(site, view.speakerPath(entry.speaker.slug) ?? paths.person(entry.speaker.slug)),
          },
        }
      : {}),
    ...(entry.place ? { locationCreated: { '@type': 'Place', name: entry.place.name } } : {}),
    about: entry.topics.map((t) => t.name),
    isPartOf: { '@id': articleUrl },
  };
}

function newsArticleJsonLd(site: SiteConfig, article: ArticlePage): JsonValue {
  const s = article.summary;
  const original = externalUrl(s.url);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': absoluteUrl(site, paths.article(s.id)),
    headline: s.title,
    datePublished: s.published,
    url: absoluteUrl(site, paths.article(s.id)),
    mainEntityOfPage: absoluteUrl(site, paths.article(s.id)),
    author: s.authors.map((name) => ({ '@type': 'Person', name })),
    publisher: { '@type': 'Organization', name: s.source },
    ...(original ? { isBasedOn: original } : {}),
  };
}

export function render(data: Paged<ArticlePage>): string {
  const ctx = contextOf(data);
  const { site, view } = ctx;
  const article = data.item;
  const s = article.summary;
  const outlet = view.outletOfArticle(s.id);
  const original = externalUrl(s.url);
  const entries = article.entries.map((id) => view.entry(id));
  const people = unique(entries.flatMap(peopleOf));
  const places = unique(entries.flatMap((e) => (e.place ? [e.place] : [])));
  const topics = unique(entries.flatMap((e) => e.topics));
  const facet = (label: string, links: SafeHtml[]) =>
    links.length > 0 ? html`<div><dt>${label}</dt><dd>${join(links, ', ')}</dd></div>` : '';

  const main = html`<article class="article">
<header class="article-header">
<h1>${s.title}</h1>
<p class="article-meta">${s.kind === 'liveblog' ? html`<span class="badge">Live blog</span> ` : ''}<a href="${href(site, paths.outlet(outlet?.slug ?? ''))}"><span data-pagefind-filter="source">${s.source}</span></a>${
    s.authors.length > 0 ? html`, by ${s.authors.join(', ')}` : ''
  }, <time datetime="${s.published}">${formatDate(s.published.slice(0, 10))}</time>${
    original ? html` · <a href="${original}" rel="external noopener">Original report</a>` : ''
  }</p>
<dl class="entry-facts article-facets">
${facet(
  'People',
  people.map((p) => personLink(ctx, p, true)),
)}
${facet(
  'Places',
  places.map((p) => placeLink(ctx, p, true)),
)}
${facet(
  'Topics',
  topics.map((t) => topicLink(ctx, t, true)),
)}
</dl>
<p>${plural(entries.length, 'entry', 'entries')} came from this article; the paragraphs they came from are marked.</p>
</header>
<div class="article-body">
${body(ctx, article)}
</div>
</article>`;

  return layout(
    site,
    {
      title: s.title,
      description: `${s.source}, ${formatDate(s.published.slice(0, 10))}: ${plural(entries.length, 'entry', 'entries')} on the ${site.title} timeline.`,
      path: paths.article(s.id),
      section: 'articles',
      ogType: 'article',
      searchable: true,
      // The article, and each quotation it reports (a schema.org Quotation).
      jsonLd: [
        newsArticleJsonLd(site, article),
        ...entries
          .filter((e) => e.quote)
          .slice(0, 50)
          .map((e) => quotationJsonLd(site, view, e, absoluteUrl(site, paths.article(s.id)))),
      ],
    },
    main,
  );
}
