// A string as a regular expression that matches it literally.

/** `text` with every character a regular expression gives a meaning escaped ("St. John's (N.L.)" → "St\. John's \(N\.L\.\)"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
