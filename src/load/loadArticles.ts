import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../types.ts';
import type { Knowledge } from '../knowledge/types.ts';
import { checkBodyText } from './checkBodyText.ts';
import { checkPostHeadings } from './checkPostHeadings.ts';
import { ContentError, type ContentProblem } from './errors.ts';
import { normalisedBodyHash } from './normalisedBodyHash.ts';
import { parseContentFile } from './parseContentFile.ts';

export interface ContentFile {
  /** Path relative to the repository root, for error messages. */
  file: string;
  bytes: Uint8Array;
}

/** What the duplicate checks compare between articles. */
export interface ArticleIdentity {
  file: string;
  id: string;
  url: string | null;
  /** normalisedBodyHash of the body. */
  bodyHash: string;
}

type KnowledgeForChecks = Pick<Knowledge, 'timezones' | 'noise'>;

/** The names of the `*.md` files of a content directory, sorted. */
export async function contentFileNames(contentDir: string): Promise<string[]> {
  return (await readdir(contentDir)).filter((n) => n.toLowerCase().endsWith('.md')).sort();
}

/** Every `*.md` file of a content directory, in name order. */
export async function readContentDir(contentDir: string, root = process.cwd()): Promise<ContentFile[]> {
  const names = await contentFileNames(contentDir);
  return Promise.all(
    names.map(async (name) => {
      const abs = path.join(contentDir, name);
      return { file: path.relative(root, abs).split(path.sep).join('/'), bytes: await readFile(abs) };
    }),
  );
}

/** Parses and checks one content file on its own (the checks across files are findDuplicates'). */
export function checkContentFile(
  { file, bytes }: ContentFile,
  knowledge?: KnowledgeForChecks,
): { article: Article | null; problems: ContentProblem[] } {
  const result = parseContentFile(file, bytes);
  if (!result.ok) return { article: null, problems: result.problems };
  const problems: ContentProblem[] = [];
  if (knowledge) {
    problems.push(...checkBodyText(result.article, knowledge.noise));
    if (result.article.meta.kind === 'liveblog') problems.push(...checkPostHeadings(result.article, knowledge.timezones));
  }
  return { article: result.article, problems };
}

export function identityOf(article: Article): ArticleIdentity {
  return { file: article.file, id: article.id, url: article.meta.url ?? null, bodyHash: normalisedBodyHash(article.body) };
}

/**
 * Reads and validates every `*.md` file of a content directory.
 * Throws one ContentError listing every problem in every file, so an editor sees them all at once.
 */
export async function loadArticles(
  contentDir: string,
  options: { knowledge?: KnowledgeForChecks; root?: string } = {},
): Promise<Article[]> {
  const problems: ContentProblem[] = [];
  const articles: Article[] = [];
  for (const file of await readContentDir(contentDir, options.root)) {
    const checked = checkContentFile(file, options.knowledge);
    if (checked.article) articles.push(checked.article);
    problems.push(...checked.problems);
  }
  problems.push(...findDuplicates(articles.map(identityOf)));
  if (problems.length > 0) throw new ContentError(problems);
  return articles;
}

export function findDuplicates(articles: ArticleIdentity[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, ArticleIdentity>();
  for (const a of articles) {
    const keys: Array<[string, string, string]> = [
      [`id:${a.id}`, 'file name', `gives the slug "${a.id}", already used by`],
      [`body:${a.bodyHash}`, 'body', 'is the same article as'],
    ];
    if (a.url) keys.push([`url:${a.url}`, 'url', 'is the same URL as']);
    for (const [key, field, what] of keys) {
      const first = seen.get(key);
      if (first) problems.push({ file: a.file, field, message: `${what} ${first.file} (remove one of them)` });
      else seen.set(key, a);
    }
  }
  return problems;
}
