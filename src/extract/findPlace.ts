import type { Knowledge, PlaceRecord } from '../knowledge/types.ts';
import { VENUE_NEXT, type Gazetteer, type Mention } from './gazetteer.ts';
import { findVenues, WORKER } from './findVenues.ts';
import { CHAMBER_ACTS_AFTER, findChambers, type Home } from './findChambers.ts';
import { RELATIVE_ASIDE } from './mentions.ts';
import { venueAnaphora } from './venueAnaphora.ts';
import { slugify } from '../slugify.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendarNames.ts';

// "in Paris", "at Nato headquarters", "aboard Air Force One", "from Brussels"
// ("at a rally in the city of Maracay", "in the northern town of Ruhengeri": a place named with what it is; "in central
// Sydney", "in downtown Nairobi": with where in it; "during a visit to Kabwe": where the visit was.)
const LOCATIVE =
  /\b(?:(in|at|aboard|from|inside|outside|in front of)\s+(the\s+(?:\d+-(?:seat|member)\s+)?)?(?:(?:central|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|downtown|coastal|rural|suburban|neighbouring|neighboring|nearby)\s+)?|(?:in|at|near)\s+(?:the|a)\s+(?:[\p{Ll}-]+\s+){0,2}(?:city|town|village|port|capital|province|state|district|region|county|municipality|suburb|hamlet|commune|island)\s+of\s+|(?:during|on)\s+(?:a|an|his|her|their|its|the)\s+(?:[\p{Ll}-]+\s+)?(?:visit|trip|tour)\s+to\s+(?:the\s+)?)$/iu;
