import type { Entry } from '../types.ts';

/** Cuts text at a word boundary and adds an ellipsis when it is longer than `max`. */
export function snippet(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** A one-line title for an entry: `Marco Rubio: “We will know soon …”`, or its headline or text. */
export function entryTitle(entry: Omit<Entry, 'sources'>, max = 90): string {
  if (entry.quote) {
    const quote = `“${snippet(entry.quote, max)}”`;
    return entry.speaker ? `${entry.speaker.name}: ${quote}` : quote;
  }
  return snippet(entry.headline ?? entry.text, max);
}
