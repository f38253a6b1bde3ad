import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import type { ContentLine } from './detect.ts';

// What a plain-text scrape states about itself in its own words: a date line, a wire tag, an outlet in a
// byline or a "… reports" sentence, a headline at the start of a one-line scrape. Each with its line.

export interface LineEvidence {
  value: string;
  line: number;
  /** The words it was read from, for the summary. */
  text: string;
}

/** How many lines from the top a date line, byline or wire tag may stand. */
const HEADER_LINES = 15;

const DATE_FORMATS = [
  'MMM d, yyyy h:mm a',
  'MMM d, yyyy h:mma',
  'MMMM d, yyyy h:mm a',
  'MMM d, yyyy',
  'MMMM d, yyyy',
  'MMM. d, yyyy',
  'd MMM yyyy',
  'd MMMM yyyy',
  'd MMMM yyyy HH:mm',
  'd MMM yyyy HH:mm',
  'EEEE d MMMM yyyy',
  'EEEE, MMMM d, yyyy',
  'yyyy-MM-dd',
];

/** "Mar 3, 2025 9:40 AM EST", "3 March 2025", "Tuesday 4 March 2025 16.50 GMT" → `YYYY-MM-DD`, or null. */
export function parseLooseDate(text: string): string | null {
  const cleaned = text
    .replace(/\b(?:[A-Z]{2,4}T|GMT|UTC|BST|CET|CEST|IST)\b.*$/, '')
    .replace(/(\d{1,2})\.(\d{2})(?!\d)/, '$1:$2')
    .replace(/(\d)(st|nd|rd|th)\b/, '$1')
    .replace(/\bSept\b/, 'Sep')
    .replace(/\s+/g, ' ')
    .replace(/[|·•,]\s*$/, '')
    .trim();
  for (const f of DATE_FORMATS) {
    for (let end = cleaned.length; end >= 8; end = cleaned.lastIndexOf(' ', end - 1)) {
      const d = parse(cleaned.slice(0, end), f, new Date(2000, 0, 1));
      if (isValid(d) && d.getFullYear() >= 1990) return format(d, 'yyyy-MM-dd');
    }
  }
  return null;
}

const DATE_LINE = /^(?:posted|published|first published|updated|last updated)(?:\s+on)?\s*:?\s+(.+)$/i;

/** "Posted Mar 3, 2025 9:40 AM EST", "Published: 3 March 2025": the first such line near the top (an update is not the publication). */
export function findDateLine(lines: ContentLine[]): LineEvidence | null {
  for (const [n, text] of lines.slice(0, HEADER_LINES)) {
    const m = DATE_LINE.exec(text.trim());
    if (!m?.[1] || /^(?:updated|last updated)/i.test(text.trim())) continue;
    const day = parseLooseDate(m[1]);
    if (day) return { value: day, line: n, text };
  }
  // A wire dateline with a full date: "MOSCOW, Aug 6, 2025 (Reuters) -".
  for (const [n, text] of lines.slice(0, HEADER_LINES)) {
    const m = /^[A-Z][A-Z .'-]+,\s+([A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})\s*(?:\([^)]*\))?\s*[-—–]/.exec(text);
    const day = m?.[1] ? parseLooseDate(m[1]) : null;
    if (day) return { value: day, line: n, text };
  }
  return null;
}

const WIRES: Record<string, string> = {
  Reuters: 'Reuters',
  AP: 'Associated Press',
  AFP: 'AFP',
  PTI: 'Press Trust of India',
  ANI: 'ANI',
  UPI: 'UPI',
  IANS: 'IANS',
  Bloomberg: 'Bloomberg',
  DPA: 'dpa',
  dpa: 'dpa',
  Xinhua: 'Xinhua',
  Yonhap: 'Yonhap',
  Kyodo: 'Kyodo',
};

/** The outlet a text names for itself: a wire tag, "By Jane Doe, Example News Staff", "…, Example News reports." */
export function findOutletInText(lines: ContentLine[]): { value: string; line: number; how: string } | null {
  for (const [n, text] of lines.slice(0, HEADER_LINES)) {
    const wire =
      /^[A-Z][A-Za-z .'-]*(?:,\s*[\w .]+){0,2}\s*\((Reuters|AP|AFP|PTI|ANI|UPI|IANS|Bloomberg|DPA|dpa|Xinhua|Yonhap|Kyodo)\)\s*[-—–]/.exec(
        text,
      );
    if (wire?.[1]) return { value: WIRES[wire[1]] ?? wire[1], line: n, how: `wire tag "(${wire[1]})"` };
  }
  for (const [n, text] of lines.slice(0, HEADER_LINES)) {
    const staff =
      /^By\s+[^,]+,\s+((?:The\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})\s+(?:Staff|staff|Staff Writer|staff writer|Correspondent|correspondent|Reporter|reporter)\s*$/.exec(
        text.trim(),
      );
    if (staff?.[1]) return { value: staff[1], line: n, how: 'byline' };
  }
  for (const [n, text] of lines) {
    const reports = /,\s+((?:The\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})\s+(?:reports|reported)\.?["”]?$/.exec(text.trim());
    if (reports?.[1] && !/^(?:He|She|It|They)$/.test(reports[1])) return { value: reports[1], line: n, how: '"… reports" sentence' };
  }
  return null;
}

/** A scrape that is one long line: its first sentence, when it reads like a headline (3–20 words), is the title. */
export function firstSentenceTitle(lines: ContentLine[]): LineEvidence | null {
  if (lines.length !== 1) return null;
  const [n, text] = lines[0] as ContentLine;
  const m = /^(.{12,160}?[^A-Z.][.!?])\s+[A-Z“"]/.exec(text);
  const sentence = m?.[1]?.replace(/[.]$/, '').trim();
  if (!sentence) return null;
  const count = sentence.split(/\s+/).length;
  return count >= 3 && count <= 20 ? { value: sentence, line: n, text: sentence } : null;
}
