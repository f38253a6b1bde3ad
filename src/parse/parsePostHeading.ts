import { TZDate } from '@date-fns/tz';
import { rfc3339 } from '../dates/utc.ts';

export interface PostHeading {
  label: string;
  headline: string;
  /** `HH:mm`, 24-hour. */
  time: string | null;
  zone: string | null;
}

// "04:50 PM BST — That’s all for today", "16.50 CET - Headline", "9:05am ET – Headline"
const HEADING = /^(\d{1,2})[:.](\d{2})\s*([AaPp]\.?\s?[Mm]\.?)?(?:\s+([A-Z]{2,5}))?\s*[—–-]\s*(.*)$/;

/** A live-blog section heading → its clock time, zone and headline; null when it is not a post heading. */
export function parsePostHeading(heading: string): PostHeading | null {
  const m = HEADING.exec(heading.trim());
  if (!m) return null;
  const [, hh = '', mm = '', ampm, zone, headline = ''] = m;
  let hour = Number(hh);
  const minute = Number(mm);
  const meridiem = ampm?.replace(/[^ap]/gi, '').toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return { label: labelOf(heading), headline: headline.trim(), time: null, zone: zone ?? null };
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  const valid = hour <= 23 && minute <= 59;
  return {
    label: labelOf(heading),
    headline: headline.trim(),
    time: valid ? `${String(hour).padStart(2, '0')}:${mm}` : null,
    zone: zone ?? null,
  };
}

/** A post's clock time as an entry shows it: `16:50 BST`, `16:50` without a zone; null without a time. */
export function postTime(post: { time: string | null; zone: string | null }): string | null {
  return post.time ? `${post.time}${post.zone ? ` ${post.zone}` : ''}` : null;
}

function labelOf(heading: string): string {
  return (heading.split(/\s[—–-]\s/)[0] ?? heading).trim();
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
