import { normaliseWords } from '../extract/normaliseWords.ts';
import type { Entry, Ref, SpeakerRef } from '../types.ts';

const SHINGLE = 3;
/** Share of the shorter quote's word triples that must occur in the longer one. */
const OVERLAP = 0.8;
/** A triple found in more quotes than this ("we are going") says nothing about identity. */
const COMMON = 50;

/**
 * Word triples are numbered as they are first seen, so that the index and the sets below work on
 * small integers rather than strings. The numbering is kept from merge to merge (a dev server merges
 * the same unchanged entries on every rebuild), but bounded: past MAX_TRIPLES distinct triples it
 * starts again, as a new generation, and entries numbered in an older one are numbered again.
 */
const MAX_TRIPLES = 4_000_000;
const numbering = { generation: 0, triples: new Map<string, number>() };
function tripleNumber(triple: string): number {
  let n = numbering.triples.get(triple);
  if (n === undefined) numbering.triples.set(triple, (n = numbering.triples.size));
  return n;
}

/** An entry's word triples, kept per entry (and freed with it), in the numbering's generation. */
const shinglesOfEntry = new WeakMap<Entry, { generation: number; triples: number[] }>();
function entryShingles(entry: Entry & { quote: string }): number[] {
  const kept = shinglesOfEntry.get(entry);
  if (kept?.generation === numbering.generation) return kept.triples;
  const triples = shingles(entry);
  shinglesOfEntry.set(entry, { generation: numbering.generation, triples });
  return triples;
}

/** Normalised words of quotes, made earlier and kept in the cache (see `rememberQuoteWords`). */
const wordsOfEntry = new WeakMap<Entry, string[]>();

/** The words of each entry's quote as `quoteWords` gives them, for entries read back from the cache. */
export function rememberQuoteWords(entries: readonly Entry[], words: ReadonlyArray<string | null> | undefined): void {
  if (words?.length !== entries.length) return;
  entries.forEach((e, i) => {
    const w = words[i];
    if (typeof w === 'string') wordsOfEntry.set(e, w === '' ? [] : w.split(' '));
  });
}

/** What the merge compares of each entry's quote (normalising is most of its cost), space-separated: null without a quote. */
export function quoteWords(entries: readonly Entry[]): Array<string | null> {
  return entries.map((e) => (e.quote ? normaliseWords(e.quote).join(' ') : null));
}

function shingles(entry: Entry & { quote: string }): number[] {
  const words = wordsOfEntry.get(entry) ?? normaliseWords(entry.quote);
  if (words.length < SHINGLE) return [tripleNumber(words.join(' '))];
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(tripleNumber(`${words[i]} ${words[i + 1]} ${words[i + 2]}`));
  return [...out];
}

function union<T extends Ref>(a: T[], b: T[]): T[] {
  const seen = new Set(a.map((r) => r.slug));
  return [...a, ...b.filter((r) => !seen.has(r.slug))];
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

function growTo(counts: Uint32Array, size: number): Uint32Array {
  const grown = new Uint32Array(Math.max(size, counts.length * 2));
  grown.set(counts);
  return grown;
}

/**
 * The same words reported several times (twice in a live blog, or by several outlets) become one entry
 * with all its sources. Quotes match on normalised wording: one quote's word triples must mostly occur
 * in the other (so "…for weeks and months on end" matches the longer quote that contains it).
 * Entries must come earliest source first: the first keeps its id, so links stay stable as articles are added.
 * Near-linear: candidates come from an index of word triples, never from comparing all pairs.
 * The entries given are not changed: an entry that absorbs others is a copy, the rest are returned as
 * they are (so that what is derived from an unchanged entry can be kept from one build to the next).
 */
export function mergeRepeatedQuotes(entries: Entry[]): Entry[] {
  if (numbering.triples.size > MAX_TRIPLES) {
    numbering.triples = new Map();
    numbering.generation++;
  }
  const merged: Entry[] = [];
  const index = new Map<number, number[]>();
  /** Each group's triples: the first entry's (already distinct), made a set when another merges in. */
  const shinglesOf: Array<Set<number> | number[]> = [];
  const tripleCount = (g: number) => {
    const t = shinglesOf[g];
    return t === undefined ? 0 : Array.isArray(t) ? t.length : t.size;
  };
  const sourcesOf: Array<Set<string>> = [];
  /** Positions in `merged` that hold a copy (made on the first merge into them). */
  const copied = new Set<number>();
  let shared: Uint32Array = new Uint32Array(1024);
  const met: number[] = [];

  for (const entry of entries) {
    if (!entry.quote) {
      merged.push(entry);
      continue;
    }
    const own = entryShingles(entry as Entry & { quote: string });
    // Triples shared with each earlier group, counted in an array (groups in the order first met).
    if (shared.length < merged.length) shared = growTo(shared, merged.length);
    for (const s of own) {
      const groups = index.get(s);
      if (!groups || groups.length > COMMON) continue;
      for (const g of groups) if ((shared[g] = (shared[g] as number) + 1) === 1) met.push(g);
    }
    let target = -1;
    for (const g of met) {
      const other = merged[g];
      const smaller = Math.min(own.length, tripleCount(g));
      const sameSpeaker = !other?.speaker || !entry.speaker || other.speaker.slug === entry.speaker.slug;
      if (smaller > 0 && (shared[g] as number) / smaller >= OVERLAP && sameSpeaker) {
        target = g;
        break;
      }
    }
    for (const g of met) shared[g] = 0;
    met.length = 0;
    if (target >= 0) {
      if (!copied.has(target)) {
        const original = merged[target] as Entry;
        merged[target] = { ...original, sources: [...original.sources], people: [...original.people], topics: [...original.topics] };
        copied.add(target);
      }
      const into = merged[target] as Entry;
      absorb(into, entry, (sourcesOf[target] ??= new Set(into.sources.map((s) => `${s.article}#${s.anchor}`))));
      const had = shinglesOf[target];
      const known = had instanceof Set ? had : new Set(had);
      shinglesOf[target] = known;
      for (const s of own) {
        if (known.has(s)) continue;
        known.add(s);
        const list = index.get(s);
        if (list) list.push(target);
        else index.set(s, [target]);
      }
      continue;
    }
    const g = merged.length;
    merged.push(entry);
    shinglesOf[g] = own;
    for (const s of own) {
      const list = index.get(s);
      if (list) list.push(g);
      else index.set(s, [g]);
    }
  }
  return merged;
}
