// /dates/YYYY-MM/: moved. A month is shown in one place, its timeline page, with its calendar; this
// URL, linked from earlier versions of the site, redirects there. Renders its page model (src/pages/redirects.ts).
import { monthRedirectModels, type RedirectModel } from '../src/pages/redirects.ts';
import { redirectPage } from './_includes/redirect.ts';
import { pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({ template: 'month', models: monthRedirectModels });

export function render({ site, item }: Paged<RedirectModel>): string {
  return redirectPage(site, item.to, item.label);
}
