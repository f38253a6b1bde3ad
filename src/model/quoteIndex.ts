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
  /** The entries of the index with this wording (arrays, not sets: a merge makes tens of thousands). */
  readonly items: QuoteItem[];
}

/** A quote entry in the index: where it stands in the canonical order, its wording. */
export class QuoteItem {
  constructor(
    readonly articleId: string,
    readonly published: string,
    /** Among the article's statements. */
    readonly position: number,
    readonly entry: Entry & { quote: string },
    readonly text: QuoteText,
    /** Dense from the index's last `clear`: per-item values are kept in arrays. */
    readonly serial: number,
  ) {}

  /** `<article id>#<position>`: stable while the article is unchanged (made when asked: few are). */
  get key(): string {
    return itemKey(this.articleId, this.position);
  }
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
  /**
   * @param common How many distinct quotes a triple may be in and still count (COMMON; tests use fewer).
   * @param wordBound Words numbered below it are packed (WORD_BOUND; tests use fewer, to take the other way too).
   */
  constructor(
    private readonly common = COMMON,
    private readonly wordBound = WORD_BOUND,
  ) {}

  private numbering = newNumbering(0);
  /** An entry's word triples, kept per entry (and freed with it), in the numbering's generation. */
  private readonly triplesOfEntry = new WeakMap<Entry, { generation: number; triples: number[] }>();
  /** Normalised words of quotes, made earlier and kept in the cache (see `rememberWords`). */
  private readonly wordsOfEntry = new WeakMap<Entry, string>();
  private readonly texts = new Map<string, QuoteText>();
  /** The texts holding each triple, by triple number (numbers are dense: an array beats a map here). */
  private postings: Array<QuoteText[] | undefined> = [];
  /** Whether every posting list is in text id order: true from `clear` until a text is dropped. */
  private inIdOrder = true;
  private readonly byArticle = new Map<string, QuoteItem[]>();
  /** Triples that became common or stopped being so since `takeFlips` was last called. */
  private flips = new Set<number>();
  private nextTextId = 0;
  private nextSerial = 0;
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

  /** Whether the triple numbering has grown past its bound (the next `clear` starts it again). */
  numberingFull(): boolean {
    return this.numbering.next > MAX_TRIPLES;
  }

  /** Empties the index, starting a new numbering when the old one has grown past its bound. */
  clear(): void {
    this.texts.clear();
    this.postings = [];
    this.inIdOrder = true;
    this.byArticle.clear();
    this.flips.clear();
    this.nextTextId = 0;
    this.nextSerial = 0;
    if (this.numbering.next > MAX_TRIPLES) this.numbering = newNumbering(this.numbering.generation + 1);
  }

