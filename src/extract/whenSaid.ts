// When words were said: the time expressions of a sentence that date the saying, and the story's day.
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import type { DatePrecision } from '../types.ts';
import { findDates, type DateMention } from './findDates.ts';

export type When = { date: string; precision: DatePrecision };

// Words cannot be reported before they are said, nor events before they happen: drop later dates.
export const inPast = (m: DateMention, refDate: string) => m.date.slice(0, Math.min(m.date.length, 10)) <= refDate;

/** The time expression nearest `near` (or the first), among those not after the reference date. */
export function pickDate<T extends When | null>(mentions: DateMention[], near: number | null, fallback: T, refDate: string): When | T {
  // "has tracked bears since 2012": the start of a span is not when anything was said.
  const past = mentions.filter((m) => inPast(m, refDate) && !/^since\b/i.test(m.surface));
  const chosen =
    near === null
      ? past[0]
      : past.reduce<DateMention | undefined>((a, b) => (!a || Math.abs(b.start - near) < Math.abs(a.start - near) ? b : a), undefined);
  return chosen ? { date: chosen.date, precision: chosen.precision } : fallback;
}

const SAID_RIGHT_BEFORE = /\b(?:said|says|say|told reporters|announced|reported|confirmed)(?:\s+(?:on|late|early))?\s*$/i;

/** How many days before publication the opening's day may be and still be the day of the story. */
const SCENE_DAYS = 3;

