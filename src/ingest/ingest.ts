import type { NoiseRules } from '../knowledge/noiseRules.ts';
import { frontMatterSchema, isHttpUrl, isIsoDate } from '../load/frontMatterSchema.ts';
import { findQuotes } from '../text/findQuotes.ts';
import type { ArticleKind, ArticleMeta } from '../types.ts';
import {
  type ContentLine,
  type Evidence,
  findFooter,
  liveblogTitlePhrase,
  markerEvidence,
  mastheadOf,
  readHeader,
  resolveStamp,
  type Stamp,
  stampOf,
} from './detect.ts';
import { buildSections } from './liveblog.ts';
import { classifyNoise, findCaptions } from './noise.ts';
import { isTimestamp, splitLines } from './text.ts';
import { findDateLine, findOutletInText, firstSentenceTitle } from './textEvidence.ts';
import { contentFileName, renderBody, renderContentFile } from './toMarkdown.ts';
import type { IngestFlags, IngestResult, Line, LineRole, Missing, Outlet, Provenance } from './types.ts';

export interface IngestInput {
  raw: string;
  flags: IngestFlags;
  rules: NoiseRules;
  outlets: Outlet[];
}

/** Flag values that are present but not valid, one message each. */
function invalidFlags(flags: IngestFlags): string[] {
  const bad: string[] = [];
  const date = 'use YYYY-MM-DD or YYYY-MM-DDTHH:mm±hh:mm';
  if (flags.published !== undefined && !isIsoDate(flags.published))
    bad.push(`--published ${JSON.stringify(flags.published)} is not a date (${date})`);
  if (flags.retrieved !== undefined && !isIsoDate(flags.retrieved))
    bad.push(`--retrieved ${JSON.stringify(flags.retrieved)} is not a date (${date})`);
  if (flags.url !== undefined && !isHttpUrl(flags.url)) bad.push(`--url ${JSON.stringify(flags.url)} is not an http(s) URL`);
  if (flags.title !== undefined && flags.title.trim() === '') bad.push('--title is empty');
  if (flags.source !== undefined && flags.source.trim() === '') bad.push('--source is empty');
  return bad;
}

/**
 * Raw scraped page text → a content file: front matter (title, source, published,
 * kind, authors …) from flags or detection, and a clean Markdown body. Pure: the
 * caller reads the input and the rule files and writes the result.
 */
