// What each page's model read (see src/pages/reads.ts), kept in the page manifest between builds. In
// an update, a page whose recorded keys all have the digests they had keeps its fingerprint without its
// model being made. Stored compactly: every key and node once, by number, with its digest; each page
// and each node as the numbers it read, in base 64. Whatever does not fit (a number out of range, a node that is
// not one) means no reads at all: every page's model is made, as without a previous build.
import { z } from 'zod';
import { KeyDigests, VOLATILE, type ReadLog } from '../pages/reads.ts';

/**
 * The reads in the manifest. Key names and digests are lines; the numbers read are unsigned 32-bit
 * integers (little-endian, as every platform Node runs on) in base 64: every page's, one after
 * another, and each node's as its number, its count and what it read.
 */
export const storedReadsSchema = z.object({
  /** Every key and node read, one a line, by number (a node's name starts with `@`). */
  keys: z.string(),
  /** Per key, its digest when the pages were made (empty for a node, and for the key that is never unchanged). */
  digests: z.string(),
  nodes: z.string(),
  reads: z.string(),
  /** Per page: `<template>|<page key>`, the offset of its reads and their count, tab-separated. */
  pages: z.record(z.string(), z.string()),
});
export type StoredReads = z.infer<typeof storedReadsSchema>;

/** A page's identity (its template and key) and what its model read, by number. */
export interface PageReads {
  identity: string;
  reads: ArrayLike<number>;
}

const NODE = '@';

/** Base 64 → numbers, or null when it is not a whole number of them. */
function decode(text: string): Uint32Array | null {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length % 4 !== 0) return null;
  // A large buffer has its own memory, aligned: read in place; a small one may sit in a shared pool at any offset.
  if (bytes.byteOffset % 4 === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}

function encode(numbers: Uint32Array): string {
  return Buffer.from(numbers.buffer, numbers.byteOffset, numbers.byteLength).toString('base64');
}

/** Unsigned 32-bit numbers appended one by one, in memory that grows by doubling. */
class Numbers {
  private values = new Uint32Array(1024);
  length = 0;

  /** Makes room for `count` more numbers and returns where they start. */
  reserve(count: number): number {
    const at = this.length;
    if (at + count > this.values.length) {
      const grown = new Uint32Array(Math.max(this.values.length * 2, at + count));
      grown.set(this.values.subarray(0, at));
      this.values = grown;
    }
    this.length += count;
    return at;
  }

  set(at: number, value: number): void {
    this.values[at] = value;
  }

  done(): Uint32Array {
    return this.values.subarray(0, this.length);
  }
}

/** The reads of a previous build's pages, checked against this build's view. */
export class PreviousReads {
  /** Per number: 0 not yet checked, 1 unchanged, 2 changed. */
  private readonly state: Uint8Array;

  private constructor(
    readonly names: readonly string[],
    private readonly digests: readonly string[],
    /** Per node number, where its reads start in `nodeReads` (-1: not a node) and how many. */
    private readonly nodeAt: Int32Array,
    private readonly nodeCount: Uint32Array,
    private readonly nodeReads: Uint32Array,
    private readonly pages: ReadonlyMap<string, PageReads>,
  ) {
    this.state = new Uint8Array(names.length);
  }

  /** The stored reads, or null when they do not hold together. */
  static from(stored: StoredReads): PreviousReads | null {
    const names = stored.keys.split('\n');
    const digests = stored.digests.split('\n');
    const nodes = decode(stored.nodes);
    const reads = decode(stored.reads);
    const size = names.length;
    if (digests.length !== size || !nodes || !reads) return null;
    for (const id of reads) if (id >= size) return null;
    const nodeAt = new Int32Array(size).fill(-1);
    const nodeCount = new Uint32Array(size);
    for (let i = 0; i < nodes.length;) {
      const id = nodes[i] as number;
      const count = nodes[i + 1] ?? 0;
      if (id >= size || !names[id]?.startsWith(NODE) || i + 2 + count > nodes.length) return null;
      for (let j = i + 2; j < i + 2 + count; j++) if ((nodes[j] as number) >= size) return null;
      nodeAt[id] = i + 2;
      nodeCount[id] = count;
      i += 2 + count;
    }
    const pages = new Map<string, PageReads>();
    for (const [path, record] of Object.entries(stored.pages)) {
      const [identity = '', offset = '', count = ''] = record.split('\t');
      const [start, n] = [Number(offset), Number(count)];
      if (!Number.isInteger(start) || !Number.isInteger(n) || start < 0 || n < 0 || start + n > reads.length) return null;
      pages.set(path, { identity, reads: reads.subarray(start, start + n) });
    }
    return new PreviousReads(names, digests, nodeAt, nodeCount, nodes, pages);
  }

