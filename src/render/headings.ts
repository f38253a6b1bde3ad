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

const OUTER_HEADING = /^<h([1-6])(?=[\s>])/;

/** The level of a block's outer heading element, or null when the block is not a heading. */
export function headingLevel(blockHtml: string): number | null {
  const m = OUTER_HEADING.exec(blockHtml);
  return m ? Number(m[1]) : null;
}

/** Changes the outer heading element of a block to `level`. */
export function setHeadingLevel(blockHtml: string, level: number): string {
  return blockHtml.replace(OUTER_HEADING, `<h${level}`).replace(/<\/h[1-6]>$/, `</h${level}>`);
}
