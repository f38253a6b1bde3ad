import type { PlaceRecord } from '../knowledge/types.ts';
import { findDates, type DateMention } from './findDates.ts';
import type { Gazetteer } from './gazetteer.ts';
import { slugify } from '../slugify.ts';
import { US_STATE_ABBREVIATIONS, US_STATE_CAPITALS } from '../knowledge/legislatures.ts';
import { escapeRegExp } from '../text/escapeRegExp.ts';

/** Where (and when) an article says it was filed: "KYIV, Ukraine (AP) —", "MOSCOW, Aug 6 (Reuters) -", "Brussels, 4 April:". */
export interface Dateline {
  place: PlaceRecord;
  date: DateMention | null;
  /** Length of the dateline at the start of the paragraph. */
  length: number;
}

// ("MAY 27": a month in capitals too.)
const MONTH_DAY = String.raw`(?:(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?\s+\d{1,2}|\d{1,2}\s+(?:[A-Z][a-z]{2,8}|[A-Z]{3,9}))`;
// PLACE[ (Country)][, Region][, Month Day][ (Agency)] — or : (the place in any alphabet's capitals: "HÀ NỘI —"); after an agency
// the dash may be missing ("Chennai, Jan 10 (PTI) Veteran India opener …").
const DATELINE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'’.-]*(?:[ -][\p{L}'’.-]+){0,3}?)(?:\s+\((\p{Lu}[\p{L} .'’-]{1,30})\)(?=\s*\([A-Za-z]))?(?:,\s+([A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2}))?(?:,\s+(${MONTH_DAY}))?\s*(?:\(([A-Za-z][\w .&/-]{0,30})\))?(?:\s*(?:[—–]|--?|:)\s+|(?<=\))\s+(?=\p{Lu}))`,
  'u',
);

// Wire datelines that are not a city's name: "UNITED NATIONS (AP) —" is filed from the UN's headquarters in New York.
// ("HCM CITY —": Vietnamese papers' Ho Chi Minh City.)
const DATELINE_CITY: Record<string, string> = { 'UNITED NATIONS': 'New York', 'HCM CITY': 'Ho Chi Minh City' };

/**
 * The dateline opening an article, if the words before the dash are a place: in capitals as wire copy
 * writes it, or in any case when an agency, a date or a colon marks it as a dateline.
 */
export function findDateline(text: string, refDate: string, gazetteer: Gazetteer, after = ''): Dateline | null {
  const m = DATELINE.exec(text);
  if (!m) return null;
  // ("Aire-sur-la-Lys (France) (AFP) -": AFP puts the country in brackets before the agency.)
  const [whole, name = '', bracketed, written, monthDay, agency] = m;
  const region = written ?? bracketed;
  const capitals = name === name.toUpperCase() && /\p{Lu}{3}/u.test(name);
  if (!capitals && !agency && !monthDay && !/:\s+$/.test(whole)) return null;
  const place =
    // ("BATANGAS CITY —": the gazetteer's Batangas, as "Batangas City" is everywhere.)
    gazetteer.placeByNameCaseless(DATELINE_CITY[name.trim().toUpperCase()] ?? name.trim()) ??
    (capitals ? (townOf(name.trim(), region, agency, gazetteer) ?? namedAgain(name.trim(), whole, text, after)) : null) ??
    (bracketed && agency ? townOf(name.trim(), bracketed, agency, gazetteer) : null) ??
    // ("Lucerne, Switzerland (AFP) -": a town in the country the dateline names, as an agency writes it.)
    (written && agency && !capitals ? townOf(name.trim(), written, agency, gazetteer, true) : null) ??
    // ("Gopeshwar, Aug 12 (PTI)": a day and an agency say it is a dateline, whatever the town.)
    (monthDay && agency && !capitals ? townOf(name.trim(), written, agency, gazetteer) : null);
  if (!place) return null;
  const date = monthDay
    ? (findDates(
        monthDay.replace(/\b([A-Z])([A-Z]+)\b/, (_, a: string, b: string) => a + b.toLowerCase()),
        refDate,
      )[0] ?? null)
    : null;
  return { place, date, length: whole.length };
}

// Provinces and states as datelines abbreviate them ("LA RONGE, Sask. —", "TENTERFIELD, NSW —").
const COUNTRY_OF_REGION: Record<string, string> = {
  ...Object.fromEntries(Object.keys(US_STATE_ABBREVIATIONS).map((a) => [a, 'United States'])),
  ...Object.fromEntries(Object.keys(US_STATE_CAPITALS).map((s) => [s, 'United States'])),
  ...Object.fromEntries(
    ['Alta.', 'B.C.', 'Man.', 'N.B.', 'N.L.', 'N.S.', 'Ont.', 'P.E.I.', 'Que.', 'Sask.', 'Y.T.', 'N.W.T.', 'Nunavut'].map((a) => [
      a,
      'Canada',
    ]),
  ),
  ...Object.fromEntries(['NSW', 'Qld', 'Vic', 'Tas', 'WA', 'SA', 'NT', 'ACT'].map((a) => [a, 'Australia'])),
};

/**
 * A town too small for the gazetteer, in a wire dateline that says where it is ("LA RONGE, Sask. —",
 * "CHOSICA, Peru (EFE) —"): a place found in the text, in that country.
 */
function townOf(
  name: string,
  region: string | undefined,
  agency: string | undefined,
  gazetteer: Gazetteer,
  /** Only with the region a country or a state's abbreviation. */
  inCountry = false,
): PlaceRecord | null {
  const regionPlace = region ? gazetteer.placeByNameCaseless(region) : null;
  const country = region ? (COUNTRY_OF_REGION[region] ?? (regionPlace?.kind === 'country' ? regionPlace.name : undefined)) : undefined;
  if (!country && (!agency || inCountry)) return null;
  // (A name written in capitals is cased as a name; one written as a name keeps its case: "Aire-sur-la-Lys".)
  const title = name === name.toUpperCase() ? titleCase(name) : name;
  return { name: title, slug: slugify(title), kind: 'city', parent: country ?? null, aliases: [], scene: false, found: true };
}

/**
 * "BINT JBEIL — Two men were killed … on the road between Bint Jbeil and Aynata": a town in capitals before a dash, with
 * no region or agency to say where it is, that the opening then names as a place ("Bint Jbeil").
 */
function namedAgain(name: string, whole: string, text: string, after: string): PlaceRecord | null {
  if (!/[—–]\s+$/.test(whole) || name.split(' ').length > 3 || NOT_A_DATELINE.test(name)) return null;
  const title = titleCase(name);
  const again = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(title)}(?![\p{L}])`, 'u').test(text.slice(whole.length));
  // ("UNION — Chainsaws started … ¶ … touched down west of Union": or later, as a place.)
  const asPlace = new RegExp(String.raw`\b(?:in|of|at|from|near|outside|to)\s+${escapeRegExp(title)}(?![\p{L}])`, 'u');
  if (!again && !asPlace.test(after)) return null;
  return { name: title, slug: slugify(title), kind: 'city', parent: null, aliases: [], scene: false, found: true };
}

// What a paper puts in capitals before a dash that is not where it filed from.
const NOT_A_DATELINE =
  /^(?:BREAKING|UPDATE|UPDATED|EXCLUSIVE|ANALYSIS|LIVE|WATCH|OPINION|EDITORIAL|CORRECTION|URGENT|FLASH|ALERT|COMMENT|REVIEW|INTERVIEW|FEATURE|NEWS|SPORT|EXPLAINER|FACT CHECK)\b/;

/** "BINT JBEIL" → "Bint Jbeil", "LA RONGE" → "La Ronge": a dateline's capitals as a name is written. */
const titleCase = (name: string) => name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, b: string, c: string) => b + c.toUpperCase());
