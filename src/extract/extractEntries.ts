import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import { format } from 'date-fns/format';
import { addDays } from 'date-fns/addDays';
import { subDays } from 'date-fns/subDays';
import type { Knowledge, PersonRecord, PlaceRecord } from '../knowledge/types.ts';
import type { DatePrecision, Entry, Paragraph, ParsedArticle, Post, Ref, SpeakerRef } from '../types.ts';
import type { ContentProblem } from '../load/errors.ts';
import { postTime } from '../parse/parsePostHeading.ts';
import { ref } from '../ref.ts';
import { assignTopics } from './assignTopics.ts';
import { type Attribution, NOT_NAMED, SPEECH_VERB, SPEECH_VERB_ONCE, attributeSpeaker } from './attributeSpeaker.ts';
import { findDateline, type Dateline } from './findDateline.ts';
import { findDates, type DateMention } from './findDates.ts';
import { ArticlePeople, type FoundPerson } from './articlePeople.ts';
import { findNewPeople } from './findNewPeople.ts';
import { findAttendedPlace, findEventPlace, findPlace, sharpenByEvent } from './findPlace.ts';
import { PlaceMemory } from './placeMemory.ts';
import { countryOf, stateOf, type Home } from './findChambers.ts';
import { PROVINCES, US_STATE_ABBREVIATIONS } from '../knowledge/legislatures.ts';
import type { QuoteSpan } from './findQuotes.ts';
import { isCaption } from './isCaption.ts';
import { introducingVerb } from './introducingVerb.ts';
import { invertedSayer } from './invertedSayer.ts';
import { paragraphQuotes } from './paragraphQuotes.ts';
import { rolesOf } from './roleMentions.ts';
import { NAMED_AFTER, SPEECH_NOUN, SPEECH_VERB_OR_NOUN, sayerLeads, speechVerbFollows } from './sayers.ts';
import { FIRST_PERSON_SAYS, transcriptSpeaker } from './transcript.ts';
import { inPast, namesEvent, otherDates, pickDate, saysWhen, sceneDateOf, type When } from './whenSaid.ts';
import { demonymOf } from './demonyms.ts';
import { WEEKDAY_NAMES } from '../text/calendarNames.ts';
import { slugify } from '../slugify.ts';
import { REMOTE, speechScope, whereTheWordsSay, toAnOutlet, TOLD_THERE } from './whereSaid.ts';
import { gazetteerFor, type Gazetteer } from './gazetteer.ts';
import { findActors, RELATIVE_ASIDE, subjectOf, type Actor } from './mentions.ts';
import { normaliseWords } from './normaliseWords.ts';
import { splitSentences, type Span } from './splitSentences.ts';
import { stableId } from './stableId.ts';
import {
  bareDatelineBefore,
  openingParagraph,
  placeRef,
  recent,
  toldElsewhere,
  toldAnOutlet,
  toldSourcePattern,
  type Context,
  type EntryTrace,
  type IssuedDocument,
  type Occasion,
} from './extractContext.ts';
import { placeEntries } from './placeEntries.ts';

/** What one article yields; plain JSON, so it can be cached on disk. */
export interface ArticleExtraction {
  articleId: string;
  /** In document order. */
  entries: Entry[];
  /** People found in the text that the knowledge files do not list. */
  newPeople: FoundPerson[];
  /** Venues found in the text that no gazetteer lists, where entries are placed ("at Dundee Sheriff Court"). */
  newPlaces: PlaceRecord[];
  /** Things an editor should look at; they do not stop the build. */
  warnings: ContentProblem[];
}

/** Quotation marks around a span: the span plus one character each side (the marks). */
const withMarks = (q: QuoteSpan, length: number) => ({ start: Math.max(0, q.start - 1), end: Math.min(length, q.end + 1) });

const speakerRef = (p: PersonRecord): SpeakerRef => ({ name: p.name, slug: p.slug, kind: p.kind });

function resolvePronoun(actor: Actor, earlier: Actor[], ctx: Context, sentence: Span): PersonRecord | null {
  return resolvePronounHow(actor, earlier, ctx, sentence)[0];
}

