// /places/<slug>/: a place, where it sits (parent), the places within it, and its entries.
import { paths } from '../site/paths.ts';
import type { SiteView } from '../site/siteView.ts';
import { listingModels, type ListingModel } from './listing.ts';
import type { CountedLink, Link, PageOf } from './model.ts';

export interface PlaceSubject {
  name: string;
  kind: string;
  /** The place that contains it (a link when it has a page), or null. */
  parent: Link | null;
}

export interface PlaceIntro {
  entries: number;
  /** The places whose parent it is, with their entry counts. */
  within: CountedLink[];
}

export type PlacePageModel = ListingModel<PlaceSubject, PlaceIntro>;

export function placePageModels(view: SiteView): Array<PageOf<PlacePageModel>> {
  const { places } = view.data.timeline;
  const within = new Map<string, CountedLink[]>();
  for (const p of places) {
    if (!p.parent) continue;
    const list = within.get(p.parent.slug) ?? [];
    list.push({ name: p.name, path: paths.place(p.slug), count: p.entries.length });
    within.set(p.parent.slug, list);
  }
  return places.flatMap((place) => {
    const parent = place.parent
      ? { name: place.parent.name, path: view.place(place.parent.slug) ? paths.place(place.parent.slug) : null }
      : null;
    const subject: PlaceSubject = { name: place.name, kind: place.kind, parent };
    return listingModels(view, paths.place(place.slug), place.entries, subject, () => ({
      entries: place.entries.length,
      within: within.get(place.slug) ?? [],
    }));
  });
}
