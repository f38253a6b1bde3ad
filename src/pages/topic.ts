// /topics/<slug>/: what the topic covers, who spoke on it, and its entries.
import type { SiteView } from '../site/siteView.ts';
import { listingModels, missing, type ListingModel } from './listing.ts';
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

function topicSubject(view: SiteView, slug: string): TopicSubject {
  return view.topicRef(slug) ?? missing('topic', slug);
}

function topicIntro(view: SiteView, slug: string): TopicIntro {
  return {
    entries: (view.topic(slug) ?? missing('topic', slug)).entries.length,
    speakers: view.speakersOn(slug).map((st) => {
      const speaker = view.speakerPath(st.speaker.slug);
      return { name: st.speaker.name, path: speaker ? `${speaker}${slug}/` : null, count: st.ids.length };
    }),
  };
}

export function topicPageModels(view: SiteView): Array<PageOf<TopicPageModel>> {
  return view.data.timeline.topics.flatMap((topic) => listingModels(view, 'topic', topic.slug, topicSubject, topicIntro));
}
