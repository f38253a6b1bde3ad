// The shared shape of a page about one thing (a person, place, topic, outlet, day) that lists
// its entries, split over pages when there are many.
import { formatDate } from '../../src/render/dates.ts';
import { html, type SafeHtml } from '../../src/render/html.ts';
import type { Fingerprints } from '../../src/publish/pageFingerprints.ts';
import { href } from '../../src/site/siteConfig.ts';
import type { EntryListPage } from '../../src/site/siteView.ts';
import { entryList, type RenderContext } from './entryCard.ts';
import { layout, type PageMeta } from './layout.ts';
import { pageNumbers, pageSuffix, periodList, plural } from './partials.ts';

export interface ListingPage {
  /** Name of the subject; the h1. */
  heading: string;
  /** Shown on the first page only, above the entries (or the months). */
  intro: SafeHtml;
  /** Shown on every page, right under the h1. */
  subtitle?: SafeHtml;
  meta: Omit<PageMeta, 'title' | 'path'>;
  /** Path of the listing's first page. */
  base: string;
  /** On an outlet's page: the outlet's slug, so each card names that outlet's report. */
  outlet?: string;
}

export function listingPage<T>(ctx: RenderContext, page: EntryListPage<T>, listing: ListingPage): string {
  const { site } = ctx;
  const period = page.period;
  const heading = period ? `${listing.heading}: ${formatDate(period)}` : listing.heading;
  const title = `${heading}${pageSuffix(page.pageNumber, page.pageCount)}`;
  const numbers = pageNumbers(site, period ? `${listing.base}${period}/` : listing.base, page.pageNumber, page.pageCount);
  const first = period === null && page.pageNumber === 1;
  // Listings show compact cards; the full card, with every report, topic and mention, is on the timeline.
  const entries = page.periods
    ? html`<h2 id="entries">Entries by period</h2>
${periodList(site, page.periods, formatDate)}`
    : html`<h2 id="entries">Entries${page.pageCount > 1 ? html` <span class="count">(${plural(page.ids.length, 'entry', 'entries')} on this page)</span>` : ''}</h2>
${entryList(ctx, page.ids, { compact: true, outlet: listing.outlet })}`;
  const main = html`<h1>${title}</h1>
${listing.subtitle ? html`${listing.subtitle}\n` : ''}${first ? html`${listing.intro}\n` : html`<p><a href="${href(site, listing.base)}">All of ${listing.heading}</a></p>\n`}${entries}
${numbers}`;
  // Pages of one period say only what they show: totals, which change with every entry, are on the first page.
  const meta = period ? { ...listing.meta, description: `${listing.heading}: entries from ${formatDate(period)}.` } : listing.meta;
  return layout(site, { ...meta, title, path: page.path }, main);
}

/**
 * What a listing page depends on (see pagesFor): the first page shows the subject's totals and so
 * depends on all of it; a period's pages only on `shownOnEveryPage` (name, role …) and their entries.
 */
export function listingDependsOn<T extends object>(page: EntryListPage<T>, f: Fingerprints, shownOnEveryPage: unknown): unknown {
  return [
    page.period === null ? f.of(page.subject) : shownOnEveryPage,
    page.path,
    page.period,
    page.pageNumber,
    page.pageCount,
    page.periods,
    f.entries(page.ids),
  ];
}
