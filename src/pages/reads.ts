// What each page model read from the site view, so that a rebuild makes again only the models whose
// reads changed. A model is made from `scope.view` alone (see ModelScope), and in a build that records,
// that view is a recording one: each lookup notes a key (`e|<entry id>`, `th|<entry id>`, `lp|person|<slug>|<path>` …)
// that names what it returned, and the key's digest (taken from the view by the same lookup) stands
// for that value. What many pages share (an entry card, a calendar) is a node: its reads are recorded
// once, and a page that shows it reads the node. A page whose keys all have the digests they had when
// its model was last made has the same model: a model is a function of its page and of what it read.
import { digest, entryContentDigest, entryDigest } from '../cache/entryDigest.ts';
import type { ListingKind, SiteView } from '../site/siteView.ts';

/** A key every lookup of the whole site records (the list of every entry, every person …): it is never unchanged. */
export const VOLATILE = '*';

/**
 * The keys a view lookup can record, each with what it reads (by its arguments, from a view) and how
 * that value is digested. The recording view and the check of a previous build's reads use the same
 * `read`, so a key's digest covers exactly what the lookup returned.
 */
const KEYS = {
  e: { read: (v: SiteView, id: string) => entryDigestOf(v, id) },
  ec: { read: (v: SiteView, id: string) => entryContentOf(v, id) },
  p: { read: (v: SiteView, slug: string) => v.person(slug) },
  pl: { read: (v: SiteView, slug: string) => v.place(slug) },
  t: { read: (v: SiteView, slug: string) => v.topic(slug) },
  a: { read: (v: SiteView, id: string) => articleValue(v, id) },
  as: { read: (v: SiteView, id: string) => v.articleSummary(id) },
  d: { read: (v: SiteView, date: string) => v.day(date) },
  m: { read: (v: SiteView, month: string) => v.month(month) },
  dp: { read: (v: SiteView, date: string) => v.datePath(date) },
  of: { read: (v: SiteView, id: string) => v.outletOfArticle(id) },
  oa: { read: (v: SiteView, id: string) => v.outletRefOf(id) },
  or: { read: (v: SiteView, slug: string) => v.outletRef(slug) },
  stn: { read: (v: SiteView, pair: string) => pairOf(v, pair, (speaker, topic) => v.speakerTopicNames(speaker, topic)) },
  ms: { read: (v: SiteView, month: string) => v.monthSummary(month) },
  sp: { read: (v: SiteView, slug: string) => v.speakerPath(slug) },
  ts: { read: (v: SiteView, slug: string) => v.topicsOf(slug) },
  so: { read: (v: SiteView, slug: string) => v.speakersOn(slug) },
  th: { read: (v: SiteView, id: string) => v.timelineHref(id) },
  hp: { read: (v: SiteView, slug: string) => v.hasPerson(slug) },
  hpl: { read: (v: SiteView, slug: string) => v.hasPlace(slug) },
  ht: { read: (v: SiteView, slug: string) => v.hasTopic(slug) },
  pr: { read: (v: SiteView, slug: string) => v.personRef(slug) },
  plr: { read: (v: SiteView, slug: string) => v.placeRef(slug) },
  tr: { read: (v: SiteView, slug: string) => v.topicRef(slug) },
  pw: { read: (v: SiteView, slug: string) => v.placesWithin(slug) },
  o: { read: (v: SiteView, slug: string) => v.outlet(slug) },
  st: { read: (v: SiteView, pair: string) => pairOf(v, pair, (speaker, topic) => v.speakerTopic(speaker, topic)) },
  tp: { read: (v: SiteView, path: string) => v.timelinePage(path) },
  tn: { read: (v: SiteView, path: string) => v.timelineNeighbours(path) },
  l: { read: (v: SiteView, listing: string) => listingOf(v, listing) },
  lp: { read: (v: SiteView, listingPage: string) => listingPageOf(v, listingPage) },
} satisfies Record<string, { read: (v: SiteView, arg: string) => unknown }>;

type KeyKind = keyof typeof KEYS;

/** An entry stands as its digest (kept with the extraction), or undefined when the view has none. */
function entryDigestOf(v: SiteView, id: string): string | undefined {
  try {
    return entryDigest(v.entry(id)).slice(0, 16);
  } catch {
    return undefined;
  }
}

