import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { subDays } from 'date-fns/subDays';
import { subHours } from 'date-fns/subHours';
import { subMinutes } from 'date-fns/subMinutes';
import { subSeconds } from 'date-fns/subSeconds';
import { subWeeks } from 'date-fns/subWeeks';
import type { NoiseRules } from '../knowledge/noiseRules.ts';
import { fold, key } from '../text/fold.ts';
import { endsLikeSentence, isHeadingLike } from './text.ts';
import type { Caption, Outlet } from './types.ts';

/** A non-blank, non-noise line: [line number, text]. */
export type ContentLine = [number, string];

export interface Evidence {
  outlet: string;
  how: string;
  line: number;
}

/** A line that is exactly an outlet's masthead ("The Telegraph"). */
export function mastheadOf(text: string, outlets: Outlet[]): Outlet | null {
  const k = key(text);
  return outlets.find((o) => o.mastheads.some((m) => key(m) === k)) ?? null;
}

/** Strings printed only on one outlet's pages (licence numbers …), anywhere in the text. */
export function markerEvidence(lines: ContentLine[], outlets: Outlet[]): Evidence[] {
  const found: Evidence[] = [];
  for (const [n, text] of lines) {
    const k = key(text);
    for (const o of outlets) {
      if (o.markers.some((m) => k.includes(key(m)))) found.push({ outlet: o.name, how: 'page marker', line: n });
    }
  }
  return found;
}

export interface Footer {
  line: number;
  title: string;
  outlet: string;
}

const FOOTER_SEPARATOR = /\s+[–—|-]\s+$/u;

/** "<headline> – The Telegraph" as one line: the page's own title and outlet. */
export function footerOf(text: string, outlets: Outlet[]): { title: string; outlet: string } | null {
  const line = text.replace(/\s+/gu, ' ').trim();
  // Quotes and case folded one character for one, so offsets in k are offsets in line.
  const k = line
    .toLowerCase()
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"');
  if (k.length !== line.length) return null;
  for (const o of outlets) {
    for (const f of o.footers) {
      const fk = key(f);
      if (!k.endsWith(fk) || k.length === fk.length) continue;
      const sep = FOOTER_SEPARATOR.exec(k.slice(0, k.length - fk.length));
      if (!sep || sep.index === 0) continue;
      return { title: line.slice(0, sep.index), outlet: o.name };
    }
  }
  return null;
}

/** The page's title footer: the first or the last content line, if it is "<headline> – <outlet>". */
export function findFooter(content: ContentLine[], outlets: Outlet[]): Footer | null {
  const ends = [content[content.length - 1], content[0]];
  for (const line of ends) {
    if (!line) continue;
    const f = footerOf(line[1], outlets);
    if (f) return { line: line[0], ...f };
  }
  return null;
}

export type StampUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export interface Stamp {
  line: number;
  /** The stamp as printed, without a glued masthead: "2 days ago". */
  text: string;
  amount: number;
  unit: StampUnit;
  /** The masthead glued before it ("Mint2 days ago"), if any. */
  outlet: string | null;
}

const STAMP = /^(.*?)\s*(\d+|an?|one)\s+(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$/iu;
const STAMP_PREFIX = /^(updated|published|posted|first published|time)?\s*:?$/iu;
const UNITS: Record<string, StampUnit> = {
  sec: 'second',
  second: 'second',
  min: 'minute',
  minute: 'minute',
  hr: 'hour',
  hour: 'hour',
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
};

/** A relative page stamp ("2 days ago", "Mint2 days ago", "Updated 3 hours ago"). */
export function stampOf(n: number, text: string, outlets: Outlet[]): Stamp | null {
  const m = STAMP.exec(fold(text));
  if (!m) return null;
  const [, prefix = '', count = '', unitText = ''] = m;
  const outlet = prefix === '' ? null : mastheadOf(prefix, outlets);
  if (!outlet && !STAMP_PREFIX.test(prefix)) return null;
  const unit = UNITS[unitText.toLowerCase().replace(/s$/, '')];
  if (!unit) return null;
  const amount = /^\d+$/.test(count) ? Number(count) : 1;
  return { line: n, text: `${count} ${unitText} ago`, amount, unit, outlet: outlet?.name ?? null };
}

function parseLocal(iso: string): TZDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  return new TZDate(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), 'UTC');
}

/**
 * A page stamp resolved against the retrieval date: the publication day (`YYYY-MM-DD`),
 * or the reason it cannot be told. Clock times are read in the retrieval time's own offset.
 */
