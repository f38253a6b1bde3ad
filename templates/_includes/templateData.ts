// What Eleventy hands a template, and the pagination helper every paged template uses.
import type { Fingerprints } from '../../src/publish/pageFingerprints.ts';
import type { RenderPlan } from '../../src/publish/renderPlan.ts';
import type { SiteConfig } from '../../src/site/siteConfig.ts';
import { siteView, type SiteView } from '../../src/site/siteView.ts';
import type { SiteData } from '../../src/types.ts';
import type { RenderContext } from './entryCard.ts';

/** Global data (see .eleventy.ts) plus what Eleventy adds. */
export interface SiteGlobals {
  newsline: SiteData;
  site: SiteConfig;
  /** Set by the production build: which pages need rendering (see src/publish/renderPlan.ts). */
  newslineRender?: RenderPlan;
  page: { url: string | false; outputPath: string | false };
  collections?: { all: Array<{ url: string | false; outputPath: string | false }> };
}

/** A page of a paginated template: `item` is the object the page is about. */
export interface Paged<T> extends SiteGlobals {
  item: T;
}

export function contextOf(data: SiteGlobals): RenderContext {
  return { site: data.site, view: siteView(data.newsline) };
}

export interface PagesFor<T> {
  /** The name the page fingerprints are kept under (the template's). */
  template: string;
  /** The items: one page each. */
  select: (view: SiteView) => readonly T[];
  /** The page's URL path. */
  path: (item: T) => string;
  /**
   * Everything the page shows besides the templates and global settings, as digests: when this
   * is unchanged since the previous build, the page on disk is kept and not rendered again.
   */
  dependsOn: (item: T, f: Fingerprints, view: SiteView) => unknown;
}

/**
 * What templates work out from the site data, once per site data, by name. Kept here, not in the
 * template's module: Eleventy imports a template afresh for every run, and modules are never freed,
 * so a cache held by the template would keep a copy per run (at 5,000 articles, tens of MB a run).
 */
const derived = new WeakMap<SiteView, Map<string, unknown>>();
export function oncePerView<T>(view: SiteView, name: string, compute: (view: SiteView) => T): T {
  let byName = derived.get(view);
  if (!byName) derived.set(view, (byName = new Map()));
  if (!byName.has(name)) byName.set(name, compute(view));
  return byName.get(name) as T;
}

/**
 * One output page per item that `select` derives from the site data. Eleventy paginates over a
 * data key; `before` swaps its items for ours (the key is only a placeholder that always exists)
 * and, in an incremental build, drops the items whose page is unchanged.
 */
export function pagesFor<T>(pages: PagesFor<T>) {
  return {
    pagination: {
      data: 'newsline.articles',
      size: 1,
      alias: 'item',
      before: (_items: unknown[], data: SiteGlobals): T[] => {
        const view = siteView(data.newsline);
        // The build selects once to plan, then Eleventy again in each of its runs.
        const items = oncePerView(view, `pages:${pages.template}`, pages.select);
        const plan = data.newslineRender;
        return plan ? plan.select(pages.template, items, pages.path, (item, f) => pages.dependsOn(item, f, view)) : [...items];
      },
    },
    permalink: (data: Paged<T>) => pages.path(data.item),
  };
}
