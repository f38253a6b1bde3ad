// The site's single pages, each as the model it renders: the home page, the indexes of people,
// organisations, places, topics, articles and dates, search, about, and the 404 page.
import { isDay, isYear } from '../dates/precision.ts';
import type { ChartEntry } from '../site/svgTimeline.ts';
import { entryTitle } from '../site/entryTitle.ts';
import { momentLines, type MomentLine } from '../site/keyMoments.ts';
import { paths } from '../site/paths.ts';
import type { SiteView } from '../site/siteView.ts';
import type { PersonPage, PlacePage } from '../types.ts';
import { calendarOf, type CalendarModel } from './calendar.ts';
import { byName, shared, type ModelScope, type PageModel, type PageOf } from './model.ts';

/** Key moments on the home page. */
const HOME_MOMENTS = 5;
/** Calendars on /dates/; earlier months are links by year. */
const CALENDARS = 12;
/** The newest few articles per outlet on /articles/; each outlet's page lists them all. */
const PER_OUTLET = 10;

export interface HomeModel extends PageModel {
  entries: number;
  articles: number;
  /** The first and the latest entry's dates and where the latest is. */
  first: string | null;
  latest: { date: string; path: string } | null;
  chart: { entries: ChartEntry[]; speakerPaths: Record<string, string | null> };
  /** The latest key moments, newest first. */
  moments: MomentLine[];
  months: Array<{ month: string; path: string; entries: number; days: number; busiest: { date: string; count: number } | null }>;
  peopleQuoted: number;
  organisationsQuoted: number;
}

/** A page kind with one page, at `path`. */
function onePage<M extends PageModel>(path: string, model: (scope: ModelScope) => Omit<M, 'path'>): Array<PageOf<M>> {
  return [{ path, key: '', model: (scope) => ({ path, ...model(scope) }) as M }];
}

export function homeModels(): Array<PageOf<HomeModel>> {
  return onePage(paths.home, homeModel);
}

function homeModel({ view }: ModelScope): Omit<HomeModel, 'path'> {
  const entries = view.entries;
  const latest = view.latest;
  const speakerPaths: Record<string, string | null> = {};
  for (const e of entries)
    if (e.speaker && !(e.speaker.slug in speakerPaths)) speakerPaths[e.speaker.slug] = view.speakerPath(e.speaker.slug);
  return {
    entries: entries.length,
    articles: view.data.articles.length,
    first: entries[0]?.date ?? null,
    latest: latest ? { date: latest.date, path: view.timelineHref(latest.id) } : null,
    chart: shared({
      entries: entries.map((e) => ({
        date: e.date,
        speaker: e.speaker ? { name: e.speaker.name, slug: e.speaker.slug } : null,
        title: entryTitle(e, 60),
        path: view.timelineHref(e.id),
      })),
      speakerPaths,
    }),
    moments: momentLines(
      view,
      view
        .keyMoments()
        .days.flatMap((d) => d.moments)
        .slice(-HOME_MOMENTS),
    ).reverse(),
    months: view.months.map((m) => ({ month: m.month, path: m.path, entries: m.entries, days: m.days.length, busiest: m.busiest })),
    peopleQuoted: view.peopleQuoted.length,
    organisationsQuoted: view.data.timeline.people.filter((p) => p.kind === 'organisation' && p.quotes.length > 0).length,
  };
}

export interface SpeakerRow {
  name: string;
  path: string;
  role: string | null;
  quotes: number;
  entries: number;
}

export interface SpeakersModel extends PageModel {
  kind: 'person' | 'organisation';
  rows: SpeakerRow[];
  /** People who speak (on /people/). */
  quoted: number;
}

/** Most quoted first, then most entries, then by name. */
function mostQuoted(people: readonly PersonPage[]): PersonPage[] {
  return [...people].sort((a, b) => b.quotes.length - a.quotes.length || b.entries.length - a.entries.length || byName(a.name, b.name));
}

export function speakersModels(): Array<PageOf<SpeakersModel>> {
  return [
    ...onePage<SpeakersModel>(paths.people, ({ view }) => ({
      kind: 'person',
      rows: speakerRows(view, 'person'),
      quoted: view.peopleQuoted.length,
    })),
    ...onePage<SpeakersModel>(paths.organisations, ({ view }) => ({
      kind: 'organisation',
      rows: speakerRows(view, 'organisation'),
      quoted: 0,
    })),
  ];
}

function speakerRows(view: SiteView, kind: SpeakersModel['kind']): SpeakerRow[] {
  return mostQuoted(view.data.timeline.people.filter((p) => p.kind === kind)).map((p) => ({
    name: p.name,
    path: view.speakerPath(p.slug) ?? paths.person(p.slug),
    role: p.role,
    quotes: p.quotes.length,
    entries: p.entries.length,
  }));
}

export interface PlaceNode {
  name: string;
  path: string;
  count: number;
  /** The parent's name when it has no page (the place is listed at the top). */
  within: string | null;
  children: PlaceNode[];
}

