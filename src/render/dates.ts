import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { getDay } from 'date-fns/getDay';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { rfc3339 } from '../dates/utc.ts';
import type { Entry } from '../types.ts';

// date-fns in its built-in English, never Intl, so the output never depends on the build machine's ICU;
// dates are days in UTC, so it never depends on the machine's zone either.

interface DateParts {
  year: number;
  /** 1–12, or null for a year-only date. */
  month: number | null;
  day: number | null;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` → its parts. */
export function dateParts(date: string): DateParts {
  const [y, m, d] = date.split('-').map(Number);
  return { year: y ?? 0, month: m ?? null, day: d ?? null };
}

/** The first day of the date's period, at midnight UTC. */
function utcDate(year: number, month: number | null, day: number | null): TZDate {
  return new TZDate(Date.UTC(year, (month ?? 1) - 1, day ?? 1), 'UTC');
}

// A site has a few thousand distinct dates and prints each on many pages; date-fns in a zone is slow.
// Bounded: past MAX_FORMATTED it starts afresh.
const MAX_FORMATTED = 100_000;
const formatted = new Map<string, string>();

/** The date's period start in a date-fns `format` pattern. */
function formatAs(date: string, pattern: string): string {
  const key = `${pattern} ${date}`;
  let text = formatted.get(key);
  if (text === undefined) {
    const { year, month, day } = dateParts(date);
    text = format(utcDate(year, month, day), pattern);
    if (formatted.size >= MAX_FORMATTED) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

export function monthName(month: number): string {
  return month >= 1 && month <= 12 ? formatAs(`2000-${month}`, 'MMMM') : '';
}

/** Day of the week, 0 = Sunday, for a `YYYY-MM-DD` date. */
export function weekday(date: string): number {
  const { year, month, day } = dateParts(date);
  return getDay(utcDate(year, month, day));
}

/** "4 April 2025", "April 2025" or "2025", depending on how much of the date is known. */
export function formatDate(date: string): string {
  const { year, month, day } = dateParts(date);
  if (month === null) return String(year);
  return formatAs(date, day === null ? 'MMMM y' : 'd MMMM y');
}

/** "Friday 4 April 2025" for a day heading; shorter forms for months and years. */
export function formatDayHeading(date: string): string {
  return dateParts(date).day === null ? formatDate(date) : formatAs(date, 'EEEE d MMMM y');
}

/** "4 Apr" — for compact lists and the timeline axis. */
export function formatShortDate(date: string): string {
  const { year, month, day } = dateParts(date);
  if (month === null) return String(year);
  return formatAs(date, day === null ? 'MMM y' : 'd MMM');
}

/** How an entry's date reads on a card: "4 April 2025, 16:50 BST", "week of 31 March 2025", "April 2025". */
export function formatEntryDate(entry: Pick<Entry, 'date' | 'precision' | 'time'>): string {
  const base = entry.precision === 'week' ? `week of ${formatDate(entry.date)}` : formatDate(entry.date);
  return entry.time ? `${base}, ${entry.time}` : base;
}

/** A valid `<time datetime>` value: the UTC instant when known, else the date to its precision. */
export function entryDatetime(entry: Pick<Entry, 'date' | 'instant'>): string {
  return entry.instant ?? entry.date;
}

/**
 * A full timestamp for feeds and JSON-LD, which need one even when only the day or month is
 * known: the instant, else midnight UTC at the start of the period.
 */
export function entryTimestamp(entry: Pick<Entry, 'date' | 'instant'>): string {
  if (entry.instant) return rfc3339(new Date(entry.instant));
  const { year, month, day } = dateParts(entry.date);
  return rfc3339(utcDate(year, month, day));
}

/** Number of days in a month. */
export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(new Date(year, month - 1, 1));
}

/** `YYYY-MM-DD` of a day of a `YYYY-MM` month. */
export function dayOfMonth(month: string, day: number): string {
  return formatAs(`${month}-${day}`, 'yyyy-MM-dd');
}