// "the war in Ukraine", "peace in Ukraine" name a subject, not where something was said or done.
const SUBJECT_NOUN = new RegExp(
  [
    String.raw`\b(war|peace|ceasefire|conflict|fighting|invasion|truce|offensive|presence|interests?|crisis|`,
    String.raw`situation|aggression|troops|forces|support|aid|investment|people|end|future|stake|role|confidence|`,
    String.raw`hopes?|ambitions?|government|regime|frustrations?|anger|concerns?|alarm|unease|optimism|scepticism|skepticism|`,
    String.raw`debate|divisions?|mood|thinking|impatience)\s+(in|at|from)\s+(the\s+)?$`,
  ].join(''),
  'i',
);
// "diversify its exports away from the United States": a direction, not where anything is.
const AWAY_FROM = /\baway\s+from\s+(the\s+)?$/i;
// "a day before the Tweede Kamer debates the bill": a time before something, not a place before someone.
const TIME_BEFORE = /\b(?:days?|weeks?|hours?|months?|years?|shortly|just|soon|long|minutes?)\s+(?:before|after)\s+(?:the\s+)?$/i;
// Where someone came from is not where they speak: "She moved back to Narsaq from Copenhagen", "travelled overnight by bus from Kurunegala".
const ORIGIN =
  /\b(?:moved|moving|came|comes|come|returned|fled|flew|travel+ed|travel+ing|arrived|emigrated|relocated|migrated|drove|driven|commuted)\b[^.;:“”"]{0,40}\bfrom\s+(the\s+)?$/i;
// A life's places are not where someone speaks: "was born in the central province of Hà Tĩnh", "grew up in Leeds".
const BIOGRAPHY = /\b(?:born|raised|grew up|brought up|educated|schooled|studied)\s+(?:\w+\s+)?(?:in|at|near)\s[^.;:“”",]{0,40}$/i;
// "a Social Democrat from Neuchâtel", "a 34-year-old nurse from Leeds", "a 79-year-old woman from Kirkcaldy": who someone
// is, not where they speak. ("as a church group from Washington dragged …": where a group came from, the same.)
const DESCRIBED_FROM = new RegExp(
  String.raw`\b(?:a|an)\s+(?:[\p{L}\p{N}'’-]+\s+){0,2}(?:${WORKER}|\p{Lu}\p{Ll}+|[\p{L}-]*year-old|native|woman|man|mother|father|resident|student|group|team|crew|delegation|family|couple|congregation|choir|busload|contingent)\s+from\s+(?:the\s+)?$`,
  'u',
);
// "Deputy Bùi Quang Trung from Cần Thơ City said", "Senator Ana Ruiz from Cebu": whom a name is from, not where they speak.
// (Not a participle that opens a sentence: "Speaking from Kyiv, …".)
// ("The 23-year-old from Nottingham": whom an age stands for, the same.)
const NAME_FROM = /(?:(?<![\p{L}])\p{Lu}[\p{L}'’.-]+(?<!ing|ed)|\b\d{1,3}-year-old)\s+from\s+(?:the\s+)?$/u;
// "an analyst at Birchwood Securities in New York", "a cosmochemist at the Natural History Museum in London": where
// someone works, not where they speak.
const WORKS_AT_IN = new RegExp(
  String.raw`\b${WORKER}\s+(?:at|with|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’&.-]*\s+(?:(?:of|for|and|&)\s+)?){1,5}in\s+$`,
  'u',
);
// Where the talks are is not where a speaker commenting on them stands.
// "Two weeks of UN climate talks in Bonn ended on Thursday": talks the sentence tells the end or start of are its scene.
const TALKS_END = /^[^.;:,“”"]{0,20}?\b(?:ended|closed|opened|began|concluded|wrapped up|resumed|broke up)\b/;
const TALKS_END_WINDOW = 40;
const AWAY_NOUN = /\b(talks|negotiations|delegations?|visits?|trips?|deals?|treaty)\s+(in|at)\s+(the\s+)?$/i;
// Another occasion ("better than the first meeting in Muscat") or people elsewhere ("angered some in Jerusalem").
const OTHER_OCCASION = new RegExp(
  [
    String.raw`\b(?:(?:first|second|third|previous|last|next|earlier|later|upcoming|future)\s+(?:meeting|round|`,
    String.raw`session|summit)s?|(?:some|those|many|others|people|officials|allies|critics|residents)\s+(?:\w+\s+)?)\s*(?:in|`,
    String.raw`at)\s+(the\s+)?$`,
  ].join(''),
  'i',
);
// "told the Sejm", "addressing parliament", "on the floor of the Senate": in a chamber, as "in" a city.
const CHAMBER_LOCATIVE = /\b(in|at|to|told|telling|addressed|addressing|before|inside|from|floor of)\s+(the\s+)?$/i;
// "told a Diet committee", "before a Bundestag committee": a chamber's committee sits in its house.
const CHAMBER_COMMITTEE = /\b(?:told|telling|before|addressed|addressing)\s+a\s+$/i;
const COMMITTEE_AFTER = /^(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+){0,3}committee\b/u;
// "carry him back into the Dáil", "was elected to parliament": a seat won, not where anything was said.
export const SEAT_WON =
  /\b(?:into|(?:elected|re-elected|returned?|returning|back|sent|appointed|nominated|seat|entry)\s+(?:\S+\s+){0,2}to)\s+(?:the\s+)?$/i;
// "US Secretary of State", "US-backed": a place used as an adjective.
const ADJECTIVAL = /^(?:['’]s)?[\s-]+\p{Lu}|^-/u;
// What an attack or advance hits is where it happened: "drone attacks on Kharkiv", "heading toward Moscow".
const TARGET_BEFORE = new RegExp(
  [
    String.raw`\b((?:attacks?|strikes?|assaults?|barrages?|raids?|bombing|shelling|offensive)\s+on|toward|`,
    String.raw`towards|into|struck|targeted|targeting|attacked|hit|invasion of|invaded)\s+(the\s+)?$`,
  ].join(''),
  'i',
);
const TARGET_AFTER = /^\s+(?:was\s+|were\s+|is\s+|has been\s+)?(hit|struck|attacked|shelled|bombed)\b/i;
// "at a Nairobi hotel", "outside a Kyiv hospital": a city named as what kind of building it is, the building unnamed.
// ("at the union's Wellington office", "at the company's Auckland headquarters": an owner's building in a city, too.)
const AT_A_BEFORE = /\b(?:at|in|inside|outside)\s+(?:a|an|(?:the\s+)?\p{Ll}[\p{L}-]*['’]s)\s+(?:[\p{Ll}-]+\s+)?$/u;
const BUILDING_AFTER =
  /^\s+(?:hotel|restaurant|caf[eé]|bar|school|hospital|clinic|church|mosque|temple|synagogue|stadium|arena|hall|court|courthouse|prison|factory|plant|warehouse|market|shopping centre|mall|station|airport|conference centre|convention centre|community centre|office|offices|headquarters|depot|studio|theatre|theater|university|college|campus|park|square)\b/;
const atACityBuilding = (m: Mention<PlaceRecord>, text: string) =>
  m.record.kind === 'city' &&
  AT_A_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) &&
  BUILDING_AFTER.test(text.slice(m.end, m.end + 24));
// "held in the Unirii Hall of the Cotroceni Palace", "in the garden of the Élysée": a room or part of a building, then the
// building.
const ROOM_OF_BEFORE =
  /\b(?:[Ii]n|[Aa]t|[Ii]nside)\s+the\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:Hall|Room|Chamber|Salon|Wing|Gallery|Suite|hall|room|chamber|courtyard|garden|gardens|ballroom|library|auditorium)\s+of\s+(?:the\s+)?$/u;
/** How far before a place a preposition or a noun that governs it ("in", "talks in", "strikes on") is looked for. */
const BEFORE_WINDOW = 40;
/** How far after a place its being used as an adjective ("US-backed", "US Secretary") is looked for. */
const ADJECTIVE_WINDOW = 6;
/** How far after a place a venue word ("… headquarters") is looked for. */
const VENUE_WINDOW = 40;
/** How far after a place a passive of attack ("Kharkiv was hit") is looked for. */
const TARGET_AFTER_WINDOW = 30;
/** How far after a place a comma and its country ("Atlanta, Georgia") are looked for. */
const COUNTRY_AFTER_WINDOW = 3;
const SPECIFICITY: Record<string, number> = { venue: 4, vehicle: 4, city: 3, region: 2, country: 1, sea: 1 };

/**
 * `speech`: where words were said; `scene`: where an article's story happens, which may be the talks
 * themselves ("after two days of talks in Stockholm"); `event`: where something happened.
 */
export type PlaceMode = 'event' | 'speech' | 'scene';

function isWithin(place: PlaceRecord, ancestor: PlaceRecord, gazetteer: Gazetteer): boolean {
  for (
    let p: PlaceRecord | undefined = place, depth = 0;
    p && depth < 10;
    p = p.parent ? gazetteer.placeByName.get(p.parent) : undefined, depth++
  ) {
    if (p.name === ancestor.name) return true;
  }
  return false;
}

// Where a thing is made or kept, not where anyone speaks: "the ferries being built at the Ferguson Marine yard in Port
// Glasgow", "the documents stored in …" (not "ordered detained at the Senate": where a hearing sat).
const WHERE_A_THING_IS =
  /\b(?:built|made|manufactured|produced|assembled|moored|docked|stored|buried)\s+(?:[^,.;:“”"]{0,50}\s)?(?:at|in)\s+(?:the\s+)?(?:[^,.;:“”"]{0,50}\s(?:at|in)\s+(?:the\s+)?)?$/;

const RELATIVE_PAST = /\b(?:who|whom)\s+(?:(?:she|he|they)\s+(?:said|says)\s+)?(?:had|has|have)\s+(?!said\b|told\b)[^,.;:“”"]*/g;

/**
 * Where something was said (`speech`) or happened (`event`), read from one stretch of text.
 * The first place after a locative preposition ("in", "at", "aboard") wins, sharpened by a place inside it
 * named nearby ("in Ukraine's eastern Donetsk region"). For speech, countries are too coarse and the place
 * of talks elsewhere is not the speaker's; for events, a city or region named without a preposition
 * ("drone attacks on Kharkiv") will do.
 */
export function findPlace(
  text: string,
  gazetteer: Gazetteer,
  mode: PlaceMode = 'event',
  isPerson: (name: string) => boolean = () => false,
  /** Where the article is: what "parliament" or "the state Capitol" means. */
  home: Home = { country: null, state: null },
): PlaceRecord | null {
  // "X, who came to Carrigmore from Gdańsk in 2007, said": a relative clause tells the person's past, not where they speak.
  if (mode !== 'event') text = text.replace(RELATIVE_ASIDE, (aside) => ' '.repeat(aside.length));
  // "… the case of a woman who she said had waited 14 hours on a trolley at the Victoria Hospital": what someone else
  // had done, and where, not where the words are said.
  if (mode !== 'event') text = text.replace(RELATIVE_PAST, (clause) => ' '.repeat(clause.length));
  // A world place's name that the article uses for a person ("from Obama interview") is the person's.
  // Venues no gazetteer lists ("at Dundee Sheriff Court") take the place of the names inside them.
  // ("at the National Assembly House in Hà Nội": a building named after the chamber is the building.)
  const found = findVenues(text, gazetteer, isPerson);
  const chambers = findChambers(text, home, gazetteer).filter(
    (c) => !found.some((v) => v.start <= c.start && c.end <= v.end && v.end - v.start > c.end - c.start),
  );
  const venues = found.filter((v) => !chambers.some((c) => c.start < v.end && v.start < c.end));
  const taken = [...venues, ...chambers];
  // "at the arena": a venue named before, where the text puts something at it.
  const anaphora = venueAnaphora(text, home.venues ?? []).filter(
    (a) =>
      LOCATIVE.test(text.slice(Math.max(0, a.start - BEFORE_WINDOW), a.start)) && !taken.some((t) => t.start < a.end && a.start < t.end),
  );
  const own = [...taken, ...anaphora];
  const all = [
    ...gazetteer
      .places(text)
      .filter((m) => (!m.record.world || !isPerson(m.surface)) && !own.some((v) => v.start <= m.start && m.end <= v.end)),
    ...own,
  ].sort((a, b) => a.start - b.start);
  const mentions = all.filter(
    (m) =>
      m.record.scene ||
      !ADJECTIVAL.test(text.slice(m.end, m.end + ADJECTIVE_WINDOW)) ||
      VENUE_NEXT.test(text.slice(m.end, m.end + VENUE_WINDOW)),
  );
  // Words are said in a city or a venue: a country, a sea or a region ("cooperation in the Arctic") is what they are about.
  const usable = (m: Mention<PlaceRecord>) =>
    mode === 'event' || (m.record.kind !== 'country' && m.record.kind !== 'sea' && m.record.kind !== 'region');
  const locative = mentions.filter((m) => {
    const before = text.slice(Math.max(0, m.start - BEFORE_WINDOW), m.start);
    // A venue found in the text was found after its preposition ("at the club's Hollins Lane training ground").
    const chamber =
      m.record.chamber === true &&
      !SEAT_WON.test(before) &&
      (CHAMBER_LOCATIVE.test(before) ||
        (/\bon\s+$/.test(before) && / Hill$/.test(m.record.name)) ||
        CHAMBER_ACTS_AFTER.test(text.slice(m.end, m.end + 60)) ||
        (CHAMBER_COMMITTEE.test(before) && COMMITTEE_AFTER.test(text.slice(m.end, m.end + 40))));
    if (
      !(m.record.scene || m.record.found || chamber || LOCATIVE.test(before) || ROOM_OF_BEFORE.test(before) || atACityBuilding(m, text)) ||
      SUBJECT_NOUN.test(before) ||
      AWAY_FROM.test(before) ||
      TIME_BEFORE.test(before)
    )
      return false;
    const away =
      (mode === 'speech' &&
        ((AWAY_NOUN.test(before) && !TALKS_END.test(text.slice(m.end, m.end + TALKS_END_WINDOW))) ||
          WORKS_AT_IN.test(text.slice(Math.max(0, m.start - 90), m.start)))) ||
      (mode !== 'event' &&
        (OTHER_OCCASION.test(before) ||
          ORIGIN.test(before) ||
          DESCRIBED_FROM.test(before) ||
          NAME_FROM.test(before) ||
          BIOGRAPHY.test(before) ||
          WHERE_A_THING_IS.test(text.slice(Math.max(0, m.start - 90), m.start))));
    return usable(m) && !(!m.record.scene && away);
  });
  const target = (m: Mention<PlaceRecord>) =>
    (!m.record.world && TARGET_BEFORE.test(text.slice(Math.max(0, m.start - BEFORE_WINDOW), m.start))) ||
    TARGET_AFTER.test(text.slice(m.end, m.end + TARGET_AFTER_WINDOW));
  const first = locative[0] ?? (mode === 'event' ? mentions.find(target) : undefined);
  if (!first) return unlistedTown(text, gazetteer, isPerson, home);
  // "told parliament's budget committee in Jakarta": a chamber named only by what it is yields to its city named too.
  const city =
    first.record.chamber && first.byTitle
      ? locative.find((m) => m.record.kind === 'city' && isWithin(first.record, m.record, gazetteer))
      : undefined;
  if (city) return city.record;
  // "in Ukraine … the Yalta Conference": a place inside the first one sharpens it, even used as an adjective.
  // A world place only where the text puts something in it ("in Doha"), or names its country after it ("Atlanta, Georgia").
  const placed = (m: Mention<PlaceRecord>) =>
    !m.record.world ||
    LOCATIVE.test(text.slice(Math.max(0, m.start - BEFORE_WINDOW), m.start)) ||
    /^,\s+\p{Lu}/u.test(text.slice(m.end, m.end + COUNTRY_AFTER_WINDOW));
  // "in Kakamega, … told supporters at Bukhungu Stadium": a venue no list knows, named after a city, is in it.
  const unplacedVenueAfter = (m: Mention<PlaceRecord>) =>
    m.record.found === true && m.record.kind === 'venue' && m.record.parent === null && first.record.kind === 'city' && m.start > first.end;
  const inside = all.filter(
    (m) => m.record !== first.record && placed(m) && (isWithin(m.record, first.record, gazetteer) || unplacedVenueAfter(m)),
  );
  return inside.reduce((best, m) => ((SPECIFICITY[m.record.kind] ?? 0) > (SPECIFICITY[best.kind] ?? 0) ? m.record : best), first.record);
}

// "At the community centre in Buncrana, …", "at a shelter in Grono": a building, then the town it is in, which no
// gazetteer lists (too small), named as a place.
const BUILDING_IN_TOWN =
  /\b(?:[Aa]t|[Ii]n|[Ii]nside|[Oo]utside)\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:centre|center|hall|hospital|school|church|chapel|shelter|camp|clinic|station|market|hotel|library|pub|bar|cafe|café|gym|gymnasium|stadium|club|parish hall|community centre|evacuation centre|leisure centre)\s+in\s+(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)(?=[,.;]|\s+(?:on|this|last|yesterday|today)\b)/u;

/**
 * The town a building is in ("at the community centre in Buncrana") or a sentence is set in ("In Morpeth, cafe owner X
 * …"), when no list knows it: a place found in the text.
 */
function unlistedTown(text: string, gazetteer: Gazetteer, isPerson: (name: string) => boolean, home: Home): PlaceRecord | null {
  const name = BUILDING_IN_TOWN.exec(text)?.[1] ?? FRONTED_TOWN.exec(text)?.[1] ?? IN_IRISH_COUNTY.exec(text)?.[1];
  // (Not a place a list knows, which the rules above took or left for a reason: "In Kerala, …" is a state.)
  if (!name || gazetteer.isPlace(name) || isPerson(name) || CALENDAR_NAMES.has(name) || NOT_A_TOWN.test(name)) return null;
  return { name, slug: slugify(name), kind: 'city', parent: home.country, aliases: [], scene: false, found: true };
}
// "A ceremony has been held at Ardnacrusha in Co Clare", "in Dunfanaghy, Co Donegal": a town by its county, as Irish
// copy names one (not "a nurse from Dunfanaghy in Co Donegal": where someone is from).
const IN_IRISH_COUNTY = /\b(?:[Aa]t|[Ii]n)\s+(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)(?:,\s+|\s+in\s+)Co\.?\s+\p{Lu}\p{Ll}+/u;
// "In Morpeth, cafe owner Jess Nguyen spent Thursday …": a sentence set in a town, then someone described and named.
const FRONTED_TOWN = /^\s*In\s+(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?),\s+(?:[\p{Ll}-]+\s+){0,3}\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;
// What a sentence may open "In …," with that is no town.
const NOT_A_TOWN =
  /^(?:Parliament|Congress|Senate|Court|Government|Cabinet|Opposition|Council|Committee|Church|English|French|German|Spanish|Arabic|Christianity|Islam|Judaism|Hinduism|Buddhism|Brief|Short|Total|Addition|Response|Fact|Practice|Theory|Turn|Contrast|Comparison|Reality|Truth|Public|Private|Person|Particular|General|Summary|Conclusion|Recent|Other|Some|Many|Both)$/;
const CALENDAR_NAMES: ReadonlySet<string> = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);

// Being at a meeting, not talking about it: "speaking at his first Nato meeting", "after a Nato meeting",
// "on the sidelines of the ASEAN summit", "in a Cabinet meeting".
const PRESENCE =
  /\b(at|after|during|before|ahead of|sidelines of|margins of|attending|attended|arriving at|leaving|in)\s+(?:\S+\s+){0,3}$/i;

/** The place of a known meeting or summit that the text puts someone at, on a date within it. */
export function findEventPlace(
  text: string,
  date: string,
  knowledge: Knowledge,
  gazetteer: Gazetteer,
  /** Known people the article names: an event counts only in an article that names one of its attendees. */
  named: { has(slug: string): boolean },
): PlaceRecord | null {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  const day = date.slice(0, 10);
  for (const event of knowledge.events) {
    if (day.length < 10 || day < event.from || day > event.until || ![...event.attendees, ...event.hosts].some((a) => named.has(a)))
      continue;
    for (const phrase of event.phrases) {
      for (let at = lower.indexOf(phrase.toLowerCase()); at !== -1; at = lower.indexOf(phrase.toLowerCase(), at + 1)) {
        if (PRESENCE.test(lower.slice(Math.max(0, at - BEFORE_WINDOW), at))) return gazetteer.placeByName.get(event.place) ?? null;
      }
    }
  }
  return null;
}

/** A known meeting on that day inside a country named only as the country ("the meeting in Malaysia"). */
export function sharpenByEvent(
  place: PlaceRecord,
  date: string,
  knowledge: Knowledge,
  gazetteer: Gazetteer,
  /** Known people the article names: as for `findEventPlace`, an event counts only where one of its people is named. */
  named: { has(slug: string): boolean },
): PlaceRecord {
  const day = date.slice(0, 10);
  if (place.kind !== 'country' || day.length < 10) return place;
  for (const e of knowledge.events) {
    if (![...e.attendees, ...e.hosts].some((a) => named.has(a))) continue;
    const at = gazetteer.placeByName.get(e.place);
    if (at && e.from <= day && day <= e.until && isWithin(at, place, gazetteer)) return at;
  }
  return place;
}

/** Where a person is known (from events.yaml) to have been on a day. */
export function findAttendedPlace(slug: string, date: string, knowledge: Knowledge, gazetteer: Gazetteer): PlaceRecord | null {
  const day = date.slice(0, 10);
  if (day.length < 10) return null;
  const event = knowledge.events.find((e) => e.attendees.includes(slug) && e.from <= day && day <= e.until);
  return event ? (gazetteer.placeByName.get(event.place) ?? null) : null;
}
