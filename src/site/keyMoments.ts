// The few entries of each day that matter most, chosen by rules the key-moments page states, plus
// the editor's choice (`key: true` in content/corrections.yaml).
import type { Entry, Ref } from '../types.ts';
import { entryTitle } from './entryTitle.ts';
import type { SiteView } from './siteView.ts';

/** The speakers with the most statements are the main people. */
export const MAIN_PEOPLE = 5;
/** The topics with the most entries are the main topics. */
export const MAIN_TOPICS = 3;
/** At most this many moments a day. */
export const MOMENTS_PER_DAY = 3;
/** Rules an entry must meet (of the three) to be a key moment without the editor's choice. */
export const RULES_NEEDED = 2;

export type KeyReason = 'editor' | 'main person' | 'several sources' | 'main topic';

export interface KeyMoment {
  id: string;
  reasons: KeyReason[];
}

export interface KeyMoments {
  mainPeople: Ref[];
  mainTopics: Ref[];
  /** Chronological; only days with moments. */
  days: Array<{ date: string; moments: KeyMoment[] }>;
}

function reasonsFor(e: Entry, mainPeople: Set<string>, mainTopics: Set<string>): KeyReason[] {
  const reasons: KeyReason[] = [];
  if (e.key) reasons.push('editor');
  if (e.speaker && mainPeople.has(e.speaker.slug)) reasons.push('main person');
  if (new Set(e.sources.map((s) => s.article)).size >= 2) reasons.push('several sources');
  if (e.topics.some((t) => mainTopics.has(t.slug))) reasons.push('main topic');
  return reasons;
}

export function keyMoments(view: SiteView): KeyMoments {
  const { timeline } = view.data;
  const mainPeople = [...timeline.people]
    .filter((p) => p.quotes.length > 0)
    .sort((a, b) => b.quotes.length - a.quotes.length || a.name.localeCompare(b.name, 'en'))
    .slice(0, MAIN_PEOPLE)
    .map((p) => ({ name: p.name, slug: p.slug }));
  const mainTopics = [...timeline.topics]
    .sort((a, b) => b.entries.length - a.entries.length || a.name.localeCompare(b.name, 'en'))
    .slice(0, MAIN_TOPICS)
    .map((t) => ({ name: t.name, slug: t.slug }));
  const people = new Set(mainPeople.map((p) => p.slug));
  const topics = new Set(mainTopics.map((t) => t.slug));
  // `timeline.days` are the days entries are dated to (not weeks, months or years).
  const days = timeline.days.flatMap((day) => {
    const scored = day.entries
      .map((id, order) => ({ id, order, reasons: reasonsFor(view.entry(id), people, topics) }))
      .filter((m) => m.reasons.includes('editor') || m.reasons.length >= RULES_NEEDED);
    const rank = (m: (typeof scored)[number]) => (m.reasons.includes('editor') ? 10 : 0) + m.reasons.length;
    const chosen = scored
      .sort((a, b) => rank(b) - rank(a) || a.order - b.order)
      .slice(0, MOMENTS_PER_DAY)
      .sort((a, b) => a.order - b.order)
      .map(({ id, reasons }) => ({ id, reasons }));
    return chosen.length > 0 ? [{ date: day.date, moments: chosen }] : [];
  });
  return { mainPeople, mainTopics, days };
}

/** One key moment as shown: date, title (speaker: “quote”), place, where it is, and why it was chosen. */
export interface MomentLine {
  date: string;
  title: string;
  place: string | null;
  path: string;
  why: string;
}

export function momentLines(view: SiteView, moments: readonly KeyMoment[]): MomentLine[] {
  return moments.map((m) => {
    const e = view.entry(m.id);
    return {
      date: e.date,
      title: entryTitle(e, 120),
      place: e.place?.name ?? null,
      path: view.timelineHref(e.id),
      why: m.reasons.includes('editor') ? "editor's choice" : m.reasons.join(', '),
    };
  });
}
