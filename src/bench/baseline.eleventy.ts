// The benchmark's floor: plain Eleventy rendering the corpus's Markdown files with a one-file layout.
// Run with the project's Eleventy:  tsx node_modules/@11ty/eleventy/cmd.cjs \
//   --config=src/bench/baseline.eleventy.ts --input=<corpus dir> --output=<dir>
import { readFileSync } from 'node:fs';

/** The part of Eleventy's configuration API this file uses. */
interface BaselineConfig {
  addTemplate(virtualPath: string, content: string, data?: Record<string, unknown>): void;
  addGlobalData(key: string, value: unknown): unknown;
}

const LAYOUT = readFileSync(new URL('./baseline-layout.njk', import.meta.url), 'utf8');

export default function baseline(eleventyConfig: BaselineConfig) {
  // A virtual layout: the corpus directory stays nothing but Markdown files.
  eleventyConfig.addTemplate('_includes/bench-baseline.njk', LAYOUT);
  eleventyConfig.addGlobalData('layout', 'bench-baseline.njk');
  return {
    // Article text is not a template: `{{` in a quote must come out as written.
    markdownTemplateEngine: false,
    htmlTemplateEngine: 'njk',
    templateFormats: ['md'],
  };
}
