// Where a quote or a reported saying with no place of its own was said, read from the whole article once its
// paragraphs are read: the speaker's place nearby, the article's one court, a settlement a feature is set in, the
// opening's scene or chamber, the dateline's city or the venue the story holds its occasion at.
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import type { PlaceRecord } from '../knowledge/types.ts';
import { ref } from '../ref.ts';
import { slugify } from '../slugify.ts';
import type { Entry } from '../types.ts';
import { openingParagraph, placeRef, recent, saidHere, type Context } from './extractContext.ts';
import { findChambers } from './findChambers.ts';
import { findDates } from './findDates.ts';
import { findAttendedPlace, findEventPlace, SEAT_WON } from './findPlace.ts';
import { findVenues } from './findVenues.ts';
import { isCaption } from './isCaption.ts';
import { splitSentences, type Span } from './splitSentences.ts';
import { inPast } from './whenSaid.ts';

/**
 * Places the entries that have no place of their own, pass by pass, each only where the ones before left none: the
 * speaker's place, the article's court, a settlement, the opening's scene, the dateline.
 */
export function placeEntries(paragraphOf: Map<Entry, number>, opening: { text: string; index: number } | null, ctx: Context): void {
  const passes: Array<[string, () => void]> = [
    ['same-occasion-later', () => placeBySameOccasion(paragraphOf)],
    ['by-speaker', () => placeBySpeaker(paragraphOf, ctx)],
    ['by-court', () => placeByCourt(paragraphOf, ctx)],
    ['by-gathering', () => placeByGathering(paragraphOf, ctx)],
    ['opening-scene', () => placeByOpeningScene(paragraphOf, opening, ctx)],
    ['by-settlement', () => placeBySettlement(paragraphOf, ctx)],
    ['by-dateline', () => placeByDateline(paragraphOf, ctx)],
    ['same-occasion-last', () => placeBySameOccasion(paragraphOf)],
  ];
  for (const [how, pass] of passes) {
    // (For measuring: which pass placed an entry.)
    const unplaced = ctx.trace ? [...paragraphOf.keys()].filter((e) => !e.place) : [];
    pass();
    for (const e of unplaced) {
      const traced = ctx.trace?.get(e);
      if (e.place && traced) traced.place = how;
    }
  }
}

// "… told the same briefing", "said at the same press conference", "outside the same polling station": an occasion
// the text told before, by the word it used then.
const SAME_OCCASION =
  /\bthe same (briefing|press briefing|news briefing|press conference|news conference|hearing|meeting|session|rally|event|polling station)\b/i;

/**
 * Words said "at the same briefing" were said where the last placed words said at a briefing were (the pass runs
 * first, for the places the text gives, and last, for those the later passes gave).
 */
function placeBySameOccasion(paragraphOf: Map<Entry, number>): void {
  const entries = [...paragraphOf.keys()];
  entries.forEach((e, i) => {
    const occasion = e.place ? null : SAME_OCCASION.exec(e.text)?.[1];
    if (!occasion) return;
    const word = new RegExp(String.raw`\b${occasion.split(' ').at(-1) ?? occasion}\b`, 'i');
    const before = entries
      .slice(0, i)
      .reverse()
      .find((b) => b.place && word.test(b.text));
    if (before?.place) e.place = before.place;
  });
}

// "At the plea hearing at the same court in March": an earlier hearing in the article's court.
const SAME_COURT = /\b(?:same|this) court\b/i;
/** How many days before publication a court's hearing may have sat: a trial runs over days. */
const COURT_DAYS = 14;

/**
 * Places quotes that have a speaker and no place. A speaker placed a paragraph or two later ("Speaking … in the
 * Oval Office, Trump …") was there for the quotes just before too; failing that, a meeting the section's opening
 * puts them at, or one they attended.
 */
function placeBySpeaker(paragraphOf: Map<Entry, number>, ctx: Context): void {
  const { article, knowledge, gazetteer } = ctx;
  for (const [e, at] of paragraphOf) {
    if (!e.quote || !e.speaker || e.place) continue;
    // Words told to a broadcaster or written were not said where the speaker was last seen.
    if (!saidHere(e, ctx)) continue;
    const slug = e.speaker.slug;
    const section = article.paragraphs[at]?.post ?? null;
    const scene = article.paragraphs
      .filter((p) => p.post === section)
      .slice(0, 4)
      .flatMap((p) => splitSentences(p.text))
      .filter((s) => gazetteer.people(s.text, e.date).some((m) => m.record.slug === slug))
      .map((s) => s.text)
      .join(' ');
    e.place =
      ctx.places.recall(slug, e.date, at) ??
      placeRef(findEventPlace(scene, e.date, knowledge, gazetteer, ctx.named)) ??
      placeRef(findAttendedPlace(slug, e.date, knowledge, gazetteer));
  }
}

// People gathered somewhere, none of them named: "The initiative's supporters, gathered at the Progr cultural centre in
// Bern, …", "At the Fugalei market on Saturday morning, stallholders said …", "Speaking at a press conference at the
// forum's headquarters, a dozen family members took turns …".
const GATHERED =
  /\b(?:supporters|family members|residents|stallholders|traders|vendors|shopkeepers|protesters|demonstrators|crowds?|activists|campaigners|fans|mourners|worshippers|villagers|volunteers|survivors|evacuees)\b/i;
const OWN_OCCASION = /\b(?:told (?:reporters|journalists)|news conference|press conference|briefing)\b/i;
/** How many paragraphs before a quote the gathering it was said at is looked for. */
const GATHERING_REACH = 2;

/**
 * Places quotes that have a speaker and no place, said just after a paragraph that gathers people somewhere without
 * quoting any of them: "… gathered at the Progr cultural centre in Bern, put on a brave face. ¶ “…,” said Léa
 * Vuilleumier." — one of them speaks there.
 */