  /** What the page at `path` read when it was last made, if it is the same page (template and key). */
  of(path: string, identity: string): PageReads | undefined {
    const page = this.pages.get(path);
    return page?.identity === identity ? page : undefined;
  }

  /** What a node read (numbers), or undefined when `id` is not a node. */
  nodeReadsOf(id: number): ArrayLike<number> | undefined {
    const at = this.nodeAt[id] ?? -1;
    return at < 0 ? undefined : this.nodeReads.subarray(at, at + (this.nodeCount[id] ?? 0));
  }

  /** Every key the page read has the digest it had, in `now`: its model is unchanged. */
  unchanged(page: PageReads, now: KeyDigests): boolean {
    for (let i = 0; i < page.reads.length; i++) if (!this.same(page.reads[i] as number, now)) return false;
    return true;
  }

  private same(id: number, now: KeyDigests): boolean {
    const known = this.state[id];
    if (known) return known === 1;
    // A node is marked changed while it is checked, so that a cycle (which a build never records) cannot loop.
    this.state[id] = 2;
    const name = this.names[id] ?? VOLATILE;
    let same = true;
    if (name.startsWith(NODE)) {
      const reads = this.nodeReadsOf(id);
      if (!reads) same = false;
      else for (let i = 0; same && i < reads.length; i++) same = this.same(reads[i] as number, now);
    } else {
      const d = now.of(name);
      same = d !== null && d === this.digests[id];
    }
    this.state[id] = same ? 1 : 2;
    return same;
  }
}

/**
 * This build's reads for the manifest: the pages whose models were made (their reads in `log`) and the
 * pages kept unchanged (their reads in `previous`), each key with its digest in this build. In the order
 * of the paths, each key is numbered where it is first read: the same pages with the same reads give the
 * same manifest, whichever of them this build made and which it kept.
 */
export function storeReads(
  log: ReadLog,
  made: ReadonlyMap<string, PageReads>,
  kept: ReadonlyMap<string, PageReads>,
  previous: PreviousReads | null,
  now: KeyDigests,
): StoredReads {
  const ids = new Map<string, number>();
  const keys: string[] = [];
  const digests: string[] = [];
  const nodes = new Numbers();
  // Names are lines: one with a line break (no lookup makes one) is stored as the key never unchanged.
  const number = (read: string): { id: number; fresh: boolean } => {
    const name = read.includes('\n') ? VOLATILE : read;
    let id = ids.get(name);
    if (id !== undefined) return { id, fresh: false };
    id = keys.length;
    ids.set(name, id);
    keys.push(name);
    digests.push(name.startsWith(NODE) ? '' : (now.of(name) ?? ''));
    return { id, fresh: true };
  };
  // Each number of the log and of the previous build, renumbered once. A node's reads are stored with
  // it the first time it is numbered (a node made in this build and kept from the last one read the
  // same keys: they had the same values, and what it made is a function of them): its place is taken
  // first, and the nodes it read are stored after it.
  const renumber = (names: readonly string[], nodeReads: (id: number) => ArrayLike<number> | undefined) => {
    const done = new Int32Array(names.length).fill(-1);
    const map = (id: number): number => {
      const known = done[id] ?? -1;
      if (known >= 0) return known;
      const name = names[id] ?? VOLATILE;
      const { id: out, fresh } = number(name);
      done[id] = out;
      if (fresh && name.startsWith(NODE)) {
        const list = nodeReads(id) ?? [];
        const at = nodes.reserve(2 + list.length);
        nodes.set(at, out);
        nodes.set(at + 1, list.length);
        for (let i = 0; i < list.length; i++) nodes.set(at + 2 + i, map(list[i] as number));
      }
      return out;
    };
    return map;
  };
  const fromLog = renumber(log.names, (id) => log.nodes.get(id));
  const fromPrevious = previous ? renumber(previous.names, (id) => previous.nodeReadsOf(id)) : null;
  const pages: Record<string, string> = {};
  const paths = [...new Set([...made.keys(), ...(fromPrevious ? kept.keys() : [])])].sort();
  const reads = new Numbers();
  for (const path of paths) {
    const page = made.get(path) ?? kept.get(path);
    const map = made.has(path) ? fromLog : fromPrevious;
    if (!page || !map) continue;
    const at = reads.reserve(page.reads.length);
    pages[path] = `${page.identity}\t${at}\t${page.reads.length}`;
    for (let i = 0; i < page.reads.length; i++) reads.set(at + i, map(page.reads[i] as number));
  }
  return { keys: keys.join('\n'), digests: digests.join('\n'), nodes: encode(nodes.done()), reads: encode(reads.done()), pages };
}