export function ingest({ raw, flags, rules, outlets }: IngestInput): IngestResult {
  const texts = splitLines(raw);
  const noise = classifyNoise(texts, rules);
  const lines: Line[] = texts.map((text, i) => ({
    n: i + 1,
    text,
    role: text === '' ? 'blank' : noise[i] ? 'noise' : 'text',
    reason: noise[i] ?? null,
  }));
  const set = (n: number, role: LineRole, reason: string | null) => {
    const line = lines[n - 1];
    if (line) Object.assign(line, { role, reason });
  };
  const content = (): ContentLine[] => lines.filter((l) => l.role === 'text').map((l) => [l.n, l.text]);

  // Outlet evidence: mastheads, licence-style markers, a glued page stamp, the title footer.
  const evidence: Evidence[] = [];
  for (const [n, text] of content()) {
    const outlet = mastheadOf(text, outlets);
    if (outlet) {
      set(n, 'noise', `masthead (${outlet.name})`);
      evidence.push({ outlet: outlet.name, how: 'masthead', line: n });
    }
  }
  const outsideRelated: ContentLine[] = lines
    .filter((l) => l.role !== 'blank' && !(l.reason ?? '').startsWith(rules.endOfArticle.label))
    .map((l) => [l.n, l.text]);
  evidence.push(...markerEvidence(outsideRelated, outlets));

  const footer = findFooter(content(), outlets);
  if (footer) {
    set(footer.line, 'footer', 'page title footer');
    evidence.push({ outlet: footer.outlet, how: 'page title footer', line: footer.line });
  }
  let stamp: Stamp | null = null;
  for (const [n, text] of content()) {
    stamp = stampOf(n, text, outlets);
    if (stamp) break;
  }
  if (stamp) {
    set(stamp.line, 'stamp', 'page stamp');
    if (stamp.outlet) evidence.push({ outlet: stamp.outlet, how: 'masthead glued to the page stamp', line: stamp.line });
  }

  const header = readHeader(content(), texts, findCaptions(content()), stamp?.line ?? null);
  for (const n of header.title?.lines ?? []) set(n, 'title', 'headline line');
  if (header.byline) set(header.byline.line, 'byline', 'byline');

  // --- front matter: flags first, then what the text establishes, else ask.
  const invalid = invalidFlags(flags);
  const missing: Missing[] = [];
  const notes: string[] = [];
  const provenance: Provenance = { title: '', source: '', published: '', kind: '', authors: '' };

  const detectedTitle = header.title?.text ?? footer?.title ?? null;
  const titleHow = header.title
    ? `headline, line ${header.title.lines.join(' and ')}`
    : footer
      ? `page title footer, line ${footer.line}`
      : null;
  // A scrape flattened into one line: its first sentence, when it reads like a headline.
  const oneLine = !flags.title && !titleHow ? firstSentenceTitle(content()) : null;
  const title = flags.title?.trim() || detectedTitle || oneLine?.value || null;
  if (flags.title) {
    provenance.title = detectedTitle ? '--title' : '--title; the text has no headline line';
    if (detectedTitle && detectedTitle !== flags.title.trim())
      notes.push(`--title overrides the detected headline (${titleHow}): ${detectedTitle}`);
  } else if (titleHow) provenance.title = titleHow;
  else if (oneLine) provenance.title = `first sentence of a one-line scrape, line ${oneLine.line}`;
  else missing.push({ flag: '--title TITLE', why: 'the text has no headline line' });

  const outletNames = [...new Set(evidence.map((e) => e.outlet))];
  const firstEvidence = evidence[0];
  let source: string | null = null;
  if (flags.source) {
    source = flags.source.trim();
    provenance.source = outletNames.length === 0 ? '--source; the page names no outlet' : '--source';
    if (outletNames.length > 0 && !outletNames.includes(source))
      notes.push(`--source overrides the outlet the page shows: ${outletNames.join(', ')}`);
  } else if (outletNames.length === 1 && firstEvidence) {
    source = firstEvidence.outlet;
    provenance.source = evidence
      .filter((e) => e.outlet === source)
      .map((e) => `${e.how}, line ${e.line}`)
      .join('; ');
  } else if (outletNames.length > 1) {
    missing.push({ flag: '--source NAME', why: `the page shows more than one outlet (${outletNames.join(', ')})` });
  } else {
    // No masthead or footer: the outlet the text names for itself (a wire tag, a staff byline, "… reports").
    const named = findOutletInText(lines.filter((l) => l.role === 'text' || l.role === 'byline').map((l): ContentLine => [l.n, l.text]));
    if (named) {
      source = named.value;
      provenance.source = `${named.how}, line ${named.line}`;
    } else missing.push({ flag: '--source NAME', why: 'the page names no known outlet (content/knowledge/outlets.yaml)' });
  }

  let published: string | null = null;
  const resolved = stamp && flags.retrieved && isIsoDate(flags.retrieved) ? resolveStamp(stamp, flags.retrieved) : null;
  if (flags.published) {
    published = flags.published;
    provenance.published = '--published';
    if (resolved && 'date' in resolved && resolved.date !== flags.published.slice(0, 10)) {
      notes.push(`--published overrides the page stamp "${stamp?.text}" (line ${stamp?.line}), which gives ${resolved.date}`);
    }
  } else if (stamp && resolved && 'date' in resolved) {
    published = resolved.date;
    provenance.published = `page stamp "${stamp.text}", line ${stamp.line}, from --retrieved ${flags.retrieved}`;
  } else if (stamp && resolved && 'reason' in resolved) {
    missing.push({ flag: '--published YYYY-MM-DD', why: resolved.reason });
  } else if (stamp) {
    missing.push({
      flag: '--published YYYY-MM-DD',
      why: `the text has only the page stamp "${stamp.text}"; pass --retrieved YYYY-MM-DD to resolve it`,
    });
  } else {
    // "Posted Mar 3, 2025 9:40 AM EST", "Published: 3 March 2025", "MOSCOW, Aug 6, 2025 (Reuters) -".
    const dateLine = findDateLine(content());
    if (dateLine) {
      published = dateLine.value;
      provenance.published = `date line "${dateLine.text.slice(0, 60)}", line ${dateLine.line}`;
      if (/^(?:posted|published|first published)\b/i.test(dateLine.text.trim())) set(dateLine.line, 'stamp', 'date line');
    } else missing.push({ flag: '--published YYYY-MM-DD', why: 'the text does not give the publication date' });
  }

  if (invalid.length > 0 || missing.length > 0 || !title || !source || !published) {
    return { ok: false, missing, invalid };
  }

  const timestamps = content().filter(([, t]) => isTimestamp(t)).length;
  const titlePhrase = liveblogTitlePhrase(title, rules);
  let kind: ArticleKind;
  if (flags.kind) {
    kind = flags.kind;
    provenance.kind = '--kind';
  } else if (timestamps >= 2) {
    kind = 'liveblog';
    provenance.kind = `${timestamps} post times`;
  } else if (titlePhrase) {
    kind = 'liveblog';
    provenance.kind = `the title says "${titlePhrase}"${timestamps === 0 ? '; no post times survive in the text' : ''}`;
  } else {
    kind = 'article';
    provenance.kind = 'no post times, no live-blog title';
  }

  let authors: string[] = [];
  if (flags.authors) {
    authors = flags.authors;
    provenance.authors = '--authors';
  } else if (header.byline) {
    authors = header.byline.names;
    provenance.authors = `byline, line ${header.byline.line}`;
  } else provenance.authors = 'no byline in the text';

  // --- body
  const final = content();
  const { sections, roles } = buildSections(final, findCaptions(final), kind === 'liveblog');
  for (const [n, note] of roles) set(n, note.role, note.reason);
  const body = renderBody(sections);

  const meta: ArticleMeta = {
    title,
    source,
    published,
    ...(flags.url ? { url: flags.url } : {}),
    kind,
    authors,
    ...(flags.retrieved ? { retrieved: flags.retrieved } : {}),
  };
  const checked = frontMatterSchema.safeParse(meta);
  if (!checked.success) {
    return { ok: false, missing: [], invalid: checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  }

  const blockTexts = [
    ...sections.lead.map((b) => b.text),
    ...sections.posts.flatMap((p) => [p.headline ?? '', ...p.blocks.map((b) => b.text)]),
  ];
  const quotes = blockTexts.reduce((sum, t) => sum + findQuotes(t).length, 0);

  return {
    ok: true,
    meta,
    body,
    file: renderContentFile(meta, body),
    fileName: contentFileName(meta),
    lines,
    provenance,
    posts: sections.posts.length,
    quotes,
    notes,
  };
}
