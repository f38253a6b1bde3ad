import type { Actor } from './mentions.ts';

export const SPEECH_VERB = new RegExp(
  [
    String.raw`\b(said|says|say|saying|added|adds|adding|told|tells|telling|wrote|writes|writing|stated|states|`,
    String.raw`stating|declared|declaring|declares|warned|warns|warning|insisted|insists|insisting|asked|urged|`,
    String.raw`urges|urging|explained|noted|noting|cautioned|claimed|claims|argued|arguing|argues|replied|`,
    String.raw`announced|announce|announcing|posted|accused|accusing|expressed|acknowledged|emphasised|emphasized|`,
    String.raw`emphasising|emphasizing|stressed|described|describing|(?<!\b(?:was|were|been|be|is|are|being)\s)called(?!\s+(?:in|`,
    String.raw`off|up)\b)|calling(?!\s+(?:in|off|up)\b)|promised|suggested|admitted|commented|quoted|continued|`,
    String.raw`highlighted|pledged|pledging|vowed|affirmed|assured|teased|hinted|fumed|complained|predicted|`,
    // ("VaultBridge blamed a “liquidity event”": words it gave; not "was blamed".)
    String.raw`(?<!\b(?:was|were|been|be|is|are|being|widely|largely|partly)\s)blamed|`,
    // ("conceded only nine in the 19th over", "conceded two goals": runs and goals, not words.)
    String.raw`conceded(?!\s+(?:only\s+|just\s+|a\s+|an\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|goals?|runs?|penalt\w+)\b)|responded|remarked|recalled|reiterated|appealing|appealed|voiced|voicing|testified|`,
    String.raw`testifies|testifying|tweeted|confirmed|denied|revealed|recounted|explains|notes|observed|boasted|`,
    // ("She pointed out that most schools had been rebuilt with “…”": a remark.)
    String.raw`pointed\s+out|joked|termed|terming|submitted|contended|countered|retorted|interjected|quipped|protested|objected|reminded|reminding|answered|answering|(?<=\bto\s)answer|`,
    // ("… informed ANTARA here on Thursday that …": told, not "an informed decision" or "was informed".)
    String.raw`(?<!\b(?:was|were|been|be|is|are|being|well|an?|fully|better|ill|more|less)[\s-])informed(?=\s+(?:[\w.'’-]+\s+){1,6}?that\b)|`,
    // ("The Rental Action Network welcomed the bill as “a step, not a solution”": a verdict given in words, as quoted.)
    String.raw`(?:welcomed|hailed|dismissed|greeted|praised|condemned|denounced|critici[sz]ed|slammed)(?=\s[^.;:“”"]{0,80}?\bas\s+[“"‘])|`,
    // ("The Ottawa Public Library congratulated her on X: “…”": an act done in the words a colon then gives.)
    String.raw`(?:congratulated|thanked|mourned|paid\s+tribute(?:\s+to)?)(?=[^.;:“”"]{0,60}:\s*[“"‘])|`,
    // ("The company apologised to customers for the outage": words given, not only an act.)
    String.raw`apologi[sz]ed|`,
    // ("“…?” Abrenica pressed.": a question pressed, not a button or a charge.)
    String.raw`pressed(?=\s*[.,;!?]|\s+(?:him|her|them|again|further)\b))\b`,
  ].join(''),
  'gi',
);