export interface PlacesModel extends PageModel {
  count: number;
  roots: PlaceNode[];
}

export function placesModels(): Array<PageOf<PlacesModel>> {
  return onePage(paths.places, placesModel);
}

function placesModel({ view }: ModelScope): Omit<PlacesModel, 'path'> {
  const places = [...view.data.timeline.places].sort((a, b) => byName(a.name, b.name));
  const known = new Set(places.map((p) => p.slug));
  const node = (p: PlacePage, depth: number): PlaceNode => ({
    name: p.name,
    path: paths.place(p.slug),
    count: p.entries.length,
    within: p.parent && !known.has(p.parent.slug) ? p.parent.name : null,
    // The tree is shown six levels deep.
    children: depth >= 6 ? [] : places.filter((c) => c.parent?.slug === p.slug).map((c) => node(c, depth + 1)),
  });
  // Top level: places whose parent has no page of its own.
  return {
    count: places.length,
    roots: places.filter((p) => !p.parent || !known.has(p.parent.slug)).map((p) => node(p, 0)),
  };
}

export interface TopicsModel extends PageModel {
  topics: Array<{ name: string; path: string; count: number; description: string }>;
}

export function topicsModels(): Array<PageOf<TopicsModel>> {
  return onePage(paths.topics, ({ view }) => {
    const topics = [...view.data.timeline.topics].sort((a, b) => b.entries.length - a.entries.length || byName(a.name, b.name));
    return {
      topics: topics.map((t) => ({ name: t.name, path: paths.topic(t.slug), count: t.entries.length, description: t.description })),
    };
  });
}

export interface OutletLink {
  name: string;
  slug: string;
  path: string;
}

export interface ArticlesModel extends PageModel {
  articles: number;
  outlets: Array<
    OutletLink & {
      /** All its articles. */
      count: number;
      /** The newest few. */
      articles: Array<{ title: string; path: string; published: string; liveblog: boolean; entries: number }>;
    }
  >;
}

export function articlesModels(): Array<PageOf<ArticlesModel>> {
  return onePage(paths.articles, ({ view }) => ({
    articles: view.data.articles.length,
    outlets: view.outlets.map((o) => ({
      name: o.name,
      slug: o.slug,
      path: paths.outlet(o.slug),
      count: o.articles.length,
      articles: o.articles.slice(0, PER_OUTLET).map((a) => ({
        title: a.title,
        path: paths.article(a.id),
        published: a.published,
        liveblog: a.kind === 'liveblog',
        entries: view.article(a.id)?.entries.length ?? 0,
      })),
    })),
  }));
}

export interface DatesModel extends PageModel {
  days: number;
  months: number;
  calendars: CalendarModel[];
  /** Earlier months by year. */
  earlier: Array<{ year: string; months: Array<{ month: string; path: string; count: number }> }>;
  /** Entries dated only to a year. */
  years: Array<{ year: string; path: string; count: number }>;
}

export function datesModels(): Array<PageOf<DatesModel>> {
  return onePage(paths.dates, datesModel);
}

function datesModel(scope: ModelScope): Omit<DatesModel, 'path'> {
  const { view } = scope;
  const { timeline } = view.data;
  const earlier = new Map<string, DatesModel['earlier'][number]['months']>();
  for (const m of timeline.months.slice(0, -CALENDARS)) {
    const year = m.date.slice(0, 4);
    earlier.set(year, [...(earlier.get(year) ?? []), { month: m.date, path: view.datePath(m.date), count: m.entries.length }]);
  }
  return {
    days: timeline.days.filter((d) => isDay(d.date)).length,
    months: timeline.months.length,
    calendars: timeline.months.slice(-CALENDARS).flatMap((m) => calendarOf(scope, m.date) ?? []),
    earlier: [...earlier].map(([year, months]) => ({ year, months })),
    years: timeline.days.filter((d) => isYear(d.date)).map((y) => ({ year: y.date, path: view.datePath(y.date), count: y.entries.length })),
  };
}

export interface SourcesModel extends PageModel {
  articles: number;
  outlets: Array<OutletLink & { entries: number }>;
}

/** /search/ (the outlets with their entries) and /about/ (with their articles). */
export function searchModels(): Array<PageOf<SourcesModel>> {
  return onePage(paths.search, ({ view }) => ({
    articles: view.data.articles.length,
    outlets: outletLinks(view, (o) => o.entries.length),
  }));
}
export function aboutModels(): Array<PageOf<SourcesModel>> {
  return onePage(paths.about, ({ view }) => ({ articles: view.data.articles.length, outlets: outletLinks(view, () => 0) }));
}
function outletLinks(view: SiteView, count: (o: SiteView['outlets'][number]) => number): SourcesModel['outlets'] {
  return view.outlets.map((o) => ({ name: o.name, slug: o.slug, path: paths.outlet(o.slug), entries: count(o) }));
}