export function resolveStamp(stamp: Stamp, retrieved: string): { date: string } | { reason: string } {
  const at = parseLocal(retrieved);
  if (!at) return { reason: `--retrieved ${retrieved} is not a date` };
  const hasTime = /T\d{2}:\d{2}/.test(retrieved);
  const n = stamp.amount;
  let then: Date;
  switch (stamp.unit) {
    case 'day':
      then = subDays(at, n);
      break;
    case 'week':
      then = subWeeks(at, n);
      break;
    case 'second':
    case 'minute':
    case 'hour':
      if (!hasTime) return { reason: `the page stamp "${stamp.text}" needs the time of retrieval (--retrieved YYYY-MM-DDTHH:mm±hh:mm)` };
      then = stamp.unit === 'hour' ? subHours(at, n) : stamp.unit === 'minute' ? subMinutes(at, n) : subSeconds(at, n);
      break;
    default:
      return { reason: `the page stamp "${stamp.text}" is too vague to give a day` };
  }
  return { date: format(then, 'yyyy-MM-dd') };
}

// "21 min read", "5 minute read"
const READ_TIME = /^\d+\s*(min|mins|minute|minutes)\s+read$/iu;
const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
const NAME = new RegExp(`^${NAME_WORD}(?:\\s+(?:(?:de|da|di|van|von|der|al|bin|le|la)\\s+)?${NAME_WORD}){1,3}$`, 'u');

/** "By Verity Bowman and Joe Barnes" / "Verity Bowman" → the names, or null if it is not a byline. */
export function bylineNames(text: string, requireBy: boolean): string[] | null {
  const m = /^by\s+(.+)$/iu.exec(text.trim());
  if (!m && requireBy) return null;
  const rest = (m?.[1] ?? text).trim();
  const parts = rest
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return null;
  const names = parts.filter((p) => NAME.test(p));
  // Every part must be a name, except trailing job titles after "By …, ".
  if (names.length === 0 || (!m && names.length !== parts.length)) return null;
  return names;
}

export interface Header {
  title: { lines: number[]; text: string } | null;
  byline: { line: number; names: string[] } | null;
}

/**
 * The page header: the content lines before the first line of prose. Its first
 * headline-like line that is not a photo caption or a "By …" line is the title (a
 * repeated headline line counts once); among the others, a name next to a
 * read-time line or page stamp, or a "By …" line, is the byline.
 */
export function readHeader(content: ContentLine[], allLines: string[], captions: Caption[], stampLine: number | null): Header {
  const header: ContentLine[] = [];
  for (const line of content) {
    if (line[1].length >= 40 && endsLikeSentence(line[1])) break;
    header.push(line);
  }
  const credited = new Set<number>();
  const repeated = new Map<number, number>();
  for (const c of captions) {
    if (c.credit !== null || c.creditLine === null) {
      credited.add(c.line);
      if (c.creditLine !== null) credited.add(c.creditLine);
    } else repeated.set(c.line, c.creditLine);
  }
  const repeatedSecond = new Set(repeated.values());

  const neighbour = (n: number, step: 1 | -1): number | null => {
    for (let i = n - 1 + step; i >= 0 && i < allLines.length; i += step) {
      if ((allLines[i] ?? '') !== '') return i + 1;
    }
    return null;
  };
  const nextToDateline = (n: number): boolean =>
    [neighbour(n, 1), neighbour(n, -1)].some((m) => m !== null && (m === stampLine || READ_TIME.test(allLines[m - 1] ?? '')));

  const skip = (n: number) => credited.has(n) || repeatedSecond.has(n) || n === stampLine;
  // The title first (a title-case headline such as "Putin Snubs Talks" must not read as a name) …
  let title: Header['title'] = null;
  for (const [n, text] of header) {
    if (skip(n) || /^by\s/iu.test(text) || !isHeadingLike(text, 200)) continue;
    const second = repeated.get(n);
    title = { lines: second === undefined ? [n] : [n, second], text: text.trim() };
    break;
  }
  // … then the byline among the other header lines.
  let byline: Header['byline'] = null;
  for (const [n, text] of header) {
    if (skip(n) || title?.lines.includes(n)) continue;
    const names = bylineNames(text, !nextToDateline(n));
    if (names) {
      byline = { line: n, names };
      break;
    }
  }
  return { title, byline };
}

/** Does the title mark a live blog ("Ukraine-Russia war latest: …")? */
export function liveblogTitlePhrase(title: string, rules: NoiseRules): string | null {
  const k = key(title);
  return rules.liveblogTitle.find((p) => k.includes(key(p))) ?? null;
}
