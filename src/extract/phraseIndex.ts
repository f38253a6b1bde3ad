export interface PhraseMatch<T> {
  start: number;
  end: number;
  /** Every value listed under the phrase that matched, in the order they were added. */
  values: T[];
}

interface Phrase<T> {
  words: string[];
  /** Punctuation between the words ("U.S.", "Washington, D.C."), compared without spaces. */
  gaps: string[];
  /** A trailing `*` on the last word: any ending ("sanction*"). */
  prefix: boolean;
  values: T[];
}

interface Token {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const foldGap = (gap: string) => gap.replace(/[’‘]/g, "'").replace(/[\s\u2013\u2014]+/g, '');

// The same paragraph is scanned for people, places and topics in turn: keep its last few tokenisations,
// oldest dropped first, so the cache stays bounded however many articles a build reads.
const RECENT_TEXTS = 32;
const recent = new Map<string, Token[]>();

function tokenize(text: string): Token[] {
  const cached = recent.get(text);
  if (cached) return cached;
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) tokens.push({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  if (recent.size >= RECENT_TEXTS) recent.delete(recent.keys().next().value as string);
  recent.set(text, tokens);
  return tokens;
}

/**
 * Finds many phrases in a text in one pass over its words: an index from each phrase's first word,
 * so the cost grows with the text, not with the number of phrases (hundreds of names and titles).
 * Matching ignores case; callers check case where it matters (names).
 */
export class PhraseIndex<T> {
  private readonly byFirstWord = new Map<string, Array<Phrase<T>>>();
  /** One-word prefix phrases ("sanction*"), by their first two letters. */
  private readonly prefixPhrases = new Map<string, Array<Phrase<T>>>();

  constructor(entries: Iterable<{ phrase: string; value: T }>) {
    const byKey = new Map<string, Phrase<T>>();
    for (const { phrase, value } of entries) {
      const prefix = phrase.trim().endsWith('*');
      const clean = prefix ? phrase.trim().slice(0, -1) : phrase;
      const tokens = tokenize(clean);
      if (tokens.length === 0) continue;
      const gaps = tokens.slice(1).map((t, i) => foldGap(clean.slice(tokens[i]?.end ?? 0, t.start)));
      const key = `${tokens.map((t) => t.word).join(' ')}|${gaps.join('|')}|${prefix}`;
      const existing = byKey.get(key);
      if (existing) {
        existing.values.push(value);
        continue;
      }
      const p: Phrase<T> = { words: tokens.map((t) => t.word), gaps, prefix, values: [value] };
      byKey.set(key, p);
      if (prefix && p.words.length === 1) {
        const head = (p.words[0] as string).slice(0, 2);
        this.prefixPhrases.set(head, [...(this.prefixPhrases.get(head) ?? []), p]);
      } else {
        const first = p.words[0] as string;
        this.byFirstWord.set(first, [...(this.byFirstWord.get(first) ?? []), p]);
      }
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  private matchesAt(text: string, tokens: Token[], i: number, p: Phrase<T>): number {
    for (let k = 0; k < p.words.length; k++) {
      const t = tokens[i + k];
      if (!t) return -1;
      const last = k === p.words.length - 1;
      if (!(t.word === p.words[k] || (last && p.prefix && t.word.startsWith(p.words[k] as string)))) return -1;
      if (k > 0 && foldGap(text.slice(tokens[i + k - 1]?.end ?? 0, t.start)) !== p.gaps[k - 1]) return -1;
    }
    return i + p.words.length - 1;
  }

  /**
   * Left to right, the longest phrase at each word that `accept` takes; matches do not overlap.
   * A rejected long match ("envoy Kirill Dmitriev" in the wrong case) leaves room for shorter ones inside it.
   */
  scan(text: string, accept: (values: T[], start: number, end: number) => T[] = (v) => v): Array<PhraseMatch<T>> {
    const tokens = tokenize(text);
    const found: Array<PhraseMatch<T>> = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      const whole = this.byFirstWord.get(token.word);
      const prefixed = this.prefixPhrases.get(token.word.slice(0, 2));
      if (!whole && !prefixed) continue;
      const candidates = whole && prefixed ? [...whole, ...prefixed] : (whole ?? prefixed ?? []);
      for (const p of candidates) {
        const lastIndex = this.matchesAt(text, tokens, i, p);
        if (lastIndex < 0) continue;
        const end = (tokens[lastIndex] as Token).end;
        const values = accept(p.values, token.start, end);
        if (values.length === 0) continue;
        found.push({ start: token.start, end, values });
        i = lastIndex;
        break;
      }
    }
    return found;
  }

  /** Whether any phrase occurs in the text. */
  test(text: string): boolean {
    return this.scan(text).length > 0;
  }
}
