import { isDay, isYear } from '../dates/precision.ts';
import { slugify } from '../slugify.ts';
import type { ArticlePage, ArticleSummary, DayPage, Entry, PersonPage, PlacePage, Ref, SiteData, SpeakerRef, TopicPage } from '../types.ts';
import { keyMoments, type KeyMoments } from './keyMoments.ts';
import { pagedPath, paths } from './paths.ts';

/** Entry lists are split into pages of at most this many entries, so no page grows without bound. */
export const ENTRIES_PER_PAGE = 60;

/** A news outlet ("The Telegraph"): a filter on the search page and a page of its own. */
export interface Outlet extends Ref {
  articles: ArticleSummary[];
  /** Entry ids reported by this outlet, chronological. */
  entries: string[];
}

/** The entries of one day (or of a month or year, for entries known only to that precision). */
export interface DayGroup {
  date: string;
  ids: string[];
  /** The day began on the previous page. */
  continued: boolean;
}

/**
 * One page of the timeline: a month (`YYYY-MM`) or a year; a long month is split by day, and a
 * long day into parts.
 */
export interface TimelinePage {
  /** `YYYY-MM`, or `YYYY` for entries dated only to the year. */
  period: string;
  /** The day (`YYYY-MM-DD`) the page covers when its month is split by day; null otherwise. */
  day: string | null;
  /** Within the day when there is one, else within the period. */
  pageNumber: number;
  pageCount: number;
  path: string;
  days: DayGroup[];
  /** On the first page of a month split by day: its days, each with its first page and count. */
  dayLinks: PeriodLink[] | null;
}

/** One page of an entry listing (a person's, a place's, a day's …). */
export interface EntryListPage<T> {
  subject: T;
  path: string;
  /**
   * The year (`YYYY`) or month (`YYYY-MM`) the page lists, when the subject has too many entries
   * for one page and they are listed by period; null on the subject's own (first) page.
   */
  period: string | null;
  /** Within the period (or the whole listing when there is no period). */
  pageNumber: number;
  pageCount: number;
  ids: string[];
  /** On the first page of a listing split by period: each period, its first page and its count. */
  periods: PeriodLink[] | null;
}

/** One speaker's statements on one topic (or one topic's statements by one speaker), chronological. */
export interface SpeakerTopic {
  speaker: SpeakerRef;
  topic: Ref;
  ids: string[];
}

/** A month at a glance: every count of a month the site shows comes from here. */
export interface MonthSummary {
  /** `YYYY-MM`. */
  month: string;
  /** The month's timeline page. */
  path: string;
  /** Every entry dated within the month (to the day, the week or only the month). */
  entries: number;
  /** The days with entries dated to the day, each with its count and where it is shown. */
  days: Array<{ date: string; count: number; path: string }>;
  /** The day with the most entries (the earliest of equals), or null. */
  busiest: { date: string; count: number } | null;
}

export interface PeriodLink {
  period: string;
  path: string;
  count: number;
}

