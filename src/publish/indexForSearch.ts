// The search index of a site Eleventy rendered by hand (`.eleventy.ts` under --serve/--watch): every
// entry and article as a record, as the production build indexes them (src/publish/buildSite.ts).
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { SiteData } from '../types.ts';
import { buildSearchIndex } from './searchIndex.ts';
import { searchRecords } from './searchRecords.ts';
import { siteView } from '../site/siteView.ts';

export async function indexForSearch(data: SiteData, siteDir: string): Promise<number> {
  const outDir = path.join(siteDir, 'pagefind');
  await rm(outDir, { recursive: true, force: true });
  const { indexed } = await buildSearchIndex({ pages: searchRecords(siteView(data)), outDir });
  return indexed;
}
