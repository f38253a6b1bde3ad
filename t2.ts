import { loadKnowledge } from './src/knowledge/loadKnowledge.ts';
import { parseArticle } from './src/parse/parseArticle.ts';
import { extractEntries } from './src/extract/extractEntries.ts';
const k = await loadKnowledge('content/knowledge');
const body = process.argv[2].replace(/\\n/g, '\n');
const art = { id: 'x', file: 'x.md', meta: { title: 't', source: 's', published: process.argv[3] ?? '2015-07-24', kind: 'article' as const, authors: [] }, body, bodyLine: 1 };
const r = extractEntries(parseArticle(art, k), k);
for (const e of r.entries) console.log(e.quote ? 'Q' : 'E', e.date, e.precision, e.speaker?.name ?? '-', '|', e.place?.name ?? '-', '|', (e.quote ?? e.text).slice(0, 100));
console.log(r.newPeople);
