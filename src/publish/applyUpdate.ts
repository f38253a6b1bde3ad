import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';

async function* filesUnder(dir: string, skip: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (full === skip) continue;
    if (entry.isDirectory()) yield* filesUnder(full, skip);
    else yield full;
  }
}

/** Removes `dir` and its parents up to (not including) `root` while they are empty. */
async function pruneEmpty(dir: string, root: string): Promise<void> {
  while (dir.startsWith(root + path.sep)) {
    try {
      await rmdir(dir);
    } catch {
      return;
    }
    dir = path.dirname(dir);
  }
}

/**
 * Removes a directory a child at a time: `rm` of a whole tree has every file's removal in flight at
 * once, which for the search index (~50,000 files at 5,000 articles) took ~50 MB of the build's memory.
 */
async function removeTree(dir: string): Promise<void> {
  const children = await readdir(dir).catch(() => [] as string[]);
  for (const name of children) await rm(path.join(dir, name), { recursive: true, force: true });
  await rm(dir, { recursive: true, force: true });
}

/** See Update.merged: the staged directories move in whole, the live children neither kept nor staged go. */
async function mergeDirectory(staged: string, live: string, keep: readonly string[]): Promise<void> {
  await mkdir(live, { recursive: true });
  const children = await readdir(staged, { withFileTypes: true });
  const stays = new Set([...keep, ...children.map((c) => c.name)]);
  for (const name of await readdir(live)) if (!stays.has(name)) await removeTree(path.join(live, name));
  for (const child of children) {
    if (!child.isDirectory()) continue;
    await removeTree(path.join(live, child.name));
    await rename(path.join(staged, child.name), path.join(live, child.name));
  }
}

export interface Update {
  /** Where the changed files were rendered, laid out as in the site. */
  staged: string;
  /** The live site, updated in place. */
  live: string;
  /** Site-relative files of pages that no longer exist. */
  removed: string[];
  /**
   * A site-relative directory updated a child at a time, if staged (the search index: its shards): each
   * staged directory replaces the live one of its name whole, the live children named in `keep` stay,
   * every other live child is removed, and its staged files are moved in like any other.
   */
  merged?: { dir: string; keep: readonly string[] };
  /** Site-relative file written last, once everything else is in place (the page manifest). */
  last: string;
  /**
   * False for the first part of an update in two parts: the live `last` is removed (an interruption
   * now means a full rebuild next time) and is not put back; the second part, final, brings it. Default true.
   */
  final?: boolean;
}

/** Files moved into the live site at once. */
const MOVES_AT_ONCE = 32;

/**
 * Moves a partial build into the live site: renames only, so every page is always either its old
 * or its new version. The manifest goes first and comes back last: if the update is interrupted,
 * the next build finds no manifest and rebuilds the whole site.
 */
export async function applyUpdate(update: Update): Promise<void> {
  const { staged, live } = update;
  await rm(path.join(live, update.last), { force: true });
  if (update.merged && existsSync(path.join(staged, update.merged.dir))) {
    await mergeDirectory(path.join(staged, update.merged.dir), path.join(live, update.merged.dir), update.merged.keep);
  }
  const skip = path.join(staged, update.last);
  const moves: string[] = [];
  for await (const file of filesUnder(staged, skip)) moves.push(file);
  // A few at a time: the dev server's reload waits for them (161 pages for one article at 1,000).
  for (let i = 0; i < moves.length; i += MOVES_AT_ONCE) {
    await Promise.all(
      moves.slice(i, i + MOVES_AT_ONCE).map(async (file) => {
        const target = path.join(live, path.relative(staged, file));
        await mkdir(path.dirname(target), { recursive: true });
        await rename(file, target);
      }),
    );
  }
  for (const rel of update.removed) {
    const target = path.join(live, rel);
    await rm(target, { force: true });
    await pruneEmpty(path.dirname(target), live);
  }
  if (update.final ?? true) await rename(skip, path.join(live, update.last));
}
