import { createHash } from 'node:crypto';

/**
 * Anchors that survive edits elsewhere in the article: a short hash of the block's own words,
 * so adding or removing another paragraph never moves a link that readers have shared.
 */
export function makeAnchorFactory(): (prefix: string, text: string) => string {
  const used = new Set<string>();
  return (prefix, text) => {
    const words = text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    const base = `${prefix}-${createHash('sha1').update(words).digest('hex').slice(0, 7)}`;
    let anchor = base;
    for (let n = 2; used.has(anchor); n++) anchor = `${base}-${n}`;
    used.add(anchor);
    return anchor;
  };
}