  /** Adds an article's quote entries (an article already in the index is replaced); returns them. */
  add(article: ArticleStatements): QuoteItem[] {
    this.remove(article.articleId);
    const items: QuoteItem[] = [];
    article.entries.forEach((entry, position) => {
      if (!entry.quote) return;
      const quoted = entry as Entry & { quote: string };
      const text = this.textOf(quoted);
      const item = new QuoteItem(article.articleId, article.published, position, quoted, text, this.nextSerial++);
      text.items.push(item);
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
      removeFrom(item.text.items, item);
      if (item.text.items.length === 0) this.dropText(item.text);
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
    const at = key.lastIndexOf('#');
    const position = Number(key.slice(at + 1));
    return this.itemsOf(key.slice(0, at)).find((item) => item.position === position);
  }

  /** Above every item's serial. */
  get serialBound(): number {
    return this.nextSerial;
  }

  /** The triples whose being common changed since the last call (as texts came and went). */
  takeFlips(): Set<number> {
    const flips = this.flips;
    this.flips = new Set();
    return flips;
  }

  /** How many distinct wordings hold a triple. */
  textsWith(triple: number): number {
    return this.postings[triple]?.length ?? 0;
  }

  /** The texts holding a triple. */
  textsHolding(triple: number): Iterable<QuoteText> {
    return this.postings[triple] ?? [];
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
      const holders = this.postings[t];
      if (!holders || holders.length > this.common) continue;
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

  /**
   * Every text's similar texts (as `similarTexts` finds them), or null when the index has dropped texts
   * since it was cleared. Each pair is counted once, from its later text: half the work of asking each.
   */
  allSimilarTexts(): Map<QuoteText, QuoteText[]> | null {
    if (!this.inIdOrder) return null;
    const all = new Map<QuoteText, QuoteText[]>();
    if (this.shared.length < this.nextTextId) this.shared = grown(this.shared, this.nextTextId);
    const { shared, met } = this;
    for (const text of this.texts.values()) {
      const similar: QuoteText[] = [];
      all.set(text, similar);
      let own = 0;
      for (const t of text.triples) {
        const holders = this.postings[t] as QuoteText[];
        if (holders.length > this.common) continue;
        own++;
        for (const other of holders) {
          if (other.id >= text.id) break;
          if ((shared[other.id] = (shared[other.id] as number) + 1) === 1) met.push(other);
        }
      }
      if (own > 0 && own / text.triples.length >= OVERLAP) similar.push(text);
      for (const other of met) {
        if ((shared[other.id] as number) / Math.min(text.triples.length, other.triples.length) >= OVERLAP) {
          similar.push(other);
          (all.get(other) as QuoteText[]).push(text);
        }
        shared[other.id] = 0;
      }
      met.length = 0;
    }
    return all;
  }

  /** The text of an entry's quote, made and indexed when it is the first with its wording. */
  private textOf(entry: Entry & { quote: string }): QuoteText {
    let words = this.wordsOfEntry.get(entry);
    if (words === undefined) this.wordsOfEntry.set(entry, (words = normaliseWords(entry.quote).join(' ')));
    let text = this.texts.get(words);
    if (text) return text;
    text = { id: this.nextTextId++, words, triples: this.triplesOf(entry, words), items: [] };
    this.texts.set(words, text);
    for (const t of text.triples) {
      const holders = this.postings[t];
      if (holders) holders.push(text);
      else this.postings[t] = [text];
      if (holders?.length === this.common + 1) this.flip(t);
    }
    return text;
  }

  private dropText(text: QuoteText): void {
    this.texts.delete(text.words);
    for (const t of text.triples) {
      const holders = this.postings[t];
      if (!holders) continue;
      removeFrom(holders, text);
      this.inIdOrder = false;
      if (holders.length === this.common) this.flip(t);
      if (holders.length === 0) this.postings[t] = undefined;
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
    else {
      // Each word numbered once, then each triple by its three numbers: no string made per triple.
      const ids = w.map((word) => this.wordNumber(word));
      for (let i = 0; i + SHINGLE <= w.length; i++) {
        const [a, b, c] = [ids[i] as number, ids[i + 1] as number, ids[i + 2] as number];
        out.add(
          a < this.wordBound && b < this.wordBound && c < this.wordBound
            ? this.packedTripleNumber((a * this.wordBound + b) * this.wordBound + c)
            : this.tripleNumber(`${w[i]} ${w[i + 1]} ${w[i + 2]}`),
        );
      }
    }
    const triples = [...out];
    this.triplesOfEntry.set(entry, { generation: this.numbering.generation, triples });
    return triples;
  }

  /** A triple (or the words of a quote of fewer than three) by its words: for words numbered past WORD_BOUND. */
  private tripleNumber(triple: string): number {
    const numbering = this.numbering;
    let n = numbering.triples.get(triple);
    if (n === undefined) numbering.triples.set(triple, (n = numbering.next++));
    return n;
  }

  /** A triple by its three word numbers, packed into one (each below WORD_BOUND: exact in a double). */
  private packedTripleNumber(packed: number): number {
    const numbering = this.numbering;
    let n = numbering.packed.get(packed);
    if (n === undefined) numbering.packed.set(packed, (n = numbering.next++));
    return n;
  }

  private wordNumber(word: string): number {
    const { words } = this.numbering;
    let n = words.get(word);
    if (n === undefined) words.set(word, (n = words.size));
    return n;
  }
}

/**
 * Words are numbered below this (2^17) to be packed three to a number (51 bits, exact in a double); a
 * triple with a word numbered past it is numbered by its words' string instead. Either way a triple has
 * one number: a word's number never changes within a numbering.
 */
const WORD_BOUND = 2 ** 17;

/** A numbering of word triples (see MAX_TRIPLES): triples by their packed word numbers or by their words, one counter. */
function newNumbering(generation: number) {
  return { generation, words: new Map<string, number>(), packed: new Map<number, number>(), triples: new Map<string, number>(), next: 0 };
}

/** Removes one element from a list (order is not kept: lists here are sets in practice). */
function removeFrom<T>(list: T[], element: T): void {
  const at = list.indexOf(element);
  if (at < 0) return;
  list[at] = list[list.length - 1] as T;
  list.pop();
}

function grown(counts: Uint32Array, size: number): Uint32Array {
  const bigger = new Uint32Array(Math.max(size, counts.length * 2));
  bigger.set(counts);
  return bigger;
}
