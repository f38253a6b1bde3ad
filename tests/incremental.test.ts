// Incremental rebuilds: after adding, editing or removing an article (or editing the knowledge
// files), the site updated in place must be byte for byte the site a full build makes, while only
// the pages whose inputs changed are rendered again.
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { generateCorpus, type GeneratedFile } from '../src/bench/generateCorpus.ts';
import { fingerprintContentDir, fingerprintOf } from '../src/cache/contentFingerprints.ts';
import { loadSeedArticles, materialFromArticles } from '../src/bench/material.ts';
import { KnowledgeMemory, loadKnowledge } from '../src/knowledge/loadKnowledge.ts';
import { QuoteMerger } from '../src/model/mergeRepeatedQuotes.ts';
import { PublishedSite } from '../src/publish/publishedSite.ts';
import { hashTree } from './helpers/buildInto.ts';
import { buildSite, type BuildSiteOptions, type BuildSummary } from '../src/publish/buildSite.ts';
import { buildSiteData, type BuildMemory } from '../src/pipeline/buildSiteData.ts';
import { siteConfigFromEnv } from '../src/site/siteConfig.ts';

const SEEDS = 'content/articles';
const KNOWLEDGE = 'content/knowledge';

let work: string;

before(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'newsline-incremental-'));
});

