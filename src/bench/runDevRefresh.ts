// Child process of the benchmark: what `npm start` does when an editor adds an article. Builds the
// site as the dev server does (results kept in memory), writes the new article into the corpus,
// rebuilds, and times the change → the moment the browser is told to reload (its pages are live).
// Usage: node src/cli/launch.mjs src/bench/runDevRefresh.ts <content dir> <output dir> <cache dir> <knowledge dir> <article file>
// Prints one JSON line: {"bench":true, reloadMs, totalMs, rendered}.
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSite } from '../publish/buildSite.ts';
import type { BuildMemory } from '../pipeline/buildSiteData.ts';
import { QuoteMerger } from '../model/mergeRepeatedQuotes.ts';
import { PublishedSite } from '../publish/publishedSite.ts';
import { KnowledgeMemory } from '../knowledge/loadKnowledge.ts';
import { siteConfigFromEnv } from '../site/siteConfig.ts';
import { warmUpExtraction } from '../extract/warmUp.ts';
import { runMain } from './runMain.ts';

export interface DevRefreshReport {
  bench: true;
  /** From writing the article to the browser reload. */
  reloadMs: number;
  /** From writing the article to the end of the rebuild (JSON exports and search index included). */
  totalMs: number;
  rendered: number;
}

async function main(): Promise<void> {
  const [contentDir, outDir, cacheDir, knowledgeDir, article] = process.argv.slice(2);
  if (!contentDir || !outDir || !cacheDir || !knowledgeDir || !article)
    throw new Error('usage: runDevRefresh.ts <content dir> <output dir> <cache dir> <knowledge dir> <article file>');
  const memory: BuildMemory = new Map();
  const site = siteConfigFromEnv();
  const options = {
    outDir,
    contentDir,
    knowledgeDir,
    cacheDir,
    memory,
    quoteMerger: new QuoteMerger(),
    published: new PublishedSite(),
    knowledgeMemory: new KnowledgeMemory(),
    site,
  };
  await buildSite(options);
  // As the dev server does once it is serving, before an editor saves an article.
  warmUpExtraction();
  const changed = performance.now();
  await copyFile(article, path.join(contentDir, path.basename(article)));
  let reloadMs = -1;
  const summary = await buildSite({ ...options, onPagesReady: () => (reloadMs = Math.round(performance.now() - changed)) });
  const report: DevRefreshReport = { bench: true, reloadMs, totalMs: Math.round(performance.now() - changed), rendered: summary.rendered };
  console.log(JSON.stringify(report));
}

runMain(main);
