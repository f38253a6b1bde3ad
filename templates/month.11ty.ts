// /dates/YYYY-MM/: a month's calendar, its days with entries, and entries dated only to the month.
import { isDay } from '../src/dates/precision.ts';
import { neighbours } from '../src/site/siteView.ts';
import { formatDate, formatDayHeading } from '../src/render/dates.ts';
import { html } from '../src/render/html.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import type { DayPage } from '../src/types.ts';
import { monthCalendar } from './_includes/calendar.ts';
import { entryList } from './_includes/entryCard.ts';
import { layout } from './_includes/layout.ts';
import { pager, plural } from './_includes/partials.ts';
import { contextOf, pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({
  template: 'month',
  select: (view) => view.data.timeline.months,
  path: (month) => paths.date(month.date),
  dependsOn: (month, f, view) => {
    const { prev, next } = neighbours(view.data.timeline.months, month);
    const monthOnly = view.day(month.date);
    const timelinePage = view.timelinePages.find((p) => p.period === month.date);
    return [f.of(month), prev?.date, next?.date, monthOnly && f.entries(monthOnly.entries), timelinePage?.path];
  },
});

export function render(data: Paged<DayPage>): string {
  const ctx = contextOf(data);
  const { site, view } = ctx;
  const month = data.item;
  const months = view.data.timeline.months;
  const { prev, next } = neighbours(months, month);
  const link = (m: DayPage | undefined) => (m ? { path: paths.date(m.date), label: formatDate(m.date) } : null);
  const days = view.data.timeline.days.filter((d) => isDay(d.date) && d.date.startsWith(`${month.date}-`));
  const monthOnly = view.day(month.date);
  const timelinePage = view.timelinePages.find((p) => p.period === month.date);

  const main = html`<h1>${formatDate(month.date)}</h1>
<p class="lede">${plural(month.entries.length, 'entry', 'entries')} on ${plural(days.length, 'day', 'days')}.${
    timelinePage ? html` <a href="${href(site, timelinePage.path)}">Read the month on the timeline</a>.` : ''
  }</p>
${monthCalendar(ctx, month.date)}
${
  days.length > 0
    ? html`<h2>Days</h2>
<ul class="day-list">
${days.map((d) => {
  const speakers = [...new Set(d.entries.map((id) => view.entry(id)).flatMap((e) => (e.speaker ? [e.speaker.name] : [])))];
  return html`<li><a href="${href(site, paths.date(d.date))}"><time datetime="${d.date}">${formatDayHeading(d.date)}</time></a> <span class="count">(${d.entries.length})</span>${
    speakers.length > 0 ? html` <span class="muted">${speakers.slice(0, 5).join(', ')}${speakers.length > 5 ? ' …' : ''}</span>` : ''
  }</li>\n`;
})}</ul>`
    : ''
}
${monthOnly ? html`<h2>Dated only to ${formatDate(month.date)}</h2>\n${entryList(ctx, monthOnly.entries, { compact: true })}` : ''}
${pager(site, 'Previous and next month', link(prev), link(next))}`;

  return layout(
    site,
    { title: formatDate(month.date), description: `Entries from ${formatDate(month.date)}, day by day.`, path: paths.date(month.date), section: 'dates' },
    main,
  );
}
