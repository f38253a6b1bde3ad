import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { Knowledge, PersonRecord, PlaceRecord } from '../knowledge/types.ts';
import type { DatePrecision, Entry, Paragraph, ParsedArticle, Post, Ref, SpeakerRef } from '../types.ts';
import { slugify } from '../slugify.ts';
import { assignTopics } from './assignTopics.ts';
import { attributeSpeaker } from './attributeSpeaker.ts';
import { findDates, type DateMention } from './findDates.ts';
import { findNewPeople } from './findNewPeople.ts';
import { findEventPlace, findPlace } from './findPlace.ts';
import { findQuotes, type QuoteSpan } from './findQuotes.ts';
import { gazetteerFor, type Gazetteer } from './gazetteer.ts';
import { findActors, subjectOf, type Actor } from './mentions.ts';
import { normaliseWords } from './normaliseWords.ts';
import { splitSentences, type Span } from './splitSentences.ts';
import { stableId } from './stableId.ts';

/** What one article yields; plain JSON, so it can be cached on disk. */
export interface ArticleExtraction {
  articleId: string;
  /** In document order. */
  entries: Entry[];
  /** People found in the text that the knowledge files do not list. */
  newPeople: Array<{ name: string; slug: string; role: string | null }>;
}

/** Bump when extraction rules change: it invalidates cached extractions. */
export const EXTRACTOR_VERSION = '1';

// A quotation that names something rather than quoting someone: ‘The changing DNA of …’, “Coalition of the Willing”.
const LABEL_CUE = /\b(titled|entitled|called|dubbed|named|known as|so-called|playing)\s*$/i;
const SMALL_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'at', 'by', 'or']);

function isLabel(text: string, q: QuoteSpan): boolean {
  if (LABEL_CUE.test(text.slice(Math.max(0, q.start - 20), q.start - 1))) return true;
  const words = q.text.split(/\s+/);
  return words.length <= 6 && words.every((w) => SMALL_WORDS.has(w) || /^[\p{Lu}\p{N}]/u.test(w)) && !/[.!?]$/.test(q.text);
}

/** Quotation marks around a span: the span plus one character each side (the marks). */
const withMarks = (q: QuoteSpan, length: number) => ({ start: Math.max(0, q.start - 1), end: Math.min(length, q.end + 1) });

interface Context {
  article: ParsedArticle;
  knowledge: Knowledge;
  gazetteer: Gazetteer;
  /** Subjects of the section's recent sentences, most recent last (for pronouns). */
  subjects: PersonRecord[];
  /** Last quote entry of the section: quote-only sentences continue it. */
  lastQuote: Entry | null;
  /** Where each speaker was placed, per day: "he said" later in the article is still in Antalya. */
  speakerPlaces: Map<string, Ref>;
  /** The last sentence of the section that dated something its subject did ("In a Cabinet meeting this week, Trump …"). */
  lastDated: { slug: string; date: string; precision: DatePrecision } | null;
  newPeople: Map<string, { name: string; slug: string; role: string | null }>;
}

const ref = (r: { name: string; slug: string }): Ref => ({ name: r.name, slug: r.slug });
const speakerRef = (p: PersonRecord): SpeakerRef => ({ name: p.name, slug: p.slug, kind: p.kind });

function resolvePronoun(actor: Actor, earlier: Actor[], ctx: Context): PersonRecord | null {
  const fits = (p: PersonRecord | null): p is PersonRecord => p !== null && p.kind === 'person' && (p.gender === null || p.gender === actor.pronoun);
  // Someone named earlier in the same sentence ("Mr Zelensky hoped when he accused …") …
  const inSentence = earlier.filter((a) => a.end <= actor.start && !a.possessive && !a.object && fits(a.record)).pop();
  if (inSentence?.record) return inSentence.record;
  // … else the subject of a recent sentence.
  for (let i = ctx.subjects.length - 1; i >= Math.max(0, ctx.subjects.length - 4); i--) {
    const s = ctx.subjects[i] ?? null;
    if (fits(s)) return s;
  }
  return null;
}

