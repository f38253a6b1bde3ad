// /people/<slug>/ (and /organisations/<slug>/ for a body that speaks): who they are, the topics they
// spoke on and how their words on each moved over time, where they spoke, who they appear with, their entries.
import { snippet } from '../site/entryTitle.ts';
import { paths } from '../site/paths.ts';
import type { SiteView } from '../site/siteView.ts';
import { listingModels, missing, type ListingModel } from './listing.ts';
import type { CountedLink, PageOf } from './model.ts';

/** Statements per topic in the positions view (spread over time); the person × topic page lists them all. */
export const POSITIONS_PER_TOPIC = 30;
/** How much of a quote a line of the positions view shows. */
const KEY_WORDS = 110;

/** Shown on every page of the listing. */
export interface PersonSubject {
  name: string;
  role: string | null;
  isBody: boolean;
  /** The person's Atom feed. */
  feed: string;
}

/** What the first page shows besides the entries. */
export interface PersonIntro {
  slug: string;
  quotes: number;
  entries: number;
  places: CountedLink[];
  related: CountedLink[];
  topics: Array<{ name: string; slug: string; path: string; topicPath: string; count: number; lines: PositionLine[] }>;
}

/** One statement in the positions view: date · place · the quote's words · link. */
export interface PositionLine {
  date: string;
  place: string | null;
  words: string;
  path: string;
}

export type PersonPageModel = ListingModel<PersonSubject, PersonIntro>;

/** At most `n` of `ids`, spread evenly from the first to the last, so the view spans the whole time. */
function spread(ids: readonly string[], n: number): string[] {
  if (ids.length <= n) return [...ids];
  return Array.from({ length: n }, (_, i) => ids[Math.round((i * (ids.length - 1)) / (n - 1))] as string);
}

export function personIntro(view: SiteView, slug: string, base: string): PersonIntro {
  const person = view.person(slug) ?? missing('person', slug);
  return {
    slug: person.slug,
    quotes: person.quotes.length,
    entries: person.entries.length,
    places: person.places.map((p) => ({ name: p.name, path: view.hasPlace(p.slug) ? paths.place(p.slug) : null, count: p.count })),
    related: person.related.map((p) => ({ name: p.name, path: view.speakerPath(p.slug), count: p.count })),
    topics: view.topicsOf(person.slug).map((st) => ({
      name: st.topic.name,
      slug: st.topic.slug,
      path: `${base}${st.topic.slug}/`,
      topicPath: paths.topic(st.topic.slug),
      count: st.ids.length,
      lines: spread(st.ids, POSITIONS_PER_TOPIC).map((id) => {
        const e = view.entryContent(id);
        return { date: e.date, place: e.place?.name ?? null, words: snippet(e.quote ?? e.text, KEY_WORDS), path: view.timelineHref(id) };
      }),
    })),
  };
}

function personSubject(view: SiteView, slug: string): PersonSubject {
  const person = view.personRef(slug) ?? missing('person', slug);
  return { name: person.name, role: person.role, isBody: person.kind === 'organisation', feed: paths.personFeed(slug) };
}

export function personPageModels(view: SiteView): Array<PageOf<PersonPageModel>> {
  return view.data.timeline.people.flatMap((person) => listingModels(view, 'person', person.slug, personSubject, personIntro));
}
