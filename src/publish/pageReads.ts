// What each page's model read (see src/pages/reads.ts), kept in the page manifest between builds. In
// an update, a page whose recorded keys all have the digests they had keeps its fingerprint without its
// model being made. Stored compactly: every key and node once, by number, with its digest; each page
// and each node as the numbers it read. Whatever does not fit (a number out of range, a node that is
// not one) means no reads at all: every page's model is made, as without a previous build.
import { z } from 'zod';
import { KeyDigests, VOLATILE, type ReadLog } from '../pages/reads.ts';

/** The reads in the manifest: numbers are base 36, lists comma-separated. */
export const storedReadsSchema = z.object({
  /** Every key and node read, by number (a node's name starts with `@`). */
  keys: z.array(z.string()),
  /** Per key, its digest when the pages were made ('' for a node, and for the key that is never unchanged). */
  digests: z.array(z.string()),
  /** `<node>:<read>,<read>…` per node, `;`-separated. */
  nodes: z.string(),
  /** Per page: `<template>|<page key>` and, after a tab, what its model read. */
  pages: z.record(z.string(), z.string()),
});
export type StoredReads = z.infer<typeof storedReadsSchema>;

/** A page's identity (its template and key) and what its model read, by number. */
export interface PageReads {
  identity: string;
  reads: readonly number[];
}

const NODE = '@';

function numbers(list: string, limit: number): number[] | null {
  if (list === '') return [];
  const out = list.split(',').map((n) => parseInt(n, 36));
  return out.every((n) => Number.isInteger(n) && n >= 0 && n < limit) ? out : null;
}

/** The reads of a previous build's pages, checked against this build's view. */
export class PreviousReads {
  /** Per number: 0 not yet checked, 1 unchanged, 2 changed. */
  private readonly state: Uint8Array;

  private constructor(
    readonly names: readonly string[],
    private readonly digests: readonly string[],
    readonly nodes: ReadonlyMap<number, readonly number[]>,
    private readonly pages: ReadonlyMap<string, PageReads>,
  ) {
    this.state = new Uint8Array(names.length);
  }

  /** The stored reads, or null when they do not hold together. */
  static from(stored: StoredReads): PreviousReads | null {
    const { keys, digests } = stored;
    if (digests.length !== keys.length) return null;
    const nodes = new Map<number, number[]>();
    for (const def of stored.nodes === '' ? [] : stored.nodes.split(';')) {
      const [id, list = ''] = def.split(':');
      const node = numbers(id ?? '', keys.length);
      const reads = numbers(list, keys.length);
      if (!node || node.length !== 1 || !reads || !keys[node[0] as number]?.startsWith(NODE)) return null;
      nodes.set(node[0] as number, reads);
    }
    const pages = new Map<string, PageReads>();
    for (const [path, record] of Object.entries(stored.pages)) {
      const tab = record.indexOf('\t');
      const reads = tab < 0 ? null : numbers(record.slice(tab + 1), keys.length);
      if (!reads) return null;
      pages.set(path, { identity: record.slice(0, tab), reads });
    }
    return new PreviousReads(keys, digests, nodes, pages);
  }

  /** What the page at `path` read when it was last made, if it is the same page (template and key). */
  of(path: string, identity: string): PageReads | undefined {
    const page = this.pages.get(path);
    return page?.identity === identity ? page : undefined;
  }

  /** Every key the page read has the digest it had, in `now`: its model is unchanged. */
  unchanged(page: PageReads, now: KeyDigests): boolean {
    return page.reads.every((id) => this.same(id, now));
  }

  private same(id: number, now: KeyDigests): boolean {
    const known = this.state[id];
    if (known) return known === 1;
    // A node is marked changed while it is checked, so that a cycle (which a build never records) cannot loop.
    this.state[id] = 2;
    const name = this.names[id] ?? VOLATILE;
    let same: boolean;
    if (name.startsWith(NODE)) {
      const reads = this.nodes.get(id);
      same = reads !== undefined && reads.every((r) => this.same(r, now));
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
 * pages kept unchanged (their reads in `previous`), each key with its digest in this build.
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
  const nodes: string[] = [];
  const number = (name: string): { id: number; fresh: boolean } => {
    let id = ids.get(name);
    if (id !== undefined) return { id, fresh: false };
    id = keys.length;
    ids.set(name, id);
    keys.push(name);
    digests.push(name.startsWith(NODE) ? '' : (now.of(name) ?? ''));
    return { id, fresh: true };
  };
  // A node's reads are stored with it the first time it is numbered (a node made in this build and
  // kept from the last one read the same keys: they had the same values, and a model is a function of them).
  const from =
    (names: readonly string[], nodeReads: (id: number) => readonly number[] | undefined) =>
    (id: number): number => {
      const name = names[id] ?? VOLATILE;
      const { id: out, fresh } = number(name);
      if (fresh && name.startsWith(NODE)) {
        const list = (nodeReads(id) ?? []).map(from(names, nodeReads));
        nodes.push(`${out.toString(36)}:${list.map((n) => n.toString(36)).join(',')}`);
      }
      return out;
    };
  const fromLog = from(log.names, (id) => log.nodes.get(id));
  const fromPrevious = previous ? from(previous.names, (id) => previous.nodes.get(id)) : null;
  const pages: Record<string, string> = {};
  const store = (path: string, page: PageReads, map: (id: number) => number) => {
    pages[path] = `${page.identity}\t${page.reads.map((id) => map(id).toString(36)).join(',')}`;
  };
  // In the order of the paths, each key numbered where it is first read: the same pages with the same
  // reads give the same manifest, whichever of them this build made and kept.
  const paths = [...new Set([...made.keys(), ...(fromPrevious ? kept.keys() : [])])].sort();
  for (const path of paths) {
    const page = made.get(path);
    if (page) store(path, page, fromLog);
    else if (fromPrevious) store(path, kept.get(path) as PageReads, fromPrevious);
  }
  return { keys, digests, nodes: nodes.join(';'), pages };
}
