// /timeline/facets.json: who and what each timeline page's entries are about, for the filter bar
// (public/js/filter.js). The file is its model, as JSON.
import { paths } from '../site/paths.ts';
import { peopleOf, type SiteView } from '../site/siteView.ts';
import type { PageModel, PageOf } from './model.ts';
import { pageLabel } from './timelineLabels.ts';

/** People and topics are numbered; each entry is `"<people>|<topics>"`, numbers comma-separated. */
export interface TimelineFacets {
  people: Array<[slug: string, name: string]>;
  topics: Array<[slug: string, name: string]>;
  pages: Array<{ path: string; label: string; entries: string[] }>;
}

export function timelineFacets(view: SiteView): TimelineFacets {
  const people = new Map<string, [number, string]>();
  const topics = new Map<string, [number, string]>();
  const number = (map: Map<string, [number, string]>, slug: string, name: string) => {
    let n = map.get(slug);
    if (!n) map.set(slug, (n = [map.size, name]));
    return n[0];
  };
  const pages = view.timelinePages.map((page) => ({
    path: page.path,
    label: pageLabel(page),
    entries: page.days.flatMap((d) =>
      d.ids.map((id) => {
        const e = view.entry(id);
        return `${peopleOf(e)
          .map((p) => number(people, p.slug, p.name))
          .join(',')}|${e.topics.map((t) => number(topics, t.slug, t.name)).join(',')}`;
      }),
    ),
  }));
  const list = (map: Map<string, [number, string]>) => [...map].map(([slug, [, name]]): [string, string] => [slug, name]);
  return { people: list(people), topics: list(topics), pages };
}

export interface TimelineFacetsModel extends PageModel {
  facets: TimelineFacets;
}

export function timelineFacetsModels(): Array<PageOf<TimelineFacetsModel>> {
  return [{ path: paths.timelineFacets, key: '', model: (scope) => ({ path: paths.timelineFacets, facets: timelineFacets(scope.view) }) }];
}
