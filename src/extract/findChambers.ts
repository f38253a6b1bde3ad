// Legislatures named by what they are rather than by name: "Germany's parliament", "the Polish lower house",
// "told parliament" in an article filed from Dublin, "the Colorado Senate", "the state Capitol" in Madison, Wis.
import { CHAMBERS, PROVINCES, SEATS, US_STATE_CAPITALS, type Chamber } from '../knowledge/legislatures.ts';
import type { PlaceRecord } from '../knowledge/types.ts';
import { demonymOf } from './demonyms.ts';
import type { Gazetteer, Mention } from './gazetteer.ts';

/** Where an article is: its country (a gazetteer country's name) and, in the US, its state. */
export interface Home {
  country: string | null;
  state: string | null;
  /** The seat of government the article named last: what "the palace" is. */
  seat?: PlaceRecord | null;
  /** The home country's chamber the article placed something in first ("at Holyrood"): what "the Parliament" is. */
  chamber?: PlaceRecord | null;
  /** The venues the article has placed something at so far, most recent last: what "the arena" is. */
  venues?: PlaceRecord[];
}

type Means = NonNullable<Chamber['means']>[number];

const byCountry = new Map<string, Chamber[]>();
for (const chamber of CHAMBERS) byCountry.set(chamber.country, [...(byCountry.get(chamber.country) ?? []), chamber]);

const COUNTRY_OF_DEMONYM = new Map<string, string>();
for (const country of byCountry.keys()) {
  const adjective = demonymOf(country);
  if (adjective) COUNTRY_OF_DEMONYM.set(adjective, country);
}
COUNTRY_OF_DEMONYM.set('Turkish', 'Türkiye');
COUNTRY_OF_DEMONYM.set('British', 'United Kingdom');
COUNTRY_OF_DEMONYM.set('Korean', 'South Korea');
COUNTRY_OF_DEMONYM.set('South Korean', 'South Korea');
const COUNTRY_ALIASES: Record<string, string> = {
  Turkey: 'Türkiye',
  Britain: 'United Kingdom',
  'the UK': 'United Kingdom',
  'the Netherlands': 'Netherlands',
  'the Philippines': 'Philippines',
  'Czech Republic': 'Czechia',
};

// What a chamber is called when it is not named: the word and what it means.
const GENERIC: Array<[RegExp, Means]> = [
  [/^(?:[Pp]arliament|[Ll]egislature|National Assembly|[Cc]ongress)$/, 'parliament'],
  [/^(?:lower house|lower chamber|Chamber of Deputies|House of Representatives)$/, 'lower house'],
  [/^(?:upper house|upper chamber|Senate)$/, 'upper house'],
];
const GENERIC_WORDS = String.raw`[Pp]arliament|[Ll]egislature|National Assembly|[Cc]ongress|lower house|lower chamber|upper house|upper chamber|Chamber of Deputies|House of Representatives|Senate`;
const COUNTRY_NAMES = [...byCountry.keys(), ...Object.keys(COUNTRY_ALIASES)].map((n) => n.replace(/ /g, '[ \\u00a0]')).join('|');
const DEMONYMS = [...COUNTRY_OF_DEMONYM.keys()].sort((a, b) => b.length - a.length).join('|');
// "Germany's parliament", "the Polish lower house", "Kenya's National Assembly".
const OWNED = new RegExp(String.raw`\b(?:(${COUNTRY_NAMES})['’]s|[Tt]he (${DEMONYMS})) (${GENERIC_WORDS})\b`, 'gu');
// "told parliament", "in the lower house", "addressing the legislature": the home country's, unnamed.
// ("At Parliament on Wednesday, the minister told reporters": a fronted preposition too.)
const UNOWNED = new RegExp(
  String.raw`\b(?:[Ii]n|to|told|telling|addressed|addressing|[Bb]efore|[Aa]t|[Ii]nside|into|[Ff]rom)[ \u00a0]+(?:the[ \u00a0]+)?(${GENERIC_WORDS})\b(?![ \u00a0]+(?:of|for|[Cc]ommittee|[Ss]peaker|[Pp]resident|[Ll]eader))`,
  'gu',
);
// "told a National Assembly committee", "before the Senate's finance committee", "told the Chamber of Deputies' transport
// committee": a chamber's committee sits in the chamber's house.
const COMMITTEE_OF = new RegExp(
  String.raw`\b(?:told|telling|before|addressed|addressing|testified[ \u00a0]+(?:to|before)|appeared[ \u00a0]+before|appearing[ \u00a0]+before)[ \u00a0]+(?:a|the)[ \u00a0]+(${GENERIC_WORDS})(?:['’]s?)?[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+){0,3}committee\b`,
  'gu',
);
// "The Senate on Wednesday voted to remove …": a chamber doing what chambers do, in its house.
const ACTS = String.raw`[ \u00a0]+(?:(?:on|late|early)[ \u00a0]+(?:\p{Lu}\p{Ll}+[ \u00a0]+){1,2}(?:(?:night|morning|evening|afternoon)[ \u00a0]+)?)?(?:voted|approved|passed|rejected|adopted|gave[ \u00a0]+(?:final[ \u00a0]+)?approval|elected|impeached|ratified)\b`;
const CHAMBER_ACTS = new RegExp(String.raw`\b(?:[Tt]he[ \u00a0]+)?(${GENERIC_WORDS})${ACTS}`, 'gu');
/** What follows a chamber that acts where it sits ("… on Wednesday voted to remove"). */
export const CHAMBER_ACTS_AFTER = new RegExp(`^${ACTS}`, 'u');
// "told the chamber", "addressing the House": the chamber the article is about.
const THE_CHAMBER =
  /\b(?:told|telling|addressed|addressing|in|before|on[ \u00a0]+the[ \u00a0]+floor[ \u00a0]+of)[ \u00a0]+the[ \u00a0]+(chamber|House)\b(?![ \u00a0]+(?:of|[Cc]ommittee))/gu;