/** Lookups and groupings the templates share, derived once from the site data. */
export interface SiteView {
  data: SiteData;
  entries: Entry[];
  entry(id: string): Entry;
  /**
   * What an entry says, without where it was reported (its sources): for a page that does not show
   * them (an article's, a filter bar), which a report of the same words in another article leaves unchanged.
   */
  entryContent(id: string): EntryContent;
  /** The month (`YYYY-MM`) or year of an entry's date: how long listings are split. */
  entryPeriod(id: string): string;
  person(slug: string): PersonPage | undefined;
  place(slug: string): PlacePage | undefined;
  topic(slug: string): TopicPage | undefined;
  article(id: string): ArticlePage | undefined;
  /** Entries of a day (`YYYY-MM-DD`), or those dated only to a month (`YYYY-MM`) or year. */
  day(date: string): DayPage | undefined;
  /** Every entry dated within a month (`YYYY-MM`). */
  month(month: string): DayPage | undefined;
  /**
   * The page for what an entry's date names: its day page, else (a week, a month) its month page,
   * else (a year) the year's timeline page.
   */
  datePath(date: string): string;
  outlets: Outlet[];
  outletOfArticle(articleId: string): Outlet | undefined;
  /** Each month with entries, chronological. */
  months: MonthSummary[];
  monthSummary(month: string): MonthSummary | undefined;
  /** The page of a person or organisation (by kind), or null when it has none. */
  speakerPath(slug: string): string | null;
  /** The topics a speaker spoke on, most statements first (then by name). */
  topicsOf(speaker: string): SpeakerTopic[];
  /** Who spoke on a topic, most statements first (then by name). */
  speakersOn(topic: string): SpeakerTopic[];
  /** Every speaker × topic pair with statements. */
  speakerTopics: SpeakerTopic[];
  /** People who speak (organisations apart). */
  peopleQuoted: PersonPage[];
  timelinePages: TimelinePage[];
  /** Where an entry sits on the timeline: `/timeline/2025-04/#<id>`. */
  timelineHref(entryId: string): string;
  /** The last entry in time, for "jump to latest". */
  latest: Entry | undefined;
  /**
   * Narrow lookups, so that a page model reads no more than it shows (see src/pages/reads.ts: a page
   * is made again when something it read changed). Whether a person, place or topic has a page:
   */
  hasPerson(slug: string): boolean;
  hasPlace(slug: string): boolean;
  hasTopic(slug: string): boolean;
  /** What every page of a person's listing shows of them. */
  personRef(slug: string): { name: string; role: string | null; kind: PersonPage['kind'] } | undefined;
  /** What every page of a place's listing shows of it. */
  placeRef(slug: string): { name: string; kind: string; parent: Ref | null } | undefined;
  /** What every page of a topic's listing shows of it. */
  topicRef(slug: string): { name: string; description: string } | undefined;
  /** The places whose parent a place is, with their paths and entry counts. */
  placesWithin(slug: string): Array<{ name: string; path: string; count: number }>;
  /** An outlet by slug. */
  outlet(slug: string): Outlet | undefined;
  /** An outlet's name and slug alone. */
  outletRef(slug: string): Ref | undefined;
  /** The outlet of an article: its name and slug alone. */
  outletRefOf(articleId: string): Ref | undefined;
  /** What a card shows of an article it cites. */
  articleSummary(id: string): ArticleSummary | undefined;
  /** One speaker × topic pair (`speaker` and `topic` slugs). */
  speakerTopic(speaker: string, topic: string): SpeakerTopic | undefined;
  /** What every page of a speaker × topic listing shows of it: the two names. */
  speakerTopicNames(speaker: string, topic: string): { speaker: string; topic: string } | undefined;
  /** The page of the timeline at `path`, and its previous and next pages. */
  timelinePage(path: string): TimelinePage | undefined;
  timelineNeighbours(path: string): { prev: TimelineLink | undefined; next: TimelineLink | undefined };
  /** The pages of a subject's listing (see `Listing`), or undefined when it has none. */
  listing(kind: ListingKind, slug: string): Listing | undefined;
  /** One page of a subject's listing, by its path. */
  listingPage(kind: ListingKind, slug: string, path: string): { base: string; page: EntryListPage<null> } | undefined;
  /** The key moments of the site (worked out once per view). */
  keyMoments(): KeyMoments;
}

/** An entry without its sources (see SiteView.entryContent). */
export type EntryContent = Omit<Entry, 'sources'>;

/** What a link to a timeline page names. */
export type TimelineLink = Pick<TimelinePage, 'path' | 'period' | 'day' | 'pageNumber' | 'pageCount'>;

/** What a listing is of: its subject is a person's, place's, topic's or outlet's slug, or `<speaker> <topic>`. */
export type ListingKind = 'person' | 'place' | 'topic' | 'outlet' | 'speakerTopic';

/** The pages of a subject's entry listing, under `base`. */
export interface Listing {
  base: string;
  pages: Array<EntryListPage<null>>;
}

