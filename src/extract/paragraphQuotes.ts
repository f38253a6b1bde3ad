// A paragraph's quotations: the quoted words of someone, not the names of things in quotation marks.
import type { Paragraph } from '../types.ts';
import { findQuotes, type QuoteSpan } from './findQuotes.ts';

// A quotation that names something rather than quoting someone: ‘The changing DNA of …’, “Coalition of the Willing”.
const LABEL_CUE = /\b(titled|entitled|called|dubbed|named|known as|so-called|playing)\s*$/i;
const SOMEONE_CALLED = /\b(?:it|they|he|she|we|I|you)\s+(?:called|dubbed|described\s+as)\s*$/;
const SMALL_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'at', 'by', 'or']);

/** How far before a quotation a naming word ("titled", "dubbed") is looked for. */
const LABEL_CUE_WINDOW = 20;

/** Whether a quotation names something (a title, a slogan) rather than quoting someone. */
function isLabel(text: string, q: QuoteSpan): boolean {
  const before = text.slice(Math.max(0, q.start - LABEL_CUE_WINDOW), q.start - 1);
  // "what it called “unsafe working conditions”", "what they dubbed …": someone's words, not a name.
  if (LABEL_CUE.test(before) && !SOMEONE_CALLED.test(before)) return true;
  const words = q.text.split(/\s+/);
  return words.length <= 6 && words.every((w) => SMALL_WORDS.has(w) || /^[\p{Lu}\p{N}]/u.test(w)) && !/[.!?]$/.test(q.text);
}

/** A paragraph's quotations, names of things ("titled ‘…’") left out; a block quotation without marks is one quotation. */
export function paragraphQuotes(paragraph: Paragraph): QuoteSpan[] {
  const text = paragraph.text;
  const quotes = findQuotes(text).filter((q) => !isLabel(text, q));
  // A block quotation set off without quotation marks (testimony, a statement) is quoted words all the same.
  if (paragraph.kind === 'blockquote' && quotes.length === 0 && text.split(/\s+/).length >= 4) {
    const words = text.replace(/[.,]$/, '');
    quotes.push({ start: 0, end: words.length, text: words, open: false });
  }
  return quotes;
}
