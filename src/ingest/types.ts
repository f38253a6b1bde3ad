import type { ArticleKind, ArticleMeta } from '../types.ts';

/** One outlet from content/knowledge/outlets.yaml. */
export interface Outlet {
  name: string;
  mastheads: string[];
  footers: string[];
  markers: string[];
}

/** What a raw line turned out to be. */
export type LineRole =
  | 'blank'
  /** A paragraph of the article. */
  | 'text'
  /** A short heading inside the article. */
  | 'subhead'
  /** A live-blog post time ("04:50 PM BST"). */
  | 'post-time'
  /** The headline of a live-blog post. */
  | 'post-headline'
  /** A photo caption kept as a figure (the only content of its post). */
  | 'figure'
  /** The credit line of a caption kept as a figure (folded into the figure). */
  | 'figure-credit'
  /** Moved into the front matter: the headline, the byline, the page stamp, the page footer. */
  | 'title'
  | 'byline'
  | 'stamp'
  | 'footer'
  /** Page noise, dropped. */
  | 'noise';

export interface Line {
  /** 1-based line number in the raw text. */
  n: number;
  /** The line as scraped, trimmed. */
  text: string;
  role: LineRole;
  /** Why it was removed or what it was recognised as. */
  reason: string | null;
}

/** A caption found in the raw text: its line, its credit line (if any), and the text to show. */
export interface Caption {
  line: number;
  creditLine: number | null;
  text: string;
  credit: string | null;
}

/** Everything the command line passes in. Values are as typed by the editor. */
export interface IngestFlags {
  published?: string;
  source?: string;
  url?: string;
  title?: string;
  retrieved?: string;
  authors?: string[];
  kind?: ArticleKind;
}

/** Where a front-matter value came from, for the summary. */
export interface Provenance {
  title: string;
  source: string;
  published: string;
  kind: string;
  authors: string;
}

/** A value the text does not establish and no flag gave. */
export interface Missing {
  flag: string;
  why: string;
}

/** One front-matter value as an importer decided it: the value, where it came from, and what to tell or ask the editor. */
export interface Decision<T> {
  value: T;
  /** Where the value came from (its provenance line); empty when it is missing. */
  how: string;
  /** A remark for the summary (a flag overriding a different value on the page). */
  note?: string;
  /** The flag to ask for, when neither a flag nor the page gives the value. */
  missing?: Missing;
}

export interface IngestSuccess {
  ok: true;
  meta: ArticleMeta;
  /** Markdown body, ending with one newline. */
  body: string;
  /** The whole content file: front matter and body. */
  file: string;
  /** `<published date>-<slug>.md` */
  fileName: string;
  lines: Line[];
  provenance: Provenance;
  posts: number;
  quotes: number;
  /** Non-fatal remarks (a flag overriding a different detected value …). */
  notes: string[];
}

export interface IngestFailure {
  ok: false;
  missing: Missing[];
  /** Flags with values that are not valid. */
  invalid: string[];
}

export type IngestResult = IngestSuccess | IngestFailure;
