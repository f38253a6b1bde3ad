// The shared shape of a page about one thing (a person, place, topic, outlet, speaker × topic) that
// lists its entries, split over pages when there are many (see entryListPages in src/site/siteView.ts).
import type { ListingKind, PeriodLink, SiteView } from '../site/siteView.ts';
import { entryCards, type CompactCard } from './entryCards.ts';
import type { PageModel, PageOf } from './model.ts';

export interface ListingModel<Subject, Intro> extends PageModel {
  /** Path of the listing's first page. */
  base: string;
  /** What every page shows of the subject (its name, role …). */
  subject: Subject;
  /**
   * What the first page alone shows: the subject's totals and the rest (which change with every
   * entry); null on the other pages, so that they are not rendered again for an entry elsewhere.
   */
  intro: Intro | null;
  /** The year or month the page lists, or null on the first page. */
  period: string | null;
  pageNumber: number;
  pageCount: number;
  /** On the first page of a listing split by period: each period, with its first page and count. */
  periods: PeriodLink[] | null;
  /** The entries, as compact cards. */
  cards: CompactCard[];
}

/**
 * The pages of a subject's listing (see SiteView.listing), each known by its subject's slug and its
 * path. Its model is made from the view it is made in: the page's entries (`listingPage`), `subject`
 * (what every page shows) and, on the first page, `intro`, each a function of that view and the slug
 * alone; with `byOutlet` each card names the report of the outlet the listing is of.
 */
export function listingModels<Subject, Intro>(
  view: SiteView,
  kind: ListingKind,
  slug: string,
  subject: (view: SiteView, slug: string) => Subject,
  intro: (view: SiteView, slug: string, base: string) => Intro,
  byOutlet = false,
): Array<PageOf<ListingModel<Subject, Intro>>> {
  return (view.listing(kind, slug)?.pages ?? []).map(({ path }) => ({
    path,
    key: `${slug}|${path}`,
    model: (scope) => {
      const at = scope.view.listingPage(kind, slug, path);
      if (!at) throw new Error(`${path}: no longer a page of ${kind} ${slug}`);
      const { base, page } = at;
      const cards = entryCards(scope);
      return {
        path,
        base,
        subject: subject(scope.view, slug),
        intro: page.period === null && page.pageNumber === 1 ? intro(scope.view, slug, base) : null,
        period: page.period,
        pageNumber: page.pageNumber,
        pageCount: page.pageCount,
        periods: page.periods,
        cards: page.ids.map((id) => cards.compact(id, byOutlet ? slug : undefined)),
      };
    },
  }));
}

/** A subject that a page shows and the view no longer has: the page was listed from the same view, so never. */
export function missing(kind: string, slug: string): never {
  throw new Error(`no ${kind} ${slug}`);
}
