// A venue named before, then called by what it is: "… at the Axiata Arena." … "telling reporters at the arena",
// "told the post-match press conference at the stadium", "at a press conference at the resort later".
import type { PlaceRecord } from '../knowledge/types.ts';
import type { Mention } from './gazetteer.ts';

// The word a text uses for a venue it named before, and the words of a venue's name it may stand for.
const HEADS: Record<string, RegExp> = {
  arena: /\bArena\b/i,
  stadium: /\b(?:Stadium|Estadio|Stade|Stadio|Estádio|Arena)\b/i,
  ground: /\b(?:Ground|Stadium|Park|Oval|Field)\b/i,
  resort: /\bResort\b/i,
  hotel: /\bHotel\b/i,
  palace: /\b(?:Palace|Palacio|Palais|Palazzo|Palácio)\b/i,
  courthouse: /\b(?:Courthouse|Court)\b/i,
  cathedral: /\bCathedral\b/i,
  church: /\b(?:Church|Chapel|Cathedral|Basilica)\b/i,
  mosque: /\bMosque\b/i,
  hospital: /\bHospital\b/i,
  school: /\bSchool\b/i,
  museum: /\bMuseum\b/i,
  theatre: /\bThea(?:tre|ter)\b/i,
  airport: /\bAirport\b/i,
  station: /\bStation\b/i,
  fairgrounds: /\bFairgrounds?\b/i,
  showground: /\bShowgrounds?\b/i,
  embassy: /\bEmbassy\b/i,
  castle: /\bCastle\b/i,
  pavilion: /\bPavilion\b/i,
  racecourse: /\bRacecourse\b/i,
  gymnasium: /\bGymnasium\b/i,
  park: /\bPark\b/i,
  market: /\bMarket\b/i,
  square: /\b(?:Square|Plaza|Praza|Piazza|Praça)\b/i,
  chamber: /\bChambers?\b/i,
  hall: /\bHall\b/i,
  university: /\bUniversity\b/i,
  campus: /\b(?:University|Campus)\b/i,
  library: /\bLibrary\b/i,
  beach: /\bBeach\b/i,
  camp: /\b[Cc]amp\b/,
};
// Words for a ground whose name seldom says what it is ("Bernardus", "Wentworth", "Marina Bay"): the one venue named.
const ANY_GROUND = /^(?:course|circuit|track|venue)$/;
const HEAD_WORDS = [...Object.keys(HEADS), 'course', 'circuit', 'track'].join('|');
// "at the arena", "at the same ground", "outside the courthouse" (the preposition is the caller's to check).
const THE_HEAD = new RegExp(String.raw`\bthe[ \u00a0]+(?:same[ \u00a0]+)?(${HEAD_WORDS}|venue)\b(?![ \u00a0]+(?:of|in|at)\b|['’-])`, 'g');

/**
 * Venues of `named` (the article's venues so far, most recent last) that the text calls by what they are: the one
 * whose name has that word, if only one has ("the arena" → "Axiata Arena"); "the same venue" → the most recent one.
 */
export function venueAnaphora(text: string, named: readonly PlaceRecord[]): Array<Mention<PlaceRecord>> {
  if (named.length === 0) return [];
  const found: Array<Mention<PlaceRecord>> = [];
  for (const m of text.matchAll(THE_HEAD)) {
    const word = (m[1] ?? '').toLowerCase();
    const head = HEADS[word];
    const same = /\bsame\b/.test(m[0]);
    // Two stadiums named: which one "the stadium" is, the text does not say.
    // ("at the course": the one venue named so far, if only one.)
    const any = !head && !same && ANY_GROUND.test(word);
    const candidates = new Set(named.filter((v) => (head ? head.test(v.name) : same || (any && v.kind === 'venue'))).map((v) => v.slug));
    if (any && candidates.size > 1) continue;
    const record = [...named].reverse().find((v) => candidates.has(v.slug));
    if (!record || (head && candidates.size > 1)) continue;
    const start = m.index + m[0].length - word.length;
    found.push({ start, end: m.index + m[0].length, surface: text.slice(start, m.index + m[0].length), record, byTitle: true });
  }
  // "… told journalists at Quinta Vigia, the seat of the regional government …" … "At a press conference on Sunday,
  // also at Quinta Vigia, he said": a venue the text found once, named again by its name alone.
  for (const v of named) {
    if (!v.found || v.name.split(' ').length < 2) continue;
    for (let at = text.indexOf(v.name); at >= 0; at = text.indexOf(v.name, at + v.name.length)) {
      const end = at + v.name.length;
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      found.push({ start: at, end, surface: v.name, record: v, byTitle: false });
    }
  }
  return found;
}
