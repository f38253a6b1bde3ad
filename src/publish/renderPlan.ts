// Which pages a build renders. Each paginated template hands its pages through `select`: with the
// previous build's manifest, only pages whose fingerprint (the digest of their model) changed are
// rendered; the rest of the site is kept as it is on disk. Without a manifest (first build, or a full
// build) everything is, and each page's fingerprint is taken when its model is made to be rendered.
// Every model is made with its reads recorded (see src/pages/reads.ts), and kept in the manifest: an
// update makes only the models of pages that are new or read something that changed.
import { ModelScope, modelDigest, type PageModel, type PageOf } from '../pages/model.ts';
import { KeyDigests, ReadLog, recordingView, VOLATILE } from '../pages/reads.ts';
import { digest, Fingerprints } from './pageFingerprints.ts';
import { PreviousReads, storeReads, type PageReads, type StoredReads } from './pageReads.ts';
import type { SiteView } from '../site/siteView.ts';

export const MANIFEST_VERSION = 2;

/** What the previous build rendered: each page's URL and fingerprint, and what each page's model read. Kept in the site directory. */
export interface PageManifest {
  version: typeof MANIFEST_VERSION;
  /** The code and settings the site was built with; another value means a full build. */
  global: string;
  pages: Record<string, string>;
  reads: StoredReads;
}

/** How many pages an update planned without making their models, and how many it made. */
export interface PlanCounts {
  kept: number;
  made: number;
}

/** The most models of changed pages an update's planning keeps for the render. */
const KEPT_MODELS = 1000;

/** The fingerprint of a page to render whose model is not made yet (a full build's, until its run). */
const PENDING = '';

export class RenderPlan {
  /** Every paginated page of this build: URL → fingerprint (PENDING until its model is made, in a full build). */
  readonly pages = new Map<string, string>();
  /** URLs of the paginated pages this build renders. */
  readonly rendered = new Set<string>();
  /**
   * Those already rendered by an earlier series of runs of this build: an update under the dev server
   * plans and renders its pages first and the files no browser reloads after (see buildSite).
   */
  private readonly done = new Set<string>();
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
  /** What the models made in this build read, and the view they read it through. */
  private readonly log = new ReadLog();
  private readonly recording: SiteView;
  /** The digests of this build's view at the keys read. */
  private readonly now: KeyDigests;
  /**
   * The models of changed pages made while planning an update, for their run to render (at most
   * KEPT_MODELS: an update that changes more makes them again in their runs, as memory is held per run).
   */
  private readonly planned = new Map<string, PageModel>();
  /** Per page whose model was made in this build: what it read (in `log`). */
  private readonly made = new Map<string, PageReads>();
  /** Per page kept unchanged without its model being made: what it read when it was (in `previousReads`). */
  private readonly kept = new Map<string, PageReads>();
  private readonly previous: PageManifest['pages'] | null;
  private readonly previousReads: PreviousReads | null;
  /**
   * With `verify`, an update makes the model of every page it keeps as well, and fails if its
   * fingerprint is not the one kept (tests: the reads recorded must cover what the models show).
   */
  private readonly verify: boolean;

  /**
   * @param previous The site being updated, or null to render everything.
   * @param options.previousReads Its reads already parsed (`PreviousReads.from`, never checked before), if at hand.
   */
  constructor(
    private readonly view: SiteView,
    previous: Pick<PageManifest, 'pages' | 'reads'> | null,
    options: { verify?: boolean; previousReads?: PreviousReads | null } = {},
  ) {
    this.fingerprints = new Fingerprints(view);
    this.previous = previous?.pages ?? null;
    this.previousReads = previous
      ? options.previousReads !== undefined
        ? options.previousReads
        : PreviousReads.from(previous.reads)
      : null;
    this.recording = recordingView(view, this.log);
    this.now = new KeyDigests(view);
    this.verify = options.verify ?? false;
  }

  /** Planning: every page is recorded (with a previous build, its model made and digested unless its reads are unchanged); `select` returns nothing. */
  startPlanning(): void {
    this.current.stage = { run: null, scope: new ModelScope(this.recording, this.lasting, this.log) };
  }

  /** The Eleventy run `run` (of `batch.count`): `select` makes the models of its share of the pages to render. */
  startRun(run: number): void {
    this.batch.index = run;
    this.current.stage = { run, scope: new ModelScope(this.recording, this.lasting, this.log) };
  }

  /** In an update: the pages kept without their models being made, and those made. */
  counts(): PlanCounts {
    return { kept: this.kept.size, made: this.made.size };
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
    const volatile = this.log.id(VOLATILE);
    const make = (page: PageOf<M>): M => {
      const { value, reads } = this.log.record(() => page.model(stage.scope));
      // A page that read the key never unchanged is made every time: what else it read need not be kept.
      this.made.set(page.path, { identity: `${template}|${page.key}`, reads: reads.includes(volatile) ? [volatile] : reads });
      return value;
    };
    if (stage.run === null) {
      for (const page of pages) {
        if (this.previous) {
          if (this.keep(template, page)) continue;
          let model: M | undefined;
          const changed = this.record(page.path, () => fingerprint((model = make(page)), page.path));
          if (changed && model && this.planned.size < KEPT_MODELS) this.planned.set(page.path, model);
        } else if (!this.pages.has(page.path)) {
          this.pages.set(page.path, PENDING);
          this.rendered.add(page.path);
        }
      }
      return [];
    }
    const models: M[] = [];
    let changed = 0;
    for (const page of pages) {
      if (!this.rendered.has(page.path) || changed++ % this.batch.count !== stage.run || this.done.has(page.path)) continue;
      this.done.add(page.path);
      const planned = this.planned.get(page.path) as M | undefined;
      this.planned.delete(page.path);
      const model = planned ?? make(page);
      if (this.pages.get(page.path) === PENDING) this.pages.set(page.path, fingerprint(model, page.path));
      models.push(model);
    }
    return models;
  }

  /**
   * Keeps the previous fingerprint of a page whose model read only keys that still have the digests
   * they had (same template and key, so the same page): its model would be the same.
   */
  private keep<M extends PageModel>(template: string, page: PageOf<M>): boolean {
    const before = this.previous?.[page.path];
    if (before === undefined || this.pages.has(page.path)) return false;
    const reads = this.previousReads?.of(page.path, `${template}|${page.key}`);
    if (!reads || !this.previousReads?.unchanged(reads, this.now)) return false;
    if (this.verify) {
      const stage = this.current.stage;
      const model = stage && page.model(new ModelScope(this.view));
      const now = model && digest(`${template} ${modelDigest(model)}`);
      if (now !== before) throw new Error(`${template}: ${page.path} was kept, but its model changed: its reads missed something it shows`);
    }
    this.pages.set(page.path, before);
    this.kept.set(page.path, reads);
    return true;
  }

  manifest(): Omit<PageManifest, 'global'> {
    for (const [url, fingerprint] of this.pages) if (fingerprint === PENDING) throw new Error(`${url}: planned but never rendered`);
    return {
      version: MANIFEST_VERSION,
      pages: Object.fromEntries([...this.pages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
      reads: storeReads(this.log, this.made, this.kept, this.previousReads, this.now),
    };
  }
}
