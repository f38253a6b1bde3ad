import { noiseRuleFor, type NoiseRules } from '../knowledge/noiseRules.ts';
import { key } from '../text/fold.ts';
import { endsLikeSentence, isTimestamp } from './text.ts';
import type { Caption } from './types.ts';

export function isEndOfArticleHeading(text: string, rules: NoiseRules): boolean {
  const k = key(text);
  return rules.endOfArticle.lines.some((p) => key(p) === k);
}

/** A line that is certainly article prose: a full sentence of some length. */
function isProse(text: string): boolean {
  return text.length >= 40 && endsLikeSentence(text);
}

/**
 * Every line's noise label (null for lines that are not phrase-rule noise).
 * A "Related Articles"-style heading, once article prose has been seen, drops
 * itself and every line after it up to the next live-blog post time; before any
 * prose it drops only itself.
 */
export function classifyNoise(lines: string[], rules: NoiseRules): Array<string | null> {
  const labels: Array<string | null> = [];
  let seenProse = false;
  let inBlock = false;
  for (const text of lines) {
    if (text === '') {
      labels.push(null);
      continue;
    }
    if (inBlock && isTimestamp(text)) inBlock = false;
    if (!inBlock && isEndOfArticleHeading(text, rules)) {
      // Before any article text it is a sidebar heading: drop the line, keep what follows.
      if (!seenProse) {
        labels.push(rules.endOfArticle.label);
        continue;
      }
      inBlock = true;
    }
    if (inBlock) {
      // Say what it is where a rule knows ("app / newsletter promotion"), else that it belongs to the block.
      const rule = noiseRuleFor(text, rules);
      labels.push(rule ? `${rules.endOfArticle.label}: ${rule}` : rules.endOfArticle.label);
      continue;
    }
    const label = noiseRuleFor(text, rules);
    labels.push(label);
    if (label === null && isProse(text)) seenProse = true;
  }
  return labels;
}

// " - REUTERS/Yves Herman", " - GENYA SAVILOV/AFP via Getty Images"
const CREDIT_SEPARATOR = / [-–—] /u;
// "… demand immediate progress. /Julien de Rosa/Pool via Reuters"
const SLASH_CREDIT = /^(.*\S)\s+\/([^/\s][^/]{0,60}(?:\/[^/]{1,60})+)$/u;
const LABELLED_CAPTION = /^(photo|photograph|picture|image|caption)s?(\s+credit)?\s*:/iu;

/** White space folded to one space; quotes and case kept. */
function squash(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** `next` is `caption` + " - CREDIT": the caption as printed (from `next`) and the credit. */
function splitCredit(caption: string, next: string): { text: string; credit: string } | null {
  const a = squash(caption);
  const b = squash(next);
  if (b.length <= a.length || key(b.slice(0, a.length)) !== key(a)) return null;
  const rest = b.slice(a.length);
  const sep = CREDIT_SEPARATOR.exec(rest);
  if (!sep || sep.index !== 0) return null;
  const credit = rest.slice(sep[0].length).trim();
  // A credit is a short list of names, not a sentence.
  if (credit === '' || credit.length > 100 || endsLikeSentence(credit)) return null;
  return { text: b.slice(0, a.length), credit };
}

/**
 * Photo captions among the content lines (given as [line number, text], in order,
 * blank and noise lines left out):
 * - a line followed by the same line + " - CREDIT" (alt text, then the caption with its credit);
 * - a line followed by the very same line (alt text and caption, no credit);
 * - a line ending in a " /Photographer/Agency" credit, or starting "Photo:".
 * The caption's text is taken from the credited line (it has the typographic quotes).
 */
export function findCaptions(content: Array<[number, string]>): Caption[] {
  const captions: Caption[] = [];
  for (let i = 0; i < content.length; i++) {
    const [n, text] = content[i] ?? [0, ''];
    const next = content[i + 1];
    if (next) {
      const [m, nextText] = next;
      const credited = splitCredit(text, nextText);
      if (credited) {
        captions.push({ line: n, creditLine: m, ...credited });
        i++;
        continue;
      }
      if (key(text) === key(nextText) && text.length <= 400) {
        captions.push({ line: n, creditLine: m, text: squash(nextText), credit: null });
        i++;
        continue;
      }
    }
    if (text.length <= 400) {
      const slash = SLASH_CREDIT.exec(text);
      if (slash?.[1] && slash[2]) {
        captions.push({ line: n, creditLine: null, text: slash[1], credit: slash[2] });
        continue;
      }
      if (LABELLED_CAPTION.test(text)) captions.push({ line: n, creditLine: null, text: squash(text), credit: null });
    }
  }
  return captions;
}