const views = new WeakMap<SiteData, SiteView>();

export function siteView(data: SiteData): SiteView {
  let view = views.get(data);
  if (!view) {
    view = buildView(data);
    views.set(data, view);
  }
  return view;
}

/** Where the timeline shows things: each entry's page, each day's page or section, each period's first page. */
interface TimelinePlaces {
  pageOfEntry: Map<string, string>;
  dayPaths: Map<string, string>;
  periodPaths: Map<string, string>;
}

/** The lookups and groupings of the site data, each built once. */
function buildView(data: SiteData): SiteView {
  const { timeline } = data;
  const byId = new Map(timeline.entries.map((e) => [e.id, e]));
  const people = new Map(timeline.people.map((p) => [p.slug, p]));
  const places = new Map(timeline.places.map((p) => [p.slug, p]));
  const topics = new Map(timeline.topics.map((t) => [t.slug, t]));
  const articles = new Map(data.articles.map((a) => [a.summary.id, a]));
  const days = new Map(timeline.days.map((d) => [d.date, d]));
  const months = new Map(timeline.months.map((m) => [m.date, m]));
  const outlets = groupOutlets(data);
  const outletByArticle = new Map(outlets.flatMap((o) => o.articles.map((a) => [a.id, o] as const)));
  const timelinePages = paginateTimeline(timeline.entries);
  const placesOnTimeline = placeOnTimeline(timelinePages);
  const monthSummaries = summariseMonths(data, placesOnTimeline);
  const speakerTopics = groupSpeakerTopics(timeline.entries);
  const { topicsBySpeaker, speakersByTopic } = indexSpeakerTopics(speakerTopics);
  const monthsByKey = new Map(monthSummaries.map((m) => [m.month, m]));
  const outletsBySlug = new Map(outlets.map((o) => [o.slug, o]));
  const pairs = new Map(speakerTopics.map((st) => [`${st.speaker.slug} ${st.topic.slug}`, st]));
  const timelineByPath = new Map(timelinePages.map((p, i) => [p.path, i]));
  const within = placesWithinOf(timeline.places);
  const listings = new Map<string, Listing | undefined>();
  const listingPages = new Map<string, Map<string, EntryListPage<null>>>();
  let moments: KeyMoments | undefined;

  const view: SiteView = {
    data,
    entries: timeline.entries,
    entry(id) {
      const entry = byId.get(id);
      if (!entry) throw new Error(`Unknown entry id ${JSON.stringify(id)}`);
      return entry;
    },
    entryContent(id) {
      return this.entry(id);
    },
    entryPeriod(id) {
      return periodOf(this.entry(id).date);
    },
    person: (slug) => people.get(slug),
    place: (slug) => places.get(slug),
    topic: (slug) => topics.get(slug),
    article: (id) => articles.get(id),
    day: (date) => days.get(date),
    month: (month) => months.get(month),
    datePath: datePathFinder(days, placesOnTimeline),
    outlets,
    outletOfArticle: (id) => outletByArticle.get(id),
    timelinePages,
    months: monthSummaries,
    monthSummary: (month) => monthsByKey.get(month),
    speakerPath: (slug) => speakerPathOf(people.get(slug)),
    topicsOf: (slug) => topicsBySpeaker.get(slug) ?? [],
    speakersOn: (slug) => speakersByTopic.get(slug) ?? [],
    speakerTopics,
    peopleQuoted: timeline.people.filter((p) => p.kind === 'person' && p.quotes.length > 0),
    timelineHref: (id) => `${placesOnTimeline.pageOfEntry.get(id) ?? paths.home}#${id}`,
    latest: timeline.entries.at(-1),
    hasPerson: (slug) => people.has(slug),
    hasPlace: (slug) => places.has(slug),
    hasTopic: (slug) => topics.has(slug),
    personRef(slug) {
      const p = people.get(slug);
      return p && { name: p.name, role: p.role ?? null, kind: p.kind };
    },
    placeRef(slug) {
      const p = places.get(slug);
      return p && { name: p.name, kind: p.kind, parent: p.parent };
    },
    topicRef(slug) {
      const t = topics.get(slug);
      return t && { name: t.name, description: t.description };
    },
    placesWithin: (slug) => within.get(slug) ?? [],
    outlet: (slug) => outletsBySlug.get(slug),
    outletRef(slug) {
      const o = outletsBySlug.get(slug);
      return o && { name: o.name, slug: o.slug };
    },
    outletRefOf(id) {
      const o = outletByArticle.get(id);
      return o && { name: o.name, slug: o.slug };
    },
    articleSummary: (id) => articles.get(id)?.summary,
    speakerTopic: (speaker, topic) => pairs.get(`${speaker} ${topic}`),
    speakerTopicNames(speaker, topic) {
      const pair = pairs.get(`${speaker} ${topic}`);
      return pair && { speaker: pair.speaker.name, topic: pair.topic.name };
    },
    timelinePage(path) {
      const i = timelineByPath.get(path);
      return i === undefined ? undefined : timelinePages[i];
    },
    timelineNeighbours(path) {
      const i = timelineByPath.get(path);
      const link = (p: TimelinePage | undefined): TimelineLink | undefined =>
        p && { path: p.path, period: p.period, day: p.day, pageNumber: p.pageNumber, pageCount: p.pageCount };
      return i === undefined
        ? { prev: undefined, next: undefined }
        : { prev: link(timelinePages[i - 1]), next: link(timelinePages[i + 1]) };
    },
    listing(kind, slug) {
      const key = `${kind} ${slug}`;
      if (!listings.has(key)) listings.set(key, makeListing(view, kind, slug));
      return listings.get(key);
    },
    listingPage(kind, slug, path) {
      const listing = this.listing(kind, slug);
      if (!listing) return undefined;
      const key = `${kind} ${slug}`;
      let byPath = listingPages.get(key);
      if (!byPath) listingPages.set(key, (byPath = new Map(listing.pages.map((p) => [p.path, p]))));
      const page = byPath.get(path);
      return page && { base: listing.base, page };
    },
    keyMoments: () => (moments ??= keyMoments(view)),
  };
  return view;
}

