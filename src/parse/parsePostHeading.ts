import { TZDate } from '@date-fns/tz';
import { rfc3339 } from '../dates/utc.ts';

// The heading grammar is read by the content check (src/load) too, so it lives with the text utilities.
export { parsePostHeading, type PostHeading } from '../text/postHeading.ts';

/** A post's clock time as an entry shows it: `16:50 BST`, `16:50` without a zone; null without a time. */
export function postTime(post: { time: string | null; zone: string | null }): string | null {
  return post.time ? `${post.time}${post.zone ? ` ${post.zone}` : ''}` : null;
}

/**
 * The UTC instant of a local clock time on a date, in a zone given as a fixed offset (`+01:00`)
 * or an IANA name (`America/New_York`). Null when the zone is unknown.
 */
export function toInstant(date: string, time: string, zone: string | undefined): string | null {
  if (!zone) return null;
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  if (y === undefined || mo === undefined || d === undefined || h === undefined || mi === undefined) return null;
  // A fixed offset needs no zone rules (and TZDate is slow at it).
  const fixed = /^([+-])(\d{2}):(\d{2})$/.exec(zone);
  if (fixed) {
    const offset = (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3]));
    return rfc3339(Date.UTC(y, mo - 1, d, h, mi) - offset * 60_000);
  }
  const local = new TZDate(y, mo - 1, d, h, mi, zone);
  if (Number.isNaN(local.getTime())) return null;
  return rfc3339(local.getTime());
}
