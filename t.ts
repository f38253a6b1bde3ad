import { loadKnowledge } from './src/knowledge/loadKnowledge.ts';
import { scorePages } from './tests/helpers/corpora.ts';
const k = await loadKnowledge('content/knowledge');
const s = await scorePages(k);
const bbc = s.find(x => x.name === process.argv[2])!;
for (const e of bbc.entries) console.log(e.quote ? 'Q' : 'E', e.date, e.speaker?.name ?? '-', '|', e.place?.name ?? '-', '|', (e.quote ?? e.text).slice(0, 90));
