// /dates/: every month with entries as a calendar; each day with entries links to its page.
import { html } from '../src/render/html.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import { monthCalendar } from './_includes/calendar.ts';
import { layout } from './_includes/layout.ts';
import { plural } from './_includes/partials.ts';
import { contextOf, type SiteGlobals } from './_includes/templateData.ts';

export const data = { permalink: paths.dates };

export function render(data: SiteGlobals): string {
  const ctx = contextOf(data);
  const { timeline } = ctx.view.data;
  const years = timeline.days.filter((d) => d.date.length === 4);
  const dayCount = timeline.days.filter((d) => d.date.length === 10).length;
  const main = html`<h1>Dates</h1>
<p class="lede">${plural(dayCount, 'day has', 'days have')} entries, across ${plural(timeline.months.length, 'month', 'months')}. Highlighted days link to their entries.</p>
<div class="calendars">
${timeline.months.map((m) => html`${monthCalendar(ctx, m.date)}\n`)}</div>
${
  years.length > 0
    ? html`<h2>Dated only to the year</h2><ul>${years.map((y) => html`<li><a href="${href(ctx.site, ctx.view.datePath(y.date))}">${y.date}</a> <span class="count">(${y.entries.length})</span></li>`)}</ul>`
    : ''
}`;
  return layout(ctx.site, { title: 'Dates', description: 'A calendar of the days with entries.', path: paths.dates, section: 'dates' }, main);
}
