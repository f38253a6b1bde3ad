// What search finds: every entry as a result of its own, landing on its anchor on the timeline, and
// every article. Each is a Pagefind custom record built from the site data (not read back from
// rendered HTML), so its excerpt is the entry's words and its filters are the entry's facets.
import { formatDate } from '../render/dates.ts';
import type { ArticlePage, Entry } from '../types.ts';
import { entryTitle } from '../site/entryTitle.ts';
import { paths } from '../site/paths.ts';
import { searchShardOf, type SearchPage, type SearchRecord } from './searchIndex.ts';
import { digest, entryDigest } from '../cache/entryDigest.ts';
import type { SiteView } from '../site/siteView.ts';

/** The filters a result can have, in the order the search page shows them. */
export const SEARCH_FILTERS = ['type', 'speaker', 'person', 'place', 'topic', 'source', 'year'] as const;

/**
 * A person's name and the other spellings of it that the knowledge files give ("Zelenskyy",
 * "Zelenskiy" for Volodymyr Zelensky), so that any of them finds the person. An alias that ends in a
 * word of the name ("Mr Rubio", "President Trump") is a way of naming, not a spelling, and is left out.
 */
function spellings(view: SiteView, ref: { name: string; slug: string }): string[] {
  const words = new Set(ref.name.toLowerCase().split(/\s+/));
  const other = (view.person(ref.slug)?.aliases ?? []).filter((a) => !words.has(a.toLowerCase().split(/\s+/).at(-1) ?? ''));
  return [ref.name, ...other];
}

function entryRecord(view: SiteView, e: Entry): SearchRecord {
  const people = [...(e.speaker ? [e.speaker] : []), ...e.people.filter((p) => p.slug !== e.speaker?.slug)];
  const outlets = [...new Set(e.sources.map((s) => view.outletOfArticle(s.article)?.name).filter((n): n is string => n !== undefined))];
  const names = people.flatMap((p) => spellings(view, p));
  // The words of the entry, then what it is about that they do not already say (a speaker's name and
  // other spellings, the place, the topics), so that "Rubio ceasefire" finds Rubio's words on it.
  const words = `${e.headline ?? ''} ${e.text}`;
  const said = new Set(words.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const adds = (name: string) => (name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).some((w) => !said.has(w));
  const about = [...new Set([...names, ...(e.place ? [e.place.name] : []), ...e.topics.map((t) => t.name)])].filter(adds);
  const content = about.length > 0 ? `${words.trim()} (${about.join(', ')})` : words.trim();
  const meta: Record<string, string> = { title: entryTitle(e, 110), date: formatDate(e.date), kind: 'entry' };
  if (e.speaker) meta.speaker = e.speaker.name;
  if (e.place) meta.place = e.place.name;
  if (outlets.length > 0) meta.source = outlets.join(', ');
  return {
    content,
    meta,
    filters: {
      type: ['Entries'],
      speaker: e.speaker ? [e.speaker.name] : [],
      person: people.map((p) => p.name),
      place: e.place ? [e.place.name] : [],
      topic: e.topics.map((t) => t.name),
      source: outlets,
      year: [e.date.slice(0, 4)],
    },
    sort: { date: `${e.date}${e.instant ?? ''}` },
  };
}

/**
 * Every entry and every article as a search result, each in the shard of the article it first came
 * from (see searchShardOf), with a fingerprint of what is indexed of it. An article's record holds its
 * whole text, read from the cache: it is made only when its shard is indexed, and its fingerprint
 * stands for the text by the article's content hash (which changes whenever its blocks do).
 */
export function searchRecords(view: SiteView): SearchPage[] {
  const { articles } = view.data;
  const shardOf = new Map(articles.map((a) => [a.summary.id, searchShardOf(a.summary.published)]));
  const pages: SearchPage[] = [];
  // An entry's record is made when its shard is indexed; its fingerprint is made of what the record
  // is made from: the entry (its digest), where it is, the outlets and other spellings it names.
  for (const e of view.entries) {
    const shard = shardOf.get(e.sources[0]?.article ?? '');
    if (!shard) continue;
    const people = e.speaker ? [e.speaker, ...e.people] : e.people;
    const url = view.timelineHref(e.id);
    const parts = [entryDigest(e), url, ...e.sources.map((s) => view.outletOfArticle(s.article)?.name ?? '-')];
    for (const p of people) parts.push(...(view.person(p.slug)?.aliases ?? []), '-');
    pages.push({ url, shard, recordOf: () => entryRecord(view, e), fingerprint: digest(parts.join('\u0001')) });
  }
  for (const a of articles) {
    const shard = shardOf.get(a.summary.id);
    if (!shard) continue;
    const { content, ...rest } = articleRecord(view, a, '');
    pages.push({
      url: paths.article(a.summary.id),
      shard,
      recordOf: () => articleRecord(view, a, a.blocks.map((b) => `${b.text}\n`).join('')),
      fingerprint: digest([a.contentHash, content, rest]),
    });
  }
  return pages;
}

/** An article's record; `text`: its blocks' text, a line each. */
function articleRecord(view: SiteView, a: ArticlePage, text: string): SearchRecord {
  const { summary } = a;
  const entries = a.entries.map((id) => view.entry(id));
  const people = [...new Map(entries.flatMap((e) => [...(e.speaker ? [e.speaker] : []), ...e.people]).map((p) => [p.slug, p])).values()];
  const unique = (values: string[]) => [...new Set(values)].sort();
  return {
    content: `${summary.title}\n${text}${people.flatMap((p) => spellings(view, p).slice(1)).join(' ')}`,
    meta: {
      title: summary.title,
      date: formatDate(summary.published.slice(0, 10)),
      kind: 'article',
      source: summary.source,
      ...(summary.authors.length > 0 ? { authors: summary.authors.join(', ') } : {}),
    },
    filters: {
      type: ['Articles'],
      speaker: unique(entries.flatMap((e) => (e.speaker ? [e.speaker.name] : []))),
      person: unique(people.map((p) => p.name)),
      place: unique(entries.flatMap((e) => (e.place ? [e.place.name] : []))),
      topic: unique(entries.flatMap((e) => e.topics.map((t) => t.name))),
      source: [view.outletOfArticle(summary.id)?.name ?? summary.source],
      year: [summary.published.slice(0, 4)],
    },
    sort: { date: summary.published },
  };
}
