// npm run add -- <raw.txt | -> [--published …] [--source …] [--title …] … : one scraped page → content/articles/*.md
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseAddArgs } from '../ingest/args.ts';
import { findDuplicate, type ExistingFile } from '../ingest/duplicates.ts';
import { ingest } from '../ingest/ingest.ts';
import { parseNoiseRules, parseOutlets } from '../ingest/rules.ts';
import { formatFailure, formatSummary } from '../ingest/summary.ts';
import type { IngestResult, NoiseRules, Outlet } from '../ingest/types.ts';

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

/** Runs the command; returns the exit code. Everything it prints goes through io. */
export async function main(argv: string[], io: Io): Promise<number> {
  const fail = (message: string): number => {
    io.stderr(`${message.startsWith('newsline add:') ? message : `newsline add: ${message}`}\n`);
    return 1;
  };
  const parsed = parseAddArgs(argv);
  if (!parsed.ok) return fail(parsed.error);
  const { input, flags, out, showRemoved } = parsed.args;

  let raw: string;
  try {
    raw = input === '-' ? await readAll(io.stdin) : await readFile(path.resolve(io.cwd, input), 'utf8');
  } catch (err) {
    return fail(`cannot read ${input}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (raw.trim() === '') return fail(`${input === '-' ? 'standard input' : input} is empty`);

  let result: IngestResult;
  try {
    const { rules, outlets } = await loadRules(io.cwd);
    result = ingest({ raw, flags, rules, outlets });
  } catch (err) {
    return fail(err instanceof Error ? err.message : String(err));
  }
  if (!result.ok) return fail(formatFailure(result));

  const dir = path.resolve(io.cwd, out ?? DEFAULT_OUT);
  await mkdir(dir, { recursive: true });
  const existing: ExistingFile[] = [];
  for (const name of (await readdir(dir)).filter((n) => n.toLowerCase().endsWith('.md')).sort()) {
    const file = path.join(dir, name);
    existing.push({ file: shown(io.cwd, file), text: await readFile(file, 'utf8') });
  }
  const duplicate = findDuplicate({ ...(result.meta.url ? { url: result.meta.url } : {}), body: result.body }, existing);
  if (duplicate) return fail(`already added: ${duplicate.file} holds the same article (${duplicate.why}); nothing written`);

  const target = path.join(dir, result.fileName);
  try {
    await writeFile(target, result.file, { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      return fail(`${shown(io.cwd, target)} already exists and holds a different article; pass --title to name this one apart; nothing written`);
    }
    return fail(`cannot write ${shown(io.cwd, target)}: ${err instanceof Error ? err.message : String(err)}`);
  }
  io.stdout(`${formatSummary(result, shown(io.cwd, target), showRemoved)}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2), {
    // npm runs scripts from the package root; INIT_CWD is where the editor typed the command.
    cwd: process.env.INIT_CWD ?? process.cwd(),
    stdin: process.stdin,
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`newsline add: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
