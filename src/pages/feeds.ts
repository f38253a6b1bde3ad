// /feed.xml and /feed.json (the latest entries), /people/<slug>/feed.xml (a person's): feeds as shown.
// Dates come from the entries, never from the clock, so the same content always gives the same feed.
import { entryTimestamp, formatEntryDate } from '../render/dates.ts';
import { entryTitle } from '../site/entryTitle.ts';
import { paths } from '../site/paths.ts';
import type { SiteView } from '../site/siteView.ts';
import { shared, type ModelScope, type PageModel, type PageOf } from './model.ts';

export const FEED_SIZE = 50;

/** An entry as a feed item. */
export interface FeedItem {
  /** The entry on the timeline: the item's link and id. */
  path: string;
  title: string;
  timestamp: string;
  /** "4 April 2025, 16:50 BST". */
  when: string;
  speaker: string | null;
  place: string | null;
  quote: string | null;
  text: string;
  topics: Array<{ name: string; slug: string }>;
  /** Every report: the outlet's name and the passage. */
  sources: Array<{ name: string; path: string }>;
}

export interface FeedModel extends PageModel {
  format: 'atom' | 'json';
  /** The feed's own title: the site's title when null. */
  name: string | null;
  description: string;
  /** The page the feed mirrors. */
  homePath: string;
  /** Newest first. */
  items: FeedItem[];
}

function feedItems(scope: ModelScope, ids: readonly string[]): FeedItem[] {
  const { view } = scope;
  return [...ids]
    .reverse()
    .slice(0, FEED_SIZE)
    .map((id) =>
      scope.once(`f|${id}`, () => {
        const e = view.entry(id);
        return shared({
          path: view.timelineHref(e.id),
          title: entryTitle(e),
          timestamp: entryTimestamp(e),
          when: formatEntryDate(e),
          speaker: e.speaker?.name ?? null,
          place: e.place?.name ?? null,
          quote: e.quote,
          text: e.text,
          topics: e.topics.map((t) => ({ name: t.name, slug: t.slug })),
          sources: e.sources.map((s) => ({ name: view.outletRefOf(s.article)?.name ?? s.article, path: paths.source(s) })),
        });
      }),
    );
}

export function siteFeedModels(): Array<PageOf<FeedModel>> {
  const feed = (format: FeedModel['format'], path: string): PageOf<FeedModel> => ({
    path,
    key: format,
    model: (scope) => ({
      path,
      format,
      name: null,
      description: 'The latest dated statements and events, each linked to its source.',
      homePath: paths.home,
      items: feedItems(
        scope,
        scope.view.entries.slice(-FEED_SIZE).map((e) => e.id),
      ),
    }),
  });
  return [feed('atom', paths.feedAtom), feed('json', paths.feedJson)];
}

export function personFeedModels(view: SiteView): Array<PageOf<FeedModel>> {
  return view.data.timeline.people.map(({ slug }) => {
    const path = paths.personFeed(slug);
    return {
      path,
      key: slug,
      model: (scope) => {
        const person = scope.view.person(slug);
        if (!person) throw new Error(`${path}: no person ${slug}`);
        return {
          path,
          format: 'atom',
          name: person.name,
          description: `Entries in which ${person.name} speaks or is mentioned.`,
          homePath: paths.person(slug),
          items: feedItems(scope, person.entries.slice(-FEED_SIZE)),
        };
      },
    };
  });
}
