// Prints the extraction scores of every corpus: `npx tsx tests/helpers/printScores.ts [seeds|pages|dev|holdout] [--misses]`.
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.ts';
import { scoreFixtures, scorePages, scoreSeeds, type Scored } from './corpora.ts';
import { addScores } from './scoreExtraction.ts';
import { scoreTable } from './scoreTable.ts';

const knowledge = await loadKnowledge('content/knowledge');
const which = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const misses = process.argv.includes('--misses');
// Holdout misses are never printed: it is a held-out test set.
const corpora: Array<[string, () => Promise<Scored[]>]> = [
  ['seeds', () => scoreSeeds(knowledge)],
  ['pages', () => scorePages(knowledge)],
  ['dev', () => scoreFixtures(knowledge, 'dev-')],
  ['holdout', () => scoreFixtures(knowledge, 'holdout-')],
];
for (const [name, run] of corpora) {
  if (which.length > 0 && !which.includes(name)) continue;
  const scored = await run();
  const total = addScores(scored.map((s) => s.score));
  console.log(`\n== ${name}\n${scoreTable([...scored.map((s): [string, typeof total] => [s.name, s.score]), ['all', total]])}`);
  if (misses && name !== 'holdout')
    for (const m of total.misses)
      console.log(`  miss ${m.kind.padEnd(8)} ${m.gold.slice(0, 70).padEnd(70)} expected ${m.expected} got ${m.got}`);
}
