// /entries/<id>/: one entry on its own page — the unit of search, feeds and sharing.
import { formatDate } from '../src/render/dates.ts';
import { html } from '../src/render/html.ts';
import type { JsonValue } from '../src/render/jsonLd.ts';
import { entryTitle } from '../src/site/entryTitle.ts';
import { paths } from '../src/site/paths.ts';
import { absoluteUrl, href, type SiteConfig } from '../src/site/siteConfig.ts';
import { neighbours, type SiteView } from '../src/site/siteView.ts';
import type { Entry } from '../src/types.ts';
import { entryCard } from './_includes/entryCard.ts';
import { layout } from './_includes/layout.ts';
import { pager } from './_includes/partials.ts';
import { contextOf, onePagePer, type Paged } from './_includes/templateData.ts';

export const data = {
  pagination: onePagePer((view) => view.entries),
  permalink: (data: Paged<Entry>) => paths.entry(data.item.id),
};

function quotationJsonLd(site: SiteConfig, view: SiteView, entry: Entry): JsonValue {
  return {
    '@context': 'https://schema.org',
    '@type': 'Quotation',
    text: entry.quote,
    url: absoluteUrl(site, paths.entry(entry.id)),
    dateCreated: entry.instant ?? entry.date,
    ...(entry.speaker
      ? { creator: { '@type': entry.speaker.kind === 'organisation' ? 'Organization' : 'Person', name: entry.speaker.name, url: absoluteUrl(site, paths.person(entry.speaker.slug)) } }
      : {}),
    ...(entry.place ? { locationCreated: { '@type': 'Place', name: entry.place.name } } : {}),
    about: entry.topics.map((t) => t.name),
    isPartOf: entry.sources.map((s) => {
      const article = view.article(s.article)?.summary;
      return { '@type': 'NewsArticle', headline: article?.title ?? s.article, url: absoluteUrl(site, paths.source(s)) };
    }),
  };
}

export function render(data: Paged<Entry>): string {
  const ctx = contextOf(data);
  const entry = data.item;
  const entries = ctx.view.entries;
  const { prev, next } = neighbours(entries, entry);
  const link = (e: Entry | undefined) => (e ? { path: paths.entry(e.id), label: `${formatDate(e.date)}: ${entryTitle(e, 40)}` } : null);
  const title = entryTitle(entry);
  const dayPath = ctx.view.datePath(entry.date);

  const main = html`<h1>${title}</h1>
${entryCard(ctx, entry, { searchFilters: true })}
<p class="context-links" data-pagefind-ignore>See it <a href="${href(ctx.site, ctx.view.timelineHref(entry.id))}">on the timeline</a>${
    html` or with <a href="${href(ctx.site, dayPath)}">everything from ${formatDate(entry.date)}</a>`
  }.</p>
<div data-pagefind-ignore>${pager(ctx.site, 'Previous and next entry', link(prev), link(next))}</div>`;

  return layout(
    ctx.site,
    {
      title,
      description: `${formatDate(entry.date)}: ${entry.text}`.slice(0, 300),
      path: paths.entry(entry.id),
      section: 'timeline',
      ogType: 'article',
      searchable: true,
      jsonLd: entry.quote ? [quotationJsonLd(ctx.site, ctx.view, entry)] : [],
    },
    main,
  );
}
