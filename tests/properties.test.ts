// Property-based tests (fast-check) on the parser and the extractor: arbitrary text and Markdown never
// crash them, never yield an entry dated outside the article's plausible range, never lose body text,
// and never let markup or a dangerous URL through the sanitiser.
import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { addDays, format, parseISO } from 'date-fns';
import fc from 'fast-check';
import { extractEntries } from '../src/extract/extractEntries.ts';
import { normaliseWords } from '../src/extract/normaliseWords.ts';
import { lettersAtLeast } from '../src/pages/entryCards.ts';
import { loadKnowledge } from '../src/knowledge/loadKnowledge.ts';
import type { Knowledge } from '../src/knowledge/types.ts';
import { parseContentFile } from '../src/load/parseContentFile.ts';
import { parseArticle } from '../src/parse/parseArticle.ts';
import type { Article, ArticleKind, Entry, ParsedArticle } from '../src/types.ts';
import { REPO } from './helpers/buildInto.ts';
import { dangers } from './helpers/linkCheck.ts';

// Modest run counts: the whole file stays well under 30 s on a 2-core machine.
const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);
/** No fixed seed: each run tries new cases; a failure prints its seed and path so it can be replayed. */
const params = (numRuns = RUNS) => ({ numRuns });

let knowledge: Knowledge;
before(async () => {
  knowledge = await loadKnowledge(path.join(REPO, 'content', 'knowledge'));
});

// ---------------------------------------------------------------- generators

/** Publication dates from 1995 to 2030, as a date or a date-time with an offset. */
const published = fc
  .record({
    day: fc.integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2030, 11, 31) }).map((t) => new Date(t)),
    time: fc.option(
      fc.record({
        h: fc.integer({ min: 0, max: 23 }),
        m: fc.integer({ min: 0, max: 59 }),
        off: fc.constantFrom('Z', '+01:00', '-05:00', '+05:30', '+14:00', '-12:00'),
      }),
      { nil: null },
    ),
  })
  .map(({ day, time }) => {
    const d = day.toISOString().slice(0, 10);
    return time ? `${d}T${String(time.h).padStart(2, '0')}:${String(time.m).padStart(2, '0')}:00${time.off}` : d;
  });

const kind = fc.constantFrom<ArticleKind>('article', 'liveblog');

const NAMES = [
  'Marco Rubio',
  'Mr Rubio',
  'Donald Trump',
  'Vladimir Putin',
  'Putin',
  'Volodymyr Zelensky',
  'the US president',
  'he',
  'she',
  'Keir Starmer',
  'Jane Doe',
  'Nato',
  'Kremlin',
];
const PLACES = ['Brussels', 'Istanbul', 'the Oval Office', 'Washington', 'Kyiv', 'Moscow', 'Riyadh', 'Alaska'];
const MONTHS = ['January', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'September', 'October', 'Nov', 'December', 'sept'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Time expressions, plausible and absurd: "March 30, 1066", "100000 days ago", "in 2099", "next year". */
const dateExpression = fc.oneof(
  fc
    .tuple(fc.constantFrom(...MONTHS), fc.integer({ min: 0, max: 40 }), fc.option(fc.integer({ min: 0, max: 9999 }), { nil: null }))
    .map(([m, d, y]) => `${m} ${d}${y === null ? '' : `, ${String(y).padStart(4, '0')}`}`),
  fc
    .tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom(...MONTHS), fc.option(fc.integer({ min: 0, max: 9999 }), { nil: null }))
    .map(([d, m, y]) => `${d} ${m}${y === null ? '' : ` ${String(y).padStart(4, '0')}`}`),
  fc
    .tuple(fc.constantFrom('on', 'last', 'next', 'this', 'earlier on', 'late', ''), fc.constantFrom(...WEEKDAYS))
    .map(([c, w]) => `${c} ${w}`.trim()),
  fc.constantFrom('today', 'tonight', 'yesterday', 'tomorrow', 'this morning', 'overnight', 'earlier today'),
  fc
    .tuple(
      fc.oneof(fc.constantFrom('a', 'one', 'two', 'ten'), fc.nat({ max: 1_000_000 }).map(String)),
      fc.constantFrom('hours', 'days', 'weeks', 'months', 'years'),
      fc.constantFrom('ago', 'earlier'),
    )
    .map((p) => p.join(' ')),
  fc.tuple(fc.constantFrom('last', 'this', 'next'), fc.constantFrom('week', 'month', 'year')).map((p) => p.join(' ')),
  fc
    .tuple(
      fc.constantFrom('in', 'by the end of', 'since', 'until', 'mid-', 'early', 'late'),
      fc.constantFrom(...MONTHS),
      fc.option(fc.integer({ min: 1000, max: 2999 }), { nil: null }),
    )
    .map(([c, m, y]) => `${c}${c.endsWith('-') ? '' : ' '}${m}${y === null ? '' : ` ${y}`}`),
  fc.tuple(fc.constantFrom('in', 'since', 'of', 'from', 'until'), fc.integer({ min: 1900, max: 2099 })).map((p) => p.join(' ')),
);

