// What reading one article keeps between its paragraphs and sentences: a context with the lifetime of one
// article's extraction, and the small helpers the stages that read it share.
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { subDays } from 'date-fns/subDays';
import type { Knowledge, PersonRecord, PlaceRecord } from '../knowledge/types.ts';
import { ref } from '../ref.ts';
import type { DatePrecision, Entry, ParsedArticle, Ref } from '../types.ts';
import type { ArticlePeople } from './articlePeople.ts';
import type { Home } from './findChambers.ts';
import type { DateMention } from './findDates.ts';
import type { PlaceMode } from './findPlace.ts';
import type { Gazetteer } from './gazetteer.ts';
import { isCaption } from './isCaption.ts';
import type { PlaceMemory } from './placeMemory.ts';
import type { When } from './whenSaid.ts';
import { saidRemotely, toAnOutlet, TOLD_THERE } from './whereSaid.ts';
import { escapeRegExp } from '../text/escapeRegExp.ts';

/** An occasion the text named with its past day, for a later "the meeting". */
export interface Occasion {
  date: string;
  place: Ref | null;
  prose: number;
  /** Whether people gathered at it, named as a thing ("held a news conference"), not a verb ("have been meeting"). */
  gathering?: boolean;
  /** The paragraph that first named it on that day. */
  since: number;
}

/** A document the text says someone issued, the paragraph that says so, and the day, if that sentence gives one. */
export interface IssuedDocument {
  record: PersonRecord;
  prose: number;
  when: When | null;
  /** Named in a sentence that quotes its issuer: its words are only those a paragraph then opens with. */
  quoted?: true;
}

/** Which rules gave a quote entry its speaker and its place, for measuring each rule's precision. */
export interface EntryTrace {
  speaker: string | null;
  place: string | null;
}