/** The entries and first page of a subject's listing; undefined when the subject has no listing. */
function makeListing(view: SiteView, kind: ListingKind, slug: string): Listing | undefined {
  const of = (base: string, ids: readonly string[]): Listing => ({
    base,
    pages: entryListPages(null, base, ids, (id) => view.entryPeriod(id)),
  });
  switch (kind) {
    case 'person': {
      const person = view.person(slug);
      return person && of(view.speakerPath(slug) ?? paths.person(slug), person.entries);
    }
    case 'place': {
      const place = view.place(slug);
      return place && of(paths.place(slug), place.entries);
    }
    case 'topic': {
      const topic = view.topic(slug);
      return topic && of(paths.topic(slug), topic.entries);
    }
    case 'outlet': {
      const outlet = view.outlet(slug);
      return outlet && of(paths.outlet(slug), outlet.entries);
    }
    case 'speakerTopic': {
      const [speaker = '', topic = ''] = slug.split(' ');
      const pair = view.speakerTopic(speaker, topic);
      const speakerPath = view.speakerPath(speaker);
      return pair && speakerPath !== null ? of(`${speakerPath}${topic}/`, pair.ids) : undefined;
    }
  }
}

/** Per place, the places whose parent it is (with their entry counts), in the order of the places. */
function placesWithinOf(places: readonly PlacePage[]): Map<string, Array<{ name: string; path: string; count: number }>> {
  const within = new Map<string, Array<{ name: string; path: string; count: number }>>();
  for (const p of places) {
    if (!p.parent) continue;
    const list = within.get(p.parent.slug) ?? [];
    list.push({ name: p.name, path: paths.place(p.slug), count: p.entries.length });
    within.set(p.parent.slug, list);
  }
  return within;
}

