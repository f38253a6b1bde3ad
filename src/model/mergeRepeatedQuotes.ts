import { normaliseWords } from '../extract/normaliseWords.ts';
import type { Entry, Ref, SpeakerRef } from '../types.ts';

const SHINGLE = 3;
/** Share of the shorter quote's word triples that must occur in the longer one. */
const OVERLAP = 0.8;
/** A triple found in more quotes than this ("we are going") says nothing about identity. */
const COMMON = 50;

/** An entry's word triples, kept per entry: the dev server merges the same unchanged entries on every rebuild. */
const shinglesOfEntry = new WeakMap<Entry, string[]>();
function entryShingles(entry: Entry & { quote: string }): string[] {
  let own = shinglesOfEntry.get(entry);
  if (!own) shinglesOfEntry.set(entry, (own = shingles(entry.quote)));
  return own;
}

function shingles(quote: string): string[] {
  const words = normaliseWords(quote);
  if (words.length < SHINGLE) return [words.join(' ')];
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return [...out];
}

function union<T extends Ref>(a: T[], b: T[]): T[] {
  const seen = new Set(a.map((r) => r.slug));
  return [...a, ...b.filter((r) => !seen.has(r.slug))];
}

/** A quote reported hundreds of times gathers hundreds of sources: look them up, never scan them. */
function absorb(into: Entry, other: Entry, sourceKeys: Set<string>): void {
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
 * Entries must come earliest source first: the first keeps its id, so links stay stable as articles are added.
 * Near-linear: candidates come from an index of word triples, never from comparing all pairs.
 * The entries given are not changed: an entry that absorbs others is a copy, the rest are returned as
 * they are (so that what is derived from an unchanged entry can be kept from one build to the next).
 */
export function mergeRepeatedQuotes(entries: Entry[]): Entry[] {
  const merged: Entry[] = [];
  const index = new Map<string, number[]>();
  const shinglesOf: Array<Set<string>> = [];
  const sourcesOf: Array<Set<string>> = [];
  /** Positions in `merged` that hold a copy (made on the first merge into them). */
  const copied = new Set<number>();

  for (const entry of entries) {
    if (!entry.quote) {
      merged.push(entry);
      continue;
    }
    const own = entryShingles(entry as Entry & { quote: string });
    const shared = new Map<number, number>();
    for (const s of own) {
      const groups = index.get(s);
      if (!groups || groups.length > COMMON) continue;
      for (const g of groups) shared.set(g, (shared.get(g) ?? 0) + 1);
    }
    let target = -1;
    for (const [g, count] of shared) {
      const other = merged[g];
      const smaller = Math.min(own.length, shinglesOf[g]?.size ?? 0);
      const sameSpeaker = !other?.speaker || !entry.speaker || other.speaker.slug === entry.speaker.slug;
      if (smaller > 0 && count / smaller >= OVERLAP && sameSpeaker) {
        target = g;
        break;
      }
    }
    if (target >= 0) {
      if (!copied.has(target)) {
        const original = merged[target] as Entry;
        merged[target] = { ...original, sources: [...original.sources], people: [...original.people], topics: [...original.topics] };
        copied.add(target);
      }
      const into = merged[target] as Entry;
      absorb(into, entry, (sourcesOf[target] ??= new Set(into.sources.map((s) => `${s.article}#${s.anchor}`))));
      const known = (shinglesOf[target] ??= new Set());
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
    shinglesOf[g] = new Set(own);
    for (const s of own) {
      const list = index.get(s);
      if (list) list.push(g);
      else index.set(s, [g]);
    }
  }
  return merged;
}
