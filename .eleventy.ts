// Eleventy configuration, as a table of contents: where the templates are, what gets copied, and the
// data every template gets. Every page is a TypeScript template (templates/*.11ty.ts) that renders its
// data with src/render/html.ts; content files are never Eleventy inputs.
//
// There is one build path: `npm run build` and `npm start` (src/publish/buildSite.ts) load and check the
// content, plan the pages, run Eleventy with this file, write the exports and the search index, and
// publish atomically. They hand Eleventy the site data (`newsline`), the settings (`site`) and the
// render plan (`newslineRender`) before this file runs. Eleventy run by hand has none of them and
// stops with one line saying what to run instead.
import type { EleventyConfig } from '@11ty/eleventy';
import type { SiteConfig } from './src/site/siteConfig.ts';
import { importTemplate } from './src/publish/templateModules.ts';

export default function newsline(eleventyConfig: EleventyConfig) {
  const site = eleventyConfig.globalData.site as SiteConfig | undefined;
  if (!site || !('newsline' in eleventyConfig.globalData)) {
    throw new Error(
      'Newsline builds through its own command: run `npm run build` (or `npm start` for the dev server), not Eleventy by hand.',
    );
  }

  // TypeScript templates run as JavaScript templates (tsx compiles them on import), each module imported
  // once per process (see templateModules.ts): its `data`, then its `render` for each page.
  eleventyConfig.addExtension(['11ty.ts'], {
    key: '11ty.js',
    getData: ['data'],
    getInstanceFromInputPath: importTemplate,
    compile: (_content: unknown, inputPath: string) => async (data: unknown) => {
      const rendered = (await importTemplate(inputPath)).render?.(data) ?? '';
      return Buffer.isBuffer(rendered) ? rendered.toString() : rendered;
    },
  });
  eleventyConfig.addTemplateFormats(['11ty.ts']);

  // CSS, scripts and the favicon, copied to the site root.
  eleventyConfig.addPassthroughCopy({ public: '/' });

  return {
    // Output: the production build's fresh .build/site-<pid>/ (it swaps it into place).
    dir: { input: 'templates', includes: '_includes' },
    pathPrefix: site.pathPrefix,
  };
}
