import { addDays } from 'date-fns/addDays';
import { addWeeks } from 'date-fns/addWeeks';
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { previousDay } from 'date-fns/previousDay';
import { nextDay } from 'date-fns/nextDay';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { subMonths } from 'date-fns/subMonths';
import { addMonths } from 'date-fns/addMonths';
import { subYears } from 'date-fns/subYears';
import { subDays } from 'date-fns/subDays';
import type { Day } from 'date-fns';
import type { DatePrecision } from '../types.ts';

export interface DateMention {
  start: number;
  end: number;
  surface: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; for week precision the Monday of the week. */
  date: string;
  precision: DatePrecision;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NUMBERS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

const WEEKDAY = `(?:${WEEKDAYS.join('|')})`;
const MONTH = `(?:${MONTHS.join('|')}|(?:${MONTH_ABBR.join('|')}|sept)\\.?)`;
const NUM = `(?:\\d{1,3}|${Object.keys(NUMBERS).join('|')})`;

/** Earliest year an entry may carry: older dates in a news story are history, not timeline. */
const MIN_YEAR = 1900;

const day = (d: Date) => format(d, 'yyyy-MM-dd');
const month = (d: Date) => format(d, 'yyyy-MM');
const monthIndex = (name: string) => {
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  return MONTH_ABBR.indexOf(key);
};

/** Words just before/after an expression that put it in the future: "will meet on Thursday", "next week". */
const FUTURE_CUE =
  /\b(will|'ll|could|might|would|to be held|is expected to|are expected to|set to|due to|going to|plans? to|planned to|planning to|intends? to|intended to|hopes? to|hoped to|aims? to)\b[^.,;]{0,40}$/i;

interface Rule {
  pattern: RegExp;
  resolve: (m: RegExpExecArray, ref: Date, future: boolean) => { date: string; precision: DatePrecision } | null;
}

// Each rule reads one kind of expression; all are resolved against the article's date with date-fns.
const RULES: Rule[] = [
  {
    // "on March 30", "March 30, 2025", "Feb 18", "by April 26"
    pattern: new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'gi'),
    resolve: (m, ref) => absolute(ref, Number(m[3] ?? NaN), monthIndex(m[1] ?? ''), Number(m[2])),
  },
  {
    // "30 March", "18 February 2025"
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})(?:\\s+(\\d{4}))?\\b`, 'gi'),
    resolve: (m, ref) => absolute(ref, Number(m[3] ?? NaN), monthIndex(m[2] ?? ''), Number(m[1])),
  },
  {
    // "(earlier|late|early) on Thursday (morning)", "Thursday's meeting", "said Friday"
    // Not a kind of thing: "a Saturday reading club", "every Friday", "the Sunday papers" are no day.
    pattern: new RegExp(
      `\\b(last|next|this|on|earlier on|late on|early on|late|early)?\\s*(?<!\\b(?:a|an|every|each|one|the)\\s+)(${WEEKDAY})(?:'s|’s)?\\b(?!\\s+(?:papers?|newspapers?|editions?|prayers|service|market|league|school|club|shift))`,
      'gi',
    ),
    resolve: (m, ref, future) => {
      const target = WEEKDAYS.indexOf((m[2] ?? '').toLowerCase()) as Day;
      const cue = (m[1] ?? '').toLowerCase();
      if (cue === 'next' || (future && cue !== 'last')) {
        return { date: day(ref.getDay() === target && cue !== 'next' ? ref : nextDay(ref, target)), precision: 'day' };
      }
      if (cue === 'last') return { date: day(previousDay(ref, target)), precision: 'day' };
      // News reports what happened: "on Thursday" is the latest Thursday, today included.
      return { date: day(ref.getDay() === target ? ref : previousDay(ref, target)), precision: 'day' };
    },
  },
  {
    // "at a Tuesday afternoon news conference", "a Monday briefing": an occasion on that day (the latest one).
    pattern: new RegExp(
      `\\b(?:a|an)\\s+(${WEEKDAY})(?:\\s+(?:morning|afternoon|evening|night))?\\s+(?:news conference|press conference|briefing|meeting|interview|speech|rally|session|hearing|vote|sitting|address|statement)\\b`,
      'gi',
    ),
    resolve: (m, ref) => {
      const target = WEEKDAYS.indexOf((m[1] ?? '').toLowerCase()) as Day;
      return { date: day(ref.getDay() === target ? ref : previousDay(ref, target)), precision: 'day' };
    },
  },
  {
    // ("Visitors staying overnight", "an overnight stay": a night's length, not a day.)
    pattern:
      /\b(today|tonight|this (?:morning|afternoon|evening)|earlier today|(?<!\b(?:stay|stays|stayed|staying|spend|spends|spent|spending|an?)\s)overnight(?!\s+(?:stays?|trips?|visitors?|guests?|bags?|parking|flights?|trains?|shifts?))|through the night)\b/gi,
    resolve: (_m, ref) => ({ date: day(ref), precision: 'day' }),
  },
  // "beat Canterbury at Forsyth Barr Stadium last night" in Sunday's paper: Saturday.
  { pattern: /\b(?:yesterday|last night)\b/gi, resolve: (_m, ref) => ({ date: day(subDays(ref, 1)), precision: 'day' }) },
  { pattern: /\btomorrow\b/gi, resolve: (_m, ref) => ({ date: day(addDays(ref, 1)), precision: 'day' }) },
  {
    pattern: new RegExp(`\\b(${NUM})\\s+(hours|days|weeks|months|years)\\s+(ago|earlier)\\b`, 'gi'),
    resolve: (m, ref) => {
      const n = NUMBERS[(m[1] ?? '').toLowerCase()] ?? Number(m[1]);
      const unit = (m[2] ?? '').toLowerCase();
      if (unit === 'hours') return { date: day(new Date(ref.getTime() - n * 3_600_000)), precision: 'day' };
      if (unit === 'days') return { date: day(subDays(ref, n)), precision: 'day' };
      if (unit === 'weeks') return { date: day(startOfISOWeek(addWeeks(ref, -n))), precision: 'week' };
      if (unit === 'months') return { date: month(subMonths(ref, n)), precision: 'month' };
      return { date: String(subYears(ref, n).getFullYear()), precision: 'year' };
    },
  },
  {
    pattern: /\b(last|this|next)\s+(week|month|year)\b/gi,
    resolve: (m, ref) => {
      const step = { last: -1, this: 0, next: 1 }[(m[1] ?? '').toLowerCase() as 'last' | 'this' | 'next'];
      const unit = (m[2] ?? '').toLowerCase();
      if (unit === 'week') return { date: day(startOfISOWeek(addWeeks(ref, step))), precision: 'week' };
      if (unit === 'month') return { date: month(addMonths(ref, step)), precision: 'month' };
      return { date: String(ref.getFullYear() + step), precision: 'year' };
    },
  },
  {
    // "last autumn", "this spring": the year of that season.
    pattern: /\b(last|this)\s+(spring|summer|autumn|fall|winter)\b/gi,
    resolve: (m, ref) => {
      const start = { spring: 2, summer: 5, autumn: 8, fall: 8, winter: 11 }[(m[2] ?? '').toLowerCase() as 'spring'] ?? 0;
      const last = (m[1] ?? '').toLowerCase() === 'last';
      const year = ref.getFullYear() - (last && ref.getMonth() <= start + 2 ? 1 : 0);
      return { date: String(year), precision: 'year' };
    },
  },
  {
    // "in February", "by the end of March", "mid-February", "in April 2025", "in February 2022"
    pattern: new RegExp(`\\b(in|by the end of|since|until|mid-|early|late|end of)\\s*(${MONTH})(?:\\s+(\\d{4}))?\\b`, 'gi'),
    resolve: (m, ref, future) => {
      const idx = monthIndex(m[2] ?? '');
      if (idx < 0) return null;
      let year = m[3] ? Number(m[3]) : ref.getFullYear();
      // Without a year, a month after the article's month is last year's (or next year's in the future).
      if (!m[3] && !future && idx > ref.getMonth()) year -= 1;
      if (!m[3] && future && idx < ref.getMonth()) year += 1;
      return { date: `${year}-${String(idx + 1).padStart(2, '0')}`, precision: 'month' };
    },
  },
  {
    // "In a January interview", "last October", "as recently as March", "this May": a month named as a time, written
    // with its capital (not "a march through the city").
    pattern:
      /\b(?:[Aa]n?|[Ll]ast|[Tt]his|as recently as|as early as|as late as|[Tt]hrough|[Dd]uring)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+(?:\d|for\b|of\b|to\b|on\b|against\b))/g,
    resolve: (m, ref, future) => {
      const idx = monthIndex(m[1] ?? '');
      if (idx < 0) return null;
      const last = /^last/i.test(m[0]);
      let year = ref.getFullYear();
      if ((!future && idx > ref.getMonth()) || (last && idx === ref.getMonth())) year -= 1;
      if (future && idx < ref.getMonth()) year += 1;
      return { date: `${year}-${String(idx + 1).padStart(2, '0')}`, precision: 'month' };
    },
  },
  {
    // "In a 2024 interview with …", "in a 2023 speech": a year naming the occasion of words.
    pattern:
      /\b(?:an?|the|that|his|her|their)\s+((?:19|20)\d{2})\s+(?=(?:interview|speech|statement|letter|post|op-ed|podcast|memoir|book|documentary|address|testimony|article|essay|report)s?\b)/gi,
    resolve: (m) => ({ date: m[1] ?? '', precision: 'year' }),
  },
  {
    pattern: /\b(?:in|since|of|from|until)\s+((?:19|20)\d{2})\b/gi,
    resolve: (m) => ({ date: m[1] ?? '', precision: 'year' }),
  },
];

