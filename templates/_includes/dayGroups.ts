// Entries grouped under sticky day headings: the body of a timeline page.
import { isDay as isDayDate } from '../../src/dates/precision.ts';
import { formatDayHeading, formatDate } from '../../src/render/dates.ts';
import { html, type SafeHtml } from '../../src/render/html.ts';
import type { TimelinePageModel } from '../../src/pages/timeline.ts';
import { href, type SiteConfig } from '../../src/site/siteConfig.ts';
import { entryList } from './entryCard.ts';

/** "Friday 4 April 2025"; "Week of 24 March 2025" for entries known only to the week; "April 2025 (day not reported)". */
export function dayHeadingText(date: string, isDay = isDayDate(date)): string {
  if (isDayDate(date)) return isDay ? formatDayHeading(date) : `Week of ${formatDate(date)}`;
  return `${formatDate(date)} (day not reported)`;
}

export function dayGroups(site: SiteConfig, days: TimelinePageModel['days']): SafeHtml {
  return html`${days.map((day) => {
    const headingId = `day-${day.date}${day.continued ? '-cont' : ''}`;
    return html`<section class="day" aria-labelledby="${headingId}">
<h2 class="day-heading" id="${headingId}"><a href="${href(site, day.path)}"><time datetime="${day.date}">${dayHeadingText(day.date, day.isDay)}</time></a>${
      day.continued ? ' (continued)' : ''
    }</h2>
${entryList(site, day.cards)}
</section>
`;
  })}`;
}
