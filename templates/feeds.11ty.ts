// /feed.xml (Atom) and /feed.json (JSON Feed): the latest entries. Renders its feed model (src/pages/feeds.ts).
import { scriptSafeJson } from '../src/render/jsonLd.ts';
import { siteFeedModels, type FeedModel } from '../src/pages/feeds.ts';
import { atomFeed, jsonFeed } from './_includes/feeds.ts';
import { pagesFor, type Paged } from './_includes/templateData.ts';

export const data = {
  ...pagesFor({ template: 'feeds', models: siteFeedModels }),
  eleventyExcludeFromCollections: true,
};

export function render({ site, item: feed }: Paged<FeedModel>): string {
  return feed.format === 'atom' ? atomFeed(site, feed, site.title) : `${scriptSafeJson(jsonFeed(site, feed, site.title), 2)}\n`;
}