function absolute(ref: Date, year: number, monthIdx: number, dayOfMonth: number) {
  if (monthIdx < 0) return null;
  let y = Number.isNaN(year) ? ref.getFullYear() : year;
  const build = (yy: number) => parseISO(`${yy}-${String(monthIdx + 1).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`);
  let d = build(y);
  if (!isValid(d)) return null;
  // "March 30" in a January article is last year's, unless it is only weeks ahead.
  if (Number.isNaN(year) && d.getTime() - ref.getTime() > 60 * 86_400_000) d = build((y -= 1));
  return { date: day(d), precision: 'day' as const };
}

/**
 * Every time expression in a text, resolved against the reference date (the article's or post's date).
 * Overlapping matches keep the longest ("on March 30" over "March").
 */
export function findDates(text: string, refDate: string): DateMention[] {
  const ref = parseISO(refDate);
  const found: DateMention[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const before = text.slice(Math.max(0, start - 60), start);
      const resolved = rule.resolve(m as unknown as RegExpExecArray, ref, FUTURE_CUE.test(before));
      // "1796 years ago", "January 1000": outside any news story's reach.
      const year = Number(resolved?.date.slice(0, 4));
      if (resolved && resolved.date && year >= MIN_YEAR && year <= ref.getFullYear() + 1)
        found.push({ start, end, surface: m[0].trim(), ...resolved });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateMention[] = [];
  for (const f of found) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) continue;
    kept.push(f);
  }
  return kept;
}
