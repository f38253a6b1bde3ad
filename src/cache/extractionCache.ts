import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A content-addressed cache on disk: the key hashes everything a result depends on
 * (the article's bytes, the knowledge files, the extractor version), so a stale entry is never read
 * and nothing needs invalidating: changed inputs simply ask for another key.
 */
export class ExtractionCache<T> {
  hits = 0;
  misses = 0;

  /** @param memory Results kept in memory between builds of one process (the dev server), in front of the disk. */
  constructor(
    private readonly dir: string | null,
    private readonly memory: Map<string, T> | null = null,
  ) {}

  static key(...parts: string[]): string {
    return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
  }

  async get(key: string): Promise<T | undefined> {
    const remembered = this.memory?.get(key);
    if (remembered !== undefined) {
      this.hits++;
      return remembered;
    }
    if (!this.dir) return undefined;
    try {
      const value = JSON.parse(await readFile(path.join(this.dir, `${key}.json`), 'utf8')) as T;
      this.memory?.set(key, value);
      this.hits++;
      return value;
    } catch {
      return undefined;
    }
  }

  /** For reading on demand inside a synchronous render; not counted as a hit. */
  readSync(key: string): T | undefined {
    if (!this.dir) return undefined;
    try {
      return JSON.parse(readFileSync(path.join(this.dir, `${key}.json`), 'utf8')) as T;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: T): Promise<void> {
    this.misses++;
    this.memory?.set(key, value);
    if (!this.dir) return;
    await mkdir(this.dir, { recursive: true });
    // Write then rename: a build killed mid-write never leaves a half file to be read later.
    const file = path.join(this.dir, `${key}.json`);
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(value));
    await rename(tmp, file);
  }
}
