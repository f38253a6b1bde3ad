// The shared shape of a page about one thing (a person, place, topic, outlet, speaker × topic) that
// lists its entries, split over pages when there are many: renders a listing model (src/pages/listing.ts).
import { formatDate } from '../../src/render/dates.ts';
import { html, type SafeHtml } from '../../src/render/html.ts';
import type { ListingModel } from '../../src/pages/listing.ts';
import { href, type SiteConfig } from '../../src/site/siteConfig.ts';
import { entryList } from './entryCard.ts';
import { layout, type PageMeta } from './layout.ts';
import { pageNumbers, pageSuffix, periodList, plural } from './partials.ts';

export interface ListingPage {
  /** Name of the subject; the h1. */
  heading: string;
  /** Shown on the first page only (the model's intro), above the entries (or the periods); null on the others. */
  intro: SafeHtml | null;
  /** Shown on every page, right under the h1. */
  subtitle?: SafeHtml;
  /** The first page's description; a period's pages say which period they list. */
  meta: Omit<PageMeta, 'title' | 'path'>;
}

export function listingPage<S, I>(site: SiteConfig, page: ListingModel<S, I>, listing: ListingPage): string {
  const period = page.period;
  const heading = period ? `${listing.heading}: ${formatDate(period)}` : listing.heading;
  const title = `${heading}${pageSuffix(page.pageNumber, page.pageCount)}`;
  const numbers = pageNumbers(site, period ? `${page.base}${period}/` : page.base, page.pageNumber, page.pageCount);
  // Listings show compact cards; the full card, with every report, topic and mention, is on the timeline.
  const entries = page.periods
    ? html`<h2 id="entries">Entries by period</h2>
${periodList(site, page.periods, formatDate)}`
    : html`<h2 id="entries">Entries${page.pageCount > 1 ? html` <span class="count">(${plural(page.cards.length, 'entry', 'entries')} on this page)</span>` : ''}</h2>
${entryList(site, page.cards)}`;
  const main = html`<h1>${title}</h1>
${listing.subtitle ? html`${listing.subtitle}\n` : ''}${listing.intro ? html`${listing.intro}\n` : html`<p><a href="${href(site, page.base)}">All of ${listing.heading}</a></p>\n`}${entries}
${numbers}`;
  // Pages of one period say only what they show: totals, which change with every entry, are on the first page.
  const meta = period ? { ...listing.meta, description: `${listing.heading}: entries from ${formatDate(period)}.` } : listing.meta;
  return layout(site, { ...meta, title, path: page.path }, main);
}
