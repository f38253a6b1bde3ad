import type { PersonRecord } from '../knowledge/types.ts';
import { foldApostrophes, type Gazetteer, type Mention } from './gazetteer.ts';
import { endsInAbbreviation } from './splitSentences.ts';

/** A mention of a person or organisation, or a pronoun, with what its position says about it. */
export interface Actor {
  start: number;
  end: number;
  /** Null for a pronoun not yet resolved. */
  record: PersonRecord | null;
  pronoun: 'he' | 'she' | null;
  /** "Trump’s tariffs": owner, not actor. */
  possessive: boolean;
  /** After a preposition ("with Meloni", "counterpart Pistorius"): not the subject. */
  object: boolean;
}

const PREPOSITION_BEFORE = new RegExp(
  [
    String.raw`(?:^|[\s(])(of|to|by|with|about|against|for|on|into|between|from|at|than|counterpart|counterparts|`,
    String.raw`and|or|via|including|like|toward|towards|over|under|after|before|behind|without|outside|inside|near|in)\s+(?:(?:the|`,
    // "of the opposition Republican Party": one lower-case word may describe the body.
    String.raw`his|her|their|its|a)\s+(?:(?:opposition|ruling|governing|main|rival|new|former|local|national)\s+)?)?$|`,
    // "read a statement on state broadcaster GBC": the channel something was said on.
    String.raw`\b(?:on|to|by)\s+(?:the\s+)?(?:state|public|national|private|local)?\s*(?:broadcaster|television|radio|channel|network|newspaper|daily|outlet)\s+$`,
  ].join(''),
  'i',
);
// "a spokesperson for Mayor Kevin Tran", "a letter to Prime Minister …": a lower-case preposition, then an office, then the name.
// Not inside an office's own name: "Secretary of State Marco Rubio", "Minister of Foreign Affairs X".
const PREPOSITION_TITLE_BEFORE =
  /(?:^|\s)(?<!\p{Lu}[\p{L}.-]*\s)(?:of|to|by|with|about|against|for|from|on behalf of)\s+(?:(?:the|his|her|their|its|a)\s+)?((?:\p{Lu}[\p{L}.-]*\s+){1,3})$/u;
// "next to BBB leader Caroline van der Plas", "spoke to the finance minister, María Jesús Montero,": a role after a
// preposition, then the name (set off by a comma or not), is the preposition's object.
// (Not a body's own "of": "Alpine Club of Pakistan secretary Nadeem Abbas told Dawn" is the secretary speaking.)
const PREPOSITION_ROLE_BEFORE =
  /(?:^|\s)(?:(?<!\p{Lu}[\p{L}.-]*\s)of|(?<!according\s)to|by|with|about|against|for|from|alongside|beside)\s+(?:(?:the|his|her|their|its|a)\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,2}(?:[\p{Ll}-]+\s+){0,2}(?:leader|chief|head|minister|president|spokes\w+|secretary|chair\w*|director|envoy|ambassador|counterpart|premier|chancellor|governor|mayor)(?:,\s+|\s+)$/u;
// "after beating Germany's Felix Ortmann", "defeated top seed X", "thanked coach X", "he rated Munro as “…”": whom a
// verb acts on.
const VERB_OBJECT_BEFORE =
  /(?:^|\s)(?:beating|beat|defeating|defeated|thanking|thanked|congratulating|congratulated|replacing|replaced|succeeding|succeeded|praising|praised|blaming|blamed|criticising|criticizing|criticised|criticized|wished|welcomed|greeted|met|visited|invited|hugged|embraced|sacked|fired|facing|faced|rated|rates|rating|described|describes|describing|labelled|labeled|branded|dubbed)\s+(?:(?:the|his|her|their)\s+)?(?:(?:\p{Lu}[\p{L}'’-]*['’]s\s+)?(?:[\p{Ll}-]+\s+){0,2}|(?:\p{Lu}[\p{L}.-]*\s+){1,2})$/u;
