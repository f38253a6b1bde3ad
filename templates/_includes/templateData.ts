// What Eleventy hands a template, and the pagination helper every page kind uses: one page per page
// model (src/pages/), rendered from that model alone.
import { oncePerView, type PageModel } from '../../src/pages/model.ts';
import type { RenderPlan } from '../../src/publish/renderPlan.ts';
import type { SiteConfig } from '../../src/site/siteConfig.ts';
import { siteView, type SiteView } from '../../src/site/siteView.ts';
import type { SiteData } from '../../src/types.ts';

/** Global data (see .eleventy.ts) plus what Eleventy adds. */
export interface SiteGlobals {
  newsline: SiteData;
  site: SiteConfig;
  /** Set by the production build: which pages need rendering (see src/publish/renderPlan.ts). */
  newslineRender?: RenderPlan;
  page: { url: string | false; outputPath: string | false };
  collections?: { all: Array<{ url: string | false; outputPath: string | false }> };
}

/** A page of a paginated template: `item` is the page's model. */
export interface Paged<T> extends SiteGlobals {
  item: T;
}

export interface PagesFor<M extends PageModel> {
  /** The name the page fingerprints are kept under (the template's). */
  template: string;
  /**
   * The page models: one page each, at its `path`. Everything the page shows is in its model, so its
   * fingerprint is the model's digest: when that is unchanged since the previous build, the page on
   * disk is kept and not rendered again. Made once per site data.
   */
  models: (view: SiteView) => readonly M[];
}

/**
 * One output page per model that `models` derives from the site data. Eleventy paginates over a
 * data key; `before` swaps its items for the models (the key is only a placeholder that always
 * exists) and, in an incremental build, drops the models whose page is unchanged.
 */
export function pagesFor<M extends PageModel>(pages: PagesFor<M>) {
  return {
    pagination: {
      data: 'newsline.articles',
      size: 1,
      alias: 'item',
      before: (_items: unknown[], data: SiteGlobals): M[] => {
        const view = siteView(data.newsline);
        const plan = data.newslineRender;
        if (!plan) return [...oncePerView(view, `pages:${pages.template}`, pages.models)];
        // The build selects once to plan, then Eleventy again in each of its runs. Only the models of
        // pages to be rendered are kept after planning: the others (most, in an update) are freed.
        const toRender = oncePerView(view, `render:${pages.template}`, () => ({ models: null as M[] | null }));
        toRender.models ??= plan.select(pages.template, pages.models(view));
        return plan.select(pages.template, toRender.models);
      },
    },
    permalink: (data: Paged<M>) => data.item.path,
  };
}
