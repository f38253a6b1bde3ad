// /dates/: the latest months with entries as calendars (each day with entries links to its page),
// earlier months as links by year, so the page stays small over years of news. Renders its page model (src/pages/overview.ts).
import { formatDate } from '../src/render/dates.ts';
import { html } from '../src/render/html.ts';
import { datesModels, type DatesModel } from '../src/pages/overview.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import { monthCalendar } from './_includes/calendar.ts';
import { layout } from './_includes/layout.ts';
import { plural } from './_includes/partials.ts';
import { pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({ template: 'dates', models: datesModels });

export function render({ site, item: page }: Paged<DatesModel>): string {
  const main = html`<h1>Dates</h1>
<p class="lede">${plural(page.days, 'day has', 'days have')} entries, across ${plural(page.months, 'month', 'months')}. Highlighted days link to their entries.</p>
<div class="calendars">
${page.calendars.map((c) => html`${monthCalendar(site, c)}\n`)}</div>
${
  page.earlier.length > 0
    ? html`<h2>Earlier months</h2>${page.earlier.map(
        ({ year, months }) =>
          html`<h3>${year}</h3><ul>${months.map(
            (m) => html`<li><a href="${href(site, m.path)}">${formatDate(m.month)}</a> <span class="count">(${m.count})</span></li>`,
          )}</ul>\n`,
      )}`
    : ''
}
${
  page.years.length > 0
    ? html`<h2>Dated only to the year</h2><ul>${page.years.map((y) => html`<li><a href="${href(site, y.path)}">${y.year}</a> <span class="count">(${y.count})</span></li>`)}</ul>`
    : ''
}`;
  return layout(site, { title: 'Dates', description: 'A calendar of the days with entries.', path: paths.dates, section: 'dates' }, main);
}
