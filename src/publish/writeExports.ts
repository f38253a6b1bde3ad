// Writes /timeline.json and /timelinejs.json. They hold every entry (over 100 MB on a site of
// thousands of articles), so they are written a slice of entries at a time: the whole document is
// never one string in memory. The bytes are those of `JSON.stringify(document)` plus a newline.
//
// An update copies the JSON of each unchanged entry from the live file instead of serialising it
// again: the layout of each file (each entry's fingerprint and byte length, in order) is kept
// beside it in EXPORT_LAYOUT_FILE. The live file is read a slice at a time too, where the slice's
// entries lie in it (read whole, the two exports' ~75 MB at 5,000 articles stayed in memory, garbage
// to collect, through the planning that follows).
import { open, readFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Entry, SiteData } from '../types.ts';
import { paths } from '../site/paths.ts';
import type { SiteConfig } from '../site/siteConfig.ts';
import { sourceNames, timelineJsEvent, timelineJsonArticles, timelineJsonEntry, timelineJsTitle } from './timelineJson.ts';

const ENTRIES_PER_WRITE = 2000;
const COMMA = Buffer.from(',');

export interface Export {
  /** Site path, e.g. `/timeline.json`. */
  path: string;
  /** The JSON text before the entry list (ending in `[`). */
  head: string;
  entry: (e: Entry) => unknown;
}

/** Where each entry's JSON lies in a written export: its byte length, entry by entry. */
export interface ExportLayout {
  /** Bytes of the whole file: a file of another size is not the one described. */
  size: number;
  head: number;
  lengths: number[];
}

/** The layouts of a site's exports, kept in the site as EXPORT_LAYOUT_FILE. */
export interface ExportLayouts {
  /** The code and settings the exports were written with (as in the page manifest). */
  global: string;
  /** The fingerprint of each entry, in order, space-separated: the same entries in every export. */
  fingerprints: string;
  exports: Record<string, ExportLayout>;
}

export const EXPORT_LAYOUT_FILE = '.newsline-exports.json';

/** The exports of a site: each is `head` + its entries, comma-separated + `]}`. */
export function exportsOf(data: SiteData, site: SiteConfig): Export[] {
  const names = sourceNames(data);
  return [
    { path: paths.timelineJson, head: `{"articles":${JSON.stringify(timelineJsonArticles(data))},"entries":[`, entry: timelineJsonEntry },
    {
      path: paths.timelineJsJson,
      head: `{"title":${JSON.stringify(timelineJsTitle(data, site))},"events":[`,
      entry: (e) => timelineJsEvent(e, site, names),
    },
  ];
}

/** An earlier version of an export to copy unchanged entries from. */
export interface ExportReuse {
  /** The file written earlier (the live one). */
  file: string;
  layout: ExportLayout;
  /** The fingerprints of its entries, in order. */
  fingerprints: readonly string[];
}

/** An earlier export, open, and where each entry's JSON lies in it, by fingerprint. */
interface Previous {
  file: FileHandle;
  at: Map<string, [start: number, end: number]>;
}

/** The earlier export to copy from, or null when there is none that its layout describes. */
async function openPrevious(reuse: ExportReuse | undefined, written: string): Promise<Previous | null> {
  if (!reuse || reuse.layout.lengths.length !== reuse.fingerprints.length) return null;
  // Read as the new file is written: never the same file.
  if (path.resolve(reuse.file) === path.resolve(written)) return null;
  let file: FileHandle | undefined;
  try {
    file = await open(reuse.file, 'r');
    if ((await file.stat()).size !== reuse.layout.size) {
      await file.close();
      return null;
    }
    const at = new Map<string, [number, number]>();
    let start = reuse.layout.head;
    reuse.layout.lengths.forEach((length, i) => {
      at.set(reuse.fingerprints[i] as string, [start, start + length]);
      start += length + COMMA.length;
    });
    return { file, at };
  } catch {
    await file?.close().catch(() => {});
    return null;
  }
}

