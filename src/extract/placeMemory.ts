import type { Ref } from '../types.ts';

/** How many paragraphs a remembered place carries: near enough to be the same scene. */
const REACH = 5;

/**
 * Where each speaker was last seen, per day and paragraph: "Speaking in the Oval Office, Trump …" places
 * his quotes a few paragraphs either side, but not an unrelated remark further down a long live blog.
 */
export class PlaceMemory {
  private readonly seen = new Map<string, Array<{ paragraph: number; place: Ref }>>();

  remember(slug: string, date: string, paragraph: number, place: Ref): void {
    const key = `${slug}@${date}`;
    const list = this.seen.get(key);
    if (list) list.push({ paragraph, place });
    else this.seen.set(key, [{ paragraph, place }]);
  }

  /** The place nearest `paragraph` within `reach` paragraphs (five by default: the same scene). */
  recall(slug: string, date: string, paragraph: number, reach = REACH): Ref | null {
    let best: { distance: number; place: Ref } | null = null;
    for (const s of this.seen.get(`${slug}@${date}`) ?? []) {
      const distance = Math.abs(s.paragraph - paragraph);
      if (distance <= reach && (!best || distance < best.distance)) best = { distance, place: s.place };
    }
    return best?.place ?? null;
  }
}
