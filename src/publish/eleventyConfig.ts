// Eleventy's configuration, as a table of contents: where the templates are, what gets copied, and the
// data every template gets. Every page is a TypeScript template (templates/*.11ty.ts) that renders its
// data with src/render/html.ts; content files are never Eleventy inputs.
//
// buildSite.ts applies it to each Eleventy run itself (no config file is imported: the compiled build,
// src/cli/launch.mjs, runs without a TypeScript loader); .eleventy.ts hands it to Eleventy run by hand.
import type { EleventyConfig } from '@11ty/eleventy';
import type { SiteConfig } from '../site/siteConfig.ts';
import { importTemplate } from './templateModules.ts';

/** Where the templates are, relative to the working directory. */
export const TEMPLATES_DIR = 'templates';

export function configureEleventy(eleventyConfig: EleventyConfig) {
  const site = eleventyConfig.globalData.site as SiteConfig | undefined;
  if (!site || !('newsline' in eleventyConfig.globalData)) {
    throw new Error(
      'Newsline builds through its own command: run `npm run build` (or `npm start` for the dev server), not Eleventy by hand.',
    );
  }

  // TypeScript templates run as JavaScript templates, each module imported once per process (see
  // templateModules.ts): its `data`, then its `render` for each page.
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
    dir: { input: TEMPLATES_DIR, includes: '_includes' },
    pathPrefix: site.pathPrefix,
  };
}
