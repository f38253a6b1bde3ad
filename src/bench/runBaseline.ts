// Child process of the benchmark: plain Eleventy over the corpus (src/bench/baseline.eleventy.ts).
// Usage: node --import tsx src/bench/runBaseline.ts <corpus dir> <output dir>
// Prints one JSON line: {"bench":true, files, ms, maxRssKb}.
import Eleventy from '@11ty/eleventy';
import { runMain } from './runMain.ts';

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) throw new Error('usage: runBaseline.ts <corpus dir> <output dir>');
  const started = performance.now();
  const eleventy = new Eleventy(input, output, { configPath: 'src/bench/baseline.eleventy.ts', quietMode: true });
  eleventy.logger.overrideLogger({ log: () => {}, warn: (m) => console.warn(m), error: (m) => console.error(m) });
  const [, written] = await eleventy.write();
  const files = written.filter((t) => t.outputPath).length;
  const ms = Math.round(performance.now() - started);
  console.log(JSON.stringify({ bench: true, files, ms, maxRssKb: process.resourceUsage().maxRSS }));
}

runMain(main);
