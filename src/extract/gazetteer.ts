import { PhraseIndex } from './phraseIndex.ts';
import type { Knowledge, PersonRecord, PlaceRecord } from '../knowledge/types.ts';

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
  places(text: string): Array<Mention<PlaceRecord>>;
  personBySlug: Map<string, PersonRecord>;
  placeByName: Map<string, PlaceRecord>;
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
  const gazetteer: Gazetteer = {
    people: (text, onDate) => scan(text, people, onDate),
    places: (text) => scan(text, places, null),
    personBySlug: new Map(knowledge.people.map((p) => [p.slug, p])),
    placeByName: new Map(knowledge.places.map((p) => [p.name, p])),
  };
  cache.set(knowledge, gazetteer);
  return gazetteer;
}
