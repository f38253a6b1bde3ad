import { isMonth, isYear } from '../dates/precision.ts';
import type { ArticleExtraction } from '../extract/extractEntries.ts';
import { normaliseWords } from '../extract/normaliseWords.ts';
import { gazetteerFor } from '../extract/gazetteer.ts';
import type { Knowledge } from '../knowledge/types.ts';
import type { ContentProblem } from '../load/errors.ts';
import type { Correction } from '../load/loadCorrections.ts';
import { slugify } from '../slugify.ts';
import type { Entry, Ref, SpeakerRef } from '../types.ts';

function speakerNamed(name: string, knowledge: Knowledge): SpeakerRef {
  const lower = name.toLowerCase();
  const known = knowledge.people.find((p) => p.name.toLowerCase() === lower || p.aliases.some((a) => a.toLowerCase() === lower));
  return known ? { name: known.name, slug: known.slug, kind: known.kind } : { name, slug: slugify(name), kind: 'person' };
}

function placeNamed(name: string, knowledge: Knowledge): Ref {
  const known = gazetteerFor(knowledge).placeByName.get(name) ?? knowledge.places.find((p) => p.aliases.includes(name));
  return known ? { name: known.name, slug: known.slug } : { name, slug: slugify(name) };
}

function corrected(e: Entry, c: Correction, knowledge: Knowledge): Entry {
  const out: Entry = { ...e };
  if (c.speaker !== undefined) out.speaker = c.speaker === null ? null : speakerNamed(c.speaker, knowledge);
  if (c.place !== undefined) out.place = c.place === null ? null : placeNamed(c.place, knowledge);
  if (c.date !== undefined) {
    out.date = c.date;
    out.precision = isYear(c.date) ? 'year' : isMonth(c.date) ? 'month' : 'day';
    if (c.date !== e.date) {
      out.time = null;
      out.instant = null;
    }
  }
  if (c.key) out.key = true;
  if (out.speaker && !out.people.some((p) => p.slug === out.speaker?.slug)) out.people = [out.speaker, ...out.people];
  return out;
}

/**
 * An editor's corrections applied to freshly extracted or cached entries: each names an article and a
 * quote's first words, and must match exactly one quote of that article. The extractions are not changed
 * (they may be the cache's); corrected entries are copies. A correction matching no quote or several is an error.
 */
export function applyCorrections(
  extractions: ArticleExtraction[],
  corrections: Correction[],
  knowledge: Knowledge,
  file: string,
): { extractions: ArticleExtraction[]; problems: ContentProblem[] } {
  if (corrections.length === 0) return { extractions, problems: [] };
  const problems: ContentProblem[] = [];
  const byArticle = new Map(extractions.map((x) => [x.articleId, x]));
  const replaced = new Map<string, Map<number, Entry>>();
  for (const c of corrections) {
    const field = `entry ${c.index} (${c.article}, "${c.quote}")`;
    const x = byArticle.get(c.article);
    if (!x) {
      problems.push({ file, field, message: `no article has the id "${c.article}" (the file name without .md)` });
      continue;
    }
    const words = normaliseWords(c.quote).join(' ');
    const startsWith = (text: string | null) => text !== null && normaliseWords(text).join(' ').startsWith(words);
    const quoted = x.entries.flatMap((e, i) => (startsWith(e.quote) ? [i] : []));
    // An entry without a quote (an event, a post) is named by its text's first words.
    const hits = quoted.length > 0 ? quoted : x.entries.flatMap((e, i) => (!e.quote && startsWith(e.text) ? [i] : []));
    if (hits.length !== 1) {
      const how =
        hits.length === 0
          ? 'matches no quote of the article'
          : `matches ${hits.length} quotes of the article: give more of its first words`;
      problems.push({ file, field, message: how });
      continue;
    }
    const i = hits[0] as number;
    const changes = replaced.get(c.article) ?? new Map<number, Entry>();
    changes.set(i, corrected(changes.get(i) ?? (x.entries[i] as Entry), c, knowledge));
    replaced.set(c.article, changes);
  }
  const out = extractions.map((x) => {
    const changes = replaced.get(x.articleId);
    return changes ? { ...x, entries: x.entries.map((e, i) => changes.get(i) ?? e) } : x;
  });
  return { extractions: out, problems };
}
