import type { Root } from 'hast';

const HEADING = /^h([1-6])$/;

/**
 * Heading levels for a page whose h1 is its title: body headings start at h2 and never skip a
 * level on the way down (h1 → h3 becomes h2 → h3 → …), as screen-reader outlines expect.
 */
export function outlineLevels(levels: readonly number[]): number[] {
  // Open sections as [level in the source, level on the page]; a heading closes every section at
  // or below its own source level and nests one below what is left open.
  const open: Array<[number, number]> = [];
  return levels.map((level) => {
    while (open.length > 0 && (open.at(-1)?.[0] ?? 0) >= level) open.pop();
    const fitted = Math.min((open.at(-1)?.[1] ?? 1) + 1, 6);
    open.push([level, fitted]);
    return fitted;
  });
}

/** Fits the top-level headings of an article body under the page's h1 (see outlineLevels). */
export function rehypeOutline() {
  return (tree: Root) => {
    const headings = tree.children.flatMap((node) => {
      const m = node.type === 'element' ? HEADING.exec(node.tagName) : null;
      return node.type === 'element' && m ? [{ node, level: Number(m[1]) }] : [];
    });
    const levels = outlineLevels(headings.map((h) => h.level));
    headings.forEach((h, i) => (h.node.tagName = `h${levels[i] ?? h.level}`));
  };
}
