// `npm run bench [-- --sizes 500,1000,5000 --runs 3 --out .cache/bench.json]`
// On one synthetic corpus per size (src/bench/generateCorpus.ts, written to a temp dir), measures:
//   a) the full build with a cold cache, b) plain Eleventy over the same Markdown (the floor),
//   c) a rebuild after adding one article (warm cache), d) the peak RSS of each;
// and prints medians, the ratios a/b and c/b, time per article, and the output-size checks.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadKnowledge } from '../knowledge/loadKnowledge.ts';
import { DEFAULT_SEED, generateCorpus, writeCorpus, type GeneratedFile } from './generateCorpus.ts';
import { loadSeedArticles, materialFromArticles } from './material.ts';
import { childReport, hasGnuTime, median, runMeasured, type RunResult } from './measure.ts';
import type { DevRefreshReport } from './runDevRefresh.ts';
import type { FullBuildReport } from './runFullBuild.ts';
import { runMain } from './runMain.ts';

// Issue #14's targets: a ≤ 3 × b2; c ≤ 1.5 × b at 1,000 articles and ≤ 1.0 × b at 5,000; d ≤ 1 s at 1,000 and ≤ 1.5 s at
// 5,000 (for a size between, the larger size's); peak RSS under 1 GiB; time per article flat (≤ 1.3× from the
// smallest size to the largest). a/b is printed, without a target: the peer a user would pick is b2.
const TARGETS = { ab2: 3, rssMb: 1024, pageKb: 200, jsKb: 15, scaling: 1.3 };
const cbTarget = (size: number) => (size <= 1000 ? 1.5 : 1.0);
const reloadTargetMs = (size: number) => (size <= 1000 ? 1000 : 1500);

interface BaselineReport {
  bench: true;
  files: number;
  ms: number;
  maxRssKb: number;
}

interface Measured {
  ms: number;
  /** Peak RSS (MiB): the process tree's when GNU time is there, else the node process's own. */
  rssMb: number;
  /** Peak RSS (MiB) of the build's node process alone (without e.g. Pagefind's binary). */
  nodeRssMb: number;
}

interface RunRow {
  a: Measured & { steps: Record<string, number>; cacheHits: number; cacheMisses: number; pages: number; rendered: number; entries: number };
  b: Measured & { files: number };
  /** Plain Eleventy and then Pagefind over the same output. */
  b2: Measured & { files: number };
  c: Measured & { steps: Record<string, number>; cacheHits: number; cacheMisses: number };
  /** `npm start`: an article added → the browser reloads (and → the rebuild ends). */
  d: { reloadMs: number; totalMs: number };
}

interface OutputCheck {
  htmlPages: number;
  largestHtml: { file: string; bytes: number } | null;
  /** The five largest pages, largest first. */
  largestPages: Array<{ file: string; bytes: number }>;
  htmlOver200Kb: number;
  /** Our own scripts (Pagefind's are not counted): bytes and gzipped bytes. */
  scripts: Array<{ file: string; bytes: number; gzipBytes: number }>;
  scriptBytes: number;
}

interface SizeResult {
  size: number;
  runs: RunRow[];
  median: {
    a: number;
    b: number;
    b2: number;
    c: number;
    aRssMb: number;
    bRssMb: number;
    cRssMb: number;
    aSteps: Record<string, number>;
    cSteps: Record<string, number>;
    dReload: number;
  };
  ratios: { ab: number; cb: number; ab2: number };
  perArticleMs: { a: number; b: number; c: number };
  entries: number;
  pages: number;
  output: OutputCheck;
}

const ROOT = process.cwd();
/**
 * Every child runs compiled, as `npm run build` and `npm start` do (src/cli/launch.mjs): the baseline too,
 * since plain Eleventy has no TypeScript loader to start (until round 24 every child ran through tsx,
 * which added ~0.5–1 s of start-up to b and c alike).
 */
const LAUNCH_ARGS = ['src/cli/launch.mjs'];

function fail(run: RunResult, what: string): never {
  const tail = (s: string) => s.trim().split('\n').slice(-20).join('\n');
  throw new Error(`${what} failed (exit ${run.code}):\n${tail(run.stderr)}\n${tail(run.stdout)}`);
}

