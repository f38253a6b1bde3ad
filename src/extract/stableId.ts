import { createHash } from 'node:crypto';

/** A short id that depends only on its parts, so it stays the same from build to build. */
export function stableId(prefix: string, ...parts: string[]): string {
  return `${prefix}-${createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 10)}`;
}
