import { PhraseIndex } from './phraseIndex.ts';
import type { Knowledge, PersonRecord, PlaceRecord } from '../knowledge/types.ts';
import { worldPlaces } from '../knowledge/worldPlaces.ts';

export interface Mention<T> {
  start: number;
  end: number;
  /** The words as they stand in the text. */
  surface: string;
  record: T;
  /** Matched through a title/description ("the US president") rather than a name. */
  byTitle: boolean;
}

interface Surface<T> {
  text: string;
  record: T;
  byTitle: boolean;
  /** Titles match in any case ("The Ukrainian president"); names only as written. */
  caseless: boolean;
  from?: string;
  until?: string;
}

export interface Gazetteer {
  /** Mentions of people; titles only count when in force `onDate` (null: any date). */
  people(text: string, onDate: string | null): Array<Mention<PersonRecord>>;
  /** Places of places.yaml, and the world's countries and cities where a capitalised name is one. */
  places(text: string): Array<Mention<PlaceRecord>>;
  /** Whether a name is a place (places.yaml or the world gazetteer). */
  isPlace(name: string): boolean;
  personBySlug: Map<string, PersonRecord>;
  /** Places by name: places.yaml first, then the world gazetteer. */
  placeByName: { get(name: string): PlaceRecord | undefined };
  /** The same, in any case ("KUALA LUMPUR" in a dateline). */
  placeByNameCaseless(name: string): PlaceRecord | null;
}

