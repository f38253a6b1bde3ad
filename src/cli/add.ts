// npm run add -- <page.html | https://… | folder/ | raw.txt | -> … [--published …] [--source …] [--title …] … : news pages → content/articles/*.md
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { format } from 'date-fns/format';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseAddArgs } from '../ingest/args.ts';
import { findDuplicate, type ExistingFile } from '../ingest/duplicates.ts';
import { parseOutlets } from '../ingest/rules.ts';
import { fetchPage } from '../ingest/fetchPage.ts';
import { looksLikeHtml } from '../ingest/looksLikeHtml.ts';
import { formatFailure, formatSummary } from '../ingest/summary.ts';
import type { IngestFlags, IngestResult, Outlet } from '../ingest/types.ts';
import { parseNoiseRules, type NoiseRules } from '../knowledge/noiseRules.ts';
import { parseContentFile } from '../load/parseContentFile.ts';

const NOISE_RULES = fileURLToPath(new URL('../../content/knowledge/noise.yaml', import.meta.url));
const OUTLETS = fileURLToPath(new URL('../../content/knowledge/outlets.yaml', import.meta.url));
/** The repository's content directory, wherever the command is run from. */
const DEFAULT_OUT = fileURLToPath(new URL('../../content/articles', import.meta.url));

/** The noise rules and the outlets, as the command uses them. */
export async function loadRules(cwd = process.cwd()): Promise<{ rules: NoiseRules; outlets: Outlet[] }> {
  const rules = parseNoiseRules(await readFile(NOISE_RULES, 'utf8'), shown(cwd, NOISE_RULES));
  const outlets = parseOutlets(await readFile(OUTLETS, 'utf8'), shown(cwd, OUTLETS));
  return { rules, outlets };
}

export interface Io {
  cwd: string;
  stdin: AsyncIterable<Buffer | string>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Progress lines are printed on a terminal only. */
  isTTY?: boolean;
  /** For tests: the fetch to use for URLs. */
  fetch?: typeof fetch;
}

