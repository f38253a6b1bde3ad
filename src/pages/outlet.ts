// /sources/<slug>/: one news outlet — its articles and the entries it reported (each card names its report).
import { paths } from '../site/paths.ts';
import type { SiteView } from '../site/siteView.ts';
import { listingModels, missing, type ListingModel } from './listing.ts';
import type { PageOf } from './model.ts';

export interface OutletIntro {
  entries: number;
  articles: Array<{ title: string; path: string; published: string; liveblog: boolean }>;
}

export type OutletPageModel = ListingModel<{ name: string }, OutletIntro>;

function outletIntro(view: SiteView, slug: string): OutletIntro {
  const outlet = view.outlet(slug) ?? missing('outlet', slug);
  return {
    entries: outlet.entries.length,
    articles: outlet.articles.map((a) => ({
      title: a.title,
      path: paths.article(a.id),
      published: a.published,
      liveblog: a.kind === 'liveblog',
    })),
  };
}

export function outletPageModels(view: SiteView): Array<PageOf<OutletPageModel>> {
  return view.outlets.flatMap((outlet) =>
    listingModels(
      view,
      'outlet',
      outlet.slug,
      (v, slug) => ({ name: (v.outletRef(slug) ?? missing('outlet', slug)).name }),
      outletIntro,
      true,
    ),
  );
}
