// Child process of the benchmark: the project's full build over a corpus, with its own cache dir.
// Drives the same functions as `npm run build` (buildSiteData, then buildSite: Eleventy + Pagefind),
// because the CLI cannot yet be pointed at another content or cache directory.
// Usage: node src/cli/launch.mjs src/bench/runFullBuild.ts <content dir> <output dir> <cache dir> [knowledge dir]
// Prints the build's step lines, then one JSON line: {"bench":true, stats, steps, ms, maxRssKb}.
import { buildSite, formatSummary } from '../publish/buildSite.ts';
import { buildSiteData } from '../pipeline/buildSiteData.ts';
import { runMain } from './runMain.ts';

export interface FullBuildReport {
  bench: true;
  articles: number;
  entries: number;
  pages: number;
  /** Pages rendered (the others were kept from the site in the output directory). */
  rendered: number;
  cacheHits: number;
  cacheMisses: number;
  /**
   * Milliseconds per step: `start` (from the process's start to the build's: code loading), `data`
   * (load, parse, extract, timeline), then the build's own steps.
   */
  steps: Record<string, number>;
  ms: number;
  maxRssKb: number;
  /** Memory right after the site data was built, before Eleventy (MiB). */
  afterData: { rssMb: number; heapUsedMb: number };
}

/** "Rendered 1234 pages, 1300 files (5678 ms)" → ["render", 5678]. */
function stepOf(line: string): [string, number] | null {
  const m = /^(\w+).*\((\d+) ms\)\s*$/.exec(line.trim());
  if (!m?.[1] || !m[2]) return null;
  const names: Record<string, string> = { Loaded: 'load', Rendered: 'eleventy', Indexed: 'pagefind' };
  return [names[m[1]] ?? m[1].toLowerCase(), Number(m[2])];
}

async function main(): Promise<void> {
  const [contentDir, outDir, cacheDir, knowledgeDir = 'content/knowledge'] = process.argv.slice(2);
  if (!contentDir || !outDir || !cacheDir) throw new Error('usage: runFullBuild.ts <content dir> <output dir> <cache dir> [knowledge dir]');
  const started = performance.now();
  const data = await buildSiteData({ contentDir, knowledgeDir, cacheDir });
  // performance.now() counts from the process's start: what came before the build is code loading.
  const steps: Record<string, number> = { start: Math.round(started), data: Math.round(performance.now() - started) };
  const mem = process.memoryUsage();
  const afterData = { rssMb: Math.round(mem.rss / 2 ** 20), heapUsedMb: Math.round(mem.heapUsed / 2 ** 20) };
  console.log(`  Cache: ${data.stats.cacheHits} hits, ${data.stats.cacheMisses} misses`);
  const summary = await buildSite({
    outDir,
    siteData: data,
    onStep: (line) => {
      console.log(`  ${line}`);
      const step = stepOf(line);
      if (step) steps[step[0]] = step[1];
    },
  });
  console.log(formatSummary(summary));
  const report: FullBuildReport = {
    bench: true,
    articles: summary.articles,
    entries: summary.entries,
    pages: summary.pages,
    rendered: summary.rendered,
    cacheHits: data.stats.cacheHits,
    cacheMisses: data.stats.cacheMisses,
    steps,
    ms: Math.round(performance.now() - started),
    maxRssKb: process.resourceUsage().maxRSS,
    afterData,
  };
  console.log(JSON.stringify(report));
}

runMain(main);
