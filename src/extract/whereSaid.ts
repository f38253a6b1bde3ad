// Where words were said, from the words around them and the words themselves.
import type { PlaceRecord } from '../knowledge/types.ts';
import type { QuoteSpan } from './findQuotes.ts';
import type { Gazetteer } from './gazetteer.ts';
import { SPEECH_VERB } from './attributeSpeaker.ts';

// Words written, posted or told to someone: where they were said is not where the article was filed.
export const REMOTE = new RegExp(
  [
    // Told an audience in the room ("told several hundred supporters at a union hall") is said there.
    // ("In its policy statement", "in a telephone interview"; an opening statement at a hearing, a joint press statement
    // with a counterpart, an on-court interview are spoken there.)
    String.raw`\b(told(?! (?:(?:the|a|an|his|her|their|its|our|several|hundreds?|thousands|dozens|of|cheering|\w+ing|\w+-\w+|\d[\d,]*) ){0,3}(?:reporters|journalists|press|`,
    String.raw`news conference|press conference|briefing|lawmakers|parliament|delegates|supporters|crowds?|audiences?|council|`,
    String.raw`councilors|councillors|committee|hearing|court|jury|rally|summit|conference|assembly|senators|MPs|MEPs|peers|legislators|deputies|parliamentarians|house|chamber|bench|judges?|magistrates?|tribunal|panel|courtroom|inquiry|students|`,
    String.raw`workers|troops|members|residents|voters|people|fans|guests|mourners|villagers|plenary|session|meeting|gathering|`,
    String.raw`forum|congress|convention|delegates|delegations?|leaders|parishioners|congregation|worshippers|protesters|`,
    String.raw`demonstrators|activists|campaigners|graduates|staff|employees|soldiers|cadets|officers|defendants?|accused|witness(?:es)?|`,
    String.raw`prisoners?|families|relatives|players|squad|team|crew|pupils|him|her|them|me|us)\b)|`,
    String.raw`wrote|writing|posted|tweeted|in (?:an?|its|his|her|their) `,
    String.raw`(?:(?!opening |closing |press |on-court |courtside |pitchside |trackside |post-match |post-race |post-game |podium |on-field )[\w-]+ ){0,2}?`,
    String.raw`(?:interview|podcast|video|post|letter|op-ed|statement|press release|email|e-mail|text message|resolution|petition|affidavit|message|note|communiqu[eé])|(?:on|in) (?:a|`,
    String.raw`the) (?:conference |earnings |phone |telephone )?call|on (?:X|Twitter|Telegram|Truth Social|Facebook|Instagram|`,
    String.raw`social media)|by (?:phone|telephone|video|text|e-?mail|text message)|(?:over|on) the (?:tele)?phone|`,
    // "said over the phone", "via WhatsApp", "in a text message", "in a Viber message".
    // ("on team radio", "over the radio to his engineer": a driver's words to the pit wall.)
    String.raw`via (?:e-?mail|WhatsApp|Signal|text|Zoom|video link)|in an? (?:text|WhatsApp|Viber|Signal|voice) (?:message|note)|`,
    String.raw`(?:on|over) (?:the )?(?:team )?radio|`,
    // "“…,” the statement read.": a document's words.
    String.raw`(?:the|its|their|this|that) (?:statement|letter|post|memo|communiqu[eé]|readout) (?:read|reads|continued|went on))\b`,
  ].join(''),
  'i',
);

/**
 * Whether a sentence's own words, outside its quotations, say the words were written, posted or told elsewhere.
 * ("… she told Lisle": someone the article names as a person, told in the room, is an audience like "told him".)
 */
export function saidRemotely(sentence: string, isPerson: (name: string) => boolean = () => false): boolean {
  const outside = sentence
    .replace(/“[^”]*”|"[^"]*"/g, ' ')
    .replace(TOLD_NAME, (told, name: string) => (knownAtEnd(name, isPerson) ? told.replace(name, 'him') : told))
    // ("Heredia told AFP on the pavement as workers changed the locks": told a reporter who was there.)
    .replace(TOLD_THERE_CLAUSE, ' ');
  return REMOTE.test(outside) || TO_AN_OUTLET.test(outside);
}

// Where a reporter was told something, there: "on the pavement", "outside the court", "at the scene".
export const TOLD_THERE =
  /\b(?:on the (?:pavement|street|doorstep|steps|sidelines|quayside|picket line)|outside the|inside the|at the scene)\b/i;
