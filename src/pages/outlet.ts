// /sources/<slug>/: one news outlet — its articles and the entries it reported (each card names its report).
import { paths } from '../site/paths.ts';
import type { SiteView } from '../site/siteView.ts';
import { listingModels, type ListingModel } from './listing.ts';
import type { PageOf } from './model.ts';

export interface OutletIntro {
  entries: number;
  articles: Array<{ title: string; path: string; published: string; liveblog: boolean }>;
}

export type OutletPageModel = ListingModel<{ name: string }, OutletIntro>;

export function outletPageModels(view: SiteView): Array<PageOf<OutletPageModel>> {
  return view.outlets.flatMap((outlet) =>
    listingModels(
      view,
      paths.outlet(outlet.slug),
      outlet.entries,
      { name: outlet.name },
      () => ({
        entries: outlet.entries.length,
        articles: outlet.articles.map((a) => ({
          title: a.title,
          path: paths.article(a.id),
          published: a.published,
          liveblog: a.kind === 'liveblog',
        })),
      }),
      outlet.slug,
    ),
  );
}
