import type { Entry } from '../types.ts';

/** A caption or a media label: "Photo: Rescuers carry …", "Watch: Rubio speaks …". */
const MEDIA_LABEL = /^\s*(?:photo|picture|pictured|image|video|watch|listen|gallery|graphic)\s*[:—–-]\s/i;

/**
 * Whether an entry says something a reader can use: a live-blog post with no words of its own
 * ("Your views…", a video's title with the video gone) and a photo caption without its photo are not
 * statements, and are left off the timeline. An entry with a quote always is one.
 */
export function isStatement(entry: Entry): boolean {
  if (entry.quote) return true;
  const text = entry.text.trim();
  if (text === '') return false;
  return !MEDIA_LABEL.test(text);
}
