import { gazetteerFor } from '../extract/gazetteer.ts';
import type { ArticleExtraction } from '../extract/extractEntries.ts';
import type { Knowledge, PlaceRecord } from '../knowledge/types.ts';
import type { ArticleSummary, DayPage, Entry, ParsedArticle, PersonPage, PlacePage, Ref, Timeline, TopicPage } from '../types.ts';
import { isStatement } from './isStatement.ts';
import { QuoteMerger } from './mergeRepeatedQuotes.ts';
import { mergeRepeatedText } from './mergeRepeatedText.ts';

export function summarise(article: ParsedArticle): ArticleSummary {
  const { id, meta } = article.article;
  return {
    id,
    title: meta.title,
    source: meta.source,
    url: meta.url ?? null,
    published: meta.published,
    kind: meta.kind,
    authors: meta.authors,
  };
}

/** Code-unit order: dates and instants are ASCII, and this runs for every pair the sort compares (no ICU collation). */
function compareAscii(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Oldest first; within a day, entries with a clock time by their UTC instant, after the ones without. */
function chronological(a: Entry, b: Entry): number {
  return compareAscii(a.date, b.date) || compareAscii(a.instant ?? '', b.instant ?? '');
}

/** Counts of refs per key (a person → the places they spoke at), kept as they come: no list copying. */
class RefCounter {
  private readonly counts = new Map<string, Map<string, Ref & { count: number }>>();

  add(key: string, ref: Ref): void {
    let byRef = this.counts.get(key);
    if (!byRef) this.counts.set(key, (byRef = new Map()));
    const c = byRef.get(ref.slug);
    if (c) c.count++;
    else byRef.set(ref.slug, { name: ref.name, slug: ref.slug, count: 1 });
  }

  /** Most frequent first; ties by name. */
  top(key: string, limit = Infinity): Array<Ref & { count: number }> {
    return [...(this.counts.get(key)?.values() ?? [])].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, limit);
  }
}

function groupBy(entries: Entry[], key: (e: Entry) => string | null): DayPage[] {
  const groups = new Map<string, string[]>();
  for (const e of entries) {
    const k = key(e);
    if (k === null) continue;
    const list = groups.get(k);
    if (list) list.push(e.id);
    else groups.set(k, [e.id]);
  }
  return [...groups].sort(([a], [b]) => compareAscii(a, b)).map(([date, ids]) => ({ date, entries: ids }));
}

function personPages(entries: Entry[], knowledge: Knowledge, extractions: ArticleExtraction[]): PersonPage[] {
  const known = new Map(knowledge.people.map((p) => [p.slug, p]));
  const roles = new Map<string, string | null>();
  for (const x of extractions) for (const p of x.newPeople) if (!roles.get(p.slug)) roles.set(p.slug, p.role);
  const pages = new Map<string, PersonPage>();
  const page = (r: { name: string; slug: string; kind: 'person' | 'organisation' }): PersonPage => {
    let p = pages.get(r.slug);
    if (!p) {
      p = {
        ...r,
        role: known.get(r.slug)?.role ?? roles.get(r.slug) ?? null,
        aliases: known.get(r.slug)?.aliases ?? [],
        quotes: [],
        entries: [],
        places: [],
        related: [],
      };
      pages.set(r.slug, p);
    }
    return p;
  };
  const placesSpoken = new RefCounter();
  const related = new RefCounter();
  for (const e of entries) {
    if (e.speaker) {
      page(e.speaker).quotes.push(e.id);
      if (e.place) placesSpoken.add(e.speaker.slug, e.place);
    }
    const involved = e.speaker && !e.people.some((p) => p.slug === e.speaker?.slug) ? [e.speaker, ...e.people] : e.people;
    for (const person of involved) {
      page(person).entries.push(e.id);
      for (const other of involved) if (other.slug !== person.slug) related.add(person.slug, other);
    }
  }
  for (const p of pages.values()) {
    p.places = placesSpoken.top(p.slug);
    p.related = related.top(p.slug, 12);
  }
  return [...pages.values()].sort(
    (a, b) => b.quotes.length + b.entries.length - (a.quotes.length + a.entries.length) || a.name.localeCompare(b.name),
  );
}

