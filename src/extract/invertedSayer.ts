// A sayer set off by commas, after the words or inside them: "…, said X." or "…, X said, …".
import type { PersonRecord } from '../knowledge/types.ts';
import type { Actor } from './mentions.ts';
import type { Span } from './splitSentences.ts';

const SAYS_BEFORE = /,\s+(?:said|says|added|adds|noted|notes|argued|argues|explained|explains)\s+$/;
const SAYS_AFTER = /^\s+(?:said|says|added|adds|noted|notes|argued|argues|explained|explains)(?:,|\.$)/;

// "…, city housing director Amara Feld said.": a lower-case role between the comma and the name.
const ROLE_SET_OFF = new RegExp(
  [
    String.raw`,\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:director|minister|spokes(?:man|woman|person)|secretary|`,
    String.raw`official|analyst|economist|manager|chief|head|chair(?:man|woman|person)?|executive|officer|adviser|`,
    String.raw`advisor|lawyer|attorney|professor|researcher|coach|captain|councill?or|commissioner|mayor|governor|`,
    String.raw`spokesperson)\s+$`,
  ].join(''),
  'iu',
);

/** The one speaking in a sentence whose verb of saying is set off by commas: "…, said X." or "…, X said, …". */
export function invertedSayer(sentence: Span, actors: Actor[]): { record: PersonRecord; at: number } | null {
  for (const a of actors) {
    if (!a.record || a.possessive || a.pronoun) continue;
    const before = sentence.text.slice(0, a.start - sentence.start);
    const after = sentence.text.slice(a.end - sentence.start);
    if (SAYS_BEFORE.test(before) || (SAYS_AFTER.test(after) && (/,\s*(?:\p{Lu}\p{Ll}+\s+)?$/u.test(before) || ROLE_SET_OFF.test(before))))
      return { record: a.record, at: a.start };
  }
  return null;
}
