// /dates/YYYY-MM-DD/ (and /dates/YYYY/): moved. A day is shown in one place, its timeline page (a
// long month is split by day) or its section of the month's page; this URL, linked from earlier
// versions of the site, redirects there. Renders its page model (src/pages/redirects.ts).
import { dayRedirectModels, type RedirectModel } from '../src/pages/redirects.ts';
import { redirectPage } from './_includes/redirect.ts';
import { pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({ template: 'day', models: dayRedirectModels });

export function render({ site, item }: Paged<RedirectModel>): string {
  return redirectPage(site, item.to, item.label);
}
