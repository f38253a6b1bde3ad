// The shared shape of a page about one thing (a person, place, topic, outlet, day) that lists
// its entries, split over pages when there are many.
import { html, type SafeHtml } from '../../src/render/html.ts';
import type { EntryListPage } from '../../src/site/siteView.ts';
import { entryList, type RenderContext } from './entryCard.ts';
import { layout, type PageMeta } from './layout.ts';
import { pageNumbers, pageSuffix, plural } from './partials.ts';

export interface ListingPage {
  /** Name of the subject; the h1. */
  heading: string;
  /** Shown on the first page only, above the entries. */
  intro: SafeHtml;
  /** Shown on every page, right under the h1. */
  subtitle?: SafeHtml;
  meta: Omit<PageMeta, 'title' | 'path'>;
  /** Path of the listing's first page. */
  base: string;
}

export function listingPage<T>(ctx: RenderContext, page: EntryListPage<T>, listing: ListingPage): string {
  const title = `${listing.heading}${pageSuffix(page.pageNumber, page.pageCount)}`;
  const numbers = pageNumbers(ctx.site, listing.base, page.pageNumber, page.pageCount);
  const main = html`<h1>${title}</h1>
${listing.subtitle ?? ''}
${page.pageNumber === 1 ? listing.intro : ''}
<h2 id="entries">Entries${page.pageCount > 1 ? html` <span class="count">(${plural(page.ids.length, 'entry', 'entries')} on this page)</span>` : ''}</h2>
${entryList(ctx, page.ids)}
${numbers}`;
  return layout(ctx.site, { ...listing.meta, title, path: page.path }, main);
}
