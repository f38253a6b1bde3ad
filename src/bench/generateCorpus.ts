// A deterministic synthetic corpus for the benchmark: N articles recombined from the real content's
// paragraphs, quotes, people, places and dates, in the same front-matter format, live blogs included.
// Pure: the same material, seed and count always give the same bytes. Article i depends only on
// (material, seed, i) — barring a body-hash collision — so the 500-article corpus is a prefix of the 5,000 one.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { normalisedBodyHash } from '../load/normalisedBodyHash.ts';
import { slugify } from '../slugify.ts';
import { findQuotes } from '../extract/findQuotes.ts';
import { blocksOf, type Material } from './material.ts';
import { Prng } from './prng.ts';
import { escapeRegExp } from '../text/escapeRegExp.ts';

export interface CorpusOptions {
  count: number;
  seed?: string;
  /** First publication day (`YYYY-MM-DD`); articles spread over `years` from it. */
  startDate?: string;
  years?: number;
  /** Share of live blogs. */
  liveblogShare?: number;
}

export interface GeneratedFile {
  /** File name, `YYYY-MM-DD-<slug>-<index>.md`. */
  name: string;
  content: string;
  kind: 'article' | 'liveblog';
  /** Normalised body hash (as the loader's duplicate check computes it). */
  bodyHash: string;
}

export const DEFAULT_SEED = 'newsline-bench-1';

const EXTRA_SOURCES = ['Reuters', 'BBC News', 'The Guardian', 'Associated Press', 'Financial Times', 'Al Jazeera', 'The Independent'];
const EXTRA_AUTHORS = [
  'Anna Whitlock',
  'James Okafor',
  'Sofia Marchetti',
  'Daniel Reyes',
  'Helen Park',
  'Tomasz Nowak',
  'Priya Raman',
  'Lucas Meyer',
];
const LIVE_PREFIXES = ['Ukraine war live: ', 'Russia-Ukraine war live: ', 'Live: ', 'As it happened: '];
/** Live-blog time zones: [summer, winter] abbreviation and offset. */
const ZONES: Array<[[string, string], [string, string]]> = [
  [
    ['BST', '+01:00'],
    ['GMT', '+00:00'],
  ],
  [
    ['CEST', '+02:00'],
    ['CET', '+01:00'],
  ],
];
const DAY_MS = 86_400_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const wordsOf = (s: string) => s.split(/\s+/).filter(Boolean);
/** YAML double-quoted scalar: JSON string syntax is a subset of it. */
const yamlString = (s: string) => JSON.stringify(s);