export interface Context {
  article: ParsedArticle;
  /** "told Dawn" in an article from Dawn: the article's own outlet told (see toldTheSource). */
  toldSource: RegExp | null;
  /** For measuring: which rules gave each quote entry its speaker and place (absent in builds). */
  trace?: Map<Entry, EntryTrace>;
  knowledge: Knowledge;
  gazetteer: Gazetteer;
  /** Subjects of the section's recent sentences, most recent last (for pronouns). */
  subjects: PersonRecord[];
  /** Last quote entry of the section: quote-only sentences continue it. */
  lastQuote: Entry | null;
  /** Where each speaker was placed: "he said" two paragraphs on is still in Antalya. */
  places: PlaceMemory;
  /** Index of the paragraph being read. */
  paragraph: number;
  /** Count of prose paragraphs read (not headings or photo captions): "the paragraph before" in this count. */
  prose: number;
  /** The last sentence of the section that dated something its subject did ("In a Cabinet meeting this week, Trump …"). */
  /** The day the text last put someone on, and in which prose paragraph. */
  lastDated: { slug: string; date: string; precision: DatePrecision; prose?: number } | null;
  /** A day this paragraph gave its subject's doing ("X dismissed the demand on Tuesday."): their words next in the paragraph were said then. */
  datedHere: { slug: string; date: string; precision: DatePrecision; prose: number; spoke: boolean } | null;
  /** The subject of the last sentence that quoted no one, with where that sentence ended ("Popescu laughs at that."). */
  proseSubject: {
    record: PersonRecord;
    prose: number;
    end: number;
    last: boolean;
    /** Whom the sentence has the subject ask something ("The judge also asked X whether …"): who answers next. */
    asked: PersonRecord | null;
    /** The pronoun's gender when the one asked is a pronoun ("… asked her how she would …"): she answers, not the asker. */
    askedPronoun?: 'he' | 'she' | null;
  } | null;
  /** The last one a sentence had someone ask or press ("X pressed Ms Tarrant on why …"), for a reply a question later. */
  lastAsked: { record: PersonRecord; prose: number } | null;
  /**
   * An interview's exchange: someone asked the one quoted in the paragraph before a short question ("“So you can't rule
   * it out?” Mr Nevin asked."); a paragraph that is only a quotation next is the answer, or the next question.
   */
  exchange: { asker: PersonRecord; answerer: PersonRecord; prose: number } | null;
  /** The one person a body's sentence says it spoke to ("Radio Prague spoke to X at …"): whom "he" next may mean. */
  spokeTo: { record: PersonRecord; prose: number; end: number } | null;
  /** A name-shaped run no proof has made a person's yet, opening the last sentence ("Brahim Ouchen has dug wells …"). */
  proseCandidate: { name: string; prose: number; end: number; last: boolean } | null;
  /** The last day the text outside quotations named ("On Tuesday morning …"), for a later "that morning". */
  lastDay: string | null;
  /** The latest day the text has had words said on, by its own account ("said in a statement on Tuesday"). */
  latestSaid: string | null;
  /** The paragraph where someone unnamed last spoke ("A diplomat, who asked not to be named, said …"), if no one named has since. */
  anonymous: { prose: number } | null;
  /** The day a paragraph's short opening sentence gave ("Zamalek responded on Monday."), for the rest of that paragraph. */
  topicDay: { date: string; prose: number } | null;
  /** The day a paragraph without words of its own set its scene on ("Parents outside the school on Friday were split."). */
  sceneBefore: { date: string; prose: number } | null;
  /** Occasions the text named with their past day ("a session on Tuesday"), by noun, for a later "told the session". */
  occasions: Map<string, Occasion>;
  /** The day the text first stated each person speaking on, by slug ("Addressing the convention on Wednesday, X said"). */
  spokeOn: Map<string, When>;
  /** Whether the last quote's date was stated (not the article's date by default). */
  lastQuoteDated: boolean;
  /** Paragraph of the last quote entry. */
  lastQuoteParagraph: number;
  /** The day a quote-less scene sentence stated after its fronted place ("At the depot this morning, drivers …"). */
  sceneDay: { date: string; prose: number } | null;
  /** The last one the section reports as saying something ("X said that …", "X told reporters:"), and in which paragraph. */
  lastSayer: {
    record: PersonRecord;
    paragraph: number;
    when: When;
    dated: boolean;
    remote: boolean;
    written: boolean;
    /** Told a newspaper or a broadcaster ("speaking to the Glasgow Times after the vote"). */
    toOutlet: boolean;
    /** Told by phone, in an interview, an email or a message ("told Reuters by phone"). */
    byPhone: boolean;
    /** Whether the sentence says where they were ("by video link from Port Sudan"). */
    placed: boolean;
    /** Told at the story's occasion ("after the vote", "on the sidelines of the ceremony"). */
    atOccasion: boolean;
  } | null;
  /** Quote entries whose words were written, posted or told elsewhere: the article's scene or dateline does not place them. */
  remote: WeakSet<Entry>;
  /** Known people the article names (not only by a title): only they can be "the president". */
  named: {
    has(slug: string): boolean;
    /** Whether the article names them in full somewhere (a name of two words or more, or a title and their surname). */
    inFull(slug: string): boolean;
  };
  /** The article's text outside headings, read once. */
  text: string;
  /** Venues found in the text (no gazetteer lists them), by slug. */
  foundPlaces: Map<string, PlaceRecord>;
  /**
   * Documents and who issued them, by their noun ("statement", "report"): "a report from Europol" and "Europol said in a
   * report" make "the report said" Europol's words.
   */
  documents: Map<string, IssuedDocument>;
  /** The last document the text named with its issuer after it ("in an email from chief executive X"). */
  lastDocument: IssuedDocument | null;
  /** People and bodies the article introduces that the knowledge files do not list. */
  people: ArticlePeople;
  /** Where a stretch of text puts something (findPlace), never at a name the article uses for a person. */
  placeIn: (text: string, mode?: PlaceMode) => PlaceRecord | null;
  /** Where the article is: what "parliament" or "the state Capitol" means in it. */
  home: Home;
  /** The last time the paragraph before named: "…,” she told the paper at the time." */
  lastTime: DateMention | null;
  /** The venue a sentence quoting no one put its people at, with its paragraph and day. */
  /** Where the sentences before set the scene; `reach`: for how many paragraphs it holds. */
  scene: { place: Ref; prose: number; day: string; reach?: number } | null;
  /**
   * The day the story happened when the opening says it was a day or three before publication ("talks on
   * Friday" in Saturday's paper): words the article does not date otherwise were said then.
   */
  sceneDate: When | null;
  /**
   * The day the opening, its dateline aside, says the story happened ("BRASILIA, Oct 8 (Reuters) - Brazil's Senate
   * approved late on Tuesday …"): the day of "the debate", "the session" the text names without a day of its own.
   */
  openingDay: When | null;
  /**
   * A story told day by day ("On Tuesday, the petitioner's counsel …" … "On Wednesday, lawyers for the commission …"):
   * the day the last paragraph opening on a day named, for the undated words after it.
   */
  storyDay: { dayByDay: boolean; day: When | null };

