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
import { mkdir, open, rename, type FileHandle } from 'node:fs/promises';
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

/**
 * What a snapshot gives back: each record by key, the stored groups, and where each record's JSON lies
 * in the file, to write it again unchanged. The file stays open until `close` (the next snapshot copies
 * from it: from this very file, even if another build has replaced it meanwhile), and its bytes are not
 * held in memory.
 */
export interface Snapshot<T, G> {
  records: Map<string, T>;
  groups: G | null;
  /** Each record's JSON: its offset in the file and its length. */
  ranges: Map<string, [number, number]>;
  file: FileHandle;
  close(): Promise<void>;
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
  let file: FileHandle;
  try {
    file = await open(path.join(dir, SNAPSHOT_FILE), 'r');
  } catch {
    return null;
  }
  const parsed = await file
    .readFile()
    .then((bytes) => parseSnapshot(bytes, pipeline, isRecord, isGroups))
    .catch(() => null);
  if (!parsed) {
    await file.close();
    return null;
  }
  return { ...parsed, file, close: () => file.close() };
}

function parseSnapshot<T, G>(
  bytes: Buffer,
  pipeline: string,
  isRecord: (value: unknown) => value is T,
  isGroups: (value: unknown) => value is G,
): Pick<Snapshot<T, G>, 'records' | 'groups' | 'ranges'> | null {
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
  const ranges = new Map<string, [number, number]>();
  let groups: G | null = null;
  for (let at = 0; at < body.length;) {
    const end = body.indexOf(NEWLINE, at);
    const tab = body.indexOf(TAB, at);
    if (end < 0 || tab < 0 || tab > end) return null;
    const key = body.toString('utf8', at, tab);
    const value: unknown = JSON.parse(body.toString('utf8', tab + 1, end));
    if (key === GROUPS_KEY) groups = isGroups(value) ? value : null;
    else if (!/^[0-9a-f]{32}$/.test(key) || !isRecord(value)) return null;
    else {
      records.set(key, value);
      ranges.set(key, [tab + 1, end - tab - 1]);
    }
    at = end + 1;
  }
  return records.size === header.records ? { records, groups, ranges } : null;
}

/** A record's JSON to copy from an earlier snapshot's file (see `Snapshot.ranges`). */
export interface StoredJson {
  file: FileHandle;
  offset: number;
  length: number;
}

async function readRange({ file, offset, length }: StoredJson): Promise<Buffer> {
  const bytes = Buffer.alloc(length);
  for (let at = 0; at < length;) {
    const { bytesRead } = await file.read(bytes, at, length - at, offset + at);
    if (bytesRead === 0) throw new Error('model snapshot: the earlier snapshot ended early');
    at += bytesRead;
  }
  return bytes;
}

/**
 * Writes a snapshot of these records (each copied from an earlier snapshot, or a value to serialise) and groups,
 * replacing the one in `dir` whole (write, then rename: a build killed meanwhile leaves the old one).
 * Written a record at a time, and the checksum taken as it goes: the snapshot of 5,000 articles is
 * ~50 MB, and is never held whole in memory.
 */
export async function writeSnapshot(
  dir: string,
  pipeline: string,
  records: ReadonlyArray<{ key: string; stored: StoredJson | null; value: unknown }>,
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
    for (const { key, stored, value } of records) {
      await put(Buffer.from(`${key}\t`));
      await put(stored ? await readRange(stored) : Buffer.from(JSON.stringify(value)));
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