const STATES = Object.keys(US_STATE_CAPITALS).join('|');
// "the Colorado Senate", "the Wisconsin Assembly", "the Michigan Capitol", "the Ohio Statehouse".
const STATE_CHAMBER = new RegExp(
  String.raw`\b(${STATES})[ \u00a0]+(?:State[ \u00a0]+)?(Senate|House(?:[ \u00a0]+of[ \u00a0]+(?:Representatives|Delegates))?|Assembly|General[ \u00a0]+Assembly|Legislature|Capitol|Statehouse|State[ \u00a0]+House)\b`,
  'gu',
);
// "the state Capitol", "the state Senate", "the Statehouse": the home state's.
const STATE_GENERIC =
  /\b(?:the[ \u00a0]+)(?:state[ \u00a0]+(?:Capitol|[Ss]enate|[Hh]ouse|[Aa]ssembly|[Ll]egislature)|[Ss]tatehouse|Legislature)\b/gu;

// "at the legislature", "in state parliament": a Canadian province's or an Australian state's, in an article about one.
const PROVINCE_GENERIC =
  /\b(?:the (?:provincial |state )?[Ll]egislature|the Legislative Assembly|(?:the )?(?:state|provincial) parliament)\b/gu;

const SEAT_NAMES = [...new Set(SEATS.flatMap((s) => s.generic ?? []))]
  .map((w) => w.replace(/'/g, "['’]").replace(/ /g, '[ \\u00a0]'))
  .join('|');
// "the presidential palace", "Peru's Government Palace", "the Kenyan State House": a country's seat of government.
const SEAT_WORDS = new RegExp(
  String.raw`\b(?:(${COUNTRY_NAMES})['’]s[ \u00a0]+|[Tt]he[ \u00a0]+(${DEMONYMS})[ \u00a0]+|[Tt]he[ \u00a0]+)(${SEAT_NAMES})\b`,
  'giu',
);

const THE_PALACE = /\bthe (?:presidential )?palace\b/g;

function chamberOf(country: string, means: Means): Chamber | undefined {
  const chambers = byCountry.get(country) ?? [];
  return (
    chambers.find((c) => c.means?.includes(means)) ??
    (means === 'parliament' ? undefined : chambers.find((c) => c.means?.includes('parliament')))
  );
}

function meaning(word: string): Means | null {
  for (const [re, means] of GENERIC) if (re.test(word)) return means;
  return null;
}

/**
 * Legislatures a text names by what they are: a country's chamber by its country ("Germany's parliament",
 * "the Polish lower house"), the home country's when the text puts something in, before or to it ("told
 * parliament"), a US state's legislature as its State Capitol. Named ones ("the Sejm") are the gazetteer's.
 */
export function findChambers(text: string, home: Home, gazetteer: Gazetteer): Array<Mention<PlaceRecord>> {
  const found: Array<Mention<PlaceRecord>> = [];
  // byTitle: named by what it is, not by name ("parliament", "the state Senate").
  const add = (start: number, end: number, name: string, byTitle = false) => {
    const record = gazetteer.placeByName.get(name);
    if (record && !found.some((f) => f.start < end && start < f.end))
      found.push({ start, end, surface: text.slice(start, end), record, byTitle });
  };
  for (const m of text.matchAll(OWNED)) {
    const country = m[1] ? (COUNTRY_ALIASES[m[1]] ?? m[1]) : COUNTRY_OF_DEMONYM.get(m[2] ?? '');
    const means = meaning(m[3] ?? '');
    const chamber = country && means ? chamberOf(country, means) : undefined;
    if (chamber) add(m.index, m.index + m[0].length, chamber.name);
  }
  for (const m of text.matchAll(STATE_CHAMBER)) add(m.index, m.index + m[0].length, `${m[1]} State Capitol`);
  const province = home.state ? PROVINCES[home.state] : undefined;
  if (province) {
    for (const m of text.matchAll(PROVINCE_GENERIC)) add(m.index, m.index + m[0].length, province.chamber, true);
  } else if (home.state) {
    for (const m of text.matchAll(STATE_GENERIC))
      add(m.index + m[0].indexOf(m[0].trim()), m.index + m[0].length, `${home.state} State Capitol`);
  }
  // "… at a joint news conference at the palace": the palace named before.
  if (home.seat) for (const m of text.matchAll(THE_PALACE)) add(m.index + 4, m.index + m[0].length, home.seat.name, true);
  for (const m of text.matchAll(SEAT_WORDS)) {
    const country = m[1] ? (COUNTRY_ALIASES[m[1]] ?? m[1]) : m[2] ? COUNTRY_OF_DEMONYM.get(m[2]) : home.country;
    const word = (m[3] ?? '').toLowerCase().replace(/[’]/g, "'");
    const seat = SEATS.find((s) => s.country === country && s.generic?.includes(word));
    const owned = Boolean(m[1] ?? m[2]);
    if (seat) add(owned ? m.index : m.index + m[0].length - (m[3] ?? '').length, m.index + m[0].length, seat.name, !owned);
  }
  if (home.country && home.country !== 'United States') {
    for (const m of text.matchAll(UNOWNED)) {
      const means = meaning(m[1] ?? '');
      // Britain's parliament is the House of Commons (places.yaml), for a generic "parliament".
      // ("… at Holyrood." … "in the Parliament's garden lobby": the chamber the article is about.)
      const name =
        home.chamber && means === 'parliament'
          ? home.chamber.name
          : home.country === 'United Kingdom' && means === 'parliament'
            ? 'House of Commons'
            : means
              ? chamberOf(home.country, means)?.name
              : undefined;
      const start = m.index + m[0].length - (m[1] ?? '').length;
      if (name) add(start, m.index + m[0].length, name, true);
    }
    for (const m of text.matchAll(CHAMBER_ACTS)) {
      const means = meaning(m[1] ?? '');
      // (Only the chamber the words mean: Kenya's "Senate" is not its National Assembly.)
      const chamber = means ? (byCountry.get(home.country) ?? []).find((c) => c.means?.includes(means)) : undefined;
      const name = home.chamber && means === 'parliament' ? home.chamber.name : chamber?.name;
      const start = m.index + m[0].indexOf(m[1] ?? '');
      if (name) add(start, start + (m[1] ?? '').length, name, true);
    }
    for (const m of text.matchAll(COMMITTEE_OF)) {
      const means = meaning(m[1] ?? '');
      const name = home.chamber && means === 'parliament' ? home.chamber.name : means ? chamberOf(home.country, means)?.name : undefined;
      const start = m.index + m[0].indexOf(m[1] ?? '');
      if (name) add(start, start + (m[1] ?? '').length, name, true);
    }
  }
  if (home.chamber)
    for (const m of text.matchAll(THE_CHAMBER))
      add(m.index + m[0].length - (m[1] ?? '').length, m.index + m[0].length, home.chamber.name, true);
  return found.sort((a, b) => a.start - b.start);
}

/** The country of a place (its ancestor of kind country), by name. */
export function countryOf(place: PlaceRecord, gazetteer: Gazetteer): string | null {
  let p: PlaceRecord | undefined = place;
  for (let depth = 0; p && p.kind !== 'country' && depth < 10; depth++) p = p.parent ? gazetteer.placeByName.get(p.parent) : undefined;
  return p?.name ?? null;
}

const STATE_NAME = new RegExp(String.raw`\b(${STATES}|${Object.keys(PROVINCES).join('|')})\b`, 'u');
// Outlets named after a place that cover the whole country or the world.
const OUTLET_OF_ANYWHERE =
  /\b(?:New York Times|Washington Post|Washington Examiner|Wall Street Journal|Los Angeles Times|Boston Globe|Chicago Tribune)\b/i;
const PROVINCE_ABBREVIATIONS: Record<string, string> = Object.fromEntries(
  Object.entries(PROVINCES).flatMap(([name, p]) => p.abbreviations.map((a) => [a, name] as [string, string])),
);

/**
 * The US state an article is in: its dateline's ("MADISON, Wis. —"), else one its title or opening names
 * (not Washington or Georgia, which are mostly the capital and the country).
 */
export function stateOf(
  opening: string,
  title: string,
  abbreviations: Readonly<Record<string, string>>,
  /** The outlet's name and the article's text: a state's own outlet ("Pennsylvania Capital-Star") writes of it. */
  outlet: { source: string; text: string } = { source: '', text: '' },
): string | null {
  const dateline = /^[\p{Lu} .'’-]+,[ \u00a0]+([A-Z][A-Za-z]*\.?(?:[A-Z][a-z]*\.)*)/u.exec(opening)?.[1];
  const abbreviated = dateline ? (abbreviations[dateline] ?? PROVINCE_ABBREVIATIONS[dateline]) : undefined;
  if (abbreviated) return abbreviated;
  for (const text of [title, opening]) {
    const state = STATE_NAME.exec(text)?.[1];
    if (state && state !== 'Washington' && state !== 'Georgia' && state !== 'Victoria') return state;
  }
  // (… if the text names the state too: "The New York Times" writes of every state.)
  const own = STATE_NAME.exec(outlet.source)?.[1];
  if (own && !OUTLET_OF_ANYWHERE.test(outlet.source) && outlet.text.includes(own)) return own;
  return null;
}
