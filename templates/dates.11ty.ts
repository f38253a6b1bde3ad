// /dates/: the latest months with entries as calendars (each day with entries links to its page),
// earlier months as links by year, so the page stays small over years of news.
import { isDay, isYear } from '../src/dates/precision.ts';
import { formatDate } from '../src/render/dates.ts';
import { html } from '../src/render/html.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import { monthCalendar } from './_includes/calendar.ts';
import { layout } from './_includes/layout.ts';
import { plural } from './_includes/partials.ts';
import { contextOf, type SiteGlobals } from './_includes/templateData.ts';

export const data = { permalink: paths.dates };

const CALENDARS = 12;

export function render(data: SiteGlobals): string {
  const ctx = contextOf(data);
  const { timeline } = ctx.view.data;
  const years = timeline.days.filter((d) => isYear(d.date));
  const dayCount = timeline.days.filter((d) => isDay(d.date)).length;
  const recent = timeline.months.slice(-CALENDARS);
  const earlier = timeline.months.slice(0, -CALENDARS);
  const byYear = new Map<string, typeof earlier>();
  for (const m of earlier) byYear.set(m.date.slice(0, 4), [...(byYear.get(m.date.slice(0, 4)) ?? []), m]);
  const main = html`<h1>Dates</h1>
<p class="lede">${plural(dayCount, 'day has', 'days have')} entries, across ${plural(timeline.months.length, 'month', 'months')}. Highlighted days link to their entries.</p>
<div class="calendars">
${recent.map((m) => html`${monthCalendar(ctx, m.date)}\n`)}</div>
${
  earlier.length > 0
    ? html`<h2>Earlier months</h2>${[...byYear].map(
        ([year, months]) =>
          html`<h3>${year}</h3><ul>${months.map(
            (m) =>
              html`<li><a href="${href(ctx.site, ctx.view.datePath(m.date))}">${formatDate(m.date)}</a> <span class="count">(${m.entries.length})</span></li>`,
          )}</ul>\n`,
      )}`
    : ''
}
${
  years.length > 0
    ? html`<h2>Dated only to the year</h2><ul>${years.map((y) => html`<li><a href="${href(ctx.site, ctx.view.datePath(y.date))}">${y.date}</a> <span class="count">(${y.entries.length})</span></li>`)}</ul>`
    : ''
}`;
  return layout(
    ctx.site,
    { title: 'Dates', description: 'A calendar of the days with entries.', path: paths.dates, section: 'dates' },
    main,
  );
}
