// Instants written out in UTC, one way each: RFC 3339 to the second, the calendar day, the clock time.
import { tz } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { formatISO } from 'date-fns/formatISO';
import { formatRFC3339 } from 'date-fns/formatRFC3339';

const UTC = tz('UTC');

/** `2025-04-04T15:50:00Z`: what Atom, JSON Feed, JSON-LD and `instant` fields hold. */
export function rfc3339(instant: Date | number): string {
  return formatRFC3339(instant, { in: UTC });
}

/** The UTC calendar day of an instant: `2025-04-04`. */
export function utcDay(instant: Date | number): string {
  return formatISO(instant, { representation: 'date', in: UTC });
}

/** The UTC clock time of an instant: `15:50`. */
export function utcClock(instant: Date | number): string {
  return format(instant, 'HH:mm', { in: UTC });
}
