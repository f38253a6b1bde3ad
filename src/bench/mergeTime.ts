// The quote merge alone, on a corpus already in a cache: the statements a build merges, then grouped from
// scratch `--runs` times by a new merger each (CPU time, collector included), and updated from the groups
// of all but the last article (what a rebuild after one article added does with the stored groups).
// Usage: node --import tsx src/bench/mergeTime.ts <content dir> <cache dir> [knowledge dir] [--runs 6]
import { parseArgs } from 'node:util';
import { buildSiteData } from '../pipeline/buildSiteData.ts';
import { QuoteMerger, quoteWords, type ArticleStatements } from '../model/mergeRepeatedQuotes.ts';
import { runMain } from './runMain.ts';

function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return Math.round((used.user + used.system) / 1000);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '6' } } });
  const [contentDir, cacheDir, knowledgeDir = 'content/knowledge'] = positionals;
  if (!contentDir || !cacheDir) throw new Error('usage: mergeTime.ts <content dir> <cache dir> [knowledge dir] [--runs 6]');
  // The statements as the build hands them to the merge.
  const capture = new QuoteMerger();
  let statements: ArticleStatements[] = [];
  const merge = capture.merge.bind(capture);
  capture.merge = (articles) => {
    statements = [...articles];
    return merge(articles);
  };
  await buildSiteData({ contentDir, knowledgeDir, cacheDir, quoteMerger: capture });
  const words = statements.map((a) => quoteWords(a.entries));
  const fresh = () => {
    const merger = new QuoteMerger();
    statements.forEach((a, i) => merger.rememberWords(a.entries, words[i]));
    return merger;
  };
  const last = statements.reduce((a, b) => (b.published > a.published ? b : a));
  const before = statements.filter((a) => a !== last);
  const stored = (() => {
    const merger = fresh();
    merger.merge(before);
    return JSON.stringify(merger.stored());
  })();
  const scratch: number[] = [];
  const resumed: number[] = [];
  for (let r = 0; r < Number(values.runs); r++) {
    scratch.push(cpuMs(() => fresh().group(statements)));
    const merger = fresh();
    merger.resume(JSON.parse(stored));
    resumed.push(cpuMs(() => merger.merge(statements)));
    if (!merger.lastResumed) throw new Error('the stored groups were not used');
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`${statements.length} articles: group from scratch ${scratch.join(' ')} ms CPU (median ${median(scratch)})`);
  console.log(`merge resumed from stored groups, +1 article: ${resumed.join(' ')} ms CPU (median ${median(resumed)})`);
}

runMain(main);