function addDays(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Rough daylight-saving rule (April–October): good enough for plausible timestamps. */
const isSummer = (isoDay: string) => {
  const month = Number(isoDay.slice(5, 7));
  return month >= 4 && month <= 10;
};

function clock12(minutes: number): string {
  const h24 = Math.floor(minutes / 60);
  const h12 = h24 % 12 === 0 ? 12 : h24 % 12;
  return `${pad(h12)}:${pad(minutes % 60)} ${h24 < 12 ? 'AM' : 'PM'}`;
}

/** Per-article rewrites: swapped people and places, spliced quotes, shifted years, jittered numbers. */
class Variation {
  private readonly swapRe: RegExp | null;
  private readonly swaps = new Map<string, string>();

  constructor(
    private readonly rng: Prng,
    private readonly material: Material,
    private readonly yearShift: number,
  ) {
    const transpose = (a: string, b: string) => {
      if (this.swaps.has(a) || this.swaps.has(b)) return;
      this.swaps.set(a, b);
      this.swaps.set(b, a);
    };
    if (rng.chance(0.6)) {
      for (const gender of ['he', 'she', null] as const) {
        const group = rng.shuffle(material.people.filter((p) => p.gender === gender));
        for (let i = 0; i + 1 < group.length && i < 4; i += 2) {
          const a = group[i];
          const b = group[i + 1];
          if (!a || !b || a.surname === b.surname) continue;
          transpose(a.name, b.name);
          transpose(a.surname, b.surname);
        }
      }
    }
    if (rng.chance(0.5) && material.places.length >= 2) {
      const [a, b] = rng.sample(material.places, 2);
      if (a && b) transpose(a, b);
    }
    const keys = [...this.swaps.keys()].sort((x, y) => y.length - x.length || x.localeCompare(y));
    this.swapRe = keys.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;
  }

  names(text: string): string {
    return this.swapRe ? text.replace(this.swapRe, (m) => this.swaps.get(m) ?? m) : text;
  }

  /** Words of a pool quote without quotation marks (an apostrophe inside a word stays). */
  private poolWords(): string[] {
    return wordsOf(this.rng.pick(this.material.quotes))
      .map((w) => w.replace(/^[“”"‘’']+|[“”"‘’']+$/g, ''))
      .filter((w) => /[\p{L}\p{N}]/u.test(w));
  }

  /**
   * New words for a quotation of about `length` words: runs of two or more words from two or three
   * different pool quotes, none more than about half of the result. The extractor merges a quote into
   * an earlier one when 80% of its word triples occur there, so a spliced quote stays its own entry
   * (a real corpus repeats a quote a few times, not hundreds), while 5% are kept verbatim.
   */
  private newQuote(length: number): string {
    const target = Math.max(2, Math.min(40, length));
    const pieces = target < 4 ? 1 : target < 8 ? 2 : 3;
    const out: string[] = [];
    for (let k = 0; k < pieces; k++) {
      const want = k === pieces - 1 ? target - out.length : Math.max(2, Math.round(target / pieces));
      const words = this.poolWords();
      if (words.length === 0) continue;
      const take = Math.max(1, Math.min(want, words.length));
      const start = this.rng.int(0, words.length - take);
      out.push(...words.slice(start, start + take));
    }
    return out.join(' ') || 'no comment';
  }

  paragraph(text: string): string {
    let out = this.names(text);
    // Right to left, so earlier offsets stay valid.
    for (const q of findQuotes(out).reverse()) {
      if (this.rng.chance(0.05)) continue;
      out = out.slice(0, q.start) + this.newQuote(wordsOf(q.text).length) + out.slice(q.end);
    }
    if (this.yearShift !== 0) out = out.replace(/(?<![\d/.,-])\b(20[0-3]\d)\b(?![\d/-])/g, (y) => String(Number(y) + this.yearShift));
    if (this.rng.chance(0.4)) {
      out = out.replace(/(?<![\d:.,£$€/-])\b([1-9]\d{0,2})\b(?![\d:.,/]\d)/g, (n) =>
        String(this.rng.int(n.length === 1 ? 2 : 10 ** (n.length - 1), 10 ** n.length - 1)),
      );
    }
    return out;
  }
}

/** Runs of consecutive paragraphs (so "he said" still follows its speaker) until `count` are taken. */
function takeParagraphs(rng: Prng, material: Material, count: number): string[] {
  const out: string[] = [];
  const pool = material.paragraphs;
  while (out.length < count) {
    const start = rng.int(0, pool.length - 1);
    const run = Math.min(rng.int(1, 5), count - out.length);
    for (let k = 0; k < run; k++) out.push(pool[(start + k) % pool.length] as string);
  }
  return out;
}

interface Draft {
  title: string;
  source: string;
  published: string;
  kind: 'article' | 'liveblog';
  authors: string[];
  url: string;
  retrieved: string | null;
  body: string;
  date: string;
}

function draftArticle(
  material: Material,
  seed: string,
  index: number,
  attempt: number,
  options: Required<Omit<CorpusOptions, 'count' | 'seed'>>,
): Draft {
  const rng = new Prng(`${seed}:${index}:${attempt}`);
  const kind = rng.chance(options.liveblogShare) ? 'liveblog' : 'article';
  const spanDays = Math.round(options.years * 365.25);
  const date = addDays(options.startDate, rng.int(0, spanDays - 1));
  const variation = new Variation(rng, material, Number(date.slice(0, 4)) - 2025);
  const [summer, winter] = kind === 'liveblog' && rng.chance(0.3) ? (ZONES[1] ?? ZONES[0]!) : ZONES[0]!;
  const [zone, offset] = isSummer(date) ? summer : winter;

  const source = rng.pick([...material.sources, ...EXTRA_SOURCES]);
  const authorPool = [...material.authors, ...EXTRA_AUTHORS];
  const authors = rng.sample(authorPool, rng.int(0, 2)).sort();
  let title = variation.names(rng.pick(material.headlines));
  const blocks: string[] = [];
  let published: string;

  if (kind === 'liveblog') {
    title = `${rng.pick(LIVE_PREFIXES)}${title}`;
    // Newest post first, as live blogs are published.
    let minute = rng.int(14 * 60, 22 * 60 + 30);
    published = `${date}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:00${offset}`;
    const posts = rng.int(6, 30);
    for (let p = 0; p < posts && minute >= 6 * 60; p++) {
      blocks.push(`## ${clock12(minute)} ${zone} — ${variation.names(rng.pick(material.headlines))}`);
      for (const para of takeParagraphs(rng, material, rng.int(1, 3))) blocks.push(variation.paragraph(para));
      minute -= rng.int(3, 45);
    }
  } else {
    const minute = rng.int(6 * 60, 23 * 60);
    published = rng.chance(0.5) ? `${date}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:00${offset}` : date;
    const paras = takeParagraphs(rng, material, rng.int(6, 28));
    const subheadAt = rng.chance(0.35) ? rng.int(2, paras.length - 1) : -1;
    paras.forEach((para, k) => {
      if (k === subheadAt) blocks.push(`## ${variation.names(rng.pick(material.headlines))}`);
      blocks.push(variation.paragraph(para));
    });
  }
  const domain = slugify(source).replace(/-/g, '') || 'news';
  const url = `https://www.${domain}.example/world/${date.replace(/-/g, '/')}/${slugify(title, 60) || 'story'}-${index}`;
  const retrieved = rng.chance(0.3) ? addDays(date, rng.int(0, 2)) : null;
  return { title, source, published, kind, authors, url, retrieved, body: `${blocks.join('\n\n')}\n`, date };
}

function render(d: Draft): string {
  const lines = [
    '---',
    `title: ${yamlString(d.title)}`,
    `source: ${yamlString(d.source)}`,
    `published: ${yamlString(d.published)}`,
    `kind: ${d.kind}`,
    `authors: [${d.authors.map(yamlString).join(', ')}]`,
    `url: ${yamlString(d.url)}`,
    ...(d.retrieved ? [`retrieved: ${yamlString(d.retrieved)}`] : []),
    '---',
    '',
  ];
  return `${lines.join('\n')}${d.body}`;
}

/** Every article of the corpus, in index order; bodies are all different (different normalised hash). */
export function generateCorpus(material: Material, options: CorpusOptions): GeneratedFile[] {
  const seed = options.seed ?? DEFAULT_SEED;
  const full = {
    startDate: options.startDate ?? '2022-01-01',
    years: options.years ?? 4,
    liveblogShare: options.liveblogShare ?? 0.2,
  };
  if (material.quotes.length === 0 || material.headlines.length === 0) throw new Error('benchmark material: no quotes or headlines');
  const seen = new Set<string>();
  const files: GeneratedFile[] = [];
  for (let i = 0; i < options.count; i++) {
    for (let attempt = 0; ; attempt++) {
      if (attempt > 20) throw new Error(`generateCorpus: cannot make article ${i} unique`);
      const draft = draftArticle(material, seed, i, attempt, full);
      const bodyHash = normalisedBodyHash(draft.body);
      if (seen.has(bodyHash)) continue;
      seen.add(bodyHash);
      const name = `${draft.date}-${slugify(draft.title, 50) || 'article'}-${pad(i, 5)}.md`;
      files.push({ name, content: render(draft), kind: draft.kind, bodyHash });
      break;
    }
  }
  return files;
}

/** Writes files into `dir` (created if needed). */
export async function writeCorpus(files: GeneratedFile[], dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const f of files) await writeFile(path.join(dir, f.name), f.content);
}

/** Body blocks of a generated file, for tests and stats. */
export function bodyBlocks(content: string): string[] {
  const end = content.indexOf('\n---\n', 4);
  return blocksOf(end === -1 ? content : content.slice(end + 5));
}
