// How an entry is shown, as models: the full card (timeline pages: topics, mentions, every report) and
// the compact card (listings: when, who, what, where and one report). A card is the same on every page
// it appears on, so each is made once per model scope and shared by those pages' models (and digested once).
import { normaliseWords } from '../text/normaliseWords.ts';
import { paths } from '../site/paths.ts';
import { groupInOrder, peopleOf, type SiteView } from '../site/siteView.ts';
import type { DatePrecision, Entry, Ref, SourceRef } from '../types.ts';
import { shared, type Link, type ModelScope } from './model.ts';

/** What both cards show first: when (the permalink) and who, then the headline, quote and text. */
export interface EntryHead {
  id: string;
  /** The entry's place on the timeline: its permalink. */
  href: string;
  date: string;
  precision: DatePrecision;
  time: string | null;
  instant: string | null;
  speaker: Link | null;
  headline: string | null;
  quote: string | null;
  /** Null when the sentence is only the quotation (it would say it twice). */
  text: string | null;
}

/** One report on a full card: the outlet (with the date when it has two), each passage, the original. */
export interface ReportModel {
  /** The outlet's name. */
  outlet: string;
  /** The article's publication day, shown when the card lists two reports of its outlet; else null. */
  published: string | null;
  /** The article's title, for screen readers; null when the article is unknown. */
  title: string | null;
  /** The first passage the entry came from. */
  path: string;
  /** Further passages of the same article. */
  passages: string[];
  /** The original report's URL (checked), or null. */
  original: string | null;
}

export interface FullCard {
  head: EntryHead;
  /** Slugs for the filter bar: everyone (speaker first), and the topics. */
  people: string;
  topics: string;
  place: Link | null;
  topicLinks: Link[];
  mentioned: Link[];
  reports: ReportModel[];
  /** Reports beyond those listed. */
  moreReports: number;
}

export interface CompactCard {
  head: EntryHead;
  place: Link | null;
  /** The report the card names (the outlet's own on its page, else the first), or null. */
  reported: { name: string; path: string } | null;
  /** Other reports, listed on the full card. */
  more: number;
}

/** Reports named on a card; a quote repeated across hundreds of articles lists the first ones and a count. */
const MAX_SOURCES = 6;

export interface EntryCards {
  full(id: string): FullCard;
  /** On an outlet's page (`outlet`: its slug) the card names that outlet's report. */
  compact(id: string, outlet?: string): CompactCard;
}

export function entryCards(scope: ModelScope): EntryCards {
  return makeCards(scope);
}

const addsToQuote = new WeakMap<Entry, boolean>();

/**
 * A sentence that is only the quotation would say it twice. (Worked out once per entry: entries
 * outlive views in the dev server.) Most sentences say more than their quotation, and counting their
 * letters shows it (see `lettersAtLeast`) without normalising their words: at 5,000 articles, 0.35
 * instead of 0.7 s of every rebuild's planning.
 */
function textAddsToQuote(entry: Entry): boolean {
  let adds = addsToQuote.get(entry);
  if (adds === undefined) {
    if (entry.quote === null) adds = true;
    else {
      const quote = normaliseWords(entry.quote);
      const quoteLetters = quote.reduce((n, word) => n + word.length, 0);
      adds = lettersAtLeast(entry.text) > quoteLetters || normaliseWords(entry.text).join(' ') !== quote.join(' ');
    }
    addsToQuote.set(entry, adds);
  }
  return adds;
}

/** An ASCII letter or digit (`c | 32` lower-cases an ASCII letter, and maps nothing else onto a–z). */
function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/**
 * A lower bound on the letters of `normaliseWords(text)` (its words without the spaces): each ASCII
 * letter and digit of the text stays one letter of a word, whatever else the normalising does
 * (decomposing, dropping accents and apostrophes, lower-casing), except the u of a word that ends in
 * "our" ("colour" → "color"); a u followed by a letter or digit other than r, or by r and then
 * another, is not that one.
 */
export function lettersAtLeast(text: string): number {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isAsciiAlnum(c)) continue;
    if ((c | 32) === 117) {
      const next = text.charCodeAt(i + 1); // NaN past the end: not a letter
      const kept = isAsciiAlnum(next) && ((next | 32) !== 114 || isAsciiAlnum(text.charCodeAt(i + 2)));
      if (!kept) continue;
    }
    letters++;
  }
  return letters;
}

