// Fingerprints of the content files (a hash of name and bytes), remembered with each file's size,
// modification time and inode, so that a rebuild reads only the files that changed, as `git status`
// does. A file modified within a few seconds of being hashed is hashed again next time: on a file
// system with coarse timestamps an edit in the same tick would keep its modification time.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentFileNames } from '../load/loadArticles.ts';

export interface FingerprintedFile {
  /** Path relative to the root (the repository), as errors name it. */
  file: string;
  abs: string;
  fingerprint: string;
  /** The bytes when they were read for the fingerprint; null when it was remembered. */
  bytes: Uint8Array | null;
}

interface Seen {
  size: number;
  mtimeMs: number;
  ino: number;
  /** When the bytes were read. */
  readAt: number;
  fingerprint: string;
}

const INDEX_FILE = 'content-files.json';
/** Coarser than any file system's timestamps (FAT: 2 s). */
const RACY_MS = 3000;

export function fingerprintOf(file: string, bytes: Uint8Array): string {
  return createHash('sha256').update(file).update('\u0000').update(bytes).digest('hex');
}

/** Every `*.md` file of a content directory, in name order, with its fingerprint. */
export async function fingerprintContentDir(
  contentDir: string,
  cacheDir: string | null,
  root = process.cwd(),
): Promise<FingerprintedFile[]> {
  const indexPath = cacheDir ? path.join(cacheDir, INDEX_FILE) : null;
  const known = indexPath ? await readIndex(indexPath) : {};
  const seen: Record<string, Seen> = {};
  const names = await contentFileNames(contentDir);
  const files: FingerprintedFile[] = [];
  let changed = names.length !== Object.keys(known).length;
  for (let i = 0; i < names.length; i += 64) {
    files.push(
      ...(await Promise.all(
        names.slice(i, i + 64).map(async (name): Promise<FingerprintedFile> => {
          const abs = path.join(contentDir, name);
          const file = path.relative(root, abs).split(path.sep).join('/');
          const { size, mtimeMs, ino } = await stat(abs);
          const before = known[file];
          if (before && before.size === size && before.mtimeMs === mtimeMs && before.ino === ino && mtimeMs < before.readAt - RACY_MS) {
            seen[file] = before;
            return { file, abs, fingerprint: before.fingerprint, bytes: null };
          }
          const readAt = Date.now();
          const bytes = await readFile(abs);
          const fingerprint = fingerprintOf(file, bytes);
          seen[file] = { size, mtimeMs, ino, readAt, fingerprint };
          changed = true;
          return { file, abs, fingerprint, bytes };
        }),
      )),
    );
  }
  if (indexPath && changed) await writeIndex(indexPath, seen);
  return files;
}

/** Reads a file whose fingerprint was remembered (it is to be parsed after all), and fingerprints what was read. */
export async function readFingerprinted(file: FingerprintedFile): Promise<FingerprintedFile & { bytes: Uint8Array }> {
  if (file.bytes) return file as FingerprintedFile & { bytes: Uint8Array };
  const bytes = await readFile(file.abs);
  return { ...file, bytes, fingerprint: fingerprintOf(file.file, bytes) };
}

async function readIndex(file: string): Promise<Record<string, Seen>> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Record<string, Seen>;
  } catch {
    return {};
  }
}

async function writeIndex(file: string, seen: Record<string, Seen>): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(seen));
    await rename(tmp, file);
  } catch {
    // Only an optimisation: without the index every file is read next time.
  }
}
