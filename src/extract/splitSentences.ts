import { SPEECH_VERB_ONCE as SPEECH } from './attributeSpeaker.ts';

export interface Span {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'sen',
  'rep',
  'gov',
  'st',
  'no',
  'vs',
  'jr',
  'sr',
  'lt',
  'col',
  'capt',
  'sgt',
  'prof',
  'adm',
  // Titles of US state legislators and officers ("Del. Kaye Benning", "Assemblywoman"), police and clergy ranks.
  'del',
  'sens',
  'reps',
  'atty',
  'supt',
  'insp',
  'det',
  'cpl',
  'pvt',
  'maj',
  'cmdr',
  'brig',
  'rev',
  // Catholic clergy: "Fr. Tomás Ortiz", "Msgr. Luigi Ferri".
  'fr',
  'msgr',
  // Filipino copy abbreviates María in names: "Ma. Teresa Bañares".
  'ma',
  'hon',
  'amb',
  'cllr',
  'coun',
  'mt',
  'ft',
  // Titles of South Asian, Nigerian and Ghanaian copy: "Adv. Umair Baloch", "Engr. Musa Bello", "Smt. Lata Rao".
  'adv',
  'engr',
  'barr',
  'smt',
  'pharm',
  'arc',
  'u.s',
  'u.k',
  'a.m',
  'p.m',
  'e.g',
  'i.e',
  'etc',
  'feb',
  'jan',
  // ("said on Wednesday (Mar. 12) in São Paulo that …")
  'mar',
  'apr',
  'jun',
  'jul',
  'sep',
  'aug',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** Whether a full stop right after `before` is an abbreviation's or an initial's ("Gov.", "U.S.", "J."), not a sentence's end. */
export function endsInAbbreviation(before: string): boolean {
  const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  return ABBREVIATIONS.has(lastWord) || /^(?:\p{L}\.){0,2}\p{L}$/u.test(lastWord);
}

// A sentence ends at . ! ? or … (plus closing quotes/brackets) followed by space and
// something that can start a sentence: a capital, a digit or an opening quote.
const BOUNDARY = /([.!?…]+)(["”’')\]]*)(\s+)(?=["“‘'([]?[\p{Lu}\p{N}])/gu;

/** A short clause that only says who spoke: "Forte said.", "asked Mr Rubio, smiling." */
function isAttribution(rest: string): boolean {
  // (Its verb within the first words: "CITU district secretary P Elangovan told reporters outside the plant gate …".)
  const clause = /^[^.!?“"]{1,200}?[.!?](?=\s|$)/u.exec(rest)?.[0];
  return clause !== undefined && SPEECH.test(clause.split(/\s+/).slice(0, ATTRIBUTION_WORDS).join(' '));
}
/** How many words may come before the verb of a short clause that only says who spoke. */
const ATTRIBUTION_WORDS = 8;

/**
 * Splits a paragraph into sentences, keeping offsets into the paragraph.
 * `masked` ranges (quotations) are never split: "Putin... It turns out" inside a quote is one quote.
 */
export function splitSentences(original: string, masked: Array<{ start: number; end: number }> = []): Span[] {
  let text = original;
  for (const m of masked) {
    // Keep a quote's own closing punctuation ("… reception.” Zelenskyy's office …") so the sentence can end there.
    const tail = /[.!?…]+["”’']?$/.exec(original.slice(m.start, m.end))?.[0].length ?? 0;
    text = text.slice(0, m.start) + 'X'.repeat(m.end - m.start - tail) + text.slice(m.end - tail);
  }
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const punctEnd = (m.index ?? 0) + (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
    // "Mr. Rubio", "U.S. officials", initials like "J. Smith" and "V.K. Rajasekharan"
    if (m[1] === '.' && !m[2] && endsInAbbreviation(text.slice(Math.max(start, (m.index ?? 0) - 12), m.index))) continue;
    // “Do they take the profit?” Forte said. — a question or exclamation quoted, then its attribution: one sentence.
    if (/[?!]/.test(m[1] ?? '') && m[2] && isAttribution(text.slice(punctEnd + (m[3]?.length ?? 0)))) continue;
    spans.push({ start, end: punctEnd, text: original.slice(start, punctEnd) });
    start = punctEnd + (m[3]?.length ?? 0);
  }
  if (start < text.length) spans.push({ start, end: text.length, text: original.slice(start) });
  return spans.filter((s) => s.text.trim() !== '').flatMap((s) => atSecondSayer(s, text));
}

// "Nowicki posted on X that PiS would “…”, while Sołtys wrote that the government had “…”.": two clauses, each with its
// own sayer, verb and quotation, are two sentences.
const SECOND_CLAUSE = /(?:,\s+(?:while|whereas)|;)\s+(?=\p{Lu})/gu;
const OPENING_QUOTE = /[“"]/;

/** A sentence split where a second clause names its own sayer and quotes them (`masked` has the quotations hidden). */
function atSecondSayer(span: Span, masked: string): Span[] {
  const inner = masked.slice(span.start, span.end);
  for (const m of inner.matchAll(SECOND_CLAUSE)) {
    const cut = m.index ?? 0;
    const from = cut + m[0].length;
    const right = span.text.slice(from);
    const quoteAt = right.search(OPENING_QUOTE);
    if (!OPENING_QUOTE.test(span.text.slice(0, cut)) || quoteAt < 0 || !SPEECH.test(right.slice(0, quoteAt))) continue;
    return [
      { start: span.start, end: span.start + cut, text: span.text.slice(0, cut) },
      ...atSecondSayer({ start: span.start + from, end: span.end, text: right }, masked),
    ];
  }
  return [span];
}