/** A day that names an event ("behind Sunday night's attack"), not when the story is told: it may be told a day later. */
export const namesEvent = (d: DateMention, text: string) =>
  /^(?:\s+(?:morning|afternoon|evening|night))?['’]s\b/.test(text.slice(d.end, d.end + 12));

// "since Monday", "until Friday": a day that bounds a span.
const SPAN_BOUND = /\b(?:since|until|till)(?:\s+(?:last|early|late))?\s*$/i;

/** The day the opening paragraph puts the story on, if it is a day or a few before publication. */
export function sceneDateOf(opening: string, published: string): When | null {
  // ("… that has crippled its systems since Monday": where a span began, not the day the story is told.)
  const days = findDates(opening, published).filter(
    (d) => d.precision === 'day' && !namesEvent(d, opening) && !SPAN_BOUND.test(opening.slice(Math.max(0, d.start - 12), d.start)),
  );
  // "… tore across central Vietnam on Monday and left 27 dead, officials said Tuesday": the story is told on the day it was said
  // (and on the day officials "could not say Friday" how many homes were lost).
  const told = days.find((d) => SAID_RIGHT_BEFORE.test(opening.slice(Math.max(0, d.start - 30), d.start)));
  const first = told ?? days[0];
  if (!first) return null;
  const before = differenceInCalendarDays(parseISO(published), parseISO(first.date));
  return (told ? before >= 0 : before > 0) && before <= SCENE_DAYS ? { date: first.date, precision: 'day' } : null;
}

// A verb of its own between the saying and a time after it: the time is the reported clause's.
// ("… said she discovered last year that …": a subject and its own verb in the past, too.)
const REPORTED_CLAUSE =
  /^\S+\s+(?:that\s+)?(?:[^,;:“”"]*?\b(?:had|has|have|was|were|would|could|will)\b|(?:she|he|they|we|I)\s+(?:first\s+|only\s+|had\s+)?\p{Ll}{3,}ed\b)/u;
const RELATIVE_BETWEEN = /^\S+\s+[^;:“”"]*?,\s+(?:which|who|whose)\s[^,;:“”"]*$/;
// A verb of saying, where it was posted or written, and a clock time before a day.
const SAID_AT_CLOCK =
  /^\S+\s+(?:(?:in|on|via)\s+(?:a|an|the|its|his|her|their)\s+[^,;:“”"]{0,40}?\s+)?(?:(?:shortly|just|soon)\s+)?(?:before|after|at|around|about)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)\s+(?:on\s+)?$/i;
// A verb of saying, then the document or broadcast the words were in, in words of no clause of their own.
const SAID_IN_MEDIUM =
  /^\S+\s+(?:in|on|via)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:statement|post|interview|broadcast|address|speech|letter|message|video|newsletter|podcast|email|e-mail|communiqu[eé]|remarks|tweet|blog|op-ed|column|filing|notice|bulletin|update|briefing|conference|session|appearance)\s+(?:(?:read|released|posted|issued|published|broadcast|aired|sent)\s+(?:on|by|to)\s+(?:[\w'’-]+\s+){1,3}?)?(?:(?:late|early)\s+)?(?:on\s+)?$/i;
/** How far from the verb of saying a time expression may stand and still date the saying ("said on Friday", "On Friday, X said"). */
const SAID_WHEN_WINDOW = 45;
/** A time expression this close to the start of the sentence is fronted: it sets the time of the whole sentence. */
const FRONTED_WINDOW = 30;

// A fronted clause sets the scene of the whole sentence: "Giving evidence at Dundee Sheriff Court on Monday, X said".
const FRONTED_CLAUSE =
  /^(?:\p{Lu}\p{Ll}+ing|In|At|On|After|Before|During|Outside|Inside|Earlier|Later|Late|Asked|Following|Ahead of|Speaking|When|While)\b[^,;:“”"]{0,100},/u;

/** Whether a time expression dates the saying, not something else the sentence mentions ("since coming to power in 2009"). */
export function saysWhen(d: DateMention, verbAt: number | null, sentence: { start: number; text: string }): boolean {
  if (d.start - sentence.start < FRONTED_WINDOW) return true;
  const clause = FRONTED_CLAUSE.exec(sentence.text);
  // ("Asked whether cuts would come every day until the end of August, the minister replied": the question's time.)
  const asked =
    clause &&
    /^(?:Asked|Pressed|Questioned)\b/.test(clause[0]) &&
    /\b(?:whether|if|why|how|what)\b/.test(sentence.text.slice(0, d.start - sentence.start));
  if (clause && d.start < sentence.start + clause[0].length) return !asked;
  if (verbAt === null) return false;
  // ("X said Wednesday's vote showed …": a day's event, said about later, not the day it was said.)
  if (
    d.start > verbAt &&
    /^(?:\s+(?:morning|afternoon|evening|night))?['’]s\b/.test(sentence.text.slice(d.end - sentence.start, d.end - sentence.start + 12))
  )
    return false;
  // "She moved back to Narsaq two years ago and says …": the time of the verb before "and", not of the saying.
  if (d.end <= verbAt && /^\s*,?\s*and\s+(?:now\s+|still\s+)?$/.test(sentence.text.slice(d.end - sentence.start, verbAt - sentence.start)))
    return false;
  // "… said his wife had a stroke two years ago": a time inside what was reported, not the saying's.
  if (d.start > verbAt && REPORTED_CLAUSE.test(sentence.text.slice(verbAt - sentence.start, d.start - sentence.start))) return false;
  // "He said homicides, which fell slightly in 2023, would …": a time inside a relative clause of what was reported.
  if (d.start > verbAt && RELATIVE_BETWEEN.test(sentence.text.slice(verbAt - sentence.start, d.start - sentence.start))) return false;
  if (Math.abs(d.start - verbAt) <= SAID_WHEN_WINDOW) return true;
  // ("… said in a post on Instagram shortly before 10 p.m. Friday": a clock time, then its day.)
  // ("… the government said in a statement read on state television late Monday": where the words were read out, then when.)
  const toDay = d.start > verbAt ? sentence.text.slice(verbAt - sentence.start, d.start - sentence.start) : null;
  if (toDay !== null && (SAID_AT_CLOCK.test(toDay) || SAID_IN_MEDIUM.test(toDay))) return true;
  // ("had asked last month for a life sentence, saying the fraud had caused “…”": the participle's words are the main
  // clause's, on its day.)
  if (
    d.end <= verbAt &&
    PARTICIPLE_OF_SAYING.test(sentence.text.slice(verbAt - sentence.start)) &&
    /^[^.;:“”"]*,\s*$/.test(sentence.text.slice(d.end - sentence.start, verbAt - sentence.start)) &&
    SAID_BEFORE_DAY.test(sentence.text.slice(Math.max(0, d.start - sentence.start - 30), d.start - sentence.start))
  )
    return true;
  // "X, speaking outside the school on Thursday afternoon as parents laid candles at the gate, said …": an aside that is
  // the speaking, however long, dates it.
  if (
    d.end <= verbAt &&
    SPEAKING_ASIDE_BEFORE.test(sentence.text.slice(0, d.start - sentence.start)) &&
    /^[^,;:“”"]*,\s*(?:(?:has|had|also|then|later)\s+)?$/.test(sentence.text.slice(d.end - sentence.start, verbAt - sentence.start))
  )
    return true;
  // "said at the club's Hollins Lane training ground on Friday": only where it was said comes between.
  const between = sentence.text.slice(verbAt - sentence.start, d.start - sentence.start);
  // ("described the change as “…” at a news conference at the bank's headquarters on Monday": the words, then where.)
  if (d.start > verbAt && /\bas\s+[“"]/.test(between)) {
    const quoted = between.replace(/“[^”]*”|"[^"]*"/g, 'Q');
    if (quoted.length <= SAID_WHERE_WHEN_WINDOW && CALLED_IT_THEN_WHERE.test(quoted)) return true;
  }
  // ("said Dr. Kelton Avery, health officer for the Southwest Utah Public Health Department, at a news conference in
  // Cedar City on Wednesday": a long description of the sayer, then where and when.)
  if (d.start > verbAt && d.start - verbAt <= SAYER_SET_OFF_WINDOW && SAYER_SET_OFF_BETWEEN.test(between)) return true;
  // "… the CJ told the packed courtroom as the hearing closed on Wednesday": what happened as it was said, when.
  return (
    d.start > verbAt &&
    d.start - verbAt <= SAID_WHERE_WHEN_WINDOW &&
    (PLACE_PHRASE_BETWEEN.test(between) ||
      AS_CLAUSE_BETWEEN.test(between) ||
      AUDIENCE_PLACE_BETWEEN.test(between) ||
      SAYER_SET_OFF_BETWEEN.test(between) ||
      VISIT_BETWEEN.test(between))
  );
}

// The opening of an aside about the speaking, up to a time: ", speaking outside the school ".
const SPEAKING_ASIDE_BEFORE = /,\s+(?:speaking|talking|addressing|answering|briefing|appearing)\b[^,;:.“”"]*$/;

/** How far a time may follow the verb of saying when only a place phrase comes between. */
const SAID_WHERE_WHEN_WINDOW = 100;
const PLACE_PHRASE_BETWEEN = /^\S*\s+(?:at|in|outside|inside)\s(?![^;:.“”"]*\bthat\b)[^;:.“”"]*$/;
// "told tens of thousands of supporters at Simpang Lima square on Saturday": an audience, then where it was told.
const AUDIENCE_PLACE_BETWEEN = /^(?:told|telling|addressed|addressing|briefed|briefing)\s+[^;:.,“”"]{1,60}?\s(?:at|in)\s[^;:.“”"]*$/;
const PARTICIPLE_OF_SAYING = /^(?:saying|adding|arguing|warning|noting|insisting|claiming|stressing)\b/;
// The main clause's verb of saying just before its day: "had asked last month", "told the court on Monday".
const SAID_BEFORE_DAY =
  /\b(?:said|told|asked|argued|warned|urged|called|demanded|announced|stated|wrote|testified|appealed|pleaded|insisted)\s+(?:\p{Ll}+\s+){0,3}(?:on\s+|in\s+|last\s+|earlier\s+)?$/u;
const CALLED_IT_THEN_WHERE = /^\S+\s+[^;:.“”"]{0,40}?\bas\s+Q,?\s+(?:at|in|during|to)\s[^;:.“”"]*$/;
// "said Hauwa Modu, a 35-year-old mother of five from Bulabulin, at the camp on Wednesday": the sayer and what they are,
// then where and when they said it.
/** … and how far when the sayer's description stands between. */
const SAYER_SET_OFF_WINDOW = 180;
const SAYER_SET_OFF_BETWEEN = /^\S+\s+\p{Lu}[^;:“”"]*,\s+(?:(?:at|in|outside|inside)\s[^;:.,“”"]*)?$/u;
// "… she said when this correspondent visited Chakbara on June 9": the visit is when it was said.
const VISIT_BETWEEN = /^\S*\s+when\s+[^;:.,“”"]{0,60}\bvisited\b[^;:.,“”"]*$/;
const AS_CLAUSE_BETWEEN = /^\S*\s+[^;:.,“”"]{0,40}?\bas\s+(?:the|a|an|his|her|their)\s[^;:.,“”"]*$/;

/** Past time expressions of a sentence other than the one already used, one per distinct date. */
export function otherDates(mentions: DateMention[], used: When | null, refDate: string): DateMention[] {
  const seen = new Set(used ? [used.date] : []);
  return mentions.filter((m) => inPast(m, refDate) && !seen.has(m.date) && (seen.add(m.date), true));
}