/** The timeline pages → the page of each entry, where each day is shown, and the first page of each period. */
function placeOnTimeline(timelinePages: readonly TimelinePage[]): TimelinePlaces {
  const pageOfEntry = new Map(timelinePages.flatMap((p) => p.days.flatMap((d) => d.ids.map((id) => [id, p.path] as const))));
  // Where each day is shown: its own timeline page (a long month is split by day), else its
  // section of the month's page.
  const dayPaths = new Map<string, string>();
  for (const page of timelinePages) {
    for (const d of page.days) {
      if (d.continued || dayPaths.has(d.date)) continue;
      dayPaths.set(d.date, page.day === d.date ? page.path : `${page.path}#day-${d.date}`);
    }
  }
  const periodPaths = new Map(timelinePages.filter((p) => p.pageNumber === 1 && p.day === null).map((p) => [p.period, p.path]));
  return { pageOfEntry, dayPaths, periodPaths };
}

/** Each month of the timeline with its count, its days (each with where it is shown) and its busiest day. */
function summariseMonths(data: SiteData, { dayPaths, periodPaths }: TimelinePlaces): MonthSummary[] {
  const { timeline } = data;
  return timeline.months.map((m): MonthSummary => {
    const monthDays = timeline.days
      .filter((d) => d.date.startsWith(`${m.date}-`))
      .map((d) => ({ date: d.date, count: d.entries.length, path: dayPaths.get(d.date) ?? paths.timeline(m.date) }));
    const busiest = monthDays.reduce<MonthSummary['busiest']>(
      (b, d) => (!b || d.count > b.count ? { date: d.date, count: d.count } : b),
      null,
    );
    return { month: m.date, path: periodPaths.get(m.date) ?? paths.timeline(m.date), entries: m.entries.length, days: monthDays, busiest };
  });
}

/** Speaker × topic pairs by speaker and by topic, each list most statements first (then by name). */
function indexSpeakerTopics(speakerTopics: readonly SpeakerTopic[]): {
  topicsBySpeaker: Map<string, SpeakerTopic[]>;
  speakersByTopic: Map<string, SpeakerTopic[]>;
} {
  const byCount = (a: SpeakerTopic, b: SpeakerTopic, name: (x: SpeakerTopic) => string) =>
    b.ids.length - a.ids.length || name(a).localeCompare(name(b), 'en');
  const topicsBySpeaker = new Map<string, SpeakerTopic[]>();
  const speakersByTopic = new Map<string, SpeakerTopic[]>();
  for (const st of speakerTopics) {
    (topicsBySpeaker.get(st.speaker.slug) ?? topicsBySpeaker.set(st.speaker.slug, []).get(st.speaker.slug))?.push(st);
    (speakersByTopic.get(st.topic.slug) ?? speakersByTopic.set(st.topic.slug, []).get(st.topic.slug))?.push(st);
  }
  for (const list of topicsBySpeaker.values()) list.sort((a, b) => byCount(a, b, (x) => x.topic.name));
  for (const list of speakersByTopic.values()) list.sort((a, b) => byCount(a, b, (x) => x.speaker.name));
  return { topicsBySpeaker, speakersByTopic };
}

/** A date → its day page, else its month's page, else its year's page, remembered per date. */
function datePathFinder(days: ReadonlyMap<string, DayPage>, { dayPaths, periodPaths }: TimelinePlaces): (date: string) => string {
  const datePaths = new Map<string, string>();
  return (date) => {
    // Asked for every entry's date, and tens of thousands of entries share a few thousand dates.
    let path = datePaths.get(date);
    if (path === undefined) {
      path =
        (days.has(date) ? dayPaths.get(date) : undefined) ??
        (date.length >= 7 ? periodPaths.get(date.slice(0, 7)) : undefined) ??
        periodPaths.get(date.slice(0, 4)) ??
        paths.timeline(date.slice(0, 4));
      datePaths.set(date, path);
    }
    return path;
  };
}