/** An entry without its sources stands as its digest (kept with the extraction), or undefined when the view has none. */
function entryContentOf(v: SiteView, id: string): string | undefined {
  try {
    return entryContentDigest(v.entryContent(id));
  } catch {
    return undefined;
  }
}

/** An article's page data as a model can read it: its text stands as its content hash (the blocks are read lazily). */
function articleValue(v: SiteView, id: string): unknown {
  const a = v.article(id);
  return a && [a.summary, a.entries, a.entriesByAnchor, a.posts, a.contentHash];
}

/** A lookup of a speaker × topic pair, by `<speaker> <topic>`. */
function pairOf(v: SiteView, pair: string, lookup: (speaker: string, topic: string) => unknown): unknown {
  const [speaker = '', topic = ''] = pair.split(' ');
  return lookup(speaker, topic);
}

/** `<kind> <slug>` (a speaker × topic's slug is `<speaker> <topic>`). */
function listingOf(v: SiteView, listing: string): unknown {
  const at = listing.indexOf(' ');
  return v.listing(listing.slice(0, at) as ListingKind, listing.slice(at + 1));
}

/** `<kind>|<slug>|<path>`. */
function listingPageOf(v: SiteView, key: string): unknown {
  const [kind = '', slug = '', path = ''] = key.split('|');
  return v.listingPage(kind as ListingKind, slug, path);
}

/** The digest of what a key's lookup returns from `view`, or null for a key no lookup makes. */
export function keyDigest(view: SiteView, key: string): string | null {
  if (key === VOLATILE) return null;
  const at = key.indexOf('|');
  const kind = key.slice(0, at);
  if (!Object.hasOwn(KEYS, kind)) return null;
  const read: (v: SiteView, arg: string) => unknown = KEYS[kind as KeyKind].read;
  const value = read(view, key.slice(at + 1));
  if (value === undefined) return '-';
  if (typeof value === 'boolean' || typeof value === 'number') return `=${value}`;
  if (typeof value === 'string') return value.length <= 40 && !value.includes('\n') ? `=${value}` : short(value);
  return short(JSON.stringify(value));
}

/** 96 bits of a SHA-1, enough to tell a key's value from its previous one (and a third of the manifest's size). */
function short(text: string): string {
  return digest(text).slice(0, 16);
}

/** Key digests of one view, each worked out once. */
export class KeyDigests {
  private readonly known = new Map<string, string | null>();
  constructor(private readonly view: SiteView) {}

  of(key: string): string | null {
    let d = this.known.get(key);
    if (d === undefined) {
      d = keyDigest(this.view, key);
      this.known.set(key, d);
    }
    return d;
  }
}

/** A node's name starts with this: its reads are those of the shared part it names. */
const NODE = '@';

/**
 * The keys and nodes read in one build, by number, and what each node read. Reads go to the context
 * on top (a page's model being made, or a shared part within it); none is open outside a model.
 */
export class ReadLog {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  /** Node number → the numbers it read. */
  readonly nodes = new Map<number, readonly number[]>();
  private readonly open: Array<Set<number>> = [];

  /** The number of a key or node name. */
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  read(key: string): void {
    const top = this.open.at(-1);
    if (top && !this.readsAll(top)) top.add(this.id(key));
  }

  /**
   * The context read the key that is never unchanged: what else it reads need not be noted (it is made
   * in every build whatever else it read; the home page and the site's facets read thousands of keys).
   */
  private readsAll(context: Set<number>): boolean {
    const volatile = this.ids.get(VOLATILE);
    return volatile !== undefined && context.has(volatile);
  }

  /** Makes something, recording what it reads; returns it with the numbers it read. */
  record<T>(make: () => T): { value: T; reads: number[] } {
    const reads = new Set<number>();
    this.open.push(reads);
    try {
      return { value: make(), reads: [...reads] };
    } finally {
      this.open.pop();
    }
  }

  /** A shared part named `name` (an entry card) made now: its reads become the node's. */
  makeNode<T>(name: string, make: () => T): T {
    const { value, reads } = this.record(make);
    const id = this.id(NODE + name);
    this.nodes.set(id, reads);
    if (reads.length > 0) this.open.at(-1)?.add(id);
    return value;
  }

  /** A shared part made before is shown again: whoever shows it reads its node. */
  readNode(name: string): void {
    const top = this.open.at(-1);
    if (!top || this.readsAll(top)) return;
    const id = this.ids.get(NODE + name);
    if (id === undefined) throw new Error(`shared part ${name} was made without being recorded`);
    if ((this.nodes.get(id)?.length ?? 0) > 0) top.add(id);
  }

