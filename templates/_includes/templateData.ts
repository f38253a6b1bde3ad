// What Eleventy hands a template, and the pagination helper every paged template uses.
import type { SiteConfig } from '../../src/site/siteConfig.ts';
import { siteView, type SiteView } from '../../src/site/siteView.ts';
import type { SiteData } from '../../src/types.ts';
import type { RenderContext } from './entryCard.ts';

/** Global data (see .eleventy.ts) plus what Eleventy adds. */
export interface SiteGlobals {
  newsline: SiteData;
  site: SiteConfig;
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

/**
 * One output page per item that `select` derives from the site data. Eleventy paginates over a
 * data key; `before` swaps its items for ours (the key is only a placeholder that always exists).
 */
export function onePagePer<T>(select: (view: SiteView) => readonly T[]) {
  return {
    data: 'newsline.articles',
    size: 1,
    alias: 'item',
    before: (_items: unknown[], data: SiteGlobals): T[] => [...select(siteView(data.newsline))],
  };
}
