// /people/<slug>/feed.xml: an Atom feed of one person's entries. Renders its feed model (src/pages/feeds.ts).
import { personFeedModels, type FeedModel } from '../src/pages/feeds.ts';
import { atomFeed } from './_includes/feeds.ts';
import { pagesFor, type Paged } from './_includes/templateData.ts';

export const data = {
  ...pagesFor({ template: 'personFeed', models: personFeedModels }),
  eleventyExcludeFromCollections: true,
};

export function render({ site, item: feed }: Paged<FeedModel>): string {
  return atomFeed(site, feed, `${feed.name} — ${site.title}`);
}
