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
import { createHash } from 'node:crypto';
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
  const parsed = await parseSnapshot(file, pipeline, isRecord, isGroups).catch(() => null);
  if (!parsed) {
    await file.close();
    return null;
  }
  return { ...parsed, file, close: () => file.close() };
}

/** Bytes read at a time: the snapshot (~94 MB at 5,000 articles) is never held whole. */
const CHUNK = 1 << 20;

/** The lines of a file, each with its offset, a chunk at a time (a line may span chunks). */
async function* linesOf(file: FileHandle): AsyncGenerator<{ line: Buffer; offset: number }> {
  const chunk = Buffer.allocUnsafe(CHUNK);
  let carry = Buffer.alloc(0);
  let carryOffset = 0;
  for (let position = 0; ;) {
    const { bytesRead } = await file.read(chunk, 0, CHUNK, position);
    if (bytesRead === 0) break;
    position += bytesRead;
    const bytes = carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, bytesRead)]) : chunk.subarray(0, bytesRead);
    let at = 0;
    for (let end = bytes.indexOf(NEWLINE, at); end >= 0; end = bytes.indexOf(NEWLINE, at)) {
      yield { line: bytes.subarray(at, end), offset: carryOffset + at };
      at = end + 1;
    }
    // What is left is the start of a line: copied, since the chunk is read into again.
    carry = Buffer.from(bytes.subarray(at));
    carryOffset += at;
  }
  // A last line without its newline: the file was cut short.
  if (carry.length > 0) throw new Error('model snapshot: truncated');
}

/**
 * The records, groups and ranges of a snapshot file, or null. Read a chunk at a time, the checksum
 * taken as it goes; nothing read is trusted until the header (the last line) has vouched for all of it.
 */
async function parseSnapshot<T, G>(
  file: FileHandle,
  pipeline: string,
  isRecord: (value: unknown) => value is T,
  isGroups: (value: unknown) => value is G,
): Promise<Pick<Snapshot<T, G>, 'records' | 'groups' | 'ranges'> | null> {
  const records = new Map<string, T>();
  const ranges = new Map<string, [number, number]>();
  let groups: G | null = null;
  let header: Partial<Header> | null = null;
  const checksum = createHash('sha1');
  let bodyBytes = 0;
  const newline = Buffer.from('\n');
  for await (const { line, offset } of linesOf(file)) {
    if (header) return null; // the header is the last line
    const tab = line.indexOf(TAB);
    if (tab < 0) return null;
    const key = line.toString('utf8', 0, tab);
    const value: unknown = JSON.parse(line.toString('utf8', tab + 1));
    if (key === HEADER_KEY) {
      header = value as Partial<Header>;
      continue;
    }
    checksum.update(line).update(newline);
    bodyBytes += line.length + 1;
    if (key === GROUPS_KEY) groups = isGroups(value) ? value : null;
    else if (!/^[0-9a-f]{32}$/.test(key) || !isRecord(value)) return null;
    else {
      records.set(key, value);
      ranges.set(key, [offset + tab + 1, line.length - tab - 1]);
    }
  }
  if (
    header?.format !== FORMAT ||
    header.version !== SNAPSHOT_VERSION ||
    header.pipeline !== pipeline ||
    header.bytes !== bodyBytes ||
    header.sha1 !== checksum.digest('hex') ||
    header.records !== records.size
  ) {
    return null;
  }
  return { records, groups, ranges };
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
