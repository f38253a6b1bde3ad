// Shared helpers for the build-level tests: temp projects with the test's content, and building the
// site there with the real CLI (`src/cli/build.ts`), exactly as `npm run build` does in a checkout.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const KNOWLEDGE_DIR = path.join(REPO, 'content', 'knowledge');
export const ARTICLES_DIR = path.join(REPO, 'content', 'articles');

export interface ContentDir {
  /** Temp project root: `content/articles/`, `content/knowledge/`, `content/site.yaml`, and links to the repo's code. */
  root: string;
  articles: string;
  knowledge: string;
  /** Where `npm run build` puts the site in this project: `<root>/_site`. */
  site: string;
}

export interface ContentFile {
  name: string;
  bytes: string | Uint8Array;
}

export interface MakeContentOptions {
  /** Copy every `*.md` of these directories into `content/articles/` first (default: none). */
  copyArticlesFrom?: string | string[];
  /** Change the knowledge copy (e.g. add a person to people.yaml) after it is copied. */
  editKnowledge?: (knowledgeDir: string) => Promise<void>;
}

/** What a checkout needs besides its content to run `npm run build`: linked, never copied or changed. */
const PROJECT_LINKS = ['.eleventy.ts', 'templates', 'public', 'src', 'node_modules', 'package.json', 'tsconfig.json'];

/**
 * A fresh temp project: `<root>/content/articles` (the given files), `<root>/content/knowledge`
 * and `<root>/content/site.yaml` (copies of the repo's), and symbolic links to the repo's code, so the real `src/cli/build.ts`
 * runs in it exactly as `npm run build` runs in a checkout whose content is the test's.
 */
export async function makeContentDir(prefix: string, files: ContentFile[] = [], options: MakeContentOptions = {}): Promise<ContentDir> {
  const root = await mkdtemp(path.join(tmpdir(), `newsline-${prefix}-`));
  const articles = path.join(root, 'content', 'articles');
  const knowledge = path.join(root, 'content', 'knowledge');
  await mkdir(articles, { recursive: true });
  await cp(KNOWLEDGE_DIR, knowledge, { recursive: true });
  await cp(path.join(REPO, 'content', 'site.yaml'), path.join(root, 'content', 'site.yaml'));
  for (const name of PROJECT_LINKS) await symlink(path.join(REPO, name), path.join(root, name));
  const sources = options.copyArticlesFrom === undefined ? [] : [options.copyArticlesFrom].flat();
  for (const dir of sources) {
    for (const name of await markdownFiles(dir)) await cp(path.join(dir, name), path.join(articles, name));
  }
  for (const f of files) await writeFile(path.join(articles, f.name), f.bytes);
  if (options.editKnowledge) await options.editKnowledge(knowledge);
  return { root, articles, knowledge, site: path.join(root, '_site') };
}

/** `*.md` files directly in a directory, sorted; [] when it does not exist. */
export async function markdownFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((n) => n.toLowerCase().endsWith('.md')).sort();
  } catch {
    return [];
  }
}

export async function removeDir(dir: string | undefined): Promise<void> {
  if (dir) await rm(dir, { recursive: true, force: true });
}

export interface BuildOptions {
  /** Output directory (`--out=`); default the project's `_site/`. */
  outDir?: string;
  /** `/` or `/newsline/` (PATH_PREFIX). */
  pathPrefix?: string;
  /** SITE_URL; default https://example.org; '' for none. */
  siteUrl?: string;
  timeoutMs?: number;
}

export interface BuildResult {
  code: number | null;
  stdout: string;
  stderr: string;
  millis: number;
}

export const BUILD_SCRIPT = path.join(REPO, 'src', 'cli', 'build.ts');
/** What `npm run build` and `npm start` run: the compiled build (a bundle of the entry, made once per source version). */
export const LAUNCH = path.join(REPO, 'src', 'cli', 'launch.mjs');

/**
 * Runs `src/cli/build.ts` in a project made by makeContentDir, as `npm run build` does there (same
 * command, same working-directory-relative defaults), with CI=true for quiet output.
 */
export async function buildInto(project: ContentDir, options: BuildOptions = {}): Promise<BuildResult> {
  const args = [LAUNCH, BUILD_SCRIPT];
  if (options.outDir) args.push(`--out=${options.outDir}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CI: 'true',
    NO_COLOR: '1',
    PATH_PREFIX: options.pathPrefix ?? '/',
    SITE_URL: options.siteUrl ?? 'https://example.org',
  };
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: project.root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 180_000);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, millis: Math.round(performance.now() - started) });
    });
  });
}

/** Every file under a directory, as `/`-separated paths relative to it, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    for (const entry of await readdir(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(child);
      else out.push(child);
    }
  };
  await walk('');
  return out.sort();
}

/** sha256 of every file under a directory, by relative path. */
export async function hashTree(dir: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const rel of await listFiles(dir)) {
    hashes.set(
      rel,
      createHash('sha256')
        .update(await readFile(path.join(dir, rel)))
        .digest('hex'),
    );
  }
  return hashes;
}

/** Paths that differ between two hashed trees (missing on one side, or different bytes). */
export function diffTrees(a: Map<string, string>, b: Map<string, string>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((p) => a.get(p) !== b.get(p)).sort();
}

/** Every `.html` file of a built site, relative paths. */
export async function htmlFiles(dir: string): Promise<string[]> {
  return (await listFiles(dir)).filter((f) => f.endsWith('.html'));
}
