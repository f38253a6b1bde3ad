// What every page model is made of, and how a model becomes a page's fingerprint. A page model is a
// plain object holding everything its page shows (names, dates, paths, counts, the entries as shown);
// its template renders it and nothing else, so a page whose model is unchanged is unchanged.
import { hash } from 'node:crypto';
import { digest } from '../cache/entryDigest.ts';
import type { SiteView } from '../site/siteView.ts';
import type { ReadLog } from './reads.ts';

/** Every page model: the page's URL path (root-relative; templates add the path prefix). */
export interface PageModel {
  path: string;
}

/**
 * A page of a page kind: its path and the small key that names what it is (a person's slug and page,
 * a day), known at once, and how its model is made, only when asked (to digest it when planning, to
 * render it in an Eleventy run). The model is made in a scope (see ModelScope), from `scope.view`
 * alone: it is a function of the page's key and of what it reads there (see reads.ts), so `model`
 * must capture nothing of the site data when the pages are listed.
 */
export interface PageOf<M extends PageModel> {
  readonly path: string;
  /** What the page is, within its page kind: with the template's name, the same page from build to build. */
  readonly key: string;
  model(scope: ModelScope): M;
}

/**
 * What the page models made in one stage of a build share (the entry cards, the calendars, the feed
 * items), for that stage's lifetime: the planning, or one Eleventy run. Dropped with the stage, so that
 * a stage's shared models do not outlive it. With a read log, each shared part is a node of it: what it
 * read is recorded when it is made, and read again by every model that shows it.
 */
export class ModelScope {
  private readonly made = new Map<string, unknown>();
  /**
   * @param kept What the build keeps for all its stages (see `lasting`); by default, this scope's alone.
   * @param reads Where the models' reads are recorded (with `view` a recording view), or null.
   */
  constructor(
    readonly view: SiteView,
    private readonly kept = new Map<string, unknown>(),
    private readonly reads: ReadLog | null = null,
  ) {}

  /** What is made once per scope, by name (a name says what it is: `cf|<id>`, an entry's full card). */
  once<T>(name: string, make: (scope: ModelScope) => T): T {
    return this.shared(this.made, name, make);
  }

  /**
   * What is made once per build, by name, and kept for all its stages: small parts that the models
   * of every stage share (an entry card's head), which each stage would otherwise make again.
   */
  lasting<T>(name: string, make: (scope: ModelScope) => T): T {
    return this.shared(this.kept, name, make);
  }

  private shared<T>(cache: Map<string, unknown>, name: string, make: (scope: ModelScope) => T): T {
    if (cache.has(name)) {
      this.reads?.readNode(name);
      return cache.get(name) as T;
    }
    const value = this.reads ? this.reads.makeNode(name, () => make(this)) : make(this);
    cache.set(name, value);
    return value;
  }
}

/** A name that links to its page, or plain text when the site has no page for it. */
export interface Link {
  name: string;
  path: string | null;
}

/** "Marco Rubio (12)". */
export interface CountedLink extends Link {
  count: number;
}

const sha1 = (text: string) => hash('sha1', text, 'base64url');

/**
 * Marks a sub-model that many pages show (an entry card, a month's calendar): it is digested once,
 * now, and from then on stands in any model's JSON as that digest (a `toJSON` that is not
 * enumerable), so a page's digest covers it without serialising it again. Shared models are not
 * changed once made.
 */
export function shared<T extends object>(model: T): T {
  const own = sha1(JSON.stringify(model));
  Object.defineProperty(model, 'toJSON', { value: () => own, enumerable: false });
  return model;
}

/**
 * A digest of a model: its JSON, with each shared sub-model as its digest. Covers every
 * enumerable field, so whatever a template reads from its model is in its page's fingerprint.
 */
export function modelDigest(model: object): string {
  return sha1(JSON.stringify(model));
}

export { digest };

/** Names in English order: `byName(a, b)` is `a.localeCompare(b, 'en')`, without a collator made per call. */
export const byName = new Intl.Collator('en').compare;

/**
 * What is worked out from the site data once per site data, by name (the lists of pages, shared tables).
 * Kept in this module, not in a template's: Eleventy imports a template afresh for every run, and
 * modules are never freed, so a cache held by the template would keep a copy per run.
 */
const derived = new WeakMap<SiteView, Map<string, unknown>>();
export function oncePerView<T>(view: SiteView, name: string, compute: (view: SiteView) => T): T {
  let byName = derived.get(view);
  if (!byName) derived.set(view, (byName = new Map()));
  if (!byName.has(name)) byName.set(name, compute(view));
  return byName.get(name) as T;
}
