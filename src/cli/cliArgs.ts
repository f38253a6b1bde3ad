import { parseArgs, type ParseArgsConfig } from 'node:util';

export type CliOptions = NonNullable<ParseArgsConfig['options']>;

export type CliArgs =
  { ok: true; values: Record<string, string | boolean | undefined>; positionals: string[] } | { ok: false; error: string };

/**
 * A command's flags, read by node:util's parseArgs: `--out DIR` and `--out=DIR` alike, and a mistyped or
 * unknown flag is an error naming it (with the usage), never silently ignored.
 */
export function readCliArgs(argv: string[], options: CliOptions, usage: string, positionals = false): CliArgs {
  try {
    const { values, positionals: rest } = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: positionals,
      strict: true,
    });
    if (values.help) return { ok: false, error: usage };
    return { ok: true, values: values as Record<string, string | boolean | undefined>, positionals: rest };
  } catch (err) {
    const message = (err instanceof Error ? err.message : String(err)).split('\n')[0]?.replace(/\.$/, '') ?? '';
    return { ok: false, error: `${message} (${usage})` };
  }
}
