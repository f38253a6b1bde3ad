// A month as a calendar table; days with entries link to their day page.
import { dateParts, dayOfMonth, daysInMonth, formatDate, monthName, weekday } from '../../src/render/dates.ts';
import { html, type SafeHtml } from '../../src/render/html.ts';
import { href } from '../../src/site/siteConfig.ts';
import type { RenderContext } from './entryCard.ts';
import { plural } from './partials.ts';

const WEEK = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** `month` is `YYYY-MM`. `current` marks the day page being shown, if any. */
export function monthCalendar(ctx: RenderContext, month: string, current: string | null = null): SafeHtml {
  const { year, month: m } = dateParts(month);
  if (m === null) return html``;
  const length = daysInMonth(year, m);
  const leading = (weekday(`${month}-01`) + 6) % 7; // Monday-first weeks
  const cells: Array<number | null> = [...Array<null>(leading).fill(null), ...Array.from({ length }, (_, i) => i + 1)];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));

  const cell = (day: number | null): SafeHtml => {
    if (day === null) return html`<td></td>`;
    const date = dayOfMonth(month, day);
    const count = ctx.view.day(date)?.entries.length ?? 0;
    if (count === 0) return html`<td>${day}</td>`;
    const isCurrent = date === current;
    return html`<td class="has-entries${isCurrent ? ' is-current' : ''}"><a href="${href(ctx.site, ctx.view.datePath(date))}"${
      isCurrent ? html` aria-current="page"` : ''
    }>${day}<span class="visually-hidden"> ${monthName(m)}: ${plural(count, 'entry', 'entries')}</span></a></td>`;
  };

  return html`<table class="calendar">
<caption><a href="${href(ctx.site, ctx.view.datePath(month))}">${formatDate(month)}</a></caption>
<thead><tr>${WEEK.map((d) => html`<th scope="col"><abbr title="${d}">${d.slice(0, 2)}</abbr></th>`)}</tr></thead>
<tbody>
${weeks.map((week) => html`<tr>${week.map(cell)}</tr>\n`)}</tbody>
</table>`;
}
