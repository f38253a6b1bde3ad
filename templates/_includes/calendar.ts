// A month as a calendar table, from its model (src/pages/calendar.ts); days with entries link to where they are shown.
import { dateParts, dayOfMonth, formatDate, monthName, weekday } from '../../src/render/dates.ts';
import { html, type SafeHtml } from '../../src/render/html.ts';
import type { CalendarModel } from '../../src/pages/calendar.ts';
import { href, type SiteConfig } from '../../src/site/siteConfig.ts';
import { plural } from './partials.ts';

const WEEK = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** `current` marks the day page being shown, if any. */
export function monthCalendar(site: SiteConfig, calendar: CalendarModel, current: string | null = null): SafeHtml {
  const { month } = calendar;
  const m = dateParts(month).month ?? 1;
  const leading = (weekday(`${month}-01`) + 6) % 7; // Monday-first weeks
  const cells: Array<number | null> = [...Array<null>(leading).fill(null), ...calendar.days.map((_, i) => i + 1)];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));

  const cell = (day: number | null): SafeHtml => {
    if (day === null) return html`<td></td>`;
    const shown = calendar.days[day - 1];
    if (!shown) return html`<td>${day}</td>`;
    const isCurrent = dayOfMonth(month, day) === current;
    return html`<td class="has-entries${isCurrent ? ' is-current' : ''}"><a href="${href(site, shown.path)}"${
      isCurrent ? html` aria-current="page"` : ''
    }>${day}<span class="visually-hidden"> ${monthName(m)}: ${plural(shown.count, 'entry', 'entries')}</span></a></td>`;
  };

  return html`<table class="calendar">
<caption><a href="${href(site, calendar.path)}">${formatDate(month)}</a></caption>
<thead><tr>${WEEK.map((d) => html`<th scope="col"><abbr title="${d}">${d.slice(0, 2)}</abbr></th>`)}</tr></thead>
<tbody>
${weeks.map((week) => html`<tr>${week.map(cell)}</tr>\n`)}</tbody>
</table>`;
}
