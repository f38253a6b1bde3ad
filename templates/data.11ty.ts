// /timeline.json (Newsline's own format, documented in the README) and /timelinejs.json (TimelineJS3).
import { paths } from '../src/site/paths.ts';
import { timelineJsJson, timelineJson } from '../src/site/timelineJson.ts';
import { contextOf, pagesFor, type Paged } from './_includes/templateData.ts';

type Format = 'timeline' | 'timelinejs';

export const data = {
  ...pagesFor({
    template: 'data',
    select: (): Format[] => ['timeline', 'timelinejs'],
    path: (format) => (format === 'timeline' ? paths.timelineJson : paths.timelineJsJson),
    // Everything: every entry, and the lists of people, places, topics and articles.
    dependsOn: (_format, f, view) => [f.entries(view.entries.map((e) => e.id)), f.of(view.data.timeline.people), f.of(view.data.timeline.places), f.of(view.data.timeline.topics), f.of(view.data.timeline.articles)],
  }),
  eleventyExcludeFromCollections: true,
};

export function render(data: Paged<Format>): string {
  const { site, view } = contextOf(data);
  const doc = data.item === 'timeline' ? timelineJson(view.data) : timelineJsJson(view.data, site);
  // Plain JSON: these are files of their own, never inside a <script>, so nothing needs escaping
  // (and skipping the escape passes over 120 MB saves seconds on a large site).
  return `${JSON.stringify(doc)}\n`;
}
