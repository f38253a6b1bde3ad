// The benchmark's floor: plain Eleventy rendering the corpus's Markdown files with a one-file layout.
// Run with the project's Eleventy:  tsx node_modules/@11ty/eleventy/cmd.cjs \
//   --config=src/bench/baseline.eleventy.ts --input=<corpus dir> --output=<dir>
// The benchmark (runBaseline.ts) applies `configureBaseline` itself, compiled like the build (no
// TypeScript loader at run time: what a user of plain Eleventy would have).
import { readFileSync } from 'node:fs';

/** The part of Eleventy's configuration API this file uses. */
interface BaselineConfig {
  addTemplate(virtualPath: string, content: string, data?: Record<string, unknown>): void;
  addGlobalData(key: string, value: unknown): unknown;
  setTemplateFormats(formats: string | string[]): void;
}

// Two folders up, then down again: the same file from src/bench/ and from the compiled build's .cache/build/.
const LAYOUT = readFileSync(new URL('../../src/bench/baseline-layout.njk', import.meta.url), 'utf8');

export function configureBaseline(eleventyConfig: BaselineConfig): void {
  // A virtual layout: the corpus directory stays nothing but Markdown files.
  eleventyConfig.addTemplate('_includes/bench-baseline.njk', LAYOUT);
  eleventyConfig.addGlobalData('layout', 'bench-baseline.njk');
  // Article text is not a template: `{{` in a quote must come out as written (Markdown only, no Liquid first).
  eleventyConfig.addGlobalData('templateEngineOverride', 'md');
  eleventyConfig.setTemplateFormats(['md']);
}

export default configureBaseline;