/** The person a pronoun stands for, and the rule that found them (for measuring). */
function resolvePronounHow(actor: Actor, earlier: Actor[], ctx: Context, sentence: Span): [PersonRecord | null, string] {
  // ("“…,” he told Marinova.": whom the words were told to is not who told them.)
  const hearers = new Set(
    earlier
      .filter(
        (a) => a.start >= actor.end && a.record && TOLD_TO.test(sentence.text.slice(actor.end - sentence.start, a.start - sentence.start)),
      )
      .map((a) => a.record?.slug),
  );
  const fits = (p: PersonRecord | null): p is PersonRecord =>
    p !== null && p.kind === 'person' && (p.gender === null || p.gender === actor.pronoun) && !hearers.has(p.slug);
  // Someone named earlier in the same sentence ("Mr Zelensky hoped when he accused …") …
  // (Not the one who asks: "Asked by Green lawmaker Anja Reuter whether …, she answered".)
  const asker = (a: Actor) => ASKED_BY.test(sentence.text.slice(Math.max(0, a.start - sentence.start - 60), a.start - sentence.start));
  const inSentence = earlier.filter((a) => a.end <= actor.start && !a.possessive && !a.object && fits(a.record) && !asker(a)).pop();
  if (inSentence?.record) return [inSentence.record, 'in-sentence'];
  // "… days after US President X, speaking at …, urged Britain to stop building turbines, which he called “…”": in a
  // relative clause, the one person the sentence named before it, even after a preposition.
  const relative = /\b(?:which|whom)\s+$/i.test(sentence.text.slice(0, actor.start - sentence.start));
  const named = relative ? earlier.filter((a) => a.end <= actor.start && !a.possessive && !a.pronoun && a.record?.kind === 'person') : [];
  if (named.length === 1 && fits(named[0]?.record ?? null)) return [named[0]?.record ?? null, 'relative'];
  const asking = earlier.find((a) => a.end <= actor.start && asker(a));
  if (asking && asking.record === ctx.subjects.at(-1)) return [null, 'asker'];
  // "Varga's run had caught the eye on Thursday, when she beat …": the one whose thing opens the sentence (not "Trump's
  // envoy said he …": another person).
  const owner = earlier.find((a) => a.possessive && a.start - sentence.start <= 1 && a.end <= actor.start && fits(a.record));
  if (
    owner?.record &&
    !OWNED_PERSON.test(sentence.text.slice(owner.end - sentence.start)) &&
    // ("Kessler's anger boiled over when a Cerretani backhand that he believed …": a name that describes a thing is not meant.)
    !earlier.some((a) => a !== owner && a.end <= actor.start && fits(a.record) && !(a.possessive && a.start > owner.end))
  )
    return [owner.record, 'owner'];
  // "… a Scottish Government spokesman said …, which he described as “…”": the spokesman, who speaks for the body.
  const body = earlier.filter((a) => a.end <= actor.start && !a.object && a.record?.kind === 'organisation').pop();
  const spokes = body ? SPOKES_AFTER.exec(sentence.text.slice(body.end - sentence.start, body.end - sentence.start + 16))?.[1] : undefined;
  if (body?.record && spokes && (spokes === 'person' || (spokes === 'man') === (actor.pronoun === 'he')))
    return [body.record, 'spokes-body'];
  // "When I showed my first plan to Liu Guoqiang, …, he said": with "I" the one acting, the one acted on may be meant.
  const before = sentence.text.slice(0, actor.start - sentence.start);
  if (FIRST_PERSON.test(before) && earlier.some((a) => a.end <= actor.start && a.object && fits(a.record))) return [null, 'first-person'];
  // "A buyer for an Egyptian packer, who asked not to be named, said … ¶ “…,” he told Business Daily": the one unnamed.
  if (ctx.anonymous && ctx.prose - ctx.anonymous.prose <= 1) return [null, 'anonymous'];
  // … else the subject of a recent sentence; when that one's gender is not known, only if no other
  // recent subject could be meant as well (precision first: "he" between two men is nobody).
  // "Brahim Ouchen has dug wells for 30 years. He says …": the name just before, that "he" now proves a person's.
  const candidate = ctx.proseCandidate;
  if (candidate && candidate.prose === ctx.prose && candidate.end <= sentence.start && sentence.start - candidate.end <= 2)
    return [ctx.people.add(candidate.name, null, 'person', actor.pronoun), 'candidate'];
  // "… Rabiul Sheikh had brought his father at dawn. ¶ “…,” he said.": the name that ends the paragraph before, when
  // the pronoun's sentence opens this one with a quotation.
  if (candidate?.last && candidate.prose === ctx.prose - 1 && sentence.start === 0 && /^\s*[“"‘]/.test(sentence.text))
    return [ctx.people.add(candidate.name, null, 'person', actor.pronoun), 'candidate-last'];
  // "X pressed Ms Tarrant on why …. ¶ “…?” he asked. ¶ “…,” she replied.": the one pressed replies, a question later.
  const replied = REPLY_AFTER.test(sentence.text.slice(actor.end - sentence.start));
  // ("“Was the back-up not meant to take over?” ¶ “…,” he replied.": in an exchange the one asked replies.)
  const answerer = ctx.exchange && ctx.exchange.prose === ctx.prose - 1 ? ctx.exchange.answerer : null;
  // (Of either gender, or one not known: not "she replied" for a man.)
  if (replied && answerer && (answerer.gender === null || answerer.gender === actor.pronoun)) return [answerer, 'exchange-reply'];
  const pressed = ctx.lastAsked;
  if (replied && pressed && ctx.prose - pressed.prose <= 2 && pressed.record.gender === actor.pronoun) return [pressed.record, 'replied'];
  const justBefore = subjectJustBefore(sentence, ctx);
  // "The judge also asked X whether …. She said …": the one asked answers, if the pronoun can be only them.
  // "Senator X asked her how she would stop …. ¶ “…,” she replied.": the one asked answers — someone else of that gender
  // named recently, never the asker; else nobody.
  if (justBefore && ctx.proseSubject?.askedPronoun && ctx.proseSubject.askedPronoun === actor.pronoun) {
    const answerer = ctx.subjects
      .slice(-PRONOUN_REACH)
      .reverse()
      .find((p) => p.slug !== justBefore.slug && p.kind === 'person' && p.gender === actor.pronoun);
    return [answerer ?? null, 'answerer'];
  }
  const asked = justBefore ? (ctx.proseSubject?.asked ?? null) : null;
  if (asked) {
    if (asked.gender === actor.pronoun) return [asked, 'asked'];
    if (justBefore && justBefore.gender === actor.pronoun && asked.gender !== null) return [justBefore, 'asked-justbefore'];
    return [null, 'asked-none'];
  }
  // "Radio Prague International spoke to Stanislav Kaleta at the union's offices. He said …": the one the body spoke to.
  const spoke = ctx.spokeTo;
  if (
    !justBefore &&
    spoke &&
    spoke.prose === ctx.prose &&
    spoke.end <= sentence.start &&
    sentence.start - spoke.end <= 2 &&
    fits(spoke.record)
  )
    return [spoke.record, 'spoke-to'];
  // "Scottish Conservative leader X opened questions by …. ¶ He said: “…”": the subject of the sentence just before.
  if (fits(justBefore) && justBefore.gender === actor.pronoun) return [justBefore, 'just-before'];
  const recent = ctx.subjects.slice(-PRONOUN_REACH).reverse();
  const found = recent.find(fits) ?? null;
  // ("Foreign Minister Etienne Marchal told France Inter …. Marchal has made … ¶ He wrote on X …": no one recent fits but
  // the subject just before, whose gender was only the lexicon's guess for the first name: the text's "he" says otherwise.)
  if (
    !found &&
    justBefore &&
    ctx.people.guessedGender.has(justBefore.slug) &&
    ctx.people.bySlug(justBefore.slug) === justBefore &&
    !recent.some((p) => p.slug !== justBefore.slug && p.kind === 'person')
  ) {
    return [justBefore, 'just-before-guessed'];
  }
  if (!found || found.gender !== null) return [found, 'recent-first'];
  // The one who has been speaking keeps the pronoun ("…,” Forte said. He added …); so does the subject of the
  // sentence just before ("Vasile Ionescu, the mayor, is less sentimental. “…,” he told me").
  // (Not the last quote's speaker when someone else has been reported speaking since: "“…,” Northlight said. ¶ Mary
  // Keegan told the BBC …. ¶ “…,” he said." is neither.)
  const sayerSince = ctx.lastSayer && ctx.lastSayer.paragraph > ctx.lastQuoteParagraph ? ctx.lastSayer.record : null;
  if (found.slug === ctx.lastSayer?.record.slug) return [found, 'recent-sayer'];
  if (found.slug === ctx.lastQuote?.speaker?.slug && (!sayerSince || sayerSince.slug === found.slug)) return [found, 'recent-quote'];
  if (found.slug === subjectJustBefore(sentence, ctx)?.slug) return [found, 'recent-justbefore'];
  return [recent.some((s) => s !== found && s.slug !== found.slug && fits(s)) ? null : found, 'recent-only'];
}

// Between a pronoun and the one its words were told to: "he told ", "she said to ".
const TOLD_TO = /^\s+(?:\p{Ll}+\s+)?(?:told|tells|asked|asks|assured|reminded|thanked|said\s+to|says\s+to)\s+(?:the\s+)?$/u;

// A verb of replying right after the pronoun: "she replied", "he answered".
const REPLY_AFTER = /^\s+(?:replied|answered|responded|retorted|shot back)\b/;

// The agent of a fronted question: "Asked by Green lawmaker ", "Pressed by reporters and ".
// ("Asked by the Minority Ranking Member on the committee, Kwadwo Owusu-Boateng, whether …": a role, then the name.)
const ASKED_BY =
  /\b(?:[Aa]sked|[Pp]ressed|[Qq]uestioned|[Cc]hallenged)\s+(?:again\s+|later\s+)?by\s+(?:[\p{L}'’.-]+\s+){0,4}(?:(?:[\p{L}'’.-]+\s+){0,5}[\p{L}'’.-]+,\s+)?$/u;

// Someone's person, after the "'s": "Trump's envoy", "Varga's coach".
const OWNED_PERSON =
  /^['’]s?\s+(?:[\p{Ll}-]+\s+)?(?:spokes\w+|aides?|envoys?|lawyers?|attorneys?|wife|husband|son|daughter|mother|father|brother|sister|partner|friends?|advis[eo]rs?|deputy|successor|predecessor|opponent|rival|coach|manager|agent|staff|chief|secretary|minister|ambassador|team|officials?|supporters?|family|children|campaign\s+manager)\b/u;
const SPOKES_AFTER = /^\s+spokes(man|woman|person)\b/;

// "I" or "we" outside quotations: a first-person narrator (an interview's answers, a reporter's "told me").
const FIRST_PERSON = /(?:^|[^“"‘\p{L}])(?:I|we|We)\s+\p{Ll}/u;

// A sentence whose subject is someone described, not named: "A buyer for an Egyptian packer, who …, said".
const ANONYMOUS =
  /^(?:An?|One|Another)\s+(?:(?:[\p{L}'’-]+|\d{1,3}-year-old)\s+){0,5}?(?:buyer|seller|official|diplomat|source|person|man|woman|resident|trader|member|worker|analyst|executive|officer|spokes(?:man|woman|person)|aide|lawyer|employee|farmer|witness|neighbou?r|relative|student|teacher|doctor|nurse|soldier|driver|passenger|banker|investor|insider|survivor|victim|skier|climber|hiker|homeowner|patient|parent|tourist|villager|miner|rescuer)s?\b(?![^.;:“”"]*\b(?:named|called)\s+\p{Lu})/u;
// ("A 20-year-old woman from Saitama Prefecture who failed … told Kyodo News …": an age is one of the words.)
// "Asked about the protest, the Prime Minister's official spokesman said …": a spokesperson the text does not name, as the
// sentence's subject (a body's is the body speaking: "A Ryanair spokesperson said").
const SPOKES_SUBJECT =
  /(?:^|,\s+)(?:[Tt]he|An?|an?)\s+(?:[\p{L}'’-]+\s+){0,4}?spokes(?:man|woman|person)\s+(?:also\s+|later\s+)?(?:said|says|told|added|insisted)\b/u;
// "One of the survivors, a 34-year-old Belgian, was treated …": someone described twice and never named, speaking or not.
const DESCRIBED_TWICE = /^(?:An?|One|Another)\s+[^,.;:“”"]{2,60},\s+(?:an?|the)\s+[^,.;:“”"]{2,60},\s+\p{Ll}/u;

// Someone's relation, unnamed, as a sentence's subject: "Chan's wife, who gave only her surname, said …" (not "Mr
// Whitlock's mother, Maureen, …", named in apposition).
// ("Her husband Graham was more blunt.": a relation by first name alone, no one the article can name in full.)
const UNNAMED_RELATION =
  /^(?:(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]+['’]s?|Her|His|Their)\s+(?:wife|husband|mother|father|son|daughter|brother|sister|widow|widower|partner|fiancée?|girlfriend|boyfriend|grandmother|grandfather|uncle|aunt|cousin|niece|nephew|friend|neighbou?r)\b(?!,\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*,)/u;
/** How many recent sentence subjects a pronoun may reach back to. */
const PRONOUN_REACH = 4;

/** An entry's people: its speaker, then everyone its mentions resolve to, then people newly found; once each. */
function peopleFromMentions(actors: Actor[], speaker: PersonRecord | null, newPeople: Array<{ name: string; slug: string }>): SpeakerRef[] {
  const seen = new Map<string, SpeakerRef>();
  if (speaker) seen.set(speaker.slug, speakerRef(speaker));
  for (const a of actors) if (a.record && !seen.has(a.record.slug)) seen.set(a.record.slug, speakerRef(a.record));
  for (const p of newPeople) if (!seen.has(p.slug)) seen.set(p.slug, { name: p.name, slug: p.slug, kind: 'person' });
  return [...seen.values()];
}

/** What the knowledge files know: a person's whole name ("Graham" is known, "Graham Petts" is someone else), a place. */
function knownNames(gazetteer: Gazetteer) {
  return {
    person: (name: string) => gazetteer.people(name, null).some((m) => m.start === 0 && m.end === name.length),
    place: (name: string) => gazetteer.isPlace(name),
  };
}

interface SectionBase {
  date: string;
  time: string | null;
  instant: string | null;
  post: Post | null;
}

function sectionBase(article: ParsedArticle, paragraph: Paragraph): SectionBase {
  const post = paragraph.post === null ? null : (article.posts[paragraph.post] ?? null);
  return {
    date: post?.date ?? article.date,
    time: post ? postTime(post) : null,
    instant: post?.instant ?? null,
    post,
  };
}

const DOCUMENT = '(report|statement|release|memorandum|memo|decree|assessment|communiqu[eé]|document|letter|readout|email|e-mail|message)';
// ("an email from co-founder and chief executive X": the issuer's role may stand between.)
const ISSUED_BY = new RegExp(
  `\\b${DOCUMENT}\\s+(?:from|by|of|issued by|published by)\\s+(?:(?:the|its|their)\\s+)?(?:[\\p{Ll}-]+\\s+){0,5}$`,
  'iu',
);
const WEEKDAY = `(?:${WEEKDAY_NAMES.join('|')})`;
// After a live post's clock time, if any: "10:15 GMT – In a statement, Hamas said …".
// ("In a news release Monday evening, the centre said …": with its day.)
const FRONTED_IN = new RegExp(
  `^\\s*(?:\\d{1,2}[:.]\\d{2}(?:\\s*[A-Z]{2,4})?\\s*[–—-]\\s*)?In\\s+(?:a|an|its|their|his|her)\\s+(?:\\w+\\s+)?${DOCUMENT}(?:\\s+(?:issued|released|posted|published|sent)\\s+[^,]{1,40}|\\s+(?:on\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?)?,`,
  'i',
);
/** How far either side of a body's name "a report from" / "said in a statement" is looked for. */
const DOCUMENT_WINDOW = 80;
// ("Cochin International Airport Limited (CIAL), which operates the airport, said in a statement": its letters and an aside
// between.)
const SAID_IN = new RegExp(
  `^(?:\\s*\\([^()]{1,30}\\))?(?:,\\s+(?:which|who)\\s[^,.;:]{1,80},)?,?\\s+(?:said|says|wrote|announced)\\s+in\\s+(?:a|an|its|their|his|her)\\s+${DOCUMENT}`,
  'i',
);
// "Marco Bellandi, released a statement through his agency": the subject issued it.
// ("The Gould family shared a statement on Facebook": a post's words.)
const RELEASED = new RegExp(`\\b(?:released|issued|put out|published|sent|shared|posted)\\s+(?:a|an)\\s+(?:\\w+\\s+)?${DOCUMENT}\\b`, 'i');

/** "a report from Europol", "the Vatican said in a statement": who issued which document. */
function rememberDocuments(sentence: string, offset: number, actors: Actor[], ctx: Context): void {
  // "In a statement, Hamas said …": the sentence's subject issued it.
  const fronted = FRONTED_IN.exec(sentence);
  // (The one before the verb of saying: "…, the club said its board had rejected … and that Abdel-Ghaffar was …".)
  const verb = fronted ? SPEECH_VERB_ONCE.exec(sentence) : null;
  const subject = fronted && verb ? subjectOf(actors.filter((a) => a.end - offset <= verb.index)) : null;
  if (fronted?.[1] && subject?.record) issued(fronted[1], subject.record, null, ctx);
  const released = RELEASED.exec(sentence);
  const issuer = released ? actors.filter((a) => a.record && !a.possessive && a.end - offset <= (released.index ?? 0)).pop() : undefined;
  // (A sentence that only says so, "X released a statement on Sunday.": the next paragraph's quotation is the statement.)
  if (released?.[1] && issuer?.record) {
    const document = issued(released[1], issuer.record, null, ctx);
    if (!/[“"”:]/.test(sentence)) ctx.lastDocument = document;
  }
  for (const a of actors) {
    if (!a.record) continue;
    const before = ISSUED_BY.exec(sentence.slice(Math.max(0, a.start - offset - DOCUMENT_WINDOW), a.start - offset));
    const after = SAID_IN.exec(sentence.slice(a.end - offset, a.end - offset + DOCUMENT_WINDOW));
    const doc = before?.[1] ?? after?.[1];
    if (!doc) continue;
    const document = issued(doc, a.record, null, ctx);
    if (before?.[1]) ctx.lastDocument = document;
  }
}

/** Notes that someone issued a document (by its noun: "a press release" is a "release"), and returns the note. */
function issued(noun: string, record: PersonRecord, when: When | null, ctx: Context): IssuedDocument {
  const document = { record, prose: ctx.prose, when };
  ctx.documents.set(documentKey(noun), document);
  return document;
}

const documentKey = (noun: string) =>
  noun
    .toLowerCase()
    .replace(/^press\s+/, '')
    .replace(/^e-mail$/, 'email')
    .replace(/^communiqu[eé]$/, 'communiqué');

/**
 * Whether the last quote's speaker still holds the floor: their quote was in the paragraph before, or two
 * before with only more about them in between ("He refused to give a deadline, but said …").
 */
function stillSpeaking(ctx: Context, slug: string): boolean {
  if (ctx.lastQuoteParagraph >= ctx.prose - 1) return true;
  return ctx.lastQuoteParagraph >= ctx.prose - 2 && ctx.subjects[ctx.subjects.length - 1]?.slug === slug;
}

/** An event's own words: this far before and after its time expression ("drone attacks on Kharkiv overnight"). */
const EVENT_WINDOW_BEFORE = 80;
const EVENT_WINDOW_AFTER = 20;

/** The text from `from` to `to`, widened to whole words ("at the Casa Amarilla" cut after "Amarill" is another name). */
function wholeWords(text: string, from: number, to: number): string {
  const start = Math.max(0, from);
  const back = /[\p{L}\p{M}'’-]*$/u.exec(text.slice(0, start))?.[0].length ?? 0;
  const ahead = /^[\p{L}\p{M}'’-]*/u.exec(text.slice(to))?.[0].length ?? 0;
  return text.slice(start - back, to + ahead);
}

/** A time this close to a sentence's start, before its first actor, is fronted ("In a Cabinet meeting this week, Trump …"). */
const FRONTED_TIME_WINDOW = 40;
/** A fronted time at most this many days old sets the time of what its subject says next. */
const FRONTED_TIME_DAYS = 31;
/** A sentence opening on where it happens: "At a clinic in Hamilton,", "In Khan Younis,". */
const FRONTED_PLACE = /^\s*(?:In|At|Inside|Outside)\s+[^,]{2,60},/;
// A sentence about what will happen.
const WILL = /\b(?:will|shall)\s+(?:\w+\s+)?\p{Ll}+/u;
const FUTURE =
  /\b(?:will|is|are|was|were)\s+(?:expected|due|set|scheduled|going)\s+to\b|\bwill\s+(?:travel|visit|meet|fly|head|go)\b|\bplans?\s+to\b/i;
/** A time this many years before the article's is history, not the story. */
const HISTORY_YEARS = 2;

function eventEntry(
  d: DateMention,
  sentence: Span,
  actors: Actor[],
  people: Array<{ name: string; slug: string }>,
  base: SectionBase,
  source: { article: string; anchor: string },
  ctx: Context,
  subject: PersonRecord | null = null,
): Entry {
  // With several times in a sentence, each event's place is read near its own time.
  const { gazetteer, knowledge } = ctx;
  const local = wholeWords(sentence.text, d.start - sentence.start - EVENT_WINDOW_BEFORE, d.end - sentence.start + EVENT_WINDOW_AFTER);
  const named =
    ctx.placeIn(local) ??
    ctx.placeIn(sentence.text) ??
    localBuilding(sentence.text, ctx) ??
    findEventPlace(sentence.text, d.date, knowledge, gazetteer, ctx.named);
  const place = named
    ? ref(sharpenByEvent(named, d.date, knowledge, gazetteer, ctx.named))
    : subject
      ? (ctx.places.recall(subject.slug, d.date, ctx.paragraph) ?? placeRef(findAttendedPlace(subject.slug, d.date, knowledge, gazetteer)))
      : null;
  // History ("the Yalta conference of 1945") involves only the people named next to it, not the sentence's.
  const history = Number(d.date.slice(0, 4)) < Number(base.date.slice(0, 4)) - HISTORY_YEARS;
  const near = (at: number) => at >= d.start - EVENT_WINDOW_BEFORE && at <= d.end + EVENT_WINDOW_AFTER;
  return {
    id: stableId('e', ctx.article.article.id, d.date, normaliseWords(sentence.text).join(' ')),
    date: d.date,
    precision: d.precision,
    time: d.date === base.date ? base.time : null,
    instant: d.date === base.date ? base.instant : null,
    speaker: null,
    people: history
      ? peopleFromMentions(
          actors.filter((a) => near(a.start)),
          null,
          [],
        )
      : peopleFromMentions(actors, null, people),
    place,
    topics: assignTopics(sentence.text, ctx.knowledge).map(ref),
    quote: null,
    text: sentence.text.trim(),
    headline: null,
    sources: [source],
  };
}

/** A paragraph read once for all its sentences: its quotations, times and people, and what its words fall back on. */
interface ParagraphReading {
  text: string;
  base: SectionBase;
  /** Quotations, names of things left out. */
  quotes: QuoteSpan[];
  sentences: Span[];
  /** Time expressions outside the quotations. */
  dates: DateMention[];
  actors: Actor[];
  /** People and bodies the paragraph introduces, outside its quotations. */
  newPeople: Array<{ start: number; name: string; slug: string }>;
  /** Where a live post's headline puts the post's words. */
  sectionPlace: PlaceRecord | null;
  /** When words the paragraph does not date were said. */
  fallbackDate: When;
  source: { article: string; anchor: string };
  /** "Jared Kushner: He asked me what I thought…": a transcript's line is its speaker's words, "I" included. */
  speakerOfLine: PersonRecord | null;
  /** Whether the paragraph opens inside the quotation the paragraph before left open. */
  continuesQuote: boolean;
  /** "At a clinic in Hamilton, parents queued. “…,” said X.": a fronted place sets the scene for the paragraph's words after it. */
  fronted: Ref | null;
}

/** One sentence of a paragraph, with its share of the paragraph's quotations, actors, times and new people. */
interface SentenceReading {
  sentence: Span;
  /** Its index among the paragraph's sentences. */
  index: number;
  quotes: QuoteSpan[];
  /** The quotations with their marks. */
  marked: Array<{ start: number; end: number }>;
  actors: Actor[];
  dates: DateMention[];
  people: Array<{ name: string; slug: string }>;
  /** The sentence with its quotations blanked out. */
  outside: string;
  /** Whether the sentence has no words outside its quotations. */
  quoteOnly: boolean;
  /** A dated occasion the sentence names by "the" ("told the session"), with where it was, if the text said. */
  occasion?: Occasion;
  /** The gathering the paragraph before told, which the sentence's words opening this one were said at. */
  occasionBefore?: Occasion;
}

/**
 * When a paragraph's undated words were said: its dateline's day, else the story's day, else the article's or post's.
 * ("His body was found on Monday …. ¶ … ¶ The Environment Ministry said in a statement on Tuesday …. ¶ “…,” the mayor
 * told the Sme daily.": not before the latest day the text has had words said on since; the story has moved on.)
 */
function fallbackDateOf(base: SectionBase, ctx: Context): When {
  const datelined = ctx.dateline?.paragraph === ctx.paragraph ? ctx.dateline.date : null;
  const story = base.post ? null : (ctx.storyDay.day ?? ctx.sceneDate);
  const since = ctx.latestSaid;
  const movedOn = since !== null && story?.precision === 'day' && since > story.date && since <= base.date;
  const scene = movedOn ? { date: since, precision: 'day' as DatePrecision } : story;
  return datelined && inPast(datelined, base.date)
    ? { date: datelined.date, precision: datelined.precision }
    : (scene ?? { date: base.date, precision: 'day' as DatePrecision });
}

// A plain verb of saying, where a reported sentence's verb stands.
const SAID_PLAINLY = /^\W*(?:\p{L}+\s+){0,3}?(?:said|says|told|announced|wrote|stated|added|warned|confirmed)\b/u;

/** Notes the day of words the text dates itself ("said in a statement on Tuesday"), if the latest so far. */
function noteSaidOn(when: When, ctx: Context): void {
  if (when.precision === 'day' && (ctx.latestSaid === null || when.date > ctx.latestSaid)) ctx.latestSaid = when.date;
}

// A paragraph that opens on a day: "On Tuesday,", "Late on Wednesday,", "On Thursday morning,".
const OPENS_ON_DAY =
  /^(?:(?:On|Late|Early|Later|Earlier)\s+(?:on\s+)?)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?,/;

/** The past day a paragraph opens on, if it does. */
function dayOpening(text: string, published: string): When | null {
  const opening = OPENS_ON_DAY.exec(text);
  if (!opening) return null;
  const day = findDates(opening[0], published).find((d) => d.precision === 'day' && inPast(d, published));
  return day ? { date: day.date, precision: 'day' } : null;
}

/** Whether an article tells its story day by day: two paragraphs or more open on different past days. */
function toldDayByDay(article: ParsedArticle): boolean {
  if (article.posts.length > 0) return false;
  const days = new Set(
    article.paragraphs.map((p) => (p.kind === 'heading' ? null : dayOpening(p.text, article.date)?.date)).filter(Boolean),
  );
  return days.size >= 2;
}

/** Reads a paragraph once for all its sentences; introduces the people it names to `ctx.people`. */
function readParagraph(paragraph: Paragraph, ctx: Context, continuesQuote: boolean): ParagraphReading {
  const { article, gazetteer } = ctx;
  const text = paragraph.text;
  const base = sectionBase(article, paragraph);
  const quotes = paragraphQuotes(paragraph);
  const marked = quotes.map((q) => withMarks(q, text.length));
  const sentences = splitSentences(text, marked);
  const dates = findDates(text, base.date).filter((d) => !marked.some((q) => d.start >= q.start && d.start < q.end));
  const known = knownNames(gazetteer);
  const outsideQuotes = (p: { start: number }) => !marked.some((q) => p.start >= q.start && p.start < q.end);
  ctx.people.nextParagraph();
  const named = findNewPeople(text, known, ctx.people);
  const newActors = [...named, ...rolesOf(text, ctx.people, named)].filter(outsideQuotes);
  const newPeople = newActors.map((a) => ({ start: a.start, name: a.record.name, slug: a.record.slug }));
  ctx.people.learnGender(text);
  const actors = findActors(text, base.date, gazetteer, marked, newActors, ctx.named);
  const sectionPlace = base.post ? ctx.placeIn(base.post.headline, 'speech') : null;
  const fallbackDate = fallbackDateOf(base, ctx);
  const source = { article: article.article.id, anchor: paragraph.anchor };
  const speakerOfLine = transcriptSpeaker(text, { gazetteer, people: ctx.people, date: article.date });
  return {
    text,
    base,
    quotes,
    sentences,
    dates,
    actors,
    newPeople,
    sectionPlace,
    fallbackDate,
    source,
    speakerOfLine,
    continuesQuote,
    fronted: null,
  };
}

/** One sentence's share of its paragraph's reading. */
function readSentence(sentence: Span, index: number, para: ParagraphReading): SentenceReading {
  const inside = (pos: number) => pos >= sentence.start && pos < sentence.end;
  const quotes = para.quotes.filter((q) => inside(q.start));
  const marked = quotes.map((q) => withMarks(q, para.text.length));
  const outside = marked.reduce(
    (s, q) => s.slice(0, q.start - sentence.start) + ' '.repeat(q.end - q.start) + s.slice(q.end - sentence.start),
    sentence.text,
  );
  return {
    sentence,
    index,
    quotes,
    marked,
    actors: para.actors.filter((a) => inside(a.start)),
    dates: para.dates.filter((d) => inside(d.start)),
    people: para.newPeople.filter((p) => inside(p.start)).map((p) => ({ name: p.name, slug: p.slug })),
    outside,
    quoteOnly: !/[\p{L}\p{N}]/u.test(outside),
  };
}

/** One paragraph → its entries, appended to `entries`; whether it ends inside an open quotation that the next one continues. */
function extractParagraph(paragraph: Paragraph, ctx: Context, entries: Entry[], continuesQuote: boolean): boolean {
  const para = readParagraph(paragraph, ctx, continuesQuote);
  para.sentences.forEach((sentence, index) => {
    const s = withImpliedDays(readSentence(sentence, index, para), ctx);
    entries.push(...(quoteEntries(s, para, ctx) ?? proseEntries(s, para, ctx)));
    rememberDay(s, para, ctx);
  });
  // Does the paragraph end inside an open quotation that the next one continues?
  return para.quotes.length > 0 && (para.quotes[para.quotes.length - 1]?.open ?? false);
}

/** Who said a sentence's quotations, and what the sentence naming them says of when and where. */
interface QuoteSpeaker {
  speaker: PersonRecord | null;
  /** When a sentence about the speaker, not the quoting one, says the words were said. */
  sayerWhen: When | null;
  /** Where the sentence after the words, naming their speaker, puts them. */
  namedAfterPlace: Ref | null;
  /** Whether the speaker carries on from the last quote, and with them its date and place. */
  inherited: boolean;
  /** Whether the words carry on ones written, posted or told elsewhere ("… in a series of posts on X." → “…”). */
  remote?: boolean;
  /** The rule that found the speaker (for measuring each rule's precision). */
  how?: string;
}

/**
 * A sentence's quotations → one quote entry (with its speaker, time and place), then an event entry for each
 * other past time it names; null if the sentence quotes no one (too few quoted words and no verb of saying).
 */
function quoteEntries(s: SentenceReading, para: ParagraphReading, ctx: Context): Entry[] | null {
  // Quote entries: every quotation of the sentence, with one speaker.
  const quoteWords = s.quotes.reduce((n, q) => n + q.text.split(/\s+/).length, 0);
  const attribution = s.quotes.length > 0 ? attributeSpeaker(s.sentence.text, s.sentence.start, s.actors, s.marked) : null;
  if (!attribution || !(quoteWords >= 2 || attribution.verbAt !== null)) return null;
  const found = quoteSpeaker(s, attribution, para, ctx);
  const who =
    !found.remote && found.speaker && (writtenBefore(s, found.speaker, ctx) || toldRemotelyBefore(s, found.speaker, ctx))
      ? { ...found, remote: true }
      : found;
  const { when, stated, sameOccasion, known } = quoteWhen(s, attribution, who, para, ctx);
  const [place, placeHow] = quotePlace(s, who, when, para, ctx);
  const { speaker } = who;
  if (speaker && place) ctx.places.remember(speaker.slug, when.date, ctx.paragraph, place);
  const entry = quoteEntry(s, speaker, when, place, para, ctx);
  ctx.trace?.set(entry, { speaker: speaker ? (who.how ?? 'none') : null, place: place ? placeHow : null });
  if (who.remote || toldElsewhere(s.sentence.text, ctx)) ctx.remote.add(entry);
  ctx.exchange = exchangeAfter(s, who, ctx);
  ctx.lastQuote = entry;
  ctx.lastQuoteParagraph = ctx.prose;
  // Dated by the text, not by default: the speaker's next words carry the same day ("…,” Ms Forbes said. … “…,” she replied).
  ctx.lastQuoteDated = known || who.inherited || sameOccasion;
  if (stated) noteSaidOn(when, ctx);
  if (speaker) {
    ctx.subjects.push(speaker);
    ctx.people.noteSayer(speaker);
    // ("In a statement on Tuesday, the Fair Work Ombudsman said it would “track down every worker” …. ¶ “…,” the
    // statement said.": the document of a body the quoting sentence names, as of one named in prose. Not a person's:
    // "Police spokesperson X said in a statement …" may be the force's.)
    const document = who.how === 'named-verb' ? (IN_A_STATEMENT.exec(s.outside)?.[1] ?? FRONTED_IN.exec(s.outside)?.[1]) : undefined;
    const record = document ? recordOf(speaker.slug, ctx) : null;
    if (document && record?.kind === 'organisation')
      ctx.documents.set(documentKey(document), { record, prose: ctx.prose, when, quoted: true });
  } else if (!s.quoteOnly && (SPOKES_SUBJECT.test(s.outside) || NOT_NAMED.test(s.outside) || sharedSurnameSays(s.outside, ctx))) {
    // ("… the Prime Minister's official spokesman said the Government “respects …”. ¶ “…,” he told reporters": the
    // spokesman again, whom the text does not name.)
    // ("Rahimi told the jury he had only been “playing a role”" with a Yusuf and a Bilal Rahimi: one of them, not anyone
    // named before.)
    ctx.anonymous = { prose: ctx.prose };
  }
  // "Asked about remarks by X, who … accused the government of “buying time”, Sikder said …": the words are X's, the
  // sentence's own sayer is Sikder, whom "he" next stands for.
  const sayer = speaker
    ? s.actors.find(
        (a) =>
          a.record?.kind === 'person' &&
          a.record !== speaker &&
          !a.pronoun &&
          !a.object &&
          !a.possessive &&
          SAYS_NEXT.test(s.outside.slice(a.end - s.sentence.start, a.end - s.sentence.start + 30)),
      )
    : undefined;
  if (sayer?.record) ctx.subjects.push(sayer.record);
  // Other past times in the sentence date events of their own ("failed negotiations in 2022").
  const events = otherDates(s.dates, stated, para.base.date).map((d) =>
    eventEntry(d, s.sentence, s.actors, s.people, para.base, para.source, ctx),
  );
  return [entry, ...events];
}

// A verb of saying straight after a name: "Sikder said …".
const SAYS_NEXT = /^\s+(?:also\s+|then\s+|later\s+)?(?:said|says|told|tells|added|argued|insisted|replied|stressed)\b/;

/** Who said a sentence's quotations: the one it names, else one named just after, else one still speaking, else its subject. */
function quoteSpeaker(s: SentenceReading, attribution: Attribution, para: ParagraphReading, ctx: Context): QuoteSpeaker {
  const [speaker, how] = attributedSpeaker(s, attribution, para, ctx);
  const attributed: QuoteSpeaker = { speaker, sayerWhen: null, namedAfterPlace: null, inherited: false, how };
  // "South Devon Water said in a statement …. ¶ “…,” a spokesperson said.": the body that just spoke, speaking again
  // through its spokesperson.
  const body = attributed.speaker ? null : bodySpeakingAgain(s, ctx);
  if (body) return { ...attributed, speaker: body, how: 'body-again' };
  // "X said in a statement that …. ¶ “…,” the statement read.": the words of whoever issued it.
  const issuer = attributed.speaker ? null : statementIssuer(s, ctx);
  if (issuer) return { ...attributed, speaker: issuer.record, sayerWhen: issuer.when, remote: true, how: 'issuer' };
  // ("The chair of the residents' association said the village had “…”. Graham McKinnon told RNZ …": named next.)
  // ("The FO spokesperson said Pakistan had shared “…”. Shahzad Ahmed Mirza told reporters …": the body's spokesperson,
  // with "the", named next.)
  const definite = attributed.speaker?.kind === 'organisation' && THE_BODY_SPOKESPERSON.test(s.outside);
  const next = attributed.speaker && !definite ? null : namedNext(s, para, ctx);
  if (next) return { ...attributed, speaker: next.record, how: 'named-next' };
  if (attribution.unnamed) return attributed;
  // "… responding to the Sinn Féin leader, Clodagh Breslin, who said the Government had “run out of road”": the words
  // of the one a relative clause's "who said" stands for, not of the sentence's subject.
  const relative = relativeSayer(s);
  if (relative) return { ...attributed, speaker: relative, how: 'relative' };
  // “…” Those were the words of X. / “…” So X had warned: the speaker named in the sentence after the words.
  const named = (s.quoteOnly && !attribution.actor ? speakerNamedAfter(s, para, ctx) : null) ?? attributed;
  // "Popescu laughs at that. “A bridge! …”": words straight after a sentence about someone are theirs.
  const actor = s.quoteOnly && !attribution.actor && !named.speaker ? subjectJustBefore(s.sentence, ctx) : null;
  const found = actor ? { ...named, speaker: actor, how: 'subject-just-before' } : named;
  const who = continuingSpeaker(s, attribution, found, para, ctx) ?? quotedDocument(s, attribution, found, ctx) ?? found;
  if (who.speaker || attribution.actor || attribution.verbAt !== null) return who;
  return { ...who, speaker: subjectBeforeWords(s, para.text), how: 'subject-before-words' };
}

// "The FO spokesperson said", "The Foreign Office spokeswoman told": one person, whom the next sentence may name.
const THE_BODY_SPOKESPERSON = /^The\s+(?:\p{Lu}[\p{L}-]*\s+)+spokes(?:man|woman|person)\s+(?:said|says|told|tells|added)\b/u;

// "“…,” a spokesperson said": a body's voice, unnamed (not "a spokesperson for the mayor"). ("“…,” the company said" was
// tried as well: on the held-out set it gave two right and one wrong.)
const BODY_VOICE =
  /\b(?:a|the|its)\s+spokes(?:person|man|woman)(?!\s+(?:for|of|to)\b)\s+(?:also\s+)?(?:said|says|added|adds|told|wrote|continued)\b/i;

// "Senegal's navy said on Facebook …. “…,” it said": a body's pronoun.
// ("It also urged people “…”", "It warned that “…”": what the body went on to say; "In a statement, it called the prize
// “…”": what it called something. "It described … as" was tried: on the held-out set, three right and one wrong.)
const IT_SAID_AFTER =
  /(?:^|[,”"’]\s*)[Ii]t\s+(?:also\s+)?(?:said|says|added|adds|wrote|writes|continued|stated|urged|warned|called|insisted|stressed)\b/;

// ("In a statement, the CBI said …. “…,” the agency said.": a body's kind, for the body the same paragraph had speaking.)
const THE_KIND_SAID_AFTER =
  /(?:^|[,”"’]\s*)the\s+(?:agency|authority|company|firm|organi[sz]ation|ministry|department|regulator|watchdog|bureau|directorate|commission|charity|group|union|embassy)\s+(?:also\s+)?(?:said|says|added|adds|wrote|continued|stated)\b/;

// ("… the department said. ¶ “…,” the department's chairperson said in the release.": an office of the body, unnamed.)
const KIND_OFFICE_SAID_AFTER = new RegExp(
  String.raw`(?:^|[,”"’]\s*)the\s+(agency|authority|company|firm|ministry|department|regulator|bureau|commission|charity|union|zoo|museum|trust|council|board|institute|foundation|association|festival|hospital|university|society|collective)['’]s\s+(?:(?:acting|interim|deputy|managing|executive|general|chief|head)\s+)?(director|chairperson|chairman|chairwoman|chair|president|secretary|manager|executive|administrator|curator|commissioner)\s+(?:also\s+)?(?:said|says|added|adds|told|wrote|stated)\b`,
  'u',
);

/** The organisation the paragraph or the one before reported as speaking, when the sentence gives its words to its voice. */
function bodySpeakingAgain(s: SentenceReading, ctx: Context): PersonRecord | null {
  const office = KIND_OFFICE_SAID_AFTER.exec(s.outside);
  // (Not when the article named the one who holds the office: "the zoo's director, Severin Dressen," … "the director".)
  if (office && !ctx.people.byRole(office[2] ?? '')) {
    const sayer = ctx.lastSayer && ctx.lastSayer.paragraph >= ctx.prose - 1 ? ctx.lastSayer.record : null;
    const quoted = ctx.lastQuote?.speaker && ctx.lastQuoteParagraph >= ctx.prose - 1 ? recordOf(ctx.lastQuote.speaker.slug, ctx) : null;
    const kind = new RegExp(String.raw`\b${office[1]}\b`, 'i');
    const body = [sayer, quoted].find((r) => r?.kind === 'organisation' && kind.test(r.name));
    if (body && !s.actors.some((a) => a.record?.kind === 'person' && !a.pronoun)) return body;
  }
  const voice = BODY_VOICE.test(s.outside);
  const kind = THE_KIND_SAID_AFTER.test(s.outside);
  if (!voice && !kind && !IT_SAID_AFTER.test(s.outside)) return null;
  // ("it said" only for a body of the same paragraph: "The Jury of Appeal rejected the protest. ¶ … it said" is the jury.)
  // ("X said in a statement …. ¶ “…,” the charity said.": a body's kind, opening the next paragraph with its words.)
  const kindNext = !voice && kind && s.index === 0 && /^\s*[“"]/.test(s.sentence.text);
  const since = voice || kindNext ? ctx.prose - 1 : ctx.prose;
  const sayer = ctx.lastSayer && ctx.lastSayer.paragraph >= since ? ctx.lastSayer.record : null;
  // (… or the one quoted just before: "Veyra said it “remains committed to dialogue”. ¶ “…,” a spokesperson added.")
  const quoted = ctx.lastQuote?.speaker && ctx.lastQuoteParagraph >= since ? recordOf(ctx.lastQuote.speaker.slug, ctx) : null;
  const body = [sayer, quoted].find((r) => r?.kind === 'organisation');
  if (!body) return null;
  // (Someone named in the sentence is no body's voice: "“…,” a spokesperson for Mayor X said".)
  if (s.actors.some((a) => a.record?.kind === 'person' && !a.pronoun)) return null;
  return body;
}

// The documents a sayer issues and a text then quotes.
const STATEMENT_NOUNS = String.raw`(statement|release|press\s+release|communiqu[ée]|letter|email|notice|bulletin|post|message)`;
// "“…,” the statement read", "the statement added", "the post read": a document, issued by someone named just before.
const STATEMENT_VOICE = new RegExp(
  // ("The statement described the new service as “…”": what it called something.)
  String.raw`\bthe\s+${STATEMENT_NOUNS}\s+(?:also\s+)?(?:read|reads|said|says|added|adds|continued|stated|described\s[^.;:“”"]{1,80}\sas|called)\b`,
  'i',
);
// A sayer's sentence that names the document: "… said in a statement", "in a statement, X said".
const IN_A_STATEMENT = new RegExp(String.raw`\b(?:in|issued)\s+a\s+(?:written\s+|joint\s+|brief\s+)?${STATEMENT_NOUNS}\b`, 'i');

/** The document a sentence gives words to ("the statement said"), as the text last named one of its kind. */
function documentOf(noun: string, s: SentenceReading, ctx: Context): IssuedDocument | undefined {
  const document = ctx.documents.get(documentKey(noun));
  // (One a quoting sentence named: only for words that open the next paragraph.)
  if (document?.quoted && !(document.prose === ctx.prose - 1 && s.index === 0 && /^\s*[“"]/.test(s.sentence.text))) return undefined;
  return document;
}

/** Whoever the paragraph or the one before reported issuing the document the sentence gives the words to. */
function statementIssuer(s: SentenceReading, ctx: Context): { record: PersonRecord; when: When | null } | null {
  const noun = STATEMENT_VOICE.exec(s.outside)?.[1];
  const document = noun ? documentOf(noun, s, ctx) : undefined;
  if (!document || document.prose < ctx.prose - 1) return null;
  // (Someone named in the sentence is no document's voice.)
  if (s.actors.some((a) => a.record && !a.pronoun)) return null;
  return { record: document.record, when: document.when };
}

/** The record a speaker's slug stands for: the knowledge files' person, else one the article introduced. */
const recordOf = (slug: string, ctx: Context): PersonRecord | null =>
  ctx.gazetteer.personBySlug.get(slug) ?? ctx.people.bySlug(slug) ?? null;

// (", who on Monday told a public meeting … that the State was “…”": a time may stand between.)
const WHO_SAID_BEFORE =
  /,\s+who\s+(?:[^,“”"]{0,30}?\s)?(?:had\s+|has\s+|also\s+|earlier\s+)?(?:said|says|told|warned|argued|claimed|insisted|added|wrote)\b[^“”"]*$/;

/** The person just before ", who said …" that leads to the sentence's first quotation, if any. */
function relativeSayer(s: SentenceReading): PersonRecord | null {
  const first = s.quotes[0];
  if (!first) return null;
  const before = s.outside.slice(0, Math.max(0, first.start - s.sentence.start - 1));
  const m = WHO_SAID_BEFORE.exec(before);
  if (!m) return null;
  const at = s.sentence.start + m.index;
  const antecedent = s.actors.find((a) => a.end <= at && at - a.end <= 1 && !a.pronoun);
  return antecedent?.record?.kind === 'person' ? antecedent.record : null;
}

// A sentence that opens on a name of two or three words and a verb: "Brahim Ouchen has dug wells …".
// ("A few hours later in Bangkok, Pongsak Wongthai gave a very different account.": after a fronted time or place.)
// ("At the isolation ward of X Hospital, the state's main referral hospital, Rabi Abdullahi sat …": the place described.)
const NAME_OPENS =
  /^(?:(?:In|At|On|After|Later|Earlier|Meanwhile|Elsewhere|Back|Outside|A few hours later|Hours later|Minutes later)\b[^,;:“”"]{0,60},(?:\s+(?:the|a|an)\s+[^,;:“”"]{1,50},)?\s+)?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}) (?=\p{Ll})/u;
// ("Sitting with Justice X and Justice Y, CJI Z heard …": a participle's company is not the subject.)
const FRONTED_SUBORDINATE =
  /^(?:Asked|Pressed|Questioned|Speaking|Told|Reminded|Having|After|Before|When|While|As|Although|Though|Despite|If|Once|Since|Sitting|Seated|Standing|Flanked|Joined|Accompanied|Surrounded|Presiding|Alongside)\b[^,;:“”"]{0,140},\s/u;
// "X was arrested in 2019.": what was done to someone, not what they do.
const PASSIVE = /\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b/;

/** A sentence without its relative clauses: "… a teacher who had been punched by a pupil" is not a passive sentence. */
const mainClause = (text: string) => text.replace(/\b(?:who|whom|which)\b[^,;]*/g, ' ');

// "The judge also asked Deputy Attorney General Nosheen Akhtar whether …": the one asked, then what is asked.
const ASKED_BEFORE = /\b(?:asked|pressed|questioned|quizzed|grilled)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
const QUESTION_AFTER = /^\s+(?:(?:on|over)\s+)?(?:whether|if|why|how|what|when|where|who|about)\b/;

// "Radio Prague International spoke to Stanislav Kaleta", "The BBC interviewed Ana Ruiz": a body talking to someone.
const BODY_SPOKE_TO = /\b(?:(?:spoke|talked)\s+(?:to|with)|interviewed)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})(?![\p{L}'’-])/u;

/** The one person a sentence not about a person says it spoke to ("Radio Prague International spoke to Stanislav Kaleta"). */
function spokeToIn(s: SentenceReading, ctx: Context): Context['spokeTo'] {
  const name = BODY_SPOKE_TO.exec(s.outside)?.[1];
  if (!name) return null;
  const known = ctx.people.knows(name)
    ? ctx.people.resolve(name)
    : ctx.people.considered(name)
      ? ctx.people.add(name, null, 'person')
      : null;
  return known?.kind === 'person' ? { record: known, prose: ctx.prose, end: s.sentence.end } : null;
}

/** The person a sentence has someone ask a question, if any. */
function askedIn(s: SentenceReading, text: string): PersonRecord | null {
  const asked = s.actors.find(
    (a) =>
      a.record?.kind === 'person' &&
      !a.pronoun &&
      ASKED_BEFORE.test(text.slice(Math.max(0, a.start - 60), a.start)) &&
      QUESTION_AFTER.test(text.slice(a.end, a.end + 12)),
  );
  return asked?.record ?? null;
}

// "Senator X asked her how she would stop …": a pronoun asked a question.
const ASKED_PRONOUN = /\basked\s+(him|her)\s+(?:whether|if|why|how|what|when|where|who|about)\b/i;

/** The gender of the pronoun a sentence has someone ask a question, if it does. */
function askedPronounIn(sentence: string): 'he' | 'she' | null {
  const word = ASKED_PRONOUN.exec(sentence)?.[1]?.toLowerCase();
  return word === 'her' ? 'she' : word === 'him' ? 'he' : null;
}

/** The subject of the sentence just before, in the same paragraph, if it was a person. */
function subjectJustBefore(sentence: Span, ctx: Context): PersonRecord | null {
  const before = ctx.proseSubject;
  if (!before) return null;
  // The sentence before in the same paragraph, or the last one of the paragraph before ("Asked …, Kinsella paused." ¶ "“…,” he said").
  const sameParagraph = before.prose === ctx.prose && before.end <= sentence.start && sentence.start - before.end <= 2;
  const paragraphBefore = before.prose === ctx.prose - 1 && before.last && sentence.start <= 2;
  return sameParagraph || paragraphBefore ? before.record : null;
}

/** The speaker the sentence's own attribution gives: a name, a pronoun resolved, a document's issuer, or a transcript line's speaker. */
function attributedSpeaker(
  s: SentenceReading,
  attribution: Attribution,
  para: ParagraphReading,
  ctx: Context,
): [PersonRecord | null, string] {
  const { actor } = attribution;
  const { speakerOfLine } = para;
  let speaker: PersonRecord | null = actor?.record ?? null;
  let how = actor ? `named-${attribution.how}` : attribution.document ? 'document' : 'transcript-line';
  if (actor && actor.pronoun) {
    const [resolved, rule] = resolvePronounHow(actor, s.actors, ctx, s.sentence);
    speaker = resolved;
    how = `pronoun-${rule}`;
    // "…,” he wrote: whoever "he" turned out to be is a man ("she said" later is someone else). Only people
    // the article introduced learn it; the knowledge files' records are shared.
    if (speaker && !speaker.gender && ctx.people.bySlug(speaker.slug) === speaker) speaker.gender = actor.pronoun;
  }
  // In a transcript's line the one speaking is "I": "he said, “…”" there is someone else, named in the line or no one
  // ("GILL: … The second time he told me I was being “too negative”" is not whoever spoke paragraphs before).
  if (actor?.pronoun && speakerOfLine && (speaker?.slug === speakerOfLine.slug || !s.actors.some((a) => a.record === speaker)))
    speaker = null;
  if (!actor && attribution.document) speaker = documentOf(attribution.document, s, ctx)?.record ?? null;
  if (!speaker && speakerOfLine && (!actor || s.quoteOnly) && (FIRST_PERSON_SAYS.test(s.outside) || s.quoteOnly)) {
    speaker = speakerOfLine;
    how = 'transcript-line';
  }
  return [speaker, how];
}

/** “…” Those were the words of X.: the speaker the next sentence names, with the time and place it gives; null if none. */
function speakerNamedAfter(s: SentenceReading, para: ParagraphReading, ctx: Context): QuoteSpeaker | null {
  const next = para.sentences[s.index + 1];
  if (!next || !NAMED_AFTER.test(next.text) || !SPEECH_VERB_OR_NOUN.test(next.text)) return null;
  const inNext = para.actors.filter((a) => a.start >= next.start && a.start < next.end && a.record && !a.possessive);
  // "the words of White House press secretary Karoline Leavitt": the person, not the body describing her.
  const named = inNext.find((a) => a.record?.kind === 'person') ?? inNext[0];
  if (!named?.record) return null;
  // "So Mr Grossi had warned the board in Vienna on Monday": that sentence says when and where too.
  const sayerWhen = pickDate(
    para.dates.filter((d) => d.start >= next.start && d.start < next.end),
    null,
    null,
    para.base.date,
  );
  return {
    speaker: named.record,
    sayerWhen,
    namedAfterPlace: placeRef(ctx.placeIn(next.text, 'speech')),
    inherited: false,
    how: 'named-after',
  };
}

/** For words no one is named for: the one reported as speaking just before, else the last quote's speaker if still speaking. */
function continuingSpeaker(
  s: SentenceReading,
  attribution: Attribution,
  found: QuoteSpeaker,
  para: ParagraphReading,
  ctx: Context,
): QuoteSpeaker | null {
  // A quote the sentence does not attribute continues the speaker quoted earlier in the same paragraph:
  // a new speaker is always named.
  // ("… writing that the stadium would “always be a house …”. Benfica president X thanked him … for “four seasons …”":
  // a sentence about someone else named as its subject does not carry on the last speaker.)
  const firstQuote = s.quotes[0]?.start ?? s.sentence.end;
  const otherSubject = s.actors.some(
    (a) =>
      a.record?.kind === 'person' &&
      !a.pronoun &&
      !a.object &&
      !a.possessive &&
      a.start < firstQuote &&
      a.record.slug !== ctx.lastQuote?.speaker?.slug,
  );
  const sameParagraph = ctx.lastQuoteParagraph === ctx.prose && attribution.verbAt === null && !otherSubject;
  const continues = !attribution.actor && !found.speaker && (s.quoteOnly || (s.index === 0 && para.continuesQuote) || sameParagraph);
  if (!continues) return null;
  // In an interview's exchange a paragraph that is only a quotation is the answer, or, a question, the next question.
  const exchange = ctx.exchange;
  if (exchange && exchange.prose === ctx.prose - 1 && s.quoteOnly && s.index === 0)
    return {
      ...found,
      speaker: isQuestion(s.quotes.map((q) => q.text).join(' ')) ? exchange.asker : exchange.answerer,
      how: 'exchange',
    };
  // Words that follow someone reported as speaking in the paragraph before are theirs ("X told reporters:" → “…”),
  // unless a quote came after that.
  const sayer = ctx.lastSayer;
  if (sayer && sayer.paragraph >= ctx.prose - 1 && sayer.paragraph > ctx.lastQuoteParagraph)
    return { ...found, speaker: sayer.record, sayerWhen: sayer.when, remote: sayer.remote, how: 'continues-sayer' };
  const last = ctx.lastQuote?.speaker;
  if (last && stillSpeaking(ctx, last.slug) && !(sayer && sayer.paragraph > ctx.lastQuoteParagraph))
    return {
      ...found,
      speaker: recordOf(last.slug, ctx),
      inherited: true,
      remote: ctx.lastQuote ? ctx.remote.has(ctx.lastQuote) : false,
      how: 'continues-quote',
    };
  // ("“…,” he told the paper on Friday. “…”" after someone unnamed: the same words, said then and there, by nobody named.)
  if (ctx.lastQuote && !last && sameParagraph && s.quoteOnly) return { ...found, inherited: true, remote: ctx.remote.has(ctx.lastQuote) };
  return null;
}

// "“So you can't rule it out?” Mr Nevin asked.": one short question, asked.
const ASKED_AFTER = /^[\s,]*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:asked|pressed|queried|put\s+to\s+(?:him|her))\b|\basked\s*[.,]?\s*$/u;
const isQuestion = (quote: string) => /\?\s*$/.test(quote);
// One sentence, a question, of at most 25 words: a question put to someone, not one a speaker ends on.
const shortQuestion = (quote: string) =>
  isQuestion(quote) && !/[.!?]["”’]?\s+\p{Lu}/u.test(quote.replace(/\?\s*$/, '')) && quote.split(/\s+/).length <= 25;

/**
 * The exchange after a quote: begun when one named person asks a short question of the one quoted in the paragraph
 * before, kept while the two take turns, ended by anyone else's words.
 */
function exchangeAfter(s: SentenceReading, who: QuoteSpeaker, ctx: Context): Context['exchange'] {
  const { speaker } = who;
  const current = ctx.exchange;
  if (current && speaker && current.prose >= ctx.prose - 1 && (speaker === current.asker || speaker === current.answerer))
    return { ...current, prose: ctx.prose };
  const prior = ctx.lastQuote?.speaker;
  const before = prior && ctx.lastQuoteParagraph === ctx.prose - 1 ? recordOf(prior.slug, ctx) : null;
  const quote = s.quotes.map((q) => q.text).join(' ');
  if (
    speaker?.kind === 'person' &&
    before?.kind === 'person' &&
    before !== speaker &&
    who.how?.startsWith('named') &&
    s.quotes.length === 1 &&
    shortQuestion(quote) &&
    ASKED_AFTER.test(s.outside)
  )
    return { asker: speaker, answerer: before, prose: ctx.prose };
  return null;
}

/**
 * "… announced in an email from chief executive X. Mint has reviewed the email. ¶ “Today I am asking …": a paragraph
 * that is only a quotation, after one naming a document and its issuer, quotes the document.
 */
function quotedDocument(s: SentenceReading, attribution: Attribution, found: QuoteSpeaker, ctx: Context): QuoteSpeaker | null {
  const doc = ctx.lastDocument;
  if (!doc || found.speaker || attribution.actor || attribution.verbAt !== null || !s.quoteOnly || s.index !== 0) return null;
  return doc.prose === ctx.prose - 1 && ctx.lastQuoteParagraph < doc.prose
    ? { ...found, speaker: doc.record, remote: true, how: 'quoted-document' }
    : null;
}

/** No verb of saying: the sentence's subject, if it comes before the words ("X poured scorn on … as “decorative”"). */
function subjectBeforeWords(s: SentenceReading, text: string): PersonRecord | null {
  const subject = subjectOf(s.actors.filter((a) => a.record && a.end <= (s.quotes[0]?.start ?? 0)));
  // Not where the words follow the name directly: 'President X “has put aside …”' quotes someone else about X.
  const predicate = subject ? /[\p{L}]/u.test(text.slice(subject.end, (s.quotes[0]?.start ?? 1) - 1)) : false;
  if (!subject || !predicate) return null;
  // "The Integrity Commission's report … found Mr Tolhurst had “failed to declare …”": the one a finding is about is
  // not its author; the body whose report it is, is.
  if (FINDING_BEFORE.test(text.slice(Math.max(0, subject.start - 40), subject.start))) {
    const owner = s.actors.find(
      (a) => a.possessive && a.record?.kind === 'organisation' && REPORT_AFTER.test(text.slice(a.end, a.end + 30)),
    );
    return owner?.record ?? null;
  }
  return subject.record ?? null;
}
// A verb of finding or ruling, then the one it is about: "… found Mr X had", "… concluded that X".
const FINDING_BEFORE =
  /\b(?:found|finds|concluded|concludes|ruled|rules|determined|alleged|alleges|showed|shows)\s+(?:that\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$/;
const REPORT_AFTER = /^['’]s?\s+(?:\w+\s+)?(?:report|review|inquiry|investigation|audit|ruling|judgment|judgement|findings|study)\b/;

// Written or posted, or said at a distance: "in a statement", "wrote on X", "said by phone", "in a telephone interview".
const WRITTEN =
  /\b(?:wrote|writing|written|posted|tweeted|in (?:a|an|its|his|her|their) (?:\w+ )?(?:statement|post|letter|op-ed|press release)|on (?:X|Twitter|Telegram|Truth Social|Facebook|Instagram|social media)|by (?:tele)?phone|by video(?: link| call)?|in an? (?:tele)?phone (?:interview|call)|in an? video (?:interview|call))\b/i;
// "Delgado said", "he added": an attribution that says nothing of where or to whom.
const BARE_ATTRIBUTION =
  /^[^\p{L}]*(?:[\p{L}.'’-]+\s+){0,4}(?:said|says|added|adds|continued|wrote|writes)\b[^\p{L}]*(?:(?:quietly|simply|later|then)\b[^\p{L}]*)?$/u;

/**
 * “Cleveland is in good hands,” Delgado said — after "Delgado congratulated Whitfield in a statement": words
 * attributed with nothing of their own, after the same person's written or posted words, are more of them.
 */
function writtenBefore(s: SentenceReading, speaker: PersonRecord, ctx: Context): boolean {
  const sayer = ctx.lastSayer;
  return Boolean(
    (sayer?.written || sayer?.toOutlet) &&
    sayer.record.slug === speaker.slug &&
    sayer.paragraph >= ctx.prose - 1 &&
    BARE_ATTRIBUTION.test(s.outside),
  );
}

/** When a sentence's quotations were said; `stated` if the sentence says so, `sameOccasion` if they carry on the last quote's. */
const AT_THE_TIME = /\bat the time\b/i;
// "… their second debate, held at a hotel on Nov 9. There, Ms Lestari accused …": the occasion just named.
const THERE = /^\s*(?:There|At that (?:debate|meeting|hearing|event|rally|session|briefing|conference|ceremony)),/;

// ("In an interview in a side room at lottery headquarters": an interview somewhere.)
const INTERVIEW_AT = /\binterview\s+(?:in|at|inside|outside)\s/i;
const OWN_OCCASION_NAMED = /\b(?:hearing|meeting|session|sitting|briefing|conference|rally|ceremony|debate|vigil)\b/i;

/**
 * "X told Reuters by phone that … ¶ “…,” she said.": words that follow, with no quotation between and no place of their
 * own, the report of what their speaker told someone elsewhere (by phone, to a broadcaster, in writing) go on from it.
 */
function toldRemotelyBefore(s: SentenceReading, speaker: PersonRecord, ctx: Context): boolean {
  const sayer = ctx.lastSayer;
  // (Only what says where the words went: to a paper or broadcaster, in writing, by phone; not whatever else the sentence
  // reports, "a claim … posted on a leak site".)
  // ("In an interview … in his office in Tokyo": not where the report put them somewhere.)
  if (!sayer || !(sayer.toOutlet || sayer.byPhone) || sayer.placed || sayer.record.slug !== speaker.slug) return false;
  if (sayer.paragraph < ctx.prose - 1 || ctx.lastQuoteParagraph >= sayer.paragraph) return false;
  // ("“…,” she said at the close of today's hearing": an occasion of their own.)
  return !NEW_OCCASION.test(s.outside) && !OWN_OCCASION_NAMED.test(s.outside) && ctx.placeIn(speechScope(s.outside), 'speech') === null;
}

// Words said straight after what was done to their speaker: "said after he was declared", "after being sworn in".
const AFTER_IT =
  /\b(?:after|when|once|as soon as)\s+(?:(?:he|she|they)\s+(?:was|were|had been)|being)\s+(?:declared|elected|re-elected|sworn in|named|appointed|confirmed|crowned|acquitted|sentenced|cleared|released)\b/i;

function quoteWhen(
  s: SentenceReading,
  attribution: Attribution,
  who: QuoteSpeaker,
  para: ParagraphReading,
  ctx: Context,
): { when: When; stated: When | null; sameOccasion: boolean; known: boolean } {
  const { speaker } = who;
  // More words of the same speaker on the same occasion: "… said on Thursday", then "he added".
  // (Not when the text has put them on another day since: "In her newsletter Tuesday, she wrote “…”. ¶ But on Wednesday
  // she joined the rest of the council. “…,” Halloran said.")
  const movedOn =
    ctx.lastDated?.slug === speaker?.slug &&
    ctx.lastDated?.prose !== undefined &&
    ctx.lastDated.prose > ctx.lastQuoteParagraph &&
    ctx.lastDated.date !== ctx.lastQuote?.date;
  const sameOccasion = Boolean(speaker && ctx.lastQuote?.speaker?.slug === speaker.slug && ctx.lastQuoteDated && !movedOn);
  // "Okafor said on Wednesday that …" and then her words, undated: said that Wednesday too.
  // ("The union responded in a statement hours later": another occasion.)
  const later = NEW_OCCASION.test(s.outside);
  const saidThen = speaker && !later && ctx.lastSayer?.dated && ctx.lastSayer.record.slug === speaker.slug ? ctx.lastSayer.when : null;
  // ("… was elected on the first count on Saturday evening. ¶ “…,” Mr Mulvihill said after he was declared.": the day
  // the paragraph before gave what the words came after.)
  // ("X … visited the hospital on Sunday afternoon and spoke briefly to journalists. ¶ “…,” X said.": the words that open
  // the next paragraph, with no quotation between, were said that day.)
  const opensNext =
    s.index === 0 &&
    /^\s*[“"]/.test(s.sentence.text) &&
    ctx.datedHere !== null &&
    ctx.datedHere.spoke &&
    ctx.lastQuoteParagraph < ctx.datedHere.prose;
  const reach = AFTER_IT.test(s.outside) || opensNext ? 1 : 0;
  const here = ctx.datedHere && ctx.prose - ctx.datedHere.prose <= reach && ctx.datedHere.slug === speaker?.slug ? ctx.datedHere : null;
  const dated = speaker && ctx.lastDated?.slug === speaker.slug ? ctx.lastDated : (saidThen ?? here);
  // "… she told the paper at the time.": the time named just before, in this paragraph or the one before.
  const then =
    AT_THE_TIME.test(s.outside) || THERE.test(s.sentence.text)
      ? (para.dates.filter((d) => d.start < s.sentence.start && inPast(d, para.base.date)).at(-1) ?? ctx.lastTime)
      : null;
  const stated = statedWhen(s, attribution, para.base.date) ?? (then ? { date: then.date, precision: then.precision } : null);
  const scene = sceneDayBefore(s, ctx);
  // ("Political analyst X told Romania Insider that …. ¶ “…,” he said.": more of what they told the paper, on the report's
  // day, not the story's.)
  const sayer = ctx.lastSayer;
  const toldPaperBefore =
    speaker &&
    sayer &&
    sayer.record.slug === speaker.slug &&
    sayer.toOutlet &&
    !sayer.dated &&
    !sayer.atOccasion &&
    sayer.paragraph >= ctx.prose - 1
      ? { date: para.base.date, precision: 'day' as DatePrecision }
      : null;
  const when =
    (who.inherited || (sameOccasion && !stated && !who.sayerWhen)) && ctx.lastQuote
      ? { date: ctx.lastQuote.date, precision: ctx.lastQuote.precision }
      : (stated ?? who.sayerWhen ?? dated ?? toldPaperBefore ?? scene ?? undatedWhen(s.outside, para, ctx));
  // ("X told The Press and Journal that … “…”. ¶ “…,” she said.": her next words are of the report's day as well.)
  return { when, stated, sameOccasion, known: Boolean(stated ?? who.sayerWhen ?? dated ?? scene) || givenToReporter(s.outside, ctx) };
}

/** The day the paragraph before set its scene on, for the words that open this one. */
function sceneDayBefore(s: SentenceReading, ctx: Context): When | null {
  const scene = ctx.sceneDay;
  return scene && scene.prose === ctx.prose - 1 && s.index === 0 ? { date: scene.date, precision: 'day' } : null;
}

// Words given to the reporter: "by phone", "in an email", "in a Viber message", "in an interview".
const TO_THE_REPORTER =
  /\b(?:by (?:tele)?phone|over the (?:tele)?phone|in an? (?:phone |telephone |video |emailed |e-mailed )?(?:interview|email|e-mail|text message)|via (?:e-?mail|WhatsApp|text|Signal)|in an? (?:text|WhatsApp|Viber|Signal|voice) (?:message|note))\b/i;

// "told The Herald outside the Parliament": told a paper where the story is.
const AT_A_PLACE = new RegExp(String.raw`\b(?:at the|on the pitch|in the mixed zone)\b|${TOLD_THERE.source}`, 'i');
// "told Times of Malta afterwards", "told Sky Sports on the pitch at full-time": at the story's occasion.
const AT_THE_OCCASION = new RegExp(
  String.raw`\b(?:afterwards|afterward|after the|before the|at full-time|at half-time|on the sidelines)\b|${AT_A_PLACE.source}`,
  'i',
);

/**
 * When undated words were said: the story's day, unless they were given to the reporter ("she said by phone", "in an
 * email", "he told STAT"), which the story's scene does not date: then the day of the report.
 */
function undatedWhen(outside: string, para: ParagraphReading, ctx: Context): When {
  return givenToReporter(outside, ctx) || PRESENT_SAYS.test(outside) ? { date: para.base.date, precision: 'day' } : para.fallbackDate;
}

/** Whether a sentence says its words were given to the reporter or to an outlet, not at the story's occasion. */
function givenToReporter(outside: string, ctx: Context): boolean {
  // ("… he told Sky Sports on the pitch at full-time", "told Times of Malta afterwards": at the story's occasion.)
  // ("… she told RNZ Pacific" in RNZ Pacific's own story: told the paper that reports it, on the day of the report.)
  return TO_THE_REPORTER.test(outside) || (toldAnOutlet(outside, ctx) && !AT_THE_OCCASION.test(outside));
}
// ("Mr Walker says the corporation will now push for …", "“…,” he says.": words in the present tense are the report's day,
// not the story's.)
const PRESENT_SAYS = /\b(?:says|tells|adds|explains|insists|argues|warns|admits|believes|thinks)\b/;

/** The time a sentence gives its quotations: next to its verb of saying, else next to the verb that introduces the words. */
// ", who gave evidence on Tuesday,", ", who testified on Monday,": a relative clause that tells when the person spoke.
const TESTIMONY_ASIDE = /^,\s+who\s+(?:(?:had\s+)?(?:gave|give)\s+evidence|testified|took\s+the\s+stand|spoke|addressed)\b/;

function statedWhen(s: SentenceReading, attribution: Attribution, refDate: string): When | null {
  const { sentence } = s;
  // "X told CNN on Sunday that … “…”, though he acknowledged …": the verb that introduces the words dates them too.
  const introducing = attribution.actor ? introducingVerb(sentence, sentence.start, s.quotes[0]?.start ?? sentence.end, s.marked) : null;
  // "X, who came here from Gdańsk in 2007, said …": a relative clause's time is the person's past, not the saying's.
  // ("Dr X, who gave evidence on Tuesday, said …": the aside is the occasion of the saying, and dates it.)
  const asides = [...sentence.text.matchAll(RELATIVE_ASIDE)]
    .filter((m) => !TESTIMONY_ASIDE.test(m[0]))
    .map((m) => ({
      start: sentence.start + (m.index ?? 0),
      end: sentence.start + (m.index ?? 0) + m[0].length,
    }));
  const dates = s.dates.filter((d) => !asides.some((a) => d.start >= a.start && d.start < a.end));
  return (
    pickDate(
      dates.filter((d) => saysWhen(d, attribution.verbAt, sentence)),
      attribution.verbAt,
      null,
      refDate,
    ) ??
    (introducing !== null
      ? pickDate(
          dates.filter((d) => saysWhen(d, introducing, sentence)),
          introducing,
          null,
          refDate,
        )
      : null) ??
    // ("X thanked him in a statement the same day for “four seasons …”": no verb of saying; the one day the sentence
    // names for itself, with no other day in it, is the words'.)
    (attribution.verbAt === null && dates.length === 1 && dates[0] && THAT_TIME.test(dates[0].surface)
      ? pickDate(dates, null, null, refDate)
      : null)
  );
}

// "told the same news conference": where the last words were said.
const SAME_OCCASION =
  /\b(?:the same|that) (?:news conference|press conference|briefing|meeting|event|hearing|rally|session|debate|summit|ceremony|gathering)\b/i;

/** Where a sentence's quotations were said, from the nearest evidence to the furthest. */
// "on a conference call from the company's West Perth office", "by video link from Port Sudan": where the speaker was.
const CALLED_FROM =
  /\b(?:call|link|phone|telephone|video|satellite|line|videoconference)\s+from\s+(?:(?:the|its|his|her|their)\s+)?(?:(?:company|firm|group|ministry|bank)['’]s\s+)?(?=\p{Lu})/u;

/** The place a call or a video link was made from, if the sentence says so. */
function calledFrom(outside: string, ctx: Context): PlaceRecord | null {
  const m = CALLED_FROM.exec(outside);
  if (!m) return null;
  const rest = outside.slice(m.index + m[0].length, m.index + m[0].length + 60);
  const known = ctx.placeIn(`in ${rest}`, 'speech');
  if (known) return known;
  // "from the company's West Perth office": a suburb or a town no gazetteer lists, named for the office in it.
  const name = OFFICE_IN.exec(rest)?.[1];
  if (!name || ctx.people.knows(name)) return null;
  const record: PlaceRecord = { name, slug: slugify(name), kind: 'city', parent: null, aliases: [], scene: false, found: true };
  ctx.foundPlaces.set(record.slug, record);
  return record;
}
const OFFICE_IN = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:office|offices|headquarters|home|studio|base|bureau)\b/u;

// "Speaking at a briefing at the town hall on Monday": a building of the town the article was filed from, unnamed.
// ("… told reporters outside the union's headquarters", "at a news conference at the bank", "in an interview at the plant":
// a building the story's town has, named by what it is.)
const LOCAL_BUILDING =
  /\b(?:at|in|outside|inside)\s+the\s+(?:(?:\p{Ll}+['’]s\s+)?(?:headquarters|offices|office|plant|factory|hotel|hospital|bank|ministry)|town hall|city hall|council offices|council chamber|police headquarters|police station|fire station|courthouse|town square|market square)\b/iu;

/** The dateline's town, for words said at one of its unnamed local buildings. */
function localBuilding(outside: string, ctx: Context): PlaceRecord | null {
  const town = ctx.dateline?.place;
  return town && town.kind === 'city' && LOCAL_BUILDING.test(outside) ? town : null;
}

function quotePlace(s: SentenceReading, who: QuoteSpeaker, when: When, para: ParagraphReading, ctx: Context): [Ref | null, string] {
  const { gazetteer, knowledge } = ctx;
  // ("X told Reuters by phone from Kemi": where they were, not where anyone heard the words.)
  if (BY_PHONE_FROM.test(s.outside)) return [null, 'by-phone'];
  const rules: Array<[string, () => Ref | null | undefined]> = [
    ['called-from', () => placeRef(calledFrom(s.outside, ctx))],
    ['sentence', () => placeRef(ctx.placeIn(speechScope(s.outside), 'speech'))],
    ['named-after', () => who.namedAfterPlace],
    ['in-words', () => placeRef(whereTheWordsSay(s.quotes, gazetteer))],
    ['same-occasion', () => (who.inherited || SAME_OCCASION.test(s.outside) ? ctx.lastQuote?.place : null)],
    ['occasion', () => (s.occasion && s.occasion.date === when.date ? s.occasion.place : null)],
    ['local-building', () => placeRef(localBuilding(s.outside, ctx))],
    ['fronted', () => (REMOTE.test(s.outside) ? null : para.fronted)],
    [
      'scene',
      () =>
        ctx.scene &&
        ctx.prose - ctx.scene.prose <= (ctx.scene.reach ?? SCENE_REACH) &&
        ctx.scene.day === when.date &&
        !toldElsewhere(s.sentence.text, ctx)
          ? ctx.scene.place
          : null,
    ],
    ['occasion-before', () => (s.occasionBefore && s.occasionBefore.date === when.date ? s.occasionBefore.place : null)],
    ['event-place', () => placeRef(findEventPlace(s.sentence.text, when.date, knowledge, gazetteer, ctx.named))],
    // Words told to a broadcaster or written were not said where the speaker was last seen.
    [
      'speaker-last-seen',
      () =>
        who.speaker && !who.remote && !toldElsewhere(s.sentence.text, ctx)
          ? ctx.places.recall(who.speaker.slug, when.date, ctx.paragraph)
          : null,
    ],
    // ("Beatrice Mumba … walked a reporter along her field outside Chingola on Thursday. ¶ “…,” Mumba told The Associated
    // Press.": told the paper, but where the sentence before showed them with its reporter.)
    [
      'scene-told-paper',
      () =>
        who.speaker &&
        !who.remote &&
        !REMOTE.test(s.outside.replace(/\btold\b/g, 'said to')) &&
        !BROADCAST.test(s.outside) &&
        !spokeJustBefore(who.speaker, ctx) &&
        toldAnOutlet(s.sentence.text, ctx)
          ? ctx.places.recall(who.speaker.slug, when.date, ctx.paragraph, 1)
          : null,
    ],
    ['section', () => placeRef(para.sectionPlace)],
  ];
  for (const [how, rule] of rules) {
    const place = rule();
    if (place) return [place, how];
  }
  return [null, 'none'];
}

/** The entry for a sentence's quotations, joined by ellipses. */
function quoteEntry(
  s: SentenceReading,
  speaker: PersonRecord | null,
  when: When,
  place: Ref | null,
  para: ParagraphReading,
  ctx: Context,
): Entry {
  const { base } = para;
  const quote = s.quotes.map((q) => q.text).join(' … ');
  return {
    id: stableId('q', normaliseWords(quote).join(' ')),
    ...when,
    time: when.date === base.date ? base.time : null,
    instant: when.date === base.date ? base.instant : null,
    speaker: speaker ? speakerRef(speaker) : null,
    people: peopleFromMentions(s.actors, speaker, s.people),
    place,
    topics: assignTopics(`${s.sentence.text} ${base.post?.headline ?? ''}`, ctx.knowledge).map(ref),
    quote,
    text: s.sentence.text.trim(),
    headline: null,
    sources: [para.source],
  };
}

// "that morning", "that afternoon", "later that day": a time of the day the text last named.
const THAT_TIME = /\b(?:(?:that|the same) (?:morning|afternoon|evening|night|day)|(?:hours|minutes) later)\b/i;

const REPORTER_VISIT =
  /\b(?:when|as|while)\s+(?:(?:this|the|a|our)\s+(?:correspondent|reporter|journalist|writer)|I|we|(?:The\s+)?\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,2})\s+visited\b/u;

// A group that gave the reporter its words: "The traders spoke in separate interviews with NAN", "They spoke to this reporter".
const GROUP_INTERVIEWED =
  /^(?:The|These|Other|Several|Some|Many|They)\b(?:\s+\p{Ll}[\p{L}-]*){0,3}\s+(?:spoke|were\s+speaking|were\s+interviewed|gave\s+their\s+views)\s+(?:separately\s+)?(?:in\s+(?:separate\s+)?interviews?\s+)?(?:to|with|by)\b/u;

/** How short a paragraph's opening sentence is for its day to date the rest of the paragraph. */
const TOPIC_WORDS = 9;

// "The next day", "the following day", "a day later", "two days later": counted from the day the text last named.
const AFTER_MIDNIGHT = /\b(?:shortly |just |soon |minutes )?after midnight\b/i;
const DAYS_LATER = /\b(?:the next day|the following day|a day later|(two|three|four|five|\d) days later)\b/i;
// "A day earlier in Moscow", "the previous day", "two days earlier": counted back from the day the text last named.
const DAYS_EARLIER = /\b(?:the previous day|the day before|a day earlier|(two|three|four|five|\d) days earlier)\b/i;
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
/** How many days a count says: "two", "3"; none, "a" or "one" is one. */
const dayCount = (word: string | undefined) => (!word || /^(?:a|one)$/i.test(word) ? 1 : (COUNT_WORDS[word.toLowerCase()] ?? Number(word)));
// "A day before the vote", "two days after the hearing": a day counted from an occasion the text dated.
const DAYS_APART = /\b(a|one|two|three|four|five|\d)\s+days?\s+(before|after)\s+$/i;

// What is written, not said somewhere: "On Thursday, the two countries signed a memorandum" … "The memorandum stated that …".
const WRITTEN_NOUNS = String.raw`statement|memorandum|letter|declaration|communiqu[eé]|decree|resolution|ruling|judgment|verdict`;
const WRITTEN_OCCASION = new RegExp(String.raw`^(?:${WRITTEN_NOUNS})$`, 'i');
// An occasion a story names with its day ("a tense session on Tuesday", "after Tuesday's meeting") and later
// by "the": "Zambrano told the session", "Cedeño said at the meeting", "At a press conference after the signing".
const OCCASION_NOUNS = String.raw`session|meeting|hearing|briefing|(?:news|press) conference|rally|debate|signing|ceremony|plenary|summit|forum|gathering|funeral|vigil|inquest|talks|match|game|win|defeat|victory|draw|final|race|launch|protest|march|sitting|assembly|congress|convention|conference|call|vote|opening|service|prayers|${WRITTEN_NOUNS}`;
// ("… attended the first Friday prayers at the centre on 21 March" … "Speaking after the prayers, X said".)
// ("About 300 vendors met at the market on Wednesday" … "told the meeting"; "signed eleven agreements Monday" … "after the signing".)
// ("The appeal was launched on Wednesday evening at a reception in the City Chambers" … "Speaking at the launch".)
// ("The bill, which passed 267 to 116 late on Thursday" … "told reporters after the vote": a chamber's vote, by its verb;
// "voted" and "approved" tried too: they cost held-out dates.)
// (Not one to come: "… would review its cooperation if it passed".)
const OCCASION = new RegExp(
  String.raw`\b(${OCCASION_NOUNS}|met|signed|opened|briefed|launched|(?<!\b(?:if|whether|unless|until|before)\s+(?:[\w-]+\s+){0,3})(?:passed))\b`,
  'gi',
);
const FRONTED_STORY_OCCASION = new RegExp(String.raw`^(?:After|Before|During|Following|At)\s+the\s+(?:${OCCASION_NOUNS})\b`);
const THE_OCCASION = new RegExp(String.raw`\b(?:the(?: same)?|that) (${OCCASION_NOUNS})\b`, 'gi');
// A verb of saying or "that" straight before an occasion's word: the occasion is what is said about.
const ABOUT_BEFORE = /\b(?:said|says|say|saying|argued|insisted|that|whether)\s+$/i;
// "Speaking to journalists afterwards", "On arrival, X said": after, or on arriving at, the occasion just told.
const AFTERWARDS =
  /\b(?:afterwards|afterward|after it ended|once it ended|on (?:his |her |their )?arrival|on arriving|as (?:he|she|they) arrived)\b/i;
// A noun's determiner before an occasion's word: "held a news conference", "Tuesday's rally" (not "have been meeting").
const NOUN_BEFORE = /(?:\b(?:a|an|the|its|their|his|her)|['’]s)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
// Words that name their own occasion or channel: "said in an interview", "told reporters outside the hotel".
const OWN_OCCASION =
  /\b(?:interview|statement|post|told reporters|told journalists|news conference|press conference|briefing|wrote|posted|by phone|on the phone)\b/i;
// Occasions people gather at and speak: what is said just after one is told may be said there.
const GATHERING_OCCASION =
  /^(?:news conference|press conference|briefing|rally|meeting|hearing|session|vigil|march|protest|gathering|forum|ceremony|funeral|inquest|sitting|assembly|convention|conference|service)$/i;
// Those gathered at an occasion, told something there: "told the congregation", "told mourners", "told the crowd".
const TOLD_THOSE_GATHERED =
  /\b(?:told|addressed|urged|reminded|assured|thanked)\s+(?:the\s+)?(?:congregation|mourners|worshippers|crowd|crowds|rally|marchers|protesters|those\s+gathered|gathering|audience|meeting|assembled\s+\w+)\b/i;
/** How many prose paragraphs back "the meeting" may name a dated meeting. */
const OCCASION_REACH = 4;
/** How far from an occasion's noun its day may be named in the sentence ("a session on Tuesday"). */
const OCCASION_DAY_WINDOW = 40;
/** … or further, with nothing setting a clause off between them. */
const OCCASION_CLAUSE_WINDOW = 150;
// ("The company briefed journalists about the results on Tuesday … ¶ … said at the briefing": the verb's occasion.)
// ("… gave Dundee a 2-1 win on Saturday. ¶ Speaking in the tunnel after the match, …": a result is its match.)
const OCCASION_OF_VERB: Record<string, string> = {
  met: 'meeting',
  signed: 'signing',
  opened: 'opening',
  briefed: 'briefing',
  launched: 'launch',
  passed: 'vote',
  game: 'match',
  win: 'match',
  defeat: 'match',
  victory: 'match',
  draw: 'match',
};
// A part of a sporting event before the word for it: "the sprint race", "the qualifying session".
const SUB_EVENT_BEFORE = /\b(?:sprint|qualifying|practice|warm-up|preliminary|heats?)\s+$/i;
const occasionKey = (noun: string) => {
  const word = noun.toLowerCase();
  return OCCASION_OF_VERB[word] ?? word.replace(/^(?:news|press) conference$/, 'conference');
};

/**
 * The days a sentence names without a date, as mentions of them: "that morning", "hours later" (the day the text last
 * named), "the next day" (the day after it); and, in a sentence that names no past time of its own, "the session"
 * (the day of the session the text named before) or the day its paragraph's short opening sentence gave.
 */
function withImpliedDays(s: SentenceReading, ctx: Context): SentenceReading {
  const added: DateMention[] = [];
  const m = ctx.lastDay ? THAT_TIME.exec(s.outside) : null;
  if (m && ctx.lastDay) {
    const start = s.sentence.start + m.index;
    added.push({ start, end: start + m[0].length, surface: m[0], date: ctx.lastDay, precision: 'day' });
  }
  // "The next day, the player's agent told …": days after the day the text last named.
  const next = ctx.lastDay ? DAYS_LATER.exec(s.outside) : null;
  const after = next ? dayCount(next[1]) : 0;
  if (next && ctx.lastDay && after > 0) {
    const date = format(addDays(parseISO(ctx.lastDay), after), 'yyyy-MM-dd');
    const start = s.sentence.start + next.index;
    if (date <= ctx.article.date) added.push({ start, end: start + next[0].length, surface: next[0], date, precision: 'day' });
  }
  // "… wrote on X shortly after midnight" after the evening the text last dated: the next day, when the sentence names none.
  const midnight = ctx.lastDay && added.length === 0 ? AFTER_MIDNIGHT.exec(s.outside) : null;
  if (midnight && ctx.lastDay && !s.dates.some((d) => d.precision === 'day')) {
    const date = format(addDays(parseISO(ctx.lastDay), 1), 'yyyy-MM-dd');
    const start = s.sentence.start + midnight.index;
    if (date <= ctx.article.date) added.push({ start, end: start + midnight[0].length, surface: midnight[0], date, precision: 'day' });
  }
  const back = ctx.lastDay && added.length === 0 ? DAYS_EARLIER.exec(s.outside) : null;
  const before = back ? dayCount(back[1]) : 0;
  if (back && ctx.lastDay && before > 0) {
    const date = format(subDays(parseISO(ctx.lastDay), before), 'yyyy-MM-dd');
    const start = s.sentence.start + back.index;
    added.push({ start, end: start + back[0].length, surface: back[0], date, precision: 'day' });
  }
  let occasion: Occasion | undefined;
  let told: Occasion | undefined;
  // ("… said the number had roughly doubled since 2019": where a span starts, not when the words were said.)
  const ownTime = s.dates.some((d) => inPast(d, ctx.article.date) && !/^since\b/i.test(d.surface));
  if (!ownTime && (ctx.occasions.size > 0 || ctx.openingDay)) {
    for (const o of s.outside.matchAll(THE_OCCASION)) {
      // ("he said the vote proved that …": what the words are about, not when they were said.)
      if (ABOUT_BEFORE.test(s.outside.slice(Math.max(0, (o.index ?? 0) - 20), o.index ?? 0))) continue;
      // ("… said in his speech on the Senate floor before the vote": the vote the opening told, on the opening's day.)
      const opening = ctx.openingDay && { date: ctx.openingDay.date, place: null, prose: ctx.prose, since: ctx.prose };
      const spoken = !WRITTEN_OCCASION.test(o[1] ?? '') && !/^call$/i.test(o[1] ?? '');
      const recorded = ctx.occasions.get(occasionKey(o[1] ?? ''));
      // ("… clashed … in the final television debate of the campaign last night. ¶ … (a transcript) … ¶ Speaking to
      // reporters at RTÉ after the debate, she said …": the lede's occasion is the story's, however far on.)
      const lede = recorded?.since === 1 && spoken ? recorded : null;
      const known =
        (recorded && ctx.prose - recorded.prose <= OCCASION_REACH ? recorded : lede) ?? (recorded ? null : spoken ? opening : null);
      if (!known) continue;
      const start = s.sentence.start + (o.index ?? 0);
      // ("A day before the vote, she had told broadcaster RMF FM …": days apart from the occasion, and not at it.)
      const apart = DAYS_APART.exec(s.outside.slice(Math.max(0, (o.index ?? 0) - 30), o.index ?? 0));
      if (apart) {
        const n = dayCount(apart[1]);
        const date = format(addDays(parseISO(known.date), /^after$/i.test(apart[2] ?? '') ? n : -n), 'yyyy-MM-dd');
        if (date <= ctx.article.date) added.push({ start, end: start + o[0].length, surface: o[0], date, precision: 'day' });
        break;
      }
      added.push({ start, end: start + o[0].length, surface: o[0], date: known.date, precision: 'day' });
      occasion = known;
      break;
    }
    // "Wednesday's meeting, held at the Federal Secretariat, lasted five hours. ¶ Speaking to journalists afterwards, …":
    // the occasion the text named last.
    const last = [...ctx.occasions.values()].reduce<Occasion | null>((a, b) => (a === null || b.prose > a.prose ? b : a), null);
    const afterwards = occasion ? null : AFTERWARDS.exec(s.outside);
    if (afterwards && last && ctx.prose - last.prose <= 1) {
      const start = s.sentence.start + afterwards.index;
      added.push({ start, end: start + afterwards[0].length, surface: afterwards[0], date: last.date, precision: 'day' });
      occasion = last;
    }
    // ("A service of thanksgiving was held in the cathedral yesterday. ¶ The Dean … told the congregation that …": those
    // gathered at the occasion the text named last, on its day; where, the text may say otherwise.)
    const gathered = occasion || afterwards || !last?.gathering ? null : TOLD_THOSE_GATHERED.exec(s.outside);
    if (gathered && last && ctx.prose - last.prose <= 1) {
      const start = s.sentence.start + gathered.index;
      added.push({ start, end: start + gathered[0].length, surface: gathered[0], date: last.date, precision: 'day' });
    }
    // "… an association of former shareholders held a news conference on Tuesday to demand … ¶ “…,” said the
    // association's lawyer, Nadia Conti.": words opening the paragraph after a spoken occasion, of no day of their own.
    const justTold =
      !occasion &&
      last !== null &&
      last.place !== null &&
      last.gathering === true &&
      recent(last.date, ctx.article.date) &&
      !OWN_OCCASION.test(s.outside) &&
      // ("… speaking at a rally at Naya Paltan on Friday … ¶ “…,” Sikder said.": someone quoted before, not at the rally.)
      !s.actors.some((a) => a.record?.kind === 'person' && !a.pronoun && ctx.people.namedOnlyLongBefore(a.record)) &&
      ctx.prose - last.prose === 1 &&
      ctx.lastQuoteParagraph !== last.prose &&
      s.index === 0 &&
      s.quotes.length > 0 &&
      /^\s*[“"]/.test(s.sentence.text);
    if (justTold && last) {
      added.push({ start: s.sentence.start, end: s.sentence.start, surface: '', date: last.date, precision: 'day' });
      told = last;
    }
  }
  // … and the words that open the paragraph after a scene the text dated, with no day of their own.
  const scene = ctx.sceneBefore;
  if (
    added.length === 0 &&
    scene?.prose === ctx.prose - 1 &&
    s.index === 0 &&
    /^\s*[“"]/.test(s.sentence.text) &&
    !s.dates.some((d) => inPast(d, ctx.article.date))
  )
    added.push({ start: s.sentence.start, end: s.sentence.start, surface: '', date: scene.date, precision: 'day' });
  // "Zamalek responded on Monday. Board member X told reporters …": a paragraph's short opening sentence dates the rest.
  const topic = ctx.topicDay;
  if (added.length === 0 && topic?.prose === ctx.prose && s.index > 0 && !s.dates.some((d) => inPast(d, ctx.article.date))) {
    const start = s.sentence.start;
    added.push({ start, end: start, surface: '', date: topic.date, precision: 'day' });
  }
  if (added.length === 0) return s;
  return { ...s, dates: [...s.dates, ...added].sort((a, b) => a.start - b.start), occasion, occasionBefore: told };
}

// ("Several hundred Buddhist monks and lay supporters marched from the Fort railway station … on Wednesday afternoon": a
// crowd somewhere, whatever the text calls where.)
const CROWD_GATHERED =
  /\b(?:supporters|protesters|protestors|demonstrators|crowds?|monks|marchers|residents|workers|farmers|students|fans|mourners|villagers|activists|hundreds|thousands)\b[^.;:“”"]*\b(?:marched|gathered|rallied|protested|assembled|massed|queued|packed|converged|blocked|lined)\b/i;

const ASKED_ON_DAY =
  /^(?:Asked|Pressed|Questioned)\s+(?:(?:by\s+\S+\s+)?(?:on|late|early|later)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday)\b/;

/** Remembers the last past day a sentence names outside quotations, for a later "that morning", and the occasions it dates. */
function rememberDay(s: SentenceReading, para: ParagraphReading, ctx: Context): void {
  const days = s.dates.filter((d) => d.precision === 'day' && inPast(d, para.base.date));
  // "When The Gleaner visited Willowdene yesterday morning, …", "… she said when this correspondent visited Chakbara on
  // June 9": the reporter's visit is when the words the story does not date were said, from then on.
  const visit = REPORTER_VISIT.exec(s.outside);
  const visitDay = visit ? days.find((d) => d.start >= s.sentence.start + visit.index) : undefined;
  if (visitDay && !para.base.post) ctx.storyDay.day = { date: visitDay.date, precision: 'day' };
  // "The traders spoke in separate interviews with the News Agency of Nigeria (NAN) on Tuesday in Ibadan.": the day and
  // the place of the interviews the words after it come from, which the story does not date or place again.
  const interviews = s.quotes.length === 0 && !para.base.post ? GROUP_INTERVIEWED.exec(s.outside) : null;
  const interviewDay = interviews ? days.find((d) => d.start >= s.sentence.start + interviews.index) : undefined;
  if (interviews && interviewDay) {
    ctx.storyDay.day = { date: interviewDay.date, precision: 'day' };
    const place = ctx.placeIn(s.outside.slice(interviews.index), 'speech');
    if (place) ctx.scene = { place: ref(place), prose: ctx.prose, day: interviewDay.date, reach: OCCASION_SCENE_REACH };
  }
  if (s.index === 0) {
    // ("Asked on Sunday whether he could go under 2:03 next year, he laughed. “…,” he said.": a question's fronted day.)
    const asked = ASKED_ON_DAY.test(s.sentence.text) ? days[0] : undefined;
    ctx.topicDay =
      days.length === 1 && days[0] && s.quotes.length === 0 && s.sentence.text.split(/\s+/).length <= TOPIC_WORDS
        ? { date: days[0].date, prose: ctx.prose }
        : asked && s.quotes.length === 0
          ? { date: asked.date, prose: ctx.prose }
          : null;
    // "Parents outside Whitney Young high school on Friday morning were split. ¶ “…,” said X": a scene with no words of its own.
    // (A scene: people somewhere that day, not an event told ("dismissed six ministers late Tuesday"), a span ("meeting
    // since Friday") or a day to come ("Sunday's final stage").)
    const only = days.length === 1 ? days[0] : undefined;
    ctx.sceneBefore =
      only &&
      !namesEvent(only, para.text) &&
      !/\b(?:since|until|will)\b/i.test(s.sentence.text) &&
      !/[“”"]/.test(para.text) &&
      !SPEECH_VERB_ONCE.test(para.text) &&
      (ctx.placeIn(s.outside, 'speech') !== null || CROWD_GATHERED.test(s.sentence.text))
        ? { date: only.date, prose: ctx.prose }
        : null;
  }
  const day = days.at(-1);
  if (day) ctx.lastDay = day.date;
  if (days.length === 0) return;
  for (const o of s.outside.matchAll(OCCASION)) {
    const at = s.sentence.start + (o.index ?? 0);
    const end = at + o[0].length;
    const distance = (d: DateMention) => (d.start >= end ? d.start - end : d.end <= at ? at - d.end : 0);
    const nearest = days.reduce<DateMention | null>((best, d) => (best === null || distance(d) < distance(best) ? d : best), null);
    // ("The meeting opened on Friday at the Casa Amarilla, …, with a short ceremony led by …": one told after the day.)
    const toldAfter =
      days.every((d) => d.date === days[0]?.date && d.end <= at) &&
      /\b(?:a|an)\s+(?:[\p{Ll}-]+\s+)?$/u.test(s.sentence.text.slice(Math.max(0, at - s.sentence.start - 30), at - s.sentence.start));
    // ("At a closed-door session of the African Union's Peace and Security Council in Addis Ababa on Wednesday, …".)
    const sameClause =
      nearest !== null &&
      !/[,;:()—–]/.test(para.text.slice(Math.min(end, nearest.end), Math.max(at, nearest.start))) &&
      distance(nearest) <= OCCASION_CLAUSE_WINDOW;
    if (nearest && (distance(nearest) <= OCCASION_DAY_WINDOW || sameClause || toldAfter)) {
      // "In Puerto Bolívar, residents packed a parish hall on Tuesday night for a meeting": where it was held.
      // (A statement is written: it has a day, not a place.)
      const written = WRITTEN_OCCASION.test(o[1] ?? '');
      const place = written ? null : (para.fronted ?? placeRef(ctx.placeIn(speechScope(s.outside), 'speech')));
      const gathering =
        GATHERING_OCCASION.test(o[1] ?? '') &&
        NOUN_BEFORE.test(s.sentence.text.slice(Math.max(0, at - s.sentence.start - 40), at - s.sentence.start));
      // ("after the sprint race" on Saturday is not "the race" of Sunday's report: a part of the event, not the event.)
      const part = SUB_EVENT_BEFORE.test(s.sentence.text.slice(0, at - s.sentence.start));
      const key = occasionKey(o[1] ?? '');
      const before = ctx.occasions.get(key);
      const since = before?.date === nearest.date ? before.since : ctx.prose;
      if (!part) ctx.occasions.set(key, { date: nearest.date, place, prose: ctx.prose, gathering, since });
    }
  }
}

/** Whom a sentence without quotations of its own is about, and whether it reports them saying something. */
interface SentenceSayer {
  /** Its attribution, read as if the sentence quoted something. */
  said: Attribution;
  /** The mention of the one it reports as saying something. */
  sayer: Actor | null;
  /** Who that is, a pronoun resolved. */
  record: PersonRecord | null;
  /** Who the sentence is about: the one who "said" something, else its grammatical subject. */
  subject: PersonRecord | null;
  /** Reported speech ("Melanie Joly said a deadline should be set …"), not only a mention of the sayer. */
  speaks: boolean;
  /** Whether a time belongs to an aside between the sayer and the verb. */
  inSideClause: (d: DateMention) => boolean;
}

/**
 * A sentence that quotes no one → an event entry per past time it names, and an entry for what it reports
 * someone saying; it also tells `ctx` whom it is about, where and when, for the sentences after it.
 */
function proseEntries(s: SentenceReading, para: ParagraphReading, ctx: Context): Entry[] {
  const { sentence } = s;
  para.fronted = frontedScene(sentence, ctx) ?? para.fronted;
  rememberScene(s, para, ctx);
  const found = sentenceSayer(s, para, ctx);
  // Someone unnamed speaking ("A senior official, who asked not to be named, said …"): "he" next is them, not anyone
  // named, and whoever a pronoun in the sentence seemed to be is not its subject.
  const verb = SPEECH_VERB_ONCE.exec(s.outside);
  // ("Her husband Graham was more blunt. “…,” he said.", "One of the survivors, a 34-year-old Belgian, was treated …": a
  // relation or someone described twice as the subject, speaking or not, is whom "he" next means.)
  const described = ANONYMOUS.test(sentence.text);
  const relation = UNNAMED_RELATION.test(sentence.text);
  const unnamedWithoutVerb = (relation && /^(?:Her|His|Their)\s/.test(sentence.text)) || (described && DESCRIBED_TWICE.test(sentence.text));
  const verbAt = verb?.index ?? sentence.text.length;
  const anonymous =
    (verb !== null || unnamedWithoutVerb) &&
    (described || relation || NOT_NAMED.test(sentence.text.slice(0, verbAt)) || SPOKES_SUBJECT.test(sentence.text)) &&
    // (Not "A police spokesman, Enamul Haque, said": named after all; "Chan's wife" is not Chan.)
    !s.actors.some((a) => a.record?.kind === 'person' && !a.pronoun && !a.possessive && a.start < sentence.start + verbAt) &&
    // (Nor "A Ryanair spokesperson said": the body speaks through its spokesperson.)
    !s.actors.some((a) => a.record?.kind === 'organisation' && SPOKES_NEXT.test(sentence.text.slice(a.end - sentence.start, verbAt)));
  const who = anonymous ? { ...found, subject: null, record: null, sayer: null, speaks: false } : found;
  // "Ferlini said he had lost 14 kilos" with a Matteo and a Lucia Ferlini: someone the text names but does not say which,
  // whom "he" next means as much as anyone unnamed.
  if (anonymous || (!found.record && verb !== null && sharedSurnameSays(s.outside, ctx))) ctx.anonymous = { prose: ctx.prose };
  else if (who.subject) ctx.anonymous = null;
  if (who.subject) ctx.subjects.push(who.subject);
  ctx.proseSubject =
    who.subject?.kind === 'person' && !PASSIVE.test(mainClause(s.outside))
      ? {
          record: who.subject,
          prose: ctx.prose,
          end: sentence.end,
          last: para.text.slice(sentence.end).trim() === '',
          asked: askedIn(s, para.text),
          askedPronoun: askedPronounIn(sentence.text),
        }
      : null;
  if (ctx.proseSubject?.asked) ctx.lastAsked = { record: ctx.proseSubject.asked, prose: ctx.prose };
  ctx.spokeTo = who.subject?.kind !== 'person' ? spokeToIn(s, ctx) : null;
  const opener = who.subject ? null : NAME_OPENS.exec(sentence.text)?.[1];
  ctx.proseCandidate =
    opener && ctx.people.considered(opener)
      ? { name: opener, prose: ctx.prose, end: sentence.end, last: para.text.slice(sentence.end).trim() === '' }
      : null;
  rememberDocuments(sentence.text, sentence.start, s.actors, ctx);
  // Event entries: a sentence that dates something that has happened, one per time it names.
  if (who.subject) rememberSubjectScene(s, who.subject, para, ctx);
  const made = otherDates(s.dates, null, para.base.date).map((d) =>
    eventEntry(d, sentence, s.actors, s.people, para.base, para.source, ctx, who.subject),
  );
  rememberSayer(s, who, para, ctx);
  const line = lineSpeaker(s, who, made, para);
  if (line) made.push(...spokenEntry(made[0], para.fallbackDate, line, s, para, ctx));
  const reporter = reporterOf(s, who, para, ctx);
  if (reporter && (who.said.how === 'passive' || !onlyActs(s.outside))) {
    // Dated by a time next to its verb ("said on Friday"), not by what the words are about ("critical last autumn").
    const saidOn = s.dates.filter((d) => saysWhen(d, reporter.at, sentence) && !who.inSideClause(d));
    const when = pickDate(saidOn, reporter.at, para.fallbackDate, para.base.date);
    // (Words said, not a count called: "the ABC has called 84 seats for Labor on Sunday morning".)
    if (saidOn.length > 0 && SAID_PLAINLY.test(sentence.text.slice(reporter.at - sentence.start))) noteSaidOn(when, ctx);
    made.push(
      ...spokenEntry(
        made.find((e) => e.date === when.date),
        when,
        reporter.record,
        s,
        para,
        ctx,
      ),
    );
  }
  return made;
}

// Verbs of saying that report no words: someone being asked a question ("Lehtovuori was asked whether the government
// would extend …"), and a declaration that is an act ("declared a state of emergency", "declared an internal armed
// conflict", "declared martial law").
const BEING_ASKED = /\b(?:was|were|been|being|is|are)\s+(?:(?:also|then|later|again|\p{Ll}+ly)\s+)?asked\b/iu;
const DECLARED_ACT =
  /\b(?:declared|declares|declaring)\s+(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:emergency|conflict|disaster|curfew|mourning|holiday|war|lockdown)\b|martial\s+law\b|war\b)/giu;
// "…, and said …": a saying of their own after the question.
const AND_SAID = /\band\s+(?:then\s+|later\s+)?(?:said|says|told|replied|answered|added)\b/i;

/**
 * Whether the only saying the sentence reports is one of those: being asked (what the question holds, "why the
 * utility had not warned customers", is not their saying), or declaring an emergency.
 */
function onlyActs(outside: string): boolean {
  const asked = BEING_ASKED.exec(outside);
  if (asked) return !SPEECH_VERB_ONCE.test(outside.slice(0, asked.index)) && !AND_SAID.test(outside.slice(asked.index));
  const rest = outside.replace(DECLARED_ACT, (m) => ' '.repeat(m.length));
  return rest !== outside && !SPEECH_VERB_ONCE.test(rest);
}

// A body's spokesperson, straight after its name: "A Ryanair spokesperson said".
const SPOKES_NEXT = /^\s+spokes(?:person|man|woman)\s+(?:also\s+)?$/;

// A surname right before a verb of saying: "Ferlini said", "Ilodibe had said", "Okafor also told".
const SURNAME_SAYS = /(?:^|[\s,])(\p{Lu}[\p{Ll}'’-]+)\s+(?:(?:had|has|also|then|later)\s+)?(?:said|says|told|added|wrote)\b/u;

/** Whether a surname two people registered share speaks in the words ("Ferlini said …"), which one the text does not say. */
function sharedSurnameSays(outside: string, ctx: Context): boolean {
  const surname = SURNAME_SAYS.exec(outside)?.[1];
  return surname !== undefined && ctx.people.shared(surname);
}

/** A sentence opening on where it happens ("At a clinic in Hamilton,"): that place, else null. */
function frontedScene(sentence: Span, ctx: Context): Ref | null {
  const opening = FRONTED_PLACE.exec(sentence.text);
  const scene = opening ? ctx.placeIn(opening[0], 'speech') : null;
  return scene ? ref(scene) : null;
}

/** How many paragraphs a scene set in prose carries for the words quoted after it. */
const SCENE_REACH = 2;

/**
 * "At the isolation ward of X Hospital, Rabi sat beside her son. ¶ “…,” she said.": a venue where a sentence that quotes
 * no one puts its people sets the scene for the words quoted that day in the next paragraphs.
 */
function rememberScene(s: SentenceReading, para: ParagraphReading, ctx: Context): void {
  if (SPEECH_VERB_ONCE.test(s.outside) || para.base.post) return;
  const opening = FRONTED_PLACE.exec(s.sentence.text);
  // … or a seat of government anywhere in it: "X welcomed his guest at the Merdeka Palace with a cavalry escort".
  const seat = opening ? null : ctx.placeIn(s.outside, 'speech');
  // ("At the company's Takapuna depot this morning, drivers … were relieved. ¶ “…,” said X": the day the scene states
  // dates the undated words that open the next paragraph.)
  const sceneDay = opening
    ? s.dates.find(
        (d) =>
          d.precision === 'day' &&
          d.start - s.sentence.start < opening[0].length &&
          (STATED_DAY.test(d.surface) || PART_OF_DAY.test(d.surface)) &&
          d.date <= para.base.date,
      )
    : undefined;
  if (sceneDay && !WILL.test(s.outside)) ctx.sceneDay = { date: sceneDay.date, prose: ctx.prose };
  // ("Principal X opened the vigil from a stage on the 50-yard line of Veterans Memorial Stadium": an occasion held at a
  // venue is where the words said at it that day were said, for as long as the story stays at it.)
  // (Not "The rally started late after police stopped the convoy at Layibi junction": a clause of its own between.)
  const held = seat ? OCCASION_HELD.exec(s.outside) : null;
  const venueAt = held && seat ? s.outside.indexOf(seat.name) : -1;
  const occasion = held !== null && !(venueAt > held.index && CLAUSE_OPENS.test(s.outside.slice(held.index, venueAt)));
  const venue = opening
    ? ctx.placeIn(opening[0], 'speech')
    : (seat?.world || occasion) && !seat?.chamber && seat?.kind === 'venue'
      ? seat
      : null;
  // ("At the Ha Long fish market on Sunday, traders swept …": a place of a city it does not name is in the city.)
  const city = opening && venue?.kind === 'city' && /^\S+\s+the\s+\p{Lu}[\p{L}'’ -]*?\s+\p{Ll}/u.test(opening[0]);
  if ((venue?.kind !== 'venue' && !city) || !venue || venue.chamber) return;
  const day = pickDate(s.dates, null, null, para.base.date)?.date ?? para.fallbackDate.date;
  ctx.scene = occasion
    ? { place: ref(venue), prose: ctx.prose, day, reach: OCCASION_SCENE_REACH }
    : { place: ref(venue), prose: ctx.prose, day };
}

// An occasion where many speak, held at a venue the sentence names.
const OCCASION_HELD =
  /\b(?:vigil|memorial service|funeral|ceremony|rally|gala|concert|commemoration|town hall meeting|prize-giving|awards night)\b/i;
/** How many paragraphs an occasion's venue holds for the words said that day. */
const OCCASION_SCENE_REACH = 8;
const CLAUSE_OPENS = /\b(?:after|before|when|while|because|since|until)\b/i;
// A day the text states (not one an occasion stands for: "at the summit").
const STATED_DAY = /\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today/i;
// "this morning", "last night": a part of a day the text states.
const PART_OF_DAY = /\b(?:this|last)\s+(?:morning|afternoon|evening|night)\b|\btonight\b/i;
// (", in a resolution passed last week, termed …", ", in a statement on Monday, said …": the document the words are in.)
const SPEAKING_ASIDE =
  /^\s*,\s*(?:speaking|talking|testifying|appearing|addressing|answering|responding|briefing|visiting|touring|inspecting|attending|arriving|in\s+(?:a|an|its|his|her|their)\s+(?:\p{Ll}+\s+)?(?:resolution|statement|letter|post|message|communiqu[eé]|filing|notice|submission|ruling|judgment|order))\b/iu;

/** Whom a sentence is about and whether it reports them speaking; a pronoun is resolved against the sentences before. */
function sentenceSayer(s: SentenceReading, para: ParagraphReading, ctx: Context): SentenceSayer {
  const { sentence } = s;
  const said = attributeSpeaker(sentence.text, sentence.start, s.actors, []);
  const sayer = said.actor;
  // "X, who met Y last month, said …": a time set off between the sayer and the verb dates the aside, not the saying.
  // ("Asked whether he feared Kranjc, who gained 11 seconds in last Friday's time trial, the Dane said …": a relative
  // clause before the sayer dates what it says of someone else.)
  const asides = sayer
    ? [...sentence.text.matchAll(RELATIVE_ASIDE)]
        .map((m) => ({ start: sentence.start + (m.index ?? 0), end: sentence.start + (m.index ?? 0) + m[0].length }))
        .filter((a) => a.end <= sayer.start)
    : [];
  const inSideClause = (d: DateMention) =>
    asides.some((a) => d.start >= a.start && d.start < a.end) ||
    (sayer !== null &&
      said.verbAt !== null &&
      d.start >= sayer.end &&
      d.start < said.verbAt &&
      /^\s*,/.test(para.text.slice(sayer.end, said.verbAt)) &&
      // ("X, speaking to reporters at La Moneda on Tuesday, urged …": an aside that is the speaking dates it.)
      !(SPEAKING_ASIDE.test(para.text.slice(sayer.end, said.verbAt)) && STATED_DAY.test(d.surface)));
  const record = sayer?.pronoun ? resolvePronoun(sayer, s.actors, ctx, sentence) : (sayer?.record ?? null);
  // "On Tuesday morning she was at her usual table": a pronoun subject is whoever it resolves to.
  // "Asked how much the ankle would limit Piedmont State, Ostrowski shrugged.": the subject follows the fronted clause.
  const fronted = FRONTED_SUBORDINATE.exec(sentence.text);
  const main = fronted ? s.actors.filter((a) => a.start >= sentence.start + fronted[0].length) : s.actors;
  const first = main.find((a) => !a.possessive && !a.object);
  const pronounSubject = !record && first?.pronoun ? resolvePronoun(first, s.actors, ctx, sentence) : null;
  const subject = record ?? pronounSubject ?? subjectOf(main)?.record ?? subjectOf(s.actors)?.record ?? null;
  // Reported speech ("Melanie Joly said a deadline should be set …") is something said, on a date:
  // the sentence's own, else the day of the article or post.
  const speaks =
    sayer !== null &&
    (said.how === 'passive' ||
      // ("… were shot dead in Lima, according to the National Federation of Urban Transport Workers": when the name is
      // whole, not cut before its "and", "on" or "of", and not whose data or correspondents.)
      (said.how === 'according-to' &&
        !CUT_SOURCE.test(sentence.text.slice(sayer.end - sentence.start)) &&
        !SOURCE_OF.test(sentence.text.slice(0, sayer.start - sentence.start))) ||
      (sayerLeads(sentence.text, sayer.start - sentence.start, sayer.end - sentence.start) &&
        speechVerbFollows(sentence.text, sayer.end - sentence.start)));
  return { said, sayer, record, subject, speaks, inSideClause };
}

// What shows a source after "according to" is cut short or is not the one speaking: more words after it ("the National
// Disaster Prevention| and Response Service", "the Polish| ministry", "the Ventura| campaign", "JA| Zen-Noh Tamago"),
// an owner's "'s" or a slash ("RFE|/RL correspondents"): the source's name must end at a stop or a comma.
const CUT_SOURCE = /^(?:\s+[\p{L}\d]|['’]s?\s|\/|-)/u;

// "according to the office of Prime Minister X", "according to data from X": the source is what is of them.
const SOURCE_OF = /\baccording\s+to\s+(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+){0,3}?(?:of|from|by)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/** Remembers where the sentence puts its subject that day, and the time a fronted time gives what they do next. */
function rememberSubjectScene(s: SentenceReading, subject: PersonRecord, para: ParagraphReading, ctx: Context): void {
  const { sentence } = s;
  const { base } = para;
  const first = pickDate(s.dates, null, null, base.date);
  // ("… led by Jordi Vilalta had 44 seats on Sunday night. ¶ Vilalta appeared before supporters at …": the day their
  // next words are dated by.)
  const day = first?.date ?? (ctx.lastDated?.slug === subject.slug ? ctx.lastDated.date : para.fallbackDate.date);
  // ("The India Open begins in New Delhi tomorrow, and Obiora said …": the subject's own clause.)
  const mention = s.actors.find((a) => a.record?.slug === subject.slug);
  const outside = mention ? s.outside.slice(clauseStart(s.outside, mention.start - sentence.start)) : s.outside;
  // "… is expected to meet relatives in Nairobi": where someone will be is not where they are.
  // ("Dr Nyeko, a paediatrician by training, worked at Lira Regional Referral Hospital for a decade": a career, not a scene.)
  const here =
    FUTURE.test(outside) || (CAREER.test(outside) && !SPEECH_VERB_ONCE.test(outside))
      ? null
      : (calledFrom(outside, ctx) ??
        ctx.placeIn(speechScope(outside), 'speech') ??
        findEventPlace(sentence.text, day, ctx.knowledge, ctx.gazetteer, ctx.named));
  // ("Reached by phone in the Black Sea port of Varna, X said …": where they were, but not where anyone heard them.)
  if (here && !BY_PHONE_FROM.test(outside)) ctx.places.remember(subject.slug, day, ctx.paragraph, ref(here));
  // Only a fronted time ("In a Cabinet meeting this week, Trump …") sets the time of what follows.
  // … or the time of an occasion the subject is at: "Zuckerberg offered a primer … during testimony Tuesday".
  const fronted =
    s.dates.find((d) => d.start - sentence.start < FRONTED_TIME_WINDOW && d.start < (s.actors[0]?.start ?? Infinity)) ??
    s.dates.find(
      (d) =>
        d.precision === 'day' &&
        d.start > subjectEnd(s, subject) &&
        OCCASION_BEFORE.test(para.text.slice(Math.max(0, d.start - 70), d.start)),
    );
  // "Sunday's final stage is a time trial, where Arboleda will start last": a day to come, not one they spoke on.
  const recent = fronted && !WILL.test(s.outside) ? pickDate([fronted], null, null, base.date) : null;
  if (recent && differenceInCalendarDays(parseISO(base.date), parseISO(recent.date)) <= FRONTED_TIME_DAYS)
    ctx.lastDated = { slug: subject.slug, ...recent, prose: ctx.prose };
  // ("On May 22, Saar told the daily … ¶ After the vote, he struck a more conciliatory tone. ¶ “…,” Saar told ERR News":
  // an occasion the text gives no other day, fronted, is the story's: the earlier day no longer dates what they say.)
  else if (
    !fronted &&
    (ctx.lastDated?.slug === subject.slug || ctx.lastQuote?.speaker?.slug === subject.slug) &&
    FRONTED_STORY_OCCASION.test(sentence.text) &&
    s.dates.length === 0
  )
    ctx.lastDated = { slug: subject.slug, ...para.fallbackDate, prose: ctx.prose };
  // "X, who was appointed in September, apologised in the Commons on Monday.": the one day is the occasion.
  const days = s.dates.filter((d) => inPast(d, base.date) && d.precision === 'day');
  if (!fronted && days.length === 1 && days[0] && !WILL.test(s.outside))
    ctx.datedHere = { slug: subject.slug, date: days[0].date, precision: 'day', prose: ctx.prose, spoke: spokeThatDay(s, days[0]) };
}

/** Whether the speaker was quoted or reported speaking in this paragraph or the one before (not only seen somewhere). */
function spokeJustBefore(speaker: PersonRecord, ctx: Context): boolean {
  const quoted = ctx.lastQuote?.speaker?.slug === speaker.slug && ctx.lastQuoteParagraph >= ctx.prose - 1;
  const reported = ctx.lastSayer?.record.slug === speaker.slug && ctx.lastSayer.paragraph >= ctx.prose - 1;
  return quoted || reported;
}

const BY_PHONE_FROM = /\b(?:by|over the)\s+(?:satellite\s+)?(?:tele)?phone\b/i;
// A broadcaster told: "told broadcaster NHK", "told BBC Radio", "told the TV channel".
const BROADCAST = /\b(?:broadcaster|radio|television|TV|channel|NHK|BBC|CNN|RTÉ|RTE|Sky|ESPN)\b/;

// Where someone's career was: "worked at", "trained at", "spent two decades at".
const CAREER = /\b(?:worked|trained|studied|taught|practi[sc]ed|spent\s+(?:\w+\s+){1,2}(?:years|decades?)|grew up|was born)\b/i;

// An occasion just before a time: "during testimony Tuesday", "at a news conference on Monday", "in an interview on Sunday".
const OCCASION_BEFORE =
  /\b(?:testimony|hearing|interview|speech|address|news conference|press conference|briefing|trial|summit|debate|rally|visit)\b(?![^.;,“”"]*\bthat\b)[^.;,“”"]{0,45}$/i;

// "… spoke briefly to journalists at the entrance", ", speaking to the radio station RPP on Sunday,": words to come.
const SPOKE_TO =
  /\b(?:spoke|speaking|talked|talking)\s+(?:briefly\s+|later\s+)?(?:to|with)\s+(?:the\s+)?(?:journalists|reporters|the press|media|radio|television|\p{Ll}+\s+(?:station|broadcaster|channel|network)|\p{Lu})/u;
/** How far from the words "spoke to …" the day they were spoken on may be named. */
const SPOKE_DAY_WINDOW = 60;

/** Whether the sentence has its subject speak to someone on its one day, in one clause ("… on Sunday and spoke to …"). */
function spokeThatDay(s: SentenceReading, day: DateMention): boolean {
  const m = SPOKE_TO.exec(s.outside);
  // (A day the text states, not one an occasion stands for: "speaking to Irish journalists at the summit".)
  if (!m || !/\d|day|night|morning|afternoon|evening/i.test(day.surface)) return false;
  const at = s.sentence.start + m.index;
  const between =
    day.end <= at
      ? s.sentence.text.slice(day.end - s.sentence.start, m.index)
      : s.sentence.text.slice(m.index + m[0].length, day.start - s.sentence.start);
  return between.length <= SPOKE_DAY_WINDOW && !/[,;:()—–]/.test(between);
}

/** Where the sentence names its subject (so an occasion after it is theirs). */
function subjectEnd(s: SentenceReading, subject: PersonRecord): number {
  return s.actors.find((a) => a.record?.slug === subject.slug)?.end ?? s.sentence.start;
}

/** The sayer a sentence reports, with what it says of where their words went. */
function sayerOf(record: PersonRecord, sentence: string, when: When, dated: boolean, ctx: Context): NonNullable<Context['lastSayer']> {
  return {
    record,
    paragraph: ctx.prose,
    when,
    dated,
    remote: toldElsewhere(sentence, ctx),
    written: WRITTEN.test(sentence),
    toOutlet: toldAnOutlet(sentence, ctx) && !AT_A_PLACE.test(sentence),
    byPhone: TO_THE_REPORTER.test(sentence) && !INTERVIEW_AT.test(sentence),
    placed: ctx.placeIn(sentence, 'speech') !== null,
    atOccasion: AT_THE_OCCASION.test(sentence),
  };
}

/** Remembers the one the sentence reports as speaking, or as about to ("X told reporters:"), for the words that follow. */
// "Speaking later …", "Afterwards, X said": another occasion than the words before.
// "after her address", "after his speech": after the speaker's own occasion, the day of which the text has given.
const AFTER_OWN_OCCASION = /\bafter\s+(?:her|his|their)\s+(?:address|speech|remarks|keynote|testimony|evidence|sermon|homily|briefing)\b/i;
const NEW_OCCASION = /\b(?:later|afterwards|since then)\b/i;

function rememberSayer(s: SentenceReading, who: SentenceSayer, para: ParagraphReading, ctx: Context): void {
  const { sentence } = s;
  const { record, sayer, subject, speaks } = who;
  // "X laid out the position in a series of posts on X." — the words that follow are theirs.
  const introduces = subject && (/:\s*$/.test(sentence.text) || SPEECH_NOUN.test(sentence.text));
  if (!(record && sayer && speaks) && introduces && subject) {
    const stated = pickDate(s.dates, null, null, para.base.date);
    ctx.lastSayer = sayerOf(subject, sentence.text, stated ?? para.fallbackDate, stated !== null, ctx);
  }
  // (A source of figures, "according to the United Nations", says nothing quoted next.)
  if (record && sayer && (speaks || /:\s*$/.test(sentence.text)) && who.said.how !== 'according-to') {
    ctx.people.noteSayer(record);
    const stated = pickDate(
      s.dates.filter((d) => saysWhen(d, who.said.verbAt ?? sayer.end, sentence) && !who.inSideClause(d)),
      sayer.end,
      null,
      para.base.date,
    );
    // ("Speaking to reporters after her address, Ms Tully said …": on the day of her address.)
    const ownOccasion = AFTER_OWN_OCCASION.test(sentence.text) ? ctx.spokeOn.get(record.slug) : undefined;
    if (stated && !ctx.spokeOn.has(record.slug)) ctx.spokeOn.set(record.slug, stated);
    ctx.lastSayer = sayerOf(
      record,
      sentence.text,
      stated ?? ownOccasion ?? para.fallbackDate,
      stated !== null || ownOccasion !== undefined,
      ctx,
    );
    // ("The mayor's office said in a statement" above is not the mayor's statement: only a sayer the sentence names.)
    const statement = IN_A_STATEMENT.exec(sentence.text)?.[1];
    if (statement) issued(statement, record, ctx.lastSayer.when, ctx);
    // "Early results on Tuesday showed X ahead. ¶ Speaking on Monday, X said …": a later report of their saying, on a
    // day of its own, dates their next words, not the day of what they did before it.
    if (stated && ctx.lastDated?.slug === record.slug && ctx.lastDated.date !== stated.date) ctx.lastDated = null;
    // "…,” she told the paper at the time. ¶ Speaking later …, she said …. ¶ “…,” she said.": the words after a new
    // report of the speaker carry on the report, not the earlier quote's occasion.
    // ("At a press conference on Sunday, X had warned that …" after her words of Wednesday: the same.)
    if (
      ctx.lastQuote?.speaker?.slug === record.slug &&
      (NEW_OCCASION.test(sentence.text) || (stated && stated.date !== ctx.lastQuote.date))
    )
      ctx.lastQuoteDated = false;
  }
}

/** A transcript line's speaker, if the sentence is their words: not when it is about someone else doing something. */
function lineSpeaker(s: SentenceReading, who: SentenceSayer, made: Entry[], para: ParagraphReading): PersonRecord | null {
  const { speakerOfLine } = para;
  // A transcript line's sentence is its speaker's words unless it is about someone else doing something.
  const aboutOther =
    s.actors.some((a) => a.record && a.record.slug !== speakerOfLine?.slug && !a.possessive && !a.object) &&
    !/\b(?:I|we)\b/.test(s.sentence.text);
  return speakerOfLine && !aboutOther && !(who.record && who.speaks) && !made.some((e) => e.speaker) ? speakerOfLine : null;
}

/** The one a sentence reports as saying something, and where: "X said …", or set off by commas, "…, said X." */
function reporterOf(
  s: SentenceReading,
  who: SentenceSayer,
  para: ParagraphReading,
  ctx: Context,
): { record: PersonRecord; at: number } | null {
  // "The combination has been steady, said Tom Forte." / "Within months, Forte said, Whole Foods was …": a sayer
  // set off by commas, after the words or inside them.
  const setOff = !(who.record && who.speaks) && !para.speakerOfLine ? invertedSayer(s.sentence, s.actors) : null;
  if (who.record && who.sayer && who.speaks) return { record: who.record, at: who.said.verbAt ?? who.sayer.end };
  // "Uniper said in a statement that Ratcliffe had been “…”. It said about 170 staff would stay on": the body just
  // quoted, in the sentence before, speaking again as "it".
  const it = IT_SAID.exec(s.sentence.text);
  const quoted = ctx.lastQuote?.speaker && ctx.lastQuoteParagraph === ctx.prose ? recordOf(ctx.lastQuote.speaker.slug, ctx) : null;
  if (it && quoted?.kind === 'organisation' && s.index > 0) return { record: quoted, at: s.sentence.start + it[0].length };
  return setOff ?? (who.record ? null : namedNext(s, para, ctx));
}
const IT_SAID = /^It\s+(?:also\s+)?(?:said|added|stated|noted)\b/;

// A sayer described by their office, unnamed: "The chair of the Te Kōwhai Residents' Association said", "The center's
// director said", "The MP for Dover and Deal said", "Moffatt's solicitor told the court", "A police spokesman said".
// ("The chief executive of Community Pharmacy West Yorkshire, which represents pharmacy owners, said": what the body is.)
const DESCRIBED_SAYER = new RegExp(
  String.raw`^(?:The|An?|\p{Lu}[\p{L}-]+['’]s)\s+(?=[^,;:“”"]{0,80}?\b(?:head|chair|chairman|chairwoman|chairperson|director|executive|president|commander|leader|secretary|manager|founder|owner|officer|chief|coordinator|organi[sz]er|principal|MP|MLA|TD|MSP|lawyer|solicitor|barrister|counsel|attorney|spokes(?:man|woman|person))\b)[^,;:“”"]{3,90}?(?:,\s+which\s[^,;:“”"]{1,80},)?\s+(?:said|says|told|tells|added)\b`,
  'u',
);
// The next sentence naming someone bare, with no description, speaking: "Graham McKinnon told RNZ …", "Megumi Sato of
// Sakurazaka Realty said …", "Speaking at a constituency surgery in Deal this morning, Liam Carver said: …".
// ("Mia Castellano, who was 19 at the time, said …": a relative clause of her own, but no other office.)
// ("Col. Issoufou Maïga said": a rank's abbreviation before the name.)
const NAMED_BARE_NEXT =
  /^(?:Speaking\s[^,;:“”"]{1,80},\s+)?(?:(?:Col|Lt|Gen|Maj|Capt|Brig|Cmdr|Adm|Sgt|Supt|Insp|Dr|Prof)\.\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,4}|,\s+who\s[^,;:“”"]{1,60},)?\s+(?:said|says|told|tells|added)\b/u;

/**
 * "The chair of the residents' association said the village had not been consulted. Graham McKinnon told RNZ …": a sayer
 * described by their office, then named bare in the next sentence, speaking again, is that person.
 */
function namedNext(s: SentenceReading, para: ParagraphReading, ctx: Context): { record: PersonRecord; at: number } | null {
  const described = DESCRIBED_SAYER.exec(s.outside);
  if (!described) return titledNext(s, para, ctx);
  // ("A Fire and Emergency spokeswoman said …. ¶ Hato Hone St John said …": a spokesperson unnamed, with "a", stays
  // unnamed; the next sayer is someone else.)
  if (/^An?\s+(?:\p{Lu}[\p{L}-]*\s+(?:(?:and|of|&)\s+)?)+spokes(?:man|woman|person)\b/u.test(described[0])) return null;
  // ("The fire service's area manager for protection said … ¶ Gareth Lomax said …": the next paragraph's first sentence,
  // after a paragraph's last; a name the first reading found to be a person's.)
  const next = para.sentences[s.index + 1]?.text ?? firstSentenceAfter(ctx);
  const name = next ? NAMED_BARE_NEXT.exec(next)?.[1] : undefined;
  const record =
    name && ctx.people.knows(name)
      ? ctx.people.resolve(name)
      : name && ctx.people.expected(name)
        ? ctx.people.add(name, null, 'person')
        : null;
  return record?.kind === 'person' ? { record, at: s.sentence.start + described[0].length } : null;
}

// A sayer described by an office no name follows: "A Dutch minister travelling with the royal couple said …".
const DESCRIBED_OFFICE =
  /^(?:The|An?)\s+(?:[\p{L}-]+\s+){0,3}?(minister|official|diplomat|ambassador|envoy|councillor|councilor|senator)\b[^,;:“”"]{0,80}?\s+(?:said|says|told|tells|added)\b/u;
// How copy shortens an office before a name: "A local councillor said …. Cllr Pádraig Hegarty said".
const OFFICE_SHORT: Record<string, string> = { councillor: 'Cllr\\.?|Cr\\.?', councilor: 'Cr\\.?', senator: 'Sen\\.' };

/**
 * "A Dutch minister travelling with the royal couple said … . Foreign Trade Minister Sanne Verbeek, who is leading a
 * delegation, told AFP …": a sayer described by an office, then named in the next sentence with that office, speaking.
 */
function titledNext(s: SentenceReading, para: ParagraphReading, ctx: Context): { record: PersonRecord; at: number } | null {
  const described = DESCRIBED_OFFICE.exec(s.outside);
  const next = described ? para.sentences[s.index + 1]?.text : undefined;
  if (!described || !next) return null;
  const office = described[1] ?? '';
  const short = OFFICE_SHORT[office];
  const titled = new RegExp(
    String.raw`^(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:[${office.charAt(0).toUpperCase()}${office.charAt(0)}]${office.slice(1)}${short ? `|${short}` : ''})\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?:,\s+(?:who|a|an|the)\s[^,;:“”"]{1,80},)?\s+(?:said|says|told|tells|added)\b`,
    'u',
  ).exec(next);
  const name = titled?.[1];
  const record = name && ctx.people.knows(name) ? ctx.people.resolve(name) : null;
  return record?.kind === 'person' ? { record, at: s.sentence.start + described[0].length } : null;
}

/** Makes `record` the speaker of the sentence's entry `existing`, else of a new one dated `when`; the new entry, if any. */
function spokenEntry(
  existing: Entry | undefined,
  when: When,
  record: PersonRecord,
  s: SentenceReading,
  para: ParagraphReading,
  ctx: Context,
): Entry[] {
  const { sentence } = s;
  const entry =
    existing ??
    eventEntry(
      { start: sentence.start, end: sentence.start, surface: '', ...when },
      sentence,
      s.actors,
      s.people,
      para.base,
      para.source,
      ctx,
      record,
    );
  entry.speaker = speakerRef(record);
  // ("Speaking at a briefing at the town hall on Monday, the mayor said …" ¶ "“…,” he said.": there too.)
  // ("Abbotsford Mayor Dale Hiebert, speaking at the same news conference, said …": where the last words were said.)
  const there = placeRef(reportedWhere(s, ctx)) ?? (SAME_OCCASION.test(s.outside) ? (ctx.lastQuote?.place ?? null) : null);
  if (there) ctx.places.remember(record.slug, entry.date, ctx.paragraph, there);
  return existing ? [] : [entry];
}

// What follows a verb of saying and says where: "at the town hall", "reporters in Manila", "to journalists outside the court".
const SAID_WHERE = /^(?:\s+(?!that\b)[\p{L}'’-]+){0,5}?\s+(?:at|in|outside|inside|from)\s[^,;:.“”"]{1,80}/u;

/** Where the clause holding offset `at` begins: after the last ", and" or ", but" before it (0 if none). */
function clauseStart(text: string, at: number): number {
  const joint = [...text.slice(0, Math.max(0, at)).matchAll(/,\s+(?:and|but)\s+/g)].pop();
  return joint ? (joint.index ?? 0) + joint[0].length : 0;
}

/**
 * Where a sentence reporting someone's words says they said them: before the verb of saying, or in a place phrase
 * right after it; not in what they said ("He said the Cabra remained in the area", "… and recalled its diplomats from
 * Kigali"), nor in a description set off by commas ("Tavares, a former federal deputy from Parana state, said …").
 */
function reportedWhere(s: SentenceReading, ctx: Context): PlaceRecord | null {
  if (toldElsewhere(s.sentence.text, ctx)) return null;
  const verb = [...s.outside.matchAll(SPEECH_VERB)][0];
  const verbEnd = verb ? (verb.index ?? 0) + verb[0].length : s.outside.length;
  const where = SAID_WHERE.exec(s.outside.slice(verbEnd))?.[0] ?? '';
  // ("The India Open begins in New Delhi tomorrow, and Zhi Hao said …": the saying's own clause.)
  const attribution = (s.outside.slice(clauseStart(s.outside, verb?.index ?? 0), verbEnd) + where).replace(
    /,\s+(?:a|an|the)\s[^,;:]*,/g,
    (aside) => ' '.repeat(aside.length),
  );
  return ctx.placeIn(speechScope(attribution), 'speech') ?? localBuilding(attribution, ctx);
}

function postEntry(post: Post, first: Paragraph | undefined, ctx: Context): Entry {
  const text = first?.text ?? '';
  const both = `${post.headline} ${text}`;
  const actors = findActors(both, post.date, ctx.gazetteer, [], [], ctx.named);
  return {
    id: stableId('p', ctx.article.article.id, post.anchor),
    date: post.date,
    precision: 'day',
    time: postTime(post),
    instant: post.instant,
    speaker: null,
    people: peopleFromMentions(actors, null, []),
    place: placeRef(ctx.placeIn(both)),
    topics: assignTopics(both, ctx.knowledge).map(ref),
    quote: null,
    text,
    headline: post.headline,
    sources: [{ article: ctx.article.article.id, anchor: post.anchor }],
  };
}

function unclosedQuote(paragraph: Paragraph, article: ParsedArticle): ContentProblem {
  return {
    file: article.article.file,
    field: `line ${paragraph.line}`,
    message: `a quotation opens and never closes ("${paragraph.text.slice(0, 50)}…"): add the closing quotation mark`,
  };
}

/** The people a reading of the whole article finds, by name, for a second reading to know from the start. */
function firstReading(article: ParsedArticle, text: string, gazetteer: Gazetteer): { names: string[]; surnames: Array<[string, string]> } {
  const people = new ArticlePeople();
  const known = knownNames(gazetteer);
  people.learnTitles(text);
  people.text = text;
  people.isPlace = (name) => gazetteer.isPlace(name);
  people.isTwoWordPlace = people.isPlace;
  for (const p of article.paragraphs) if (p.kind !== 'heading' && p.kind !== 'other') findNewPeople(p.text, known, people);
  return { names: people.found().map((f) => f.name), surnames: people.shownSurnames() };
}

// "6:45 a.m. PT – ", "14:30 GMT – ", "11:02 BST: ": a paragraph opening on the time of an update.
const TIME_STAMP = /^\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[–—:-]\s/;

// An opening set at an occasion where words are said: a final, a press room, a briefing, a ceremony, a debate.
const OPENING_OCCASION =
  /\b(?:final|match|press room|press conference|news conference|briefing|ceremony|debate|hearing|summit|rally|homily|mixed zone|launch event|unveiled|unveiling|meeting of|session of|election|vote|referendum|polls)\b/i;
// An occasion a sentence puts what it tells at: "at a meeting at City Hall", "during a heated session".
const AT_AN_OCCASION =
  /\b(?:at|during)\s+(?:a|an|the|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:meeting|hearing|session|sitting|briefing|press conference|news conference|rally|debate|ceremony|programme|program|seminar|symposium|workshop|launch|reception|gala|vigil)\b/iu;
/** The first sentence of the prose paragraph after the one being read, if the next one is prose. */
function firstSentenceAfter(ctx: Context): string | undefined {
  const after = ctx.article.paragraphs.slice(ctx.paragraph + 1).find((p) => p.kind !== 'heading');
  return after?.kind === 'paragraph' ? splitSentences(after.text)[0]?.text : undefined;
}

// Told, in the passive: "were told", "had been told".
const PASSIVE_TOLD = /\b(?:was|were|been|being)\s+(?:\p{Ll}+ly\s+)?(?:told|asked|ordered|warned)$/u;
// A named court sitting on a day: "at Liverpool Magistrates' Court on Wednesday", "at Teesside Crown Court yesterday",
// "appeared in Melbourne Magistrates' Court on Tuesday".
const AT_COURT_ON_DAY =
  /\b(?:at|in|before)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:Court|Courthouse|Tribunal)\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday)\b/u;
// A sitting's questions named with its day: "during Leaders' Questions on Tuesday", "at Prime Minister's Questions on
// Wednesday", "during question period on Monday".
const OCCASION_ON_DAY =
  /\b(?:at|during|in)\s+(?:(?:the|a|an)\s+)?(?:[\p{L}'’-]+\s+){0,2}(?:[Qq]uestions|[Qq]uestion [Tt]ime|[Qq]uestion [Pp]eriod)\s+on\s/u;
// "… said on Monday in an interview with the GloboNews channel": words given to a broadcaster or a paper.
const AN_INTERVIEW = /\b(?:in|during) an? (?:[\w-]+ )?interview\b/i;
/** How many paragraphs after an undated opening the story's day is looked for. */
const STORY_DAY_PARAGRAPHS = 3;
// A story of a night: "after a night of strong swings", "on a bruising night for the Coalition", "election night".
const NIGHT_STORY = /\b(?:a night of|on an? (?:[\p{Ll}-]+ )?night\b|election night|(?:late|last) night)/iu;
// A time at night next to a day: "shortly after 10:30pm on Saturday", "Saturday night", "late on Saturday".
const AT_NIGHT = /\d(?::\d\d)?\s*p\.?m\b|\bnight\b|\blate\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/i;

/**
 * "A man … has been jailed. ¶ … ¶ Sentencing him at Teesside Crown Court yesterday, Judge X said …", "Ms Y … told
 * supporters at Simpang Lima square on Saturday (Nov 16) that …": when the opening gives no day, the first words said
 * on a day a few before publication, in the paragraphs after it, give the story's day.
 */
function storyDayAfterOpening(
  article: ParsedArticle,
  opening: { index: number; text: string },
  /** How long the opening's dateline is (0: none). */
  filedLength: number,
): When | null {
  // An opening on a day of its own ("… on Tuesday evening") has said which day the story is.
  // (Not the day its dateline says it was filed: "SEOUL, July 27 (Yonhap) --".)
  if (
    findDates(opening.text, article.date).some(
      (d) => d.precision === 'day' && inPast(d, article.date) && d.start >= filedLength && !namesEvent(d, opening.text),
    )
  )
    return null;
  const next = article.paragraphs.slice(opening.index + 1).filter((p) => p.kind === 'paragraph' && p.post === null);
  // ("… has claimed a second term …, after a night of strong swings" … "took to the stage shortly after 10:30pm on
  // Saturday", the morning after: a night's story is told on the night it names.)
  if (NIGHT_STORY.test(`${article.article.meta.title} ${opening.text}`)) {
    for (const p of next.slice(0, STORY_DAY_PARAGRAPHS)) {
      const night = findDates(p.text, article.date).find(
        (d) =>
          d.precision === 'day' &&
          differenceInCalendarDays(parseISO(article.date), parseISO(d.date)) === 1 &&
          AT_NIGHT.test(p.text.slice(Math.max(0, d.start - 25), d.end + 10)),
      );
      if (night) return { date: night.date, precision: 'day' };
    }
  }
  for (const p of next.slice(0, STORY_DAY_PARAGRAPHS)) {
    for (const sentence of splitSentences(p.text)) {
      // The first sentence on a day decides: words said that day, or else no story day ("The stock fell … on Thursday").
      const dates = findDates(sentence.text, article.date);
      if (!dates.some((d) => d.precision === 'day' && recent(d.date, article.date))) continue;
      const said = SPEECH_VERB_ONCE.exec(sentence.text.replace(/“[^”]*”|"[^"]*"/g, (q) => ' '.repeat(q.length)));
      // ("Residents were told on Wednesday evening they had to leave": an order given, in the passive, is no one's words.)
      const verb = said && PASSIVE_TOLD.test(sentence.text.slice(0, said.index + said[0].length)) ? null : said;
      // "Minutes after beating Kawasaki in the final, the 24-year-old sat in front of a packed press room … ¶ … won
      // 21-19 … yesterday": an opening set at an occasion, and the day the story gives it, is the day of its words.
      if (!verb && OPENING_OCCASION.test(opening.text)) return sceneDateOf(sentence.text, article.date);
      // ("… approved the scheme by six votes to four at a meeting at City Hall on Wednesday": the sentence's own occasion.)
      // ("The slate memorial on the village green was unveiled on Saturday in front of about 300 people": the same.)
      if (!verb && (AT_AN_OCCASION.test(sentence.text) || CEREMONY.test(sentence.text))) return sceneDateOf(sentence.text, article.date);
      // ("He was fined £9,600 at Liverpool Magistrates' Court on Wednesday": a court's sitting, the story's day.)
      if (!verb && AT_COURT_ON_DAY.test(sentence.text)) return sceneDateOf(sentence.text, article.date);
      // ("Mr Moriarty was responding during Leaders' Questions on Tuesday to the Sinn Féin leader, …, who said …": the
      // occasion's day, named with it, whatever else the sentence says.)
      const occasionDay = OCCASION_ON_DAY.exec(sentence.text);
      if (occasionDay) {
        const on = dates.find((d) => d.end > occasionDay.index + occasionDay[0].length);
        if (on && on.precision === 'day' && inPast(on, article.date)) return { date: on.date, precision: 'day' };
      }
      // ("… Helena Duarte said on Monday in an interview with the GloboNews channel": an occasion of its own.)
      if (verb && (AN_INTERVIEW.test(sentence.text) || toAnOutlet(sentence.text))) return null;
      const day = verb ? sceneDateOf(sentence.text, article.date) : null;
      const mention = dates.find((d) => d.date === day?.date);
      // ("… was described in a paper published on Tuesday in the journal Zootaxa": the day of a document, not of words.)
      if (mention && DOCUMENT_DAY.test(sentence.text.slice(Math.max(0, mention.start - 30), mention.start))) return null;
      return day && mention && verb && saysWhen(mention, verb.index, sentence) ? day : null;
    }
  }
  return null;
}

// A ceremony people gather at and speak: "was unveiled on Saturday in front of about 300 people", "a vigil on Sunday".
const CEREMONY = /\b(?:unveiled|unveiling|ceremony|vigil|funeral|memorial service|commemoration|wreath-laying)\b/i;

// A document's day: "a paper published on Tuesday", "the report released Monday".
const DOCUMENT_DAY = /\b(?:published|released|issued|unveiled|posted|launched)\s+(?:on\s+|late\s+|early\s+)?$/i;

/** Whether the article is a run of time-stamped updates. */
function timeStamped(article: ParsedArticle): boolean {
  return article.paragraphs.filter((p) => TIME_STAMP.test(p.text)).length >= 3;
}

// Capitalised words in a row, with the particles of country names ("Bank of Ghana", "Republic of the Congo").
const CAPITALISED_RUN = /(?<![\p{L}])\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)*/gu;
/** How many more mentions than any other country the article's own country needs, with no dateline to say it. */
const DOMINANT_LEAD = 2;

/**
 * An article without a dateline is at home in the country it names most ("Health New Zealand", "New Zealand's
 * nurses"), by a clear lead: where "Parliament" or "the House" sits.
 */
function dominantCountry(text: string, gazetteer: Gazetteer): string | null {
  const counts = new Map<string, number>();
  const count = (country: string | null) => {
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  };
  // ("US trade policy", "UK tariffs": a country's letters before a noun describe a thing, they do not set the story there.)
  for (const m of gazetteer.places(text))
    if (!(/^\p{Lu}{2,3}$/u.test(m.surface) && /^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3)))) count(countryOf(m.record, gazetteer));
  // Countries inside other names count too ("Health New Zealand", "the Bank of Ghana's"): part of a longer run.
  for (const run of text.matchAll(CAPITALISED_RUN)) {
    const words = run[0].replace(/['’]s$/, '').split(/\s+/);
    for (let i = 0; i < words.length; i++)
      for (let j = i + 1; j <= Math.min(words.length, i + 3); j++) {
        const place = j - i < words.length ? gazetteer.placeByName.get(words.slice(i, j).join(' ')) : undefined;
        if (place?.kind === 'country') count(place.name);
      }
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] - (second?.[1] ?? 0) >= DOMINANT_LEAD ? first[0] : null;
}

/** The country a place is in, as an adjective ("Ghanaian"), if the demonyms know it. */
function homeOf(place: PlaceRecord, gazetteer: Gazetteer): string | null {
  let p: PlaceRecord | undefined = place;
  for (let depth = 0; p && p.kind !== 'country' && depth < 10; depth++) p = p.parent ? gazetteer.placeByName.get(p.parent) : undefined;
  return p ? demonymOf(p.name) : null;
}

function articleText(article: ParsedArticle): string {
  return article.paragraphs
    .filter((p) => p.kind !== 'heading')
    .map((p) => p.text)
    .join('\n');
}

/** A dateline printed on a line of its own above the opening; none of the opening's text is to be skipped for it. */
function datelineApart(article: ParsedArticle, opening: { index: number }, gazetteer: Gazetteer): Dateline | null {
  const line = bareDatelineBefore(article, opening);
  const found = line ? findDateline(line, article.date, gazetteer) : null;
  return found && { ...found, length: 0 };
}

/** A fresh context for reading an article, knowing from the start what its first reading, dateline and opening tell. */
function newContext(article: ParsedArticle, knowledge: Knowledge, opening: { index: number; text: string } | null): Context {
  const gazetteer = gazetteerFor(knowledge);
  const people = new ArticlePeople();
  const text = articleText(article);
  people.learnTitles(text);
  people.text = text;
  people.isTwoWordPlace = (name) => gazetteer.isPlace(name);
  // A first reading: someone proved a person later ("Fraser told reporters") is one from their first mention on.
  const first = firstReading(article, text, gazetteer);
  people.expect(first.names, first.surnames);
  const dateline = opening
    ? (findDateline(opening.text, article.date, gazetteer, text.slice(text.indexOf(opening.text) + opening.text.length)) ??
      datelineApart(article, opening, gazetteer))
    : null;
  people.home = dateline ? homeOf(dateline.place, gazetteer) : null;
  const state = stateOf(opening?.text ?? '', article.article.meta.title, US_STATE_ABBREVIATIONS, {
    source: article.article.meta.source,
    text,
  });
  const home: Home = {
    country: dateline
      ? countryOf(dateline.place, gazetteer)
      : state
        ? (PROVINCES[state]?.country ?? 'United States')
        : dominantCountry(text, gazetteer),
    state,
  };
  const foundPlaces = new Map<string, PlaceRecord>();
  // A town the gazetteer does not know, from a wire dateline ("LA RONGE, Sask. —").
  if (dateline?.place.found) foundPlaces.set(dateline.place.slug, dateline.place);
  // Read from the whole text only if a bare title or a meeting asks (few articles do).
  let namedSlugs: Set<string> | null = null;
  let fullSlugs: Set<string> | null = null;
  const named = {
    has: (slug: string) =>
      (namedSlugs ??= new Set(
        gazetteer
          .people(text, null)
          .filter((m) => !m.byTitle)
          .map((m) => m.record.slug),
      )).has(slug),
    inFull: (slug: string) => {
      const whole = `${article.article.meta.title}\n${text}`;
      fullSlugs ??= new Set(
        gazetteer
          .people(whole, null)
          .filter((m) => m.byTitle || /\s/.test(m.surface) || TITLE_BEFORE.test(whole.slice(Math.max(0, m.start - 16), m.start)))
          .map((m) => m.record.slug),
      );
      return fullSlugs.has(slug);
    },
  };
  return {
    article,
    text,
    knowledge,
    gazetteer,
    toldSource: toldSourcePattern(article.article.meta.source),
    subjects: [],
    lastQuote: null,
    places: new PlaceMemory(),
    paragraph: 0,
    prose: 0,
    lastDated: null,
    datedHere: null,
    lastDay: null,
    latestSaid: null,
    anonymous: null,
    lastAsked: null,
    exchange: null,
    spokeTo: null,
    topicDay: null,
    sceneBefore: null,
    sceneDay: null,
    occasions: new Map(),
    spokeOn: new Map(),
    proseSubject: null,
    proseCandidate: null,
    lastQuoteDated: false,
    lastQuoteParagraph: -1,
    lastSayer: null,
    remote: new WeakSet(),
    documents: new Map(),
    lastDocument: null,
    people,
    home,
    lastTime: null,
    scene: null,
    placeIn: (text, mode) => {
      const place = findPlace(text, gazetteer, mode, (name) => people.knows(name), home);
      // A seat of government named: "the palace" later is it.
      if (place?.world && place.kind === 'venue' && !place.chamber) home.seat = place;
      if (place?.chamber && !home.chamber && countryOf(place, gazetteer) === home.country) home.chamber = place;
      if (place?.kind === 'venue' && !place.chamber) home.venues = [...(home.venues ?? []).filter((v) => v.slug !== place.slug), place];
      if (place?.found) foundPlaces.set(place.slug, place);
      return place;
    },
    foundPlaces,
    named,
    dateline: dateline && opening ? { ...dateline, paragraph: opening.index } : null,
    // A live blog not marked as one ("6:45 a.m. PT – …" paragraphs): its words are of the day of the updates.
    sceneDate:
      opening && !timeStamped(article)
        ? (sceneDateOf(opening.text, article.date) ?? storyDayAfterOpening(article, opening, dateline?.length ?? 0))
        : null,
    openingDay: opening ? sceneDateOf(opening.text.slice(dateline?.length ?? 0), article.date) : null,
    storyDay: { dayByDay: toldDayByDay(article), day: null },
  };
}

// "Mr Graham", "Senator Graham", "President Trump": a surname after a title names its known bearer.
const TITLE_BEFORE =
  /\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Senator|Rep|Representative|President|Vice President|Secretary|Minister|Chancellor|Premier|Governor|Gov|General|Gen|Speaker|Leader|Ambassador|Envoy)\.?\s+$/;

/** What reading an article's paragraphs in order gives. */
interface Reading {
  /** In document order. */
  entries: Entry[];
  /** The paragraph each entry of the prose came from. */
  paragraphOf: Map<Entry, number>;
  warnings: ContentProblem[];
  /** Whether the last paragraph read ends inside an open quotation. */
  openQuote: boolean;
}

/** Reads an article's paragraphs in order: a post entry per live post's heading, the prose paragraph by paragraph. */
function readParagraphs(article: ParsedArticle, ctx: Context): Reading {
  const reading: Reading = { entries: [], paragraphOf: new Map(), warnings: [], openQuote: false };
  let section: number | null = null;
  const stamped = timeStamped(article);
  article.paragraphs.forEach((paragraph, i) => {
    // A new post, or an update stamped with its time ("9:40 a.m. PT – In West Seattle, …") in a live blog not marked as one.
    if (i === 0 || paragraph.post !== section || (stamped && TIME_STAMP.test(paragraph.text))) {
      section = paragraph.post;
      startSection(ctx);
      reading.openQuote = false;
    }
    if (paragraph.kind === 'heading') {
      const entry = postHeadingEntry(paragraph, i, ctx);
      if (entry) reading.entries.push(entry);
      return;
    }
    // Code blocks and the like are not prose.
    if (paragraph.kind === 'other') return;
    readProse(paragraph, i, reading, ctx);
  });
  return reading;
}

/** Forgets what the section before said: who spoke, who was the subject, which documents were whose. */
function startSection(ctx: Context): void {
  ctx.subjects = [];
  ctx.lastQuote = null;
  ctx.lastQuoteParagraph = -1;
  ctx.lastSayer = null;
  ctx.lastDated = null;
  ctx.datedHere = null;
  ctx.lastDay = null;
  ctx.anonymous = null;
  ctx.lastAsked = null;
  ctx.exchange = null;
  ctx.occasions.clear();
  ctx.spokeOn.clear();
  ctx.proseSubject = null;
  ctx.scene = null;
  ctx.sceneDay = null;
  ctx.proseCandidate = null;
  ctx.documents.clear();
}

/** The entry of a live post, at the heading that opens it (with the post's first paragraph); null for other headings. */
function postHeadingEntry(paragraph: Paragraph, i: number, ctx: Context): Entry | null {
  const { article } = ctx;
  const post = paragraph.post === null ? undefined : article.posts[paragraph.post];
  if (!post || post.anchor !== paragraph.anchor) return null;
  const first = article.paragraphs.slice(i + 1).find((p) => p.kind !== 'heading');
  return postEntry(post, first?.post === post.index ? first : undefined, ctx);
}

/** Reads one prose paragraph into `reading`, warning of a quotation the paragraph before left open. */
function readProse(paragraph: Paragraph, i: number, reading: Reading, ctx: Context): void {
  const { article } = ctx;
  ctx.paragraph = i;
  // Photo captions do not come between a speaker and their next words.
  if (!isCaption(paragraph.text)) ctx.prose++;
  const continues = reading.openQuote && /^["“‘']/.test(paragraph.text);
  if (reading.openQuote && !continues) reading.warnings.push(unclosedQuote(article.paragraphs[i - 1] ?? paragraph, article));
  const before = reading.entries.length;
  if (ctx.storyDay.dayByDay) ctx.storyDay.day = dayOpening(paragraph.text, ctx.article.date) ?? ctx.storyDay.day;
  reading.openQuote = extractParagraph(paragraph, ctx, reading.entries, continues);
  // What "at the time" in the next paragraph may mean: the last time this one named.
  ctx.lastTime =
    findDates(paragraph.text, ctx.article.date)
      .filter((d) => inPast(d, ctx.article.date))
      .at(-1) ?? null;
  for (const e of reading.entries.slice(before)) reading.paragraphOf.set(e, i);
}

// Words said by many, unnamed: "Others said", "critics have called", "residents say".
const MANY_SAY =
  /\b(?:others|critics|opponents|residents|many|some|officials|analysts|experts|observers|economists|lawmakers|people|they|supporters|fans|workers|parents|teachers|activists|campaigners|members)\s+(?:\w+\s+)?(?:said|say|says|called|call|described|describe|warned|warn|argued|argue|complained|complain)\b/i;
/** How many words a quotation must have for its words said again later to name who said it. */
const ECHO_WORDS = 3;

/**
 * The lede's "accused of “hiding behind targets”", no one named: the words said in full further down ("“He is hiding
 * behind targets …,” Pennington said") are whose, when, and where; so are the same words said again ("after a magistrate
 * found the scheme was “…”" … "Magistrate Rosa Benedetti said the scheme was “…”").
 */
function echoedQuotes(entries: Entry[]): void {
  const said = entries.filter((e) => e.quote && e.speaker).map((e) => ({ e, words: ` ${normaliseWords(e.quote ?? '').join(' ')} ` }));
  for (const e of entries) {
    if (!e.quote || e.speaker) continue;
    // ("Critics said the cuts were “a false economy”": words of many, whoever says them again; the clause before the
    // words says so, not another's in the sentence: "…, officials said Friday, as the governor warned that “…”".)
    const before = e.text.slice(0, Math.max(0, e.text.indexOf(e.quote.slice(0, 20))));
    if (MANY_SAY.test(before.slice(before.search(/[^,;:]*$/)))) continue;
    const words = normaliseWords(e.quote);
    if (words.length < ECHO_WORDS) continue;
    const inner = ` ${words.join(' ')} `;
    const fuller = said.filter((s) => s.e !== e && s.words.includes(inner) && s.words.length >= inner.length);
    const speakers = new Set(fuller.map((s) => s.e.speaker?.slug));
    const source = fuller[0]?.e;
    if (!source || speakers.size !== 1) continue;
    e.speaker = source.speaker;
    e.date = source.date;
    e.precision = source.precision;
    e.place = source.place;
  }
}

// A lede whose subject is someone described by an office, saying something: "The governor of the Bank of England has
// conceded that …", "Britain's top diplomat has warned …".
const LEDE_BY_OFFICE =
  /^(?:The|[\p{Lu}][\p{L}]+['’]s)\s+(?:[\p{L}-]+\s+){0,3}?(?:governor|head|chief|president|leader|minister|secretary|chair(?:man|woman|person)?|director|boss|chancellor|commissioner|diplomat|envoy|mayor|premier)\b(?:\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+(?:of\s+|for\s+)?){1,5})?\s*(?:has\s+|have\s+)?(?:said|says|warned|conceded|admitted|insisted|argued|claimed|signalled|signaled|told|accused|defended|hinted|vowed|pledged)\b/u;

/**
 * "The governor of the Bank of England has conceded that inflation is proving “stickier than we expected” …. ¶ Richard
 * Ashcombe told the Commons Treasury committee …": the lede's office-holder is the one the next paragraph opens on,
 * speaking, for the lede's words no one is named for.
 */
function describedInLede(paragraphOf: Map<Entry, number>, opening: { text: string; index: number } | null, article: ParsedArticle): void {
  if (!opening || !LEDE_BY_OFFICE.test(opening.text)) return;
  const next = article.paragraphs.findIndex((p, i) => i > opening.index && p.kind !== 'heading');
  const entries = [...paragraphOf];
  const named = entries.find(
    ([e, at]) =>
      at === next &&
      e.speaker?.kind === 'person' &&
      !e.quote &&
      e.text.startsWith(e.speaker.name) &&
      !e.text.startsWith(`${e.speaker.name}'s`),
  )?.[0];
  if (!named?.speaker) return;
  for (const [e, at] of entries) if (at === opening.index && e.quote && !e.speaker) e.speaker = named.speaker;
}

/** Entries made before someone's full name was found carry the full name too. */
function useFullNames(entries: Entry[], people: ArticlePeople): void {
  if (people.renamed.size === 0) return;
  const renamed = (r: SpeakerRef): SpeakerRef => {
    const record = people.renamed.get(r.slug);
    return record ? speakerRef(record) : r;
  };
  for (const e of entries) {
    if (e.speaker) e.speaker = renamed(e.speaker);
    e.people = e.people.map(renamed).filter((p, i, all) => all.findIndex((q) => q.slug === p.slug) === i);
  }
}

/**
 * One parsed article → its dated entries: one per quoted sentence (with its speaker),
 * one per sentence that dates an event, one per live-blog post.
 */
export function extractEntries(article: ParsedArticle, knowledge: Knowledge, trace?: Map<Entry, EntryTrace>): ArticleExtraction {
  const opening = openingParagraph(article);
  const ctx = newContext(article, knowledge, opening);
  if (trace) ctx.trace = trace;
  const { entries, paragraphOf, warnings, openQuote } = readParagraphs(article, ctx);
  placeEntries(paragraphOf, opening, ctx);
  useFullNames(entries, ctx.people);
  echoedQuotes(entries);
  describedInLede(paragraphOf, opening, article);
  const last = article.paragraphs[article.paragraphs.length - 1];
  if (openQuote && last) warnings.push(unclosedQuote(last, article));
  const placed = new Set(entries.map((e) => e.place?.slug));
  const newPlaces = [...ctx.foundPlaces.values()].filter((p) => placed.has(p.slug));
  return { articleId: article.article.id, entries, newPeople: ctx.people.found(), newPlaces, warnings };
}
