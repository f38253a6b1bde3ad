import type { Entry } from '../types.ts';
import { canonicalOrder, OVERLAP, type ArticleStatements, type QuoteIndex, type QuoteItem, type QuoteText } from './quoteIndex.ts';

/**
 * A merge's result in a form that can be stored: each group of two or more quote entries that are one
 * quote, as entry keys (see `QuoteItem.key`), earliest source first; the groups by their first entry, in
 * the same order. An entry in no group is a quote of its own.
 */
export type QuoteGroups = string[][];

/** What changed since the groups were made: articles gone (or edited), and articles come (or edited). */
export interface QuoteChange {
  removed: readonly string[];
  added: readonly ArticleStatements[];
}

/** Two entries can be one quote unless both have a speaker and they differ. */
function speakersAgree(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

const speakerOf = (entry: Entry): string | null => entry.speaker?.slug ?? null;

/**
 * The similar texts of each text, found once per grouping (every entry of a text has the same ones).
 * Lives for one grouping: the index changes between them.
 */
class SimilarTexts {
  private readonly found: Map<QuoteText, QuoteText[]>;
  /** @param all Start from every text's (for a grouping of the whole index). */
  constructor(
    private readonly index: QuoteIndex,
    all = false,
  ) {
    this.found = (all ? index.allSimilarTexts() : null) ?? new Map();
  }

  of(text: QuoteText): QuoteText[] {
    let similar = this.found.get(text);
    if (!similar) this.found.set(text, (similar = this.index.similarTexts(text)));
    return similar;
  }

  /** Calls `each` for the entries an entry is linked to: those of a similar text whose speaker agrees with its own. */
  linked(item: QuoteItem, each: (other: QuoteItem) => void): void {
    const speaker = speakerOf(item.entry);
    for (const text of this.of(item.text)) for (const other of text.items) if (speakersAgree(speaker, speakerOf(other.entry))) each(other);
  }
}

/**
 * Union-find over the entries of a region, by rank, each set with what decides whether it may take in
 * another: its speaker (at most one) and all its word triples.
 */
class GroupSets {
  private readonly parent: Int32Array;
  private readonly speaker: Array<string | null>;
  private readonly triples: Array<readonly number[] | Set<number>>;

  constructor(
    private readonly index: QuoteIndex,
    items: readonly QuoteItem[],
  ) {
    this.parent = Int32Array.from(items, (_, i) => i);
    this.speaker = items.map((it) => speakerOf(it.entry));
    this.triples = items.map((it) => it.text.triples);
  }

  find(x: number): number {
    const { parent } = this;
    while (parent[x] !== x) x = parent[x] = parent[parent[x] as number] as number;
    return x;
  }

  /**
   * Joins the sets of two entries when they can be one quote: speakers that agree, and (as for two
   * entries) OVERLAP of the smaller set's triples among the other's, common triples not counting.
   * Comparing whole sets keeps a short quote ("the ceasefire must hold") from joining two longer
   * different quotes that each contain it.
   */
  join(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb || !speakersAgree(this.speaker[ra] as string | null, this.speaker[rb] as string | null)) return;
    const [small, large] = this.bySize(ra, rb);
    if (!this.overlapping(small, large)) return;
    const root = Math.min(ra, rb);
    this.parent[Math.max(ra, rb)] = root;
    this.speaker[root] ??= this.speaker[ra === root ? rb : ra] as string | null;
    for (const t of small) large.add(t);
    this.triples[root] = large;
  }

  /** The two sets' triples, the smaller first, the larger as a Set (kept as one from then on). */
  private bySize(ra: number, rb: number): [readonly number[] | Set<number>, Set<number>] {
    const [r, s] = sizeOf(this.triples[ra]) <= sizeOf(this.triples[rb]) ? [ra, rb] : [rb, ra];
    const had = this.triples[s] as readonly number[] | Set<number>;
    const large = had instanceof Set ? had : new Set(had);
    this.triples[s] = large;
    return [this.triples[r] as readonly number[] | Set<number>, large];
  }

  private overlapping(small: readonly number[] | Set<number>, large: Set<number>): boolean {
    const size = sizeOf(small);
    if (size === 0) return false;
    let shared = 0;
    for (const t of small) if (large.has(t) && !this.index.isCommon(t)) shared++;
    return shared / size >= OVERLAP;
  }
}

