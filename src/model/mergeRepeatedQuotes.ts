import { digest, entryDigest } from '../cache/entryDigest.ts';
import { normaliseWords } from '../extract/normaliseWords.ts';
import type { Entry, Ref, SpeakerRef } from '../types.ts';
import { groupRegion, sortGroups, updateGroups, type QuoteChange, type QuoteGroups } from './quoteGroups.ts';
import { articleOrder, COMMON, QuoteIndex, type ArticleStatements, type QuoteItem } from './quoteIndex.ts';

export type { ArticleStatements } from './quoteIndex.ts';
export type { QuoteChange, QuoteGroups } from './quoteGroups.ts';

/** What the merge compares of each entry's quote (normalising is most of its cost), space-separated: null without a quote. */
export function quoteWords(entries: readonly Entry[]): Array<string | null> {
  return entries.map((e) => (e.quote ? normaliseWords(e.quote).join(' ') : null));
}

function union<T extends Ref>(a: T[], b: T[]): T[] {
  const seen = new Set(a.map((r) => r.slug));
  return [...a, ...b.filter((r) => !seen.has(r.slug))];
}

/**
 * The groups of a merge in a form kept between builds (see src/cache/modelSnapshot.ts): the groups,
 * and each article they were made of with a digest of its statements (`statementsDigest`), so that a
 * later build can tell which articles are unchanged.
 */
export interface StoredGroups {
  /** The COMMON the groups were made with. */
  common: number;
  /** `[article id, statementsDigest]` of every article merged. */
  articles: Array<[string, string]>;
  groups: QuoteGroups;
}

/** Everything the merge reads of an article: its date and its statements (each by its digest). */
export function statementsDigest(article: ArticleStatements): string {
  return digest(`${article.published} ${article.entries.map(entryDigest).join(' ')}`);
}

/** Whether a value read back from storage has the shape of StoredGroups (what it refers to is checked when used). */
export function isStoredGroups(value: unknown): value is StoredGroups {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<StoredGroups>;
  const isString = (x: unknown) => typeof x === 'string';
  return (
    typeof v.common === 'number' &&
    Array.isArray(v.articles) &&
    v.articles.every((a) => Array.isArray(a) && a.length === 2 && a.every(isString)) &&
    Array.isArray(v.groups) &&
    v.groups.every((g) => Array.isArray(g) && g.length > 1 && g.every(isString))
  );
}

/** A quote reported hundreds of times gathers hundreds of sources: look them up, never scan them. */
export function absorb(into: Entry, other: Entry, sourceKeys: Set<string>): void {
  if ((other.quote ?? '').length > (into.quote ?? '').length) into.quote = other.quote;
  for (const s of other.sources) {
    const key = `${s.article}#${s.anchor}`;
    if (sourceKeys.has(key)) continue;
    sourceKeys.add(key);
    into.sources.push(s);
  }
  if (other.people.some((p) => !into.people.some((q) => q.slug === p.slug))) into.people = union<SpeakerRef>(into.people, other.people);
  if (other.topics.some((t) => !into.topics.some((u) => u.slug === t.slug))) into.topics = union(into.topics, other.topics);
  into.speaker ??= other.speaker;
  if (other.key) into.key = true;
  into.place ??= other.place;
  if (!into.time && other.time && other.date === into.date) {
    into.time = other.time;
    into.instant = other.instant;
  }
}

/**
 * The same words reported several times (twice in a live blog, or by several outlets) become one entry
 * with all its sources. Quotes match on normalised wording: one quote's word triples must mostly occur
 * in the other (so "…for weeks and months on end" matches the longer quote that contains it).
 *
 * The groups are a function of the set of articles, not of the order they come in, and an article
 * added or removed changes only the groups of the quotes it shares words with (see `update`): two quote
 * entries are linked when OVERLAP of the shorter one's triples occur in the other, common triples (in
 * more than COMMON distinct quotes) not counting, and their speakers agree; linked entries are joined
 * earliest source first (by publication, article id, position), as long as their groups can be one quote.
 * The earliest source keeps its id, so links stay stable as articles are added.
 *
 * Its index and caches live as long as the merger: one build, or a dev server's session (which merges
 * the same unchanged entries on every rebuild).
 */
