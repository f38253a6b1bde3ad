// Kept for the call sites that index a whole rendered site (src/site/buildSite.ts, .eleventy.ts):
// the sharded, incremental search index lives in searchIndex.ts.
export { indexForSearch } from './searchIndex.ts';