function sizeOf(triples: readonly number[] | Set<number> | undefined): number {
  return triples === undefined ? 0 : Array.isArray(triples) ? triples.length : (triples as Set<number>).size;
}

/**
 * The groups of a region of the index that no link leaves (every entry linked to one of its entries is
 * in it): a function of the region's entries, whatever order they come in. Entries are taken earliest
 * source first; each is joined to the sets of the earlier entries it is linked to, earliest first, when
 * the two sets can be one quote. Returns the groups of two or more, each earliest first, by first entry.
 */
export function groupRegion(index: QuoteIndex, region: Iterable<QuoteItem>, whole = false): QuoteItem[][] {
  const items = [...region].sort(canonicalOrder);
  const rank = new Int32Array(index.serialBound).fill(-1);
  items.forEach((item, i) => (rank[item.serial] = i));
  const similar = new SimilarTexts(index, whole);
  const sets = new GroupSets(index, items);
  const earlier: number[] = [];
  items.forEach((item, u) => {
    similar.linked(item, (other) => {
      const v = rank[other.serial] as number;
      if (v >= 0 && v < u) earlier.push(v);
    });
    if (earlier.length > 1) earlier.sort((x, y) => x - y);
    for (const v of earlier) sets.join(u, v);
    earlier.length = 0;
  });
  const byRoot = new Map<number, QuoteItem[]>();
  items.forEach((item, i) => {
    const root = sets.find(i);
    const group = byRoot.get(root);
    if (group) group.push(item);
    else byRoot.set(root, [item]);
  });
  return [...byRoot.values()].filter((g) => g.length > 1);
}

/** Every entry linked, directly or not, to one of these (the seeds included). */
function linkedRegion(similar: SimilarTexts, seeds: Iterable<QuoteItem>): Set<QuoteItem> {
  const region = new Set(seeds);
  const queue = [...region];
  const reach = (other: QuoteItem) => {
    if (region.has(other)) return;
    region.add(other);
    queue.push(other);
  };
  for (let item = queue.pop(); item; item = queue.pop()) similar.linked(item, reach);
  return region;
}

/**
 * The groups of the index as it is now, from the groups made before `change` was applied to it: the
 * groups of the entries the change can reach are made again, the others kept. The entries it can reach:
 * the added ones, those holding a triple that became common or stopped being so, the other members of
 * their former groups and of the removed entries' groups, and every entry linked to these. Applies the
 * change to the index, which must hold the articles the previous groups were made of. Gives what
 * grouping the new set from scratch gives (see the proof in the tests' property).
 */
export function updateGroups(index: QuoteIndex, previous: QuoteGroups, change: QuoteChange): QuoteGroups {
  index.takeFlips();
  // An added article the index holds already is an edited one, whether or not `removed` says so.
  const gone = new Set([...change.removed, ...change.added.map((a) => a.articleId)]);
  const removed = new Set([...gone].flatMap((id) => index.remove(id)).map((item) => item.key));
  const seeds = new Set(change.added.flatMap((a) => index.add(a)));
  for (const t of index.takeFlips()) for (const text of index.textsHolding(t)) for (const item of text.items) seeds.add(item);
  const groupOf = new Map<string, string[]>();
  for (const group of previous) for (const key of group) groupOf.set(key, group);
  const touched = new Set<string[]>();
  for (const key of removed) if (groupOf.has(key)) touched.add(groupOf.get(key) as string[]);
  for (const item of seeds) if (groupOf.has(item.key)) touched.add(groupOf.get(item.key) as string[]);
  for (const group of touched) for (const key of group) if (index.item(key)) seeds.add(index.item(key) as QuoteItem);
  const region = linkedRegion(new SimilarTexts(index), seeds);
  const redone = new Set([...region].map((item) => item.key));
  const kept = previous.filter((group) => group.every((key) => !redone.has(key) && !removed.has(key)));
  const fresh = groupRegion(index, region).map((group) => group.map((item) => item.key));
  return sortGroups(index, [...kept, ...fresh]);
}

/** Groups by their first entry, earliest first. */
export function sortGroups(index: QuoteIndex, groups: QuoteGroups): QuoteGroups {
  const first = (group: string[]) => index.item(group[0] as string) as QuoteItem;
  return groups.sort((a, b) => canonicalOrder(first(a), first(b)));
}
