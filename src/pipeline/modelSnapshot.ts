// The persistent site model: one file in the cache directory holding every article's cached record
// (what `.cache/extract/<key>.json` holds, without the blocks) and the quote-merge groups of the last
// build, so that a rebuild reads one file instead of one per article and updates the merge from the
// changed articles alone (see QuoteMerger.resume).
//
// Format: the body, one line per record, `<cache key>\t<record JSON>`, and a line `#groups\t<JSON>`;
// then a last line `#header\t<JSON>`: format, version, the pipeline version the records were made by,
// the body's length and SHA-1. Whatever is read back is checked (header, length, checksum, each record's
// shape); anything unreadable or mismatched is ignored, and the build takes the path it takes without a
// snapshot (one file per article, a merge from scratch): a snapshot can make a build faster, never
// different. Records are content-addressed (their key hashes the file, the knowledge and the code), so a
// record found under a key is the record the cache holds under it.
import { createHash, hash } from 'node:crypto';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import path from 'node:path';

export const SNAPSHOT_FILE = 'model-snapshot.txt';
const FORMAT = 'newsline-model-snapshot';
/** Bumped whenever the layout of the file changes. */
export const SNAPSHOT_VERSION = 1;

interface Header {
  format: typeof FORMAT;
  version: number;
  /** The code that made the records and groups (a different value: the snapshot is ignored). */
  pipeline: string;
  records: number;
  bytes: number;
  sha1: string;
}

/** What a snapshot gives back: each record by key (and its JSON as read, to write it again unchanged), the stored groups. */
export interface Snapshot<T, G> {
  records: Map<string, T>;
  /** Each record's JSON as stored (a view into the file's bytes). */
  raw: Map<string, Buffer>;
  groups: G | null;
}

const TAB = 0x09;
const NEWLINE = 0x0a;
const GROUPS_KEY = '#groups';
const HEADER_KEY = '#header';

const sha1 = (bytes: Buffer) => hash('sha1', bytes, 'hex');

/**
 * Reads the snapshot in `dir`, or null when there is none or it cannot be trusted: another format,
 * version or pipeline, a body of another length or checksum, a record that does not parse or fails
 * `isRecord`. `isGroups` checks the groups (failing it drops the groups, not the records).
 */
export async function readSnapshot<T, G>(
  dir: string,
  pipeline: string,
  isRecord: (value: unknown) => value is T,
  isGroups: (value: unknown) => value is G,
): Promise<Snapshot<T, G> | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path.join(dir, SNAPSHOT_FILE));
  } catch {
    return null;
  }
  try {
    // The header is the last line (written once the body's length and checksum are known).
    if (bytes.length === 0 || bytes[bytes.length - 1] !== NEWLINE) return null;
    const headerStart = bytes.lastIndexOf(NEWLINE, bytes.length - 2) + 1;
    const headerLine = bytes.toString('utf8', headerStart, bytes.length - 1);
    if (!headerLine.startsWith(`${HEADER_KEY}\t`)) return null;
    const header = JSON.parse(headerLine.slice(HEADER_KEY.length + 1)) as Partial<Header>;
    const body = bytes.subarray(0, headerStart);
    if (
      header.format !== FORMAT ||
      header.version !== SNAPSHOT_VERSION ||
      header.pipeline !== pipeline ||
      header.bytes !== body.length ||
      header.sha1 !== sha1(body)
    ) {
      return null;
    }
    const records = new Map<string, T>();
    const raw = new Map<string, Buffer>();
    let groups: G | null = null;
    for (let at = 0; at < body.length;) {
      const end = body.indexOf(NEWLINE, at);
      const tab = body.indexOf(TAB, at);
      if (end < 0 || tab < 0 || tab > end) return null;
      const key = body.toString('utf8', at, tab);
      const json = body.subarray(tab + 1, end);
      const value: unknown = JSON.parse(json.toString('utf8'));
      if (key === GROUPS_KEY) groups = isGroups(value) ? value : null;
      else if (!/^[0-9a-f]{32}$/.test(key) || !isRecord(value)) return null;
      else {
        records.set(key, value);
        raw.set(key, json);
      }
      at = end + 1;
    }
    if (records.size !== header.records) return null;
    return { records, raw, groups };
  } catch {
    return null;
  }
}

/**
 * Writes a snapshot of these records (each as JSON already made, or a value to serialise) and groups,
 * replacing the one in `dir` whole (write, then rename: a build killed meanwhile leaves the old one).
 * Written a record at a time, and the checksum taken as it goes: the snapshot of 5,000 articles is
 * ~50 MB, and is never held whole in memory.
 */
export async function writeSnapshot(
  dir: string,
  pipeline: string,
  records: ReadonlyArray<{ key: string; json: Buffer | null; value: unknown }>,
  groups: unknown,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, SNAPSHOT_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  const handle = await open(tmp, 'w');
  try {
    const checksum = createHash('sha1');
    let bytes = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = async () => {
      if (pending.length === 0) return;
      const chunk = Buffer.concat(pending, pendingBytes);
      for (let at = 0; at < chunk.length;) at += (await handle.write(chunk, at)).bytesWritten;
      pending = [];
      pendingBytes = 0;
    };
    const put = async (chunk: Buffer) => {
      checksum.update(chunk);
      bytes += chunk.length;
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= 1 << 20) await flush();
    };
    for (const { key, json, value } of records) {
      await put(Buffer.from(`${key}\t`));
      await put(json ?? Buffer.from(JSON.stringify(value)));
      await put(Buffer.from('\n'));
    }
    if (groups !== null && groups !== undefined) await put(Buffer.from(`${GROUPS_KEY}\t${JSON.stringify(groups)}\n`));
    const header: Header = {
      format: FORMAT,
      version: SNAPSHOT_VERSION,
      pipeline,
      records: records.length,
      bytes,
      sha1: checksum.digest('hex'),
    };
    const trailer = Buffer.from(`${HEADER_KEY}\t${JSON.stringify(header)}\n`);
    pending.push(trailer);
    pendingBytes += trailer.length;
    await flush();
  } finally {
    await handle.close();
  }
  await rename(tmp, file);
}
