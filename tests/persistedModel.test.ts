// The persistent model (src/pipeline/persistedGroups.ts): a rebuild after articles were added updates the
// stored quote-merge groups from the added articles alone; a file that is corrupt, truncated, of another
// version or code, or whose groups do not fit the articles is ignored, and the build gives the same site
// as a full build.
import assert from 'node:assert/strict';
import { hash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { generateCorpus, type GeneratedFile } from '../src/bench/generateCorpus.ts';
import { loadSeedArticles, materialFromArticles } from '../src/bench/material.ts';
import { GROUPS_FILE } from '../src/pipeline/persistedGroups.ts';
import { loadKnowledge } from '../src/knowledge/loadKnowledge.ts';
import { QuoteMerger } from '../src/model/mergeRepeatedQuotes.ts';
import { buildSite, type BuildSummary } from '../src/publish/buildSite.ts';
import { siteConfigFromEnv } from '../src/site/siteConfig.ts';
import { hashTree } from './helpers/buildInto.ts';

const SEEDS = 'content/articles';
const KNOWLEDGE = 'content/knowledge';
const SITE = Object.freeze(siteConfigFromEnv());

let work: string;
let corpus: GeneratedFile[];

before(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'newsline-persisted-'));
  const material = materialFromArticles(await loadSeedArticles(SEEDS), await loadKnowledge(KNOWLEDGE));
  corpus = generateCorpus(material, { count: 42 });
});

