import type { IngestFailure, IngestSuccess, Line } from './types.ts';

const META_ROLES = new Set(['title', 'byline', 'stamp', 'footer']);

export function noiseLines(result: IngestSuccess): Line[] {
  return result.lines.filter((l) => l.role === 'noise');
}

export function movedLines(result: IngestSuccess): Line[] {
  return result.lines.filter((l) => META_ROLES.has(l.role));
}

function clip(text: string, max = 100): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** One line saying what the text could not establish, naming the flags to pass. */
export function formatFailure(failure: IngestFailure): string {
  if (failure.invalid.length > 0) return `newsline add: ${failure.invalid.join('; ')}`;
  const wants = failure.missing.map((m) => `${m.flag} (${m.why})`);
  const list = wants.length <= 1 ? wants.join('') : `${wants.slice(0, -1).join(', ')} and ${wants[wants.length - 1]}`;
  return `newsline add: cannot add without ${list}`;
}

/** What `npm run add` prints after writing a file. */
export function formatSummary(result: IngestSuccess, path: string, showRemoved: boolean): string {
  const { meta, provenance } = result;
  const noise = noiseLines(result);
  const moved = movedLines(result);
  const movedWhat = [...new Set(moved.map((l) => l.role))].join(', ');
  const out = [
    `wrote ${path}`,
    `  title:    ${meta.title}  [${provenance.title}]`,
    `  source:   ${meta.source}  [${provenance.source}]`,
    `  date:     ${meta.published}  [${provenance.published}]`,
    `  kind:     ${meta.kind}  [${provenance.kind}]`,
    `  authors:  ${meta.authors.length > 0 ? meta.authors.join(', ') : 'none'}  [${provenance.authors}]`,
    `  posts:    ${result.posts}`,
    `  quotes:   ${result.quotes}`,
    `  removed:  ${noise.length} lines of page noise${showRemoved || noise.length === 0 ? '' : ' (--show-removed lists them)'}` +
      (moved.length > 0 ? `; ${moved.length} moved into the front matter (${movedWhat})` : ''),
    ...result.notes.map((n) => `  note:     ${n}`),
  ];
  if (showRemoved) {
    const width = String(result.lines.length).length;
    const removed = [...noise, ...moved].sort((a, b) => a.n - b.n);
    out.push(removed.length > 0 ? 'removed lines:' : 'removed lines: none');
    for (const l of removed) {
      const why = l.role === 'noise' ? (l.reason ?? 'noise') : `→ ${l.role}`;
      out.push(`  ${String(l.n).padStart(width)}  [${why}] ${clip(l.text)}`);
    }
  }
  return out.join('\n');
}
