// The part of the site model kept between builds: the quote-merge groups of the last build, with each
// article they were made of (see StoredGroups), in `<cache dir>/quote-groups.json`, so that a rebuild
// after articles were added updates the groups from the added articles' entries (QuoteMerger.resume)
// instead of grouping every quote again.
//
// Whatever is read back is checked: format, version, the code that made the groups (the pipeline's and
// the merge's), a SHA-1 of the groups, and their shape; what they refer to is checked when they are used.
// Anything unreadable or mismatched is ignored and the merge groups from scratch, as without the file:
// the file can make a build faster, never different.
import { hash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isStoredGroups, type StoredGroups } from '../model/mergeRepeatedQuotes.ts';

export const GROUPS_FILE = 'quote-groups.json';
const FORMAT = 'newsline-quote-groups';
/** Bumped whenever the file's layout changes. */
export const GROUPS_VERSION = 1;

interface GroupsFile {
  format: typeof FORMAT;
  version: number;
  /** The code that made the groups (another value: the file is ignored). */
  code: string;
  /** SHA-1 of the groups' JSON. */
  sha1: string;
  groups: StoredGroups;
}

const sha1 = (text: string) => hash('sha1', text, 'hex');

/** The groups stored in `dir`, with their JSON as stored (to tell whether they changed), or null when there are none to trust. */
export async function readPersistedGroups(dir: string, code: string): Promise<{ groups: StoredGroups; json: string } | null> {
  try {
    const file = JSON.parse(await readFile(path.join(dir, GROUPS_FILE), 'utf8')) as Partial<GroupsFile>;
    if (file.format !== FORMAT || file.version !== GROUPS_VERSION || file.code !== code || !isStoredGroups(file.groups)) return null;
    const json = JSON.stringify(file.groups);
    return file.sha1 === sha1(json) ? { groups: file.groups, json } : null;
  } catch {
    return null;
  }
}

/** Stores the groups in `dir`, replacing the file whole (write, then rename: a build killed meanwhile leaves the old one). */
export async function writePersistedGroups(dir: string, code: string, groups: StoredGroups): Promise<void> {
  const json = JSON.stringify(groups);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, GROUPS_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(
    tmp,
    `{"format":${JSON.stringify(FORMAT)},"version":${GROUPS_VERSION},"code":${JSON.stringify(code)},"sha1":"${sha1(json)}","groups":${json}}\n`,
  );
  await rename(tmp, file);
}
