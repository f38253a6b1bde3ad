import type { SourceRef } from '../types.ts';

/** Every URL pattern of the site, in one place. Paths are root-relative; `href()` adds the prefix. */
export const paths = {
  home: '/',
  people: '/people/',
  person: (slug: string) => `/people/${slug}/`,
  personFeed: (slug: string) => `/people/${slug}/feed.xml`,
  /** A person's entries on one topic. */
  personTopic: (person: string, topic: string) => `/people/${person}/${topic}/`,
  organisations: '/organisations/',
  organisation: (slug: string) => `/organisations/${slug}/`,
  organisationTopic: (organisation: string, topic: string) => `/organisations/${organisation}/${topic}/`,
  keyMoments: '/key-moments/',
  places: '/places/',
  place: (slug: string) => `/places/${slug}/`,
  topics: '/topics/',
  topic: (slug: string) => `/topics/${slug}/`,
  dates: '/dates/',
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: (date: string) => `/dates/${date}/`,
  timeline: (period: string) => `/timeline/${period}/`,
  /** What each timeline page's entries are about, for the filter bar. */
  timelineFacets: '/timeline/facets.json',
  articles: '/articles/',
  article: (id: string) => `/articles/${id}/`,
  source: (ref: SourceRef) => `/articles/${ref.article}/#${ref.anchor}`,
  outlet: (slug: string) => `/sources/${slug}/`,
  search: '/search/',
  about: '/about/',
  feedAtom: '/feed.xml',
  feedJson: '/feed.json',
  timelineJson: '/timeline.json',
  timelineJsJson: '/timelinejs.json',
  sitemap: '/sitemap.xml',
  stylesheet: '/css/site.css',
  favicon: '/favicon.svg',
  filterScript: '/js/filter.js',
  searchScript: '/js/search.js',
} as const;

/** Page n of a listing that starts at `base`: `/people/x/`, `/people/x/page/2/`, … */
export function pagedPath(base: string, pageNumber: number): string {
  return pageNumber <= 1 ? base : `${base}page/${pageNumber}/`;
}
