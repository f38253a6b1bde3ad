// The machine-readable outputs: /timeline.json (our documented format) and /timelinejs.json
// (for TimelineJS3).
import { ref } from '../ref.ts';
import { dateParts, formatEntryDate } from '../render/dates.ts';
import { html, join } from '../render/html.ts';
import type { ArticleKind, DatePrecision, Entry, Ref, SiteData } from '../types.ts';
import { entryTitle } from '../site/entryTitle.ts';
import { paths } from '../site/paths.ts';
import { absoluteUrl, type SiteConfig } from '../site/siteConfig.ts';

export interface TimelineJson {
  articles: Array<{ id: string; title: string; source: string; url: string | null; published: string; kind: ArticleKind }>;
  entries: TimelineJsonEntry[];
}

export interface TimelineJsonEntry {
  id: string;
  date: string;
  precision: DatePrecision;
  time: string | null;
  instant: string | null;
  speaker: Ref | null;
  people: Ref[];
  place: Ref | null;
  topics: Ref[];
  quote: string | null;
  text: string;
  sources: Array<{ article: string; anchor: string }>;
}

export function timelineJsonArticles(data: SiteData): TimelineJson['articles'] {
  return data.timeline.articles.map((a) => ({
    id: a.id,
    title: a.title,
    source: a.source,
    url: a.url,
    published: a.published,
    kind: a.kind,
  }));
}

export function timelineJsonEntry(e: Entry): TimelineJsonEntry {
  return {
    id: e.id,
    date: e.date,
    precision: e.precision,
    time: e.time,
    instant: e.instant,
    speaker: e.speaker ? ref(e.speaker) : null,
    people: e.people.map(ref),
    place: e.place ? ref(e.place) : null,
    topics: e.topics.map(ref),
    quote: e.quote,
    text: e.text,
    sources: e.sources.map((s) => ({ article: s.article, anchor: s.anchor })),
  };
}

export function timelineJson(data: SiteData): TimelineJson {
  return { articles: timelineJsonArticles(data), entries: data.timeline.entries.map(timelineJsonEntry) };
}

/** TimelineJS3 date: as many parts as are known; the clock time as reported (local to the speaker). */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  display_date?: string;
}

export interface TimelineJsDocument {
  title: { text: { headline: string; text: string } };
  events: Array<{ start_date: TimelineJsDate; text: { headline: string; text: string }; group: string; unique_id: string }>;
}

function timelineJsDate(entry: Entry): TimelineJsDate {
  const { year, month, day } = dateParts(entry.date);
  const date: TimelineJsDate = { year };
  if (month !== null) date.month = month;
  if (day !== null) date.day = day;
  const clock = /^(\d{2}):(\d{2})/.exec(entry.time ?? '');
  if (clock && day !== null) {
    date.hour = Number(clock[1]);
    date.minute = Number(clock[2]);
  }
  date.display_date = formatEntryDate(entry);
  return date;
}

type TimelineJsEvent = TimelineJsDocument['events'][number];

export function timelineJsTitle(data: SiteData, site: SiteConfig): TimelineJsDocument['title'] {
  return {
    text: {
      headline: site.title,
      text: html`<p>${data.timeline.entries.length} dated statements and events from ${data.timeline.articles.length} articles.</p>`.value,
    },
  };
}

/** A TimelineJS event; `sourceName` gives the outlet named in its "Reported by" links. */
export function timelineJsEvent(e: Entry, site: SiteConfig, sourceName: (articleId: string) => string): TimelineJsEvent {
  // TimelineJS renders `text` as HTML: everything from content is escaped here.
  const sources = e.sources.map((s) => html`<a href="${absoluteUrl(site, paths.source(s))}">${sourceName(s.article)}</a>`);
  const body = html`${e.quote ? html`<blockquote>${e.quote}</blockquote>` : ''}<p>${e.text}</p><p>Reported by ${join(sources, ', ')}.</p>`;
  return {
    start_date: timelineJsDate(e),
    text: { headline: html`${entryTitle(e, 80)}`.value, text: body.value },
    group: e.speaker?.name ?? 'Events',
    unique_id: e.id,
  };
}

/** The outlet name of each article, for `timelineJsEvent`. */
export function sourceNames(data: SiteData): (articleId: string) => string {
  const articles = new Map(data.timeline.articles.map((a) => [a.id, a.source]));
  return (id) => articles.get(id) ?? id;
}

export function timelineJsJson(data: SiteData, site: SiteConfig): TimelineJsDocument {
  const names = sourceNames(data);
  return { title: timelineJsTitle(data, site), events: data.timeline.entries.map((e) => timelineJsEvent(e, site, names)) };
}
