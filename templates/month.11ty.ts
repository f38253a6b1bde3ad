// /dates/YYYY-MM/: moved. A month is shown in one place, its timeline page, with its calendar; this
// URL, linked from earlier versions of the site, redirects there.
import { formatDate } from '../src/render/dates.ts';
import { paths } from '../src/site/paths.ts';
import type { DayPage } from '../src/types.ts';
import { redirectPage } from './_includes/redirect.ts';
import { contextOf, pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({
  template: 'month',
  select: (view) => view.data.timeline.months,
  path: (month) => paths.date(month.date),
  dependsOn: (month, _f, view) => view.datePath(month.date),
});

export function render(data: Paged<DayPage>): string {
  const { site, view } = contextOf(data);
  return redirectPage(site, view.datePath(data.item.date), formatDate(data.item.date));
}
