// How much of a date is known, read from the date string itself: `YYYY-MM-DD` (a day, or the first day
// of a week for a week-precision entry), `YYYY-MM` or `YYYY`. The one place that knows the lengths.

/** `YYYY-MM-DD`. */
export function isDay(date: string): boolean {
  return date.length === 10;
}

/** `YYYY-MM`. */
export function isMonth(date: string): boolean {
  return date.length === 7;
}

/** `YYYY`. */
export function isYear(date: string): boolean {
  return date.length === 4;
}
