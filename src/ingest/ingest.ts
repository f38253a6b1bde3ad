import type { NoiseRules } from '../knowledge/noiseRules.ts';
import { frontMatterSchema, isHttpUrl, isIsoDate } from '../load/frontMatterSchema.ts';
import { findQuotes } from '../text/findQuotes.ts';
import type { ArticleKind, ArticleMeta } from '../types.ts';
import {
  type ContentLine,
  type Evidence,
  findFooter,
  type Footer,
  type Header,
  liveblogTitlePhrase,
  markerEvidence,
  mastheadOf,
  readHeader,
  resolveStamp,
  type Stamp,
  stampOf,
} from './detect.ts';
import { buildSections, type Sections } from './liveblog.ts';
import { classifyNoise, findCaptions } from './noise.ts';
import { isTimestamp, splitLines } from './text.ts';
import { findDateLine, findOutletInText, firstSentenceTitle } from './textEvidence.ts';
import { contentFileName, renderBody, renderContentFile } from './toMarkdown.ts';
import type { Decision, IngestFlags, IngestResult, Line, LineRole, Outlet, Provenance } from './types.ts';

export interface IngestInput {
  raw: string;
  flags: IngestFlags;
  rules: NoiseRules;
  outlets: Outlet[];
}

/** What the page shows about its outlet and date: the outlet evidence, the title footer and the page stamp. */
interface OutletEvidence {
  evidence: Evidence[];
  footer: Footer | null;
  stamp: Stamp | null;
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

/** The raw lines, numbered from 1, each blank, page noise (with the rule's label) or text. */
function classifyLines(texts: string[], rules: NoiseRules): Line[] {
  const noise = classifyNoise(texts, rules);
  return texts.map((text, i) => ({
    n: i + 1,
    text,
    role: text === '' ? 'blank' : noise[i] ? 'noise' : 'text',
    reason: noise[i] ?? null,
  }));
}

/** Gives line `n` (1-based) a new role and reason; a number past the end is ignored. */
function setRole(lines: Line[], n: number, role: LineRole, reason: string | null): void {
  const line = lines[n - 1];
  if (line) Object.assign(line, { role, reason });
}

/** The lines still counted as article text, as they stand now. */
function contentOf(lines: Line[]): ContentLine[] {
  return lines.filter((l) => l.role === 'text').map((l) => [l.n, l.text]);
}

/**
 * Outlet evidence — mastheads, licence-style markers, the title footer, a glued page stamp — with
 * the masthead, footer and stamp lines taken out of the text. The order matters: a footer or stamp
 * is looked for only among the lines that are still text.
 */
function markOutletEvidence(lines: Line[], rules: NoiseRules, outlets: Outlet[]): OutletEvidence {
  const evidence: Evidence[] = [];
  for (const [n, text] of contentOf(lines)) {
    const outlet = mastheadOf(text, outlets);
    if (outlet) {
      setRole(lines, n, 'noise', `masthead (${outlet.name})`);
      evidence.push({ outlet: outlet.name, how: 'masthead', line: n });
    }
  }
  const outsideRelated: ContentLine[] = lines
    .filter((l) => l.role !== 'blank' && !(l.reason ?? '').startsWith(rules.endOfArticle.label))
    .map((l) => [l.n, l.text]);
  evidence.push(...markerEvidence(outsideRelated, outlets));

  const footer = findFooter(contentOf(lines), outlets);
  if (footer) {
    setRole(lines, footer.line, 'footer', 'page title footer');
    evidence.push({ outlet: footer.outlet, how: 'page title footer', line: footer.line });
  }
  const stamp = firstStamp(contentOf(lines), outlets);
  if (stamp) {
    setRole(lines, stamp.line, 'stamp', 'page stamp');
    if (stamp.outlet) evidence.push({ outlet: stamp.outlet, how: 'masthead glued to the page stamp', line: stamp.line });
  }
  return { evidence, footer, stamp };
}

/** The first content line that is a page stamp ("Mint2 days ago"), or null. */
function firstStamp(content: ContentLine[], outlets: Outlet[]): Stamp | null {
  for (const [n, text] of content) {
    const stamp = stampOf(n, text, outlets);
    if (stamp) return stamp;
  }
  return null;
}

/** The page header's headline and byline, with their lines moved out of the text. */
function markHeader(lines: Line[], texts: string[], stamp: Stamp | null): Header {
  const content = contentOf(lines);
  const header = readHeader(content, texts, findCaptions(content), stamp?.line ?? null);
  for (const n of header.title?.lines ?? []) setRole(lines, n, 'title', 'headline line');
  if (header.byline) setRole(lines, header.byline.line, 'byline', 'byline');
  return header;
}

/** The title: --title, else the headline lines or the title footer, else a one-line scrape's first sentence. */
function decideTitle(flags: IngestFlags, header: Header, footer: Footer | null, content: ContentLine[]): Decision<string | null> {
  const detectedTitle = header.title?.text ?? footer?.title ?? null;
  const titleHow = header.title
    ? `headline, line ${header.title.lines.join(' and ')}`
    : footer
      ? `page title footer, line ${footer.line}`
      : null;
  // A scrape flattened into one line: its first sentence, when it reads like a headline.
  const oneLine = !flags.title && !titleHow ? firstSentenceTitle(content) : null;
  const value = flags.title?.trim() || detectedTitle || oneLine?.value || null;
  if (flags.title) {
    const how = detectedTitle ? '--title' : '--title; the text has no headline line';
    if (detectedTitle && detectedTitle !== flags.title.trim())
      return { value, how, note: `--title overrides the detected headline (${titleHow}): ${detectedTitle}` };
    return { value, how };
  }
  if (titleHow) return { value, how: titleHow };
  if (oneLine) return { value, how: `first sentence of a one-line scrape, line ${oneLine.line}` };
  return { value, how: '', missing: { flag: '--title TITLE', why: 'the text has no headline line' } };
}

/** The outlet: --source, else the one outlet the page shows, else the outlet the text names for itself. */
function decideSource(flags: IngestFlags, evidence: Evidence[], lines: Line[]): Decision<string | null> {
  const outletNames = [...new Set(evidence.map((e) => e.outlet))];
  const firstEvidence = evidence[0];
  if (flags.source) {
    const value = flags.source.trim();
    const how = outletNames.length === 0 ? '--source; the page names no outlet' : '--source';
    if (outletNames.length > 0 && !outletNames.includes(value))
      return { value, how, note: `--source overrides the outlet the page shows: ${outletNames.join(', ')}` };
    return { value, how };
  }
  if (outletNames.length === 1 && firstEvidence) {
    const value = firstEvidence.outlet;
    const how = evidence
      .filter((e) => e.outlet === value)
      .map((e) => `${e.how}, line ${e.line}`)
      .join('; ');
    return { value, how };
  }
  if (outletNames.length > 1)
    return {
      value: null,
      how: '',
      missing: { flag: '--source NAME', why: `the page shows more than one outlet (${outletNames.join(', ')})` },
    };
  // No masthead or footer: the outlet the text names for itself (a wire tag, a staff byline, "… reports").
  const named = findOutletInText(lines.filter((l) => l.role === 'text' || l.role === 'byline').map((l): ContentLine => [l.n, l.text]));
  if (named) return { value: named.value, how: `${named.how}, line ${named.line}` };
  return {
    value: null,
    how: '',
    missing: { flag: '--source NAME', why: 'the page names no known outlet (content/knowledge/outlets.yaml)' },
  };
}

/**
 * The publication date: --published, else the page stamp resolved against --retrieved, else a date
 * line in the text. `dateLine` is a "Posted …"/"Published …" line that moves into the front matter.
 */
function decidePublished(flags: IngestFlags, stamp: Stamp | null, content: ContentLine[]): Decision<string | null> & { dateLine?: number } {
  const resolved = stamp && flags.retrieved && isIsoDate(flags.retrieved) ? resolveStamp(stamp, flags.retrieved) : null;
  if (flags.published) {
    const decision = { value: flags.published, how: '--published' };
    if (resolved && 'date' in resolved && resolved.date !== flags.published.slice(0, 10)) {
      return {
        ...decision,
        note: `--published overrides the page stamp "${stamp?.text}" (line ${stamp?.line}), which gives ${resolved.date}`,
      };
    }
    return decision;
  }
  if (stamp && resolved && 'date' in resolved)
    return { value: resolved.date, how: `page stamp "${stamp.text}", line ${stamp.line}, from --retrieved ${flags.retrieved}` };
  if (stamp && resolved && 'reason' in resolved)
    return { value: null, how: '', missing: { flag: '--published YYYY-MM-DD', why: resolved.reason } };
  if (stamp) {
    return {
      value: null,
      how: '',
      missing: {
        flag: '--published YYYY-MM-DD',
        why: `the text has only the page stamp "${stamp.text}"; pass --retrieved YYYY-MM-DD to resolve it`,
      },
    };
  }
  // "Posted Mar 3, 2025 9:40 AM EST", "Published: 3 March 2025", "MOSCOW, Aug 6, 2025 (Reuters) -".
  const dateLine = findDateLine(content);
  if (!dateLine)
    return { value: null, how: '', missing: { flag: '--published YYYY-MM-DD', why: 'the text does not give the publication date' } };
  return {
    value: dateLine.value,
    how: `date line "${dateLine.text.slice(0, 60)}", line ${dateLine.line}`,
    ...(/^(?:posted|published|first published)\b/i.test(dateLine.text.trim()) ? { dateLine: dateLine.line } : {}),
  };
}

/** Article or live blog: --kind, else two or more post times, else a live-blog phrase in the title. */
function decideKind(flags: IngestFlags, title: string, content: ContentLine[], rules: NoiseRules): Decision<ArticleKind> {
  const timestamps = content.filter(([, t]) => isTimestamp(t)).length;
  const titlePhrase = liveblogTitlePhrase(title, rules);
  if (flags.kind) return { value: flags.kind, how: '--kind' };
  if (timestamps >= 2) return { value: 'liveblog', how: `${timestamps} post times` };
  if (titlePhrase)
    return {
      value: 'liveblog',
      how: `the title says "${titlePhrase}"${timestamps === 0 ? '; no post times survive in the text' : ''}`,
    };
  return { value: 'article', how: 'no post times, no live-blog title' };
}

/** The authors: --authors, else the byline's names, else none. */
function decideAuthors(flags: IngestFlags, header: Header): Decision<string[]> {
  if (flags.authors) return { value: flags.authors, how: '--authors' };
  if (header.byline) return { value: header.byline.names, how: `byline, line ${header.byline.line}` };
  return { value: [], how: 'no byline in the text' };
}

/** The text left → lead and posts, each line given the role it ended up in. */
function buildBody(lines: Line[], isLiveblog: boolean): Sections {
  const final = contentOf(lines);
  const { sections, roles } = buildSections(final, findCaptions(final), isLiveblog);
  for (const [n, note] of roles) setRole(lines, n, note.role, note.reason);
  return sections;
}

/** How many quotations the lead, the post headlines and the post blocks hold. */
function countQuotes(sections: Sections): number {
  const blockTexts = [
    ...sections.lead.map((b) => b.text),
    ...sections.posts.flatMap((p) => [p.headline ?? '', ...p.blocks.map((b) => b.text)]),
  ];
  return blockTexts.reduce((sum, t) => sum + findQuotes(t).length, 0);
}

/**
 * Raw scraped page text → a content file: front matter (title, source, published,
 * kind, authors …) from flags or detection, and a clean Markdown body. Pure: the
 * caller reads the input and the rule files and writes the result.
 */
export function ingest({ raw, flags, rules, outlets }: IngestInput): IngestResult {
  const texts = splitLines(raw);
  const lines = classifyLines(texts, rules);
  const { evidence, footer, stamp } = markOutletEvidence(lines, rules, outlets);
  const header = markHeader(lines, texts, stamp);

  // --- front matter: flags first, then what the text establishes, else ask.
  const invalid = invalidFlags(flags);
  const title = decideTitle(flags, header, footer, contentOf(lines));
  const source = decideSource(flags, evidence, lines);
  const published = decidePublished(flags, stamp, contentOf(lines));
  if (published.dateLine !== undefined) setRole(lines, published.dateLine, 'stamp', 'date line');
  const missing = [title, source, published].flatMap((d) => (d.missing ? [d.missing] : []));
  if (invalid.length > 0 || missing.length > 0 || !title.value || !source.value || !published.value) {
    return { ok: false, missing, invalid };
  }
  const kind = decideKind(flags, title.value, contentOf(lines), rules);
  const authors = decideAuthors(flags, header);

  // --- body
  const sections = buildBody(lines, kind.value === 'liveblog');
  const body = renderBody(sections);

  const meta: ArticleMeta = {
    title: title.value,
    source: source.value,
    published: published.value,
    ...(flags.url ? { url: flags.url } : {}),
    kind: kind.value,
    authors: authors.value,
    ...(flags.retrieved ? { retrieved: flags.retrieved } : {}),
  };
  const checked = frontMatterSchema.safeParse(meta);
  if (!checked.success) {
    return { ok: false, missing: [], invalid: checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  }
  const provenance: Provenance = { title: title.how, source: source.how, published: published.how, kind: kind.how, authors: authors.how };
  return {
    ok: true,
    meta,
    body,
    file: renderContentFile(meta, body),
    fileName: contentFileName(meta),
    lines,
    provenance,
    posts: sections.posts.length,
    quotes: countQuotes(sections),
    notes: [title, source, published].flatMap((d) => (d.note ? [d.note] : [])),
  };
}
