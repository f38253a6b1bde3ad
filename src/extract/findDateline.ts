import type { PlaceRecord } from '../knowledge/types.ts';
import { findDates, type DateMention } from './findDates.ts';
import type { Gazetteer } from './gazetteer.ts';

/** Where (and when) an article says it was filed: "KYIV, Ukraine (AP) —", "MOSCOW, Aug 6 (Reuters) -", "Brussels, 4 April:". */
export interface Dateline {
  place: PlaceRecord;
  date: DateMention | null;
  /** Length of the dateline at the start of the paragraph. */
  length: number;
}

const MONTH_DAY = String.raw`(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})`;
// PLACE[, Region][, Month Day][ (Agency)] — or :
const DATELINE = new RegExp(
  String.raw`^([A-Z][A-Za-z'’.-]*(?:[ -][A-Za-z'’.-]+){0,3}?)(?:,\s+([A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2}))?(?:,\s+(${MONTH_DAY}))?\s*(?:\(([A-Za-z][\w .&/-]{0,30})\))?\s*(?:[—–]|--?|:)\s+`,
);

// Wire datelines that are not a city's name: "UNITED NATIONS (AP) —" is filed from the UN's headquarters in New York.
const DATELINE_CITY: Record<string, string> = { 'UNITED NATIONS': 'New York' };

/**
 * The dateline opening an article, if the words before the dash are a place: in capitals as wire copy
 * writes it, or in any case when an agency, a date or a colon marks it as a dateline.
 */
export function findDateline(text: string, refDate: string, gazetteer: Gazetteer): Dateline | null {
  const m = DATELINE.exec(text);
  if (!m) return null;
  const [whole, name = '', , monthDay, agency] = m;
  const capitals = name === name.toUpperCase() && /[A-Z]{3}/.test(name);
  if (!capitals && !agency && !monthDay && !/:\s+$/.test(whole)) return null;
  const place = gazetteer.placeByNameCaseless(DATELINE_CITY[name.trim().toUpperCase()] ?? name.trim());
  if (!place) return null;
  const date = monthDay ? (findDates(monthDay, refDate)[0] ?? null) : null;
  return { place, date, length: whole.length };
}
