// Eleventy configuration: where things are, where the data comes from, what gets copied.
// Every page is a TypeScript template (templates/*.11ty.ts) that renders with src/render/html.ts;
// content files are never Eleventy inputs — they arrive as the global data `newsline`.
import type { EleventyConfig } from '@11ty/eleventy';
import { buildSiteData } from './src/pipeline/buildSiteData.ts';
import type { SiteData } from './src/types.ts';
import { CONTENT_DIR, KNOWLEDGE_DIR, siteConfigFromEnv, siteUrlNotice, type SiteConfig } from './src/site/siteConfig.ts';

export default function newsline(eleventyConfig: EleventyConfig) {
  // TypeScript templates run as JavaScript templates (tsx compiles them on import).
  eleventyConfig.addExtension(['11ty.ts'], { key: '11ty.js' });
  eleventyConfig.addTemplateFormats(['11ty.ts']);

  // CSS, scripts and the favicon, copied to the site root.
  eleventyConfig.addPassthroughCopy({ public: '/' });

  // The build and the dev server (src/publish/buildSite.ts, used by `npm run build` and `npm start`) have
  // already loaded and checked the content and pass it in before this file runs; otherwise (Eleventy
  // run by hand: `npx tsx node_modules/.bin/eleventy --config=.eleventy.ts`) load it here.
  let site = eleventyConfig.globalData.site as SiteConfig | undefined;
  if (!site) {
    site = Object.freeze(siteConfigFromEnv());
    const notice = siteUrlNotice(site);
    if (notice) console.error(notice);
    eleventyConfig.addGlobalData('site', site);
  }
  if (!('newsline' in eleventyConfig.globalData)) {
    let loaded: SiteData | null = null;
    // Frozen so Eleventy hands every template the same object instead of a deep copy.
    eleventyConfig.addGlobalData(
      'newsline',
      async () => (loaded = Object.freeze(await buildSiteData({ contentDir: CONTENT_DIR, knowledgeDir: KNOWLEDGE_DIR }))),
    );
    eleventyConfig.addWatchTarget(`${CONTENT_DIR}/`);
    eleventyConfig.addWatchTarget(`${KNOWLEDGE_DIR}/`);

    // What our build does after Eleventy (it does so only for what changed): the JSON exports, and
    // under --serve/--watch the search index.
    eleventyConfig.on('eleventy.after', async ({ directories, runMode }) => {
      const { writeExports } = await import('./src/publish/writeExports.ts');
      if (loaded) await writeExports(loaded, site, directories.output);
      if (loaded && (runMode === 'serve' || runMode === 'watch')) {
        const { indexForSearch } = await import('./src/publish/indexForSearch.ts');
        await indexForSearch(loaded, directories.output);
      }
    });
  }

  return {
    // Output is Eleventy's default, _site/, unless the caller names another directory
    // (`--output=DIR`, or the production build's fresh .build/site-<pid>/).
    dir: { input: 'templates', includes: '_includes' },
    pathPrefix: site.pathPrefix,
  };
}
