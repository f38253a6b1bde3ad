// Where a cold build's time goes, stage by stage, on one synthetic corpus:
//   npx tsx src/bench/stages.ts [--size 5000] [--render] [--search]
// With a CPU profile (then: npx tsx src/bench/summariseProfile.ts <file.cpuprofile>):
//   node --cpu-prof --cpu-prof-dir=.cache/prof --import tsx src/bench/stages.ts --size 5000 --render
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extractEntries, type ArticleExtraction } from '../extract/extractEntries.ts';
import { loadKnowledge } from '../knowledge/loadKnowledge.ts';
import type { Knowledge } from '../knowledge/types.ts';
import { loadArticles } from '../load/loadArticles.ts';
import { parseContentFile } from '../load/parseContentFile.ts';
import { buildTimeline } from '../model/buildTimeline.ts';
import { parseArticle } from '../parse/parseArticle.ts';
import { buildSite } from '../publish/buildSite.ts';
import { buildSiteData } from '../pipeline/buildSiteData.ts';
import type { ParsedArticle } from '../types.ts';
import { DEFAULT_SEED, generateCorpus, writeCorpus } from './generateCorpus.ts';
import { loadSeedArticles, materialFromArticles } from './material.ts';
import { runMain } from './runMain.ts';

type Lap = (name: string) => void;

/** The pipeline's stages one by one; nothing is kept, so a later render has the memory to itself. */
async function pipelineStages(contentDir: string, knowledge: Knowledge, lap: Lap): Promise<void> {
  // Load = read + validate + duplicate checks; the validation alone is timed separately.
  const names = (await readdir(contentDir)).filter((n) => n.endsWith('.md')).sort();
  const bytes = await Promise.all(names.map((n) => readFile(path.join(contentDir, n))));
  lap('read files');
  names.forEach((n, i) => parseContentFile(n, bytes[i] as Buffer));
  lap('front matter + validation');
  const articles = await loadArticles(contentDir);
  lap('loadArticles (all of load)');

  const parsed: ParsedArticle[] = articles.map((a) => parseArticle(a, knowledge));
  lap('parse (Markdown → blocks)');
  const extractions: ArticleExtraction[] = parsed.map((p) => extractEntries(p, knowledge));
  lap('extract (entries)');
  const timeline = buildTimeline(parsed, extractions, knowledge);
  lap('timeline (merge + indexes)');
  const json = JSON.stringify(extractions.map((x, i) => ({ parsed: parsed[i], extraction: x })));
  lap(`serialise for cache (${(json.length / 2 ** 20).toFixed(0)} MB)`);
  console.log(`  → ${timeline.entries.length} entries, ${timeline.people.length} people, ${timeline.days.length} days`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '5000' },
      seed: { type: 'string', default: DEFAULT_SEED },
      render: { type: 'boolean', default: false },
      search: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  });
  const size = Number(values.size);
  const knowledgeDir = 'content/knowledge';
  const work = await mkdtemp(path.join(os.tmpdir(), 'newsline-stages-'));
  const contentDir = path.join(work, 'articles');
  const times: Array<[string, number]> = [];
  let last = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    times.push([name, now - last]);
    console.log(`  ${name.padEnd(28)} ${((now - last) / 1000).toFixed(2).padStart(7)} s`);
    last = now;
  };
  try {
    const knowledge = await loadKnowledge(knowledgeDir);
    const material = materialFromArticles(await loadSeedArticles('content/articles'), knowledge);
    await writeCorpus(generateCorpus(material, { count: size, seed: values.seed }), contentDir);
    console.log(`${size} articles in ${contentDir}`);
    last = performance.now();

    await pipelineStages(contentDir, knowledge, lap);

    if (values.render) {
      const data = await buildSiteData({ contentDir, knowledgeDir, cacheDir: path.join(work, 'cache') });
      lap('buildSiteData (cold cache)');
      await buildSite({
        outDir: path.join(work, 'site'),
        siteData: data,
        search: values.search,
        onStep: (line) => console.log(`    ${line}`),
      });
      lap(values.search ? 'buildSite (Eleventy + Pagefind)' : 'buildSite (Eleventy only)');
    }
    const total = times.reduce((n, [, t]) => n + t, 0);
    console.log(
      `  ${'total'.padEnd(28)} ${(total / 1000).toFixed(2).padStart(7)} s; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
    );
  } finally {
    if (!values.keep) await rm(work, { recursive: true, force: true });
  }
}

runMain(main);
