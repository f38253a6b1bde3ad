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
    .map((d) =>
      redirect(paths.date(d.date), () => ({ to: view.datePath(d.date), label: isYear(d.date) ? d.date : formatDayHeading(d.date) })),
    );
}

/** A month's old page. */
export function monthRedirectModels(view: SiteView): Array<PageOf<RedirectModel>> {
  return view.data.timeline.months.map((m) =>
    redirect(paths.date(m.date), () => ({ to: view.datePath(m.date), label: formatDate(m.date) })),
  );
}

function redirect(path: string, model: () => Omit<RedirectModel, 'path'>): PageOf<RedirectModel> {
  return { path, model: () => ({ path, ...model() }) };
}
