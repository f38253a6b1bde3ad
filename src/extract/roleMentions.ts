import type { PersonRecord } from '../knowledge/types.ts';
import type { ArticlePeople } from './articlePeople.ts';
import { demonymOf, isDemonym, isNationality, nationalityAdjective } from './demonyms.ts';
import { AGE_AFTER } from './findNewPeople.ts';

// "the minister", "the envoy", "the company", "Iran's top diplomat": someone the article introduced with that role.
// (An office's noun may be capitalised, as British and Irish copy writes it: "The First Minister replied …".)
const ROLE_MENTION = new RegExp(
  [
    String.raw`(?:\b[Tt]he|(?<![\p{L}])(\p{Lu}\p{Ll}+)['’]s)\s+((?:[\p{L}-]+\s+){0,2}?)([Mm]inister|envoy|[Pp]resident|`,
    String.raw`spokes(?:man|woman|person)|official|ambassador|negotiator|[Ss]ecretary|senator|[Gg]overnor|[Mm]ayor|`,
    String.raw`chief|[Pp]remier|analyst|skipper|company|ministry|agency|group|firm|commander|leader|[Cc]hancellor|bank|`,
    String.raw`council|commission|trust|union|committee|authority|regulator|association|federation|alliance|coalition|`,
    String.raw`institute|foundation|movement|league|forum|municipality|presidency|party|club|court|center|centre|embassy|office|`,
    String.raw`department|bureau|board|zoo|museum|festival|collective|hospital|university|library|gallery|society|directorate|secretariat|administration|airline|carmaker|automaker|broadcaster|charity|operator|utility|insurer|lender|retailer|chain|`,
    // Clergy, officers of the courts and the police, and elected members: "the archbishop said", "the Fine Gael MEP told".
    String.raw`archbishop|bishop|cardinal|imam|rabbi|pastor|priest|coroner|magistrate|sheriff|superintendent|commissioner|`,
    String.raw`chairman|chairwoman|chairperson|lawmaker|legislator|congressman|congresswoman|councillor|councilor|MEP|MP|TD|MSP|MLA|`,
    String.raw`diplomat|executive|governor|judge|coach|captain|skipper|manager|director|prosecutor|Taoiseach|Tánaiste|[Cc]ollector)\b`,
  ].join(''),
  'gu',
);

// Bodies that are also places, which a preposition before makes where something is, not who speaks ("to the zoo").
const PLACE_LIKE_BODY = /^(?:zoo|museum|festival|collective|hospital|university|library|gallery|society)$/;
const AFTER_PREPOSITION = /\b(?:to|at|in|into|from|of|for|near|outside|inside|by|with|on|around|that)\s+$/i;
// (… or, after "said" and before a verb, what was said of it: "said the hospital was treating more patients".)
const AFTER_SAID = /\b(?:said|says)\s+$/i;

// Kinds of body a common noun names ("the company", "the charity").
const NAMED_KIND = /^(?:company|firm|charity|operator|utility|broadcaster|carmaker|automaker|airline|insurer|lender|retailer|chain)$/;

