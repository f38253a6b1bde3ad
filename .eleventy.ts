// Eleventy run by hand (`npx @11ty/eleventy --config=.eleventy.ts`): the configuration is
// src/publish/eleventyConfig.ts, which `npm run build` and `npm start` apply to their own Eleventy runs.
//
// There is one build path: `npm run build` and `npm start` (src/publish/buildSite.ts) load and check the
// content, plan the pages, run Eleventy, write the exports and the search index, and publish atomically.
// They hand Eleventy the site data (`newsline`), the settings (`site`) and the render plan
// (`newslineRender`). Eleventy run by hand has none of them and stops with one line saying what to run
// instead.
import { configureEleventy } from './src/publish/eleventyConfig.ts';

export default configureEleventy;