/** The same, for one test or the first match (no `lastIndex` state). */
export const SPEECH_VERB_ONCE = new RegExp(SPEECH_VERB.source, 'i');
// ("said co-president of the initiative committee Léa Vuilleumier": a role, then the body it is of.)
// ("said Macquarie analyst Tom Reddy", "said UBS strategist X": the body the role is of, named first.)
const INVERTED_ROLE =
  /^\w+\s+(?:\p{Lu}[\p{L}&'’.-]*\s+){0,3}(?:[\p{Ll}-]+\s+){1,3}(?:(?:of|for)\s+the\s+(?:[\p{Ll}-]+\s+){1,2})?(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?$/u;
// A body's office in lower case, between its name and its officer's: " chief executive ", " spokesman Dr ".
const BODY_OFFICER_BETWEEN = /^\s+(?:[\p{Ll}-]+\s+){1,3}(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?$/u;
// ("said Saab's head of Asia-Pacific business, Henrik Lindqvist": a body's.)
const INVERTED_DESCRIPTION =
  /^\w+\s+(?:the|a|an|his|her|their|\p{Lu}[\p{L}&-]*['’]s)\s[^,.;:“”"]{1,60},\s+(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?$/u;

export interface Attribution {
  /** The mention that names the speaker; a pronoun is left for the caller to resolve. */
  actor: Actor | null;
  /** Offset of the speech verb (or cue) the speaker was read from, if any. */
  verbAt: number | null;
  how: 'according-to' | 'verb' | 'passive' | 'inverted' | 'group' | 'document' | 'none';
  /** "the report said": the document whose issuer spoke, for the caller to look up. */
  document?: string;
  /** "A spokesperson for Yoon said": the one speaking is someone the sentence does not name. */
  unnamed?: true;
}

// "Analysts from the ISW", "officials at the Kremlin": a body speaking through its people.
const GROUP_OF =
  /\b(analysts?|officials?|experts?|researchers?|spokes(?:man|woman|person)|sources?|diplomats?|members?)\s+(?:from|of|at|for|in)\s+(?:the\s+)?$/i;
// "The homeowner, who asked not to be named because …, said", "X's neighbour, speaking on condition of anonymity, said",
// "One juror, who declined to give her name, told reporters", "One of the former altar boys, now 24, who asked that
// his name not be used, told Reuters":
// someone the text says it does not name.
export const NOT_NAMED =
  /^[^.;:“”"]*?\b(?:who\s+(?:asked|requested|declined|did\s+not\s+want)\s+(?:not\s+)?to\s+be\s+(?:named|identified)|who\s+(?:asked\s+for|requested)\s+anonymity|who\s+asked\s+that\s+(?:(?:her|his|their)\s+(?:full\s+|last\s+)?names?|she|he|they)\s+not\s+be\s+(?:used|published|given|named|identified|disclosed)|who\s+(?:did\s+not|didn['’]t)\s+wish\s+to\s+be\s+(?:named|identified)|(?:speaking|spoke)\s+on\s+(?:the\s+)?condition\s+of\s+anonymity|who\s+gave\s+only\s+(?:her|his|their)\s+first\s+name|who\s+(?:declined|refused|did\s+not\s+want|would\s+not|did\s+not)\s+(?:to\s+)?give\s+(?:her|his|their)\s+(?:full\s+|last\s+)?names?)\b/u;
const SPEAKING_FOR =
  /\b(?:an?|the|one)\s+(?:\p{Ll}+\s+)?(?:spokes(?:man|woman|person)|aide|lawyer|attorney|representative|adviser|advisor|friend|relative|source|publicist|agent)\s+(?:for|to|of|close to)\s+$/iu;
const DOCUMENT_READS =
  /\b(?:the|its|their|this|that)\s+(report|statement|memorandum|memo|decree|communiqu[eé]|document|letter|readout|email|e-mail|post)\s+(?:read|reads|continued|went on|added|adds|said|says|stated|noted)\b/i;
const DOCUMENT_SUBJECT =
  /\b(?:the|its|their|this|that)\s+(report|statement|memorandum|decree|assessment|communiqu[eé]|document|letter|readout)\b/i;

// An aside set off by commas that runs up to the verb: ", in a separate interview with CNA, ", ", the police chief, ".
const ASIDE_TO_VERB =
  /^(?:,\s*(?:the|a|an|in|at|of|from|during|speaking|who|whose)\b[^,.;:“”"]{0,100}){1,2},\s*(?:(?:has|had|also|then|later|again)\s+)?$/i;

// Where a person sits, between them and their verb: " of the provincial Supreme Court ".
const OF_BODY_TO_VERB = /^\s+of\s+the\s+(?:[\p{Ll}-]+\s+)?\p{Lu}[^,.;:“”"]{0,60}?\s+(?:(?:has|had|also|then|later)\s+)?$/u;

// A capitalised name of one to three words after a comma, straight before the verb.
const UNKNOWN_NAME_SUBJECT = /,\s+\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}\s+(?:(?:also|then|later)\s+)?$/u;

// Someone unnamed just before a verb of saying: "a colleague", "one resident", "another official".
const INDEFINITE_SAYER =
  /\b(?:a|an|one|another)\s+(?:[\p{Ll}-]+\s+){0,2}(?:colleague|official|source|resident|neighbou?r|friend|witness|worker|employee|manager|aide|diplomat|analyst|member|relative|passenger|trader|lawyer|officer|staffer)\b[\p{Ll}\s-]*$/u;

/**
 * Who said the quotations of one sentence, read from the words around them.
 * `actors` are the sentence's mentions outside quotes; pronouns come back unresolved
 * (record null, pronoun set) for the caller, who knows the context, to resolve.
 */
export function attributeSpeaker(
  sentence: string,
  offset: number,
  actors: Actor[],
  quotes: Array<{ start: number; end: number }>,
): Attribution {
  const inQuote = (pos: number) => quotes.some((q) => pos >= q.start && pos < q.end);

  // "according to Mr Rutte" — unless someone before it already says the words ("X described the deal as ‘…’,
  // according to the ministry": the ministry is the source, X the speaker).
  for (const m of sentence.matchAll(/\baccording to\s+/gi)) {
    const after = offset + (m.index ?? 0) + m[0].length;
    const said = [...sentence.slice(0, m.index ?? 0).matchAll(SPEECH_VERB)]
      .map((v) => offset + (v.index ?? 0))
      .filter((at) => !inQuote(at));
    // ("“…,” she told senators, according to a translation provided by the committee": a pronoun says them too.)
    if (said.some((at) => actors.some((a) => a.end <= at && (a.record || a.pronoun) && !a.possessive && !a.object))) continue;
    // "according to foreign ministry spokesperson Esmaeil Baghaei": a description may stand before the name.
    const actor = actors.find(
      (a) =>
        a.start === after ||
        (a.start > after && a.start - after <= 4) ||
        (a.start > after && a.start - after <= 60 && /^[\p{L}\s'’.-]*$/u.test(sentence.slice(after - offset, a.start - offset))),
    );
    if (actor && !inQuote(after)) return { actor, verbAt: after, how: 'according-to' };
  }

  const firstQuote = quotes[0]?.start ?? offset;
  // "X dismissed Kuruvila's charge that the government had pushed Kerala into a “debt trap”, and said …": words inside
  // what someone's charge, claim or warning says are the owner's, whoever says the sentence.
  const owner = actors.find(
    (a) =>
      a.possessive &&
      a.end <= firstQuote &&
      firstQuote - a.end <= 200 &&
      CHARGE_THAT.test(sentence.slice(a.end - offset, a.end - offset + 40)) &&
      !/[.;:]/.test(sentence.slice(a.end - offset, firstQuote - offset)) &&
      !SPEECH_VERB_ONCE.test(sentence.slice(a.end - offset, firstQuote - offset)),
  );
  if (owner) return { actor: owner, verbAt: owner.end, how: 'verb' };
  const verbs = [...sentence.matchAll(SPEECH_VERB)]
    .map((m) => offset + (m.index ?? 0))
    .filter((at) => !inQuote(at))
    .sort((a, b) => Math.abs(a - firstQuote) - Math.abs(b - firstQuote));
  // "“…,” the statement read.": a document's words, whoever issued it (only a document "reads").
  const reads = DOCUMENT_READS.exec(sentence);
  if (verbs.length === 0 && reads?.[1] && !inQuote(offset + (reads.index ?? 0)))
    return { actor: null, verbAt: offset + (reads.index ?? 0) + reads[0].length, how: 'document', document: reads[1].toLowerCase() };

  const subjectBefore = (at: number) => actors.filter((a) => a.end <= at && !a.possessive && !a.object).pop();
  const lead = actors.find((a) => !a.possessive && !a.object);
  let subordinate = false;
  for (const verbAt of verbs) {
    const before = sentence.slice(0, verbAt - offset);
    // “never again,” which Ostrowski said he had not seen: a relative clause about the words, not their saying.
    const lastQuote = quotes.filter((q) => q.end <= verbAt).pop();
    if (lastQuote && /^[\s,”"’']*(?:which|that)\s/i.test(sentence.slice(lastQuote.end - offset, verbAt - offset)) && verbs.length > 1)
      continue;
    // "X told a news conference that Y had called him …, and that …": a verb inside what someone said is not the saying.
    // (Not "X hoped that …, while Y noted": a new clause with its own subject.)
    // ("… would leave the union “shouting from the outside” while ministers wrote the rules": a clause after the words
    // with a subject of its own, which no one names, tells of something else.)
    if (lastQuote && OWN_CLAUSE_AFTER.test(sentence.slice(lastQuote.end - offset, verbAt - offset))) continue;
    const own = subjectBefore(verbAt);
    // "Tang repeated Beijing's demand that Tokyo “…” after Defence Minister X told parliament last week": a verb in a
    // clause after the words that opens on "after", "when", "because" … tells of something else than their saying.
    if (
      lastQuote &&
      own &&
      own.start >= lastQuote.end &&
      SUBORDINATE.test(sentence.slice(lastQuote.end - offset, own.start - offset).replace(TIME_AFTER, ' '))
    ) {
      subordinate = true;
      continue;
    }
    // ("She said the board had asked for 11 cuts, and that making them would leave “…”": the words are in a second
    // "that" clause of the verb before, not of the verb inside the first.)
    if (
      verbAt < firstQuote &&
      /,\s+and\s+that\s/i.test(sentence.slice(verbAt - offset, firstQuote - offset)) &&
      verbs.some((v) => v < verbAt && subjectBefore(v))
    )
      continue;
    const embedded = own !== undefined && /\bthat\s+(?:the\s+)?$/i.test(sentence.slice(0, own.start - offset));
    if (embedded && verbs.some((v) => v < own.start && subjectBefore(v))) continue;
    // "X praised Y, saying …", "X congratulated Y on X, writing that …": the participle's subject is the sentence's.
    if (lead && lead.end <= verbAt && /,\s*$/.test(before) && /^\w+ing\b/i.test(sentence.slice(verbAt - offset))) {
      const quoteBetween = quotes.some((q) => q.start >= lead.end && q.end <= verbAt);
      if (!quoteBetween) return { actor: lead, verbAt, how: 'verb' };
      // ("The ministry said X bore “full responsibility”, accusing him of …": the participle goes on from the sentence's
      // own saying, whoever its words are about.)
      if (verbs.some((v) => v < verbAt && v >= lead.end && subjectBefore(v) === lead)) return { actor: lead, verbAt, how: 'verb' };
    }
    // "Smith added that Jones was “stalling” and asked, “…”": a verb joined by "and" shares the first verb's subject.
    if (/\band\s+(?:then\s+|also\s+|later\s+)?$/i.test(before)) {
      const first = verbs.filter((v) => v < verbAt).sort((a, b) => a - b)[0];
      const shared = first === undefined ? undefined : subjectBefore(first);
      if (shared) return { actor: shared, verbAt, how: 'verb' };
      // "Petrosyan thanked Trump and said …": the one who thanked says it, not the one thanked.
      const lead = actors.find((a) => !a.possessive && !a.object);
      const nearest = subjectBefore(verbAt);
      if (
        lead &&
        nearest &&
        lead !== nearest &&
        /^\s+[\p{Ll}]+(?:ed|s)\s+$/u.test(sentence.slice(lead.end - offset, nearest.start - offset))
      ) {
        return { actor: lead, verbAt, how: 'verb' };
      }
    }
    // "X said the council had been asked to decide “…”": a verb in the passive, with no agent, inside what someone
    // said, tells what was done to its subject, not who spoke ("was quoted as saying" is the subject's own).
    if (
      PASSIVE_BEFORE.test(before) &&
      !/^(?:\w+\s+by\s|quoted\b)/i.test(sentence.slice(verbAt - offset)) &&
      verbs.some((v) => v < verbAt && !PASSIVE_BEFORE.test(sentence.slice(0, v - offset)) && subjectBefore(v))
    )
      continue;
    // "This was announced by the head of the delegation, Defence Minister Ivan Petrenko": the agent after "by".
    const passive = /^\w+\s+by\s+/i.exec(sentence.slice(verbAt - offset));
    if (passive) {
      // Not "her" in "by her shift manager": a determiner, not the agent.
      const determiner = (a: Actor) => a.pronoun !== null && /^\s+\p{Ll}/u.test(sentence.slice(a.end - offset, a.end - offset + 3));
      const agent = actors.find((a) => a.start >= verbAt + passive[0].length && a.start - verbAt <= 80 && !a.possessive && !determiner(a));
      if (agent) return { actor: agent, verbAt, how: 'passive' };
      // "was told by her shift manager to “strap it up”": someone unnamed said it, not the sentence's subject.
      if (/^\w+\s+by\s+(?:a|an|the|his|her|their|its)\s+[\p{Ll}\s-]{2,40}?\s+(?:to|that)\b/iu.test(sentence.slice(verbAt - offset)))
        return { actor: null, verbAt, how: 'passive' };
    }
    // The subject is the nearest actor before the verb that is neither an owner nor an object …
    // (… not one inside an aside between a person and the verb: "X, in an interview with the broadcaster CNA, said",
    // "X, the National Police commander for El Oro, said".)
    const candidates = actors.filter((a) => a.end <= verbAt && !a.possessive && !a.object);
    const asideOwner = candidates.find(
      (a) =>
        a.record?.kind === 'person' &&
        !a.pronoun &&
        (ASIDE_TO_VERB.test(sentence.slice(a.end - offset, verbAt - offset)) ||
          // ("Justice Marian Tobin of the provincial Supreme Court declared …": where the person sits, then their verb.)
          (OF_BODY_TO_VERB.test(sentence.slice(a.end - offset, verbAt - offset)) &&
            candidates.filter((b) => b.start > a.end).every((b) => b.record?.kind === 'organisation'))) &&
        candidates.some((b) => b.start > a.end),
    );
    const subject = asideOwner ?? candidates.pop();
    // "A spokesperson for Ábalos said": someone speaking for a person, unnamed, is not that person.
    // (Not "Hannah Lindqvist, a spokesperson for the governor, said": that one is named.)
    const nearest = actors.filter((a) => a.end <= verbAt && !a.possessive).pop();
    const speakingFor = nearest ? SPEAKING_FOR.exec(sentence.slice(0, nearest.start - offset)) : null;
    if (
      nearest &&
      speakingFor &&
      (nearest.record?.kind === 'person' || nearest.pronoun) &&
      /^[\s,]*$/.test(sentence.slice(nearest.end - offset, verbAt - offset)) &&
      !actors.some((a) => a.end - offset <= speakingFor.index && /^\s*,\s*$/.test(sentence.slice(a.end - offset, speakingFor.index)))
    )
      return { actor: null, verbAt, how: 'none', unnamed: true };
    // "… took Ms Tennant through an email in which a colleague described the system as “…”": someone unnamed is the
    // verb's subject, after the one named.
    if (subject && INDEFINITE_SAYER.test(sentence.slice(subject.end - offset, verbAt - offset)))
      return { actor: null, verbAt, how: 'none', unnamed: true };
    // "Asked whether he would …, Kurti replied": a name no one registered is the verb's subject, not the "he" before it.
    if (subject && UNKNOWN_NAME_SUBJECT.test(sentence.slice(subject.end - offset, verbAt - offset)))
      return { actor: null, verbAt, how: 'none', unnamed: true };
    const quoteBetween = subject !== undefined && quotes.some((q) => q.start >= subject.end && q.end <= verbAt);
    if (subject && !quoteBetween) return { actor: subject, verbAt, how: 'verb' };
    // “…,” said Mr Rubio. — only where the verb follows the quotation directly.
    const follows = quotes.some((q) => q.end <= verbAt && /^[\s,.:;!?”"’'—–-]*$/.test(sentence.slice(q.end - offset, verbAt - offset)));
    // … or after a description set off by a comma: "said the study's lead author, Dr Marta Kowalczyk, …".
    // … or after a bare role: "said lead author Dr Lachlan Beaumont".
    const described = (a: Actor) =>
      INVERTED_DESCRIPTION.test(sentence.slice(verbAt - offset, a.start - offset)) ||
      INVERTED_ROLE.test(sentence.slice(verbAt - offset, a.start - offset));
    // (… or after titles: "said Datuk Seri Nur Aisyah Hamid", "said Deputy Prime Minister X".)
    // ("said Lieutenant-Colonel Frédéric Ostermann": a rank of two words joined.)
    const titled = (a: Actor) => /^\p{Ll}*\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}$/u.test(sentence.slice(verbAt - offset, a.start - offset));
    const first = follows
      ? actors.find((a) => a.start > verbAt && (a.start - verbAt <= 12 || described(a) || titled(a)) && !a.possessive)
      : undefined;
    // ("said VetCare chief executive Andrew Pilkington": the body's officer named after it, not the body.)
    const officer =
      first?.record?.kind === 'organisation'
        ? actors.find(
            (a) =>
              a.start > first.end &&
              a.record?.kind === 'person' &&
              !a.possessive &&
              BODY_OFFICER_BETWEEN.test(sentence.slice(first.end - offset, a.start - offset)),
          )
        : undefined;
    const after = officer ?? first;
    if (after) return { actor: after, verbAt, how: 'inverted' };
    if (subject) return { actor: subject, verbAt, how: 'verb' };
  }
  for (const verbAt of verbs) {
    const group = actors
      .filter((a) => a.end <= verbAt && a.object && GROUP_OF.test(sentence.slice(Math.max(0, a.start - offset - 30), a.start - offset)))
      .pop();
    // "A spokesperson for Yoon said": a body speaks through its people, a person's spokesperson is not the person.
    // ("An official at the department, who asked not to be named, told the Post": someone who will not be named is not
    // the body's voice either.)
    if (group && NOT_NAMED.test(sentence.slice(group.end - offset))) return { actor: null, verbAt, how: 'group', unnamed: true };
    if (group)
      return group.record?.kind === 'person' || group.pronoun
        ? { actor: null, verbAt, how: 'group', unnamed: true }
        : { actor: group, verbAt, how: 'group' };
    const doc = DOCUMENT_SUBJECT.exec(sentence.slice(0, verbAt - offset));
    if (doc?.[1] && !actors.some((a) => a.end <= verbAt && !a.possessive && !a.object)) {
      return { actor: null, verbAt, how: 'document', document: doc[1].toLowerCase() };
    }
  }
  // (… the words are then the main clause's: its subject, if a verb stands between it and them.)
  if (subordinate && lead && lead.end <= firstQuote && /\s\p{Ll}+\s/u.test(sentence.slice(lead.end - offset, firstQuote - offset)))
    return { actor: lead, verbAt: lead.end, how: 'verb' };
  // "Trump’s talk last week of being “pissed off”": the owner of the words.
  for (const a of actors) {
    if (a.possessive && SPEECH_NOUN.test(sentence.slice(a.end - offset, a.end - offset + 40)))
      return { actor: a, verbAt: a.end, how: 'verb' };
  }
  return { actor: null, verbAt: verbs[0] ?? null, how: 'none' };
}

// Before a verb in the passive: "had been asked", "was urged", "were told".
const PASSIVE_BEFORE = /\b(?:been|being|was|were|is|are|be)\s+(?:\p{Ll}+ly\s+)?$/iu;

// What stands between a quotation and a verb after it, when a clause with its own common-noun subject opens there.
const OWN_CLAUSE_AFTER =
  /^[\s,”"’']*(?:while|as|when|because|after|before|whereas|until|since|although|though)\s+(?:the\s+|its\s+|their\s+|many\s+|some\s+)?(?:\p{Ll}[\p{L}-]*\s+){1,2}$/u;
// A time, not a clause: "“…” shortly after 9 a.m., Serbia's Interior Ministry said", "before noon", "since Monday".
const TIME_AFTER =
  /\b(?:after|before|since|until)\s+(?:about\s+|around\s+)?(?:\d|noon|midnight|dawn|dusk|daybreak|nightfall|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|last\s|this\s)/g;
// A clause's opening word that makes it another's: "after", "when", "because" ….
const SUBORDINATE = /\b(?:after|before|when|since|because|while|until|once|although|though|whereas)\b/i;

const SPEECH_NOUN = new RegExp(
  [
    String.raw`^['’]s?\s+(?:\w+\s+)?(talk|comments?|remarks?|words|statement|warnings?|threats?|call|claims?|`,
    String.raw`promises?|pledge|description|message|post|tweet|letter|speech|assessment|view|answer|response|`,
    String.raw`reply|charge|accusation|allegation|assertion|suggestion|insistence|argument)\b`,
  ].join(''),
  'i',
);
// "Kuruvila's charge that …", "the minister's claim that …": a claim and what it says.
const CHARGE_THAT = new RegExp(`${SPEECH_NOUN.source.replace(/\\b\)?$/, '')}\\s+that\\b`, 'i');
