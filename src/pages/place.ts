// /places/<slug>/: a place, where it sits (parent), the places within it, and its entries.
import { paths } from '../site/paths.ts';
import type { SiteView } from '../site/siteView.ts';
import { listingModels, missing, type ListingModel } from './listing.ts';
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

function placeSubject(view: SiteView, slug: string): PlaceSubject {
  const place = view.placeRef(slug) ?? missing('place', slug);
  const parent = place.parent
    ? { name: place.parent.name, path: view.hasPlace(place.parent.slug) ? paths.place(place.parent.slug) : null }
    : null;
  return { name: place.name, kind: place.kind, parent };
}

function placeIntro(view: SiteView, slug: string): PlaceIntro {
  return { entries: (view.place(slug) ?? missing('place', slug)).entries.length, within: view.placesWithin(slug) };
}

export function placePageModels(view: SiteView): Array<PageOf<PlacePageModel>> {
  return view.data.timeline.places.flatMap((place) => listingModels(view, 'place', place.slug, placeSubject, placeIntro));
}
