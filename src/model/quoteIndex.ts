import { normaliseWords } from '../extract/normaliseWords.ts';
import type { Entry } from '../types.ts';

const SHINGLE = 3;
/** Share of the shorter quote's word triples that must occur in the longer one. */
export const OVERLAP = 0.8;
/**
 * A triple found in more distinct quotes than this ("we are going") says nothing about identity. Distinct
 * quotes (wordings), not reports: a quote printed by a hundred outlets makes its triples no more common.
 */
export const COMMON = 50;
/**
 * Word triples are numbered as they are first seen, so that the index and the sets below work on small
 * integers rather than strings. The numbering is kept from merge to merge (a dev server merges the same
 * unchanged entries on every rebuild), but bounded: past MAX_TRIPLES distinct triples a merge from
 * scratch starts it again, as a new generation, and entries numbered in an older one are numbered again.
 */
const MAX_TRIPLES = 4_000_000;

/** One article's statements, in document order: what the merge takes. */
export interface ArticleStatements {
  articleId: string;
  /** The article's publication instant (front matter `published`). */
  published: string;
  entries: readonly Entry[];
}

/** A distinct wording (normalised words) of one or more quote entries, with its word triples. */
export interface QuoteText {
  /** Small and dense: counts per text are kept in a typed array. */
  readonly id: number;
  readonly words: string;
  /** Distinct triple numbers. */
  readonly triples: readonly number[];
  /** The entries of the index with this wording. */
  readonly items: Set<QuoteItem>;
}

/** A quote entry in the index: its key, where it stands in the canonical order, its wording. */
export interface QuoteItem {
  /** `<article id>#<position among the article's statements>`: stable while the article is unchanged. */
  readonly key: string;
  readonly articleId: string;
  readonly published: string;
  readonly position: number;
  readonly entry: Entry & { quote: string };
  readonly text: QuoteText;
}

