// The templates' modules, imported once per process and shared by the render plan (buildSite.ts) and
// Eleventy (eleventyConfig.ts). Eleventy's JavaScript engine imports each template afresh in every run (a
// cache-busting query on each import): ~5 ms a template through tsx's loader, every run of a build.
// The import names the templates folder in its pattern, so the compiled build (src/cli/launch.mjs, an
// esbuild bundle) holds every template, the same modules the rest of the build uses.
import path from 'node:path';

/** A template module: its `data` (permalink, pagination) and its `render`. */
export interface TemplateModule {
  data?: unknown;
  render?: (data: unknown) => unknown;
}

const TEMPLATE_SUFFIX = '.11ty.ts';
const modules = new Map<string, Promise<TemplateModule>>();

/**
 * The template at `file` (a `templates/<name>.11ty.ts` of this project, relative to the working directory
 * or absolute): its module's `data` and `render`, in a plain object (Eleventy makes a string of what it
 * gets, which a module namespace cannot be).
 */
export function importTemplate(file: string): Promise<TemplateModule> {
  const base = path.basename(file);
  if (!base.endsWith(TEMPLATE_SUFFIX)) return Promise.reject(new Error(`${file} is not a template (*${TEMPLATE_SUFFIX})`));
  const name = base.slice(0, -TEMPLATE_SUFFIX.length);
  let template = modules.get(name);
  if (!template) {
    template = (import(`../../templates/${name}.11ty.ts`) as Promise<TemplateModule>).then(({ data, render }) => ({ data, render }));
    modules.set(name, template);
  }
  return template;
}
