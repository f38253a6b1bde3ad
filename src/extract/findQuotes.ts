// Quoted spans are found by a text utility that the editor's import tool uses too.
export { findQuotes, type QuoteSpan } from '../text/findQuotes.ts';
