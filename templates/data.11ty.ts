// /timeline.json (Newsline's own format, documented in the README) and /timelinejs.json (TimelineJS3).
import { scriptSafeJson, type JsonValue } from '../src/render/jsonLd.ts';
import { paths } from '../src/site/paths.ts';
import { timelineJsJson, timelineJson } from '../src/site/timelineJson.ts';
import { contextOf, onePagePer, type Paged } from './_includes/templateData.ts';

type Format = 'timeline' | 'timelinejs';

export const data = {
  pagination: onePagePer((): Format[] => ['timeline', 'timelinejs']),
  permalink: (data: Paged<Format>) => (data.item === 'timeline' ? paths.timelineJson : paths.timelineJsJson),
  eleventyExcludeFromCollections: true,
};

export function render(data: Paged<Format>): string {
  const { site, view } = contextOf(data);
  const doc = data.item === 'timeline' ? timelineJson(view.data) : timelineJsJson(view.data, site);
  return `${scriptSafeJson(doc as unknown as JsonValue)}\n`;
}