const word = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[A-Za-z]{1,10}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-zÀ-ÿ]{1,8}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[0-9]{1,4}$/) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'said',
      'told',
      'warned',
      'added',
      'insisted',
      'announced',
      'met',
      'will',
      'expected',
      'to',
      'the',
      'peace',
      'ceasefire',
      'sanctions',
      'talks',
    ),
  },
);

/** A news-like sentence: names, places, a time expression, sometimes a quotation (which may never close). */
const sentence = fc
  .record({
    lead: fc.array(word, { minLength: 0, maxLength: 6 }),
    who: fc.constantFrom(...NAMES),
    verb: fc.constantFrom('said', 'told reporters', 'warned', 'met officials', 'arrived', 'will travel', 'is expected to speak'),
    where: fc.option(fc.constantFrom(...PLACES), { nil: null }),
    when: fc.option(dateExpression, { nil: null }),
    quote: fc.option(
      fc.tuple(
        fc.constantFrom('"', '“', '‘', "'", '«'),
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.constantFrom('"', '”', '’', "'", '»', ''),
      ),
      { nil: null },
    ),
    end: fc.constantFrom('.', '!', '?', '…', ''),
  })
  .map(({ lead, who, verb, where, when, quote, end }) => {
    const parts = [...lead, who, verb];
    if (where) parts.push('in', where);
    if (when) parts.push(when);
    let s = parts.join(' ');
    if (quote) s += `: ${quote[0]}${quote[1].join(' ')}${quote[2]}`;
    return s + end;
  });

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));

/** A live-blog post heading: valid, odd and impossible times. */
const postHeading = fc
  .tuple(
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 99 }),
    fc.constantFrom('', ' AM', ' pm', 'am', ' p.m.'),
    fc.constantFrom('', ' BST', ' CET', ' ET', ' XYZ', ' UTC'),
    fc.constantFrom(' — ', ' – ', ' - '),
    fc.array(word, { minLength: 1, maxLength: 6 }),
  )
  .map(([h, m, ap, zone, dash, headline]) => `## ${h}:${String(m).padStart(2, '0')}${ap}${zone}${dash}${headline.join(' ')}`);

/** Markdown blocks, news-like and syntactic: posts, headings, lists, quotes, code, links, HTML, breaks. */
const markdownBlock = fc.oneof(
  { weight: 6, arbitrary: paragraph },
  { weight: 2, arbitrary: postHeading },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), sentence).map(([d, s]) => `${'#'.repeat(d)} ${s}`) },
  { weight: 1, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((items) => items.map((i) => `- ${i}`).join('\n')) },
  {
    weight: 1,
    arbitrary: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((items) => items.map((i, n) => `${n + 1}. ${i}`).join('\n')),
  },
  { weight: 1, arbitrary: paragraph.map((p) => `> ${p}`) },
  { weight: 1, arbitrary: sentence.map((s) => `\`\`\`\n${s}\n\`\`\``) },
  { weight: 1, arbitrary: fc.tuple(sentence, fc.webUrl()).map(([s, u]) => `${s} [read more](${u}) and **bold** _it_ \`code\``) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '---',
      '***',
      '<div class="ad">Advertisement</div>',
      '<script>alert(1)</script>',
      '<!-- comment -->',
      '| a | b |\n|---|---|\n| 1 | 2 |',
      '![photo](https://example.org/x.jpg)',
      '[ref]: https://example.org',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
);

