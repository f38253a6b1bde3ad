// What a long-lived process (`npm start`) keeps of the site it last published, so that its next update
// need not read it back before the browser can reload: the page manifest it wrote, with its reads ready
// to check. Handed out once (`take`) and remembered again only when a build has published: a build that
// fails leaves nothing behind, and the next one reads the site on disk as a one-shot build does. The
// manifest on disk must still be the file this process wrote (same size, modification time and inode);
// a site built meanwhile by another process is read from disk.
import { stat } from 'node:fs/promises';
import { PreviousReads } from './pageReads.ts';
import type { PageManifest } from './renderPlan.ts';

/** What an update plans from: the previous build's manifest and its reads, parsed and checked. */
export interface PreviousSite {
  manifest: PageManifest;
  /** Null when the stored reads do not hold together: every page's model is then made. */
  reads: PreviousReads | null;
}

interface Remembered extends PreviousSite {
  /** The manifest's file as written. */
  file: string;
  stamp: string;
}

/** A file's identity as a `stat` tells it, or null when it is gone. */
async function stampOf(file: string): Promise<string | null> {
  try {
    const s = await stat(file, { bigint: true });
    return `${s.ino} ${s.size} ${s.mtimeNs}`;
  } catch {
    return null;
  }
}

export class PublishedSite {
  private last: Remembered | null = null;

  /** After a build has published `manifest` at `file`: kept, with its reads parsed, for the next update. */
  async remember(file: string, manifest: PageManifest): Promise<void> {
    const stamp = await stampOf(file);
    this.last = stamp === null ? null : { file, stamp, manifest, reads: PreviousReads.from(manifest.reads) };
  }

  /**
   * The site last published at `file` if it was built with `global` and the file is still the one
   * written; given once (the reads' checks are the next build's own).
   */
  async take(file: string, global: string): Promise<PreviousSite | null> {
    const last = this.last;
    this.last = null;
    if (!last || last.file !== file || last.manifest.global !== global) return null;
    return (await stampOf(file)) === last.stamp ? { manifest: last.manifest, reads: last.reads } : null;
  }
}
