// /key-moments/ and /key-moments/YYYY-MM/: per day, the few entries that matter most, one line each.
import { momentLines, type KeyMoments, type MomentLine } from '../site/keyMoments.ts';
import { paths } from '../site/paths.ts';
import type { SiteView } from '../site/siteView.ts';
import type { PageModel, PageOf } from './model.ts';

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

/** The months with key moments, each with its page and count. */
function monthsOf(km: KeyMoments): { byMonth: Map<string, KeyMoments['days']>; months: KeyMomentsPage['months'] } {
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
  return { byMonth, months };
}

/** The first page (the rules, the months, the latest month's days) and a page per month. */
export function keyMomentsPageModels(view: SiteView): Array<PageOf<KeyMomentsPage>> {
  const page = (month: string | null): PageOf<KeyMomentsPage> => {
    const path = month ? `${paths.keyMoments}${month}/` : paths.keyMoments;
    return { path, key: month ?? '', model: (scope) => pageModel(scope.view, path, month) };
  };
  return [page(null), ...monthsOf(view.keyMoments()).months.map((m) => page(m.month))];
}

function pageModel(view: SiteView, path: string, month: string | null): KeyMomentsPage {
  const km = view.keyMoments();
  const { byMonth, months } = monthsOf(km);
  const shown = month ?? months.at(-1)?.month ?? null;
  return {
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
  };
}
