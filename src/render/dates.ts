import type { Entry } from '../types.ts';

// Hand-rolled rather than Intl so the output never depends on the build machine's ICU or zone.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

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

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/** Day of the week, 0 = Sunday, for a `YYYY-MM-DD` date. */
export function weekday(date: string): number {
  const { year, month, day } = dateParts(date);
  return new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1)).getUTCDay();
}

/** "4 April 2025", "April 2025" or "2025", depending on how much of the date is known. */
export function formatDate(date: string): string {
  const { year, month, day } = dateParts(date);
  if (month === null) return String(year);
  if (day === null) return `${monthName(month)} ${year}`;
  return `${day} ${monthName(month)} ${year}`;
}

/** "Friday 4 April 2025" for a day heading; shorter forms for months and years. */
export function formatDayHeading(date: string): string {
  const { day } = dateParts(date);
  return day === null ? formatDate(date) : `${WEEKDAYS[weekday(date)]} ${formatDate(date)}`;
}

/** "4 Apr" — for compact lists and the timeline axis. */
export function formatShortDate(date: string): string {
  const { month, day, year } = dateParts(date);
  if (month === null) return String(year);
  const mon = monthName(month).slice(0, 3);
  return day === null ? `${mon} ${year}` : `${day} ${mon}`;
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
  if (entry.instant) return new Date(entry.instant).toISOString().replace('.000Z', 'Z');
  const { year, month, day } = dateParts(entry.date);
  return new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1)).toISOString().replace('.000Z', 'Z');
}

/** Number of days in a month. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