const mb = (kb: number) => Math.round((kb / 1024) * 10) / 10;
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function runBaseline(corpusDir: string, outDir: string, withPagefind = false): Promise<RunRow['b']> {
  await rm(outDir, { recursive: true, force: true });
  const args = [...LAUNCH_ARGS, 'src/bench/runBaseline.ts', corpusDir, outDir, ...(withPagefind ? ['--pagefind'] : [])];
  const run = await runMeasured(process.execPath, args, { cwd: ROOT });
  const report = childReport<BaselineReport>(run.stdout);
  if (run.code !== 0 || !report) fail(run, 'baseline (plain Eleventy)');
  return { ms: run.ms, rssMb: mb(run.treeMaxRssKb ?? report.maxRssKb), nodeRssMb: mb(report.maxRssKb), files: report.files };
}

async function runFull(
  corpusDir: string,
  outDir: string,
  cacheDir: string,
  knowledgeDir: string,
  what: string,
): Promise<FullBuildReport & { wallMs: number; rssMb: number; nodeRssMb: number }> {
  const run = await runMeasured(
    process.execPath,
    [...LAUNCH_ARGS, 'src/bench/runFullBuild.ts', corpusDir, outDir, cacheDir, knowledgeDir],
    {
      cwd: ROOT,
    },
  );
  const report = childReport<FullBuildReport>(run.stdout);
  if (run.code !== 0 || !report) fail(run, what);
  return { ...report, wallMs: run.ms, rssMb: mb(run.treeMaxRssKb ?? report.maxRssKb), nodeRssMb: mb(report.maxRssKb) };
}

async function runDevRefresh(
  corpusDir: string,
  outDir: string,
  cacheDir: string,
  knowledgeDir: string,
  article: string,
): Promise<DevRefreshReport> {
  const run = await runMeasured(
    process.execPath,
    [...LAUNCH_ARGS, 'src/bench/runDevRefresh.ts', corpusDir, outDir, cacheDir, knowledgeDir, article],
    { cwd: ROOT },
  );
  const report = childReport<DevRefreshReport>(run.stdout);
  if (run.code !== 0 || !report) fail(run, 'dev-server refresh');
  return report;
}

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

/** Output-size checks on a built site: HTML pages over 200 KB, and our own JavaScript. */
async function checkOutput(siteDir: string): Promise<OutputCheck> {
  let htmlPages = 0;
  let over = 0;
  const pages: Array<{ file: string; bytes: number }> = [];
  const scripts: OutputCheck['scripts'] = [];
  for await (const file of walk(siteDir)) {
    const rel = path.relative(siteDir, file).split(path.sep).join('/');
    if (rel.startsWith('pagefind/')) continue;
    if (rel.endsWith('.html')) {
      const { size } = await stat(file);
      htmlPages++;
      if (size > TARGETS.pageKb * 1024) over++;
      pages.push({ file: rel, bytes: size });
    } else if (rel.endsWith('.js') || rel.endsWith('.mjs')) {
      const bytes = await readFile(file);
      scripts.push({ file: rel, bytes: bytes.byteLength, gzipBytes: gzipSync(bytes).byteLength });
    }
  }
  scripts.sort((x, y) => x.file.localeCompare(y.file));
  const largestPages = pages.sort((x, y) => y.bytes - x.bytes || x.file.localeCompare(y.file)).slice(0, 5);
  return {
    htmlPages,
    largestHtml: largestPages[0] ?? null,
    largestPages,
    htmlOver200Kb: over,
    scripts,
    scriptBytes: scripts.reduce((n, s) => n + s.bytes, 0),
  };
}

function medianSteps(list: Array<Record<string, number>>): Record<string, number> {
  const keys = [...new Set(list.flatMap((s) => Object.keys(s)))];
  return Object.fromEntries(keys.map((k) => [k, Math.round(median(list.flatMap((s) => (s[k] === undefined ? [] : [s[k] as number]))))]));
}

