// /dates/YYYY-MM-DD/ (and /dates/YYYY/): moved. A day is shown in one place, its timeline page (a
// long month is split by day) or its section of the month's page; this URL, linked from earlier
// versions of the site, redirects there.
import { isMonth, isYear } from '../src/dates/precision.ts';
import { formatDayHeading } from '../src/render/dates.ts';
import { paths } from '../src/site/paths.ts';
import type { DayPage } from '../src/types.ts';
import { redirectPage } from './_includes/redirect.ts';
import { contextOf, pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({
  template: 'day',
  select: (view) => view.data.timeline.days.filter((d) => !isMonth(d.date)),
  path: (day) => paths.date(day.date),
  dependsOn: (day, _f, view) => view.datePath(day.date),
});

export function render(data: Paged<DayPage>): string {
  const { site, view } = contextOf(data);
  const date = data.item.date;
  return redirectPage(site, view.datePath(date), isYear(date) ? date : formatDayHeading(date));
}