  isNode(id: number): boolean {
    return this.names[id]?.startsWith(NODE) ?? false;
  }
}

/**
 * The site view as page models see it while their reads are recorded: every lookup notes its key in
 * `log`; lookups of the whole site (every entry, every person, the site data) note `VOLATILE`.
 */
export function recordingView(view: SiteView, log: ReadLog): SiteView {
  const read =
    <A extends string, R>(kind: KeyKind, lookup: (arg: A) => R) =>
    (arg: A): R => {
      log.read(`${kind}|${arg}`);
      return lookup(arg);
    };
  const whole = <T>(get: () => T) => ({
    get: () => {
      log.read(VOLATILE);
      return get();
    },
    enumerable: true,
  });
  const recording: Omit<
    SiteView,
    'data' | 'entries' | 'outlets' | 'months' | 'speakerTopics' | 'peopleQuoted' | 'timelinePages' | 'latest'
  > = {
    entry: read('e', (id: string) => view.entry(id)),
    entryContent: read('ec', (id: string) => view.entryContent(id)),
    entryPeriod: read('ec', (id: string) => view.entryPeriod(id)),
    person: read('p', (slug: string) => view.person(slug)),
    place: read('pl', (slug: string) => view.place(slug)),
    topic: read('t', (slug: string) => view.topic(slug)),
    article: read('a', (id: string) => view.article(id)),
    articleSummary: read('as', (id: string) => view.articleSummary(id)),
    day: read('d', (date: string) => view.day(date)),
    month: read('m', (month: string) => view.month(month)),
    datePath: read('dp', (date: string) => view.datePath(date)),
    outletOfArticle: read('of', (id: string) => view.outletOfArticle(id)),
    outletRefOf: read('oa', (id: string) => view.outletRefOf(id)),
    outletRef: read('or', (slug: string) => view.outletRef(slug)),
    speakerTopicNames: (speaker, topic) => {
      log.read(`stn|${speaker} ${topic}`);
      return view.speakerTopicNames(speaker, topic);
    },
    monthSummary: read('ms', (month: string) => view.monthSummary(month)),
    speakerPath: read('sp', (slug: string) => view.speakerPath(slug)),
    topicsOf: read('ts', (slug: string) => view.topicsOf(slug)),
    speakersOn: read('so', (slug: string) => view.speakersOn(slug)),
    timelineHref: read('th', (id: string) => view.timelineHref(id)),
    hasPerson: read('hp', (slug: string) => view.hasPerson(slug)),
    hasPlace: read('hpl', (slug: string) => view.hasPlace(slug)),
    hasTopic: read('ht', (slug: string) => view.hasTopic(slug)),
    personRef: read('pr', (slug: string) => view.personRef(slug)),
    placeRef: read('plr', (slug: string) => view.placeRef(slug)),
    topicRef: read('tr', (slug: string) => view.topicRef(slug)),
    placesWithin: read('pw', (slug: string) => view.placesWithin(slug)),
    outlet: read('o', (slug: string) => view.outlet(slug)),
    speakerTopic: (speaker, topic) => {
      log.read(`st|${speaker} ${topic}`);
      return view.speakerTopic(speaker, topic);
    },
    timelinePage: read('tp', (path: string) => view.timelinePage(path)),
    timelineNeighbours: read('tn', (path: string) => view.timelineNeighbours(path)),
    listing: (kind, slug) => {
      log.read(`l|${kind} ${slug}`);
      return view.listing(kind, slug);
    },
    listingPage: (kind, slug, path) => {
      log.read(`lp|${kind}|${slug}|${path}`);
      return view.listingPage(kind, slug, path);
    },
    keyMoments: () => {
      log.read(VOLATILE);
      return view.keyMoments();
    },
  };
  return Object.defineProperties(recording, {
    data: whole(() => view.data),
    entries: whole(() => view.entries),
    outlets: whole(() => view.outlets),
    months: whole(() => view.months),
    speakerTopics: whole(() => view.speakerTopics),
    peopleQuoted: whole(() => view.peopleQuoted),
    timelinePages: whole(() => view.timelinePages),
    latest: whole(() => view.latest),
  }) as SiteView;
}