/** The links of a card: a person, place or topic page, or null when the site has none. */
export function personLinkOf(view: SiteView, ref: Ref): Link {
  return { name: ref.name, path: view.speakerPath(ref.slug) };
}
export function placeLinkOf(view: SiteView, ref: Ref): Link {
  return { name: ref.name, path: view.hasPlace(ref.slug) ? paths.place(ref.slug) : null };
}
export function topicLinkOf(view: SiteView, ref: Ref): Link {
  return { name: ref.name, path: view.hasTopic(ref.slug) ? paths.topic(ref.slug) : null };
}

/** Link to the paragraph of an article that an entry came from. */
function sourcePath(articleId: string, sources: readonly SourceRef[]): string {
  return paths.source(sources[0] ?? { article: articleId, anchor: '' });
}

/** An entry's sources grouped by article (pure: worked out once per entry, as entries outlive views in the dev server). */
const reportsByArticle = new WeakMap<Entry, Array<[string, SourceRef[]]>>();
function reports(e: Entry): Array<[string, SourceRef[]]> {
  let grouped = reportsByArticle.get(e);
  if (!grouped) reportsByArticle.set(e, (grouped = groupInOrder(e.sources, (s) => s.article)));
  return grouped;
}

/**
 * The cards of a scope. Each card, and each entry's head, is a shared part of the scope (see
 * ModelScope.once): made once, and what it read is read by every model that shows it.
 */
function makeCards(scope: ModelScope): EntryCards {
  const { view } = scope;
  const outletName = (articleId: string) => view.outletRefOf(articleId)?.name ?? view.articleSummary(articleId)?.source ?? articleId;

  // An entry's head is small and on every card of the entry: made once per build.
  const head = (id: string): EntryHead =>
    scope.lasting(`h|${id}`, () => {
      const e = view.entry(id);
      return shared({
        id: e.id,
        href: view.timelineHref(e.id),
        date: e.date,
        precision: e.precision,
        time: e.time,
        instant: e.instant,
        speaker: e.speaker ? personLinkOf(view, e.speaker) : null,
        headline: e.headline,
        quote: e.quote,
        text: textAddsToQuote(e) ? e.text : null,
      });
    });

  const fullReports = (e: Entry): ReportModel[] => {
    const byArticle = reports(e);
    const names = byArticle.map(([id]) => outletName(id));
    const perOutlet = new Map<string, number>();
    for (const n of names) perOutlet.set(n, (perOutlet.get(n) ?? 0) + 1);
    return byArticle.slice(0, MAX_SOURCES).map(([id, sources], i) => {
      const summary = view.articleSummary(id);
      const name = names[i] ?? id;
      const [, ...more] = sources;
      return {
        outlet: name,
        published: (perOutlet.get(name) ?? 0) > 1 && summary ? summary.published.slice(0, 10) : null,
        title: summary?.title ?? null,
        path: sourcePath(id, sources),
        passages: more.map((s) => paths.source(s)),
        original: summary?.url ?? null,
      };
    });
  };

  return {
    full: (id) =>
      scope.once(`cf|${id}`, () => {
        const e = view.entry(id);
        const everyone = peopleOf(e);
        return shared({
          head: head(id),
          people: everyone.map((p) => p.slug).join(' '),
          topics: e.topics.map((t) => t.slug).join(' '),
          place: e.place ? placeLinkOf(view, e.place) : null,
          topicLinks: e.topics.map((t) => topicLinkOf(view, t)),
          mentioned: everyone.filter((p) => p.slug !== e.speaker?.slug).map((p) => personLinkOf(view, p)),
          reports: fullReports(e),
          moreReports: Math.max(0, reports(e).length - MAX_SOURCES),
        });
      }),
    compact: (id, outlet) =>
      scope.once(`cc|${id}|${outlet ?? ''}`, () => {
        const e = view.entry(id);
        const byArticle = reports(e);
        // On an outlet's page: that outlet's first report.
        const shown =
          outlet === undefined
            ? 0
            : Math.max(
                0,
                byArticle.findIndex(([articleId]) => view.outletRefOf(articleId)?.slug === outlet),
              );
        const [articleId, sources] = byArticle[shown] ?? byArticle[0] ?? ['', []];
        return shared({
          head: head(id),
          place: e.place ? placeLinkOf(view, e.place) : null,
          reported: articleId ? { name: outletName(articleId), path: sourcePath(articleId, sources) } : null,
          more: byArticle.length - 1,
        });
      }),
  };
}
