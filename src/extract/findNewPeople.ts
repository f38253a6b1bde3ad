import nlp from 'compromise';

export interface NewPerson {
  name: string;
  start: number;
  /** Role given by the text in apposition: "Kirill Dmitriev, Putin's investment envoy". */
  role: string | null;
}

// Two or three capitalised words: the shape of a personal name.
const CANDIDATE = /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}(?![\p{L}\p{N}])/gu;
const ROLE_WORD = /\b(minister|president|chair|head|envoy|spokes\w*|secretary|general|mayor|senator|leader|chief|ambassador|official|director|commander|adviser|advisor|negotiator|analyst|correspondent|editor|prime|governor|deputy|member)\b/i;

const verdicts = new Map<string, boolean>();

/** Whether compromise's name lexicon reads the words as a person's name (memoised: names recur). */
function looksLikePerson(candidate: string): boolean {
  let verdict = verdicts.get(candidate);
  if (verdict === undefined) {
    verdict = nlp(candidate).people().out('array').join(' ') === candidate;
    verdicts.set(candidate, verdict);
  }
  return verdict;
}

/**
 * Named people the knowledge files do not know, spotted by compromise.
 * `isKnown` filters out names, places and organisations already in the data.
 */
export function findNewPeople(text: string, isKnown: (name: string) => boolean): NewPerson[] {
  const found: NewPerson[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const name = m[0].replace(/['’]s$/, '');
    if (isKnown(name) || !looksLikePerson(name)) continue;
    const start = m.index ?? 0;
    const apposition = /^,\s+((?:the |a |an )?[^,.;:“”"]{3,70}?)(?:,|\.|$)/.exec(text.slice(start + m[0].length));
    const role = apposition?.[1] && ROLE_WORD.test(apposition[1]) ? apposition[1].trim() : null;
    found.push({ name, start, role });
  }
  return found;
}