after(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

interface Dirs {
  content: string;
  cache: string;
  site: string;
}

/** A build as the CLI makes one: a new process (a new merger), the cache on disk, no memory. */
async function build(
  dirs: Dirs,
  outDir = dirs.site,
  cacheDir: string | null = dirs.cache,
  search = false,
): Promise<BuildSummary & { resumed: boolean }> {
  const merger = new QuoteMerger();
  const summary = await buildSite({
    outDir,
    contentDir: dirs.content,
    knowledgeDir: KNOWLEDGE,
    cacheDir,
    site: SITE,
    search,
    quietEleventy: true,
    quoteMerger: merger,
  });
  return { ...summary, resumed: merger.lastResumed };
}

/** The site a full build of the same content makes, without any cache. */
async function fullSite(dirs: Dirs, name: string, search = false): Promise<Map<string, string>> {
  const out = path.join(work, `full-${name}`);
  await build(dirs, out, null, search);
  return hashTree(out);
}

function assertSame(actual: Map<string, string>, expected: Map<string, string>, what: string): void {
  const differ = [...new Set([...actual.keys(), ...expected.keys()])].filter((f) => actual.get(f) !== expected.get(f));
  assert.deepEqual(differ, [], `${what}: the site differs from a full build`);
}

/** A project with 40 of the corpus's articles, built once (which stores the groups). */
async function builtProject(name: string): Promise<Dirs> {
  const root = path.join(work, name);
  const dirs = { content: path.join(root, 'articles'), cache: path.join(root, 'cache'), site: path.join(root, 'site') };
  await mkdir(dirs.content, { recursive: true });
  for (const f of corpus.slice(0, 40)) await writeFile(path.join(dirs.content, f.name), f.content);
  const first = await build(dirs);
  assert.equal(first.rendered, first.pages);
  await readFile(path.join(dirs.cache, GROUPS_FILE));
  return dirs;
}

async function addArticle(dirs: Dirs, n: number): Promise<void> {
  const f = corpus[n] as GeneratedFile;
  await writeFile(path.join(dirs.content, f.name), f.content);
}

test('a rebuild after adding an article updates the persisted model and equals a full build', async () => {
  const dirs = await builtProject('update');
  await addArticle(dirs, 40);
  const added = await build(dirs);
  assert.equal(added.resumed, true, 'the merge was updated from the stored groups');
  assert.equal(added.cacheMisses, 1);
  assert.ok(added.rendered < added.pages);
  assertSame(await hashTree(dirs.site), await fullSite(dirs, 'update-1'), 'article added');

  // And again, from the groups the rebuild stored.
  await addArticle(dirs, 41);
  const again = await build(dirs);
  assert.equal(again.resumed, true);
  assertSame(await hashTree(dirs.site), await fullSite(dirs, 'update-2'), 'second article added');

  // A removal cannot be updated from the stored groups (the old statements are not stored): a merge from scratch, the same site.
  await rm(path.join(dirs.content, (corpus[3] as GeneratedFile).name));
  const removed = await build(dirs);
  assert.equal(removed.resumed, false);
  assertSame(await hashTree(dirs.site), await fullSite(dirs, 'update-3'), 'article removed');

  // Nothing changed: the stored groups are used as they are.
  const unchanged = await build(dirs);
  assert.equal(unchanged.cacheMisses, 0);
  assert.equal(unchanged.resumed, true);
});

test('with the search index: an update through the persisted model equals a full build, index included', async () => {
  const root = path.join(work, 'search');
  const dirs = { content: path.join(root, 'articles'), cache: path.join(root, 'cache'), site: path.join(root, 'site') };
  await mkdir(dirs.content, { recursive: true });
  for (const f of corpus.slice(0, 40)) await writeFile(path.join(dirs.content, f.name), f.content);
  await build(dirs, dirs.site, dirs.cache, true);
  await addArticle(dirs, 40);
  const added = await build(dirs, dirs.site, dirs.cache, true);
  assert.equal(added.resumed, true);
  assert.ok(added.indexed !== null && added.indexed > 0);
  const files = await hashTree(dirs.site);
  assert.ok([...files.keys()].some((f) => f.startsWith('pagefind/')));
  assertSame(files, await fullSite(dirs, 'search', true), 'article added, with search');
});

/** Ways the stored groups go bad, each applied to the bytes of a good file. */
const CORRUPTIONS: Array<[string, (bytes: Buffer) => Buffer]> = [
  ['truncated', (b) => b.subarray(0, Math.floor(b.length / 2))],
  ['empty', () => Buffer.alloc(0)],
  [
    'an article changed in the groups',
    (b) => Buffer.from(b.toString('utf8').replace(/"articles":\[\["[^"]*"/, '"articles":[["someone-else"')),
  ],
  ['another version', (b) => Buffer.from(b.toString('utf8').replace(/"version":\d+/, '"version":999'))],
  ['made by other code', (b) => Buffer.from(b.toString('utf8').replace(/"code":"[^"]*"/, '"code":"0000"'))],
  ['not JSON', () => Buffer.from('garbage\n')],
  [
    'groups of entries that do not exist, with a good checksum',
    (b) => {
      const file = JSON.parse(b.toString('utf8')) as { sha1: string; groups: { groups: string[][] } };
      file.groups.groups = [['no-such-article#0', 'no-such-article#1']];
      file.sha1 = hash('sha1', JSON.stringify(file.groups), 'hex');
      return Buffer.from(JSON.stringify(file));
    },
  ],
];

test('corrupt, truncated or mismatched stored groups are ignored: the merge groups from scratch and the site is the same', async () => {
  const dirs = await builtProject('corrupt');
  const pristine = { cache: path.join(work, 'corrupt', 'cache-pristine'), site: path.join(work, 'corrupt', 'site-pristine') };
  await cp(dirs.cache, pristine.cache, { recursive: true });
  await cp(dirs.site, pristine.site, { recursive: true });
  await addArticle(dirs, 40);
  const expected = await fullSite(dirs, 'corrupt');
  const groupsFile = path.join(dirs.cache, GROUPS_FILE);
  const good = await readFile(path.join(pristine.cache, GROUPS_FILE));
  for (const [what, corrupt] of CORRUPTIONS) {
    await rm(dirs.cache, { recursive: true, force: true });
    await rm(dirs.site, { recursive: true, force: true });
    await cp(pristine.cache, dirs.cache, { recursive: true });
    await cp(pristine.site, dirs.site, { recursive: true });
    const bad = corrupt(good);
    assert.notDeepEqual(bad, good, what);
    await writeFile(groupsFile, bad);
    const rebuilt = await build(dirs);
    assert.equal(rebuilt.resumed, false, `${what}: the stored groups are not used`);
    assert.equal(rebuilt.cacheHits, 40, what);
    assert.equal(rebuilt.cacheMisses, 1, what);
    assertSame(await hashTree(dirs.site), expected, what);
    // The build stored good groups in its place.
    assert.notDeepEqual(await readFile(groupsFile), bad, `${what}: replaced`);
  }
  // With the file gone altogether, the same.
  await rm(groupsFile);
  await rm(dirs.site, { recursive: true, force: true });
  await cp(pristine.site, dirs.site, { recursive: true });
  const without = await build(dirs);
  assert.equal(without.resumed, false);
  assertSame(await hashTree(dirs.site), expected, 'no stored groups');
});
