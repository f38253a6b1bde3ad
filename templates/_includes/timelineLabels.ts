// What a timeline page is called, in its title, its pager and the filter's links to it.
import { formatDate, formatDayHeading } from '../../src/render/dates.ts';
import type { TimelinePage } from '../../src/site/siteView.ts';

/** "18 April 2025" for a page of a month split by day, else "April 2025". */
export function periodName(page: TimelinePage): string {
  return page.day ? formatDayHeading(page.day) : formatDate(page.period);
}

/** The period, and the part when it spans several pages. */
export function pageLabel(page: TimelinePage): string {
  return `${periodName(page)}${page.pageCount > 1 ? `, part ${page.pageNumber}` : ''}`;
}
