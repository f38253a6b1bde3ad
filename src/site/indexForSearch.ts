import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

/** Builds the Pagefind index into `<siteDir>/pagefind/`; returns how many pages it indexed. */
export async function indexForSearch(siteDir: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    // Only article pages are searched (data-pagefind-body): reading the thousands of others costs time for nothing.
    const added = await index.addDirectory({ path: siteDir, glob: 'articles/**/*.html' });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const outputPath = path.join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    // addDirectory counts every file it read; the entry file counts the pages that made the index
    // (only those marked data-pagefind-body).
    const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
    return Object.values(entry.languages).reduce((n, language) => n + language.page_count, 0);
  } finally {
    await pagefind.close();
  }
}