function placePages(entries: Entry[], knowledge: Knowledge, extractions: ArticleExtraction[]): PlacePage[] {
  // places.yaml first, then the world gazetteer (a city found in the text, with its country as parent),
  // then venues found in articles' text ("at Dundee Sheriff Court").
  const names = gazetteerFor(knowledge).placeByName;
  const byName = { get: (name: string) => names.get(name) };
  const listed = new Map(knowledge.places.map((p) => [p.slug, p]));
  for (const x of extractions) for (const p of x.newPlaces) if (!listed.has(p.slug) && !names.get(p.name)) listed.set(p.slug, p);
  const bySlug = { get: (slug: string, name: string) => listed.get(slug) ?? names.get(name) };
  const pages = new Map<string, PlacePage>();
  const page = (p: PlaceRecord): PlacePage => {
    let page = pages.get(p.slug);
    if (!page) {
      const parent = p.parent ? byName.get(p.parent) : undefined;
      page = { name: p.name, slug: p.slug, kind: p.kind, parent: parent ? { name: parent.name, slug: parent.slug } : null, entries: [] };
      pages.set(p.slug, page);
    }
    return page;
  };
  for (const e of entries) {
    // An entry in the Oval Office is also in Washington and in the United States.
    for (
      let p = e.place ? bySlug.get(e.place.slug, e.place.name) : undefined, depth = 0;
      p && depth < 10;
      p = p.parent ? byName.get(p.parent) : undefined, depth++
    ) {
      page(p).entries.push(e.id);
    }
  }
  return [...pages.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function topicPages(entries: Entry[], knowledge: Knowledge): TopicPage[] {
  const pages = knowledge.topics.map((t) => ({ name: t.name, slug: t.slug, description: t.description, entries: [] as string[] }));
  const bySlug = new Map(pages.map((p) => [p.slug, p]));
  for (const e of entries) for (const t of e.topics) bySlug.get(t.slug)?.entries.push(e.id);
  return pages.filter((p) => p.entries.length > 0);
}

/**
 * Every article's entries → one chronological timeline with indexes by person, place, topic, day and month.
 * Repeated quotes are merged first (by `merger`, which keeps what it learns of the entries for as long as
 * its owner keeps it: a dev server merges the same entries on every rebuild); everything after is a
 * single pass over the entries.
 */
export function buildTimeline(
  articles: ParsedArticle[],
  extractions: ArticleExtraction[],
  knowledge: Knowledge,
  merger: QuoteMerger = new QuoteMerger(),
): Timeline {
  const published = new Map(articles.map((a) => [a.article.id, a.article.meta.published]));
  const statements = extractions.map((x) => ({
    articleId: x.articleId,
    published: published.get(x.articleId) ?? '',
    entries: x.entries.filter(isStatement),
  }));
  // Earliest source first, so a quote keeps the id of its first report.
  const entries = mergeRepeatedText(merger.merge(statements), (id) => published.get(id)?.slice(0, 10));
  // Ids are stable but not guaranteed unique (the same sentence twice in one article): keep the first.
  const byId: Record<string, Entry> = {};
  const unique = entries.filter((e) => (byId[e.id] ? false : ((byId[e.id] = e), true)));
  unique.sort(chronological);

  return {
    articles: articles.map(summarise).sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id)),
    entries: unique,
    byId,
    people: personPages(unique, knowledge, extractions),
    places: placePages(unique, knowledge, extractions),
    topics: topicPages(unique, knowledge),
    days: groupBy(unique, (e) => (e.precision === 'day' ? e.date : null)),
    months: groupBy(unique, (e) => (e.precision === 'year' ? null : e.date.slice(0, 7))),
    unattributed: unique.filter((e) => e.quote && !e.speaker).map((e) => e.id),
  };
}
