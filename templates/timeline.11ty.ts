// /timeline/YYYY-MM/, or for a long month /timeline/YYYY-MM-DD/ per day (and …/page/N/ for a long day): entries, oldest first.
// The one page of each month and of each day that has its own: the month's calendar is here too
// (the old /dates/ URLs redirect here).
import { isMonth } from '../src/dates/precision.ts';
import { formatDate, formatDayHeading } from '../src/render/dates.ts';
import { html } from '../src/render/html.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import { neighbours, type SiteView, type TimelinePage } from '../src/site/siteView.ts';
import { monthCalendar } from './_includes/calendar.ts';
import { pageLabel, periodName } from './_includes/timelineLabels.ts';
import { dayGroups } from './_includes/dayGroups.ts';
import { filterBar } from './_includes/filterBar.ts';
import { layout } from './_includes/layout.ts';
import { pager, pageSuffix, periodList, plural, type PagerLink } from './_includes/partials.ts';
import { contextOf, pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({
  template: 'timeline',
  select: (view) => view.timelinePages,
  path: (page) => page.path,
  dependsOn: (page, f, view) => {
    const { prev, next } = neighbours(view.timelinePages, page);
    const label = (p: TimelinePage | undefined) => p && [p.path, pageLabel(p)];
    return [
      page,
      f.entries(page.days.flatMap((d) => d.ids)),
      label(prev),
      label(next),
      calendarShown(page) && calendarDigest(view, page.period),
    ];
  },
});

/** A month's first page and each of its day pages show the month's calendar. */
function calendarShown(page: TimelinePage): boolean {
  return isMonth(page.period) && (page.day !== null || page.pageNumber === 1);
}

/** What the month's calendar and counts show: its days, their counts and where they link. */
function calendarDigest(view: SiteView, month: string): unknown {
  return view.monthSummary(month);
}

export function render(data: Paged<TimelinePage>): string {
  const ctx = contextOf(data);
  const page = data.item;
  const pages = ctx.view.timelinePages;
  const { prev, next } = neighbours(pages, page);
  const link = (p: TimelinePage | undefined): PagerLink | null => (p ? { path: p.path, label: pageLabel(p) } : null);
  const ids = page.days.flatMap((d) => d.ids);
  const title = `${periodName(page)}${pageSuffix(page.pageNumber, page.pageCount)}`;
  // A month split by day: its first page lists the days (and holds the entries dated only to the month).
  const days = page.dayLinks
    ? html`<h2 id="days">Days</h2>
${periodList(ctx.site, page.dayLinks, formatDayHeading)}`
    : '';

  const summary = ctx.view.monthSummary(page.period);
  const dayCount = page.day ? summary?.days.find((d) => d.date === page.day)?.count : undefined;
  const counts =
    page.day && dayCount !== undefined
      ? html`${plural(dayCount, 'entry', 'entries')} on ${formatDayHeading(page.day)}${page.pageCount > 1 ? html`, ${plural(ids.length, 'entry', 'entries')} on this page` : ''}, oldest first.`
      : summary && page.pageNumber === 1
        ? html`${plural(summary.entries, 'entry', 'entries')} in ${formatDate(page.period)} on ${plural(summary.days.length, 'day', 'days')}${
            page.dayLinks
              ? html`, each day on a page of its own${ids.length > 0 ? html`; ${plural(ids.length, 'entry', 'entries')} dated only to the month below` : ''}`
              : ', oldest first'
          }.`
        : html`${plural(ids.length, 'entry', 'entries')} on this page, oldest first.`;
  const main = html`<h1>Timeline: ${title}</h1>
<p class="lede">${counts} <a class="jump-latest" href="${href(ctx.site, paths.home)}#latest">Jump to the latest entry</a> · <a href="${href(ctx.site, paths.home)}">All months</a></p>
${pager(ctx.site, 'Months, top', link(prev), link(next))}
${calendarShown(page) ? monthCalendar(ctx, page.period, page.day) : ''}
${days}
${ids.length > 0 ? html`${filterBar(ctx, ids, page.path)}\n${dayGroups(ctx, page.days)}` : ''}
${pager(ctx.site, 'Months', link(prev), link(next))}`;

  return layout(
    ctx.site,
    {
      title: `Timeline: ${title}`,
      description: `${plural(ids.length, 'dated statement or event', 'dated statements and events')} from ${formatDate(page.period)}.`,
      path: page.path,
      section: 'timeline',
      scripts: [paths.filterScript],
    },
    main,
  );
}
