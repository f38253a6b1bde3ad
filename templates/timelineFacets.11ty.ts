// /timeline/facets.json: who and what each timeline page's entries are about, for the filter bar
// (public/js/filter.js): with a person and a topic chosen, it says how many matching entries the
// other pages hold and links to them. Loaded only when a filter is used. Its model (src/pages/timelineFacets.ts) as JSON.
import { timelineFacetsModels, type TimelineFacetsModel } from '../src/pages/timelineFacets.ts';
import { pagesFor, type Paged } from './_includes/templateData.ts';

export const data = {
  ...pagesFor({ template: 'timelineFacets', models: timelineFacetsModels }),
  eleventyExcludeFromCollections: true,
};

export function render({ item }: Paged<TimelineFacetsModel>): string {
  return `${JSON.stringify(item.facets)}\n`;
}