  /** Where the article was filed, from a dateline opening its first paragraph (its place, day, paragraph and length). */
  dateline: { place: PlaceRecord; date: DateMention | null; paragraph: number; length: number } | null;
}

export function placeRef(place: PlaceRecord | null): Ref | null {
  return place ? ref(place) : null;
}

/** Whether an entry's words were said where they were reported (not written, posted or told to someone elsewhere). */
export function saidHere(e: Entry, ctx: Context): boolean {
  return !toldElsewhere(e.text, ctx) && !ctx.remote.has(e);
}

/** Whether a sentence says its words were written, posted or told elsewhere ("told Lisle": the article's people are in the room). */
export function toldElsewhere(sentence: string, ctx: Context): boolean {
  return saidRemotely(sentence, (name) => ctx.people.knows(name)) || toldTheSource(sentence, ctx);
}

/** Whether a sentence says its words were told a paper or a broadcaster: one a list names, or the article's own. */
export function toldAnOutlet(sentence: string, ctx: Context): boolean {
  return toAnOutlet(sentence) || toldTheSource(sentence, ctx);
}

/** "told Dawn", "told The Hindu", "speaking to the ABC": words told the paper that reports them, which no list names. */
export function toldTheSource(sentence: string, ctx: Context): boolean {
  const outside = sentence.replace(/“[^”]*”|"[^"]*"/g, ' ');
  return ctx.toldSource !== null && ctx.toldSource.test(outside) && !TOLD_THERE.test(outside);
}

/** The words that say something was told the article's own outlet ("told Dawn"), from its source's name; null if too short. */
export function toldSourcePattern(source: string): RegExp | null {
  const name = source
    .replace(/^the\s+/i, '')
    .replace(/\s+(?:News|Online|Digital)$/i, '')
    .trim();
  if (name.length < 3) return null;
  const escaped = escapeRegExp(name);
  return new RegExp(String.raw`\b(?:told|telling|(?:speaking|spoke|talking)\s+to)\s+(?:the\s+|The\s+)?${escaped}(?![\p{L}])`, 'u');
}

/** A day up to a few before publication: a story's own day, not its background ("on December 22 last year"). */
export const recent = (day: string, published: string, days = 3) =>
  day.length === 10 && day <= published && day >= format(subDays(parseISO(published), days), 'yyyy-MM-dd');

// "AHMEDABAD" on a line of its own above the first paragraph, as Indian papers print the dateline.
// ("KATHMANDU, MAY 27": with the day it was filed, as South Asian papers print it.)
const BARE_DATELINE = /^[A-Z][A-Z .'’-]{2,30}(?:,\s+(?:[A-Z][A-Za-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][A-Za-z]{2,8}))?$/;
// "By Emeka Chidozie in Abuja", "From Ahmed Musa in Kano": a byline that says where the story was filed, as Nigerian
// papers print it.
const BYLINE_FROM = /^(?:By|From)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}in\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\.?$/u;
const isDatelineLine = (text: string) => BARE_DATELINE.test(text.trim()) || BYLINE_FROM.test(text.trim());

/** The article's first paragraph of text (not a caption, not a dateline printed on a line of its own), and its index. */
function firstParagraph(article: ParsedArticle): number {
  const isText = (p: ParsedArticle['paragraphs'][number]) => p.kind === 'paragraph' && !isCaption(p.text);
  const first = article.paragraphs.findIndex(isText);
  if (first < 0 || !isDatelineLine(article.paragraphs[first]?.text ?? '')) return first;
  const next = article.paragraphs.findIndex((p, i) => i > first && isText(p));
  return next >= 0 ? next : first;
}

/** The article's opening paragraph, unless it is in a live post: where a dateline and the story's day are read. */
export function openingParagraph(article: ParsedArticle): { index: number; text: string } | null {
  const index = firstParagraph(article);
  const paragraph = article.paragraphs[index];
  return index >= 0 && paragraph?.post === null ? { index, text: paragraph.text } : null;
}

/** A dateline printed on a line of its own above the opening ("AHMEDABAD"), as a wire dateline would open it. */
export function bareDatelineBefore(article: ParsedArticle, opening: { index: number }): string | null {
  const before = article.paragraphs.slice(0, opening.index).filter((p) => p.kind === 'paragraph' && !isCaption(p.text));
  const line = before.length === 1 ? (before[0]?.text.trim() ?? '') : '';
  const filedIn = BYLINE_FROM.exec(line)?.[1];
  if (filedIn) return `${filedIn.toUpperCase()} — `;
  return BARE_DATELINE.test(line) ? `${line} — ` : null;
}
