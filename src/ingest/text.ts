/** Small text helpers shared by the ingest steps. */

/** Raw text → trimmed lines (CRLF, CR and a BOM accepted). */
export function splitLines(raw: string): string[] {
  return raw
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n/)
    .map((l) => l.replace(/\s+$/u, '').replace(/^\s+/u, ''));
}

/** Ends like a sentence: `.`, `!`, `?` or `…`, optionally followed by closing quotes or brackets. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…]["'”’)\]]*$/u.test(text.trim());
}

/**
 * Looks like a headline: short, one line, not a sentence. A trailing `...`/`…`
 * ("Your views...") is allowed; a trailing `.`, `,`, `:` or `;` is not.
 */
export function isHeadingLike(text: string, maxLength = 160): boolean {
  const t = text.trim();
  if (t === '' || t.length > maxLength) return false;
  if (/(\.\.\.|…)$/u.test(t)) return true;
  return !/[.,:;]["'”’)\]]*$/u.test(t);
}

// "04:50 PM BST", "4.50pm", "16:50 CET", "9:05 a.m. ET", "16:50"
const TIMESTAMP = /^(\d{1,2})[:.](\d{2})\s*([AaPp]\.?\s?[Mm]\.?)?(?:\s+([A-Z]{2,5}))?$/;

/** A stand-alone live-blog post time. */
export function isTimestamp(text: string): boolean {
  const m = TIMESTAMP.exec(text.trim());
  if (!m) return false;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  return minute <= 59 && (m[3] ? hour >= 1 && hour <= 12 : hour <= 23);
}
