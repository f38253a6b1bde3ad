// Child process of the benchmark: plain Eleventy over the corpus (src/bench/baseline.eleventy.ts), and
// with --pagefind, then Pagefind over its output (b2: what a user would pick instead, with search).
// Usage: node src/cli/launch.mjs src/bench/runBaseline.ts <corpus dir> <output dir> [--pagefind]
// (compiled like the project's builds: plain Eleventy has no TypeScript loader to pay for either).
// Prints one JSON line: {"bench":true, files, ms, maxRssKb}.
import Eleventy from '@11ty/eleventy';
import { configureBaseline } from './baseline.eleventy.ts';
import { runMain } from './runMain.ts';

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) throw new Error('usage: runBaseline.ts <corpus dir> <output dir>');
  const started = performance.now();
  const eleventy = new Eleventy(input, output, { configPath: false, quietMode: true, config: configureBaseline });
  eleventy.logger.overrideLogger({ log: () => {}, warn: (m) => console.warn(m), error: (m) => console.error(m) });
  const [, written] = await eleventy.write();
  const files = written.filter((t) => t.outputPath).length;
  if (process.argv.includes('--pagefind')) {
    const pagefind = await import('pagefind');
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: output });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    await index.writeFiles({ outputPath: `${output}/pagefind` });
    await pagefind.close();
  }
  const ms = Math.round(performance.now() - started);
  console.log(JSON.stringify({ bench: true, files, ms, maxRssKb: process.resourceUsage().maxRSS }));
}

runMain(main);
