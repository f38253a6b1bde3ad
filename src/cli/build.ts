// `npm run build [-- --out DIR --content DIR --knowledge DIR --cache DIR|none --full]` (or --out=DIR …): content → checked data → site in _site/ (or DIR).
// A site built before is updated in place (only changed pages are rendered) unless --full is given.
// Bad content prints one line per problem and leaves the previous site untouched.
import { ContentError, describeError } from '../load/errors.ts';
import { readCliArgs } from './cliArgs.ts';
import { buildSite, formatSummary } from '../publish/buildSite.ts';
import { siteConfigFromEnv, siteUrlNotice } from '../site/siteConfig.ts';

const USAGE = 'usage: npm run build -- [--out DIR] [--content DIR] [--knowledge DIR] [--cache DIR|none] [--full]';

/** "Extracting 1200/5000" rewritten in place, on a terminal only. */
function progressLine(done: number, total: number): void {
  process.stdout.write(`\r  Parsing and extracting ${done}/${total} articles${done === total ? '\n' : ''}`);
}

async function main(): Promise<number> {
  const quiet = Boolean(process.env.CI);
  const args = readCliArgs(
    process.argv.slice(2),
    {
      out: { type: 'string' },
      content: { type: 'string' },
      knowledge: { type: 'string' },
      cache: { type: 'string' },
      full: { type: 'boolean' },
    },
    USAGE,
  );
  if (!args.ok) {
    console.error(`npm run build: ${args.error}`);
    return 2;
  }
  const flag = (name: string) => {
    const value = args.values[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  try {
    const cache = flag('cache');
    const site = siteConfigFromEnv();
    const notice = siteUrlNotice(site);
    if (notice) console.error(notice);
    const summary = await buildSite({
      site,
      outDir: flag('out'),
      contentDir: flag('content'),
      knowledgeDir: flag('knowledge'),
      ...(cache !== undefined ? { cacheDir: cache === 'none' ? null : cache } : {}),
      full: args.values.full === true,
      onStep: quiet ? undefined : (line) => console.log(`  ${line}`),
      onProgress: !quiet && process.stdout.isTTY ? progressLine : undefined,
    });
    for (const warning of summary.warnings) console.error(`warning: ${warning}`);
    if (summary.unattributed.length > 0) {
      console.log(`${summary.unattributed.length} quote(s) without an established speaker (speaker: null):`);
      for (const line of summary.unattributed) console.log(`  ${line}`);
    }
    console.log(formatSummary(summary));
    return 0;
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(error.format());
      console.error(`Build stopped: ${error.problems.length} problem(s) in content; the previous site is unchanged.`);
    } else {
      console.error(describeError(error));
      console.error('Build failed; the previous site is unchanged.');
    }
    return 1;
  }
}

// Exit explicitly: a failed build must not hang on a handle Eleventy or Pagefind left open.
process.exit(await main());
