import { parseArgs } from 'node:util';
import type { IngestFlags } from './types.ts';

export const USAGE =
  'usage: npm run add -- <page.html | https://… | folder/ | raw.txt | -> [more …] [--published YYYY-MM-DD[THH:mm±hh:mm]] [--source NAME] [--url URL] [--title TITLE] ' +
  '[--retrieved YYYY-MM-DD] [--authors "A, B"] [--kind article|liveblog] [--out DIR] [--show-removed]';

export interface AddArgs {
  /** File paths, folders, http(s) URLs, or `-` for standard input. */
  inputs: string[];
  flags: IngestFlags;
  out: string | null;
  showRemoved: boolean;
}

export type ParsedArgs = { ok: true; args: AddArgs } | { ok: false; error: string };

/** The command line of `npm run add` → what to read and the flags; one error line when it is wrong. */
export function parseAddArgs(argv: string[]): ParsedArgs {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        published: { type: 'string' },
        source: { type: 'string' },
        url: { type: 'string' },
        title: { type: 'string' },
        retrieved: { type: 'string' },
        authors: { type: 'string' },
        kind: { type: 'string' },
        out: { type: 'string' },
        'show-removed': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    const message = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
    return { ok: false, error: `${message.replace(/\.$/, '')} (${USAGE})` };
  }
  if (values.help) return { ok: false, error: USAGE };
  if (positionals.length === 0)
    return {
      ok: false,
      error: `missing input: pass a saved page, a URL, a folder, a raw text file, or - to read standard input (${USAGE})`,
    };
  if (positionals.includes('-') && positionals.length > 1)
    return { ok: false, error: 'standard input (-) cannot be combined with other inputs' };

  const str = (name: string): string | undefined => {
    const v = values[name];
    return typeof v === 'string' ? v : undefined;
  };
  const kind = str('kind');
  if (kind !== undefined && kind !== 'article' && kind !== 'liveblog') {
    return { ok: false, error: `--kind ${JSON.stringify(kind)} is not a kind (use article or liveblog)` };
  }
  const authors = str('authors');
  const flags: IngestFlags = {};
  for (const name of ['published', 'source', 'url', 'title', 'retrieved'] as const) {
    const v = str(name);
    if (v !== undefined) flags[name] = v.trim();
  }
  if (authors !== undefined) {
    flags.authors = authors
      .split(/[,;]/)
      .map((a) => a.trim())
      .filter((a) => a !== '');
  }
  if (kind !== undefined) flags.kind = kind;

  return {
    ok: true,
    args: { inputs: positionals, flags, out: str('out') ?? null, showRemoved: values['show-removed'] === true },
  };
}
