// For `.eleventy.ts` when Eleventy is run by hand with --serve/--watch, which indexes the whole rendered
// site after each run. The build and the dev server (src/site/buildSite.ts) call buildSearchIndex in
// searchIndex.ts with the pages they rendered.
export { indexForSearch } from './searchIndex.ts';
