import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import { normalisedBodyHash } from '../load/normalisedBodyHash.ts';

export interface ExistingFile {
  /** Path to show the editor. */
  file: string;
  text: string;
}

export interface Duplicate {
  file: string;
  why: 'same URL' | 'same text';
}

function parts(text: string): { url: string | null; body: string } | null {
  try {
    const parsed = matter(text.replace(/\r\n?/g, '\n'), {
      engines: { yaml: (s: string) => (parseYaml(s, { schema: 'core' }) ?? {}) as object },
    });
    const data: unknown = parsed.data;
    const url = typeof data === 'object' && data !== null && 'url' in data && typeof data.url === 'string' ? data.url : null;
    return { url, body: parsed.content };
  } catch {
    return null;
  }
}

/**
 * The existing content file that already holds this article: the same URL, or the
 * same body once case, punctuation, quote style and white space are ignored.
 */
export function findDuplicate(candidate: { url?: string; body: string }, existing: ExistingFile[]): Duplicate | null {
  const hash = normalisedBodyHash(candidate.body);
  for (const f of existing) {
    const p = parts(f.text);
    if (!p) continue;
    if (candidate.url && p.url === candidate.url) return { file: f.file, why: 'same URL' };
    if (p.body.trim() !== '' && normalisedBodyHash(p.body) === hash) return { file: f.file, why: 'same text' };
  }
  return null;
}
