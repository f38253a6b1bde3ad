// /timeline/YYYY-MM/ and, for a long month, /timeline/YYYY-MM-DD/ (…/page/N/): a page of the timeline as shown.
import { isMonth } from '../dates/precision.ts';
import type { PeriodLink, SiteView, TimelineLink, TimelinePage } from '../site/siteView.ts';
import { calendarOf, type CalendarModel } from './calendar.ts';
import { entryCards, type FullCard } from './entryCards.ts';
import { filterBarOf, type FilterBarModel } from './filterBar.ts';
import type { ModelScope, PageModel, PageOf } from './model.ts';
import { pageLabel } from './timelineLabels.ts';

export interface TimelinePageModel extends PageModel {
  /** `YYYY-MM`, or `YYYY`. */
  period: string;
  /** The day the page covers when its month is split by day. */
  day: string | null;
  pageNumber: number;
  pageCount: number;
  /** The previous and next pages of the timeline. */
  prev: { path: string; label: string } | null;
  next: { path: string; label: string } | null;
  /** On a month's first page and its day pages. */
  calendar: { model: CalendarModel; current: string | null } | null;
  /** On the first page of a month split by day: its days. */
  dayLinks: PeriodLink[] | null;
  /** The day's entries when the page is a day's; else null. */
  dayCount: number | null;
  /** On a month's first page (not a day's): its entries and days. */
  month: { entries: number; days: number } | null;
  /** Entries on this page. */
  count: number;
  filterBar: FilterBarModel | null;
  days: Array<{
    date: string;
    /** Where the day is shown. */
    path: string;
    /** A day (not a week, month or year) with entries of its own. */
    isDay: boolean;
    continued: boolean;
    cards: FullCard[];
  }>;
}

/** A month's first page and each of its day pages show the month's calendar. */
function calendarShown(page: TimelinePage): boolean {
  return isMonth(page.period) && (page.day !== null || page.pageNumber === 1);
}

export function timelinePageModels(view: SiteView): Array<PageOf<TimelinePageModel>> {
  return view.timelinePages.map(({ path }) => ({ path, key: path, model: (scope) => timelinePageModel(scope, path) }));
}

function timelinePageModel(scope: ModelScope, path: string): TimelinePageModel {
  const { view } = scope;
  const page = view.timelinePage(path);
  if (!page) throw new Error(`${path}: no longer a page of the timeline`);
  const cards = entryCards(scope);
  const link = (p: TimelineLink | undefined) => (p ? { path: p.path, label: pageLabel(p) } : null);
  const { prev, next } = view.timelineNeighbours(path);
  const ids = page.days.flatMap((d) => d.ids);
  const summary = view.monthSummary(page.period);
  const calendar = calendarShown(page) ? calendarOf(scope, page.period) : null;
  const dayCount = page.day ? (summary?.days.find((d) => d.date === page.day)?.count ?? null) : null;
  return {
    path: page.path,
    period: page.period,
    day: page.day,
    pageNumber: page.pageNumber,
    pageCount: page.pageCount,
    prev: link(prev),
    next: link(next),
    calendar: calendar ? { model: calendar, current: page.day } : null,
    dayLinks: page.dayLinks,
    dayCount,
    month: dayCount === null && summary && page.pageNumber === 1 ? { entries: summary.entries, days: summary.days.length } : null,
    count: ids.length,
    filterBar: ids.length > 0 ? filterBarOf(view, ids, page.path) : null,
    days: page.days.map((d) => ({
      date: d.date,
      path: view.datePath(d.date),
      isDay: view.day(d.date) !== undefined,
      continued: d.continued,
      cards: d.ids.map((id) => cards.full(id)),
    })),
  };
}