// A monarch by the style, not the name: "His Majesty", "Her Majesty".
const MAJESTY = /\b(?:His|Her)\s+Majesty\b(?!\s+(?:Sultan|King|Queen|the)\b|['’])/g;

/** Offices a description stands for: a country's "top diplomat" is its foreign minister (or secretary of state). */
function officesOf(noun: string, described: string[]): string[] {
  if (noun === 'diplomat' && described.some((w) => /^top$/i.test(w))) return ['foreign minister', 'secretary of state'];
  // "Justice Naveed Ahmed Baloch" … "the judge asked".
  if (noun === 'judge') return ['judge', 'justice'];
  return [noun.replace('firm', 'company')];
}

const INDEFINITE = new Map<string, RegExp>();
/** "a senior government official": someone unnamed with that role (one pattern per role word, made once). */
function indefinite(noun: string): RegExp {
  let regex = INDEFINITE.get(noun);
  if (!regex) INDEFINITE.set(noun, (regex = new RegExp(String.raw`\b[Aa]n?\s+(?:[\p{L}-]+\s+){0,4}${noun}\b`, 'u')));
  return regex;
}

type Mention = { start: number; end: number; record: PersonRecord };

/**
 * "the 23-year-old said": whoever the text gave that age; else, as a story calls its protagonist, the first person
 * named before it in the paragraph ("Lim Zhi Hao could barely speak. Minutes after beating Ryota Kawasaki, the
 * 24-year-old …"), else the one the paragraph before named both first and last.
 */
function ageMentions(text: string, people: ArticlePeople, named: Mention[]): Mention[] {
  for (const n of named) {
    const age = AGE_AFTER.exec(text.slice(n.end, n.end + 40));
    if (age && n.record.kind === 'person') people.noteAge(Number(age[1] ?? age[2] ?? age[3]), n.record);
    // "Danish rider Rasmus Kjærgaard", "Slovenian Matej Kranjc": a nationality just before a name.
    const national = NATIONALITY_BEFORE.exec(text.slice(Math.max(0, n.start - 40), n.start))?.[1];
    if (national && isNationality(national) && n.record.kind === 'person') people.noteNationality(nationalityAdjective(national), n.record);
    // "Belgium's Jelle Vanhoutte", "Denmark's Kasper Lindqvist": a country owning a name gives its nationality.
    const owner = COUNTRY_OWNS_BEFORE.exec(text.slice(Math.max(0, n.start - 30), n.start))?.[1];
    const adjective = owner ? demonymOf(owner) : null;
    if (adjective && n.record.kind === 'person') people.noteNationality(adjective, n.record);
  }
  const found: Mention[] = [];
  for (const m of text.matchAll(/\b[Tt]he (\d{1,3})-year-old\b/g)) {
    const at = m.index ?? 0;
    const byAge = people.byAge(Number(m[1]));
    const record = byAge === undefined ? protagonist(at, people, named) : byAge;
    if (record) found.push({ start: at, end: at + m[0].length, record });
  }
  // "the 2022 Commonwealth Games finalist said", "the novelist says": someone introduced with that role, else as above.
  for (const m of text.matchAll(DESCRIBED_SAYS)) {
    const at = m.index ?? 0;
    const record = people.byRole((m[1] ?? '').toLowerCase()) ?? protagonist(at, people, named);
    if (record) found.push({ start: at, end: at + m[0].length - (m[2]?.length ?? 0), record });
  }
  // "the Dane said", "the Colombian told Sky Sports": a nationality said of the story's protagonist, as above.
  for (const m of text.matchAll(NATIONAL_SAYS)) {
    const word = m[1] ?? '';
    if (!NATIONALS.has(word) && !(isDemonym(word) && /(?:an|i)$/.test(word))) continue;
    const at = m.index ?? 0;
    // Whom the text gave that nationality; else the protagonist, unless the text gave them another one.
    const adjective = nationalityAdjective(word);
    const given = people.byNationality(adjective);
    const guess = given === undefined ? protagonist(at, people, named) : given;
    const record = guess && (people.nationality(guess) ?? adjective) === adjective ? guess : null;
    if (record) found.push({ start: at, end: at + m[0].length - (m[2]?.length ?? 0), record });
  }
  return found;
}

// A country owning a name: "Belgium's ", "South Africa's ".
const COUNTRY_OWNS_BEFORE = /(?<![\p{L}])(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)['’]s\s+$/u;
// A nationality before a name, with up to two lower-case words between ("Danish rider ", "Slovenian ").
const NATIONALITY_BEFORE = /(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;

// Nouns for someone of a country that are not its adjective ("a Dane", "the Briton"); adjectives in -an and -i serve
// as nouns too ("the Colombian", "the Kenyan", "the Pakistani").
const NATIONALS = new Set(
  'Argentine Croat Serb Czech Slovak Greek Kazakh Uzbek Dane Briton Brit Swede Finn Pole Spaniard Turk Scot Frenchman Frenchwoman Dutchman Dutchwoman Englishman Englishwoman Irishman Irishwoman Welshman Welshwoman Kiwi Icelander Filipino Filipina Thai Swiss Portuguese Japanese Chinese Vietnamese Lebanese Senegalese Congolese Sudanese Maltese'.split(
    ' ',
  ),
);
const NATIONAL_SAYS = new RegExp(
  String.raw`\b[Tt]he\s+(\p{Lu}\p{Ll}+)(\s+(?:said|says|told|tells|added|adds|explained|recalled|admitted|insisted|wrote|writes|replied|warned|argued))\b`,
  'gu',
);

// What a story calls someone instead of their name, before a verb of saying.
const DESCRIBED_SAYS = new RegExp(
  [
    // (Not someone's: "The EPA's chief environmental scientist said" is the agency's officer, not the story's protagonist.)
    String.raw`\b[Tt]he\s+(?:(?![\p{L}\d-]*['’]s\s)[\p{L}\d'’-]+\s+){0,4}?(finalist|champion|winner|runner-up|medallist|medalist|veteran|teenager|`,
    String.raw`youngster|striker|midfielder|defender|goalkeeper|winger|sprinter|athlete|player|rider|cyclist|swimmer|boxer|`,
    String.raw`novelist|author|writer|poet|singer|actor|actress|filmmaker|artist|musician|farmer|grower|fisherman|survivor|`,
    String.raw`widow|retiree|pensioner|rancher|entrepreneur|businessman|businesswoman|campaigner|driver|golfer|jockey|`,
    String.raw`skier|climber|runner|marathoner|batter|bowler|batsman|pitcher|quarterback|fighter|wrestler|gymnast|rower|`,
    // ("“…,” the researcher added." after the lead author's words: a science's practitioner.)
    String.raw`researcher|scientist|\p{Ll}+ologist|chemist|physicist|astronomer|historian|academic)`,
    String.raw`(\s+(?:said|says|told|tells|added|adds|explained|recalled|admitted|insisted|wrote|writes|replied|warned|argued))\b`,
  ].join(''),
  'gu',
);

/**
 * Whom a description stands for when no one has it as a role: the first person named before it in the paragraph,
 * else the one the paragraph before named both first and last; between rivals, nobody (precision first).
 */
function protagonist(at: number, people: ArticlePeople, named: Mention[]): PersonRecord | null {
  const before = named.filter((n) => n.end <= at && n.record.kind === 'person').sort((a, b) => a.start - b.start)[0]?.record;
  if (before) return before;
  const last = people.lastPerson();
  const first = people.firstOfParagraphBefore();
  // ("Ibarra, who … after a tangle with Williams' Callum Reid, described third as “…”. ¶ “…,” the Argentine said.": the
  // one the paragraph before named first and reported speaking.)
  return last === first || (first !== null && people.sayerOfParagraphBefore() === first) ? first : null;
}

// A police force's unnamed spokesperson: "A police spokesperson said", "a police spokesman told reporters"; the force
// itself speaking: "the force said in a statement".
const POLICE_SPEAKING =
  /\b[Aa]\s+police\s+spokes(?:man|woman|person)\b|\b[Tt]he\s+(?:force|police)(?=\s+(?:also\s+)?(?:said|says|added|told|confirmed|stated|wrote|warned)\b)/g;

// A prosecutor's office speaking through its prosecutors, in lower case: "prosecutors said in a statement".
const PROSECUTORS_SPEAKING = /\b[Pp]rosecutors(?=\s+(?:also\s+)?(?:said|say|added|told|confirmed|stated|wrote)\b)/g;

// A body's unnamed spokesperson, the body in lower case: "a fire service spokesperson said", "a coastguard spokesman told".
const KIND_SPOKESPERSON = /\b[Aa]n?\s+((?:\p{Ll}+\s+){1,2})spokes(?:man|woman|person)\b/gu;

export function rolesOf(text: string, people: ArticlePeople, named: Mention[] = []): Mention[] {
  const found: Mention[] = ageMentions(text, people, named);
  // Titles the article uses on their own ("Sheriff Alastair Greig" … "the sheriff told them").
  const titles = people.titlesPattern();
  if (titles) {
    for (const m of text.matchAll(titles)) {
      const record = people.byRole((m[1] ?? '').toLowerCase());
      if (record) found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, record });
    }
  }
  // "His Majesty also ordered …", "“…,” His Majesty said": the article's monarch.
  for (const m of text.matchAll(MAJESTY)) {
    const record = ['majesty', 'king', 'queen', 'sultan', 'emir', 'monarch'].reduce<PersonRecord | null>(
      (r, noun) => r ?? people.byRole(noun),
      null,
    );
    if (record) found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, record });
  }
  // "A police spokesperson said" after "Northumbria Police had urged …": the one force the article named.
  for (const m of text.matchAll(POLICE_SPEAKING)) {
    const force = people.bodyEnding('police');
    if (force) found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, record: people.add(force, null, 'organisation') });
  }
  // "“…,” prosecutors said in a statement" after "Germany's Federal Prosecutor's Office said …": the one office named.
  for (const m of text.matchAll(PROSECUTORS_SPEAKING)) {
    const office = people.bodyEnding("prosecutor's") ?? people.bodyEnding('prosecutor’s');
    if (office) found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, record: people.add(office, null, 'organisation') });
  }
  // "“…,” a fire service spokesperson said" after "Merseyside Fire and Rescue Service said …": that service.
  for (const m of text.matchAll(KIND_SPOKESPERSON)) {
    const described = (m[1] ?? '').trim().split(/\s+/);
    // (A police spokesperson is the force above; a government's is read with its people, "a Welsh government spokesperson".)
    if (described.includes('police') || described.includes('government')) continue;
    const body = people.bodyWithWords(described);
    if (body) found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, record: people.add(body, null, 'organisation') });
  }
  for (const m of text.matchAll(ROLE_MENTION)) {
    // ("The Cape Town-based chain said": where a body is based says nothing of which it is.)
    const all = (m[2] ?? '').trim().split(/\s+/).filter(Boolean);
    const words = all.slice(all.findIndex((w) => /-based$/i.test(w)) + 1);
    // "the Omani foreign minister" is not the Iranian one: every word of the description must fit the role.
    // ("the Republican governor said": a party says nothing of which office.)
    const described = words.filter(
      (w) =>
        !/^(?:foreign|defence|defense|top|chief|senior|former|new|Republican|Democratic|Democrat|Labour|Conservative|Liberal)$/i.test(w),
    );
    // "Iran's top diplomat": the country's adjective describes the role ("Iranian Foreign Minister").
    const owner = m[1];
    if (owner) {
      const adjective = demonymOf(owner);
      // A possessive that is not a country's ("Reuters' analyst") is left alone.
      if (!adjective) continue;
      described.push(adjective);
    }
    // ("The Minister for Housing, James Halloran, …": a capitalised office that goes on, or is named after it, is no mention.)
    const end = (m.index ?? 0) + m[0].length;
    // ("The President's letter … was read by the Senate President": an office's possession is no one speaking.)
    if (/^\p{Lu}/u.test(m[3] ?? '') && /^(?:\s+(?:for|of)\b|,\s+\p{Lu}|['’]s\b)/u.test(text.slice(end, end + 30))) continue;
    const noun = (m[3] ?? '').toLowerCase();
    // ("In a letter to the university, the board said": a place-like body after a preposition is where, not who.)
    if (PLACE_LIKE_BODY.test(noun)) {
      const before = text.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0);
      if (AFTER_PREPOSITION.test(before) || (AFTER_SAID.test(before) && /^\s+\p{Ll}/u.test(text.slice(end, end + 3)))) continue;
    }
    // ("chief executive of the charity Bone Cancer Relief UK": a kind of body just before its name describes it, and is
    // no mention of one named before.)
    if (NAMED_KIND.test(noun) && /^[ \u00a0]+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
    // "A senior government official, speaking on condition of anonymity, said …" then "the official said": someone unnamed.
    if (indefinite(noun).test(text.slice(0, m.index ?? 0))) continue;
    // ("the new mayor" is not the outgoing one.)
    const inOffice = words.some((w) => /^(?:new|incoming)$/i.test(w));
    const record = officesOf(noun, words).reduce<PersonRecord | null>((r, office) => r ?? people.byRole(office, described, inOffice), null);
    if (record) found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, record });
  }
  return found;
}
