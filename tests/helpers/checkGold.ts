// Checks that gold files are well formed against their fixtures, without running the extractor:
// `npx tsx tests/helpers/checkGold.ts [name-prefix]`. Prints one line per problem; exits 1 if any.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseContentFile } from '../../src/load/parseContentFile.ts';
import type { GoldFile } from './scoreExtraction.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DATE = /^(?:week:)?\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Every problem of one gold file of tests/gold/unseen against its fixture in tests/fixtures/unseen. */
export async function goldProblems(name: string): Promise<string[]> {
  const problems: string[] = [];
  const file = `tests/fixtures/unseen/${name}.md`;
  let body: string;
  try {
    const parsed = parseContentFile(file, await readFile(path.join(ROOT, file)));
    if (!parsed.ok) return parsed.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`);
    body = parsed.article.body;
  } catch (e) {
    return [`${file}: ${(e as Error).message}`];
  }
  const gold = JSON.parse(await readFile(path.join(ROOT, 'tests/gold/unseen', `${name}.json`), 'utf8')) as GoldFile;
  const at = `tests/gold/unseen/${name}.json`;
  if (gold.article !== name) problems.push(`${at}: article is "${gold.article}", not the file name`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(gold.published)) problems.push(`${at}: published "${gold.published}" is not YYYY-MM-DD`);
  if (!Array.isArray(gold.quotes)) return [...problems, `${at}: quotes is not a list`];
  gold.quotes.forEach((q, i) => {
    const where = `${at}: quotes[${i}] "${String(q.quote).slice(0, 40)}"`;
    if (typeof q.quote !== 'string' || !body.includes(q.quote)) problems.push(`${where}: not a verbatim substring of the fixture's body`);
    if (q.date !== null && !DATE.test(q.date))
      problems.push(`${where}: date "${q.date}" is not YYYY-MM-DD, YYYY-MM, YYYY or week:YYYY-MM-DD`);
    if (q.speaker !== null && typeof q.speaker !== 'string') problems.push(`${where}: speaker must be a string or null`);
    if (q.place !== null && typeof q.place !== 'string') problems.push(`${where}: place must be a string or null`);
  });
  const quoted = gold.quotes.map((q) => q.quote).filter((q) => typeof q === 'string' && q.length > 0);
  (gold.reported ?? []).forEach((r, i) => {
    const where = `${at}: reported[${i}] "${String(r.match).slice(0, 40)}"`;
    const first = body.indexOf(r.match);
    if (first < 0) problems.push(`${where}: not a verbatim substring of the fixture's body`);
    else if (body.indexOf(r.match, first + 1) >= 0) problems.push(`${where}: occurs more than once in the body`);
    else if (r.speaker !== null && sentenceHoldsQuote(body, first, quoted))
      problems.push(`${where}: its sentence holds a quote item: annotate it under quotes only`);
  });
  return problems;
}

const SENTENCE_END = /(?<=[.!?][”"’]?)\s+(?=[“"‘A-Z])/g;

/**
 * Whether the sentence around `index` holds one of the gold's quotes. The README's rule: a reported item
 * is a sentence of reported speech without quotation marks; a sentence that quotes the speaker's words is
 * annotated as a quote item only (words in quotation marks that are not a quote item, an imagined retort
 * or a nickname, leave it a reported item). Sentences are cut at a full stop, question or exclamation mark
 * before a capital or an opening mark, inside the paragraph: simple on purpose, so the check does not lean
 * on the extractor's splitter.
 */
export function sentenceHoldsQuote(body: string, index: number, quotes: readonly string[]): boolean {
  const start = body.lastIndexOf('\n\n', index) < 0 ? 0 : body.lastIndexOf('\n\n', index) + 2;
  const end = body.indexOf('\n\n', index) < 0 ? body.length : body.indexOf('\n\n', index);
  let from = start;
  let to = end;
  for (const m of body.slice(start, end).matchAll(SENTENCE_END)) {
    if (start + m.index > index) {
      to = start + m.index;
      break;
    }
    from = start + m.index + m[0].length;
  }
  return quotes.some((q) => {
    for (let at = body.indexOf(q); at >= 0; at = body.indexOf(q, at + 1)) if (at < to && at + q.length > from) return true;
    return false;
  });
}

/** Names (without .json) of the gold files of tests/gold/unseen that start with the prefix. */
export async function goldNames(prefix = ''): Promise<string[]> {
  return (await readdir(path.join(ROOT, 'tests/gold/unseen')))
    .filter((f) => f.endsWith('.json') && f.startsWith(prefix))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const names = await goldNames(process.argv[2] ?? '');
  let bad = 0;
  for (const name of names) {
    const problems = await goldProblems(name);
    bad += problems.length;
    for (const p of problems) console.log(p);
  }
  console.log(`${names.length} gold files checked, ${bad} problem(s)`);
  process.exitCode = bad > 0 ? 1 : 0;
}