/** The earlier export's bytes from `start` to `end`. */
async function readRange(previous: Previous | null, [start, end]: [number, number]): Promise<Buffer> {
  if (!previous) throw new Error('no earlier export to copy from');
  const bytes = Buffer.allocUnsafe(end - start);
  for (let done = 0; done < bytes.length;) {
    const { bytesRead } = await previous.file.read(bytes, done, bytes.length - done, start + done);
    if (bytesRead === 0) throw new Error('an earlier export changed while it was copied from');
    done += bytesRead;
  }
  return bytes;
}

/**
 * Writes one export under `outDir` (`/timeline.json` → `outDir/timeline.json`) and returns its layout.
 * Given each entry's fingerprint (a digest of everything its JSON is made from) and `reuse`, an
 * entry whose fingerprint is in the earlier file is copied from it: runs of such entries in one piece.
 */
export async function writeExport(
  doc: Export,
  entries: readonly Entry[],
  outDir: string,
  fingerprints?: readonly string[],
  reuse?: ExportReuse,
): Promise<ExportLayout> {
  const written = path.join(outDir, doc.path.replace(/^\//, ''));
  const previous = fingerprints ? await openPrevious(reuse, written) : null;
  const head = Buffer.from(doc.head);
  const tail = Buffer.from(']}\n');
  const layout: ExportLayout = { size: head.length, head: head.length, lengths: [] };
  let file: FileHandle | undefined;
  try {
    file = await open(written, 'w');
    await file.write(head);
    for (let i = 0; i < entries.length; i += ENTRIES_PER_WRITE) {
      /** New JSON, and the runs of earlier bytes to copy (read below). */
      const pieces: Array<Buffer | [number, number]> = [];
      /** The run of earlier bytes being copied (entries and the commas between them). */
      let run: [number, number] | null = null;
      const endRun = () => {
        if (run) pieces.push(run);
        run = null;
      };
      for (let n = i; n < Math.min(i + ENTRIES_PER_WRITE, entries.length); n++) {
        const comma = n > 0;
        const copied = previous?.at.get(fingerprints?.[n] as string);
        let length: number;
        if (copied) {
          length = copied[1] - copied[0];
          if (run && comma && run[1] + COMMA.length === copied[0]) run[1] = copied[1];
          else {
            endRun();
            if (comma) pieces.push(COMMA);
            run = [copied[0], copied[1]];
          }
        } else {
          endRun();
          const json = Buffer.from(JSON.stringify(doc.entry(entries[n] as Entry)));
          if (comma) pieces.push(COMMA);
          pieces.push(json);
          length = json.length;
        }
        layout.lengths.push(length);
        layout.size += length + (comma ? COMMA.length : 0);
      }
      endRun();
      await file.writev(await Promise.all(pieces.map((piece) => (Buffer.isBuffer(piece) ? piece : readRange(previous, piece)))));
    }
    await file.write(tail);
    layout.size += tail.length;
  } finally {
    await previous?.file.close().catch(() => {}); // only read: nothing to lose
    await file?.close();
  }
  return layout;
}

/** The layouts kept in a site, if written with the code and settings `global`. */
/** What the export layouts file must be; anything else means the exports are written afresh. */
const exportLayoutsSchema = z.object({
  global: z.string(),
  fingerprints: z.string(),
  exports: z.record(z.string(), z.object({ size: z.number().int(), head: z.number().int(), lengths: z.array(z.number().int()) })),
});

export async function readExportLayouts(siteDir: string, global: string): Promise<ExportLayouts | null> {
  try {
    const parsed = exportLayoutsSchema.safeParse(JSON.parse(await readFile(path.join(siteDir, EXPORT_LAYOUT_FILE), 'utf8')));
    return parsed.success && parsed.data.global === global ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Writes every export of the site under `outDir`. */
export async function writeExports(data: SiteData, site: SiteConfig, outDir: string): Promise<void> {
  for (const doc of exportsOf(data, site)) await writeExport(doc, data.timeline.entries, outDir);
}