export class QuoteMerger {
  private readonly index: QuoteIndex;
  /** The articles of the last merge and its groups (null when the articles held came from `hold`). */
  private last: { articles: Map<string, ArticleStatements>; groups: QuoteGroups } | null = null;
  /** Groups stored by an earlier build, for the next merge to update (see `resume`). */
  private resumable: StoredGroups | null = null;
  /** The articles and groups of the last merge, to store (see `stored`). */
  private latest: { articles: readonly ArticleStatements[]; groups: QuoteGroups } | null = null;
  private readonly common: number;
  /** Whether the last merge updated stored groups (see `resume`) rather than grouping from scratch or its own last groups. */
  lastResumed = false;

  /** @param options.common How many distinct quotes a word triple may be in and still count (default COMMON). */
  constructor(options: { common?: number; wordBound?: number } = {}) {
    this.common = options.common ?? COMMON;
    this.index = new QuoteIndex(this.common, options.wordBound);
  }

  /**
   * Groups an earlier build stored (`stored`), for the next `merge` to update when the only change since
   * is articles added (a few): it then indexes every article but groups only what the added ones reach.
   * Otherwise (an article removed or edited: its old statements are not stored; groups that do not fit
   * the articles) the merge groups from scratch, as without them.
   */
  resume(stored: StoredGroups): void {
    this.resumable = stored;
  }

  /** Whether the merger holds groups of its own from an earlier merge (a dev server's), which it updates without stored ones. */
  holdsGroups(): boolean {
    return this.last !== null;
  }

  /** The last merge's groups and the digest of each article's statements, to keep for a later `resume`. */
  stored(): StoredGroups | null {
    if (!this.latest) return null;
    const articles = this.latest.articles.map((a): [string, string] => [a.articleId, statementsDigest(a)]);
    return { common: this.common, articles, groups: this.latest.groups };
  }

  /** The words of each entry's quote as `quoteWords` gives them, for entries read back from the cache. */
  rememberWords(entries: readonly Entry[], words: ReadonlyArray<string | null> | undefined): void {
    this.index.rememberWords(entries, words);
  }

  /**
   * Every statement of the articles, in order (earliest published article first, each in document order),
   * with each repeated quote as one entry where its earliest source was. Near-linear: candidates come from
   * an index of word triples, never from comparing all pairs. The entries given are not changed: an entry
   * that absorbs others is a copy, the rest are returned as they are (so that what is derived from an
   * unchanged entry can be kept from one build to the next).
   */
  merge(articles: readonly ArticleStatements[]): Entry[] {
    const change = this.last && !this.index.numberingFull() ? changeBetween(this.last.articles, articles) : null;
    // A few articles changed since the last merge (a dev server's rebuild): update its groups.
    const small = change && change.removed.length + change.added.length <= Math.max(8, articles.length / 10);
    const resumed = small && this.last ? null : this.resumed(articles);
    this.lastResumed = resumed !== null;
    const groups = small && this.last ? this.update(this.last.groups, change) : (resumed ?? this.group(articles));
    this.resumable = null;
    this.latest = { articles, groups };
    return this.mergedEntries(articles, groups);
  }

  /** The groups of these articles updated from stored ones (see `resume`), or null when they cannot be. */
  private resumed(articles: readonly ArticleStatements[]): QuoteGroups | null {
    const stored = this.resumable;
    if (!stored || stored.common !== this.common) return null;
    const before = new Map(stored.articles);
    if (before.size !== stored.articles.length) return null;
    const unchanged: ArticleStatements[] = [];
    const added: ArticleStatements[] = [];
    for (const article of articles) (before.get(article.articleId) === statementsDigest(article) ? unchanged : added).push(article);
    if (unchanged.length !== before.size || added.length > Math.max(8, articles.length / 10)) return null;
    this.hold(unchanged);
    // Every stored key must be an entry of the articles held, and in one group only.
    const keys = new Set<string>();
    for (const group of stored.groups) {
      for (const key of group) {
        if (keys.has(key) || !this.index.item(key)) return null;
        keys.add(key);
      }
    }
    const groups = this.update(stored.groups, { removed: [], added });
    this.last = { articles: new Map(articles.map((a) => [a.articleId, a])), groups };
    return groups;
  }

