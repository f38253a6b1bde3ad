// What Eleventy hands a template, and the pagination helper every page kind uses: one page per page
// model (src/pages/), rendered from that model alone.
import { ModelScope, oncePerView, type PageModel, type PageOf } from '../../src/pages/model.ts';
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
   * The pages: one each, at its `path`, rendering the model that its `model` makes. Everything the page
   * shows is in its model, so its fingerprint is the model's digest: when that is unchanged since the
   * previous build, the page on disk is kept and not rendered again. Listed once per site data; a
   * page's model is made only when it is digested or rendered.
   */
  models: (view: SiteView) => ReadonlyArray<PageOf<M>>;
}

/**
 * One output page per page that `models` lists. Eleventy paginates over a data key; `before` swaps its
 * items for the models of the pages to render in this run (the key is only a placeholder that always
 * exists): the build plans first (see RenderPlan.select), then each Eleventy run makes the models of
 * its share of the pages to render, and no others.
 */
export function pagesFor<M extends PageModel>(pages: PagesFor<M>) {
  return {
    pagination: {
      data: 'newsline.articles',
      size: 1,
      alias: 'item',
      before: (_items: unknown[], data: SiteGlobals): M[] => {
        const view = siteView(data.newsline);
        const list = oncePerView(view, `pages:${pages.template}`, pages.models);
        const plan = data.newslineRender;
        if (plan) return plan.select(pages.template, list);
        const scope = oncePerView(view, 'models', (v) => new ModelScope(v));
        return list.map((page) => page.model(scope));
      },
    },
    permalink: (data: Paged<M>) => data.item.path,
  };
}