function placeByGathering(paragraphOf: Map<Entry, number>, ctx: Context): void {
  const { paragraphs } = ctx.article;
  // What each paragraph looked at puts somewhere, read once: its first placed sentence, if any.
  const placedIn = new Map<number, { sentence: string; place: PlaceRecord } | null>();
  const firstPlaced = (p: number, text: string) => {
    if (!placedIn.has(p)) {
      const found = splitSentences(text)
        .map((s) => ({ sentence: s.text, place: ctx.placeIn(s.text, 'speech') }))
        .find((s) => s.place);
      placedIn.set(p, found?.place ? { sentence: found.sentence, place: found.place } : null);
    }
    return placedIn.get(p) ?? null;
  };
  for (const [e, at] of paragraphOf) {
    // (Not words told reporters: an occasion of their own.)
    if (!e.quote || !e.speaker || e.place || !saidHere(e, ctx) || OWN_OCCASION.test(e.text)) continue;
    for (let p = at - 1; p >= Math.max(0, at - GATHERING_REACH); p--) {
      const before = paragraphs[p];
      // (A photo's caption gathers no one: "Supporters wave flags outside the party office in Haifa. (AFP)".)
      if (!before || before.kind === 'heading' || before.post !== paragraphs[at]?.post || isCaption(before.text)) break;
      // A paragraph that quotes someone (the speaker's first words) is no gathering: it may be before it.
      if (/[“”"]/.test(before.text)) continue;
      const placed = firstPlaced(p, before.text);
      if (!placed) continue;
      // ("… staying with relatives in Saskatoon": people somewhere else, not gathered.)
      if (placed.place.kind !== 'country' && GATHERED.test(placed.sentence)) e.place = ref(placed.place);
      break;
    }
  }
}

// A trial: words said in court, to a jury, in evidence.
const TRIAL =
  /\b(?:jury|jurors|trial|inquest|told the court|the court heard|giving evidence|gave evidence|cross-examination|told the bench|the bench|courtroom|sentencing|mitigating|in the dock|pleaded guilty|pleaded not guilty|sentenced|jailed|(?:court|appeal|bail|sentencing) hearing|after the hearing)\b/i;
// ("the State Courts", "the Palace of Justice", "the Elbert P. Tuttle U.S. Court of Appeals Building", "the Palais de Justice".)
const COURT_NAME =
  /\b(?:Courts?|Courthouse|Tribunal|(?:Palace|Hall|Courts?) of Justice|Palais de Justice|Justice (?:Centre|Center)|Court of \p{Lu}\p{L}+ Building)(?: building| at \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)?$/u;

/**
 * A trial report: what is said in it, unless written or told elsewhere, is said in the one court the article
 * names ("A jury at Dublin Circuit Criminal Court …", "Giving evidence at Dundee Sheriff Court on Monday"), on
 * whichever day of the trial.
 */
function placeByCourt(paragraphOf: Map<Entry, number>, ctx: Context): void {
  const { text } = ctx;
  const subject = courtOpening(ctx);
  if (!TRIAL.test(text) && !subject) return;
  const courts = new Map(
    findVenues(text, ctx.gazetteer, (name) => ctx.people.knows(name))
      .filter((v) => COURT_NAME.test(v.record.name))
      // "at the Supreme Court building" is the Supreme Court.
      .map((v) =>
        v.record.name.endsWith(' building')
          ? { ...v.record, name: v.record.name.slice(0, -9), slug: slugify(v.record.name.slice(0, -9)) }
          : v.record,
      )
      .map((v) => [v.slug, v]),
  );
  const court = courts.size === 1 ? [...courts.values()][0] : courts.size === 0 ? (subject ?? inquestVenue(ctx)) : undefined;
  if (!court) return;
  ctx.foundPlaces.set(court.slug, court);
  const place = ref(court);
  for (const [e] of paragraphOf) {
    // Not words of months before ("she said at the time", in January): the hearing is of the story's days.
    // ("GEORGE TOWN, June 10 — The Penang High Court today ruled …": the court, not the town it sits in, where its judge spoke.)
    const filed = !e.place || (court === subject && e.place.slug === ctx.dateline?.place.slug);
    if (filed && (e.quote || e.speaker) && saidHere(e, ctx) && (recent(e.date, ctx.article.date, COURT_DAYS) || SAME_COURT.test(e.text)))
      e.place = place;
  }
}

// A sentence of an inquest's sitting: "Recording a conclusion of accidental death at Bournemouth Town Hall on Wednesday".
const INQUEST_SITTING = /\b(?:inquest|coroner|conclusion of)\b/i;

// "Avon Coroner's Court in Flax Bourton heard": a coroner's court, named for its area (a name with "'s" no venue rule reads).
const CORONERS_COURT = /(?<![\p{L}'’-])((?:\p{Lu}[\p{L}-]+\s+){1,3}Coroner['’]s\s+Court)(?![\p{L}])/gu;
const foundVenue = (name: string): PlaceRecord => ({
  name,
  slug: slugify(name),
  kind: 'venue',
  parent: null,
  aliases: [],
  scene: false,
  found: true,
});

/** An inquest's one venue, where the text puts the inquest or the coroner's conclusion (a town hall, a coroner's court). */
function inquestVenue(ctx: Context): PlaceRecord | undefined {
  if (!/\binquest\b/i.test(ctx.text)) return undefined;
  const venues = new Map(
    splitSentences(ctx.text)
      .filter((s) => INQUEST_SITTING.test(s.text))
      .flatMap((s) => findVenues(s.text, ctx.gazetteer, (name) => ctx.people.knows(name)))
      .map((v) => [v.record.slug, v.record]),
  );
  // (The coroner's court, where the text names one, over the town it sits in.)
  const coroners = new Set([...ctx.text.matchAll(CORONERS_COURT)].map((m) => m[1] ?? ''));
  if (coroners.size === 1) return foundVenue([...coroners][0] as string);
  return venues.size === 1 ? [...venues.values()][0] : undefined;
}

// "ISLAMABAD: The Islamabad High Court (IHC) on Wednesday extended its order …", "WASHINGTON (AP) — The Supreme Court on
// Wednesday appeared ready …", "A majority of a panel of Brazil's Supreme Court voted …": a court the opening makes its subject.
const COURT_OPENS =
  /^(?:\p{Lu}[\p{Lu}\s,.'’()-]*(?:,\s+\p{Lu}[\p{L}.\s]*?(?:\d{1,2})?)?(?:\s*\([^)]{1,20}\))?\s*[:—–-]\s*)?(?:(?:An?|The)\s+(?:[\p{L}-]+\s+){0,3}(?:of\s+an?\s+(?:[\p{L}-]+\s+){0,2})?(?:bench|panel|judge|judges)\s+of\s+(?:the\s+)?|The\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){0,4}(?:Court|Tribunal)(?:\s+of\s+(?:\p{Lu}[\p{L}'’-]*\s?){1,3})?)(?=\s|,)/u;