function pickDate(mentions: DateMention[], near: number | null, fallback: { date: string; precision: DatePrecision }, refDate: string) {
  // Words cannot be reported before they are said: drop expressions that resolve after the reference date.
  const past = mentions.filter((m) => m.date.slice(0, Math.min(m.date.length, 10)) <= refDate);
  if (past.length === 0) return fallback;
  const chosen = near === null ? past[0] : past.reduce((a, b) => (Math.abs(b.start - near) < Math.abs(a.start - near) ? b : a));
  return chosen ? { date: chosen.date, precision: chosen.precision } : fallback;
}

function peopleOf(actors: Actor[], speaker: PersonRecord | null, newPeople: Array<{ name: string; slug: string }>): SpeakerRef[] {
  const seen = new Map<string, SpeakerRef>();
  if (speaker) seen.set(speaker.slug, speakerRef(speaker));
  for (const a of actors) if (a.record && !seen.has(a.record.slug)) seen.set(a.record.slug, speakerRef(a.record));
  for (const p of newPeople) if (!seen.has(p.slug)) seen.set(p.slug, { name: p.name, slug: p.slug, kind: 'person' });
  return [...seen.values()];
}

function placeRef(place: PlaceRecord | null): Ref | null {
  return place ? ref(place) : null;
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
    time: post?.time ? `${post.time}${post.zone ? ` ${post.zone}` : ''}` : null,
    instant: post?.instant ?? null,
    post,
  };
}

