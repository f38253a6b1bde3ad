// `npm start [-- --port=8080]`: builds the site, serves _site/ with live reload, and rebuilds when
// an article or a knowledge file changes. Each rebuild is incremental (only changed articles are parsed,
// only changed pages rendered) and keeps parse/extract results in memory between rebuilds.
import EleventyDevServer from '@11ty/eleventy-dev-server';
import { watch } from 'node:fs';
import { describeError } from '../load/errors.ts';
import { readCliArgs } from './cliArgs.ts';
import { buildSite, formatSummary } from '../publish/buildSite.ts';
import type { BuildMemory } from '../pipeline/buildSiteData.ts';
import { QuoteMerger } from '../model/mergeRepeatedQuotes.ts';
import { PublishedSite } from '../publish/publishedSite.ts';
import { KnowledgeMemory } from '../knowledge/loadKnowledge.ts';
import { warmUpExtraction } from '../extract/warmUp.ts';
import { CONTENT_DIR, KNOWLEDGE_DIR, siteConfigFromEnv, siteUrlNotice, type SiteConfig } from '../site/siteConfig.ts';

const OUT_DIR = '_site';
const args = readCliArgs(process.argv.slice(2), { port: { type: 'string' } }, 'usage: npm start -- [--port 8080]');
const port = args.ok ? Number(args.values.port ?? 8080) : NaN;
if (!args.ok || !Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`npm start: ${args.ok ? `--port ${JSON.stringify(args.values.port)} is not a port number (1–65535)` : args.error}`);
  process.exit(2);
}
const memory: BuildMemory = new Map();
/** The quote merge's word triples of unchanged entries, kept for the session. */
const quoteMerger = new QuoteMerger();
/** The site last published, so that the next rebuild need not read its manifest back. */
const published = new PublishedSite();
/** The knowledge files' text and what they hold, parsed again only when one changes. */
const knowledgeMemory = new KnowledgeMemory();
let site: SiteConfig;
try {
  site = siteConfigFromEnv();
} catch (error) {
  console.error(describeError(error));
  process.exit(1);
}
const notice = siteUrlNotice(site);
if (notice) console.error(notice);

let running: Promise<void> | null = null;
let again = false;
/** When the first change of the burst being built was seen. */
let changedAt: number | null = null;

/** One build at a time; changes made during a build start one more build when it ends. */
function rebuild(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    const started = changedAt ?? performance.now();
    changedAt = null;
    try {
      // The browser reloads as soon as the pages are in place; the JSON exports and the search index follow.
      const onPagesReady = () => {
        server?.reload();
        console.log(`  Reloaded the browser ${Math.round(performance.now() - started)} ms after the change.`);
      };
      const summary = await buildSite({
        outDir: OUT_DIR,
        memory,
        quoteMerger,
        published,
        knowledgeMemory,
        site,
        onPagesReady,
        onStep: (line) => console.log(`  ${line}`),
      });
      console.log(`${formatSummary(summary)}\n`);
    } catch (error) {
      // The previous site stays up; the editor sees what to fix and saves again.
      console.error(describeError(error));
      console.error('Build failed; still serving the previous site.');
    }
  })();
  return running.finally(() => {
    running = null;
    if (again) {
      again = false;
      void rebuild();
    }
  });
}

let server: EleventyDevServer | null = null;
await rebuild();
server = EleventyDevServer.getServer('newsline', OUT_DIR, { pathPrefix: site.pathPrefix, domDiff: false, showVersion: false });
server.serve(port);
// While the editor writes: what extracting their first saved article would load.
setImmediate(warmUpExtraction);

// Editors save a file in several writes; one rebuild per burst of events.
let timer: NodeJS.Timeout | null = null;
const onChange = () => {
  changedAt ??= performance.now();
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void rebuild(), 50);
};
for (const dir of [CONTENT_DIR, KNOWLEDGE_DIR]) watch(dir, { recursive: true }, onChange);
console.log(`Watching ${CONTENT_DIR}/ and ${KNOWLEDGE_DIR}/ for changes.`);