/** The page of a person or organisation (by kind), or null when there is none. */
function speakerPathOf(person: PersonPage | undefined): string | null {
  return person ? (person.kind === 'organisation' ? paths.organisation(person.slug) : paths.person(person.slug)) : null;
}

/** Entries with a speaker → one speaker × topic pair per combination, its entry ids chronological. */
function groupSpeakerTopics(entries: readonly Entry[]): SpeakerTopic[] {
  const pairs = new Map<string, SpeakerTopic>();
  for (const e of entries) {
    if (!e.speaker) continue;
    for (const topic of e.topics) {
      const key = `${e.speaker.slug} ${topic.slug}`;
      const pair = pairs.get(key);
      if (pair) pair.ids.push(e.id);
      else pairs.set(key, { speaker: e.speaker, topic, ids: [e.id] });
    }
  }
  return [...pairs.values()];
}

/** The articles' outlets by name, each with its articles and the entries it reports. */
function groupOutlets(data: SiteData): Outlet[] {
  const bySlug = new Map<string, Outlet>();
  const outletOf = new Map<string, Outlet>();
  for (const { summary } of data.articles) {
    const slug = slugify(summary.source) || 'unknown';
    let outlet = bySlug.get(slug);
    if (!outlet) {
      outlet = { name: summary.source, slug, articles: [], entries: [] };
      bySlug.set(slug, outlet);
    }
    outlet.articles.push(summary);
    outletOf.set(summary.id, outlet);
  }
  for (const entry of data.timeline.entries) {
    const reporting = new Set(entry.sources.map((s) => outletOf.get(s.article)).filter((o) => o !== undefined));
    for (const outlet of reporting) outlet.entries.push(entry.id);
  }
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** `YYYY-MM` of a dated entry, or `YYYY` for one known only to the year. */
export function periodOf(date: string): string {
  return date.slice(0, 7);
}

/** Groups items by a key, keeping the order in which keys first appear. */
export function groupInOrder<T>(items: readonly T[], keyOf: (item: T) => string): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups];
}

/**
 * Months in order. A month of up to a page of entries is one page, as is a year; a longer month is
 * split by day (`/timeline/2025-04-18/`), so that a new entry changes its own day's pages and not
 * every later page of the month. Entries dated only to the month stay on the month's first page,
 * with the list of its days.
 */
export function paginateTimeline(entries: readonly Entry[], perPage = ENTRIES_PER_PAGE): TimelinePage[] {
  const pages: TimelinePage[] = [];
  const add = (period: string, day: string | null, base: string, chunks: DayGroup[][], dayLinks: PeriodLink[] | null) =>
    chunks.forEach((chunk, i) => {
      pages.push({
        period,
        day,
        pageNumber: i + 1,
        pageCount: chunks.length,
        path: pagedPath(base, i + 1),
        days: chunk,
        dayLinks: i === 0 ? dayLinks : null,
      });
    });
  for (const [period, monthEntries] of groupInOrder(entries, (e) => periodOf(e.date))) {
    const days = groupInOrder(monthEntries, (e) => e.date).map(([date, es]) => ({ date, ids: es.map((e) => e.id) }));
    if (monthEntries.length <= perPage || isYear(period)) {
      add(period, null, paths.timeline(period), packDays(days, perPage), null);
      continue;
    }
    const dated = days.filter((d) => isDay(d.date));
    const dayLinks = dated.map((d) => ({ period: d.date, path: paths.timeline(d.date), count: d.ids.length }));
    const monthOnly = packDays(
      days.filter((d) => !isDay(d.date)),
      perPage,
    );
    add(period, null, paths.timeline(period), monthOnly.length > 0 ? monthOnly : [[]], dayLinks);
    for (const d of dated) add(period, d.date, paths.timeline(d.date), packDays([d], perPage), null);
  }
  return pages;
}

