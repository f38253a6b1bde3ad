// What extracting an article loads on first use (the NLP library, ~0.35 s; the world gazetteer), loaded ahead:
// the dev server calls this once it is serving, while the editor writes, so the first article saved does not
// wait for them. A build whose articles all come from the cache never loads them.
import { worldPlaces } from '../knowledge/worldPlaces.ts';
import { loadNlp } from './findNewPeople.ts';

export function warmUpExtraction(): void {
  loadNlp();
  worldPlaces();
}
