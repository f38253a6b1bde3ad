// Which pages a build renders. Each paginated template hands its pages through `select`: with the
// previous build's manifest, only pages whose fingerprint (the digest of their model) changed are
// rendered; the rest of the site is kept as it is on disk. Without a manifest (first build, or a full
// build) everything is, and each page's fingerprint is taken when its model is made to be rendered.
import { ModelScope, modelDigest, type PageModel, type PageOf } from '../pages/model.ts';
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

/** The fingerprint of a page to render whose model is not made yet (a full build's, until its run). */
const PENDING = '';

export class RenderPlan {
  /** Every paginated page of this build: URL → fingerprint (PENDING until its model is made, in a full build). */
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
  /**
   * What the models being made share (see ModelScope): one scope while planning, one per Eleventy run,
   * each dropped when its stage ends (`endStage`), so that no run keeps another's models. (In an
   * object of its own: the plan is frozen while Eleventy holds it.)
   */
  private readonly current: { stage: { run: number | null; scope: ModelScope } | null } = { stage: null };
  /** What the scopes of every stage share (see ModelScope.lasting): for the build's lifetime. */
  private readonly lasting = new Map<string, unknown>();

  /** @param previous The pages of the site being updated, or null to render everything. */
  constructor(
    private readonly view: SiteView,
    private readonly previous: PageManifest['pages'] | null,
  ) {
    this.fingerprints = new Fingerprints(view);
  }

  /** Planning: every page is recorded (with a previous build, its model made and digested); `select` returns nothing. */
  startPlanning(): void {
    this.current.stage = { run: null, scope: new ModelScope(this.view, this.lasting) };
  }

  /** The Eleventy run `run` (of `batch.count`): `select` makes the models of its share of the pages to render. */
  startRun(run: number): void {
    this.batch.index = run;
    this.current.stage = { run, scope: new ModelScope(this.view, this.lasting) };
  }

  /** The models made in the stage, and what they share, can go. */
  endStage(): void {
    this.current.stage = null;
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

  /**
   * While planning, records `template`'s pages and returns none. In an Eleventy run, returns the
   * models of the run's share of the pages to render (see `batch`), made now. A page's fingerprint is
   * its model's digest.
   */
  select<M extends PageModel>(template: string, pages: ReadonlyArray<PageOf<M>>): M[] {
    const stage = this.current.stage;
    if (!stage) throw new Error(`${template}: pages selected outside planning and the render runs`);
    const fingerprint = (model: M, path: string) => {
      if (model.path !== path) throw new Error(`${template}: the model of ${path} is at ${model.path}`);
      return digest(`${template} ${modelDigest(model)}`);
    };
    if (stage.run === null) {
      for (const page of pages) {
        if (this.previous) this.record(page.path, () => fingerprint(page.model(stage.scope), page.path));
        else if (!this.pages.has(page.path)) {
          this.pages.set(page.path, PENDING);
          this.rendered.add(page.path);
        }
      }
      return [];
    }
    const models: M[] = [];
    let changed = 0;
    for (const page of pages) {
      if (!this.rendered.has(page.path) || changed++ % this.batch.count !== stage.run) continue;
      const model = page.model(stage.scope);
      if (this.pages.get(page.path) === PENDING) this.pages.set(page.path, fingerprint(model, page.path));
      models.push(model);
    }
    return models;
  }

  manifest(): Omit<PageManifest, 'global'> {
    for (const [url, fingerprint] of this.pages) if (fingerprint === PENDING) throw new Error(`${url}: planned but never rendered`);
    return { version: MANIFEST_VERSION, pages: Object.fromEntries([...this.pages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
  }
}
