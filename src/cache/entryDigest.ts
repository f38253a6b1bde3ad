// Digests of entries, kept with each article's cached extraction: a rebuild of thousands of articles
// then need not serialise every entry again to tell which pages changed. This directory's code is
// part of the cache key, so a change to how entries are digested never meets a digest made the old way.
import { hash } from 'node:crypto';
import type { Entry } from '../types.ts';

/** One-shot `hash`: several times faster than `createHash` for the short strings digested by the hundred thousand. */
export function digest(value: unknown): string {
  return hash('sha1', typeof value === 'string' ? value : JSON.stringify(value), 'base64url');
}

/** Entries are not changed once extracted (a merge copies), so a digest holds for the entry object. */
const digests = new WeakMap<Entry, string>();

/** A digest of an entry's own fields. */
export function entryDigest(e: Entry): string {
  let d = digests.get(e);
  if (d === undefined) digests.set(e, (d = digest(e)));
  return d;
}

/** Per entry, the digest of what it says without where it was reported (see `entryContentDigest`). */
const contentDigests = new WeakMap<Omit<Entry, 'sources'>, string>();

/**
 * A digest of an entry without its sources: what a page that does not show them (an article's, a
 * filter bar) reads of it (see src/pages/reads.ts). Taken at extraction and kept in the cache, so
 * that a rebuild need not serialise every entry again to tell which pages' models changed.
 */
export function entryContentDigest(e: Omit<Entry, 'sources'>): string {
  let d = contentDigests.get(e);
  if (d === undefined) contentDigests.set(e, (d = digest({ ...e, sources: undefined }).slice(0, 16)));
  return d;
}

/** Digests of each entry as the cache keeps them: `entryDigest` and `entryContentDigest`. */
export interface KeptDigests {
  entryDigests?: unknown;
  contentDigests?: unknown;
}

/**
 * Takes digests made earlier (by `entryDigest` and `entryContentDigest`, kept in the cache) for these
 * entries. A list that does not fit them (another length, not strings) is ignored: those digests are
 * taken again when asked for.
 */
export function rememberEntryDigests(entries: readonly Entry[], kept: KeptDigests): void {
  const remember = (known: unknown, into: WeakMap<Omit<Entry, 'sources'>, string>) => {
    if (!Array.isArray(known) || known.length !== entries.length || !known.every((d) => typeof d === 'string' && d !== '')) return;
    entries.forEach((e, i) => into.set(e, known[i] as string));
  };
  remember(kept.entryDigests, digests);
  remember(kept.contentDigests, contentDigests);
}