const markdownBody = fc.array(markdownBlock, { minLength: 0, maxLength: 10 }).map((blocks) => blocks.join('\n\n'));

/** Arbitrary text: any code points, including controls, lone surrogates, NULs and Markdown punctuation. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: fc.constantFrom(...'#*_`>[]()!<&-+=~|\\\n \t"“”‘’\'.0123456789:abcXYZ'), maxLength: 300 }),
);

/**
 * Plain text an editor might paste: words and sentence punctuation, in lines and paragraphs.
 * (No `&`, `\`, `[`, backticks or `*`: those are Markdown syntax whose characters may rightly vanish.)
 */
const plainWord = fc.oneof(
  { weight: 8, arbitrary: fc.stringMatching(/^[A-Za-zÀ-ÖØ-öø-ÿ0-9]{1,12}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z]{1,8}[.,;:!?]$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^["“‘'(]?[A-Za-z]{1,8}["”’')]?[.,]?$/) },
  // (No `1.` or `2)`: at a line start they are list markers, shown as the list's numbers, not text.)
  { weight: 1, arbitrary: fc.constantFrom('—', '-', '–', '#', '>', '<b>', '<div>', '</p>', 'Mr.', 'U.S.', '...', '(2)') },
);
const plainLine = fc
  .tuple(
    // Pasted text has bullets and quoted passages; lines may end in a hard break (two spaces).
    fc.constantFrom('', '', '', '', '- ', '+ ', '> '),
    fc.array(plainWord, { minLength: 1, maxLength: 14 }),
    fc.constantFrom('', '', '', '  '),
  )
  .map(([lead, words, end]) => `${lead}${words.join(' ')}${end}`);
const plainBody = fc
  .array(
    fc.array(plainLine, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n')),
    { minLength: 1, maxLength: 6 },
  )
  .map((paras) => paras.join('\n\n'));

// ---------------------------------------------------------------- helpers

let counter = 0;
function article(body: string, meta: { published: string; kind: ArticleKind }): Article {
  const id = `prop-${++counter}`;
  return {
    id,
    file: `content/articles/${id}.md`,
    meta: { title: 'Generated', source: 'Property test', authors: [], ...meta },
    body,
    bodyLine: 7,
  };
}

function run(a: Article): { parsed: ParsedArticle; entries: Entry[] } {
  const parsed = parseArticle(a, knowledge);
  return { parsed, entries: extractEntries(parsed, knowledge).entries };
}

/** The first day an entry's date can mean: `2025` → 2025-01-01, `2025-04` → 2025-04-01. */
const firstDay = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);

function assertPlausible(entries: Entry[], publishedAt: string): void {
  const latest = format(addDays(parseISO(publishedAt.slice(0, 10)), 1), 'yyyy-MM-dd');
  for (const e of entries) {
    assert.match(
      e.date,
      /^\d{4}(-\d{2}(-\d{2})?)?$/,
      `entry date ${JSON.stringify(e.date)} is not YYYY, YYYY-MM or YYYY-MM-DD (${e.text})`,
    );
    const start = firstDay(e.date);
    assert.ok(
      start >= '1900-01-01',
      `entry dated ${e.date}, before 1900, in an article published ${publishedAt}: ${JSON.stringify(e.text)}`,
    );
    assert.ok(start <= latest, `entry dated ${e.date}, after ${latest}, in an article published ${publishedAt}: ${JSON.stringify(e.text)}`);
  }
}

function assertWellFormed(parsed: ParsedArticle, entries: Entry[]): void {
  const anchors = new Set(parsed.paragraphs.map((p) => p.anchor));
  assert.equal(anchors.size, parsed.paragraphs.length, 'block anchors are unique');
  for (const p of parsed.paragraphs) {
    assert.match(p.anchor, /^[a-z][a-z0-9-]*$/, `anchor ${p.anchor} is a safe id`);
    assert.ok(p.html.includes(`id="${p.anchor}"`), `block html carries its anchor: ${p.html.slice(0, 80)}`);
  }
  for (const e of entries) {
    assert.match(e.id, /^[a-z]+-[0-9a-f]{10}$/);
    for (const s of e.sources) assert.ok(anchors.has(s.anchor), `entry ${e.id} points at a block that exists (#${s.anchor})`);
  }
}

/** The words an anchor is made of (as in src/parse/blockAnchors.ts). */
const anchorWords = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

// ---------------------------------------------------------------- properties

describe('parser and extractor: properties', () => {
  it('arbitrary text never crashes parsing or extraction, and gives well-formed blocks and entries', () => {
    fc.assert(
      fc.property(anyText, published, kind, (body, pub, k) => {
        const { parsed, entries } = run(article(body, { published: pub, kind: k }));
        assertWellFormed(parsed, entries);
      }),
      params(),
    );
  });

  it('arbitrary Markdown never crashes parsing or extraction, and gives well-formed blocks and entries', () => {
    fc.assert(
      fc.property(markdownBody, published, kind, (body, pub, k) => {
        const { parsed, entries } = run(article(body, { published: pub, kind: k }));
        assertWellFormed(parsed, entries);
      }),
      params(),
    );
  });

  it('any content file bytes never crash the loader: it returns an article or problems naming the file', () => {
    const frontMatter = fc.tuple(published, kind).map(([p, k]) => `---\ntitle: T\nsource: S\npublished: ${p}\nkind: ${k}\n---\n`);
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.tuple(frontMatter, anyText).map(([f, b]) => new TextEncoder().encode(f + b)),
      fc.tuple(fc.string({ unit: 'binary', maxLength: 200 }), anyText).map(([f, b]) => new TextEncoder().encode(`---\n${f}\n---\n${b}`)),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        const result = parseContentFile('content/articles/x.md', b);
        if (!result.ok) {
          assert.ok(result.problems.length > 0);
          for (const p of result.problems) {
            assert.equal(p.file, 'content/articles/x.md');
            assert.ok(p.field.length > 0 && p.message.length > 0);
          }
        }
      }),
      params(150),
    );
  });

  it('no entry is dated after the publication date + 1 day or before 1900', () => {
    fc.assert(
      fc.property(markdownBody, published, kind, (body, pub, k) => {
        const { entries } = run(article(body, { published: pub, kind: k }));
        assertPlausible(entries, pub);
      }),
      params(),
    );
  });

  it('no entry is dated out of range, whatever the time expression (one sentence each)', () => {
    fc.assert(
      fc.property(dateExpression, fc.constantFrom(...NAMES), published, (when, who, pub) => {
        const body = `${who} said ${when}: "We will know soon enough whether Russia is serious."\n\nOfficials met ${when} in Brussels.\n`;
        const { entries } = run(article(body, { published: pub, kind: 'article' }));
        assertPlausible(entries, pub);
      }),
      params(150),
    );
  });

  it('no word of a plain-text body is lost: every word appears in the block texts', () => {
    fc.assert(
      fc.property(plainBody, published, kind, (body, pub, k) => {
        const { parsed } = run(article(body, { published: pub, kind: k }));
        const kept = new Set(normaliseWords(parsed.paragraphs.map((p) => p.text).join(' ')));
        const lost = [...new Set(normaliseWords(body))].filter((w) => !kept.has(w));
        assert.deepEqual(lost, [], `words lost from ${JSON.stringify(body)}`);
      }),
      params(),
    );
  });

  it('every quotation of a paragraph is an entry whose quote appears in the paragraph', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), published, (paras, pub) => {
        const { parsed, entries } = run(article(paras.join('\n\n'), { published: pub, kind: 'article' }));
        const texts = new Map(parsed.paragraphs.map((p) => [p.anchor, p.text]));
        for (const e of entries) {
          if (!e.quote) continue;
          const where = texts.get(e.sources[0]?.anchor ?? '') ?? '';
          for (const part of e.quote.split(' … '))
            assert.ok(where.includes(part), `quote ${JSON.stringify(part)} is not in its paragraph ${JSON.stringify(where)}`);
        }
      }),
      params(),
    );
  });

  it('sanitised block HTML never carries script, event handlers or javascript:/data: URLs', () => {
    const payload = fc.constantFrom(
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '"><svg onload=alert(1)>',
      '[x](javascript:alert(1))',
      '[x](JaVaScRiPt:alert(1))',
      '[x](data:text/html;base64,PHNjcmlwdD4=)',
      '![x](javascript:alert(1))',
      '<javascript:alert(1)>',
      '[x][r]\n\n[r]: javascript:alert(1)',
      '<a href="javascript:alert(1)">x</a>',
      '<iframe src="javascript:alert(1)"></iframe>',
      '<style>*{display:none}</style>',
      '[x](vbscript:msgbox(1))',
      '[x](&#106;avascript:alert(1))',
      '{{ 7*7 }} {% raw %}',
    );
    const hostile = fc
      .array(
        fc.oneof(
          payload,
          paragraph,
          fc.tuple(payload, paragraph).map(([p, s]) => `${s} ${p}`),
        ),
        { minLength: 1, maxLength: 6 },
      )
      .map((b) => b.join('\n\n'));
    fc.assert(
      fc.property(hostile, published, (body, pub) => {
        const { parsed } = run(article(body, { published: pub, kind: 'article' }));
        for (const p of parsed.paragraphs) assert.deepEqual(dangers(p.html), [], `block html: ${p.html}`);
      }),
      params(),
    );
  });

  it('anchors and entry ids are stable: adding a paragraph elsewhere does not change them', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), paragraph, fc.nat(), published, (paras, extra, at, pub) => {
        const before = run(article(paras.join('\n\n'), { published: pub, kind: 'article' }));
        const withExtra = [...paras];
        withExtra.splice(at % (paras.length + 1), 0, extra);
        const a = article(withExtra.join('\n\n'), { published: pub, kind: 'article' });
        const after = run({ ...a, id: before.parsed.article.id });
        const anchorsAfter = new Set(after.parsed.paragraphs.map((p) => p.anchor));
        // A paragraph with the same words as another gets a numbered anchor: only unique paragraphs must keep theirs.
        const all = [...paras, extra].map(anchorWords);
        const unique = before.parsed.paragraphs.filter((p) => all.filter((w) => w === anchorWords(p.text)).length === 1);
        for (const p of unique) assert.ok(anchorsAfter.has(p.anchor), `anchor ${p.anchor} of ${JSON.stringify(p.text)} moved`);
      }),
      params(40),
    );
  });
});

describe('entry cards: properties', () => {
  it("a text's letter bound never exceeds the letters of its normalised words (a card's sentence is compared by it)", () => {
    // Pieces that the normalising changes: accents (composed and combining), apostrophes, ligatures,
    // full-width and dotted letters, and the word endings it respells ("colour" → "color").
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.constantFrom(
        'our',
        'OUR',
        'Our',
        'u',
        'U',
        'r',
        'R',
        'ise',
        'ce',
        "'",
        '’',
        '‘',
        '\u0301',
        'é',
        'ﬁ',
        'Ｕ',
        'İ',
        '½',
        ' ',
        ', ',
        '-',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const letters = normaliseWords(text).reduce((n, word) => n + word.length, 0);
        assert.ok(lettersAtLeast(text) <= letters, `${JSON.stringify(text)}: ${lettersAtLeast(text)} > ${letters}`);
      }),
      params(500),
    );
  });
});