function packDays(days: ReadonlyArray<{ date: string; ids: string[] }>, perPage: number): DayGroup[][] {
  const pages: DayGroup[][] = [];
  let current: DayGroup[] = [];
  let count = 0;
  const flush = () => {
    if (current.length > 0) pages.push(current);
    current = [];
    count = 0;
  };
  for (const day of days) {
    // A day that fits on a page is never split; a longer one fills pages as it goes.
    if (count > 0 && count + day.ids.length > perPage && day.ids.length <= perPage) flush();
    for (let i = 0; i < day.ids.length;) {
      if (count >= perPage) flush();
      const ids = day.ids.slice(i, i + perPage - count);
      current.push({ date: day.date, ids, continued: i > 0 });
      count += ids.length;
      i += ids.length;
    }
  }
  flush();
  return pages;
}

/**
 * A subject's entries as pages under `base`. Up to a page of entries: one page. More: the first page
 * lists the periods, each with its pages (`base/2024/`, `base/2025-04/`, `base/2025-04/page/2/`): a
 * year, or the year's months when the year has more than a page of entries. Splitting by period
 * keeps pages stable as entries are added: a new entry changes the pages of its own period (and
 * the first page), never the pages of every later period.
 */
export function entryListPages<T>(
  subject: T,
  base: string,
  ids: readonly string[],
  monthOfEntry: ((id: string) => string) | null,
  perPage = ENTRIES_PER_PAGE,
): Array<EntryListPage<T>> {
  if (ids.length <= perPage || !monthOfEntry) return chunkPages(subject, base, ids, null, perPage);
  // Each entry's month looked up once: a subject can list tens of thousands of entries.
  const dated = ids.map((id) => ({ id, month: monthOfEntry(id) }));
  const idsOf = (group: typeof dated) => group.map((d) => d.id);
  const periods: Array<[string, string[]]> = [];
  for (const [year, inYear] of groupInOrder(dated, (d) => d.month.slice(0, 4))) {
    if (inYear.length <= perPage) periods.push([year, idsOf(inYear)]);
    else for (const [month, inMonth] of groupInOrder(inYear, (d) => d.month)) periods.push([month, idsOf(inMonth)]);
  }
  const pages = periods.map(([period, periodIds]) => chunkPages(subject, `${base}${period}/`, periodIds, period, perPage));
  const links = periods.map(([period, periodIds]) => ({ period, path: `${base}${period}/`, count: periodIds.length }));
  return [{ subject, path: base, period: null, pageNumber: 1, pageCount: 1, ids: [], periods: links }, ...pages.flat()];
}

function chunkPages<T>(subject: T, base: string, ids: readonly string[], period: string | null, perPage: number): Array<EntryListPage<T>> {
  const pageCount = Math.max(1, Math.ceil(ids.length / perPage));
  return Array.from({ length: pageCount }, (_, i) => ({
    subject,
    path: pagedPath(base, i + 1),
    period,
    pageNumber: i + 1,
    pageCount,
    ids: ids.slice(i * perPage, (i + 1) * perPage),
    periods: null,
  }));
}

/** The speaker and everyone mentioned, once each, speaker first. */
export function peopleOf(entry: Pick<Entry, 'speaker' | 'people'>): Ref[] {
  const seen = new Set<string>();
  const out: Ref[] = [];
  for (const p of [...(entry.speaker ? [entry.speaker] : []), ...entry.people]) {
    if (seen.has(p.slug)) continue;
    seen.add(p.slug);
    out.push(p);
  }
  return out;
}

const positions = new WeakMap<readonly object[], Map<object, number>>();

/**
 * The items before and after `item` in a list (previous/next links), through a position index built
 * once per list: one page per entry must not search the whole list per page.
 */
export function neighbours<T extends object>(items: readonly T[], item: T): { prev: T | undefined; next: T | undefined } {
  let index = positions.get(items);
  if (!index) {
    index = new Map(items.map((x, i) => [x, i]));
    positions.set(items, index);
  }
  const at = index.get(item) ?? -1;
  return { prev: at > 0 ? items[at - 1] : undefined, next: at >= 0 ? items[at + 1] : undefined };
}
