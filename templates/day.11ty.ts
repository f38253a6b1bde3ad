// /dates/YYYY-MM-DD/ (and /dates/YYYY/ for entries known only to the year): one day's entries.
import { isDay, isMonth, isYear } from '../src/dates/precision.ts';
import { formatDayHeading } from '../src/render/dates.ts';
import { html } from '../src/render/html.ts';
import { paths } from '../src/site/paths.ts';
import { entryListPages, neighbours, type EntryListPage, type SiteView } from '../src/site/siteView.ts';
import type { DayPage } from '../src/types.ts';
import { monthCalendar } from './_includes/calendar.ts';
import { listingPage } from './_includes/listing.ts';
import { pager, plural } from './_includes/partials.ts';
import { contextOf, oncePerView, pagesFor, type Paged } from './_includes/templateData.ts';

/** Days and years get a page; entries dated only to a month are on the month's page. */
const hasOwnPage = (day: DayPage) => !isMonth(day.date);

const daysWithPages = (view: SiteView): DayPage[] => oncePerView(view, 'daysWithPages', (v) => v.data.timeline.days.filter(hasOwnPage));

export const data = pagesFor({
  template: 'day',
  select: (view) => view.data.timeline.days.filter(hasOwnPage).flatMap((d) => entryListPages(d, paths.date(d.date), d.entries, null)),
  path: (page) => page.path,
  dependsOn: (page, f, view) => {
    const { prev, next } = neighbours(daysWithPages(view), page.subject);
    const month = view.month(page.subject.date.slice(0, 7));
    return [f.of(page.subject), page.path, page.pageNumber, page.pageCount, f.entries(page.ids), prev?.date, next?.date, month && f.of(month)];
  },
});

export function render(data: Paged<EntryListPage<DayPage>>): string {
  const ctx = contextOf(data);
  const day = data.item.subject;
  const { prev, next } = neighbours(daysWithPages(ctx.view), day);
  const link = (d: DayPage | undefined) => (d ? { path: paths.date(d.date), label: formatDayHeading(d.date) } : null);
  const heading = isYear(day.date) ? `${day.date} (day and month not reported)` : formatDayHeading(day.date);

  return listingPage(ctx, data.item, {
    heading,
    subtitle: pager(ctx.site, 'Previous and next day', link(prev), link(next)),
    intro: html`<p>${plural(day.entries.length, 'entry', 'entries')}.</p>
${isDay(day.date) ? monthCalendar(ctx, day.date.slice(0, 7), day.date) : ''}`,
    base: paths.date(day.date),
    meta: { description: `${plural(day.entries.length, 'entry', 'entries')} from ${heading}.`, section: 'dates' },
  });
}