const TOLD_THERE_CLAUSE = new RegExp(String.raw`\b(?:told|telling)\s+(?:[\p{L}'’.-]+\s+){1,4}?(?=${TOLD_THERE.source})`, 'giu');

// "told Lisle", "told Judge Okafor", "told Mr Barnes": told someone by name.
// ("told Arkansas Solicitor General Laura Beckett": an office before the name.)
const TOLD_NAME = /\btold\s+((?:(?:Mr|Mrs|Ms|Dr|Judge|Justice)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,5})/gu;

/** Whether a run of capitalised words is, or ends in, the name of someone the article knows. */
function knownAtEnd(name: string, isPerson: (name: string) => boolean): boolean {
  const words = name.split(/\s+/);
  return words.some((_, i) => words.length - i <= 3 && isPerson(words.slice(i).join(' ')));
}

/** Whether a sentence says the words were told a newspaper or a broadcaster. */
export const toAnOutlet = (sentence: string) => TO_AN_OUTLET.test(sentence.replace(/“[^”]*”|"[^"]*"/g, ' '));

// "speaking to the Glasgow Times after the vote", "talking to BBC Radio Scotland", "told The Associated Press": told a
// newspaper, a broadcaster or a news agency.
const TO_AN_OUTLET =
  /\b(?:[Ss]peaking|[Tt]alking|[Ss]poke|[Tt]alked|told|telling)\s+(?:to\s+)?(?:(?:the\s+|[Tt]he\s+|a\s+)?(?:[\p{Ll}-]+\s+)?(?:broadcaster|newspaper|daily|channel|network|news agency|magazine|weekly|news site|news website)\b|(?:the\s+|[Tt]he\s+)?(?:\p{Lu}[\p{L}'’./-]*\s+){0,3}(?:Times|News|Post|Radio|TV|Television|Herald|Journal|Guardian|Telegraph|Tribune|Gazette|Mail|Express|Independent|Observer|Standard|Mirror|Record|Chronicle|Courier|Star|FM|BBC|CNN|Reuters|AFP|Associated Press|Bloomberg|EFE|STAT|Xinhua|Yonhap|Kyodo|ANSA|dpa|PTI|Sky(?:\s+News)?|Channel \d+))\b/u;

const HERE_IN = /\b(?:[Tt]oday|[Tt]onight|[Hh]ere|[Tt]his morning|[Tt]his evening) in\s+(?:the\s+)?$/;

/** “Today in Muscat I had the honour of …”: the words say where they are spoken. */
export function whereTheWordsSay(quotes: QuoteSpan[], gazetteer: Gazetteer): PlaceRecord | null {
  for (const q of quotes) {
    for (const m of gazetteer.places(q.text))
      if (HERE_IN.test(q.text.slice(Math.max(0, m.start - 30), m.start)) && m.record.kind !== 'country') return m.record;
  }
  return null;
}

// What was said, after the verb: "that …", or a clause with its own subject and verb ("said his client had drunk …").
const THAT = /\bthat\s+(?!day|night|morning|afternoon|evening|week|weekend|time|year|month|occasion|meeting|hearing|session|conference)/i;
const COMPLEMENT = new RegExp(
  String.raw`^\s+(?!(?:in|at|on|to|from|during|after|before|outside|inside|by|as|while|when|where|with|last|this|late|early|earlier|later|yesterday|today|tonight|tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|reporters|journalists|lawmakers|the press|a news|a press|an interview|in an)\b)\S(?:(?!\bthat\b)[^,;:.“”"]){0,60}?\b(?:had|has|have|was|were|is|are|would|will|could|should|did|does|must|might|can|may)\b`,
  'u',
);

/**
 * The words of a sentence that may say where it was said: not what a speaker said ("X said his client had drunk …
 * at a warehouse in Wilton": Wilton is in what was said, not where), up to the next verb of saying. Blanked, so
 * offsets stand.
 */
export function speechScope(outside: string): string {
  const verbs = [...outside.matchAll(SPEECH_VERB)];
  let scoped = outside;
  for (const [i, verb] of verbs.entries()) {
    const end = verb.index + verb[0].length;
    const until = verbs[i + 1]?.index ?? outside.length;
    const rest = outside.slice(end, until);
    const cut = COMPLEMENT.test(rest) ? 0 : (THAT.exec(rest)?.index ?? -1);
    if (cut >= 0) scoped = scoped.slice(0, end + cut) + ' '.repeat(rest.length - cut) + scoped.slice(until);
  }
  return scoped;
}
