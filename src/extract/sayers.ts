// Who speaks in a sentence that reports speech, and the shapes that introduce or name a speaker.
import { SPEECH_VERB } from './attributeSpeaker.ts';

export const SPEECH_NOUN = new RegExp(
  [
    String.raw`\b(?:in|on|through)\s+(?:(?:a|an|his|her|their|its|the)\s+)?(?:\w+\s+){0,3}(?:posts?|statement|`,
    String.raw`message|remarks|speech|interview|letter|tweets?|video|address|op-ed|briefing|testimony|deposition|`,
    String.raw`hearing)\b`,
  ].join(''),
  'i',
);
export const NAMED_AFTER =
  /^\s*(?:That|This|Those|These|So|Such|The (?:line|words|remark|comment|warning|verdict|message|quip|assessment))\b/;
export const SPEECH_VERB_OR_NOUN = new RegExp(
  `${SPEECH_VERB.source}|\\b(?:words|message|verdict|view|warning|demand|line|put it|came from|belonged to|repeated by|delivered by|summed up|assessment|reaction|response|take)\\b`,
  'i',
);

// What may stand before the one who speaks in a sentence that reports speech: nothing, a fronted phrase and
// its comma ("After the meeting on Thursday, Rubio told …"), or a conjunction. Not the reporter's "You might have thought".
// A live update's time stamp may come first: "13:40 GMT – Socialist leader Tiago Ferraz said …".
const LEAD_IN =
  /^(?:\p{Lu}[\p{Lu}\s.'’-]+(?:,\s+\p{Lu}[\p{L}.\s]*)?(?:\s*\([^()]{1,30}\))?\s*[—–-]\s*)?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*[–—-]\s*)?(?:\s*|(?:[^,]{0,160},\s*(?:(?:with|and|but|while)\s+)?){1,2}|\s*(?:But|And|Yet|So|However|Meanwhile|Separately|Earlier|Later|Still|Now|Then|Also)\b,?\s*)$/u;
// A fronted day without its comma: "On Wednesday morning she said …", "Late Tuesday he told …" (not "Last week …":
// a time that far back would date every later undated quote of the sayer).
const TIME_LEAD_IN = new RegExp(
  [
    String.raw`^\s*(?:(?:On|Late|Early|Earlier|Later)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|`,
    String.raw`Sunday|today|yesterday|this|the\s+same\s+day)(?:\s+(?:morning|afternoon|evening|night))?\s*$`,
  ].join(''),
  'i',
);
// A description set off before the name, after a fronted phrase: "On Sunday, the club's chairman, Philip Osei, wrote …".
const DESCRIBED_LEAD_IN = /^(?:[^,]{0,100},\s*){0,2}(?:the|a|an|his|her|its|their)\s+[^,]{1,60},\s*$/i;
// … or a description: "Dorin Ardelean, an architect who advises the county council on heritage buildings, told me".
// ("X, the National Police commander for El Oro, …", "X, a 41-year-old packer …", "X, of the People's Party (ÖVP), …",
// "X, in a separate interview with CNA, …", "X, chief executive of Saadiyat Capital Partners, …", "X, one of the divers
// who …, …": an apposition or an aside of where and how.)
// ("X, who took silver in 1:50.96, …": a time's colon and full stop inside it, and an initial's, "the U.N. refugee
// agency"; "X, Aasheim’s caddie and a former club professional from North Berwick, …": someone's, in apposition.)
const CLOSED_CLAUSE =
  /^,\s*(?:\d{1,3},\s*)?(?:(?:who|whose|which|whom|having|after|before|when|while|as|\p{Ll}+ing)\b|(?:a|an|the)\s+[\p{L}\d]|\p{Lu}[\p{L}-]*['’]s\s+\p{Ll}|(?:of|from)\s+(?:the\s+)?\p{Lu}|(?:in|at|during)\s+(?:a|an|the|his|her|their|its)\s|one\s+of\s|\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3}\s+(?:of|at|for|with)\s)(?:[^,.;:“”"]|(?<=\d)[.:](?=\d)|(?<=(?<![\p{L}])\p{Lu})\.){0,100},/u;
const SIDE_CLAUSE = /,\s*(?:having|who|whose|which|after|before|when|while|as|whom)\b/i;

/** Whether the sayer is the subject of the sentence's main clause, and the verb after them is not in a side clause. */
export function sayerLeads(sentence: string, start: number, end: number): boolean {
  if (/^\s*(?:You|I|We)\b/.test(sentence)) return false;
  // A side clause closed before the verb ("X, who voted against, said …", "X, 26, who pays an owner for his bike,
  // said …") leaves X the subject, however long it is.
  // (Two of them: "X, arguing for the Alliance, which represents …, said".)
  const rest = sentence.slice(end);
  const after = rest.replace(CLOSED_CLAUSE, ',').replace(CLOSED_CLAUSE, ',');
  const verbAfter = after === rest ? null : SPEECH_VERB_SOON.exec(after);
  // ("Mr Trump, having expressed his hopes …, seemed to regard …": a saying inside the side clause is no main verb.)
  const verb = verbAfter ?? SPEECH_VERB_SOON.exec(rest);
  const between = verbAfter
    ? after.slice(0, verbAfter.index + verbAfter[0].length).replace(/^,/, ' ')
    : (verb ? rest.slice(0, verb.index + verb[0].length) : '').replace(CLOSED_CLAUSE, ' ');
  // ("Republican People's Party (CHP) leader X said": a body's letters in brackets describe it too.)
  const before = sentence.slice(0, start).replace(/\s*\([^()]{1,40}\)(?=\s)/g, '');
  const lead = withoutDescription(before);
  return (LEAD_IN.test(lead) || TIME_LEAD_IN.test(lead) || DESCRIBED_LEAD_IN.test(before)) && !SIDE_CLAUSE.test(between);
}

// "However, Mr ", "the BBC's North America editor ", "Iran's Deputy Foreign Minister ": words describing the sayer.
const DESCRIBING = new RegExp(
  [
    // ("Ministry of Foreign Affairs spokeswoman X", "Democratic Party for the People leader X": a body's name with "of".)
    String.raw`(?:^|\s)(?:the|a|an|his|her|their|its|\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|for|and|&)(?:\s+the)?)?|[\p{L}-]+['’]s|(?:minister|president|`,
    String.raw`spokes\w+|envoy|editor|official|\p{Ll}+-general|secretary|chief|head|adviser|advisor|analyst|correspondent|`,
    String.raw`negotiator|ambassador|aide|leader|diplomat|mediator|general|director|professor|chairman|founder|`,
    String.raw`skipper|economist|expert|researcher|manager|executive|organi[sz]er|press|deputy|senior|foreign|`,
    String.raw`national|provincial|regional|federal|state|municipal|county|district|interim|acting|caretaker|outgoing|incoming|`,
    String.raw`security|council(?:l?or|man|woman|member)|coach|captain|lawyer|attorney|judge|officer|`,
    String.raw`commissioner|mayor|governor|senator|spokes(?:man|woman|person)|chair(?:woman|person)?|activist|campaigner|`,
    String.raw`resident|worker|nurse|doctor|teacher|owner|scientist|strategist|candidate|principal|boss|driver|player|`,
    String.raw`striker|midfielder|defender|goalkeeper|winger|batter|bowler|farmer|engineer|developer|pastor|priest|bishop|`,
    // ("State prosecutor Héctor Gálvez said …", "Democratic lawmaker X said …")
    String.raw`prosecutor|investigator|inspector|commander|premier|chancellor|lawmaker|legislator|backbencher|delegate|`,
    String.raw`nominee|rapporteur|auditor|administrator|superintendent|sheriff|coroner|magistrate|justice|trustee|treasurer|`,
    // "ministry spokesperson X", "police chief X", "party leader X": the body a role belongs to.
    String.raw`ministry|government|police|embassy|club|party|team|\p{Ll}+ologist|\p{Ll}+ographer|\p{Ll}+ician|`,
    // ("The charity Carers Together UK said …", "the company Veyra said": what kind of body speaks, before its name; not
    // the body an officer is of, "The executive director of the environmental group X said".)
    String.raw`(?<!\bof\s+(?:(?:the|an?|its|their)\s+)?(?:[\p{Ll}-]+\s+)?)(?:charity|company|firm|group|union|agency|utility|airline|carmaker|watchdog|organi[sz]ation|association)|`,
    // ("Speaking at the lifeboat station this morning, coxswain X said", "helmsman X", "chaplain X".)
    String.raw`coxswain|chaplain|[\p{Ll}-]{3,}(?<!hu)man|`,
    // ("Conservation architect X said …", "Head chef X", "Duty curator X": what someone does, in words of other shapes.)
    String.raw`architect|surgeon|midwife|paramedic|medic|chef|cook|curator|warden|dean|rector|vicar|imam|rabbi|monk|nun|`,
    String.raw`pilot|jockey|mason|poet|clerk|ranger|guide|`,
    // ("Wide receiver X said", "shop supervisor X said": a word of the shape of what someone does.)
    String.raw`(?!(?:after|later|other|under|never|ever|over|whether|either|rather|neither|together|however|further|another|`,
    String.raw`water|matter|letter|number|center|winter|summer|quarter|paper|border|order|sector|floor|door|for|nor|or)\b)`,
    String.raw`[\p{Ll}-]{2,}(?:er|or|ist|ian|ant)))\s*$`,
  ].join(''),
  'u',
);

// One lower-case word before a role, saying what the role is of ("zoo", "hospital", "county"), not a word of the
// sentence's grammar.
const ROLE_OF_WORD =
  /(?:^|\s)(?!(?:and|or|but|nor|that|than|then|the|a|an|his|her|its|their|said|says|told|with|to|of|in|on|at|for|by|from|as|was|is|are|were|had|has|have|not|also)\b)\p{Ll}{3,}\s*$/u;

const ROLE_OF_LOWER =
  /(\b(?:commissioner|superintendent|director|inspector|head|chief|secretary|minister|governor|chair(?:man|woman|person)?|president|editor|professor|clerk)\s+)(?:of|for)\s+(?:the\s+)?\p{Ll}[\p{Ll}-]*(?:\s+\([^()]{1,30}\))?\s*$/u;

function withoutDescription(before: string): string {
  // "On Sunday, the Rovers chairman, Philip Osei, wrote …": the comma that opens an apposition.
  // "founder and chief executive Rohan Kulkarni": two roles joined by "and" describe one person.
  let rest = before.replace(/(^|\s)\p{Ll}+\s+and\s+(?=\p{Ll}[\p{Ll} ]*$)/u, '$1');
  for (let i = 0; i < 6; i++) {
    // ("Deputy commissioner of police (north) X told": what a role is of, in lower case, after it.)
    rest = rest.replace(ROLE_OF_LOWER, '$1');
    const m = DESCRIBING.exec(rest);
    if (!m || m[0].length === 0) break;
    rest = rest.slice(0, m.index) + (m[0].startsWith(' ') ? ' ' : '');
    // ("On Monday, zoo director X said": a word for what the role is of, before a role the list knows.)
    if (/^\s*\p{Ll}/u.test(m[0]) && !/^\s*(?:the|a|an|his|her|their|its)\s*$/.test(m[0]))
      // ("durum wheat grower X", "high school maths teacher X": up to three such words.)
      for (let k = 0; k < 3; k++) rest = rest.replace(ROLE_OF_WORD, (w) => (w.startsWith(' ') ? ' ' : ''));
  }
  return rest;
}

// A negation right after the sayer, then a verb of commenting: "has not commented", "has yet to comment", "did not
// immediately respond". (Not "did not say whether …", which reports what was said, or "said he had not spoken".)
const NOT_SAID = new RegExp(
  String.raw`^,?\s+(?:has|have|had|did|does|was|were|is|could|would)?\s*(?:not|never|n['’]t|yet\s+to)\s+(?:(?:yet|publicly|immediately|directly|officially)\s+)?(?:comment|commented|respond|responded|spoken\s+publicly|speak\s+publicly)\b`,
  'i',
);

/** A verb of saying within a few words after the sayer ("Joly said", "Rutte has told"), not a distant one. */
const SPEECH_VERB_SOON = new RegExp(`^[^.;:]{0,60}?${SPEECH_VERB.source}`, 'i');

// "X received Y at the Hofburg on Friday afternoon and then spoke briefly to journalists": a second verb of theirs.
const SPEECH_VERB_COORDINATED = /^[^.;:“”"]{0,120}?\band\s+(?:then\s+|later\s+)?(?:spoke|talked|told|said)\b/i;

export function speechVerbFollows(sentence: string, at: number): boolean {
  // "X, speaking to reporters at the embassy gate as he left, said …": past an aside closed by its comma.
  const rest = sentence.slice(at);
  // ("Mr Šimůnek has not commented publicly", "X did not respond": words not said.)
  if (NOT_SAID.test(rest)) return false;
  return SPEECH_VERB_SOON.test(rest) || SPEECH_VERB_SOON.test(rest.replace(CLOSED_CLAUSE, ' ')) || SPEECH_VERB_COORDINATED.test(rest);
}