function extractParagraph(paragraph: Paragraph, ctx: Context, entries: Entry[], continuesQuote: boolean): boolean {
  const { article, gazetteer, knowledge } = ctx;
  const text = paragraph.text;
  const base = sectionBase(article, paragraph);
  const quotes = findQuotes(text).filter((q) => !isLabel(text, q));
  const marked = quotes.map((q) => withMarks(q, text.length));
  const sentences = splitSentences(text, marked);
  const actors = findActors(text, base.date, gazetteer, marked);
  const dates = findDates(text, base.date).filter((d) => !marked.some((q) => d.start >= q.start && d.start < q.end));
  const isKnown = (name: string) => gazetteer.people(name, base.date).length > 0 || gazetteer.places(name).length > 0;
  const newPeople = findNewPeople(text, isKnown).filter((p) => !marked.some((q) => p.start >= q.start && p.start < q.end));
  for (const p of newPeople) {
    const slug = slugify(p.name);
    const known = ctx.newPeople.get(slug);
    if (!known || (!known.role && p.role)) ctx.newPeople.set(slug, { name: p.name, slug, role: p.role });
  }
  const sectionPlace = base.post ? findPlace(base.post.headline, gazetteer, 'speech') : null;
  const fallbackDate = { date: base.date, precision: 'day' as DatePrecision };
  const source = { article: article.article.id, anchor: paragraph.anchor };

  sentences.forEach((sentence: Span, index) => {
    const inside = (pos: number) => pos >= sentence.start && pos < sentence.end;
    const sQuotes = quotes.filter((q) => inside(q.start));
    const sMarked = sQuotes.map((q) => withMarks(q, text.length));
    const sActors = actors.filter((a) => inside(a.start));
    const sDates = dates.filter((d) => inside(d.start));
    const sPeople = newPeople.filter((p) => inside(p.start)).map((p) => ({ name: p.name, slug: slugify(p.name) }));
    const outside = sMarked.reduce((s, q) => s.slice(0, q.start - sentence.start) + ' '.repeat(q.end - q.start) + s.slice(q.end - sentence.start), sentence.text);
    const quoteOnly = !/[\p{L}\p{N}]/u.test(outside);

    // Quote entries: every quotation of the sentence, with one speaker.
    const quoteWords = sQuotes.reduce((n, q) => n + q.text.split(/\s+/).length, 0);
    const attribution = sQuotes.length > 0 ? attributeSpeaker(sentence.text, sentence.start, sActors, sMarked) : null;
    if (attribution && (quoteWords >= 2 || attribution.verbAt !== null)) {
      let speaker: PersonRecord | null = attribution.actor?.record ?? null;
      if (attribution.actor && attribution.actor.pronoun) speaker = resolvePronoun(attribution.actor, sActors, ctx);
      let inherited = false;
      if (!attribution.actor && (quoteOnly || (index === 0 && continuesQuote)) && ctx.lastQuote?.speaker) {
        speaker = ctx.gazetteer.personBySlug.get(ctx.lastQuote.speaker.slug) ?? null;
        inherited = true;
      }
      if (!speaker && !attribution.actor && attribution.verbAt === null) {
        // No verb of saying: the sentence's subject, if it comes before the words ("X poured scorn on … as “decorative”").
        const subject = subjectOf(sActors.filter((a) => a.record && a.end <= (sQuotes[0]?.start ?? 0)));
        speaker = subject?.record ?? null;
      }
      const dated = speaker && ctx.lastDated?.slug === speaker.slug ? ctx.lastDated : null;
      const when = inherited && ctx.lastQuote
        ? { date: ctx.lastQuote.date, precision: ctx.lastQuote.precision }
        : pickDate(sDates, attribution.verbAt, dated ?? fallbackDate, base.date);
      const remembered = speaker ? ctx.speakerPlaces.get(`${speaker.slug}@${when.date}`) : undefined;
      const place =
        placeRef(findPlace(outside, gazetteer, 'speech')) ??
        (inherited ? ctx.lastQuote?.place : null) ??
        placeRef(findEventPlace(sentence.text, when.date, knowledge, gazetteer)) ??
        remembered ??
        placeRef(sectionPlace);
      if (speaker && place && !remembered) ctx.speakerPlaces.set(`${speaker.slug}@${when.date}`, place);
      const quote = sQuotes.map((q) => q.text).join(' … ');
      const entry: Entry = {
        id: stableId('q', normaliseWords(quote).join(' ')),
        ...when,
        time: when.date === base.date ? base.time : null,
        instant: when.date === base.date ? base.instant : null,
        speaker: speaker ? speakerRef(speaker) : null,
        people: peopleOf(sActors, speaker, sPeople),
        place,
        topics: assignTopics(`${sentence.text} ${base.post?.headline ?? ''}`, knowledge).map(ref),
        quote,
        text: sentence.text.trim(),
        headline: null,
        sources: [source],
      };
      entries.push(entry);
      ctx.lastQuote = entry;
      if (speaker) ctx.subjects.push(speaker);
      return;
    }

    const subject = subjectOf(sActors)?.record;
    if (subject) ctx.subjects.push(subject);

    // Event entries: a sentence that dates something that has happened.
    const when = pickDate(sDates, null, { date: '', precision: 'day' }, base.date);
    if (subject) {
      const here = findPlace(outside, gazetteer, 'speech');
      const key = `${subject.slug}@${when.date || base.date}`;
      if (here && !ctx.speakerPlaces.has(key)) ctx.speakerPlaces.set(key, ref(here));
      // Only a fronted time ("In a Cabinet meeting this week, Trump …") sets the time of what follows.
      const fronted = sDates.find((d) => d.start - sentence.start < 40 && d.start < (sActors[0]?.start ?? Infinity));
      const recent = fronted ? pickDate([fronted], null, { date: '', precision: 'day' }, base.date) : null;
      if (recent?.date && differenceInCalendarDays(parseISO(base.date), parseISO(recent.date)) <= 31) ctx.lastDated = { slug: subject.slug, ...recent };
    }
    if (when.date === '') return;
    entries.push({
      id: stableId('e', article.article.id, normaliseWords(sentence.text).join(' ')),
      ...when,
      time: when.date === base.date ? base.time : null,
      instant: when.date === base.date ? base.instant : null,
      speaker: null,
      people: peopleOf(sActors, null, sPeople),
      place: placeRef(findPlace(sentence.text, gazetteer)),
      topics: assignTopics(sentence.text, knowledge).map(ref),
      quote: null,
      text: sentence.text.trim(),
      headline: null,
      sources: [source],
    });
  });
  // Does the paragraph end inside an open quotation that the next one continues?
  return quotes.length > 0 && (quotes[quotes.length - 1]?.open ?? false);
}