async function benchSize(
  size: number,
  files: GeneratedFile[],
  runs: number,
  workDir: string,
  knowledgeDir: string,
  log: (line: string) => void,
): Promise<SizeResult> {
  const dir = path.join(workDir, String(size));
  const corpusDir = path.join(dir, 'articles');
  await writeCorpus(files.slice(0, size), corpusDir);
  const extra = files[size];
  if (!extra) throw new Error(`corpus has no article ${size} to add`);
  const extraPath = path.join(corpusDir, extra.name);
  const siteDir = path.join(dir, 'site');
  const rows: RunRow[] = [];

  for (let r = 1; r <= runs; r++) {
    const cacheDir = path.join(dir, 'cache');
    // Every run starts from nothing: with the previous run's site in place, "a" would be an update.
    await rm(cacheDir, { recursive: true, force: true });
    await rm(siteDir, { recursive: true, force: true });
    await rm(extraPath, { force: true });

    const b = await runBaseline(corpusDir, path.join(dir, 'baseline'));
    log(`  [${size} #${r}] b  plain Eleventy            ${secs(b.ms).padStart(8)}  ${b.rssMb} MiB  (${b.files} pages)`);
    const b2 = await runBaseline(corpusDir, path.join(dir, 'baseline'), true);
    log(`  [${size} #${r}] b2 plain Eleventy + Pagefind ${secs(b2.ms).padStart(8)}  ${b2.rssMb} MiB`);

    const a = await runFull(corpusDir, siteDir, cacheDir, knowledgeDir, 'full build (cold cache)');
    if (a.rendered !== a.pages) throw new Error(`the full build rendered ${a.rendered} of ${a.pages} pages: it was not a full build`);
    log(
      `  [${size} #${r}] a  full build, cold cache    ${secs(a.wallMs).padStart(8)}  ${a.rssMb} MiB (node ${a.nodeRssMb})  (${a.pages} pages, ${a.entries} entries; cache ${a.cacheHits} hits, ${a.cacheMisses} misses; ${stepLine(a.steps)})`,
    );

    await writeFile(extraPath, extra.content);
    const c = await runFull(corpusDir, siteDir, cacheDir, knowledgeDir, 'rebuild after adding one article');
    log(
      `  [${size} #${r}] c  rebuild, +1 article       ${secs(c.wallMs).padStart(8)}  ${c.rssMb} MiB (node ${c.nodeRssMb})  (cache ${c.cacheHits} hits, ${c.cacheMisses} misses; ${stepLine(c.steps)})`,
    );
    if (c.cacheMisses !== 1) log(`  warning: expected exactly 1 cache miss on the rebuild, got ${c.cacheMisses}`);
    await rm(extraPath, { force: true });

    // The dev server: starts on the corpus without the article (the site on disk has it: its first
    // build updates the site), then the article is added.
    const extraFile = path.join(dir, extra.name);
    await writeFile(extraFile, extra.content);
    const d = await runDevRefresh(corpusDir, siteDir, cacheDir, knowledgeDir, extraFile);
    log(
      `  [${size} #${r}] d  npm start, +1 article     ${secs(d.reloadMs).padStart(8)}  to the browser reload (${secs(d.totalMs)} to the end of the rebuild, ${d.rendered} pages rendered)`,
    );
    await rm(extraPath, { force: true });

    rows.push({
      a: {
        ms: a.wallMs,
        rssMb: a.rssMb,
        nodeRssMb: a.nodeRssMb,
        steps: a.steps,
        cacheHits: a.cacheHits,
        cacheMisses: a.cacheMisses,
        pages: a.pages,
        rendered: a.rendered,
        entries: a.entries,
      },
      b,
      b2,
      c: { ms: c.wallMs, rssMb: c.rssMb, nodeRssMb: c.nodeRssMb, steps: c.steps, cacheHits: c.cacheHits, cacheMisses: c.cacheMisses },
      d: { reloadMs: d.reloadMs, totalMs: d.totalMs },
    });
  }
  // The site on disk is the last rebuild's: size+1 articles, close enough for the size checks.
  const output = await checkOutput(siteDir);
  const m = {
    a: median(rows.map((x) => x.a.ms)),
    b: median(rows.map((x) => x.b.ms)),
    b2: median(rows.map((x) => x.b2.ms)),
    c: median(rows.map((x) => x.c.ms)),
    aRssMb: median(rows.map((x) => x.a.rssMb)),
    bRssMb: median(rows.map((x) => x.b.rssMb)),
    cRssMb: median(rows.map((x) => x.c.rssMb)),
    aSteps: medianSteps(rows.map((x) => x.a.steps)),
    cSteps: medianSteps(rows.map((x) => x.c.steps)),
    dReload: median(rows.map((x) => x.d.reloadMs)),
  };
  const last = rows[rows.length - 1];
  return {
    size,
    runs: rows,
    median: { ...m, a: Math.round(m.a), b: Math.round(m.b), b2: Math.round(m.b2), c: Math.round(m.c) },
    ratios: { ab: round(m.a / m.b), cb: round(m.c / m.b), ab2: round(m.a / m.b2) },
    perArticleMs: { a: round(m.a / size), b: round(m.b / size), c: round(m.c / size) },
    entries: last?.a.entries ?? 0,
    pages: last?.a.pages ?? 0,
    output,
  };
}

