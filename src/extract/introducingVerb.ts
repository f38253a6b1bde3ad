// The verb that introduces quoted words: it dates them as well as the verb the speaker is read from.
import { SPEECH_VERB } from './attributeSpeaker.ts';
import type { Span } from './splitSentences.ts';

/** The first verb of saying after the speaker and before the words, outside quotations: "X told CNN on Sunday that “…”". */
export function introducingVerb(sentence: Span, from: number, to: number, quotes: Array<{ start: number; end: number }>): number | null {
  for (const m of sentence.text.matchAll(SPEECH_VERB)) {
    const at = sentence.start + (m.index ?? 0);
    if (at >= from && at < to && !quotes.some((q) => at >= q.start && at < q.end)) return at;
  }
  return null;
}
