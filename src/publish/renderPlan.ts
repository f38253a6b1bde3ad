// Which pages a build renders. Each paginated template hands its page models through `select`: with
// the previous build's manifest, only pages whose fingerprint (the digest of their model) changed are
// rendered; the rest of the site is kept as it is on disk. Without a manifest (first build, or a full
// build) everything is.
import { modelDigest, type PageModel } from '../pages/model.ts';
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
  /** Entry digests, for the JSON exports (pages are fingerprinted by their models). */
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
   * Records a file's fingerprint and says whether it is to be rendered (it changed, or there is no
   * previous build). `dependsOn` is everything the file holds, as digests (the JSON exports).
   */
  changed(template: string, url: string, dependsOn: (f: Fingerprints) => unknown): boolean {
    return this.record(url, () => digest([template, dependsOn(this.fingerprints)]));
  }

  private record(url: string, fingerprintOf: () => string): boolean {
    let fingerprint = this.pages.get(url);
    if (fingerprint === undefined) {
      fingerprint = fingerprintOf();
      this.pages.set(url, fingerprint);
    }
    if (this.previous?.[url] === fingerprint) return false;
    this.rendered.add(url);
    return true;
  }

  /** The page models whose pages are to be rendered in the current Eleventy run (see `batch`); a page's fingerprint is its model's digest. */
  select<M extends PageModel>(template: string, models: readonly M[]): M[] {
    let changed = 0;
    return models.filter(
      (model) =>
        this.record(model.path, () => digest(`${template} ${modelDigest(model)}`)) && changed++ % this.batch.count === this.batch.index,
    );
  }

  manifest(): Omit<PageManifest, 'global'> {
    return { version: MANIFEST_VERSION, pages: Object.fromEntries([...this.pages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
  }
}
