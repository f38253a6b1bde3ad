// A month's calendar as shown (the timeline's month and day pages, /dates/): each day with entries, its count and link.
import { dateParts, dayOfMonth, daysInMonth } from '../render/dates.ts';
import { shared, type ModelScope } from './model.ts';

export interface CalendarModel {
  /** `YYYY-MM`. */
  month: string;
  /** Where the month is shown (the caption's link). */
  path: string;
  /** Per day of the month, from the 1st: its count and link, or null when it has no entries. */
  days: Array<{ count: number; path: string } | null>;
}

/** The calendar of a month (`YYYY-MM`), made once per model scope; null for a year. */
export function calendarOf(scope: ModelScope, month: string): CalendarModel | null {
  const { view } = scope;
  const { year, month: m } = dateParts(month);
  if (m === null) return null;
  return scope.once(`cal|${month}`, () =>
    shared({
      month,
      path: view.datePath(month),
      days: Array.from({ length: daysInMonth(year, m) }, (_, i) => {
        const date = dayOfMonth(month, i + 1);
        const count = view.day(date)?.entries.length ?? 0;
        return count === 0 ? null : { count, path: view.datePath(date) };
      }),
    }),
  );
}