async function readAll(stream: AsyncIterable<Buffer | string>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function shown(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}

type Outcome =
  | { kind: 'added'; input: string; file: string; summary: string }
  | { kind: 'skipped'; input: string; file: string; why: string }
  | { kind: 'refused'; input: string; reason: string };

interface Batch {
  flags: IngestFlags;
  rules: NoiseRules;
  outlets: Outlet[];
  dir: string;
  /** Content files already there, and those added by this run: one page added twice is refused the second time. */
  existing: ExistingFile[];
  io: Io;
  showRemoved: boolean;
}

const PAGE_FILE = /\.(?:html?|xhtml|txt|text)$/i;

/** One page read, turned into a content file, checked and written, or refused with its reason. */
async function addOne(input: string, raw: string, fetched: string | null, batch: Batch): Promise<Outcome> {
  const { io } = batch;
  if (raw.trim() === '') return { kind: 'refused', input, reason: `${input === '-' ? 'standard input' : input} is empty` };
  // A page fetched now: its address and today are its url and retrieved date, unless flags say otherwise.
  const flags: IngestFlags = fetched ? { url: fetched, retrieved: format(new Date(), 'yyyy-MM-dd'), ...batch.flags } : batch.flags;
  let result: IngestResult;
  try {
    // Each reader is loaded when a page needs it: a saved page does not pay for the text reader, nor text for the HTML one.
    if (looksLikeHtml(raw)) {
      const { ingestHtml } = await import('../ingest/ingestHtml.ts');
      result = ingestHtml({ html: raw, flags, rules: batch.rules, outlets: batch.outlets });
    } else {
      const { ingest } = await import('../ingest/ingest.ts');
      result = ingest({ raw, flags, rules: batch.rules, outlets: batch.outlets });
    }
  } catch (err) {
    return { kind: 'refused', input, reason: err instanceof Error ? err.message : String(err) };
  }
  if (!result.ok) return { kind: 'refused', input, reason: formatFailure(result).replace(/^newsline add: /, '') };
  // What add writes always builds: the build's own check, before anything is written.
  const checked = parseContentFile(shown(io.cwd, path.join(batch.dir, result.fileName)), new TextEncoder().encode(result.file));
  if (!checked.ok)
    return { kind: 'refused', input, reason: `${checked.problems.map((p) => `${p.field}: ${p.message}`).join('; ')}; nothing written` };

  const duplicate = findDuplicate({ ...(result.meta.url ? { url: result.meta.url } : {}), body: result.body }, batch.existing);
  if (duplicate) return { kind: 'skipped', input, file: duplicate.file, why: duplicate.why };

  const target = path.join(batch.dir, result.fileName);
  try {
    await writeFile(target, result.file, { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      return {
        kind: 'refused',
        input,
        reason: `${shown(io.cwd, target)} already exists and holds a different article; pass --title to name this one apart; nothing written`,
      };
    }
    return { kind: 'refused', input, reason: `cannot write ${shown(io.cwd, target)}: ${err instanceof Error ? err.message : String(err)}` };
  }
  batch.existing.push({ file: shown(io.cwd, target), text: result.file });
  return { kind: 'added', input, file: shown(io.cwd, target), summary: formatSummary(result, shown(io.cwd, target), batch.showRemoved) };
}

/** The pages an argument stands for: a URL, a file, or the page files of a folder (sorted). */
async function expand(input: string, cwd: string): Promise<string[]> {
  if (input === '-' || /^https?:\/\//i.test(input)) return [input];
  const full = path.resolve(cwd, input);
  const info = await stat(full).catch(() => null);
  if (!info?.isDirectory()) return [input];
  return (await readdir(full))
    .filter((n) => PAGE_FILE.test(n))
    .sort()
    .map((n) => path.join(input, n));
}

/** Runs the command; returns the exit code. Everything it prints goes through io. */
export async function main(argv: string[], io: Io): Promise<number> {
  const fail = (message: string): number => {
    io.stderr(`${message.startsWith('newsline add:') ? message : `newsline add: ${message}`}\n`);
    return 1;
  };
  const parsed = parseAddArgs(argv);
  if (!parsed.ok) return fail(parsed.error);
  const { inputs: given, flags, out, showRemoved } = parsed.args;

  let rules: NoiseRules;
  let outlets: Outlet[];
  try {
    ({ rules, outlets } = await loadRules(io.cwd));
  } catch (err) {
    return fail(err instanceof Error ? err.message : String(err));
  }
  const dir = path.resolve(io.cwd, out ?? DEFAULT_OUT);
  await mkdir(dir, { recursive: true });
  const existing: ExistingFile[] = [];
  for (const name of (await readdir(dir)).filter((n) => n.toLowerCase().endsWith('.md')).sort()) {
    const file = path.join(dir, name);
    existing.push({ file: shown(io.cwd, file), text: await readFile(file, 'utf8') });
  }
  const batch: Batch = { flags, rules, outlets, dir, existing, io, showRemoved };

  const inputs = (await Promise.all(given.map((g) => expand(g, io.cwd)))).flat();
  const many = inputs.length > 1 || given.some((g) => g !== inputs[0]);
  if (inputs.length === 0) return fail(`${given.join(' ')}: no pages in it (.html, .htm or .txt files)`);
  const outcomes: Outcome[] = [];
  for (const [i, input] of inputs.entries()) {
    if (many && io.isTTY) io.stderr(`[${i + 1}/${inputs.length}] ${input}\n`);
    let raw: string;
    let fetched: string | null = null;
    if (/^https?:\/\//i.test(input)) {
      const page = await fetchPage(input, io.fetch ?? fetch);
      if (!page.ok) {
        outcomes.push({ kind: 'refused', input, reason: page.reason });
        continue;
      }
      [raw, fetched] = [page.html, page.url];
    } else {
      try {
        raw = input === '-' ? await readAll(io.stdin) : await readFile(path.resolve(io.cwd, input), 'utf8');
      } catch (err) {
        outcomes.push({ kind: 'refused', input, reason: `cannot read ${input}: ${err instanceof Error ? err.message : String(err)}` });
        continue;
      }
    }
    outcomes.push(await addOne(input, raw, fetched, batch));
  }

  if (!many) {
    const only = outcomes[0] as Outcome;
    if (only.kind === 'added') io.stdout(`${only.summary}\n`);
    else if (only.kind === 'skipped') return fail(`already added: ${only.file} holds the same article (${only.why}); nothing written`);
    else return fail(only.reason);
    return 0;
  }
  const added = outcomes.filter((o) => o.kind === 'added');
  const skipped = outcomes.filter((o) => o.kind === 'skipped');
  const refused = outcomes.filter((o) => o.kind === 'refused');
  const lines = [
    `${inputs.length} page(s): ${added.length} added, ${skipped.length} skipped as already present, ${refused.length} refused`,
  ];
  for (const o of added) lines.push(`  added    ${o.input} → ${o.file}`);
  for (const o of skipped) lines.push(`  skipped  ${o.input}: already in ${o.file} (${o.why})`);
  for (const o of refused) lines.push(`  refused  ${o.input}: ${o.reason}`);
  io.stdout(`${lines.join('\n')}\n`);
  return refused.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2), {
    // npm runs scripts from the package root; INIT_CWD is where the editor typed the command.
    cwd: process.env.INIT_CWD ?? process.cwd(),
    stdin: process.stdin,
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: process.stderr.isTTY,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`newsline add: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