// "…, with Obiora describing the line item as “…”": the one doing the saying after "with".
const SAYING_NEXT = /^\s+(?:saying|describing|calling|adding|noting|warning|telling|arguing|insisting|accusing|urging)\b/;
/** How far before a name a preposition and an office ("for Mayor ") are looked for. */
const TITLE_WINDOW = 50;
const PRONOUN = /\b(he|she|him|her)\b/gi;
// ", the Nato spokesperson,": a description of someone else, not a subject of its own.
const APPOSITION_BEFORE = /,\s+(?:the|a|an)\s+$/i;
// Also a participle's ("X, speaking alongside Y, said"): Y is not the one who said it.
/** ", who came here from Gdańsk in 2007,": a relative clause, which tells of the person, not of what they say. */
// (", the Australian who returned for a second spell last year,": an apposition whose relative clause tells the same.)
export const RELATIVE_ASIDE = /,\s+(?:(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){1,4})?(?:who|whose|whom|which)\b[^,.;:“”"]*,/gu;
// ", an epidemiologist at the university's College of Medicine,": a description set off by commas names whom
// the person works for or with, not who speaks.
// (Not a clause with a verb of saying: "On Wednesday, the ministry said 21 patients had suffered, and warned …".)
const DESCRIPTION = /,\s+(?:a|an|the)\s+\p{Ll}(?:(?!\b(?:said|says|told|tells|added|warned|stated|announced)\b)[^,.;:“”"])*,/gu;
// ", vice chairman of the Phu Tho provincial People's Committee,": an office set off by commas, with no article before it,
// names the body the person holds it in, not who speaks.
const OFFICE_DESCRIPTION = new RegExp(
  String.raw`,\s+(?:(?:deputy|vice|acting|interim|former|senior|assistant|executive|general)[\s-]+){0,2}(?:chair(?:man|woman|person)?|president|director|head|secretary|minister|governor|mayor|spokes(?:man|woman|person)|manager|leader|chief|commander|member|officer|official|founder|coordinator|co-ordinator|commissioner|executive|secretary-general|director-general|deputy)\s+(?:of|at|for)\s+(?:(?!\b(?:said|says|told|tells|added|warned|stated|announced)\b)[^,.;:“”"])*,`,
  'gu',
);
const RELATIVE_CLAUSE =
  /,\s+(?:who|whose|which|whom|speaking|standing|sitting|appearing|flanked|joined|accompanied|alongside)\b[^,.;:“”"]*,/g;
// (', who cast Baek as a coach in the 2019 film "Last Round," wrote': one that ends on a title, its comma inside the marks.)
const RELATIVE_CLAUSE_TITLED = /,\s+(?:who|whose|which|whom)\b[^,.;:“”"]*[“"][^“”".;:,]{1,60},[”"]/g;
// "opening the summit in the castle where King Francis I made French the language of law, Mercadier …": who a place's
// relative clause names is not the sentence's subject.
const WHERE_CLAUSE = /(?<=\p{Ll}\s)where\s[^,.;:“”"]*,/gu;
const BODY_MEMBER =
  /^\s+(?:senior\s+|top\s+)?(?:official|officials|source|sources|member|members|figure|figures|negotiator|negotiators|insider|insiders)\b(?!\s+\p{Lu})/u;
// "said Fine Gael TD Ciarán Moran", "Hamas leader X": a body's officer named after it; the body describes them.
const BODY_OFFICER_NAMED =
  /^\s+(?:TD|MP|MLA|MEP|MSP|MHA|senator|councillor|councilor|spokes(?:man|woman|person)|leader|chairman|chairwoman|chairperson|chair|secretary)\s+\p{Lu}/u;
// "an article by the home secretary, Yvonne Marsh, …, in which she said": a piece's author wrote it, and is no object.
const AUTHORED_BY =
  /\b(?:article|op-ed|column|essay|letter|post|book|piece|memo|commentary|speech)\s+by\s+(?:(?:the|his|her|their|its)\s+)?(?:[\p{L}'’.-]+\s+){0,3}?(?:[\p{L}'’.-]+,\s+)?$/u;
// "when a Cerretani backhand …": a name an article puts before a thing describes the thing (said of a person, who is
// named, never with "a" before).
const NAME_AS_MODIFIER_BEFORE = /(?:^|\s)(?:a|an)\s+$/;
const NAME_AS_MODIFIER_AFTER =
  /^\s+(?!(?:who|whose|and|or|of|in|on|at|to|for|with|said|says|told|was|is|has|had|spokes\p{L}*|officials?|sources?|members?|statement)\b)\p{Ll}{3,}\b/u;
const APPOSITION_AFTER = /^(?:['’]s)?(?:\s+[\p{Ll}-]+){1,3}\s*,/u;

// What makes a lowercase title a company's or a body's own: "Veyra's senior vice president", "its executive vice president".
const CORPORATE_BEFORE = /(?:\p{L}['’]s?|\b(?:its|senior|executive|corporate|regional|group|assistant|associate))\s+$/iu;
// A title that says no country or body: "the president", "the prime minister", "the secretary of state".
const GENERIC_TITLE = /^(?:the|his|her|their)\s+[\p{Ll}\s-]+$/iu;

/** Merges "Kremlin spokesman" + "Dmitry Peskov" into one mention of one person. */
function mergeAdjacent(mentions: Array<Mention<PersonRecord>>, text: string): Array<Mention<PersonRecord>> {
  const merged: Array<Mention<PersonRecord>> = [];
  for (const m of mentions) {
    const last = merged[merged.length - 1];
    if (last && last.record === m.record && /^[\s,]*$/.test(text.slice(last.end, m.start))) {
      merged[merged.length - 1] = { ...last, end: m.end, surface: text.slice(last.start, m.end) };
    } else merged.push(m);
  }
  return merged;
}

/**
 * "talks with President X": a title after a preposition makes X its object. Not a place there: "envoy for Latin
 * America Robert Aldana" is the envoy, described by what he is envoy for.
 */
function titleAfterPreposition(before: string, gazetteer: Gazetteer): boolean {
  const m = PREPOSITION_TITLE_BEFORE.exec(before);
  return m !== null && !gazetteer.placeByName.get((m[1] ?? '').trim()) && !OFFICE_FOR.test(before);
}

// "Senior coroner for Dorset Helena Marsh said": an office for a place no list knows, then its holder's name.
const OFFICE_FOR = /\b(?:coroner|envoy|commissioner|ombudsman|rapporteur)\s+for\s+\p{Lu}[\p{L}-]*\s+$/iu;

// Where a sentence ends: . ! ? (and a closing quote) before a capital, unless the full stop is an abbreviation's.
const SENTENCE_END = /([.!?])["”’]?\s+(?=\p{Lu}|$)/gu;

/** The part of `text` after the last sentence end in it ("Gov. Tony Evers" and "J. Smith" end none). */
function sinceSentenceStart(text: string): string {
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    if (m[1] === '.' && endsInAbbreviation(text.slice(0, m.index))) continue;
    from = (m.index ?? 0) + m[0].length;
  }
  return text.slice(from);
}

/** People, organisations and pronouns in a paragraph, outside the given quotations. */
export function findActors(
  text: string,
  onDate: string,
  gazetteer: Gazetteer,
  quotes: Array<{ start: number; end: number }>,
  /** People the knowledge files do not know, found in the text (compromise). */
  newPeople: Array<{ start: number; end: number; record: PersonRecord }> = [],
  /** Known people the article names: only they can be "the president" or "the prime minister". */
  named: { has(slug: string): boolean; inFull?(slug: string): boolean } | null = null,
): Actor[] {
  const inQuote = (pos: number) => quotes.some((q) => pos >= q.start && pos < q.end);
  const folded = foldApostrophes(text);
  const actors: Actor[] = [];
  // ", who led Tehran's team with Majid Takht-Ravanchi,": whoever a relative clause names is not the sentence's subject.
  const clauses = [
    ...text.matchAll(RELATIVE_CLAUSE),
    ...text.matchAll(RELATIVE_CLAUSE_TITLED),
    ...text.matchAll(DESCRIPTION),
    ...text.matchAll(OFFICE_DESCRIPTION),
    ...text.matchAll(WHERE_CLAUSE),
  ].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  // What stands before a mention in its own sentence ("… a rebuke from Paris. Government spokesperson X" is not "from X").
  const before = (start: number, n: number) => sinceSentenceStart(text.slice(Math.max(0, start - n), start));
  const authored = (start: number) => AUTHORED_BY.test(before(start, TITLE_WINDOW));
  // "the chair of the inquiry, the retired judge Sir Malcolm Threlfall, intervened": a description that ends on the
  // name, with no preposition before it, is that name's apposition (not ", a lawyer for X,").
  const namedInApposition = (c: { start: number; end: number }, start: number, end: number) =>
    end === c.end - 1 &&
    /^,\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){1,4}(?:(?:Sir|Dame|Dr|Mr|Mrs|Ms|Lord|Lady|Judge)\.?\s+)?$/u.test(text.slice(c.start, start));
  const describe = (start: number, end: number, kind: PersonRecord['kind'] | null = null) => ({
    // "Trump's tariffs", and a body describing its people ("a Hamas official told AFP"): an owner, not the actor.
    possessive:
      /^'s?(?![\p{L}])/u.test(folded.slice(end, end + 3)) ||
      BODY_MEMBER.test(text.slice(end, end + 30)) ||
      BODY_OFFICER_NAMED.test(text.slice(end, end + 40)) ||
      (kind === 'person' &&
        NAME_AS_MODIFIER_BEFORE.test(text.slice(Math.max(0, start - 4), start)) &&
        NAME_AS_MODIFIER_AFTER.test(text.slice(end, end + 20))),
    object:
      (clauses.some((c) => start > c.start && start < c.end && !namedInApposition(c, start, end)) && !authored(start)) ||
      (!authored(start) &&
        ((PREPOSITION_BEFORE.test(before(start, 30)) &&
          !(/\bwith\s+$/.test(before(start, 30)) && SAYING_NEXT.test(text.slice(end, end + 20)))) ||
          titleAfterPreposition(before(start, TITLE_WINDOW), gazetteer) ||
          PREPOSITION_ROLE_BEFORE.test(before(start, TITLE_WINDOW)))) ||
      VERB_OBJECT_BEFORE.test(before(start, 40)) ||
      (APPOSITION_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && APPOSITION_AFTER.test(text.slice(end, end + 40))),
  });
  // "Graham Petts" is not the Graham of the knowledge files: a longer name found in the text wins over a name inside it.
  const insideNew = (m: { start: number; end: number }) =>
    newPeople.some((p) => p.start <= m.start && m.end <= p.end && p.end - p.start > m.end - m.start);
  for (const m of mergeAdjacent(gazetteer.people(text, onDate), text)) {
    if (inQuote(m.start) || insideNew(m)) continue;
    // ("Her husband Graham was more blunt": a known person's one-word name counts only where the article names them in full.)
    // (A name of one word is in full: "Europol said".)
    if (!m.byTitle && !/\s/.test(m.surface) && m.surface !== m.record.name && named?.inFull && !named.inFull(m.record.slug)) continue;
    // "the prime minister" in an article about Spain is not Italy's: a bare title names only someone the article names.
    if (m.byTitle && named && GENERIC_TITLE.test(m.surface) && !named.has(m.record.slug)) continue;
    // "Veyra's senior vice president of hardware": a company's officer, not the office of the knowledge files.
    if (m.byTitle && /^\p{Ll}/u.test(m.surface) && CORPORATE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) continue;
    // "Bundestag Vice President Petra Weißenfels": a title straight before a name found in the text is that name's.
    if (m.byTitle && newPeople.some((p) => p.start > m.end && /^[ \u00a0]+$/.test(text.slice(m.end, p.start)))) continue;
    actors.push({ start: m.start, end: m.end, record: m.record, pronoun: null, ...describe(m.start, m.end) });
  }
  // (Of two names found from one place, the longer: "the Vietnam Disaster and Dyke Management Authority", not "Vietnam
  // Disaster".)
  for (const p of newPeople) {
    // (Not when the shorter is a fuller name's short form: "Health" of "Health NZ" is the "Health New Zealand" named before.)
    if (newPeople.some((q) => q.start === p.start && q.end > p.end && q.record.name.length >= p.record.name.length)) continue;
    if (!inQuote(p.start) && !actors.some((a) => a.start <= p.start && p.start < a.end))
      actors.push({ ...p, pronoun: null, ...describe(p.start, p.end, p.record.kind) });
  }
  for (const m of text.matchAll(PRONOUN)) {
    const start = m.index ?? 0;
    if (inQuote(start)) continue;
    // "He Lifeng said": a surname, part of a name already found, not the pronoun.
    if (actors.some((a) => a.start <= start && start < a.end) || /^He\s+\p{Lu}\p{Ll}/u.test(text.slice(start, start + 6))) continue;
    const word = (m[1] ?? '').toLowerCase();
    actors.push({
      start,
      end: start + word.length,
      record: null,
      pronoun: word === 'he' || word === 'him' ? 'he' : 'she',
      possessive: false,
      // "him"/"her" are objects except in "quoted him as saying"; so is a "he" inside a relative clause ("Hayes, …
      // who was backed by the union when he ran for mayor, said": the clause's, not the sentence's subject).
      object:
        word === 'him' || word === 'her'
          ? !/\bquoted\s+$/i.test(text.slice(Math.max(0, start - 10), start))
          : clauses.some((c) => start > c.start && start < c.end),
    });
  }
  return actors.sort((a, b) => a.start - b.start);
}

/** The grammatical subject of a sentence, roughly: its first actor that is neither owner nor object. */
export function subjectOf(actors: Actor[]): Actor | null {
  return (
    actors.find((a) => !a.possessive && !a.object && a.record) ??
    actors.find((a) => !a.possessive && a.record) ??
    actors.find((a) => a.record) ??
    null
  );
}
