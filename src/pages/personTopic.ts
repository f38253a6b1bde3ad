// /people/<slug>/<topic>/ (and /organisations/<slug>/<topic>/): one speaker's statements on one topic, oldest first.
import { paths } from '../site/paths.ts';
import type { SiteView } from '../site/siteView.ts';
import { listingModels, type ListingModel } from './listing.ts';
import type { PageOf } from './model.ts';

export interface PersonTopicSubject {
  speaker: string;
  topic: string;
}

export interface PersonTopicIntro {
  statements: number;
  speakerPath: string;
  topicPath: string;
  /** The topic's section of the speaker's positions view. */
  positionsPath: string;
}

export type PersonTopicPageModel = ListingModel<PersonTopicSubject, PersonTopicIntro>;

export function personTopicPageModels(view: SiteView): Array<PageOf<PersonTopicPageModel>> {
  return view.speakerTopics.flatMap((st) => {
    const speakerPath = view.speakerPath(st.speaker.slug);
    if (!speakerPath) return [];
    return listingModels(view, `${speakerPath}${st.topic.slug}/`, st.ids, { speaker: st.speaker.name, topic: st.topic.name }, () => ({
      statements: st.ids.length,
      speakerPath,
      topicPath: paths.topic(st.topic.slug),
      positionsPath: `${speakerPath}#on-${st.topic.slug}`,
    }));
  });
}
