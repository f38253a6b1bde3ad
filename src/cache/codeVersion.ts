import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A hash of every file under the given repository-relative paths (recursively), in a stable order. */
export function treeVersion(paths: string[]): string {
  // Two folders up: from src/cache/ here, from .cache/build/ in the compiled build (src/cli/launch.mjs).
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const hash = createHash('sha256');
  const visit = (rel: string) => {
    const entries = readdirSync(root + rel, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) visit(child);
      else if (entry.isFile()) hash.update(child).update(readFileSync(root + child));
    }
  };
  for (const rel of paths) {
    if (statSync(root + rel).isDirectory()) visit(rel);
    else hash.update(rel).update(readFileSync(root + rel));
  }
  return hash.digest('hex').slice(0, 16);
}
