// Entries grouped under sticky day headings: the body of a timeline page.
import { isDay as isDayDate } from '../../src/dates/precision.ts';
import { formatDayHeading, formatDate } from '../../src/render/dates.ts';
import { html, type SafeHtml } from '../../src/render/html.ts';
import { href } from '../../src/site/siteConfig.ts';
import type { DayGroup } from '../../src/site/siteView.ts';
import { entryList, type RenderContext } from './entryCard.ts';

/** "Friday 4 April 2025"; "Week of 24 March 2025" for entries known only to the week; "April 2025 (day not reported)". */
export function dayHeadingText(date: string, isDay = isDayDate(date)): string {
  if (isDayDate(date)) return isDay ? formatDayHeading(date) : `Week of ${formatDate(date)}`;
  return `${formatDate(date)} (day not reported)`;
}

export function dayGroups(ctx: RenderContext, days: readonly DayGroup[]): SafeHtml {
  return html`${days.map((day) => {
    const headingId = `day-${day.date}${day.continued ? '-cont' : ''}`;
    return html`<section class="day" aria-labelledby="${headingId}">
<h2 class="day-heading" id="${headingId}"><a href="${href(ctx.site, ctx.view.datePath(day.date))}"><time datetime="${day.date}">${dayHeadingText(day.date, ctx.view.day(day.date) !== undefined)}</time></a>${
      day.continued ? ' (continued)' : ''
    }</h2>
${entryList(ctx, day.ids)}
</section>
`;
  })}`;
}
