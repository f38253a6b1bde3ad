// Writes /timeline.json and /timelinejs.json. They hold every entry (over 100 MB on a site of
// thousands of articles), so they are written a slice of entries at a time: the whole document is
// never one string in memory. The bytes are those of `JSON.stringify(document)` plus a newline.
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { Entry, SiteData } from '../types.ts';
import { paths } from './paths.ts';
import type { SiteConfig } from './siteConfig.ts';
import { sourceNames, timelineJsEvent, timelineJsonArticles, timelineJsonEntry, timelineJsTitle } from './timelineJson.ts';

const ENTRIES_PER_WRITE = 2000;

export interface Export {
  /** Site path, e.g. `/timeline.json`. */
  path: string;
  /** The JSON text before the entry list (ending in `[`). */
  head: string;
  entry: (e: Entry) => unknown;
}

/** The exports of a site: each is `head` + its entries, comma-separated + `]}`. */
export function exportsOf(data: SiteData, site: SiteConfig): Export[] {
  const names = sourceNames(data);
  return [
    { path: paths.timelineJson, head: `{"articles":${JSON.stringify(timelineJsonArticles(data))},"entries":[`, entry: timelineJsonEntry },
    { path: paths.timelineJsJson, head: `{"title":${JSON.stringify(timelineJsTitle(data, site))},"events":[`, entry: (e) => timelineJsEvent(e, site, names) },
  ];
}

/** Writes one export under `outDir` (`/timeline.json` → `outDir/timeline.json`). */
export async function writeExport(doc: Export, entries: readonly Entry[], outDir: string): Promise<void> {
  const file = await open(path.join(outDir, doc.path.replace(/^\//, '')), 'w');
  try {
    await file.write(doc.head);
    for (let i = 0; i < entries.length; i += ENTRIES_PER_WRITE) {
      const slice = entries.slice(i, i + ENTRIES_PER_WRITE).map((e) => JSON.stringify(doc.entry(e)));
      await file.write(`${i > 0 ? ',' : ''}${slice.join(',')}`);
    }
    await file.write(']}\n');
  } finally {
    await file.close();
  }
}

/** Writes every export of the site under `outDir`. */
export async function writeExports(data: SiteData, site: SiteConfig, outDir: string): Promise<void> {
  for (const doc of exportsOf(data, site)) await writeExport(doc, data.timeline.entries, outDir);
}
