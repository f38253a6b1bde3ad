import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A hash of the source of the stages whose results are cached (parse, extract), so that any change
 * to their rules invalidates the cache by itself: no version number to remember to bump.
 */
export function codeVersion(dirs: string[]): string {
  const hash = createHash('sha256');
  for (const dir of dirs) {
    const abs = fileURLToPath(new URL(`../${dir}/`, import.meta.url));
    for (const name of readdirSync(abs).filter((n) => n.endsWith('.ts')).sort()) {
      hash.update(`${dir}/${name}`).update(readFileSync(abs + name));
    }
  }
  return hash.digest('hex').slice(0, 16);
}
