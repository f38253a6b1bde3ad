// The shared shape of a page about one thing (a person, place, topic, outlet, speaker × topic) that
// lists its entries, split over pages when there are many (see entryListPages in src/site/siteView.ts).
import { entryListPages, type EntryListPage, type PeriodLink, type SiteView } from '../site/siteView.ts';
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
 * The pages of a subject's listing. `subject` is made once per listing (the same object on each of
 * its pages), `intro` when the first page's model is made; `outlet` names the outlet whose report each card shows.
 */
export function listingModels<Subject, Intro>(
  view: SiteView,
  base: string,
  ids: readonly string[],
  subject: Subject,
  intro: () => Intro,
  outlet?: string,
): Array<PageOf<ListingModel<Subject, Intro>>> {
  return entryListPages(null, base, ids, (id) => view.entryPeriod(id)).map((page: EntryListPage<null>) => ({
    path: page.path,
    model: (scope) => {
      const cards = entryCards(scope);
      return {
        path: page.path,
        base,
        subject,
        intro: page.period === null && page.pageNumber === 1 ? intro() : null,
        period: page.period,
        pageNumber: page.pageNumber,
        pageCount: page.pageCount,
        periods: page.periods,
        cards: page.ids.map((id) => cards.compact(id, outlet)),
      };
    },
  }));
}
