// `npm run extract -- <file.md> [--json]`: the entries of one article as a table, for editors checking it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { applyCorrections } from '../model/applyCorrections.ts';
import { readCliArgs } from './cliArgs.ts';
import { loadCorrections } from '../load/loadCorrections.ts';
import { processArticle } from '../pipeline/processArticle.ts';
import { loadKnowledge } from '../knowledge/loadKnowledge.ts';
import { ContentError } from '../load/errors.ts';
import { parseContentFile } from '../load/parseContentFile.ts';
import type { Entry } from '../types.ts';

const KNOWLEDGE_DIR = 'content/knowledge';

function clip(text: string, width: number): string {
  return text.length <= width ? text.padEnd(width) : `${text.slice(0, width - 1)}…`;
}

function formatTable(entries: Entry[]): string {
  const rows = entries.map((e) => [
    e.date + (e.time ? ` ${e.time}` : ''),
    e.speaker?.name ?? (e.quote ? '(unknown)' : ''),
    e.place?.name ?? '',
    e.topics.map((t) => t.name).join(', '),
    e.quote ? `“${e.quote}”` : e.headline ? `## ${e.headline}` : e.text,
  ]);
  const widths = [18, 22, 16, 28, 90];
  const header = ['date', 'speaker', 'place', 'topics', 'quote / text'];
  return [header, ...rows]
    .map((r) =>
      r
        .map((c, i) => clip(c, widths[i] ?? 20))
        .join(' │ ')
        .trimEnd(),
    )
    .join('\n');
}

async function main(argv: string[]): Promise<number> {
  const usage = 'usage: npm run extract -- <content/articles/file.md> [--json]';
  const args = readCliArgs(argv, { json: { type: 'boolean' } }, usage, true);
  const file = args.ok ? args.positionals[0] : undefined;
  if (!args.ok || !file || args.positionals.length > 1) {
    console.error(`npm run extract: ${args.ok ? usage : args.error}`);
    return 2;
  }
  const knowledge = await loadKnowledge(KNOWLEDGE_DIR);
  const rel = path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/');
  const result = parseContentFile(rel, await readFile(file));
  if (!result.ok) throw new ContentError(result.problems);
  const correctionsFile = path.join(path.dirname(KNOWLEDGE_DIR), 'corrections.yaml');
  const fixed = applyCorrections(
    [processArticle(result.article, knowledge).extraction],
    await loadCorrections(correctionsFile),
    knowledge,
    correctionsFile,
  );
  // Corrections for other articles do not concern this one.
  const problems = fixed.problems.filter((p) => p.field.includes(`(${result.article.id},`) && !p.message.startsWith('no article'));
  if (problems.length > 0) throw new ContentError(problems);
  const entries = fixed.extractions[0]?.entries ?? [];
  if (args.values.json === true) {
    console.log(JSON.stringify(entries, null, 2));
    return 0;
  }
  console.log(formatTable(entries));
  const quotes = entries.filter((e) => e.quote);
  const unknown = quotes.filter((e) => !e.speaker);
  console.log(
    `\n${entries.length} entries: ${quotes.length} quotes (${unknown.length} without a speaker), ${entries.length - quotes.length} events/posts`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof ContentError ? err.format() : err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
