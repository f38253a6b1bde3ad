// A live-blog post heading as the content format writes it: its time as printed, an em dash, its headline.

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

function labelOf(heading: string): string {
  return (heading.split(/\s[—–-]\s/)[0] ?? heading).trim();
}
