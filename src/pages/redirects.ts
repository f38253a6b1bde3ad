// /dates/YYYY-MM-DD/, /dates/YYYY-MM/ and /dates/YYYY/: moved. A day or month is shown in one place,
// on the timeline; these URLs, linked from earlier versions of the site, redirect there.
import { isMonth, isYear } from '../dates/precision.ts';
import { formatDate, formatDayHeading } from '../render/dates.ts';
import { paths } from '../site/paths.ts';
import type { SiteView } from '../site/siteView.ts';
import type { PageModel, PageOf } from './model.ts';

export interface RedirectModel extends PageModel {
  /** Where the page moved. */
  to: string;
  /** What it is: "Friday 4 April 2025", "April 2025", "2024". */
  label: string;
}

/** A day's (or a year's) old page. */
export function dayRedirectModels(view: SiteView): Array<PageOf<RedirectModel>> {
  return view.data.timeline.days
    .filter((d) => !isMonth(d.date))
    .map(({ date }) => redirect(date, (v) => ({ to: v.datePath(date), label: isYear(date) ? date : formatDayHeading(date) })));
}

/** A month's old page. */
export function monthRedirectModels(view: SiteView): Array<PageOf<RedirectModel>> {
  return view.data.timeline.months.map(({ date }) => redirect(date, (v) => ({ to: v.datePath(date), label: formatDate(date) })));
}

function redirect(date: string, model: (view: SiteView) => Omit<RedirectModel, 'path'>): PageOf<RedirectModel> {
  const path = paths.date(date);
  return { path, key: date, model: (scope) => ({ path, ...model(scope.view) }) };
}
