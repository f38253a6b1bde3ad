// The benchmark's synthetic corpus: deterministic, valid, unique, and cached by the pipeline.
// Small and fast on purpose: no timings here (those belong to `npm run bench`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { generateCorpus, writeCorpus, type GeneratedFile } from '../src/bench/generateCorpus.ts';
import { loadSeedArticles, materialFromArticles, type Material } from '../src/bench/material.ts';
import { loadKnowledge } from '../src/knowledge/loadKnowledge.ts';
import { normalisedBodyHash } from '../src/load/normalisedBodyHash.ts';
import { parseContentFile } from '../src/load/parseContentFile.ts';
import { buildSiteData } from '../src/pipeline/buildSiteData.ts';

const N = 50;
const KNOWLEDGE_DIR = 'content/knowledge';
const SEED_DIR = 'content/articles';

let material: Material;
let first: GeneratedFile[];
let tmp: string;

before(async () => {
  material = materialFromArticles(await loadSeedArticles(SEED_DIR), await loadKnowledge(KNOWLEDGE_DIR));
  first = generateCorpus(material, { count: N });
  tmp = await mkdtemp(path.join(os.tmpdir(), 'newsline-bench-test-'));
});

after(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

test('the generator is deterministic: same material, seed and count give the same bytes', () => {
  const second = generateCorpus(material, { count: N });
  assert.equal(second.length, N);
  assert.deepEqual(
    second.map((f) => [f.name, f.content]),
    first.map((f) => [f.name, f.content]),
  );
  // Article i does not depend on N: a smaller corpus is a prefix of a larger one.
  assert.deepEqual(
    generateCorpus(material, { count: 10 }).map((f) => f.content),
    first.slice(0, 10).map((f) => f.content),
  );
  // … and another seed gives another corpus.
  assert.notEqual(generateCorpus(material, { count: 1, seed: 'other' })[0]?.content, first[0]?.content);
});

test('every generated file is a valid, unique content file; live blogs included', () => {
  const ids = new Set<string>();
  const bodies = new Set<string>();
  const urls = new Set<string>();
  let liveblogs = 0;
  for (const file of first) {
    const result = parseContentFile(file.name, new TextEncoder().encode(file.content));
    assert.ok(result.ok, `${file.name}: ${result.ok ? '' : JSON.stringify(result.problems)}`);
    const { article } = result;
    assert.equal(article.meta.kind, file.kind);
    assert.ok(!ids.has(article.id), `duplicate id ${article.id}`);
    ids.add(article.id);
    const hash = normalisedBodyHash(article.body);
    assert.ok(!bodies.has(hash), `${file.name}: same body as another generated article`);
    bodies.add(hash);
    assert.ok(article.meta.url && !urls.has(article.meta.url), `${file.name}: duplicate url`);
    urls.add(article.meta.url);
    if (article.meta.kind === 'liveblog') {
      liveblogs++;
      assert.match(article.body, /^## \d{2}:\d{2} [AP]M [A-Z]{3,4} — \S/m, `${file.name}: a live blog without post headings`);
    }
  }
  assert.ok(liveblogs > 0 && liveblogs < N, `expected some live blogs among ${N}, got ${liveblogs}`);
});

test('the pipeline reads the corpus, and a second run is served entirely from the cache', async () => {
  const contentDir = path.join(tmp, 'articles');
  const cacheDir = path.join(tmp, 'cache');
  await writeCorpus(first, contentDir);

  const cold = await buildSiteData({ contentDir, knowledgeDir: KNOWLEDGE_DIR, cacheDir });
  assert.equal(cold.stats.articles, N);
  assert.equal(cold.stats.cacheHits, 0);
  assert.equal(cold.stats.cacheMisses, N);
  assert.ok(cold.timeline.entries.length > N, 'the corpus should yield entries');
  assert.ok(
    cold.articles.some((a) => a.summary.kind === 'liveblog' && a.posts.length > 0),
    'live-blog posts should be parsed',
  );

  const warm = await buildSiteData({ contentDir, knowledgeDir: KNOWLEDGE_DIR, cacheDir });
  assert.equal(warm.stats.cacheMisses, 0);
  assert.equal(warm.stats.cacheHits, N);
  assert.deepEqual(warm.timeline, cold.timeline);
});

test('npm run bench measures a, b, c and d on a small corpus, run after run, and writes them as JSON', async () => {
  const out = path.join(tmp, 'bench.json');
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/bench/bench.ts', '--sizes', '6', '--runs', '2', '--out', out], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /Targets at 6 articles:/);
  const report = JSON.parse(await readFile(out, 'utf8')) as {
    sizes: Array<{
      size: number;
      pages: number;
      runs: Array<{
        a: { ms: number; cacheMisses: number; pages: number; rendered: number };
        b: { ms: number; files: number };
        c: { cacheMisses: number; cacheHits: number };
        d: { reloadMs: number; totalMs: number };
      }>;
    }>;
  };
  const [size] = report.sizes;
  const [row, second] = size?.runs ?? [];
  assert.ok(size && row && second);
  assert.ok(size.pages > 6, 'the full build wrote the site');
  assert.equal(row.a.cacheMisses, 6, 'a starts from a cold cache');
  // A later run must not update the previous run's site: its "a" renders every page again.
  assert.deepEqual(
    [second.a.cacheMisses, second.a.rendered, second.a.pages],
    [6, row.a.pages, row.a.pages],
    'and so does every later run, with nothing of the previous one',
  );
  assert.equal(row.b.files, 6, 'the baseline renders each Markdown file');
  assert.deepEqual([row.c.cacheHits, row.c.cacheMisses], [6, 1], 'c extracts the added article only');
  assert.ok(row.d.reloadMs > 0 && row.d.reloadMs <= row.d.totalMs, 'd: the browser reloads before the rebuild ends');
});
