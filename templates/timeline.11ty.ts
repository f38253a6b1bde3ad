// /timeline/YYYY-MM/, or for a long month /timeline/YYYY-MM-DD/ per day (and …/page/N/ for a long day): entries, oldest first.
// The one page of each month and of each day that has its own: the month's calendar is here too
// (the old /dates/ URLs redirect here). Renders its page model (src/pages/timeline.ts) and nothing else.
import { formatDate, formatDayHeading } from '../src/render/dates.ts';
import { html } from '../src/render/html.ts';
import { timelinePageModels, type TimelinePageModel } from '../src/pages/timeline.ts';
import { periodName } from '../src/pages/timelineLabels.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import { monthCalendar } from './_includes/calendar.ts';
import { dayGroups } from './_includes/dayGroups.ts';
import { filterBar } from './_includes/filterBar.ts';
import { layout } from './_includes/layout.ts';
import { pager, pageSuffix, periodList, plural } from './_includes/partials.ts';
import { pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({ template: 'timeline', models: timelinePageModels });

export function render({ site, item: page }: Paged<TimelinePageModel>): string {
  const title = `${periodName(page)}${pageSuffix(page.pageNumber, page.pageCount)}`;
  // A month split by day: its first page lists the days (and holds the entries dated only to the month).
  const days = page.dayLinks
    ? html`<h2 id="days">Days</h2>
${periodList(site, page.dayLinks, formatDayHeading)}`
    : '';
  const count = page.count;
  const counts =
    page.day && page.dayCount !== null
      ? html`${plural(page.dayCount, 'entry', 'entries')} on ${formatDayHeading(page.day)}${page.pageCount > 1 ? html`, ${plural(count, 'entry', 'entries')} on this page` : ''}, oldest first.`
      : page.month
        ? html`${plural(page.month.entries, 'entry', 'entries')} in ${formatDate(page.period)} on ${plural(page.month.days, 'day', 'days')}${
            page.dayLinks
              ? html`, each day on a page of its own${count > 0 ? html`; ${plural(count, 'entry', 'entries')} dated only to the month below` : ''}`
              : ', oldest first'
          }.`
        : html`${plural(count, 'entry', 'entries')} on this page, oldest first.`;
  const main = html`<h1>Timeline: ${title}</h1>
<p class="lede">${counts} <a class="jump-latest" href="${href(site, paths.home)}#latest">Jump to the latest entry</a> · <a href="${href(site, paths.home)}">All months</a></p>
${pager(site, 'Months, top', page.prev, page.next)}
${page.calendar ? monthCalendar(site, page.calendar.model, page.calendar.current) : ''}
${days}
${page.filterBar ? html`${filterBar(site, page.filterBar)}\n${dayGroups(site, page.days)}` : ''}
${pager(site, 'Months', page.prev, page.next)}`;

  return layout(
    site,
    {
      title: `Timeline: ${title}`,
      description: `${plural(count, 'dated statement or event', 'dated statements and events')} from ${formatDate(page.period)}.`,
      path: page.path,
      section: 'timeline',
      scripts: [paths.filterScript],
    },
    main,
  );
}
