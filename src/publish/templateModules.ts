// The templates' modules, imported once per process and shared by the render plan (buildSite.ts) and
// Eleventy (.eleventy.ts). Eleventy's JavaScript engine imports each template afresh in every run (a
// cache-busting query on each import): ~5 ms a template through tsx's loader, every run of a build.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** A template module: its `data` (permalink, pagination) and its `render`. */
export interface TemplateModule {
  data?: unknown;
  render?: (data: unknown) => unknown;
}

const modules = new Map<string, Promise<TemplateModule>>();

/**
 * The template at `file` (relative to the working directory, or absolute): its module's `data` and
 * `render`, in a plain object (Eleventy makes a string of what it gets, which a module namespace cannot be).
 */
export function importTemplate(file: string): Promise<TemplateModule> {
  const absolute = path.resolve(file);
  let template = modules.get(absolute);
  if (!template) {
    template = (import(pathToFileURL(absolute).href) as Promise<TemplateModule>).then(({ data, render }) => ({ data, render }));
    modules.set(absolute, template);
  }
  return template;
}
