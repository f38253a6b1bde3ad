// Venues no knowledge file lists, named where something is said or done: "at Dundee Sheriff Court",
// "in the Russell Senate Office Building", "at the Hollins Lane training ground", "at the Europa building".
import type { PlaceRecord } from '../knowledge/types.ts';
import { slugify } from '../slugify.ts';
import { isNationality } from './demonyms.ts';
import type { Gazetteer, Mention } from './gazetteer.ts';

// A capitalised name ending in the word for a building or ground.
const HEAD = String.raw`Border[ \u00a0]Post|Checkpoint|Press[ \u00a0]Office|Press[ \u00a0]Room|Briefing[ \u00a0]Room|Press[ \u00a0]Cent(?:re|er)|Media[ \u00a0]Cent(?:re|er)|Building|Capitol|Complex|Field|Gymnasium|Auditorium|Coliseum|Dome|Racecourse|Clubhouse|Hospital|School|Library|Station|Terminal|Courts?|Hall|House|Palace|Centre|Center|Stadium|Park|Ground|Showground|Arena|Hotel|Embassy|Chambers?|Airport|Square|Cathedral|Mosque|Church|Museum|Castle|Villa|Theatre|Theater|Residence|Pavilion|Hangar|Showgrounds|Courthouse|Barracks|Ashram|Temple|Shrine|Pagoda|Monastery|Abbey|Basilica|Synagogue|Gurdwara|Fairgrounds?|Racetrack|Velodrome|Circuit|Yard|Gardens|Garden|Quay|Wharf|Pier|Esplanade|Promenade|Market|Bazaar|Mall|Buildings|Offices|Headquarters|Grounds|Junction|Roundabout|Beach`;
// A capitalised name, then a lower-case word for the place ("the Hollins Lane training ground").
const LOWER_HEAD = String.raw`refugee camp|displacement camp|IDP camp|military camp|army camp|camp|training ground|grounds|hotel|resort|campus|convention centre|convention center|conference centre|conference center|building|headquarters|showground|stadium|courthouse|sports centre|community centre|community center|leisure centre|town hall|city hall|market|bazaar|square|mall|cultural centre|cultural center|arts centre|arts center|exhibition centre|exhibition center|airport|air base|airbase|railway station|train station|bus terminal|prison|roundabout|junction|pavilion|terminal|auditorium|hangar|theatre|theater|chapel`;
const WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
// A part of a building: "in a meeting room of …", "at the isolation ward of …", "in the gym of …".
// ("on the 50-yard line of Veterans Memorial Stadium", "on the stage of …", "on the forecourt of …".)
const PART = String.raw`room|chamber|hall|office|offices|corridors?|lobby|steps|gates?|grounds|courtyard|ward|wing|gym|gymnasium|foyer|basement|cafeteria|canteen|car park|parking lot|auditorium|press room|media room|ballroom|boardroom|line|stage|pitch|forecourt|entrance|concourse|terrace|balcony|lawn|podium|platform`;
const NAME = String.raw`${WORD}(?:[ \u00a0](?:(?:of|de|du|des|la|le|the|and)[ \u00a0]){0,2}${WORD}){0,6}`;
const VENUE = new RegExp(
  // "at the club's Hollins Lane training ground", "in Room 253 of the Russell Senate Office Building"
  // "in a meeting room of the House of Representatives", "on the steps of the Capitol Building", "in a televised address
  // from State House in Lusaka"
  String.raw`\b(?:(?:(?:in|at)[ \u00a0]+)?(?:Room|room|floor)[ \u00a0]\w+[ \u00a0]of|(?:in|at|on|outside|(?<=^|[.!?][ \u00a0])(?:In|At|On|Outside))[ \u00a0]+(?:a|the)[ \u00a0]+(?:[\p{Ll}\d-]+[ \u00a0]+)?(?:${PART})[ \u00a0]+of|(?<=\b[Tt]he[ \u00a0]+(?:front[ \u00a0]+)?)(?:doors|gates|steps)[ \u00a0]+of|at|in|inside|outside|in[ \u00a0]+front[ \u00a0]+of|(?<=\b(?:address|speech|speaking|spoke|broadcast|remarks)[ \u00a0])from|around|packed|filled|thronged|visit[ \u00a0]+to|visiting|visited|toured|touring|(?<=^|[.!?]\s)(?:At|In|Inside|Outside))[ \u00a0]+(?:the[ \u00a0]+)?(?:\p{Ll}+['’]s[ \u00a0]+(?:(?:flagship|main|new|old|former|sprawling|historic)[ \u00a0]+)?|(?!(?:St\.?|Saint)[ \u00a0]\p{Lu}[\p{L}-]*['’]s[ \u00a0])(?:${WORD}[ \u00a0](?:of[ \u00a0](?:the[ \u00a0])?)?){0,3}\p{Lu}[\p{L}-]*['’]s[ \u00a0]+(?=${WORD}[ \u00a0]${WORD}))?(${NAME})(?:[ \u00a0]+(${LOWER_HEAD})\b)?`,
  'gu',
);
// A named court told something: "told the High Court", "told Westminster Magistrates' Court".
const TOLD_COURT = new RegExp(
  String.raw`\b(?:told|addressed)[ \u00a0]+(?:the[ \u00a0]+)?((?:\p{Lu}[\p{L}'’-]*[ \u00a0]){1,3}(?:Court|Tribunal))(?![\p{L}])`,
  'gu',
);
// "at Trent Bridge on Saturday", "at Wentworth on Sunday": a name no list knows, where something happened on a day,
// is a ground or a venue, whatever its last word.
const DAY_AFTER = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d)`;
// ("… won the title at the Crucible on Monday night", "a century at Lord's on Friday": after "the", and a ground named
// as someone's, the same.)
const AT_ON_DAY = new RegExp(
  String.raw`\bat[ \u00a0]+(the[ \u00a0]+)?(${WORD}(?:[ \u00a0]${WORD}){0,3})[ \u00a0]+on[ \u00a0]+${DAY_AFTER}`,
  'gu',
);
// "at the Lambermont, the prime minister's residence", "at Cort, the town hall", "at the Secretariat, the seat of the
// state government": a name the text says is a building.
// What a text calls a building it names: "the prime minister's residence", "the DCS head office", "the town hall".
export const BUILDING_NOUNS = String.raw`residence|headquarters|head[ \u00a0]+office|seat|palace|town[ \u00a0]+hall|city[ \u00a0]+hall|building|stadium|venue|arena|hotel|complex|compound|chancellery|secretariat|courthouse|prison|campus|barracks`;
const AT_NAME_DESCRIBED = new RegExp(
  String.raw`\b(?:at|in|outside|inside)[ \u00a0]+(?:the[ \u00a0]+)?(${WORD}(?:[ \u00a0]${WORD}){0,3}),[ \u00a0]+(?:the|a|an)[ \u00a0]+(?:[\p{L}'’-]+[ \u00a0]+){0,4}?(?:${BUILDING_NOUNS}|offices?|ground|hospital)\b`,
  'gu',
);
// "at the union's headquarters, Unity House in London": a building described, then named (a name ending as venues do).
const DESCRIBED_THEN_NAMED = new RegExp(
  String.raw`\b(?:at|in|outside|inside)[ \u00a0]+(?:the|its|their|his|her)[ \u00a0]+(?:[\p{L}'’-]+['’]s?[ \u00a0]+)?(?:[\p{Ll}-]+[ \u00a0]+){0,2}(?:headquarters|offices?|head[ \u00a0]office|building|residence|base|campus),[ \u00a0]+(${WORD}(?:[ \u00a0]${WORD}){0,3}[ \u00a0](?:${HEAD}))(?![\p{L}])`,
  'gu',
);
// "Several thousand farmers gathered on the Malieveld in The Hague": where a crowd gathered, by the name the text gives it.
const GATHERED_ON = new RegExp(
  String.raw`\b(?:gathered|rallied|massed|assembled|camped)[ \u00a0]+(?:on|in|at|outside)[ \u00a0]+the[ \u00a0]+(${WORD}(?:[ \u00a0]${WORD}){0,3})(?![\p{L}'’.-]|[ \u00a0]+(?:${LOWER_HEAD}|\p{Lu})\b)`,
  'gu',
);
// "… heading in the winner at a rain-soaked De Adelaarshorst", "at a packed Ellis Park": a ground described before its name.
// (Not an occasion and its day: "at a news conference Tuesday".)
const AT_A_DESCRIBED = new RegExp(
  String.raw`\bat[ \u00a0]+an?[ \u00a0]+(?:(?!(?:news|press|conference|meeting|briefing|rally|ceremony|event|session|summit|hearing|dinner|reception|of|for|to|with|from|by)\b)\p{Ll}[\p{Ll}-]*[ \u00a0]+){1,2}(?!${DAY_AFTER})(${WORD}(?:[ \u00a0]${WORD}){0,3})`,
  'gu',
);
// "… a winner against Aberdeen at Tynecastle", "beat Leinster at Thomond Park": a match's ground, after the side it was
// played against (not "at Microsoft": no side before it).
const AGAINST_AT = new RegExp(
  String.raw`\b(?:against|beat|beating|defeated|defeating|drew[ \u00a0]+with|lost[ \u00a0]+to|victory[ \u00a0]+over|win[ \u00a0]+over)[ \u00a0]+(?:the[ \u00a0]+)?${WORD}(?:[ \u00a0]${WORD}){0,2}(?:[ \u00a0]+\d+-\d+)?[ \u00a0]+at[ \u00a0]+(?:the[ \u00a0]+)?(${WORD}(?:[ \u00a0]${WORD}){0,3})`,
  'gu',
);
// "… the second Ashes Test at the Gabba", "the derby at the Bernabéu", "Sunday's final at the Maracanã": a match's ground,
// named after the match (a sport's occasion, not any "at the X").
const MATCH_AT = new RegExp(
  String.raw`\b(?:Test|[Tt]est match|match|game|final|semi-final|quarter-final|derby|clash|fixture|tie|Grand[ \u00a0]+Prix)[ \u00a0]+at[ \u00a0]+the[ \u00a0]+(${WORD}(?:[ \u00a0]${WORD}){0,2})(?![\p{L}'’])`,
  'gu',
);
// "in the auditorium of the Metropolitano", "in the press room of the Bernabéu": a part of a building, then the
// building by its name alone.
// ("Supporters who had filled the corridors of the Milimani Law Courts": a crowd fills a part of it.)
const PART_OF_THE = new RegExp(
  String.raw`\b(?:in|at|inside|filled|packed|thronged|crowded|lined)[ \u00a0]+(?:a|the)[ \u00a0]+(?:[\p{Ll}\d-]+[ \u00a0]+)?(?:${PART})[ \u00a0]+of[ \u00a0]+the[ \u00a0]+(${WORD}(?:[ \u00a0]${WORD}){0,2})(?![\p{L}'’]|[ \u00a0]+(?:complex|${LOWER_HEAD})\b)`,
  'gu',
);
// "in the press center at St. Jakobshalle", "in the mixed zone at the Stade de France": a room of a building, then the
// building by its name.
const PART_AT = new RegExp(
  String.raw`\b(?:in|at|inside|filled|packed|crowded)[ \u00a0]+(?:a|the)[ \u00a0]+(?:(?:\p{Ll}+|\p{L}+['’]s?)[ \u00a0]+)?(?:${PART}|press[ \u00a0]+cent(?:re|er)|media[ \u00a0]+cent(?:re|er)|mixed[ \u00a0]+zone)[ \u00a0]+at[ \u00a0]+(?:the[ \u00a0]+)?(${WORD}(?:[ \u00a0]${WORD}){0,2})(?![\p{L}'’]|[ \u00a0]+(?:${LOWER_HEAD})\b)`,
  'gu',
);
// "Speaking in San Juan Alotenango, …", "Addressing a rally in Thalassery", "at a rally in the eastern city of Gabú",
// "at the party's headquarters in Yeouido": where an occasion, or a building named by what it is, is, by a name no list
// knows: a town or a district.
const OCCASION_IN = new RegExp(
  String.raw`\b(?:[Ss]peaking|[Aa]ddressing(?:[ \u00a0]+\p{Ll}+){1,4}|rally|speech|briefing|news[ \u00a0]+conference|press[ \u00a0]+conference|(?:headquarters|offices?|residence|camp)(?=[ \u00a0]+in[ \u00a0]+\p{Lu}))[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?(?:city|town|village|district|port|suburb|neighbourhood|neighborhood|municipality)[ \u00a0]+of[ \u00a0]+)?(${WORD}(?:[ \u00a0]${WORD}){0,2})`,
  'gu',
);
// "at the port of Burela", "in the village of Ulken", "In Pettah, the market district next to …", "in Barangay Lahug": a
// place the text says is a town, a port or a district, by a name no list knows (not where someone comes "from").
const TOWN_OF = new RegExp(
  String.raw`\b(?:(?:in|at|near|outside)[ \u00a0]+the[ \u00a0]+(?:\p{Ll}[\p{Ll}-]*[ \u00a0]+){0,2}(?:city|town|village|port|district|suburb|municipality|commune|hamlet|neighbourhood|neighborhood)[ \u00a0]+of|[Ii]n[ \u00a0]+[Bb]arangay|(?<=^|[.!?][ \u00a0])In(?=[ \u00a0]+${WORD}(?:[ \u00a0]${WORD}){0,2},[ \u00a0]+(?:a|the)[ \u00a0]+(?:\p{Ll}[\p{Ll}-]*[ \u00a0]+){0,3}(?:district|neighbourhood|neighborhood|town|village|suburb|port|quarter)\b))[ \u00a0]+(${WORD}(?:[ \u00a0]${WORD}){0,2})`,
  'gu',
);
// "Yadav told reporters at Jujumura", "briefed journalists in Sambalpur": where reporters were told, by a name no list knows.
const TOLD_REPORTERS_AT = new RegExp(
  String.raw`\b(?:told|telling|briefed|briefing)[ \u00a0]+(?:reporters|journalists|newsmen|the[ \u00a0]+media|the[ \u00a0]+press)[ \u00a0]+(?:at|in)[ \u00a0]+(${WORD}(?:[ \u00a0]${WORD}){0,2})`,
  'gu',
);
const TOLD_REPORTERS_AT_THE = new RegExp(
  String.raw`\b(?:[Tt]old|[Tt]elling|[Bb]riefed|[Bb]riefing)[ \u00a0]+(?:reporters|journalists|newsmen|the[ \u00a0]+media|the[ \u00a0]+press)[ \u00a0]+at[ \u00a0]+the[ \u00a0]+(${WORD}(?:[ \u00a0](?:of[ \u00a0])?${WORD}){0,4})`,
  'gu',
);
const IN_ON_DAY = new RegExp(String.raw`\bin[ \u00a0]+(${WORD}(?:[ \u00a0]${WORD}){0,2})[ \u00a0]+on[ \u00a0]+${DAY_AFTER}`, 'gu');
// "a briefing at the Mel Hegland Uniplex in La Ronge": a name of two words or more after "at the", then the town it is
// in, is a venue whatever its last word.
const AT_THE_IN = new RegExp(
  String.raw`\bat[ \u00a0]+the[ \u00a0]+(${WORD}(?:[ \u00a0]${WORD}){1,4})[ \u00a0]+in[ \u00a0]+(${WORD}(?:[ \u00a0]${WORD}){0,2})`,
  'gu',
);
// "introduced Wednesday evening at Coex in southern Seoul": a one-word name no list knows, at which something happens,
// in a place the gazetteer knows, is a venue there.
// The last word of an event's name ("the ASB Classic", "the Munich Security Conference"; a "Forum" may be a hall).
const EVENT_NAME_END =
  /[ \u00a0](?:Classic|Open|Cup|Championships?|Games|Trophy|Prix|Olympics|Marathon|Festival|Finals?|Expo|Summit|Conference|Tournament|Awards|Race|Regatta|Week|Fair|Convention|Dialogue|Masters|Series|Tour)$/u;
const AT_NAME_IN = new RegExp(
  String.raw`\bat[ \u00a0]+(${WORD})[ \u00a0]+in[ \u00a0]+(?:(?:northern|southern|eastern|western|central|downtown|suburban|the[ \u00a0]+city[ \u00a0]+of)[ \u00a0]+)?((?:the[ \u00a0]+)?${WORD}(?:[ \u00a0]${WORD}){0,2})`,
  'gu',
);
// An occasion held at a named place: "a briefing at the Doherty Institute", "a press conference at Cort, the town hall",
// "a briefing at the Government Complex Sejong": whatever its last word, the name is where the occasion was.
const OCCASION_AT = new RegExp(
  String.raw`\b(?:briefing|news conference|press conference|meeting|hearing|ceremony|rally|forum|gathering|reception|launch|dinner|luncheon|vigil|service|event)[ \u00a0]+at[ \u00a0]+(?:the[ \u00a0]+)?(${WORD}(?:[ \u00a0](?:(?:of|de|del|de la|de las|de los|la|las|los|le|du|des|the|and|for)[ \u00a0])?${WORD}){0,5})`,
  'gu',
);
// "Addressing the union's convention at the INEC in Killarney", "speaking at the KICC in Nairobi": a hall known by its
// letters, where an occasion is, in a town (not "an economist at the IMF in Washington": no occasion before it).
const ACRONYM_AT = /\bat[ \u00a0]+the[ \u00a0]+(\p{Lu}{3,6})[ \u00a0]+in[ \u00a0]+(?=\p{Lu})/gu;
const OCCASION_BEFORE =
  /\b(?:[Aa]ddress(?:ing|ed)?|[Ss]peak(?:ing)?|spoke|told|speech|convention|conference|congress|rally|summit|briefing|ceremony|meeting|debate)\b[^.;:“”"]*$/u;
// A building named first by what it is, in the language of its country: "the Palacio de las Garzas", "the Palais
// Bourbon", "Casa Rosada", "the Plaza de Mayo"; and an avenue or a square where crowds gather ("on Rustaveli Avenue").
const HEAD_FIRST = new RegExp(
  String.raw`\b(?:at|in|on|outside|inside)[ \u00a0]+(?:the[ \u00a0]+)?((?:Palacio|Palais|Palazzo|Palácio|Plaza|Plazoleta|Parque|Catedral|Iglesia|Coliseo|Auditorio|Mercado|Praça|Praza|Piazza|Place|Plac|Estadio|Stade|Stadio|Estádio|Casa|Teatro|Théâtre|Teatr|Musée|Museo|Museu|Muzeum|Castillo|Castello|Schloss|Château|Maison|Hôtel|Palau|Paço|Museum|Sekolah|Masjid|Dewan|Istana|Balai)(?:[ \u00a0](?:(?:de|del|da|do|di|des|du|de la|de las|de los|della|dei|am|im|an der)[ \u00a0]|d['’])?${WORD}){1,3})`,
  'gu',
);
// A page or an account online, not a building.
const ONLINE = /\b(?:Facebook|Instagram|Twitter|YouTube|TikTok|Telegram|WhatsApp|page|account|website|channel)\b/;
// What may follow a place's whole name: punctuation, or a word that starts another phrase.
const NAME_ENDS =
  /^(?:[,.;:)]|[ \u00a0]+(?:in|on|at|near|and|where|to|that|for|with|before|after|when|while|as|last|this|yesterday|today|late|early|shortly|just)\b|$)/u;
const ON_AVENUE = new RegExp(
  String.raw`\b(?:on|along)[ \u00a0]+(${WORD}(?:[ \u00a0]${WORD}){0,2}[ \u00a0](?:Avenue|Boulevard|Prospekt|Prospect))\b`,
  'gu',
);
// Occasions and seasons, not places: "at Christmas on Sunday", "at Mass".
// ("In August, the village pradhan …": a month or a day is no ground.)
const NOT_GROUND =
  /^(?:Christmas|Easter|Mass|Prayers|Eid|Diwali|Hanukkah|Ramadan|Thanksgiving|Halloween|Midnight|Noon|Dawn|Dusk|Question Time|Questions)\b|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
// "Unirii Hall of the …", "the Blue Room of the …": a named room, then the building it is in.
const ROOM_OF = /^.+?[ \u00a0](?:Hall|Room|Chamber|Salon|Wing|Gallery|Suite)[ \u00a0]of[ \u00a0]the[ \u00a0](.+)$/u;
// "in a meeting room of …": a part of the building, after which no workplace is named.
const PART_OF = new RegExp(String.raw`^\S+[ \u00a0]+(?:a|the)[ \u00a0]+(?:[\p{Ll}\d-]+[ \u00a0]+)?(?:${PART})[ \u00a0]+of\b`, 'u');
const ENDS_IN_HEAD = new RegExp(
  // ("St Mary's Pro-Cathedral": a head word after a hyphen ends the name too.)
  String.raw`(?:^|[ \u00a0-])(?:${HEAD})(?:[ \u00a0]of[ \u00a0](?:the[ \u00a0])?${WORD}(?:[ \u00a0]${WORD}){0,3})?$`,
  'u',
);
// Someone who works somewhere: "an analyst", "a cosmochemist", "a professor", "officials" (not "a dinner", "the chamber":
// words ending like an agent's that are not one).
export const WORKER = String.raw`(?:(?!(?:dinner|supper|chamber|corner|border|river|theater|quarter|order|number|summer|winter|water|power|paper|letter|shelter|banner|later|after|other|under|over|error|floor|door|indoor|outdoor|corridor|interior|exterior)\b)\p{Ll}+(?:ist|ists|or|ors|er|ers|ant|ants|ian|ians)|fellow|professor|lecturer|director|head|chief|student|members?|officials?|staff|experts?|analyst|economist|strategist)`;
// "an analyst at the X Centre", "a professor at X": where someone works, not where something is said.
const AFFILIATION_BEFORE = new RegExp(String.raw`\b${WORKER}[ \u00a0]+(?:at|in)[ \u00a0]+$`, 'u');
// "told supporters at Bukhungu Stadium", "speaking to reporters at the Imperial Palace": an audience told somewhere,
// not where people work.
const TOLD_AUDIENCE =
  /\b(?:told|telling|addressed|addressing|briefed|briefing|(?:speaking|spoke|talking|talked)\s+to)\s+(?:\S+\s+){0,3}(?:at|in)\s+$/i;
const affiliated = (before: string) => AFFILIATION_BEFORE.test(before) && !TOLD_AUDIENCE.test(before);
// Names of bodies, not buildings: "at the Bank of Canada in Ottawa", "at the Ministry of Health in Accra".
const BODY_WORD =
  /\b(?:Bank|Ministry|Department|Agency|Institute|Institution|University|College|Council|Commission|Company|Corporation|Group|Party|Association|Union|Foundation|Organi[sz]ation|Office|Authority|Service|Board|Fund|Trust|Society|Federation|Committee|Initiative|Forum|Summit|Conference|Festival|Games|Cup|Championships?|Expo|Congress|Week|Show|Talks|Dialogue)\b/;
// "the Kosovar Centre for Security Studies": a body's name, not a building's.
const BODY_AFTER = /^[ \u00a0]+for[ \u00a0]+\p{Lu}/u;
// Names that say only what the building is: "City Hall", "Town Hall", "Parliament House" without a city.
const GENERIC =
  /^(?:(?:City|Town|Parliament|Court|Opera|Guild|Village|County|Main|Central|Royal)[ \u00a0])?(?:Hall|House|Court|Centre|Center|Building|Palace|Park|Square|Stadium|Ground|Chamber)$/;
// ", Scotland" or " in Dundee" after the venue: the city (or region) it is in.
const IN_PLACE_AFTER = /^(?:,[ \u00a0]+|[ \u00a0]+in[ \u00a0]+)(\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]\p{Lu}[\p{L}'’.-]*){0,2})/u;

/**
 * Venues a text puts something at that the gazetteer does not know, as place records of kind `venue`,
 * with the city named in or after the venue's name as parent ("Dundee Sheriff Court" is in Dundee).
 */
export function findVenues(
  text: string,
  gazetteer: Gazetteer,
  /** Names the article uses for a person or a body: "at Microsoft on Monday" is not a ground. */
  isActor: (name: string) => boolean = () => false,
): Array<Mention<PlaceRecord>> {
  const found: Array<Mention<PlaceRecord>> = [];
  // A name no list knows, at which something happens: not an owner's, an occasion, a place, someone's or a workplace.
  const groundAt = (name: string, at: number) =>
    !/['’]/.test(name) &&
    !NOT_GROUND.test(name) &&
    !gazetteer.isPlace(name) &&
    !isActor(name) &&
    gazetteer.people(name, null).length === 0 &&
    !affiliated(text.slice(Math.max(0, at - 50), at + 3));
  // "At the start in Ennezat on Monday morning", "a community meeting in Mamelodi on Sunday": a town no list knows.
  for (const m of [...text.matchAll(IN_ON_DAY), ...text.matchAll(OCCASION_IN), ...text.matchAll(TOWN_OF)]) {
    // (A sentence's full stop is not part of the name; "speaking in Spanish" names a language.)
    const name = (m[1] ?? '').replace(/\u00a0/g, ' ').replace(/(?<=\p{L}\p{Ll})\.$/u, '');
    if (!groundAt(name, m.index ?? 0) || BODY_WORD.test(name) || ENDS_IN_HEAD.test(name) || isNationality(name)) continue;
    const after = (m.index ?? 0) + m[0].indexOf(m[1] ?? '') + name.length;
    // ("… in Legazpi City, Albay Governor …": the name ends where a phrase or a clause starts.)
    if (!NAME_ENDS.test(text.slice(after, after + 12))) continue;
    const start = (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
    const record: PlaceRecord = { name, slug: slugify(name), kind: 'city', parent: null, aliases: [], scene: false, found: true };
    found.push({ start, end: start + name.length, surface: text.slice(start, start + name.length), record, byTitle: false });
  }
  for (const m of [
    ...text.matchAll(AT_NAME_DESCRIBED),
    ...text.matchAll(GATHERED_ON),
    ...text.matchAll(AT_A_DESCRIBED),
    ...text.matchAll(DESCRIBED_THEN_NAMED),
  ]) {
    // ("… at a rain-soaked De Adelaarshorst.": a sentence's full stop is not part of the name.)
    const name = (m[1] ?? '').replace(/\u00a0/g, ' ').replace(/(?<=\p{Ll}{2})\.$/u, '');
    // ("at a dozen Swedish ports": a people's adjective, not a ground's name.)
    if (!groundAt(name, m.index ?? 0) || BODY_WORD.test(name) || isNationality(name.split(' ')[0] ?? name)) continue;
    const start = (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
    if (found.some((f) => f.start < start + name.length && start < f.end)) continue;
    found.push(venueMention(text, start, start + name.length, name, gazetteer));
  }
  // (After the names the text describes: "told journalists at Quinta Vigia, the seat of the regional government" is a building.)
  for (const m of text.matchAll(TOLD_REPORTERS_AT)) {
    const name = (m[1] ?? '').replace(/\u00a0/g, ' ').replace(/(?<=\p{L}\p{Ll})\.$/u, '');
    const start = (m.index ?? 0) + m[0].lastIndexOf(m[1] ?? '');
    if (!groundAt(name, m.index ?? 0) || BODY_WORD.test(name) || ENDS_IN_HEAD.test(name) || isNationality(name)) continue;
    if (!NAME_ENDS.test(text.slice(start + name.length, start + name.length + 12))) continue;
    if (found.some((f) => f.start < start + name.length && start < f.end)) continue;
    const record: PlaceRecord = { name, slug: slugify(name), kind: 'city', parent: null, aliases: [], scene: false, found: true };
    found.push({ start, end: start + name.length, surface: text.slice(start, start + name.length), record, byTitle: false });
  }
  // ("Briefing reporters at the Press Information Department", "told reporters at the Finance Ministry in Colombo": a body's
  // building where reporters are told something is where the words were said.)
  for (const m of text.matchAll(TOLD_REPORTERS_AT_THE)) {
    const name = (m[1] ?? '').replace(/\u00a0/g, ' ').replace(/(?<=\p{L}\p{Ll})\.$/u, '');
    const start = (m.index ?? 0) + m[0].lastIndexOf(m[1] ?? '');
    if (!BODY_WORD.test(name) || gazetteer.isPlace(name)) continue;
    if (!NAME_ENDS.test(text.slice(start + name.length, start + name.length + 12))) continue;
    if (found.some((f) => f.start < start + name.length && start < f.end)) continue;
    found.push(venueMention(text, start, start + name.length, name, gazetteer));
  }
  // ("Simon Ashdown KC told the High Court in London": a court told something is where it was said.)
  for (const m of text.matchAll(TOLD_COURT)) {
    const name = (m[1] ?? '').replace(/\u00a0/g, ' ');
    const start = (m.index ?? 0) + m[0].lastIndexOf(m[1] ?? '');
    if (gazetteer.isPlace(name) || found.some((f) => f.start < start + name.length && start < f.end)) continue;
    found.push(venueMention(text, start, start + name.length, name, gazetteer));
  }
  for (const m of text.matchAll(AT_ON_DAY)) {
    const name = (m[2] ?? '').replace(/\u00a0/g, ' ');
    const owner = /^(\p{Lu}\p{Ll}+)['’]s$/u.exec(name)?.[1];
    if (owner ? !groundAt(owner, m.index ?? 0) : !groundAt(name, m.index ?? 0)) continue;
    // (After "the", one word that names no body: "at the Crucible", not "at the Fed", "at the Tories".)
    if (m[1] && (/[ \u00a0]/.test(name) || BODY_WORD.test(name) || /s$/.test(name) || isNationality(name))) continue;
    const start = (m.index ?? 0) + m[0].lastIndexOf(m[2] ?? '');
    const end = start + (m[2] ?? '').length;
    found.push(venueMention(text, start, end, name, gazetteer));
  }
  for (const m of text.matchAll(AT_THE_IN)) {
    const name = (m[1] ?? '').replace(/\u00a0/g, ' ');
    // A person's name after "the" is a building's ("the Mel Hegland Uniplex"), so the article's people do not count.
    if (/['’]/.test(name) || gazetteer.isPlace(name) || BODY_WORD.test(name)) continue;
    // ("… beating X 7-6 6-4 at the ASB Classic in Auckland": a tournament or a festival is held somewhere, it is not a place.)
    if (EVENT_NAME_END.test(name)) continue;
    if (affiliated(text.slice(Math.max(0, (m.index ?? 0) - 50), (m.index ?? 0) + 3))) continue;
    const start = (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
    found.push(venueMention(text, start, start + (m[1] ?? '').length, name, gazetteer));
  }
  for (const m of text.matchAll(AT_NAME_IN)) {
    const name = m[1] ?? '';
    const city = gazetteer.placeByName.get(
      (m[2] ?? '')
        .replace(/\u00a0/g, ' ')
        .replace(/^the /, '')
        .replace(/\.$/, ''),
    );
    // ("… on home soil at Bernardus in the Netherlands": in a country too.)
    if (!city || BODY_WORD.test(name) || !groundAt(name, m.index ?? 0)) continue;
    const start = (m.index ?? 0) + m[0].indexOf(name);
    if (found.some((f) => f.start < start + name.length && start < f.end)) continue;
    const record: PlaceRecord = { name, slug: slugify(name), kind: 'venue', parent: city.name, aliases: [], scene: false, found: true };
    found.push({ start, end: start + name.length, surface: name, record, byTitle: false });
  }
  const add = (start: number, whole: string) => {
    // "… Palacio de las Garzas.": a sentence's full stop is not part of the name.
    const name = whole.replace(/(?<=\p{Ll}{2})\.$/u, '');
    if (found.some((f) => f.start < start + name.length && start < f.end)) return;
    found.push(venueMention(text, start, start + name.length, name.replace(/\u00a0/g, ' '), gazetteer));
  };
  for (const m of [...text.matchAll(HEAD_FIRST), ...text.matchAll(ON_AVENUE)]) {
    const name = m[1] ?? '';
    const end = (m.index ?? 0) + m[0].length;
    // ("on the Istana Negara Facebook page": a page, not the palace.)
    if (ONLINE.test(`${name} ${text.slice(end, end + 25)}`)) continue;
    if (!gazetteer.isPlace(name.replace(/\u00a0/g, ' '))) add((m.index ?? 0) + m[0].lastIndexOf(name), name);
  }
  for (const m of text.matchAll(OCCASION_AT)) {
    const name = m[1] ?? '';
    const spaced = name.replace(/\u00a0/g, ' ');
    const start = (m.index ?? 0) + m[0].lastIndexOf(name);
    // The whole name, ended: not "the Socialist party's headquarters", "the agency's offices".
    if (!NAME_ENDS.test(text.slice(start + name.length, start + name.length + 12)) && !/\p{Ll}\.$/u.test(name)) continue;
    // Not a city ("a meeting at Geneva"), a body ("at the Bank of Canada"), a person's or a body's name the article uses.
    if (NOT_GROUND.test(name) || gazetteer.isPlace(spaced) || isActor(spaced) || gazetteer.people(spaced, null).length > 0) continue;
    if (BODY_WORD.test(spaced) && !/\b(?:Institute|University|College|Academy)\b/.test(spaced)) continue;
    add(start, name);
  }
  for (const m of text.matchAll(ACRONYM_AT)) {
    const name = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].indexOf(name);
    if (isActor(name) || gazetteer.isPlace(name)) continue;
    if (!OCCASION_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 160), m.index ?? 0))) continue;
    add(start, name);
  }
  for (const m of text.matchAll(VENUE)) {
    // "… Office Building.": a sentence's full stop is not part of the name.
    // ("… at the Palace of Justice. The appellant's …": a run of capitals does not go on past a sentence's end.)
    const run = (m[1] ?? '')
      .replace(/(?<=\p{Ll}{2})\.[ \u00a0].*$/u, '')
      .replace(/(?<=\p{Ll}{2})\.$/u, '')
      .replace(/['’]s$/, '');
    const lower = m[2];
    if (!lower && (!ENDS_IN_HEAD.test(run) || !/[ \u00a0]/.test(run))) continue;
    // ("in the Harris camp", "the Arellano camp": a person's side, not a place; a camp is a place one is at.)
    // ("at the Opposition camp at the Laguna Hotel": a side's camp, which the text places.)
    if (
      lower === 'camp' &&
      (!/^(?:at|At|outside|Outside|inside|Inside|visited|visiting|toured|touring)\b/.test(m[0]) ||
        gazetteer.people(run, null).length > 0 ||
        /^[ \u00a0]+(?:at|in)[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}/u.test(
          text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 20),
        ))
    )
      continue;
    // "the Unirii Hall of the Cotroceni Palace": a room named in a building is in the building.
    const building = ROOM_OF.exec(run)?.[1];
    // ("at the Sofitel Legend Metropole hotel": a hotel's name is its own, "hotel" says what it is.)
    const named = lower && !/^(?:hotel|resort)$/.test(lower) ? `${run} ${lower}` : lower ? run : null;
    const name = (named ?? (building && ENDS_IN_HEAD.test(building) ? building : run)).replace(/\u00a0/g, ' ');
    if (GENERIC.test(run) || gazetteer.isPlace(name)) continue;
    const start = (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
    if (found.some((f) => f.start <= start && start < f.end)) continue;
    const end = start + (lower ? m[0].length - m[0].indexOf(m[1] ?? '') : run.length);
    if (
      (!PART_OF.test(m[0]) && affiliated(text.slice(Math.max(0, (m.index ?? 0) - 50), (m.index ?? 0) + 3))) ||
      BODY_AFTER.test(text.slice(end, end + 10))
    )
      continue;
    const venue = venueMention(text, start, end, name, gazetteer);
    // "at Eskom's Megawatt Park headquarters": a named building is where they are, not only their city.
    // ("at the Law Society's Blackhall Place headquarters": a building named as its street is, "Place", "Tower", "Plaza".)
    if (
      lower === 'headquarters' &&
      (ENDS_IN_HEAD.test(run) || /[ \u00a0](?:Place|Tower|Towers|Plaza)$/u.test(run)) &&
      /[ \u00a0]/.test(run) &&
      !GENERIC.test(run) &&
      !BODY_WORD.test(run)
    ) {
      found.push(venueMention(text, start, start + run.length, run.replace(/\u00a0/g, ' '), gazetteer));
      continue;
    }
    if (lower === 'headquarters') {
      // "at the Reserve Bank's Wellington headquarters", "at PSE's Bellevue headquarters": a city's name is the city.
      const owned = run.replace(/^.*['’]s[ \u00a0]+/u, '').replace(/\u00a0/g, ' ');
      const city = gazetteer.placeByName.get(owned);
      if (city && city.kind !== 'venue') {
        found.push({ ...venue, record: city });
        continue;
      }
      // "at the Iowa Lottery's headquarters", "at UN headquarters in New York", "at LDP headquarters": an organisation's
      // offices, a building of their own, in the city named after it if one is ("Nato headquarters in Brussels" is in
      // Brussels, and counts as there).
      found.push(venue);
      continue;
    }
    found.push(venue);
  }
  // (Last: a ground another pattern names in full, "against Argentina at the Stade Vélodrome", is that one.)
  // (The two newer patterns only where their words are: most texts have neither, and findVenues runs on every sentence.)
  const grounds = [
    ...text.matchAll(AGAINST_AT),
    ...(/\bat[ \u00a0]+the[ \u00a0]/.test(text) ? text.matchAll(MATCH_AT) : []),
    ...(/[ \u00a0]of[ \u00a0]+the[ \u00a0]/.test(text) ? text.matchAll(PART_OF_THE) : []),
    ...(/[ \u00a0]at[ \u00a0]/.test(text) ? text.matchAll(PART_AT) : []),
  ];
  for (const m of grounds) {
    const name = (m[1] ?? '').replace(/\u00a0/g, ' ').replace(/(?<=\p{Ll}{2})\.$/u, '');
    const start = (m.index ?? 0) + m[0].lastIndexOf(m[1] ?? '');
    if (name.length < 3 || !groundAt(name, m.index ?? 0) || BODY_WORD.test(name)) continue;
    if (found.some((f) => f.start < start + name.length && start < f.end)) continue;
    found.push(venueMention(text, start, start + name.length, name, gazetteer));
  }
  return found.map((f) => courtAtTown(f, text, gazetteer));
}

// "the High Court at Auckland", "the District Court at Manukau": as New Zealand copy names a court, by the town it sits in.
const AT_TOWN_AFTER = /^[ \u00a0]+at[ \u00a0]+(\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+)?)(?![\p{L}])/u;

/** A court's mention with the town the text says it sits at, which is then part of its name. */
function courtAtTown(f: Mention<PlaceRecord>, text: string, gazetteer: Gazetteer): Mention<PlaceRecord> {
  if (!/(?:Court|Courts|Tribunal)$/.test(f.record.name)) return f;
  const at = AT_TOWN_AFTER.exec(text.slice(f.end, f.end + 40));
  const town = at?.[1] ? gazetteer.placeByName.get(at[1].replace(/\u00a0/g, ' ')) : undefined;
  if (!at || !town || town.kind !== 'city') return f;
  const end = f.end + at[0].length;
  const name = `${f.record.name} at ${town.name}`;
  return { ...f, end, surface: text.slice(f.start, end), record: { ...f.record, name, slug: slugify(name), parent: town.name } };
}

/** The mention of a venue named `name` at `start`–`end` of the text. */
function venueMention(text: string, start: number, end: number, name: string, gazetteer: Gazetteer): Mention<PlaceRecord> {
  return { start, end, surface: text.slice(start, end), record: venueRecord(name, text.slice(end, end + 40), gazetteer), byTitle: false };
}

/** Towns named like an adjective: the "Federal High Court" and the "Central Government Offices" are not in them. */
const ADJECTIVE_TOWN =
  /^(?:Federal|Central|Imperial|Golden|Crystal|Liberal|Marina|Royal|Grand|General|Supreme|National|Regional|Provincial|Municipal|Metropolitan)$/;

function venueRecord(name: string, after: string, gazetteer: Gazetteer): PlaceRecord {
  // "Dundee Sheriff Court": a city at the start of the name.
  const words = name.split(' ');
  const inside = words
    .slice(0, -1)
    .map((_, i) =>
      i === 0 && ADJECTIVE_TOWN.test(words[0] ?? '') ? undefined : gazetteer.placeByName.get(words.slice(0, i + 1).join(' ')),
    )
    .find((p) => p?.kind === 'city');
  // ("the Boulder County Fairgrounds in Longmont": the city named after it, before a city its name begins with.)
  const named = IN_PLACE_AFTER.exec(after)?.[1]?.replace(/\.$/, '');
  const parent = (named ? gazetteer.placeByName.get(named) : undefined) ?? inside;
  return { name, slug: slugify(name), kind: 'venue', parent: parent?.name ?? null, aliases: [], scene: false, found: true };
}