function postEntry(post: Post, first: Paragraph | undefined, ctx: Context): Entry {
  const text = first?.text ?? '';
  const both = `${post.headline} ${text}`;
  const actors = findActors(both, post.date, ctx.gazetteer, []);
  return {
    id: stableId('p', ctx.article.article.id, post.anchor),
    date: post.date,
    precision: 'day',
    time: post.time ? `${post.time}${post.zone ? ` ${post.zone}` : ''}` : null,
    instant: post.instant,
    speaker: null,
    people: peopleOf(actors, null, []),
    place: placeRef(findPlace(both, ctx.gazetteer)),
    topics: assignTopics(both, ctx.knowledge).map(ref),
    quote: null,
    text,
    headline: post.headline,
    sources: [{ article: ctx.article.article.id, anchor: post.anchor }],
  };
}

/**
 * One parsed article → its dated entries: one per quoted sentence (with its speaker),
 * one per sentence that dates an event, one per live-blog post.
 */
export function extractEntries(article: ParsedArticle, knowledge: Knowledge): ArticleExtraction {
  const ctx: Context = {
    article,
    knowledge,
    gazetteer: gazetteerFor(knowledge),
    subjects: [],
    lastQuote: null,
    speakerPlaces: new Map(),
    lastDated: null,
    newPeople: new Map(),
  };
  const entries: Entry[] = [];
  let openQuote = false;
  let section: number | null = null;
  article.paragraphs.forEach((paragraph, i) => {
    if (i === 0 || paragraph.post !== section) {
      section = paragraph.post;
      ctx.subjects = [];
      ctx.lastQuote = null;
      ctx.lastDated = null;
      openQuote = false;
    }
    if (paragraph.kind === 'heading') {
      const post = paragraph.post === null ? undefined : article.posts[paragraph.post];
      if (post && post.anchor === paragraph.anchor) {
        const first = article.paragraphs.slice(i + 1).find((p) => p.kind !== 'heading');
        entries.push(postEntry(post, first?.post === post.index ? first : undefined, ctx));
      }
      return;
    }
    const continues = openQuote && /^["“‘']/.test(paragraph.text);
    openQuote = extractParagraph(paragraph, ctx, entries, continues);
  });
  // A speaker placed later in the article ("Speaking … in the Oval Office, Trump …") was there for earlier quotes
  // of that day too; failing that, a meeting the section's opening puts the story at sets the scene.
  for (const e of entries) {
    if (!e.quote || !e.speaker || e.place) continue;
    const anchor = e.sources[0]?.anchor;
    const section = article.paragraphs.find((p) => p.anchor === anchor)?.post ?? null;
    const speakerSlug = e.speaker.slug;
    const scene = article.paragraphs
      .filter((p) => p.post === section)
      .slice(0, 4)
      .flatMap((p) => splitSentences(p.text))
      .filter((s) => ctx.gazetteer.people(s.text, e.date).some((m) => m.record.slug === speakerSlug))
      .map((s) => s.text)
      .join(' ');
    e.place = ctx.speakerPlaces.get(`${e.speaker.slug}@${e.date}`) ?? placeRef(findEventPlace(scene, e.date, knowledge, ctx.gazetteer));
  }
  return { articleId: article.article.id, entries, newPeople: [...ctx.newPeople.values()] };
}