after(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** Every file of a site and a hash of its bytes. */
const snapshot = (dir: string): Promise<Map<string, string>> => hashTree(dir);

function assertSameSite(actual: Map<string, string>, expected: Map<string, string>, what: string): void {
  const missing = [...expected.keys()].filter((f) => !actual.has(f));
  const extra = [...actual.keys()].filter((f) => !expected.has(f));
  const differ = [...expected.keys()].filter((f) => actual.has(f) && actual.get(f) !== expected.get(f));
  assert.deepEqual(
    { missing, extra, differ },
    { missing: [], extra: [], differ: [] },
    `${what}: the updated site differs from a full build`,
  );
}

interface Project {
  search: boolean;
  /** Updates that reported their pages live (onPagesReady). */
  ready: number;
  memory: BuildMemory;
  content: string;
  knowledge: string;
  cache: string;
  /** The site updated in place, build after build. */
  site: string;
}

async function project(name: string, files: Array<{ name: string; content: string }>, search: boolean): Promise<Project> {
  const root = path.join(work, name);
  const p = {
    search,
    ready: 0,
    memory: new Map() as BuildMemory,
    content: path.join(root, 'articles'),
    knowledge: path.join(root, 'knowledge'),
    cache: path.join(root, 'cache'),
    site: path.join(root, 'site'),
  };
  await cp(KNOWLEDGE, p.knowledge, { recursive: true });
  await mkdir(p.content, { recursive: true });
  for (const f of files) await writeFile(path.join(p.content, f.name), f.content);
  return p;
}

/** The seeds' project also builds the search index: its unchanged shards are kept, and must equal a full build's too. */
// The updates keep parse/extract results in memory and one site configuration from build to build,
// as `npm start` does (render caches must not outlive the build they belong to).
const SITE = Object.freeze(siteConfigFromEnv());
function build(p: Project, outDir: string, full: boolean): Promise<BuildSummary> {
  // The seeds' updates also go live in two parts, pages first, as under `npm start` (see onPagesReady).
  const twoParts = p.search ? { onPagesReady: () => p.ready++ } : {};
  return buildSite({
    outDir,
    contentDir: p.content,
    knowledgeDir: p.knowledge,
    cacheDir: p.cache,
    full,
    search: p.search,
    quietEleventy: true,
    // An update also checks each page it keeps by its reads against its model made afresh.
    ...(full ? {} : { memory: p.memory, site: SITE, verifyReads: true, ...twoParts }),
  });
}

/** Updates the project's site in place, builds a fresh full site beside it, and compares them. */
async function updateAndCompare(p: Project, what: string): Promise<BuildSummary> {
  const updated = await build(p, p.site, false);
  const fresh = path.join(path.dirname(p.site), 'full');
  await rm(fresh, { recursive: true, force: true });
  const full = await build(p, fresh, true);
  assertSameSite(await snapshot(p.site), await snapshot(fresh), what);
  assert.equal(updated.pages, full.pages, `${what}: page count`);
  assert.equal(full.rendered, full.pages, 'a full build renders every page');
  return updated;
}

type SeedFile = { name: string; content: string };

async function seedFiles(): Promise<SeedFile[]> {
  const names = (await readdir(SEEDS)).filter((n) => n.endsWith('.md')).sort();
  return Promise.all(names.map(async (name) => ({ name, content: await readFile(path.join(SEEDS, name), 'utf8') })));
}

/** A project of the seeds, searchable, without its third article: held back for the test to add. */
async function projectHoldingOne(name: string): Promise<{ p: Project; held: SeedFile; seeds: SeedFile[] }> {
  const seeds = await seedFiles();
  const held = seeds[2] as SeedFile;
  return {
    p: await project(
      name,
      seeds.filter((s) => s !== held),
      true,
    ),
    held,
    seeds,
  };
}

test('seeds: adding, editing and removing articles, and editing knowledge, update the site exactly', async () => {
  const { p, held, seeds } = await projectHoldingOne('seeds');
  const first = await build(p, p.site, false);
  assert.equal(first.rendered, first.pages, 'the first build renders everything');

  const unchanged = await updateAndCompare(p, 'nothing changed');
  assert.ok(unchanged.rendered <= 12, `with nothing changed only the few overview pages are rendered (rendered ${unchanged.rendered})`);

  await writeFile(path.join(p.content, held.name), held.content);
  const added = await updateAndCompare(p, 'article added');
  assert.ok(added.rendered < added.pages, `adding an article renders only some pages (${added.rendered} of ${added.pages})`);

  const edited = seeds[0] as { name: string; content: string };
  const text = edited.content.replace(/^title: .*$/m, 'title: "An edited title"').replace('Trump', 'President Trump');
  assert.notEqual(text, edited.content);
  await writeFile(path.join(p.content, edited.name), text);
  await updateAndCompare(p, 'article edited');

  await rm(path.join(p.content, (seeds[4] as { name: string }).name));
  const removed = await updateAndCompare(p, 'article removed');
  assert.ok(removed.rendered < removed.pages);

  const peopleFile = path.join(p.knowledge, 'people.yaml');
  const people = await readFile(peopleFile, 'utf8');
  const renamed = people.replace(/Secretary of State/, 'US Secretary of State');
  assert.notEqual(renamed, people, 'the knowledge edit changes something');
  await writeFile(peopleFile, renamed);
  await updateAndCompare(p, 'knowledge edited');

  // An editor's correction (content/corrections.yaml beside the articles) changes the pages that show the quote.
  const corrected = (held.name as string).replace(/\.md$/, '');
  await writeFile(
    path.join(path.dirname(p.content), 'corrections.yaml'),
    `- article: ${corrected}\n  quote: the American people desire\n  speaker: Volodymyr Zelensky\n  date: 2025-04-17\n`,
  );
  const withCorrection = await updateAndCompare(p, 'correction added');
  assert.ok(
    withCorrection.rendered > 0 && withCorrection.rendered < withCorrection.pages,
    `a correction renders some pages (${withCorrection.rendered})`,
  );
  assert.equal(p.ready, 7, 'every update said once that its pages were live');
});

/** Counts the updates planned from the manifest remembered in memory rather than read from the site. */
class CountingPublishedSite extends PublishedSite {
  taken = 0;
  override async take(file: string, global: string): ReturnType<PublishedSite['take']> {
    const kept = await super.take(file, global);
    if (kept) this.taken++;
    return kept;
  }
}

test('the dev server path: rebuilds in one process, keeping what it keeps between them, leave the site a full build makes', async () => {
  const { p, held, seeds } = await projectHoldingOne('dev-server');
  // What `npm start` keeps for its lifetime (src/cli/serve.ts): extraction results, the quote merge, the
  // knowledge, and the site it published last (whose manifest it does not read back).
  const session: Pick<BuildSiteOptions, 'memory' | 'quoteMerger' | 'knowledgeMemory'> & { published: CountingPublishedSite } = {
    memory: p.memory,
    quoteMerger: new QuoteMerger(),
    knowledgeMemory: new KnowledgeMemory(),
    published: new CountingPublishedSite(),
  };
  const options = { contentDir: p.content, knowledgeDir: p.knowledge, cacheDir: p.cache, site: SITE, quietEleventy: true };
  const rebuild = async (what: string): Promise<BuildSummary> => {
    let ready = 0;
    const updated = await buildSite({ ...options, ...session, outDir: p.site, verifyReads: true, onPagesReady: () => ready++ });
    assert.equal(ready, 1, `${what}: the pages went live once`);
    const fresh = path.join(path.dirname(p.site), 'full');
    await rm(fresh, { recursive: true, force: true });
    const full = await buildSite({ ...options, outDir: fresh, full: true });
    assertSameSite(await snapshot(p.site), await snapshot(fresh), `dev server, ${what}`);
    assert.equal(updated.pages, full.pages, `${what}: page count`);
    return updated;
  };
  const first = await rebuild('first build');
  assert.equal(first.rendered, first.pages, 'the first build renders everything');

  await writeFile(path.join(p.content, held.name), held.content);
  const added = await rebuild('article added');
  assert.ok(added.rendered < added.pages, `adding an article renders only some pages (${added.rendered} of ${added.pages})`);

  const edited = seeds[0] as { name: string; content: string };
  await writeFile(
    path.join(p.content, edited.name),
    edited.content.replace(/^title: .*$/m, 'title: "An edited title"').replace('Trump', 'President Trump'),
  );
  await rebuild('article edited');

  // A one-shot build of the same site meanwhile: the manifest the server remembers is no longer the
  // one on disk, and its next rebuild reads the site's own.
  await buildSite({ ...options, outDir: p.site, full: true });
  await rm(path.join(p.content, (seeds[4] as { name: string }).name));
  const removed = await rebuild('article removed, after a one-shot build of the site');
  assert.ok(removed.rendered < removed.pages);

  const peopleFile = path.join(p.knowledge, 'people.yaml');
  const people = await readFile(peopleFile, 'utf8');
  const renamed = people.replace('- name: Marco Rubio', '- name: Marco A. Rubio');
  assert.notEqual(renamed, people, 'the rename changes people.yaml');
  await writeFile(peopleFile, renamed);
  const afterRename = await rebuild('person renamed');
  assert.ok(afterRename.rendered > 0 && afterRename.rendered < afterRename.pages, `a rename renders some pages (${afterRename.rendered})`);
  const unchanged = await rebuild('nothing changed');
  // Every update but the one after the one-shot build planned from the manifest kept in memory.
  assert.equal(session.published.taken, 4, 'updates planned from the manifest kept in memory');
  assert.ok(unchanged.rendered <= 12, `with nothing changed only the few overview pages are rendered (rendered ${unchanged.rendered})`);
});

test('entry digests kept in the cache that do not fit their entries are taken again: the site is the same', async () => {
  const seeds = await seedFiles();
  const p = await project('kept-digests', seeds, false);
  await build(p, p.site, false);
  // Each record's digests spoilt another way: missing, too few, not strings, empty.
  const spoil: Array<(record: Record<string, unknown>) => void> = [
    (r) => delete r.contentDigests,
    (r) => (r.contentDigests = (r.contentDigests as string[]).slice(1)),
    (r) => (r.contentDigests = (r.contentDigests as string[]).map((_, i) => i)),
    (r) => (r.entryDigests = (r.entryDigests as string[]).map(() => '')),
  ];
  let spoilt = 0;
  for (const name of await readdir(p.cache)) {
    const file = path.join(p.cache, name);
    const record = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    if (!Array.isArray(record.contentDigests) || record.contentDigests.length < 2) continue;
    spoil[spoilt++ % spoil.length]?.(record);
    await writeFile(file, JSON.stringify(record));
  }
  assert.ok(spoilt >= spoil.length, `every way of spoiling the digests is tried (${spoilt} records)`);
  p.memory = new Map();
  const edited = seeds[1] as { name: string; content: string };
  await writeFile(path.join(p.content, edited.name), edited.content.replace(/^title: .*$/m, 'title: "Another title"'));
  await updateAndCompare(p, 'digests spoilt in the cache');
  // And the same as a build that keeps nothing at all.
  const uncached = path.join(work, 'kept-digests', 'uncached');
  await buildSite({
    outDir: uncached,
    contentDir: p.content,
    knowledgeDir: p.knowledge,
    cacheDir: null,
    full: true,
    search: false,
    quietEleventy: true,
  });
  assertSameSite(await snapshot(p.site), await snapshot(uncached), 'digests spoilt in the cache, against a build without a cache');
});

test('rendering in several Eleventy runs (bounded memory) gives the same site as one run', async () => {
  const p = await project('batches', await seedFiles(), false);
  const one = await buildSite({
    outDir: path.join(work, 'batches', 'one'),
    contentDir: p.content,
    knowledgeDir: p.knowledge,
    cacheDir: p.cache,
    search: false,
    quietEleventy: true,
  });
  const many = await buildSite({
    outDir: path.join(work, 'batches', 'many'),
    contentDir: p.content,
    knowledgeDir: p.knowledge,
    cacheDir: p.cache,
    search: false,
    quietEleventy: true,
    pagesPerRun: 40,
  });
  assert.equal(many.pages, one.pages);
  assert.equal(one.renderRuns, 1);
  assert.ok(many.renderRuns > 2, `${many.renderRuns} runs`);
  assertSameSite(
    await snapshot(path.join(work, 'batches', 'many')),
    await snapshot(path.join(work, 'batches', 'one')),
    'rendered in runs of 40 pages',
  );
});

test('a synthetic corpus: an article dated in the middle shifts later pages, and only those are rendered', async () => {
  const material = materialFromArticles(await loadSeedArticles(SEEDS), await loadKnowledge(KNOWLEDGE));
  const corpus: GeneratedFile[] = generateCorpus(material, { count: 61 });
  const p = await project(
    'synthetic',
    corpus.slice(0, 60).map((f) => ({ name: f.name, content: f.content })),
    false,
  );
  const first = await build(p, p.site, false);
  const extra = corpus[60] as GeneratedFile;
  await writeFile(path.join(p.content, extra.name), extra.content);
  const added = await updateAndCompare(p, 'synthetic article added');
  assert.ok(added.rendered < first.pages / 2, `rendered ${added.rendered} of ${added.pages} pages`);

  // The same again, for a second article that reports the same quotes (repeated quotes merge).
  const repeat = corpus[5] as GeneratedFile;
  await writeFile(
    path.join(p.content, repeat.name.replace(/\.md$/, '-repeat.md')),
    repeat.content
      .replace(/^url: .*$/m, 'url: "https://example.org/repeat"')
      .replace(/\n\n/, '\n\nA new opening paragraph of the repeat.\n\n'),
  );
  await updateAndCompare(p, 'repeated quotes added');
});

test('worker threads give the same data as the main thread, and fill the same cache', async () => {
  const p = await project('workers', await seedFiles(), false);
  const options = { contentDir: p.content, knowledgeDir: p.knowledge };
  const main = await buildSiteData({ ...options, cacheDir: path.join(p.cache, 'main'), workers: 0 });
  const progress: number[] = [];
  const threaded = await buildSiteData({
    ...options,
    cacheDir: path.join(p.cache, 'threads'),
    workers: 2,
    onProgress: (done) => progress.push(done),
  });
  assert.deepEqual(
    progress,
    main.articles.map((_a, i) => i + 1),
    'progress is reported as results arrive',
  );
  assert.equal(threaded.stats.cacheMisses, main.articles.length);
  assert.deepEqual(JSON.parse(JSON.stringify(threaded)), {
    ...JSON.parse(JSON.stringify(main)),
    stats: { ...JSON.parse(JSON.stringify(main.stats)), millis: threaded.stats.millis },
  });
  // Each result was stored as it came: a second build finds every article in the cache.
  const again = await buildSiteData({ ...options, cacheDir: path.join(p.cache, 'threads'), workers: 2 });
  assert.equal(again.stats.cacheHits, main.articles.length);
  assert.deepEqual(again.timeline, main.timeline);
});

test('content files unchanged since they were hashed are not read again; changed or just-written ones are', async () => {
  const p = await project('fingerprints', await seedFiles(), false);
  const names = (await readdir(p.content)).sort();
  const lastWeek = new Date(Date.now() - 7 * 86_400_000);
  for (const name of names) await utimes(path.join(p.content, name), lastWeek, lastWeek);
  const expected = await Promise.all(
    names.map(async (name) =>
      fingerprintOf(path.relative(process.cwd(), path.join(p.content, name)), await readFile(path.join(p.content, name))),
    ),
  );

  const first = await fingerprintContentDir(p.content, p.cache);
  assert.deepEqual(
    first.map((f) => f.fingerprint),
    expected,
  );
  assert.ok(
    first.every((f) => f.bytes !== null),
    'the first time, every file is read',
  );
  const second = await fingerprintContentDir(p.content, p.cache);
  assert.deepEqual(
    second.map((f) => f.fingerprint),
    expected,
    'remembered fingerprints are the same',
  );
  assert.ok(
    second.every((f) => f.bytes === null),
    'files unchanged since then are not read',
  );

  // An edit (same length, so only the time tells) and a file written just now are read and hashed.
  const edited = path.join(p.content, names[0] as string);
  const text = await readFile(edited, 'utf8');
  await writeFile(edited, text.replace('Trump', 'TRUMP'));
  const third = await fingerprintContentDir(p.content, p.cache);
  assert.notEqual(third[0]?.fingerprint, expected[0]);
  assert.ok(third[0]?.bytes !== null && third.slice(1).every((f) => f.bytes === null));
  const fourth = await fingerprintContentDir(p.content, p.cache);
  assert.ok(fourth[0]?.bytes !== null, 'modified seconds ago: read again, a coarse clock could hide a second edit');

  // The build uses them: a second build reads from the cache only, with the same data.
  const built = await buildSiteData({ contentDir: p.content, knowledgeDir: p.knowledge, cacheDir: p.cache });
  const again = await buildSiteData({ contentDir: p.content, knowledgeDir: p.knowledge, cacheDir: p.cache });
  assert.equal(again.stats.cacheHits, names.length);
  assert.deepEqual(again.timeline, built.timeline);
  // New knowledge changes every cache key: remembered files are read after all, and extracted again.
  await writeFile(path.join(p.knowledge, 'people.yaml'), `${await readFile(path.join(p.knowledge, 'people.yaml'), 'utf8')}\n`);
  const reknown = await buildSiteData({ contentDir: p.content, knowledgeDir: p.knowledge, cacheDir: p.cache });
  assert.equal(reknown.stats.cacheMisses, names.length);
  assert.deepEqual(reknown.timeline, built.timeline);
});