function stepLine(steps: Record<string, number>): string {
  return Object.entries(steps)
    .filter(([k]) => k !== 'load')
    .map(([k, v]) => `${k} ${secs(v)}`)
    .join(', ');
}

function table(results: SizeResult[]): string {
  const header = [
    'size',
    'a full',
    'b plain',
    'b2 +Pagefind',
    'c +1',
    'a/b',
    'a/b2',
    'c/b',
    'd reload',
    'RSS a',
    'RSS b',
    'RSS c',
    'ms/art a',
    'ms/art b',
    'pages',
    'max page',
    'JS',
  ];
  const rows = results.map((r) => [
    String(r.size),
    secs(r.median.a),
    secs(r.median.b),
    secs(r.median.b2),
    secs(r.median.c),
    r.ratios.ab.toFixed(2),
    r.ratios.ab2.toFixed(2),
    r.ratios.cb.toFixed(2),
    secs(r.median.dReload),
    `${Math.round(r.median.aRssMb)} MiB`,
    `${Math.round(r.median.bRssMb)} MiB`,
    `${Math.round(r.median.cRssMb)} MiB`,
    r.perArticleMs.a.toFixed(1),
    r.perArticleMs.b.toFixed(1),
    String(r.output.htmlPages),
    r.output.largestHtml ? `${(r.output.largestHtml.bytes / 1024).toFixed(0)} KB` : '-',
    `${(r.output.scriptBytes / 1024).toFixed(1)} KB`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  return [header, ...rows].map((row) => row.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ')).join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '500,1000,5000' },
      runs: { type: 'string', default: '3' },
      out: { type: 'string', default: '.cache/bench.json' },
      seed: { type: 'string', default: DEFAULT_SEED },
      content: { type: 'string', default: 'content/articles' },
      knowledge: { type: 'string', default: 'content/knowledge' },
      keep: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const sizes = values.sizes.split(',').map((s) => Number(s.trim().replace(/_/g, '')));
  const runs = Number(values.runs);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
    console.error('usage: npm run bench -- [--sizes 500,1000,5000] [--runs 3] [--out .cache/bench.json] [--keep]');
    return 2;
  }
  const log = (line: string) => console.log(line);

  const material = materialFromArticles(await loadSeedArticles(values.content), await loadKnowledge(values.knowledge));
  const largest = Math.max(...sizes);
  const t0 = performance.now();
  const files = generateCorpus(material, { count: largest + 1, seed: values.seed });
  const bytes = files.reduce((n, f) => n + f.content.length, 0);
  log(
    `Corpus: ${files.length} articles generated in ${secs(performance.now() - t0)} from ${material.paragraphs.length} paragraphs, ` +
      `${material.quotes.length} quotes (${files.filter((f) => f.kind === 'liveblog').length} live blogs, mean ${(bytes / files.length / 1024).toFixed(1)} KB)`,
  );
  log(
    `Machine: ${os.cpus().length} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}; peak RSS ${hasGnuTime() ? 'of the process tree (GNU time)' : 'of the build process'}`,
  );

  const workDir = await mkdtemp(path.join(os.tmpdir(), 'newsline-bench-'));
  log(`Work dir: ${workDir}${values.keep ? ' (kept)' : ''}`);
  // A snapshot: an edit to the knowledge files mid-run would change every cache key.
  const knowledgeDir = path.join(workDir, 'knowledge');
  const results: SizeResult[] = [];
  try {
    await cp(values.knowledge, knowledgeDir, { recursive: true });
    for (const size of [...new Set(sizes)].sort((x, y) => x - y)) {
      log(`\n${size} articles, ${runs} run(s):`);
      results.push(await benchSize(size, files, runs, workDir, knowledgeDir, log));
    }
  } finally {
    if (!values.keep) await rm(workDir, { recursive: true, force: true });
  }

  const small = results[0];
  const big = results[results.length - 1];
  const scaling =
    small && big && big.size > small.size
      ? {
          from: small.size,
          to: big.size,
          perArticleRatio: round(big.perArticleMs.a / small.perArticleMs.a),
          baselinePerArticleRatio: round(big.perArticleMs.b / small.perArticleMs.b),
        }
      : null;

  log(
    `\nMedians of ${runs} run(s) (a = full build, cold cache; b = plain Eleventy; c = rebuild after adding one article; d = npm start, article added → browser reload):\n`,
  );
  log(table(results));
  if (scaling)
    log(
      `\nTime per article, ${scaling.to} vs ${scaling.from}: ${scaling.perArticleRatio.toFixed(2)}× (plain Eleventy: ${scaling.baselinePerArticleRatio.toFixed(2)}×; target ≤ ${TARGETS.scaling})`,
    );
  if (big) {
    const o = big.output;
    const checks = [
      [`a/b2 ≤ ${TARGETS.ab2} (b2: plain Eleventy + Pagefind)`, big.ratios.ab2 <= TARGETS.ab2, big.ratios.ab2.toFixed(2)],
      [`c/b ≤ ${cbTarget(big.size)}`, big.ratios.cb <= cbTarget(big.size), big.ratios.cb.toFixed(2)],
      [`npm start reload ≤ ${reloadTargetMs(big.size) / 1000} s`, big.median.dReload <= reloadTargetMs(big.size), secs(big.median.dReload)],
      [
        `peak RSS < ${TARGETS.rssMb} MiB`,
        Math.max(big.median.aRssMb, big.median.cRssMb) < TARGETS.rssMb,
        `${Math.round(Math.max(big.median.aRssMb, big.median.cRssMb))} MiB`,
      ],
      [
        `no page > ${TARGETS.pageKb} KB`,
        o.htmlOver200Kb === 0,
        `${o.htmlOver200Kb} of ${o.htmlPages} over; largest ${o.largestPages.map((p) => `${p.file} ${(p.bytes / 1024).toFixed(0)} KB`).join(', ') || '-'}`,
      ],
      [
        `our JS ≤ ${TARGETS.jsKb} KB`,
        o.scriptBytes <= TARGETS.jsKb * 1024,
        o.scripts.map((s) => `${s.file} ${(s.bytes / 1024).toFixed(1)} KB`).join(', ') || 'none',
      ],
      ...(scaling
        ? [
            [
              `per-article ${scaling.to}/${scaling.from} ≤ ${TARGETS.scaling}`,
              scaling.perArticleRatio <= TARGETS.scaling,
              scaling.perArticleRatio.toFixed(2),
            ] as const,
          ]
        : []),
    ] as const;
    log(`\nTargets at ${big.size} articles:`);
    for (const [what, ok, value] of checks) log(`  ${ok ? 'ok  ' : 'MISS'} ${what}: ${value}`);
  }

  const report = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      memGiB: round(os.totalmem() / 2 ** 30, 1),
      node: process.version,
      rss: hasGnuTime() ? 'process tree (GNU time)' : 'build process',
    },
    seed: values.seed,
    runs,
    targets: {
      ...TARGETS,
      cbAt1000: cbTarget(1000),
      cbAt5000: cbTarget(5000),
      reloadMsAt1000: reloadTargetMs(1000),
      reloadMsAt5000: reloadTargetMs(5000),
    },
    sizes: results,
    scaling,
  };
  await mkdir(path.dirname(path.resolve(values.out)), { recursive: true });
  await writeFile(values.out, `${JSON.stringify(report, null, 2)}\n`);
  log(`\nWrote ${values.out}`);
  return 0;
}

runMain(main);
