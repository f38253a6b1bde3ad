// Which pages a build renders. Each paginated template hands its items through `select`: with the
// previous build's manifest, only items whose fingerprint changed are rendered; the rest of the
// site is kept as it is on disk. Without a manifest (first build, or a full build) everything is.
import { digest, Fingerprints } from './pageFingerprints.ts';
import type { SiteView } from '../site/siteView.ts';

export const MANIFEST_VERSION = 1;

/** What the previous build rendered: each page's URL and fingerprint. Kept in the site directory. */
export interface PageManifest {
  version: typeof MANIFEST_VERSION;
  /** The code and settings the site was built with; another value means a full build. */
  global: string;
  pages: Record<string, string>;
}

export class RenderPlan {
  /** Every paginated page of this build: URL → fingerprint. */
  readonly pages = new Map<string, string>();
  /** URLs of the paginated pages this build renders. */
  readonly rendered = new Set<string>();
  readonly fingerprints: Fingerprints;
  /**
   * The changed pages are rendered in `count` Eleventy runs (Eleventy holds every page it renders in
   * memory until the run ends); `index` is the run under way. Each run takes every `count`-th page.
   */
  readonly batch = { index: 0, count: 1 };

  /** @param previous The pages of the site being updated, or null to render everything. */
  constructor(
    view: SiteView,
    private readonly previous: PageManifest['pages'] | null,
  ) {
    this.fingerprints = new Fingerprints(view);
  }

  /**
   * Records a page's fingerprint and says whether it is to be rendered (it changed, or there is no
   * previous build). `dependsOn` is as for `select`.
   */
  changed(template: string, url: string, dependsOn: (f: Fingerprints) => unknown): boolean {
    let fingerprint = this.pages.get(url);
    if (fingerprint === undefined) {
      fingerprint = digest([template, dependsOn(this.fingerprints)]);
      this.pages.set(url, fingerprint);
    }
    if (this.previous?.[url] === fingerprint) return false;
    this.rendered.add(url);
    return true;
  }

  /** The items whose pages are to be rendered in the current Eleventy run (see `batch`). */
  select<T>(template: string, items: readonly T[], pathOf: (item: T) => string, dependsOn: (item: T, f: Fingerprints) => unknown): T[] {
    let changed = 0;
    return items.filter(
      (item) => this.changed(template, pathOf(item), (f) => dependsOn(item, f)) && changed++ % this.batch.count === this.batch.index,
    );
  }

  manifest(): Omit<PageManifest, 'global'> {
    return { version: MANIFEST_VERSION, pages: Object.fromEntries([...this.pages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
  }
}
