// Folding text for comparison: the same line whatever its quotes, spaces and case.

/** Curly quotes → straight, NBSP and other spaces → one space, trimmed; case kept. */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The comparison key of a line: folded and lower-cased. */
export function key(text: string): string {
  return fold(text).toLowerCase();
}
