// /key-moments/ and /key-moments/YYYY-MM/: per day, the few entries that matter most, one line each.
import { keyMoments, momentLines, type KeyMoments, type MomentLine } from '../site/keyMoments.ts';
import { paths } from '../site/paths.ts';
import type { SiteView } from '../site/siteView.ts';
import { oncePerView, type PageModel, type PageOf } from './model.ts';

/** A page of key moments: the rules and the months on the first, one month's days on each. */
export interface KeyMomentsPage extends PageModel {
  /** `YYYY-MM`, or null for the first page (which shows the latest month). */
  month: string | null;
  shownMonth: string | null;
  mainPeople: string[];
  mainTopics: string[];
  months: Array<{ month: string; path: string; count: number }>;
  days: Array<{ date: string; path: string; lines: MomentLine[] }>;
}

/** The key moments of the site, worked out once per site view (the home page shows the latest). */
export const keyMomentsOf = (view: SiteView): KeyMoments => oncePerView(view, 'keyMoments', keyMoments);

export function keyMomentsPageModels(view: SiteView): Array<PageOf<KeyMomentsPage>> {
  const km = keyMomentsOf(view);
  const byMonth = new Map<string, KeyMoments['days']>();
  for (const d of km.days) {
    const month = d.date.slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), d]);
  }
  const months = [...byMonth].map(([month, days]) => ({
    month,
    path: `${paths.keyMoments}${month}/`,
    count: days.reduce((n, d) => n + d.moments.length, 0),
  }));
  const page = (month: string | null, shown: string | null): PageOf<KeyMomentsPage> => {
    const path = month ? `${paths.keyMoments}${month}/` : paths.keyMoments;
    return { path, model: () => pageModel(path, month, shown) };
  };
  const pageModel = (path: string, month: string | null, shown: string | null): KeyMomentsPage => ({
    path,
    month,
    shownMonth: shown,
    mainPeople: km.mainPeople.map((p) => p.name),
    mainTopics: km.mainTopics.map((t) => t.name),
    months: month ? [] : months,
    days: (shown ? (byMonth.get(shown) ?? []) : []).map((d) => ({
      date: d.date,
      path: view.datePath(d.date),
      lines: momentLines(view, d.moments),
    })),
  });
  const latest = months.at(-1)?.month ?? null;
  return [page(null, latest), ...months.map((m) => page(m.month, m.month))];
}
