export interface QuoteSpan {
  /** Offsets of the quoted words (without the marks). */
  start: number;
  end: number;
  text: string;
  /** The quote runs to the end of the paragraph without closing (it continues in the next one). */
  open: boolean;
}

const PAIRS: Record<string, string> = { '“': '”', '"': '"', '‘': '’', "'": "'", '«': '»' };
// Scraped text mixes curly and straight marks: ‘I don't want to overpromise'
const CLOSERS: Record<string, string> = { '“': '”"', '"': '"”', '‘': "’'", "'": "'’", '«': '»' };
const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSingle = (c: string) => c === '‘' || c === '’' || c === "'";

/** Can the mark at i open a quotation? (Not an apostrophe inside or after a word.) */
function canOpen(text: string, i: number): boolean {
  const c = text[i] ?? '';
  const prev = text[i - 1];
  if (c === '“' || c === '«') return true;
  if (c === '‘') return !isLetter(prev);
  // straight quotes and ' open only at a word start
  return !isLetter(prev) && prev !== '.' && (isLetter(text[i + 1]) || /["“‘'.…([]/.test(text[i + 1] ?? ''));
}

/** Can the mark at i close a quotation opened with `open`? */
function canClose(text: string, i: number, open: string): boolean {
  const c = text[i] ?? '';
  if (!(CLOSERS[open] ?? '').includes(c)) return false;
  // ’ and ' inside a word are apostrophes: won’t, Russia’s
  if (isSingle(open)) return !isLetter(text[i + 1]);
  return true;
}

/**
 * Finds the top-level quotations in a paragraph: “…”, "…", ‘…’, '…'.
 * Quotes nested inside a quote stay part of it. An opening mark that never closes
 * makes a quote that runs to the end of the paragraph (news style for a quote that
 * continues in the next paragraph).
 */
export function findQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (!(c in PAIRS) || !canOpen(text, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    let depth = 0;
    let closeAt = -1;
    for (; j < text.length; j++) {
      const d = text[j] ?? '';
      if (canClose(text, j, c) && depth === 0) {
        closeAt = j;
        break;
      }
      // a nested quote of the other kind: skip over it
      if (d !== c && d in PAIRS && isSingle(d) !== isSingle(c) && canOpen(text, j)) depth++;
      else if (depth > 0 && '”"’\''.includes(d) && isSingle(d) !== isSingle(c) && !isLetter(text[j + 1])) depth--;
    }
    const end = closeAt === -1 ? text.length : closeAt;
    const raw = text.slice(i + 1, end);
    const trimmed = raw.replace(/[\s,]+$/u, '');
    if (/[\p{L}\p{N}]/u.test(trimmed)) {
      const lead = raw.length - raw.trimStart().length;
      quotes.push({ start: i + 1 + lead, end: i + 1 + trimmed.length, text: trimmed.trim(), open: closeAt === -1 });
    }
    i = end + 1;
  }
  return quotes;
}
