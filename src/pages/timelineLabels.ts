// What a timeline page is called, in its title, its pager and the filter's links to it.
import { formatDate, formatDayHeading } from '../render/dates.ts';
import type { TimelinePage } from '../site/siteView.ts';

/** "18 April 2025" for a page of a month split by day, else "April 2025". */
export function periodName(page: Pick<TimelinePage, 'day' | 'period'>): string {
  return page.day ? formatDayHeading(page.day) : formatDate(page.period);
}

/** The period, and the part when it spans several pages. */
export function pageLabel(page: Pick<TimelinePage, 'day' | 'period' | 'pageNumber' | 'pageCount'>): string {
  return `${periodName(page)}${page.pageCount > 1 ? `, part ${page.pageNumber}` : ''}`;
}