// What a court's day in the opening is about: a hearing.
// (A hearing, not a written ruling: "The Balearic High Court ruled …" and the reactions to it were not said in court.)
// ("… spent nearly four hours reading his vote": a court's panel voting aloud is sitting.)
// ("Duc said as he read the verdict": a judge reading a verdict or a judgment is sitting too.)
const HEARING =
  /\b(?:hearing|heard|the bench|told the court|courtroom|(?:oral\s+)?arguments|reading (?:his|her|their) votes?|(?:read|reading|reads) (?:out )?(?:the|its|his|her) (?:verdict|judgment|judgement|sentence)|delivering (?:the|its|his|her) (?:decision|judgment|judgement|ruling|verdict))\b/i;

/** The court the opening's first sentence is about, on a day of hearing (null if none). */
function courtOpening(ctx: Context): PlaceRecord | null {
  const opening = openingParagraph(ctx.article);
  // ("New Delhi, Jul 22 (PTI) The Supreme Court on Tuesday …": after a dateline the pattern does not know, the sentence.)
  const filed = opening && ctx.dateline?.paragraph === opening.index ? ctx.dateline.length : 0;
  const first = splitSentences(opening?.text.slice(filed) ?? '')[0]?.text ?? '';
  // ("Thailand's Constitutional Court": the court, not its country's; "A five-member bench of the Supreme Court": the court.)
  const name = COURT_OPENS.exec(first)?.[1]
    ?.trim()
    // ("A B.C. Supreme Court judge has reserved …": the article before it is no word of the court's name.)
    .replace(/^(?:An?|The)\s+/u, '')
    .replace(/^\p{Lu}[\p{L}-]*['’]s\s+/u, '');
  if (!name || !name.includes(' ') || !HEARING.test(ctx.text)) return null;
  return ctx.gazetteer.placeByName.get(name) ?? foundVenue(name);
}

// "Akka, a town of about 9,000 people", "In Carrigmore, a village of about 900 people": a place the article introduces.
const SETTLEMENT =
  /(?<![\p{L}])(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?), (?:a|an) (?:[\p{Ll}-]+ ){0,2}(?:village|town|city|hamlet|settlement|suburb|commune|oasis|community|island|port) (?:of|with|where|on|in|near)\b/u;
/** How many days before publication a feature's visit may be. */
const VISIT_DAYS = 7;

/**
 * A feature set in a place no gazetteer lists, introduced in its first paragraphs ("On the hill above Ieud, a
 * village of 4,000 people …"): what people say in it, unless told or written elsewhere, is said there, in the
 * days of the reporter's visit.
 */
function placeBySettlement(paragraphOf: Map<Entry, number>, ctx: Context): void {
  if (ctx.dateline) return;
  const opening = ctx.article.paragraphs
    .filter((p) => p.kind !== 'heading' && p.post === null)
    .slice(0, 3)
    .map((p) => p.text)
    .join('\n');
  const name = SETTLEMENT.exec(opening)?.[1]?.replace(/^(?:In|At|On|Near|Outside|Above|Below|From|Across|Around|Beyond) /, '');
  if (!name || ctx.gazetteer.isPlace(name) || ctx.people.knows(name) || ctx.gazetteer.people(name, null).length > 0) return;
  const after = opening.slice(opening.indexOf(name), opening.indexOf(name) + 200);
  const country = ctx.gazetteer.places(after).find((m) => m.record.kind === 'country')?.record;
  const record: PlaceRecord = {
    name,
    slug: slugify(name),
    kind: 'city',
    parent: country?.name ?? null,
    aliases: [],
    scene: false,
    found: true,
  };
  let used = false;
  for (const [e] of paragraphOf) {
    const days = differenceInCalendarDays(parseISO(ctx.article.date), parseISO(e.date.slice(0, 10)));
    if (e.place || !e.quote || e.date.length < 10 || days < 0 || days > VISIT_DAYS || !saidHere(e, ctx)) continue;
    e.place = ref(record);
    used = true;
  }
  if (used) ctx.foundPlaces.set(record.slug, record);
}

/**
 * Without a dateline, the opening's own scene places what has no place of its own, for the day it happened:
 * "Iran and the IAEA agreed in Cairo yesterday …", "… after Saturday's defeat in Bristol", a headline's
 * "… after talks in Stockholm", a local body's "The Portland City Council voted …": words said that day,
 * nowhere else, were said there.
 */
function placeByOpeningScene(paragraphOf: Map<Entry, number>, opening: { text: string; index: number } | null, ctx: Context): void {
  if (ctx.dateline) return;
  const openingDay = ctx.sceneDate?.date ?? storyDay(opening?.text ?? '', ctx.article.date) ?? nextParagraphDay(opening, ctx);
  const chamber = chamberScene(opening, openingDay, ctx);
  if (chamber) {
    placeInChamber(paragraphOf, chamber, ctx);
    return;
  }
  const openingPlace = openingDay ? openingScenePlace(opening?.text ?? '', ctx.article.article.meta.title, ctx) : null;
  const second = secondParagraphVenue(opening, ctx) ?? occasionNamedAgain(opening, ctx);
  // "… told a gathering in Abu Dhabi on Tuesday. ¶ Opening the forum at Emirates Palace, …": the venue sharpens the city
  // (not "told a press conference in the Europa building": one occasion of the day, not the whole day's scene).
  const sharper =
    openingPlace?.kind === 'city' &&
    second &&
    !second.occasion &&
    // ("Mikuni World Stadium" in Kitakyushu: a town its name begins with is no more than a guess at where it is.)
    (second.place.parent === null ||
      second.place.parent === openingPlace.name ||
      second.place.name.startsWith(`${second.place.parent} `)) &&
    (second.day === null || second.day === openingDay)
      ? second.place
      : openingPlace;
  const scene =
    sharper && openingDay
      ? { place: sharper, day: openingDay, who: () => true }
      : second
        ? // (A venue the second paragraph names without a day is the opening's day's.)
          { ...second, day: second.day ?? openingDay }
        : occasionPlacedLater(opening, openingDay, ctx);
  const day = scene?.day;
  if (!scene || !day) return;
  const place = ref(scene.place);
  // ("… at the union's conference in Harrogate on Saturday. ¶ … the main hall of the Harrogate Convention Centre": words
  // the speaker's own mention put in the city that day were said in the venue the story sharpens it to.)
  const city = sharper !== openingPlace && openingPlace ? openingPlace.slug : null;
  for (const [e] of paragraphOf) {
    if (!e.place && (e.quote || e.speaker) && e.date === day && saidHere(e, ctx) && scene.who(e)) e.place = place;
    else if (city && e.place?.slug === city && e.quote && e.date === day && saidHere(e, ctx)) e.place = place;
  }
}

// The kind of occasion a story is about, named in its opening: "as the royal commission … heard from …", "the inquiry".
const STORY_OCCASION = /\b(commission|inquiry|hearings?|tribunal|trial|summit|talks|conference|congress|convention|count)\b/i;
// The occasion named again with its place: "The hearings, in the commission's rooms in the Sydney CBD, are …", "at
// the commission's hearing in Canberra on Tuesday".
const OCCASION_PLACED = (word: string) =>
  new RegExp(String.raw`\b(?:[Tt]he|its|the \p{L}+['’]s)\s+${word}\b[^.;:“”"]{0,60}?\b(?:in|at)\s`, 'u');
/** How many paragraphs after the opening the occasion's place may be told. */
const OCCASION_PLACE_REACH = 12;

/**
 * An opening about an occasion ("… as the royal commission … heard from the agency's leadership") that names no
 * place; the article tells where it sits further down ("The hearings, in the commission's rooms in the Sydney CBD, are
 * in their ninth day"): the story's day's words were said there.
 */
function occasionPlacedLater(
  opening: { text: string; index: number } | null,
  openingDay: string | null,
  ctx: Context,
): { place: PlaceRecord; day: string; who: (e: Entry) => boolean } | null {
  const word = opening ? STORY_OCCASION.exec(splitSentences(opening.text)[0]?.text ?? '')?.[1] : undefined;
  if (!opening || !word) return null;
  // ("… as the royal commission heard from the agency's leadership. ¶ X told the commission on Wednesday …": the day
  // the next paragraph gives, when the opening gives none.)
  const next = ctx.article.paragraphs.slice(opening.index + 1).find((p) => p.kind !== 'heading');
  const day =
    openingDay ??
    findDates(splitSentences(next?.text ?? '')[0]?.text ?? '', ctx.article.date).find(
      (d) => d.precision === 'day' && recent(d.date, ctx.article.date),
    )?.date;
  if (!day) return null;
  const stem = word.toLowerCase().replace(/s$/, '');
  const placed = OCCASION_PLACED(`${stem}s?`);
  for (const p of ctx.article.paragraphs.slice(opening.index + 1, opening.index + 1 + OCCASION_PLACE_REACH)) {
    if (p.kind === 'heading' || p.post !== null) continue;
    for (const sentence of splitSentences(p.text)) {
      const m = placed.exec(sentence.text);
      if (!m) continue;
      // ("… told a budget estimates hearing at Parliament House in October": an occasion of another day is not the story's.)
      const days = findDates(sentence.text, ctx.article.date).filter((d) => d.precision !== 'day' || d.date !== day);
      if (days.some((d) => d.precision === 'day' || d.precision === 'month')) continue;
      const place = ctx.placeIn(sentence.text.slice(m.index), 'speech');
      if (place && place.kind !== 'country') return { place, day, who: () => true };
    }
  }
  return null;
}

// A chamber sitting: a debate, questions, a vote, a hearing, a reading of a bill.
const SITTING =
  /\b(?:debat\w*|questions?|question time|session|sitting|hearings?|heard|testimony|testified|vot\w+|passed|cleared|approved|rejected|scrutiny|reading|committee|told|addressed|faced|clashed|drew)\b/i;
const SITTING_TO_COME = /\b(?:before|ahead of|until)\s+(?:the\s+)?$/i;
// Words said at another occasion than the sitting: to the press, in an interview, at a rally.
const NOT_IN_CHAMBER =
  /\b(?:press conference|news conference|interview|rally|summit|briefing|told reporters|told journalists|outside the|spokes(?:man|woman|person)|said later)\b/i;

/**
 * "Germany's parliament on Thursday held a heated first debate …", "… faced questions from opposition leaders at
 * Holyrood on Thursday", "… drew more than 200 people to the state Capitol on Wednesday": a chamber sitting that day,
 * in the opening or the paragraph after it, is where that day's words were said.
 */
function chamberScene(
  opening: { text: string; index: number } | null,
  openingDay: string | null,
  ctx: Context,
): { place: PlaceRecord; day: string } | null {
  if (!opening) return null;
  const next = ctx.article.paragraphs.slice(opening.index + 1).find((p) => p.kind !== 'heading');
  const sentences = [splitSentences(opening.text)[0]?.text ?? '', next?.post === null ? (splitSentences(next.text)[0]?.text ?? '') : ''];
  const pastDay = (sentence: string) =>
    findDates(sentence, ctx.article.date).find((d) => d.precision === 'day' && inPast(d, ctx.article.date))?.date;
  for (const sentence of sentences) {
    // Named ("at Holyrood"), a chamber is the scene; named by what it is ("the state Senate"), only sitting.
    // ("… carry him back into the Dáil": a seat won is not a sitting.)
    const named = ctx.gazetteer
      .places(sentence)
      .find((m) => m.record.chamber && !SEAT_WON.test(sentence.slice(Math.max(0, m.start - 40), m.start)));
    const chamber =
      named ??
      findChambers(sentence, ctx.home, ctx.gazetteer).find((m) => !m.byTitle || SITTING.test(sentence)) ??
      namedSitting(sentence, ctx);
    // ("…, a day before the Tweede Kamer debates the new bill": a sitting to come is no scene.)
    if (!chamber || SITTING_TO_COME.test(sentence.slice(Math.max(0, chamber.start - 30), chamber.start))) continue;
    // ("… a bruising question time at Parliament. ¶ The minister faced questions … on Wednesday afternoon": the day
    // the next paragraph's first sentence gives.)
    const day = pastDay(sentence) ?? openingDay ?? pastDay(sentences[1] ?? '');
    if (day) return { place: chamber.record, day };
  }
  return null;
}

// A chamber's sitting by its own name: "At First Minister's Questions on Thursday", "during PMQs", "Leaders' Questions".
const FMQS = /\b(?:First Minister['’]s Questions|FMQs)\b/;
const PMQS = /\b(?:Prime Minister['’]s Questions|PMQs)\b/;
const LEADERS_QUESTIONS = /\bLeaders['’] Questions\b/;

/** The chamber a sitting's name says ("First Minister's Questions" at Holyrood, or at the Senedd in Welsh copy). */
function namedSitting(sentence: string, ctx: Context): { start: number; record: PlaceRecord } | null {
  const text = ctx.article.article.body;
  const m = FMQS.exec(sentence) ?? PMQS.exec(sentence) ?? LEADERS_QUESTIONS.exec(sentence);
  if (!m) return null;
  const name = PMQS.test(m[0])
    ? 'House of Commons'
    : LEADERS_QUESTIONS.test(m[0])
      ? 'Dáil'
      : /\b(?:MSPs?|Holyrood|Scottish Parliament)\b/.test(text)
        ? 'Holyrood'
        : /\b(?:Senedd|MSs|Welsh Parliament)\b/.test(text)
          ? 'Senedd'
          : null;
  const record = name ? ctx.gazetteer.placeByName.get(name) : undefined;
  return record ? { start: m.index, record } : null;
}

/** The words of the chamber's day, said there and not at another occasion. */
function placeInChamber(paragraphOf: Map<Entry, number>, scene: { place: PlaceRecord; day: string }, ctx: Context): void {
  const place = ref(scene.place);
  for (const [e] of paragraphOf) {
    if (!e.place && (e.quote || e.speaker) && e.date === scene.day && saidHere(e, ctx) && !NOT_IN_CHAMBER.test(e.text)) e.place = place;
  }
}

// A body's sitting at a venue: "at a meeting at City Hall", "during a session at the Old Assembly Chamber".
// ("The decision, at the commission's meeting at the Natural Resources Building in Olympia, came …": whose meeting, too.)
const MEETING_AT = /\b(?:at|during)\s+(?:a|an|the|its|their)\s+(?:[\p{Ll}'’-]+\s+){0,2}(?:meeting|session|sitting)\s+(?:at|in)\s/iu;
const OCCASION_SUBJECT =
  /^(?:The|This|Its|Saturday['’]s|Sunday['’]s|Monday['’]s|Tuesday['’]s|Wednesday['’]s|Thursday['’]s|Friday['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}(?:ceremony|launch|meeting|conference|summit|event|rally|service|funeral|inauguration|celebration|gathering|forum|unveiling)\b,?\s+(?:(?:was\s+)?held\s+|which\s+took\s+place\s+|took\s+place\s+)?(?:at|in|inside)\s/u;
const OTHER_OCCASION_NAMED = /\b(?:press conference|news conference|interview|meeting with|rally|summit|speech|briefing|hearing)\b/i;

/**
 * "Rob Kinsella had clearly been expecting the question. ¶ Medway City's head coach sat down for his press conference
 * at the club's Lordswood training ground on Friday morning …": a venue and a day the paragraph after the opening
 * gives set the scene when the opening gives neither.
 */
function secondParagraphVenue(
  opening: { index: number; text: string } | null,
  ctx: Context,
): { place: PlaceRecord; day: string | null; who: (e: Entry) => boolean; occasion: boolean } | null {
  if (!opening) return null;
  const next = ctx.article.paragraphs.slice(opening.index + 1).find((p) => p.kind !== 'heading');
  if (!next || next.post !== null) return null;
  const sentence = splitSentences(next.text)[0]?.text ?? '';
  const venue = ctx.placeIn(sentence, 'speech');
  const day = findDates(sentence, ctx.article.date).find((d) => d.precision === 'day' && inPast(d, ctx.article.date));
  // Only for the people the two paragraphs are about: others quoted that day may be elsewhere.
  const about = `${opening.text} ${sentence}`;
  // … and not for words the text puts at another occasion ("during a press conference with Meloni").
  // ("… approved the scheme … at a meeting at City Hall on Wednesday": a body's meeting, where all that day's words were said.)
  // ("The ceremony, held at the Olivet Baptist High School, drew …", "The national launch took place at Boma Grounds":
  // the story's occasion, where all that day's words were said.)
  const everyone = MEETING_AT.test(sentence) || OCCASION_SUBJECT.test(sentence);
  const who = (e: Entry) =>
    e.speaker !== null &&
    (everyone || about.includes(e.speaker.name.split(' ').at(-1) ?? e.speaker.name)) &&
    !OTHER_OCCASION_NAMED.test(e.text);
  return venue?.kind === 'venue' ? { place: venue, day: day?.date ?? null, who, occasion: OTHER_OCCASION_NAMED.test(sentence) } : null;
}

// The opening's occasion named again with its venue: "Chair Helen Marchetti opened the meeting at the Perth Convention
// and Exhibition Centre …".
const THE_OCCASION_AT =
  /\bthe\s+(?:meeting|AGM|annual general meeting|briefing|press conference|news conference|hearing|summit|rally|ceremony|debate|forum|conference|launch)\s+(?:at|in|inside)\s+(?:the\s+)?\p{Lu}/u;
/** How many paragraphs after the opening its occasion may be named again with its venue. */
const OCCASION_AGAIN_REACH = 3;

/**
 * "… at a tense annual general meeting in Perth on Wednesday. ¶ … ¶ Chair Helen Marchetti opened the meeting at the
 * Perth Convention and Exhibition Centre …": the opening's occasion, called "the meeting" with a venue a paragraph or
 * two later, was held there.
 */
function occasionNamedAgain(
  opening: { index: number; text: string } | null,
  ctx: Context,
): { place: PlaceRecord; day: string | null; who: (e: Entry) => boolean; occasion: boolean } | null {
  if (!opening) return null;
  const later = ctx.article.paragraphs.slice(opening.index + 1, opening.index + 1 + OCCASION_AGAIN_REACH);
  for (const p of later) {
    if (p.kind === 'heading' || p.post !== null) return null;
    const outside = p.text.replace(/“[^”]*”|"[^"]*"/g, ' ');
    const at = THE_OCCASION_AT.exec(outside);
    const venue = at ? ctx.placeIn(outside.slice(at.index), 'speech') : null;
    if (venue?.kind === 'venue') return { place: venue, day: null, who: () => true, occasion: false };
  }
  return null;
}

/**
 * "Liam Kessell says he stopped worrying … at the Gabba. ¶ Kessell took 5-47 on Friday night …": an opening with no time
 * of its own, whose next paragraph dates the story to the publication day.
 */
function nextParagraphDay(opening: { text: string; index: number } | null, ctx: Context): string | null {
  if (!opening || findDates(opening.text, ctx.article.date).length > 0) return null;
  const next = ctx.article.paragraphs.slice(opening.index + 1).find((p) => p.kind !== 'heading');
  if (!next || next.post !== null) return null;
  return storyDay(splitSentences(next.text)[0]?.text ?? '', ctx.article.date);
}

/** The publication day, when the opening dates its story to it ("on Monday" in Monday's paper, "today"). */
function storyDay(opening: string, published: string): string | null {
  const first = findDates(opening, published).find((d) => d.precision === 'day');
  return first?.date === published ? published : null;
}

// A city's own body or office: "the Portland City Council", "Leeds City Council's", "mayor of Cleveland".
const LOCAL_BODY =
  /\b(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+)?)(?:['’]s)? (?:City|Town|County|Borough|Municipal) (?:Council|Hall|Commission|Assembly|Board)\b/u;
const LOCAL_OFFICE = /\b(?:[Mm]ayor|[Cc]ity|[Tt]own|[Rr]esidents|[Vv]oters|[Ss]treets) of\s+$/;

// A legislature's chamber that sits in the opening ("The House of Lords began its scrutiny of the bill on Friday",
// "The Bundestag voted on Thursday"): its debate, and what is said in it, is in the chamber.
const CHAMBER = String.raw`House of (?:Lords|Commons|Representatives|Councillors|Assembly|Keys)|National Assembly|Bundestag|Bundesrat|Knesset|State Duma|Sejm|Storting|Riksdag|Folketing|Eduskunta|Althing|Dáil|Seanad|Lok Sabha|Rajya Sabha|European Parliament|Legislative Assembly|Legislative Council`;
const CHAMBER_SITS = new RegExp(
  String.raw`^(?:The |the )?(?:\p{Lu}[\p{L}'’-]+ )?(${CHAMBER})\b[^.;:]{0,60}?\b(?:began|begins|debated|debates|voted|votes|passed|passes|approved|approves|rejected|rejects|opened|opens|sat|sits|heard|hears)\b`,
  'u',
);

/** The chamber as the gazetteer knows it, else as a venue found in the text. */
function chamberRecord(name: string, ctx: Context): PlaceRecord {
  const known = ctx.gazetteer.placeByName.get(name);
  if (known) return known;
  const record: PlaceRecord = { name, slug: slugify(name), kind: 'venue', parent: null, aliases: [], scene: false, found: true };
  ctx.foundPlaces.set(record.slug, record);
  return record;
}

/** Where the opening's first sentence, else the headline, else a local body of the opening puts the story. */
// A court, unnamed, as the opening's subject: "A German court on Thursday ordered …", "An appeals court ruled …".
const COURT_SUBJECT = /^(?:An?|The)\s+(?:[\p{L}-]+\s+){0,3}court\b/iu;

function openingScenePlace(opening: string, title: string, ctx: Context): PlaceRecord | null {
  // ("Mwanza. Thousands of supporters … packed the Furahisha grounds …": a town's name alone is not the first sentence.)
  const first = splitSentences(opening).find((s) => s.text.trim().split(/\s+/).length > 2)?.text ?? '';
  // ("A German court on Thursday ordered … night flights at Cologne Bonn Airport": where a ruling's subject is, not the
  // court's; the court is named later, "The Higher Administrative Court in Münster found …".)
  const ruling = COURT_SUBJECT.test(first);
  const said = ruling ? null : (ctx.placeIn(first, 'speech') ?? ctx.placeIn(title, 'speech'));
  if (said) return said;
  // ("… had asked for patience at his pre-match press conference. By ten to five on Saturday, … a winner against Aberdeen
  // at Tynecastle.": a venue the opening's later sentence puts its story at.)
  const venue = splitSentences(opening)
    .slice(1)
    .map((s) => ctx.placeIn(s.text, 'speech'))
    .find((p) => p?.kind === 'venue');
  if (venue) return venue;
  const chamber = CHAMBER_SITS.exec(first)?.[1];
  if (chamber) return chamberRecord(chamber, ctx);
  for (const text of [first, title]) {
    // "The Portland City Council": the name may start a word later than the run of capitals.
    const words = LOCAL_BODY.exec(text)?.[1]?.split(' ') ?? [];
    const bodyPlace = words.map((_, i) => ctx.gazetteer.placeByNameCaseless(words.slice(i).join(' '))).find(Boolean) ?? null;
    if (bodyPlace?.kind === 'city') return bodyPlace;
    const office = ctx.gazetteer
      .places(text)
      .find((m) => m.record.kind === 'city' && LOCAL_OFFICE.test(text.slice(Math.max(0, m.start - 20), m.start)));
    if (office) return office.record;
  }
  return null;
}

/**
 * What has no place of its own was said or done where the article was filed: the opening, and words said
 * that day, unless they were written or told to someone elsewhere.
 */
function placeByDateline(paragraphOf: Map<Entry, number>, ctx: Context): void {
  if (!ctx.dateline) return;
  // ("BRIDGETOWN, Barbados, June 30 (Reuters) - … a final … at Kensington Oval on Saturday": the opening's own day too.)
  const filed = new Set([ctx.dateline.date?.date ?? ctx.article.date, ctx.sceneDate?.date, ctx.openingDay?.date]);
  // (After the dateline: "Mwanza. Thousands of supporters … packed the Furahisha grounds …" is not one sentence "Mwanza.".)
  const sentences = splitSentences((ctx.article.paragraphs[ctx.dateline.paragraph]?.text ?? '').slice(ctx.dateline.length));
  const placed = ctx.placeIn(sentences[0]?.text ?? '', 'speech');
  // (Paragraphs whose words the text dates to another day: "Mayor X said Friday … ¶ “…,” X said at a news conference at
  // City Hall." in Saturday's story is Friday's occasion.)
  const quoted = [...paragraphOf].filter(([e]) => e.quote);
  const otherDays = new Set(quoted.filter(([e]) => !filed.has(e.date)).map(([, at]) => at));
  for (const [e, at] of quoted) if (filed.has(e.date)) otherDays.delete(at);
  const venue = openingVenue(ctx.dateline, sentences, placed, filed, ctx) ?? eventVenue(ctx.dateline.place, filed, otherDays, ctx);
  const place = ref(venue ?? ctx.dateline.place);
  // (A chamber the opening has act, sharpened to its building: the day's words placed in the chamber are in the building.)
  const chamber = placed?.chamber && venue && venue !== placed ? placed.slug : null;
  for (const [e, at] of paragraphOf) {
    if (chamber && e.quote && e.place?.slug === chamber && filed.has(e.date)) e.place = place;
    if (e.place) continue;
    // (Not words the opening says were written, posted or told elsewhere: "KYIV (AP) — X said in a video address that …".)
    const said = e.quote || e.speaker;
    if ((at === ctx.dateline.paragraph && (!said || saidHere(e, ctx))) || (said && filed.has(e.date) && saidHere(e, ctx))) e.place = place;
  }
}

/**
 * "THE HAGUE — … receiving party leaders in a meeting room of the House of Representatives": the opening's venue
 * is sharper than the dateline's city. So is one the next paragraph opens with, that day, in that city
 * ("GREENSBORO — Ostrowski didn't wait. … opened his news conference Tuesday at the Harlan Football Complex").
 */
function openingVenue(
  dateline: NonNullable<Context['dateline']>,
  opening: Span[],
  placed: PlaceRecord | null,
  filed: Set<string | undefined>,
  ctx: Context,
): PlaceRecord | null {
  // ("ÉVIAN-LES-BAINS, France (AP) — X was two shots behind with one hole to play. An hour later … after beating Y in a
  // playoff at Evian Resort Golf Club on Sunday.": the opening's next sentence too, on the day it was filed.)
  const second = opening[1];
  const venue = placed?.kind === 'venue' ? placed : null;
  // ("HÀ NỘI — The National Assembly on Wednesday elected …. ¶ Deputies voted … at the National Assembly House": a
  // chamber that acts is sharpened by the building the next paragraph names.)
  if (venue && !venue.chamber) return venue;
  const secondVenue = second ? ctx.placeIn(second.text, 'speech') : null;
  const secondDays = second ? findDates(second.text, ctx.article.date).filter((d) => d.precision === 'day') : [];
  if (
    secondVenue?.kind === 'venue' &&
    (secondVenue.parent === null || secondVenue.parent === dateline.place.name) &&
    secondDays.length > 0 &&
    secondDays.every((d) => filed.has(d.date))
  )
    return secondVenue;
  const next = ctx.article.paragraphs.slice(dateline.paragraph + 1).find((p) => p.kind !== 'heading');
  const sentence = splitSentences(next?.text ?? '')[0]?.text ?? '';
  const later = ctx.placeIn(sentence, 'speech');
  if (later?.kind !== 'venue' || (later.parent !== null && later.parent !== dateline.place.name)) return venue;
  // (Only a building named after the chamber: not "Dr. A. Santos Avenue", where the Senate's is.)
  if (venue && !sharesWord(venue.name, later.name)) return venue;
  const days = findDates(sentence, ctx.article.date).filter((d) => d.precision === 'day');
  return days.every((d) => filed.has(d.date)) ? later : venue;
}

/** Whether two names share a capitalised word of four letters or more ("National Assembly of Vietnam", "National Assembly House"). */
const sharesWord = (a: string, b: string) => {
  const words = new Set(a.match(/\p{Lu}\p{L}{3,}/gu) ?? []);
  return (b.match(/\p{Lu}\p{L}{3,}/gu) ?? []).some((w) => words.has(w));
};

// "… in the corridors of the Baku Olympic Stadium, where the talks are being held": where the story's event is.
const HELD_AFTER =
  /^,?\s+where\s+(?:the|this|a)\s+(?:\w+\s+){0,3}?(?:is|are|was|were|has been|have been)\s+(?:being\s+)?(?:held|staged|played|hosted)\b/i;

/** The venue the article says its event is held at, in the dateline's city (or placed nowhere else). */
function eventVenue(
  city: PlaceRecord,
  filed: ReadonlySet<string | undefined>,
  otherDays: ReadonlySet<number>,
  ctx: Context,
): PlaceRecord | null {
  const inCity = (venue: PlaceRecord | null): venue is PlaceRecord =>
    venue?.kind === 'venue' && (venue.parent === null || venue.parent === city.name);
  for (const p of ctx.article.paragraphs) {
    if (p.kind === 'heading') continue;
    for (const m of p.text.matchAll(/,\s+where\s/g)) {
      if (!HELD_AFTER.test(p.text.slice(m.index))) continue;
      const venue = ctx.placeIn(p.text.slice(Math.max(0, m.index - 120), m.index), 'speech');
      if (inCity(venue)) return venue;
    }
  }
  const occasion = occasionVenue(filed, otherDays, ctx);
  return inCity(occasion) ? occasion : null;
}

// The occasion a story reports, held at a venue: "a briefing at the …", "the closing ceremony at the …", "a packed
// press room at the …", "his homily at the …", "Wednesday's meeting, held at the …".
const OCCASION_AT_VENUE =
  /\b(?:briefing|news conference|press conference|press room|ceremony|homily|mass|service|meeting|hearing|session|sitting|rally|final|match|game|race|summit|talks|debate|gala|premiere|launch)\b[^.;]{0,40}?\b(?:at|in|inside)\s+(?:the\s+)?(?:[\p{Ll}-]+(?:['’]s)?\s+)?\p{Lu}/u;

// What opens a sentence before the day it fronts: "On ", "Earlier, on ".
const FRONTED_ON = /^\s*(?:(?:Earlier|Later|Previously),?\s+)?[Oo]n\s+$/;

/** How far after an occasion's venue begins its day may be named ("at Naya Paltan on Friday afternoon"). */
const OCCASION_DAY_REACH = 50;

/**
 * The one venue the article holds its occasion at ("… said at a briefing at the Boulder County Fairgrounds in
 * Longmont"): sharper than the dateline's city for that day's words said nowhere else. Two such venues, and neither.
 * An occasion held on another day than the story's (`filed`) does not count.
 */
function occasionVenue(filed: ReadonlySet<string | undefined>, otherDays: ReadonlySet<number>, ctx: Context): PlaceRecord | null {
  const venues = new Map<string, PlaceRecord>();
  for (const [index, p] of ctx.article.paragraphs.entries()) {
    if (p.kind === 'heading' || p.post !== null || otherDays.has(index)) continue;
    // ("… had dropped a hint on Wednesday. After a match in Coimbatore, he told reporters at the SNR College Cricket
    // Ground: …": a paragraph that opens on another day tells of another occasion.)
    const first = splitSentences(p.text)[0]?.text ?? '';
    const opensOnAnotherDay =
      !/^\s*[“"‘]/.test(first) &&
      findDates(first.replace(/“[^”]*”|"[^"]*"/g, ' '), ctx.article.date).some((d) => d.precision === 'day' && !filed.has(d.date));
    for (const [i, s] of splitSentences(p.text).entries()) {
      if (i > 0 && opensOnAnotherDay) break;
      const outside = s.text.replace(/“[^”]*”|"[^"]*"/g, ' ');
      const at = OCCASION_AT_VENUE.exec(outside);
      // ("… speaking at a rally at Naya Paltan on Friday": an occasion of another day than the story's.)
      const otherDay =
        at !== null &&
        findDates(outside, ctx.article.date).some(
          (d) =>
            d.precision === 'day' &&
            !filed.has(d.date) &&
            // ("On August 4, a delegation had met the Collector at the weekly grievance meeting at the Collectorate": a day
            // the sentence opens on.)
            ((d.start >= at.index && d.start <= at.index + at[0].length + OCCASION_DAY_REACH) ||
              FRONTED_ON.test(outside.slice(0, d.start))),
        );
      const venue = at && !otherDay ? ctx.placeIn(outside.slice(at.index), 'speech') : null;
      if (venue?.kind === 'venue') venues.set(venue.slug, venue);
    }
  }
  return venues.size === 1 ? ([...venues.values()][0] ?? null) : null;
}
