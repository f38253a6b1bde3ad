// Transcripts and interviews: "Name: words" lines are the words of the one named.
import type { PersonRecord } from '../knowledge/types.ts';
import type { ArticlePeople } from './articlePeople.ts';
import { SPEECH_VERB } from './attributeSpeaker.ts';
import type { Gazetteer } from './gazetteer.ts';

const TRANSCRIPT_CAPS = /^((?:\p{Lu}[\p{Lu}'’.-]+)(?:\s\p{Lu}[\p{Lu}'’.-]+){0,3}):\s+\S/u;
// ("Dev Malhotra, Greystone Research: Oliver, does …": an earnings call's analyst, with the firm they speak for.)
const TRANSCRIPT_LINE =
  /^((?:\p{Lu}[\p{L}'’.-]+)(?:\s\p{Lu}[\p{L}'’.-]+){0,3})(?:,\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}'’.-]*){0,4})?:\s+\S/u;
export const FIRST_PERSON_SAYS = new RegExp(`\\b(?:I|we)\\s+(?:then\\s+|also\\s+)?${SPEECH_VERB.source}`);
const INTERVIEWER = /^(?:Q|A|QUESTION|ANSWER|Question|Answer|Interviewer|Reporter|Moderator|Host)$/;

/**
 * The speaker of a transcript line ("Witkoff: We are close.", "JARED KUSHNER: …"): someone the article or
 * the knowledge files know, or a name of two or more words. Null for interviewers' lines and anything else.
 */
export function transcriptSpeaker(text: string, ctx: { gazetteer: Gazetteer; people: ArticlePeople; date: string }): PersonRecord | null {
  const m = TRANSCRIPT_LINE.exec(text) ?? TRANSCRIPT_CAPS.exec(text);
  // "MS. BRUCE:" is Ms Bruce; "SHARM EL-SHEIKH:" is a dateline, not a speaker.
  const written = m?.[1];
  if (!written || INTERVIEWER.test(written) || ctx.gazetteer.isPlace(written) || ctx.gazetteer.placeByNameCaseless(written)) return null;
  const titled =
    written === written.toUpperCase()
      ? written.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, b: string, c: string) => b + c.toUpperCase())
      : written;
  // ("PC Ashworth:", "Cllr Byrne:": a police rank or a councillor's title is not the name either.)
  const name = titled.replace(/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|PC|DC|DS|DI|DCI|Sgt|Supt|Insp|Cllr)\.?\s+/, '');
  const listed = ctx.gazetteer.people(name, ctx.date).find((p) => p.start === 0 && p.end === name.length);
  if (listed) return listed.record;
  const known = ctx.people.resolve(name);
  if (known) return known;
  // "GILL:" after "Ravi Gill worked as …": a name the article gave, now speaking.
  const introduced = /\s/.test(name) ? null : ctx.people.promote(name);
  if (introduced) return introduced;
  // A name in capitals no one has introduced is more often a dateline ("SHARM EL-SHEIKH:") than a speaker.
  if (titled !== written) return null;
  return name.split(/\s+/).length >= 2 && !/\b(?:Update|Live|Watch|Read|Photo|Note|Editor|Analysis|Correction)\b/.test(name)
    ? ctx.people.add(name, null, 'person')
    : null;
}
