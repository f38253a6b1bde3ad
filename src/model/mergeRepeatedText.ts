import { hash } from 'node:crypto';
import { normaliseWords } from '../extract/normaliseWords.ts';
import type { DatePrecision, Entry } from '../types.ts';
import { absorb } from './mergeRepeatedQuotes.ts';

/** The more a date says, the better: a day beats a week, a month or a year. */
const PRECISION_RANK: Record<DatePrecision, number> = { day: 3, week: 2, month: 1, year: 0 };

/**
 * What two entries must share to be one statement: the same words, case and punctuation aside. Kept
 * as a digest of the words (shorter to keep in the cache, read and compare than the words); '' for none.
 */
function textKeyOf(entry: Entry): string {
  const words = normaliseWords(entry.text).join(' ');
  return words === '' ? '' : hash('sha1', words, 'base64url');
}

/**
 * Text keys made at extraction and kept in the cache (see `rememberTextKeys`): normalising every
 * entry's text on every build would cost about a second at 5,000 articles.
 */
const keyOfEntry = new WeakMap<Entry, string>();

function textKey(entry: Entry): string {
  return keyOfEntry.get(entry) ?? textKeyOf(entry);
}

/** Each entry's text key, to keep with the entries in the cache. */
export function textKeys(entries: readonly Entry[]): string[] {
  return entries.map(textKeyOf);
}

/** The text keys of entries read back from the cache, as `textKeys` gave them. */
export function rememberTextKeys(entries: readonly Entry[], keys: readonly string[] | undefined): void {
  if (keys?.length !== entries.length) return;
  entries.forEach((e, i) => keyOfEntry.set(e, keys[i] as string));
}

function quoteKey(entry: Entry): string {
  return entry.quote ? normaliseWords(entry.quote).join(' ') : '';
}

/**
 * One entry per statement. The same sentence twice — a live-blog post's summary and the post's first
 * paragraph that repeats it, or a sentence two articles print alike — becomes one entry with every
 * source. The entry kept is the first one with the best date: one the text states (a sentence about
 * "last autumn" is dated 2024, not the day of the report), else the most precise; it keeps its speaker and place, and takes
 * from the others what it lacks (speaker, place, headline, clock time), their people and topics.
 * Entries must come earliest source first, as for `mergeRepeatedQuotes`; the entries given are not
 * changed (an entry that absorbs others is a copy).
 */
export function mergeRepeatedText(
  entries: readonly Entry[],
  publishedDay: (articleId: string) => string | undefined = () => undefined,
): Entry[] {
  const groups = new Map<string, Entry[]>();
  const order: Array<Entry[] | Entry> = [];
  for (const entry of entries) {
    const key = textKey(entry);
    if (key === '') {
      order.push(entry);
      continue;
    }
    const group = groups.get(key);
    if (group) group.push(entry);
    else {
      const created = [entry];
      groups.set(key, created);
      order.push(created);
    }
  }
  // A date the text states beats the day the report came out (which a sentence gets when it states none);
  // between two stated dates, the more precise.
  const stated = (e: Entry) => (e.date !== publishedDay(e.sources[0]?.article ?? '') ? 1 : 0);
  const rank = (e: Entry) => stated(e) * 10 + PRECISION_RANK[e.precision];
  return order.flatMap((item) => (Array.isArray(item) ? mergeSameText(item, rank) : [item]));
}

/**
 * Entries of one sentence: one per quote it holds (a sentence can hold two quotes, each an entry);
 * an entry of the sentence without a quote (a post's summary that repeats it) joins the first.
 */
function mergeSameText(group: Entry[], rank: (e: Entry) => number): Entry[] {
  if (group.length === 1) return group;
  const byQuote = new Map<string, Entry[]>();
  const plain: Entry[] = [];
  for (const e of group) {
    if (!e.quote) plain.push(e);
    else {
      const key = quoteKey(e);
      const list = byQuote.get(key);
      if (list) list.push(e);
      else byQuote.set(key, [e]);
    }
  }
  const quoted = [...byQuote.values()];
  if (quoted.length === 0) return eventsOf(plain).map((g) => mergeGroup(g, rank));
  (quoted[0] as Entry[]).push(...plain);
  return quoted.map((g) => mergeGroup(g, rank));
}

const sourceKeysOf = (e: Entry) => e.sources.map((s) => `${s.article}#${s.anchor}`);

/**
 * Entries of one sentence without a quote, one group per event: a sentence naming two times is two events of one
 * source ("Thursday's meeting … was their second, following their first in Riyadh in February"). An entry joins
 * the group of its date, else the first group it adds a source to (the same sentence printed elsewhere).
 */
function eventsOf(plain: Entry[]): Entry[][] {
  const groups: Array<{ entries: Entry[]; sources: Set<string> }> = [];
  /** The first group of each date (a group's date is its first entry's). */
  const byDate = new Map<string, { entries: Entry[]; sources: Set<string> }>();
  for (const e of plain) {
    const own = sourceKeysOf(e);
    const group = byDate.get(e.date) ?? groups.find((g) => !own.some((k) => g.sources.has(k)));
    if (group) {
      group.entries.push(e);
      for (const k of own) group.sources.add(k);
    } else {
      const created = { entries: [e], sources: new Set(own) };
      groups.push(created);
      byDate.set(e.date, created);
    }
  }
  return groups.map((g) => g.entries);
}

function mergeGroup(group: Entry[], rank: (e: Entry) => number): Entry {
  const [first] = group as [Entry, ...Entry[]];
  if (group.length === 1) return first;
  const better = (a: Entry, b: Entry) => (rank(b) > rank(a) ? b : a);
  const best = group.filter((e) => e.quote === first.quote).reduce(better, first);
  const into: Entry = { ...best, sources: [...best.sources], people: [...best.people], topics: [...best.topics] };
  const dated = group.reduce(better, best);
  if (dated !== best) Object.assign(into, { date: dated.date, precision: dated.precision, time: dated.time, instant: dated.instant });
  const sourceKeys = new Set(into.sources.map((s) => `${s.article}#${s.anchor}`));
  for (const other of group) {
    if (other === best) continue;
    absorb(into, other, sourceKeys);
    into.headline ??= other.headline;
  }
  return into;
}
