import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import { slugify } from '../slugify.ts';
import type { Article } from '../types.ts';
import type { ContentProblem } from './errors.ts';
import { frontMatterSchema } from './frontMatterSchema.ts';

export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export type ParseResult = { ok: true; article: Article } | { ok: false; problems: ContentProblem[] };

/** File name → article id: the URL slug the article lives under. */
export function articleIdFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return slugify(base.replace(/\.md$/i, ''), Infinity);
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * One content file's bytes → a validated Article, or every problem found in it.
 * Windows line endings and a BOM are accepted; binary, invalid UTF-8 and oversized files are not.
 */
export function parseContentFile(file: string, bytes: Uint8Array): ParseResult {
  const fail = (field: string, message: string): ParseResult => ({ ok: false, problems: [{ file, field, message }] });

  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    return fail(
      'file',
      `is ${(bytes.byteLength / 1048576).toFixed(1)} MB, over the ${MAX_ARTICLE_BYTES / 1048576} MB limit for one article (split it or remove page noise)`,
    );
  }
  if (bytes.includes(0)) return fail('file', 'is binary, not a Markdown text file (re-export it as UTF-8 text)');
  const decoded = decodeUtf8(bytes);
  if (decoded === null) return fail('file', 'is not valid UTF-8 (re-save it as UTF-8)');
  const text = decoded.replace(/\r\n?/g, '\n');

  if (!text.startsWith('---\n')) {
    return fail('front matter', 'is missing: the file must start with a --- line, then title, source, published, kind, then ---');
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    // The YAML 1.2 core schema keeps dates as strings: js-yaml would turn 2025-02-30 into 2 March.
    parsed = matter(text, { engines: { yaml: (s: string) => (parseYaml(s, { schema: 'core' }) ?? {}) as object } });
  } catch (err) {
    // The yaml package knows the line within the front matter; the file has one more (the opening ---).
    const at = (err as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line;
    const reason = (err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err))
      .replace(/\s*at line \d+, column \d+:?\s*$/, '')
      .replace(/[:\s]+$/, '');
    return fail(
      at ? `line ${at + 1}` : 'front matter',
      `front matter is not valid YAML (${reason}): check the quotes and colons on that line, and put quotes around a value that contains ": "`,
    );
  }
  if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
    return fail('front matter', 'must be a YAML mapping of field: value lines');
  }

  const problems: ContentProblem[] = [];
  const result = frontMatterSchema.safeParse(parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({ file, field: issue.path.join('.') || 'front matter', message: issue.message });
    }
  }
  const leading = /^\n*/.exec(parsed.content)?.[0].length ?? 0;
  const body = parsed.content.slice(leading).replace(/\s+$/, '') + '\n';
  const bodyLine = text.slice(0, text.length - parsed.content.length).split('\n').length + leading;
  if (body.trim() === '') problems.push({ file, field: 'body', message: 'is empty: paste the article text below the front matter' });
  if (!result.success || problems.length > 0) return { ok: false, problems };

  const { title, source, published, url, kind, authors, retrieved } = result.data;
  return {
    ok: true,
    article: {
      id: articleIdFromFile(file),
      file,
      meta: { title, source, published, kind, authors, ...(url ? { url } : {}), ...(retrieved ? { retrieved } : {}) },
      body,
      bodyLine,
    },
  };
}
