import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../types.ts';
import type { Knowledge } from '../knowledge/types.ts';
import { checkBodyText } from './checkBodyText.ts';
import { checkPostHeadings } from './checkPostHeadings.ts';
import { ContentError, type ContentProblem } from './errors.ts';
import { normalisedBodyHash } from './normalisedBodyHash.ts';
import { parseContentFile } from './parseContentFile.ts';

/**
 * Reads and validates every `*.md` file of a content directory.
 * Throws one ContentError listing every problem in every file, so an editor sees them all at once.
 */
export async function loadArticles(
  contentDir: string,
  options: { knowledge?: Pick<Knowledge, 'timezones' | 'noise'>; root?: string } = {},
): Promise<Article[]> {
  const root = options.root ?? process.cwd();
  const names = (await readdir(contentDir)).filter((n) => n.toLowerCase().endsWith('.md')).sort();
  const problems: ContentProblem[] = [];
  const articles: Article[] = [];
  for (const name of names) {
    const abs = path.join(contentDir, name);
    const file = path.relative(root, abs).split(path.sep).join('/');
    const result = parseContentFile(file, await readFile(abs));
    if (result.ok) {
      articles.push(result.article);
      const { knowledge } = options;
      if (knowledge) {
        problems.push(...checkBodyText(result.article, knowledge.noise));
        if (result.article.meta.kind === 'liveblog') problems.push(...checkPostHeadings(result.article, knowledge.timezones));
      }
    } else problems.push(...result.problems);
  }
  problems.push(...findDuplicates(articles));
  if (problems.length > 0) throw new ContentError(problems);
  return articles;
}

function findDuplicates(articles: Article[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, Article>();
  for (const a of articles) {
    const keys: Array<[string, string, string]> = [
      [`id:${a.id}`, 'file name', `gives the slug "${a.id}", already used by`],
      [`body:${normalisedBodyHash(a.body)}`, 'body', 'is the same article as'],
    ];
    if (a.meta.url) keys.push([`url:${a.meta.url}`, 'url', 'is the same URL as']);
    for (const [key, field, what] of keys) {
      const first = seen.get(key);
      if (first) problems.push({ file: a.file, field, message: `${what} ${first.file} (remove one of them)` });
      else seen.set(key, a);
    }
  }
  return problems;
}
