// /people/<slug>/<topic>/ (and /organisations/<slug>/<topic>/): one speaker's statements on one topic, oldest first.
import { paths } from '../site/paths.ts';
import type { SiteView } from '../site/siteView.ts';
import { listingModels, missing, type ListingModel } from './listing.ts';
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

function personTopicSubject(view: SiteView, pair: string): PersonTopicSubject {
  const [speaker = '', topic = ''] = pair.split(' ');
  return view.speakerTopicNames(speaker, topic) ?? missing('speaker × topic', pair);
}

function personTopicIntro(view: SiteView, pair: string): PersonTopicIntro {
  const [speaker = '', topic = ''] = pair.split(' ');
  const st = view.speakerTopic(speaker, topic) ?? missing('speaker × topic', pair);
  const speakerPath = view.speakerPath(speaker) ?? missing('speaker', speaker);
  return {
    statements: st.ids.length,
    speakerPath,
    topicPath: paths.topic(topic),
    positionsPath: `${speakerPath}#on-${topic}`,
  };
}

export function personTopicPageModels(view: SiteView): Array<PageOf<PersonTopicPageModel>> {
  return view.speakerTopics.flatMap((st) =>
    listingModels(view, 'speakerTopic', `${st.speaker.slug} ${st.topic.slug}`, personTopicSubject, personTopicIntro),
  );
}