// A run of capitalised words, the shape of a place name ("Abu Dhabi", "Sharm el-Sheikh", "Bogotá").
const NAME_RUN =
  /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’.-]*(?:[ \u00a0](?:(?:el|al|de|del|des|dos|das|los|las|es|ez|la|le|les|du|do|da|di|of|upon)[ \u00a0-]){0,2}\p{Lu}[\p{L}'’.-]+)*/gu;

const VENUE_WORDS =
  'Forum|Summit|Conference|Talks|Airport|International Airport|Palace|Convention Center|Convention Centre|Dialogue|Process|Format|Declaration|Accords?|Agreement|Conference Centre|Conference Center|CBD';
const VENUE_AFTER = new RegExp(` (?:${VENUE_WORDS})$`);
/** "Oslo Forum", "Doha Airport", "the Sydney CBD": a place's name followed by a meeting or venue held there (or its centre), not an adjective. */
export const VENUE_NEXT = new RegExp(`^\\s+(?:${VENUE_WORDS})\\b`);
const OPENERS = new Set([
  'In',
  'At',
  'From',
  'On',
  'To',
  'The',
  'But',
  'And',
  'After',
  'Before',
  'During',
  'Inside',
  'Outside',
  'Near',
  'Across',
  'Throughout',
]);

const VENUE_OF = /^(?:Port|Harbour|Harbor|University|Cathedral)[ ]of[ ](\p{Lu}.*)$/u;

/**
 * World places named in a text, outside the spans places.yaml already matched. A whole run of capitalised
 * words must be the place's name: "Victoria" in "Victoria Nuland" and "Lincoln" in "President Lincoln" are not places.
 */
function worldMentions(text: string, taken: Array<Mention<PlaceRecord>>): Array<Mention<PlaceRecord>> {
  const world = worldPlaces();
  const out: Array<Mention<PlaceRecord>> = [];
  for (const m of text.matchAll(NAME_RUN)) {
    let start = m.index ?? 0;
    // "… defeat in Bristol.": a sentence's full stop is not part of the name (an initial's is: "D.C.").
    let name = m[0]
      .replace(/\u00a0/g, ' ')
      .replace(/(?<=\p{Ll}{2})\.$/u, '')
      .replace(/['’]s?$/, '');
    const first = name.split(' ', 1)[0] as string;
    // "In Paris", "The Sahel" → the name after the opener; "The Hague" is a place's whole name.
    if (OPENERS.has(first) && name.length > first.length && !world.place(name)) {
      start += first.length + 1;
      name = name.slice(first.length + 1);
    }
    // "the Oslo Forum", "Doha Airport": a city named with the venue or meeting held there (unless the whole name is a
    // place of its own: "Merdeka Palace").
    const venue = VENUE_AFTER.exec(name);
    if (venue?.index && !world.place(name)) name = name.slice(0, venue.index);
    // "the Port of Hamburg", "the University of Nairobi": a place's port or university is in it (not "Port of Spain",
    // a city of that name; not "the Bank of England", a body).
    const ofPlace = VENUE_OF.exec(name);
    if (ofPlace?.[1] && !world.place(name)) {
      start += name.length - ofPlace[1].length;
      name = ofPlace[1];
    }
    const end = start + name.length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    // "Batangas City", "Legazpi City": a city the world gazetteer names without the word "City".
    const record = world.place(name) ?? cityCalledCity(name, (n) => world.place(n));
    if (record) out.push({ start, end, surface: name, record, byTitle: false });
  }
  return out;
}

/** "Batangas City", "BATANGAS CITY" → Batangas, if `lookup` knows it as a city. */
function cityCalledCity(name: string, lookup: (name: string) => PlaceRecord | null): PlaceRecord | null {
  if (!/ City$/i.test(name)) return null;
  const city = lookup(name.slice(0, -' City'.length));
  return city?.kind === 'city' ? city : null;
}

/** Curly apostrophes and quotes → straight, so data written with ' matches text written with ’ (same length). */
export const foldApostrophes = (s: string) => s.replace(/[’‘]/g, "'");

function scan<T>(text: string, index: PhraseIndex<Surface<T>>, onDate: string | null): Array<Mention<T>> {
  const mentions: Array<Mention<T>> = [];
  const matches = index.scan(text, (surfaces, start, end) => {
    const surface = foldApostrophes(text.slice(start, end));
    return surfaces.filter(
      (c) =>
        (c.caseless || foldApostrophes(c.text) === surface) &&
        (onDate === null || ((!c.from || c.from <= onDate) && (!c.until || onDate <= c.until))),
    );
  });
  for (const m of matches) {
    const hit = m.values[0] as Surface<T>;
    mentions.push({ start: m.start, end: m.end, surface: text.slice(m.start, m.end), record: hit.record, byTitle: hit.byTitle });
  }
  return mentions;
}

/** Surname of a person, when it names nobody else in the data ("Rubio", "Zelensky"). */
function uniqueSurnames(people: PersonRecord[]): Map<string, PersonRecord> {
  const counts = new Map<string, PersonRecord[]>();
  for (const p of people) {
    if (p.kind !== 'person') continue;
    const last = p.name.split(/\s+/).pop();
    if (last && last !== p.name) counts.set(last, [...(counts.get(last) ?? []), p]);
  }
  return new Map([...counts].filter(([, ps]) => ps.length === 1).map(([k, ps]) => [k, ps[0] as PersonRecord]));
}

const cache = new WeakMap<Knowledge, Gazetteer>();

/** Finds mentions of known people (by name, alias, surname or dated title) and places in text. */
export function gazetteerFor(knowledge: Knowledge): Gazetteer {
  const cached = cache.get(knowledge);
  if (cached) return cached;

  const personSurfaces: Array<Surface<PersonRecord>> = [];
  for (const p of knowledge.people) {
    for (const name of [p.name, ...p.aliases]) personSurfaces.push({ text: name, record: p, byTitle: false, caseless: false });
    for (const t of p.titles) personSurfaces.push({ text: t.title, record: p, byTitle: true, caseless: true, ...t });
  }
  for (const [surname, p] of uniqueSurnames(knowledge.people)) {
    personSurfaces.push({ text: surname, record: p, byTitle: false, caseless: false });
  }
  const placeSurfaces: Array<Surface<PlaceRecord>> = knowledge.places.flatMap((p) =>
    [p.name, ...p.aliases].map((text) => ({ text, record: p, byTitle: false, caseless: false })),
  );
  const people = new PhraseIndex(personSurfaces.map((value) => ({ phrase: value.text, value })));
  const places = new PhraseIndex(placeSurfaces.map((value) => ({ phrase: value.text, value })));
  const known = new Map(knowledge.places.map((p) => [p.name, p]));
  const gazetteer: Gazetteer = {
    people: (text, onDate) => scan(text, people, onDate),
    places: (text) => {
      // ("South Africa" is not the listed "Africa" inside it: a longer world name wins over a listed name within it.)
      const world = worldMentions(text, []);
      const listed = scan(text, places, null).filter(
        (l) => !world.some((w) => w.start <= l.start && l.end <= w.end && w.end - w.start > l.end - l.start),
      );
      const unlisted = world.filter((w) => !listed.some((l) => l.start < w.end && w.start < l.end));
      return [...listed, ...unlisted].sort((a, b) => a.start - b.start);
    },
    isPlace: (name) =>
      known.has(name) ||
      places.scan(name, (v) => v).some((m) => m.start === 0 && m.end === name.length) ||
      worldPlaces().place(name) !== null,
    personBySlug: new Map(knowledge.people.map((p) => [p.slug, p])),
    placeByName: { get: (name) => known.get(name) ?? worldPlaces().place(name) ?? undefined },
    placeByNameCaseless: (name) => {
      const lower = name.toLowerCase();
      const listed = knowledge.places.find((p) => p.name.toLowerCase() === lower || p.aliases.some((a) => a.toLowerCase() === lower));
      return listed ?? worldPlaces().placeCaseless(name) ?? cityCalledCity(name, (n) => worldPlaces().placeCaseless(n));
    },
  };
  cache.set(knowledge, gazetteer);
  return gazetteer;
}
