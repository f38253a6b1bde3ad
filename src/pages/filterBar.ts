// The person and topic filters of a timeline page: the people and topics its entries are about, most entries first.
import { paths } from '../site/paths.ts';
import { peopleOf, type SiteView } from '../site/siteView.ts';
import type { Ref } from '../types.ts';
import { byName } from './model.ts';

const MAX_PER_GROUP = 8;

export interface FilterItem {
  name: string;
  slug: string;
  /** The person's or topic's page. */
  path: string;
  count: number;
}

export interface FilterBarModel {
  /** The page the bar is on. */
  page: string;
  /** Null when the page's entries name no one (no group at all); else those with a page of their own. */
  people: FilterItem[] | null;
  topics: FilterItem[] | null;
}

function tally(refs: Ref[]): Array<Ref & { count: number }> {
  const counts = new Map<string, Ref & { count: number }>();
  for (const r of refs) {
    const c = counts.get(r.slug) ?? { name: r.name, slug: r.slug, count: 0 };
    c.count++;
    counts.set(r.slug, c);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || byName(a.name, b.name)).slice(0, MAX_PER_GROUP);
}

export function filterBarOf(view: SiteView, ids: readonly string[], page: string): FilterBarModel {
  const entries = ids.map((id) => view.entry(id));
  const people = tally(entries.flatMap(peopleOf));
  const topics = tally(entries.flatMap((e) => e.topics));
  return {
    page,
    people:
      people.length === 0
        ? null
        : people.filter((p) => view.hasPerson(p.slug)).map((p) => ({ ...p, path: view.speakerPath(p.slug) ?? paths.person(p.slug) })),
    topics: topics.length === 0 ? null : topics.filter((t) => view.hasTopic(t.slug)).map((t) => ({ ...t, path: paths.topic(t.slug) })),
  };
}
