// The raw material of the synthetic corpus: paragraphs, headlines, quotes, outlets, people and places
// taken from the real content files, so generated articles read (and extract) like the real ones.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { findQuotes } from '../extract/findQuotes.ts';
import type { Knowledge } from '../knowledge/types.ts';
import { ContentError, type ContentProblem } from '../load/errors.ts';
import { parseContentFile } from '../load/parseContentFile.ts';
import type { Article } from '../types.ts';

export interface SwapPerson {
  /** Full name as written: "Marco Rubio". */
  name: string;
  /** Last word of the name: "Rubio". */
  surname: string;
  gender: 'he' | 'she' | null;
}

export interface Material {
  /** Body blocks that are not headings, in file order (runs of them are taken together). */
  paragraphs: string[];
  /** Article titles, live-blog post headlines and sub-headings. */
  headlines: string[];
  /** The words inside quotations (any quote style the extractor knows), for making new quotes. */
  quotes: string[];
  sources: string[];
  authors: string[];
  /** Known people the material mentions by full name: names are swapped among them. */
  people: SwapPerson[];
  /** Known cities the material mentions: swapped among themselves. */
  places: string[];
}

/** `## 04:50 PM BST — Headline`, `## 16.50 CET - Headline`. */
export const POST_HEADING = /^#{2,3}\s+\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?:\s+[A-Z]{2,5})?\s*[—–-]\s*(.+)$/;
const HEADING = /^#{1,6}\s+(.+)$/;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Splits a Markdown body into blocks separated by blank lines. */
export function blocksOf(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter((b) => b !== '');
}

function uniqueSorted(items: Iterable<string>): string[] {
  return [...new Set(items)].sort();
}

/**
 * Real articles (and optionally the knowledge files) → material for the generator. Pure.
 * Only knowledge people and cities that the articles actually mention become swap candidates.
 */
export function materialFromArticles(articles: Article[], knowledge?: Pick<Knowledge, 'people' | 'places'>): Material {
  const paragraphs: string[] = [];
  const headlines: string[] = [];
  const quotes: string[] = [];
  const sources: string[] = [];
  const authors: string[] = [];
  for (const a of [...articles].sort((x, y) => x.id.localeCompare(y.id))) {
    headlines.push(a.meta.title);
    sources.push(a.meta.source);
    authors.push(...a.meta.authors);
    for (const block of blocksOf(a.body)) {
      const post = POST_HEADING.exec(block);
      if (post?.[1]) {
        headlines.push(post[1].trim());
        continue;
      }
      const heading = HEADING.exec(block);
      if (heading?.[1]) {
        if (!block.includes('\n') && words(heading[1]) >= 3) headlines.push(heading[1].trim());
        continue;
      }
      if (words(block) < 5) continue; // captions, bylines, stray furniture
      paragraphs.push(block);
      for (const q of findQuotes(block)) if (words(q.text) >= 2) quotes.push(q.text);
    }
  }
  const allText = articles.map((a) => a.body).join('\n');
  const people: SwapPerson[] = (knowledge?.people ?? [])
    .filter((p) => p.kind === 'person' && /\s/.test(p.name) && allText.includes(p.name))
    .map((p) => ({ name: p.name, surname: p.name.split(/\s+/).pop() ?? p.name, gender: p.gender }))
    .sort((x, y) => x.name.localeCompare(y.name));
  const places = (knowledge?.places ?? [])
    .filter((p) => p.kind === 'city' && new RegExp(`\\b${p.name}\\b`).test(allText))
    .map((p) => p.name)
    .sort();
  if (paragraphs.length < 10)
    throw new Error(`benchmark material: only ${paragraphs.length} usable paragraphs in the content files (need at least 10)`);
  return {
    paragraphs,
    headlines: uniqueSorted(headlines),
    quotes: uniqueSorted(quotes),
    sources: uniqueSorted(sources),
    authors: uniqueSorted(authors),
    people,
    places,
  };
}

/** Reads and validates every `*.md` file of a directory (the real content: `content/articles`). */
export async function loadSeedArticles(dir: string): Promise<Article[]> {
  const names = (await readdir(dir)).filter((n) => n.toLowerCase().endsWith('.md')).sort();
  const articles: Article[] = [];
  const problems: ContentProblem[] = [];
  for (const name of names) {
    const result = parseContentFile(path.join(dir, name), await readFile(path.join(dir, name)));
    if (result.ok) articles.push(result.article);
    else problems.push(...result.problems);
  }
  if (problems.length > 0) throw new ContentError(problems);
  if (articles.length === 0) throw new Error(`benchmark material: no .md files in ${dir}`);
  return articles;
}
