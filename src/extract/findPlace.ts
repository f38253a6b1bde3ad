import type { Knowledge, PlaceRecord } from '../knowledge/types.ts';
import type { Gazetteer, Mention } from './gazetteer.ts';

// "in Paris", "at Nato headquarters", "aboard Air Force One", "from Brussels"
const LOCATIVE = /\b(in|at|aboard|from|inside|outside)\s+(the\s+)?$/i;
// "the war in Ukraine", "peace in Ukraine" name a subject, not where something was said or done.
const SUBJECT_NOUN = /\b(war|peace|ceasefire|conflict|fighting|invasion|truce|offensive|presence|interests?|crisis|situation|aggression|troops|forces|support|aid|investment|people|end|future|stake|role|confidence|hopes?|ambitions?)\s+(in|at|from)\s+(the\s+)?$/i;
// Where the talks are is not where a speaker commenting on them stands.
const AWAY_NOUN = /\b(talks|negotiations|delegation|visit|trip|deal|treaty)\s+(in|at)\s+(the\s+)?$/i;
const SPECIFICITY: Record<string, number> = { venue: 4, vehicle: 4, city: 3, region: 2, country: 1, sea: 1 };

export type PlaceMode = 'event' | 'speech';

/**
 * Where something was said (`speech`) or happened (`event`), read from one stretch of text:
 * a place after a locative preposition, the most specific one winning.
 * For speech, countries are too coarse and places of talks elsewhere are not the speaker's.
 */
export function findPlace(text: string, gazetteer: Gazetteer, mode: PlaceMode = 'event'): PlaceRecord | null {
  const candidates: Array<Mention<PlaceRecord>> = [];
  for (const m of gazetteer.places(text)) {
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    if (!(m.record.scene || LOCATIVE.test(before)) || SUBJECT_NOUN.test(before)) continue;
    if (mode === 'speech' && (m.record.kind === 'country' || m.record.kind === 'sea' || (!m.record.scene && AWAY_NOUN.test(before)))) continue;
    candidates.push(m);
  }
  if (candidates.length === 0) return null;
  // The most specific wins; among equals the first, which is nearest the verb in news syntax.
  return candidates.reduce((best, m) => ((SPECIFICITY[m.record.kind] ?? 0) > (SPECIFICITY[best.record.kind] ?? 0) ? m : best)).record;
}

// Being at a meeting, not talking about it: "speaking at his first Nato meeting", "after a Nato meeting",
// "on the sidelines of the ASEAN summit".
const PRESENCE = /\b(at|after|during|before|ahead of|sidelines of|margins of|attending|attended|arriving at|leaving)\s+(?:\S+\s+){0,3}$/i;

/** The place of a known meeting or summit that the text puts someone at, on a date within it. */
export function findEventPlace(text: string, date: string, knowledge: Knowledge, gazetteer: Gazetteer): PlaceRecord | null {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  const day = date.slice(0, 10);
  for (const event of knowledge.events) {
    if (day.length < 10 || day < event.from || day > event.until) continue;
    for (const phrase of event.phrases) {
      for (let at = lower.indexOf(phrase.toLowerCase()); at !== -1; at = lower.indexOf(phrase.toLowerCase(), at + 1)) {
        if (PRESENCE.test(lower.slice(Math.max(0, at - 40), at))) return gazetteer.placeByName.get(event.place) ?? null;
      }
    }
  }
  return null;
}
