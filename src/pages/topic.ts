// /topics/<slug>/: what the topic covers, who spoke on it, and its entries.
import { paths } from '../site/paths.ts';
import type { SiteView } from '../site/siteView.ts';
import { listingModels, type ListingModel } from './listing.ts';
import type { CountedLink, PageOf } from './model.ts';

export interface TopicSubject {
  name: string;
  description: string;
}

export interface TopicIntro {
  entries: number;
  /** Who spoke on the topic, each linking to their statements on it, most statements first. */
  speakers: CountedLink[];
}

export type TopicPageModel = ListingModel<TopicSubject, TopicIntro>;

export function topicPageModels(view: SiteView): Array<PageOf<TopicPageModel>> {
  return view.data.timeline.topics.flatMap((topic) =>
    listingModels(view, paths.topic(topic.slug), topic.entries, { name: topic.name, description: topic.description }, () => ({
      entries: topic.entries.length,
      speakers: view.speakersOn(topic.slug).map((st) => {
        const speaker = view.speakerPath(st.speaker.slug);
        return { name: st.speaker.name, path: speaker ? `${speaker}${topic.slug}/` : null, count: st.ids.length };
      }),
    })),
  );
}