/** Code-unit order: dates and instants are ASCII (no ICU collation for the many comparisons of a sort). */
function compareAscii(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The order articles are read in: earliest published first, then by id (as `buildTimeline` orders them). */
export function articleOrder(a: { published: string; articleId: string }, b: { published: string; articleId: string }): number {
  return compareAscii(a.published, b.published) || a.articleId.localeCompare(b.articleId);
}

/** Earliest source first: by article (see `articleOrder`), then by position in the article. */
export function canonicalOrder(a: QuoteItem, b: QuoteItem): number {
  return articleOrder(a, b) || a.position - b.position;
}

/** The key of an article's statement at a position. */
export function itemKey(articleId: string, position: number): string {
  return `${articleId}#${position}`;
}

/**
 * The quote entries of a set of articles, by wording and by word triple: what the merge compares.
 * It lives as long as its owner (a `QuoteMerger`: one build, or one dev-server session), and is changed
 * an article at a time, so that an update finds the quotes that share words with a changed one.
 */
export class QuoteIndex {
  /** @param common How many distinct quotes a triple may be in and still count (COMMON; tests use fewer). */
  constructor(private readonly common = COMMON) {}

  private numbering = { generation: 0, triples: new Map<string, number>() };
  /** An entry's word triples, kept per entry (and freed with it), in the numbering's generation. */
  private readonly triplesOfEntry = new WeakMap<Entry, { generation: number; triples: number[] }>();
  /** Normalised words of quotes, made earlier and kept in the cache (see `rememberWords`). */
  private readonly wordsOfEntry = new WeakMap<Entry, string>();
  private readonly texts = new Map<string, QuoteText>();
  /** The texts holding each triple. */
  private readonly postings = new Map<number, Set<QuoteText>>();
  private readonly byArticle = new Map<string, QuoteItem[]>();
  private readonly byKey = new Map<string, QuoteItem>();
  /** Triples that became common or stopped being so since `takeFlips` was last called. */
  private flips = new Set<number>();
  private nextTextId = 0;
  /** Shared triples per text id, and the texts met, while one text is compared (`similarTexts`). */
  private shared: Uint32Array = new Uint32Array(1024);
  private readonly met: QuoteText[] = [];

  /** The words of each entry's quote as `quoteWords` gives them, for entries read back from the cache. */
  rememberWords(entries: readonly Entry[], words: ReadonlyArray<string | null> | undefined): void {
    if (words?.length !== entries.length) return;
    entries.forEach((e, i) => {
      const w = words[i];
      if (typeof w === 'string') this.wordsOfEntry.set(e, w);
    });
  }

  /** Empties the index, starting a new numbering when the old one has grown past its bound. */
  clear(): void {
    this.texts.clear();
    this.postings.clear();
    this.byArticle.clear();
    this.byKey.clear();
    this.flips.clear();
    this.nextTextId = 0;
    if (this.numbering.triples.size > MAX_TRIPLES) this.numbering = { generation: this.numbering.generation + 1, triples: new Map() };
  }

  /** Adds an article's quote entries (an article already in the index is replaced); returns them. */
  add(article: ArticleStatements): QuoteItem[] {
    this.remove(article.articleId);
    const items: QuoteItem[] = [];
    article.entries.forEach((entry, position) => {
      if (!entry.quote) return;
      const quoted = entry as Entry & { quote: string };
      const text = this.textOf(quoted);
      const item = {
        key: itemKey(article.articleId, position),
        articleId: article.articleId,
        published: article.published,
        position,
        entry: quoted,
        text,
      };
      text.items.add(item);
      this.byKey.set(item.key, item);
      items.push(item);
    });
    this.byArticle.set(article.articleId, items);
    return items;
  }

  /** Removes an article's quote entries; returns them (none for an article not in the index). */
  remove(articleId: string): QuoteItem[] {
    const items = this.byArticle.get(articleId) ?? [];
    this.byArticle.delete(articleId);
    for (const item of items) {
      this.byKey.delete(item.key);
      item.text.items.delete(item);
      if (item.text.items.size === 0) this.dropText(item.text);
    }
    return items;
  }

  /** Every quote entry in the index, article by article. */
  *items(): Iterable<QuoteItem> {
    for (const items of this.byArticle.values()) yield* items;
  }

  /** The quote entries of an article in the index, by position. */
  itemsOf(articleId: string): readonly QuoteItem[] {
    return this.byArticle.get(articleId) ?? [];
  }

  /** The quote entry of the index with this key. */
  item(key: string): QuoteItem | undefined {
    return this.byKey.get(key);
  }

  /** The triples whose being common changed since the last call (as texts came and went). */
  takeFlips(): Set<number> {
    const flips = this.flips;
    this.flips = new Set();
    return flips;
  }

  /** How many distinct wordings hold a triple. */
  textsWith(triple: number): number {
    return this.postings.get(triple)?.size ?? 0;
  }

  /** The texts holding a triple. */
  textsHolding(triple: number): Iterable<QuoteText> {
    return this.postings.get(triple) ?? [];
  }

  isCommon(triple: number): boolean {
    return this.textsWith(triple) > this.common;
  }

  /**
   * The texts (this one included, when it qualifies) that share at least OVERLAP of the shorter one's
   * triples with this one, common triples not counting as shared. Found through the triple index.
   */
  similarTexts(text: QuoteText): QuoteText[] {
    if (this.shared.length < this.nextTextId) this.shared = grown(this.shared, this.nextTextId);
    const { shared, met } = this;
    for (const t of text.triples) {
      const holders = this.postings.get(t);
      if (!holders || holders.size > this.common) continue;
      for (const other of holders) if ((shared[other.id] = (shared[other.id] as number) + 1) === 1) met.push(other);
    }
    const similar: QuoteText[] = [];
    for (const other of met) {
      const smaller = Math.min(text.triples.length, other.triples.length);
      if (smaller > 0 && (shared[other.id] as number) / smaller >= OVERLAP) similar.push(other);
      shared[other.id] = 0;
    }
    met.length = 0;
    return similar;
  }

  /** The text of an entry's quote, made and indexed when it is the first with its wording. */
  private textOf(entry: Entry & { quote: string }): QuoteText {
    let words = this.wordsOfEntry.get(entry);
    if (words === undefined) this.wordsOfEntry.set(entry, (words = normaliseWords(entry.quote).join(' ')));
    let text = this.texts.get(words);
    if (text) return text;
    text = { id: this.nextTextId++, words, triples: this.triplesOf(entry, words), items: new Set() };
    this.texts.set(words, text);
    for (const t of text.triples) {
      const holders = this.postings.get(t);
      if (holders) holders.add(text);
      else this.postings.set(t, new Set([text]));
      if (holders?.size === this.common + 1) this.flip(t);
    }
    return text;
  }

  private dropText(text: QuoteText): void {
    this.texts.delete(text.words);
    for (const t of text.triples) {
      const holders = this.postings.get(t);
      holders?.delete(text);
      if (holders?.size === this.common) this.flip(t);
      if (holders?.size === 0) this.postings.delete(t);
    }
  }

  /** Notes that a triple crossed the COMMON line: twice is no change. */
  private flip(triple: number): void {
    if (!this.flips.delete(triple)) this.flips.add(triple);
  }

  /** An entry's distinct word triples (its words whole when fewer than three), kept per entry. */
  private triplesOf(entry: Entry, words: string): number[] {
    const kept = this.triplesOfEntry.get(entry);
    if (kept?.generation === this.numbering.generation) return kept.triples;
    const w = words === '' ? [] : words.split(' ');
    const out = new Set<number>();
    if (w.length < SHINGLE) out.add(this.tripleNumber(words));
    for (let i = 0; i + SHINGLE <= w.length; i++) out.add(this.tripleNumber(`${w[i]} ${w[i + 1]} ${w[i + 2]}`));
    const triples = [...out];
    this.triplesOfEntry.set(entry, { generation: this.numbering.generation, triples });
    return triples;
  }

  private tripleNumber(triple: string): number {
    const { triples } = this.numbering;
    let n = triples.get(triple);
    if (n === undefined) triples.set(triple, (n = triples.size));
    return n;
  }
}

function grown(counts: Uint32Array, size: number): Uint32Array {
  const bigger = new Uint32Array(Math.max(size, counts.length * 2));
  bigger.set(counts);
  return bigger;
}
