import { normaliseWords } from '../../src/extract/normaliseWords.ts';
import type { Knowledge } from '../../src/knowledge/types.ts';
import { slugify } from '../../src/slugify.ts';
import { CHAMBERS, PROVINCES, SEATS, provinceChamberNames } from '../../src/knowledge/legislatures.ts';
import { gazetteerFor } from '../../src/extract/gazetteer.ts';
import { demonymOf, isDemonym } from '../../src/extract/demonyms.ts';
import type { Entry } from '../../src/types.ts';

export interface GoldQuote {
  quote: string;
  speaker: string | null;
  /** Null where the text gives no date for the words: not scored. */
  date: string | null;
  place: string | null;
  occurrences?: number;
  note?: string;
}

export interface GoldEvent {
  text: string;
  match: string;
  date: string;
  place: string | null;
}

/** A sentence of reported speech (speaker set), or of the reporter's own prose about someone (speaker null). */
export interface GoldReported {
  /** A verbatim fragment of the sentence, unique in the text. */
  match: string;
  speaker: string | null;
  note?: string;
}

export interface GoldFile {
  /** Seeds: the seed file. */
  seed?: string;
  /** Other corpora: the page folder or fixture file name. */
  article?: string;
  published: string;
  source?: string;
  quotes: GoldQuote[];
  events?: GoldEvent[];
  reported?: GoldReported[];
}

export interface Miss {
  kind: 'quote' | 'speaker' | 'date' | 'place' | 'event' | 'reported';
  gold: string;
  expected: string | null;
  got: string | null;
}

export interface Score {
  quotes: number;
  found: number;
  speakerRight: number;
  /** Found quotes given a speaker (right or wrong). */
  attributed: number;
  /** Found quotes given their right (not null) speaker: precision is this / attributed. */
  speakerRightAttributed: number;
  /** Found quotes given someone other than the gold speaker (not null, not right). */
  speakerWrong: number;
  /** Reported-speech and prose sentences annotated; those scored right; those given a wrong speaker. */
  reported: number;
  reportedRight: number;
  reportedAttributed: number;
  /** Reported sentences given their right (not null) speaker: precision is this / reportedAttributed. */
  reportedRightAttributed: number;
  reportedWrong: number;
  events: number;
  eventsFound: number;
  dated: number;
  dateRight: number;
  placed: number;
  placeRight: number;
  misses: Miss[];
}

const words = (s: string) => ` ${normaliseWords(s).join(' ')} `;

/** Gold names ("Marco Rubio", "Kremlin", "Oval Office") → the slugs the knowledge files give them. */
function resolver(items: Array<{ name: string; slug: string; aliases: string[] }>) {
  const bySurface = new Map<string, string>();
  for (const item of items) for (const s of [item.name, ...item.aliases]) bySurface.set(s.toLowerCase(), item.slug);
  // "Sir Andrew Neville", "Dr Ama Mensah": an honorific is not part of the name the site files a person under.
  // (A ruler's or a royal's title too, and a pilgrim's honorific, before a name of two words or more: "Sultan Idris
  // Mahmud Shah", "Prince Abdul Hafiz", "Haji Zulkifli Ahmad"; "Emir Hodžić" is a given name.)
  const plain = (name: string) =>
    name
      .replace(/^(?:Sir|Dame|Dr\.?|Prof\.?|Professor)\s+/, '')
      .replace(/^(?:Sheikh|Sultan|Emir|Prince|Princess|Haji|Hajjah|Hajah|Alhaji)\s+(?=\S+\s+\S)/, '');
  return (name: string | null) => (name === null ? null : (bySurface.get(name.toLowerCase()) ?? slugify(plain(name))));
}

type Count = Exclude<keyof Score, 'misses'>;
interface SpeakerCounts {
  right: Count;
  attributed: Count;
  rightAttributed: Count;
  wrong: Count;
}
const QUOTE_COUNTS: SpeakerCounts = {
  right: 'speakerRight',
  attributed: 'attributed',
  rightAttributed: 'speakerRightAttributed',
  wrong: 'speakerWrong',
};
const REPORTED_COUNTS: SpeakerCounts = {
  right: 'reportedRight',
  attributed: 'reportedAttributed',
  rightAttributed: 'reportedRightAttributed',
  wrong: 'reportedWrong',
};

const BODY_SLUG =
  /(?:^|-)(?:ministry|department|government|office|agency|center|centre|service|commission|council|authority|police|army|bureau|institute)(?:-|$)/;

/**
 * The same body: the gold names a ministry as the article does ("Interior Ministry"), the site with the country
 * the article's words give it ("Georgian Interior Ministry"), so that one country's ministry is not filed with another's.
 */