  /** The groups of the articles' quotes, made from scratch. The merger then holds these articles. */
  group(articles: readonly ArticleStatements[]): QuoteGroups {
    this.hold(articles);
    const groups = groupRegion(this.index, this.index.items(), true).map((group) => group.map((item) => item.key));
    this.last = { articles: new Map(articles.map((a) => [a.articleId, a])), groups };
    return groups;
  }

  /** Holds these articles, for an `update` of groups made of them earlier (and stored). */
  hold(articles: readonly ArticleStatements[]): void {
    this.index.clear();
    for (const article of articles) this.index.add(article);
    this.index.takeFlips();
    this.last = null;
  }

  /**
   * The groups after a change (an article added, removed or edited), from the groups before it, which
   * were made of the articles the merger holds; it then holds the changed set. Equal to `group` on the
   * changed set; only the groups the change can reach are made again.
   */
  update(previous: QuoteGroups, change: QuoteChange): QuoteGroups {
    const groups = updateGroups(this.index, previous, change);
    const articles = new Map(this.last?.articles);
    for (const id of change.removed) articles.delete(id);
    for (const a of change.added) articles.set(a.articleId, a);
    this.last = this.last ? { articles, groups } : null;
    return groups;
  }

  /**
   * The articles' statements in order, each group one entry where its first entry was (see `merge`).
   * The merger must hold these articles (the ones it grouped or updated last).
   */
  mergedEntries(articles: readonly ArticleStatements[], groups: QuoteGroups): Entry[] {
    /** Each grouped entry's group's members, for its first entry; null for the others. */
    const groupOf = new Map<QuoteItem, QuoteItem[] | null>();
    for (const group of groups) {
      const members = group.map((key) => this.index.item(key) as QuoteItem);
      members.forEach((item, i) => groupOf.set(item, i === 0 ? members : null));
    }
    const out: Entry[] = [];
    for (const article of [...articles].sort(articleOrder)) {
      const items = this.index.itemsOf(article.articleId);
      let next = 0;
      for (const entry of article.entries) {
        const members = entry.quote ? groupOf.get(items[next++] as QuoteItem) : undefined;
        if (members === undefined) out.push(entry);
        else if (members) out.push(this.mergeGroup(members));
      }
    }
    return out;
  }

  /** Sorts groups as `group` gives them (by first entry, earliest first): for groups from elsewhere. */
  sorted(groups: QuoteGroups): QuoteGroups {
    return sortGroups(this.index, groups);
  }

  /** A copy of the group's first entry that has absorbed the others, in order. */
  private mergeGroup(group: readonly QuoteItem[]): Entry {
    const [first, ...rest] = group.map((item) => item.entry);
    const into: Entry = {
      ...(first as Entry),
      sources: [...(first as Entry).sources],
      people: [...(first as Entry).people],
      topics: [...(first as Entry).topics],
    };
    const sourceKeys = new Set(into.sources.map((s) => `${s.article}#${s.anchor}`));
    for (const other of rest) absorb(into, other, sourceKeys);
    return into;
  }
}

/**
 * The articles removed and added (an edited one is both) from one set to the next. An article is
 * unchanged when it has the same date and the very same entry objects (entries are never changed once
 * made: a correction makes a copy).
 */
function changeBetween(before: ReadonlyMap<string, ArticleStatements>, after: readonly ArticleStatements[]): QuoteChange {
  const removed: string[] = [];
  const added: ArticleStatements[] = [];
  const present = new Set<string>();
  for (const article of after) {
    present.add(article.articleId);
    const old = before.get(article.articleId);
    if (old && old.published === article.published && sameEntries(old.entries, article.entries)) continue;
    if (old) removed.push(article.articleId);
    added.push(article);
  }
  for (const id of before.keys()) if (!present.has(id)) removed.push(id);
  return { removed, added };
}

function sameEntries(a: readonly Entry[], b: readonly Entry[]): boolean {
  return a.length === b.length && a.every((e, i) => e === b[i]);
}
