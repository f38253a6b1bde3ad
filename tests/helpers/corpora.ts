import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { extractEntries } from '../../src/extract/extractEntries.ts';
import { htmlToMarkdown } from '../../src/ingest/htmlToMarkdown.ts';
import type { Knowledge } from '../../src/knowledge/types.ts';
import { articleIdFromFile, parseContentFile } from '../../src/load/parseContentFile.ts';
import { parseArticle } from '../../src/parse/parseArticle.ts';
import { buildSiteData } from '../../src/pipeline/buildSiteData.ts';
import type { Article, Entry } from '../../src/types.ts';
import { scoreArticle, type GoldFile, type Score } from './scoreExtraction.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
// In CI the repository is cloned with shared/ beside it.
export const PAGES = process.env.NEWSLINE_PAGES ?? path.resolve(ROOT, '../shared/pages');

export interface Scored {
  name: string;
  score: Score;
  entries: Entry[];
}

async function goldFiles(dir: string, prefix = ''): Promise<Array<{ name: string; gold: GoldFile }>> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json') && f.startsWith(prefix)).sort();
  return Promise.all(
    files.map(async (f) => ({ name: f.replace(/\.json$/, ''), gold: JSON.parse(await readFile(path.join(dir, f), 'utf8')) as GoldFile })),
  );
}

function extract(article: Article, knowledge: Knowledge): Entry[] {
  return extractEntries(parseArticle(article, knowledge), knowledge).entries;
}

/**
 * The real news pages in ../shared/pages: the article body as Readability reads it (expected.html),
 * turned into a content file's Markdown by the importer's converter, dated as its gold file says.
 */
export async function scorePages(knowledge: Knowledge): Promise<Scored[]> {
  if (!existsSync(PAGES)) throw new Error(`${PAGES} is missing: clone shared/ beside the repository or set NEWSLINE_PAGES`);
  const out: Scored[] = [];
  for (const { name, gold } of await goldFiles(path.join(ROOT, 'tests/gold/pages'))) {
    const html = await readFile(path.join(PAGES, name, 'expected.html'), 'utf8');
    const meta = JSON.parse(await readFile(path.join(PAGES, name, 'expected-metadata.json'), 'utf8')) as { title: string };
    const article: Article = {
      id: name,
      file: `pages/${name}/expected.html`,
      meta: { title: meta.title, source: gold.source ?? name, published: gold.published, kind: 'article', authors: [] },
      body: htmlToMarkdown(html),
      bodyLine: 1,
    };
    const entries = extract(article, knowledge);
    out.push({ name, score: scoreArticle(gold, entries, knowledge), entries });
  }
  return out;
}

/** Articles written for the tests in the manner of real coverage (tests/fixtures/unseen/), `dev-` or `holdout-`. */
export async function scoreFixtures(knowledge: Knowledge, prefix: 'dev-' | 'holdout-'): Promise<Scored[]> {
  const out: Scored[] = [];
  for (const { name, gold } of await goldFiles(path.join(ROOT, 'tests/gold/unseen'), prefix)) {
    const file = `tests/fixtures/unseen/${name}.md`;
    const parsed = parseContentFile(file, await readFile(path.join(ROOT, file)));
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n'));
    const entries = extract(parsed.article, knowledge);
    out.push({ name, score: scoreArticle(gold, entries, knowledge), entries });
  }
  return out;
}

/** The seed articles of content/articles, built as the site builds them, against tests/gold/*.json. */
export async function scoreSeeds(knowledge: Knowledge): Promise<Scored[]> {
  const site = await buildSiteData({
    contentDir: path.join(ROOT, 'content/articles'),
    knowledgeDir: path.join(ROOT, 'content/knowledge'),
    cacheDir: null,
  });
  const manifest = JSON.parse(await readFile(path.join(ROOT, 'tests/seeds.json'), 'utf8')) as Array<{ seed: string; file: string }>;
  const seedToArticle = new Map(manifest.map((m) => [m.seed, articleIdFromFile(m.file)]));
  const out: Scored[] = [];
  for (const { name, gold } of await goldFiles(path.join(ROOT, 'tests/gold'))) {
    const article = seedToArticle.get(gold.seed ?? '');
    if (!article) throw new Error(`${name}: seed ${gold.seed} is not in tests/seeds.json`);
    const entries = site.timeline.entries.filter((e) => e.sources.some((s) => s.article === article));
    out.push({ name, score: scoreArticle(gold, entries, knowledge), entries });
  }
  return out;
}
