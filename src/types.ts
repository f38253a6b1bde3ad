// The shapes that flow through the pipeline:
// content/*.md → Article → ParsedArticle → Entry[] → Timeline → Eleventy data.

export type ArticleKind = 'article' | 'liveblog';

/** Front matter of a content file, after validation. */
export interface ArticleMeta {
  title: string;
  source: string;
  /** ISO 8601 as written in the file: `2025-04-04` or `2025-04-04T16:50:00+01:00`. */
  published: string;
  url?: string;
  kind: ArticleKind;
  authors: string[];
  /** Date the page was scraped, used to resolve relative page stamps ("2 days ago"). */
  retrieved?: string;
}

/** One loaded content file. */
export interface Article {
  /** Slug: the file name without `.md`. Stable: it is the article's URL. */
  id: string;
  /** Path relative to the repository root, for error messages. */
  file: string;
  meta: ArticleMeta;
  /** Markdown body, front matter removed. */
  body: string;
  /** Line of the file on which the body starts, for error messages. */
  bodyLine: number;
}

/** A block of the article body (paragraph, heading, list, quote) with a stable anchor. */
export interface Paragraph {
  anchor: string;
  kind: 'paragraph' | 'heading' | 'list' | 'blockquote' | 'other';
  /** Plain text of the block. */
  text: string;
  /** Sanitised HTML of the block; its outer element carries `id="<anchor>"`, a heading its level under the page's h1. */
  html: string;
  /** Index of the live-blog post it belongs to, or null outside posts. */
  post: number | null;
  /** Line of the content file the block starts on. */
  line: number;
}

/** A live-blog post: a `## <time> — <headline>` section. */
export interface Post {
  index: number;
  anchor: string;
  /** The time exactly as written, e.g. `04:50 PM BST`. */
  label: string;
  headline: string;
  /** `HH:mm` local clock time, or null when the heading has no parseable time. */
  time: string | null;
  /** Time-zone abbreviation as written (BST, CET …), or null. */
  zone: string | null;
  /** The UTC instant of the post (ISO 8601), or null when unknown. */
  instant: string | null;
  /** Event date of the post (`YYYY-MM-DD`). */
  date: string;
}

export interface ParsedArticle {
  article: Article;
  paragraphs: Paragraph[];
  posts: Post[];
  /** Publication date (`YYYY-MM-DD`) that relative dates resolve against. */
  date: string;
}

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

export type EntityKind = 'person' | 'organisation';

/** A reference to a person, organisation, place or topic, as shown on the site. */
export interface Ref {
  name: string;
  slug: string;
}

export interface SpeakerRef extends Ref {
  kind: EntityKind;
}

export interface SourceRef {
  /** Article id. */
  article: string;
  /** Anchor of the paragraph (or post) it came from. */
  anchor: string;
}

export interface Entry {
  /** Stable id; also the entry's anchor on every page (`#<id>`). */
  id: string;
  /** `YYYY-MM-DD`, or `YYYY-MM` when only the month is known (`YYYY` for a year). */
  date: string;
  precision: DatePrecision;
  /** `HH:mm ZONE` as on the page (e.g. `16:50 BST`), or null. */
  time: string | null;
  /** UTC instant when a clock time is known, for ordering. */
  instant: string | null;
  speaker: SpeakerRef | null;
  people: SpeakerRef[];
  place: Ref | null;
  topics: Ref[];
  /** The quoted words verbatim, or null for an event entry. */
  quote: string | null;
  /** The sentence or paragraph the entry is about. */
  text: string;
  /** Live-blog post headline, when the entry is a post. */
  headline: string | null;
  sources: SourceRef[];
  /** An editor marked it a key moment (`key: true` in content/corrections.yaml). */
  key?: true;
}

/** An article as listed on the site. */
export interface ArticleSummary {
  id: string;
  title: string;
  source: string;
  url: string | null;
  published: string;
  kind: ArticleKind;
  authors: string[];
}

export interface PersonPage extends SpeakerRef {
  role: string | null;
  /** Other spellings from the knowledge files ("Zelensky", "Zelenskiy"): search finds them too. */
  aliases: string[];
  /** Entry ids where this person speaks. */
  quotes: string[];
  /** Entry ids where this person speaks or is mentioned, in time order. */
  entries: string[];
  /** Places they spoke at, most frequent first. */
  places: Array<Ref & { count: number }>;
  /** People they are mentioned with, most frequent first. */
  related: Array<Ref & { count: number }>;
}

export interface PlacePage extends Ref {
  kind: string;
  parent: Ref | null;
  entries: string[];
}

export interface TopicPage extends Ref {
  description: string;
  entries: string[];
}

export interface DayPage {
  /** `YYYY-MM-DD` (or `YYYY-MM` / `YYYY` for entries known only to that precision). */
  date: string;
  entries: string[];
}

export interface Timeline {
  articles: ArticleSummary[];
  /** Every entry, in chronological order. */
  entries: Entry[];
  byId: Record<string, Entry>;
  people: PersonPage[];
  places: PlacePage[];
  topics: TopicPage[];
  /** One per day that has entries, chronological. */
  days: DayPage[];
  /** One per month (`YYYY-MM`), with every entry dated in that month, chronological. */
  months: DayPage[];
  /** Quotes whose speaker could not be established. */
  unattributed: string[];
}

/** Everything the templates get, as Eleventy global data `newsline`. */
export interface SiteData {
  timeline: Timeline;
  /** One per article, newest first. */
  articles: ArticlePage[];
  stats: BuildStats;
}

export interface BuildStats {
  articles: number;
  entries: number;
  quotes: number;
  people: number;
  cacheHits: number;
  cacheMisses: number;
  /** Milliseconds spent loading, parsing, extracting and modelling. */
  millis: number;
  /** Problems that do not stop the build (an unclosed quotation), one line each: `file: line N: message`. */
  warnings: string[];
}

export interface ArticlePage {
  summary: ArticleSummary;
  blocks: Paragraph[];
  posts: Post[];
  /** Entry ids per block anchor, for highlighting entries in place. */
  entriesByAnchor: Record<string, string[]>;
  /** Entry ids sourced from this article, chronological. */
  entries: string[];
  /** Changes whenever the article's file or the code and knowledge that parse it change. */
  contentHash: string;
}