function sameBody(got: string, want: string): boolean {
  // ("Ministry of Justice", as the article writes it, is the site's "Taiwanese Justice Ministry".)
  const ministryOf = /^ministry-of-([a-z-]+)$/.exec(want);
  const field = ministryOf ? `-${ministryOf[1]}-ministry` : null;
  if (field && got.endsWith(field) && isAdjectiveSlug(got.slice(0, -field.length))) return true;
  // ("Samsung Electronics Co.", as Yonhap writes it, is the gold's "Samsung Electronics".)
  if (/-(?:co|ltd|inc|corp|plc|llc)$/.test(got) && got.replace(/-(?:co|ltd|inc|corp|plc|llc)$/, '') === want) return true;
  if (!BODY_SLUG.test(want)) return false;
  // ("Kenya's Foreign Ministry" and "Malawi finance ministry", as articles write them, are the site's "Kenyan Foreign
  // Ministry" and "Malawian Finance Ministry".)
  for (const country of [/^([a-z]+)s-(.+)$/.exec(want), /^([a-z]+)-(.+)$/.exec(want)]) {
    const adjective = country ? demonymOf(capitalised(country[1] ?? '')) : null;
    if (country && adjective && got === `${slugify(adjective)}-${country[2]}`) return true;
  }
  return got.endsWith(`-${want}`) && isAdjectiveSlug(got.slice(0, -want.length - 1));
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
/** A slug of one word that is a country's adjective ("georgian"). */
const isAdjectiveSlug = (slug: string) => !slug.includes('-') && isDemonym(capitalised(slug));

/** Counts one speaker given (`got`) against the gold's (`want`): right, given at all, right and given, wrong. Whether it was right. */
function countSpeaker(score: Score, counts: SpeakerCounts, got: string | null, want: string | null): boolean {
  if (got !== null) score[counts.attributed]++;
  if (got === want || (got !== null && want !== null && sameBody(got, want))) {
    score[counts.right]++;
    if (got !== null) score[counts.rightAttributed]++;
    return true;
  }
  if (got !== null) score[counts.wrong]++;
  return false;
}

/**
 * A legislature the gold names otherwise than the gazetteer does: by an alias ("Scottish Parliament" for Holyrood), or
 * by the shorter name the article's country gives it ("National Assembly" for the National Assembly of Korea).
 */
function sameChamber(got: string | null, want: string | null): boolean {
  const provinces = Object.entries(PROVINCES).map(([name, p]) => ({ name: p.chamber, aliases: provinceChamberNames(name, p) }));
  const chamber = got === null || want === null ? undefined : [...CHAMBERS, ...SEATS, ...provinces].find((c) => c.name === got);
  if (!chamber || want === null) return false;
  const w = want.toLowerCase();
  // "Government Palace (Lima)": the name a country makes unique, with its city.
  const names = [chamber.name, ...chamber.aliases].map((n) => n.toLowerCase().replace(/ \(.*\)$/, ''));
  return names.some((n) => n === w || n.startsWith(`${w} of `) || n.endsWith(` ${w}`));
}

/** "Batangas City", as the article writes it, is the gazetteer's city "Batangas" (GeoNames drops the word). */
const sameCity = (got: string | null, want: string | null): boolean => got !== null && want !== null && want === `${got} City`;

/** "the state Capitol", as a US state's article writes it, is that state's ("Pennsylvania State Capitol"). */
const sameStateCapitol = (got: string | null, want: string | null): boolean =>
  got !== null && want !== null && /^state capitol$/i.test(want) && / State Capitol$/.test(got);

/** The entry's date in the gold notation: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `week:YYYY-MM-DD`. */
const goldDate = (e: Entry) => (e.precision === 'week' ? `week:${e.date}` : e.date);

/**
 * Scores extracted entries against a hand-made gold standard for one article.
 * A gold quote is found when an entry's quote contains its words (or covers most of them);
 * a place counts as right when the entry names the gold place or a place inside it.
 */
/** `judged`, for measuring: told each found quote's entry and whether its speaker was right. */
export function scoreArticle(
  gold: GoldFile,
  entries: Entry[],
  knowledge: Knowledge,
  judged?: (entry: Entry, right: boolean) => void,
): Score {
  const person = resolver(knowledge.people);
  const place = resolver(knowledge.places);
  const parentOf = new Map(knowledge.places.map((p) => [p.slug, p.parent ? slugify(p.parent) : null]));
  const within = (slug: string | null, goldSlug: string | null): boolean => {
    for (let s = slug, depth = 0; s && depth < 10; s = parentOf.get(s) ?? null, depth++) if (s === goldSlug) return true;
    return slug === goldSlug;
  };
  // … or inside it as the world gazetteer has it ("Holyrood" is in Edinburgh, Kyiv in Ukraine).
  const gazetteer = gazetteerFor(knowledge);
  const inWorld = (name: string | null, goldSlug: string | null): boolean => {
    for (let p = name ? gazetteer.placeByName.get(name) : undefined, depth = 0; p && depth < 10; depth++) {
      if (p.slug === goldSlug || within(p.slug, goldSlug)) return true;
      p = p.parent ? gazetteer.placeByName.get(p.parent) : undefined;
    }
    return false;
  };
  const score: Score = { ...emptyScore(), misses: [] };
  const quoteEntries = entries.filter((e) => e.quote).map((e) => ({ e, w: words(e.quote ?? '') }));

  const judge = (label: string, e: Entry, g: { date: string | null; place: string | null }) => {
    if (g.date !== null) {
      score.dated++;
      if (goldDate(e) === g.date) score.dateRight++;
      else score.misses.push({ kind: 'date', gold: label, expected: g.date, got: goldDate(e) });
    }
    score.placed++;
    // "Kharkiv and Sumy": either is right. ("Perth Convention and Exhibition Centre": one name, whole.)
    // ("the Grand Hyatt hotel": a venue's name with the lower-case word for what it is is the venue.)
    const named = g.place?.replace(
      /(?<=\p{Lu}[\p{L}'’.-]*)\s+(?:hotel|stadium|arena|hospital|airport|church|mosque|temple|palace|hall|theatre|theater|centre|center|market|park|club|school|university|court|courthouse|station)$/u,
      '',
    );
    const wanted =
      g.place === null
        ? [null]
        : [g.place, ...(named && named !== g.place ? [named] : []), ...(/\s+and\s+/.test(g.place) ? g.place.split(/\s+and\s+/) : [])].map(
            place,
          );
    const right = (want: string | null) => within(e.place?.slug ?? null, want) || inWorld(e.place?.name ?? null, want);
    if (
      wanted.some(right) ||
      sameChamber(e.place?.name ?? null, g.place) ||
      sameStateCapitol(e.place?.name ?? null, g.place) ||
      sameCity(e.place?.name ?? null, g.place)
    )
      score.placeRight++;
    else score.misses.push({ kind: 'place', gold: label, expected: g.place, got: e.place?.name ?? null });
  };

  for (const g of gold.quotes) {
    score.quotes++;
    const gw = words(g.quote);
    const gCount = normaliseWords(g.quote).length;
    // The closest fit: the entry containing the gold words with the fewest others ("very angry" said
    // on 30 March, not "pissed off … very angry"), else an entry covering most of the gold words.
    const hit =
      quoteEntries.filter(({ w }) => w.includes(gw)).sort((a, b) => a.w.length - b.w.length)[0] ??
      quoteEntries.find(({ w }) => gw.includes(w) && normaliseWords(w).length >= Math.max(2, gCount * 0.6));
    if (!hit) {
      score.misses.push({ kind: 'quote', gold: g.quote, expected: g.speaker, got: null });
      continue;
    }
    score.found++;
    const want = person(g.speaker);
    const rightSpeaker = countSpeaker(score, QUOTE_COUNTS, hit.e.speaker?.slug ?? null, want);
    judged?.(hit.e, rightSpeaker);
    if (!rightSpeaker) score.misses.push({ kind: 'speaker', gold: g.quote, expected: g.speaker, got: hit.e.speaker?.name ?? null });
    judge(g.quote, hit.e, g);
  }

  // Reported speech: the entry made from the sentence carries its speaker; prose about someone carries none.
  for (const g of gold.reported ?? []) {
    score.reported++;
    const mw = words(g.match);
    const said = entries.filter((e) => !e.quote && words(e.text).includes(mw) && e.speaker);
    const want = person(g.speaker);
    const got = said.find((e) => e.speaker?.slug === want) ?? said[0];
    if (!countSpeaker(score, REPORTED_COUNTS, got?.speaker?.slug ?? null, want)) {
      score.misses.push({ kind: 'reported', gold: g.match, expected: g.speaker, got: got?.speaker?.name ?? null });
    }
  }

  // A sentence naming several times yields one entry per time; each gold event pairs with one entry,
  // the one for its date where there is one.
  const used = new Set<Entry>();
  for (const g of gold.events ?? []) {
    score.events++;
    const mw = words(g.match);
    const candidates = entries.filter((e) => !used.has(e) && words(e.text).includes(mw));
    const hit = candidates.find((e) => goldDate(e) === g.date) ?? candidates[0];
    if (hit) used.add(hit);
    if (!hit) {
      score.misses.push({ kind: 'event', gold: g.match, expected: g.date, got: null });
      continue;
    }
    score.eventsFound++;
    judge(g.match, hit, g);
  }
  return score;
}

const COUNTS = [
  'quotes',
  'found',
  'speakerRight',
  'attributed',
  'speakerRightAttributed',
  'speakerWrong',
  'reported',
  'reportedRight',
  'reportedAttributed',
  'reportedRightAttributed',
  'reportedWrong',
  'events',
  'eventsFound',
  'dated',
  'dateRight',
  'placed',
  'placeRight',
] as const;

function emptyScore(): Omit<Score, 'misses'> {
  return Object.fromEntries(COUNTS.map((k) => [k, 0])) as Omit<Score, 'misses'>;
}

export function addScores(scores: Score[]): Score {
  const total: Score = { ...emptyScore(), misses: [] };
  for (const s of scores) {
    for (const k of COUNTS) total[k] += s[k];
    total.misses.push(...s.misses);
  }
  return total;
}

export const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
