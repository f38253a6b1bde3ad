// /feed.xml (Atom) and /feed.json (JSON Feed): the latest entries.
import { scriptSafeJson } from '../src/render/jsonLd.ts';
import { atomFeed, FEED_SIZE, jsonFeed, type FeedSpec } from '../src/site/feeds.ts';
import { paths } from '../src/site/paths.ts';
import type { SiteView } from '../src/site/siteView.ts';
import { contextOf, pagesFor, type Paged } from './_includes/templateData.ts';

type Format = 'atom' | 'json';

export const data = {
  ...pagesFor({
    template: 'feeds',
    select: (): Format[] => ['atom', 'json'],
    path: (format) => (format === 'atom' ? paths.feedAtom : paths.feedJson),
    dependsOn: (_format, f, view) => f.entries(view.entries.slice(-FEED_SIZE).map((e) => e.id)),
  }),
  eleventyExcludeFromCollections: true,
};

function spec(view: SiteView, title: string, path: string): FeedSpec {
  return {
    title,
    description: 'The latest dated statements and events, each linked to its source.',
    path,
    homePath: paths.home,
    entries: view.entries,
  };
}

export function render(data: Paged<Format>): string {
  const { site, view } = contextOf(data);
  return data.item === 'atom'
    ? atomFeed(site, view, spec(view, site.title, paths.feedAtom))
    : `${scriptSafeJson(jsonFeed(site, view, spec(view, site.title, paths.feedJson)), 2)}\n`;
}
