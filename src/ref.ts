import type { Ref } from './types.ts';

/** A record's name and slug alone: what an entry or an export keeps of a person, place or topic. */
export function ref(r: Ref): Ref {
  return { name: r.name, slug: r.slug };
}
