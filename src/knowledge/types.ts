import type { NoiseRules } from './noiseRules.ts';
import type { EntityKind } from '../types.ts';

export interface TitleRecord {
  title: string;
  /** ISO date from which the title names this person (inclusive). */
  from?: string;
  /** ISO date until which it does (inclusive). */
  until?: string;
}

export interface PersonRecord {
  name: string;
  slug: string;
  kind: EntityKind;
  role: string | null;
  gender: 'he' | 'she' | null;
  aliases: string[];
  titles: TitleRecord[];
}

export interface PlaceRecord {
  name: string;
  slug: string;
  kind: string;
  parent: string | null;
  aliases: string[];
  /** Being there needs no "in": "aboard Air Force One". */
  scene: boolean;
  /** From the world gazetteer (GeoNames cities, countries), not from places.yaml: named only where a text says "in X". */
  world?: true;
  /** A venue found in an article's text ("at Dundee Sheriff Court"), not in any gazetteer. */
  found?: true;
  /** A legislature's chamber or building (src/knowledge/legislatures.ts): people are told things in it ("told the Sejm"). */
  chamber?: true;
}

export interface TopicRecord {
  name: string;
  slug: string;
  description: string;
  phrases: string[];
  /** Phrases that contain one of `phrases` without meaning the topic ("to strike a deal" is not a strike). */
  except: string[];
}

/** A meeting or summit: where the story was on given days. */
export interface EventRecord {
  name: string;
  /** A place name from places.yaml. */
  place: string;
  from: string;
  until: string;
  phrases: string[];
  /** Slugs of people known to have been there. */
  attendees: string[];
  /** Slugs of people whose meetings these are, not known to attend each ("Cabinet meeting": the president's). */
  hosts: string[];
}

/** Everything the extractor knows that is not in the article: people, places, topics, time zones. */
export interface Knowledge {
  people: PersonRecord[];
  places: PlaceRecord[];
  topics: TopicRecord[];
  events: EventRecord[];
  /** Time-zone abbreviation → IANA zone or fixed offset. */
  timezones: Record<string, string>;
  /** Page-noise rules (noise.yaml): also used to refuse a body that is nothing but noise. */
  noise: NoiseRules;
  /** Hash of the knowledge files: part of the cache key of extraction results. */
  version: string;
}
