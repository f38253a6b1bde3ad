// The merge of repeated quotes (issue #14): its groups are a function of the set of articles, not of the
// order they come in, and an update after an article is added, removed or edited gives what a merge from
// scratch gives. Quotes are drawn from a few sentences of a small vocabulary, so that they overlap often,
// and a small COMMON makes triples cross the "too common" line as articles come and go.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  isStoredGroups,
  QuoteMerger,
  type ArticleStatements,
  type QuoteGroups,
  type StoredGroups,
} from '../src/model/mergeRepeatedQuotes.ts';
import { mergeRepeatedText } from '../src/model/mergeRepeatedText.ts';
import type { Entry, SpeakerRef } from '../src/types.ts';

const WORDS = ['the', 'talks', 'will', 'resume', 'in', 'geneva', 'next', 'week', 'we', 'need', 'a', 'ceasefire', 'now', 'said'];
/** Sentences the generated quotes are slices of (so that they share triples), as word indexes. */
const SENTENCES = [
  [0, 1, 2, 3, 4, 5, 6, 7],
  [8, 9, 10, 11, 12, 4, 5],
  [0, 11, 2, 3, 6, 7, 8, 9, 10],
  [8, 2, 3, 0, 1, 12],
];
const SPEAKERS: Array<SpeakerRef | null> = [
  null,
  null,
  { name: 'Ann Lee', slug: 'ann-lee', kind: 'person' },
  { name: 'Bo Kim', slug: 'bo-kim', kind: 'person' },
];

interface QuoteSpec {
  sentence: number;
  start: number;
  length: number;
  /** A word replaced by another, or none. */
  swap: [number, number] | null;
  speaker: number;
  /** An entry without a quote (prose) instead. */
  prose: boolean;
}

const quoteSpec: fc.Arbitrary<QuoteSpec> = fc.record({
  sentence: fc.nat(SENTENCES.length - 1),
  start: fc.nat(6),
  length: fc.integer({ min: 1, max: 9 }),
  swap: fc.option(fc.tuple(fc.nat(8), fc.nat(WORDS.length - 1)), { freq: 4 }),
  speaker: fc.nat(SPEAKERS.length - 1),
  prose: fc.nat(5).map((n) => n === 0),
});

function entryOf(spec: QuoteSpec, articleId: string, position: number, date: string): Entry {
  const sentence = SENTENCES[spec.sentence] as number[];
  const start = Math.min(spec.start, sentence.length - 1);
  const words = sentence.slice(start, start + spec.length).map((w) => WORDS[w] as string);
  if (spec.swap && spec.swap[0] < words.length) words[spec.swap[0]] = WORDS[spec.swap[1]] as string;
  const speaker = SPEAKERS[spec.speaker] ?? null;
  const text = `${words.join(' ')}, someone said.`;
  return {
    id: `${articleId}-${position}`,
    date,
    precision: 'day',
    time: null,
    instant: null,
    speaker,
    people: speaker ? [speaker] : [],
    place: null,
    topics: [{ name: `Topic ${spec.sentence}`, slug: `topic-${spec.sentence}` }],
    quote: spec.prose ? null : `“${words.join(' ')}”`,
    text,
    headline: null,
    sources: [{ article: articleId, anchor: `p${position}` }],
  };
}

/** Articles with a few dates (so that ties fall to the article id) and a few statements each. */
const articleSpecs = fc.array(
  fc.record({ day: fc.integer({ min: 1, max: 4 }), quotes: fc.array(quoteSpec, { minLength: 0, maxLength: 5 }) }),
  {
    minLength: 1,
    maxLength: 14,
  },
);

function articlesOf(specs: Array<{ day: number; quotes: QuoteSpec[] }>, prefix = 'a'): ArticleStatements[] {
  return specs.map((spec, i) => {
    const articleId = `${prefix}${String(i).padStart(2, '0')}`;
    const date = `2025-05-0${spec.day}`;
    return { articleId, published: `${date}T09:00:00Z`, entries: spec.quotes.map((q, n) => entryOf(q, articleId, n, date)) };
  });
}

/** The whole result of a merge: its groups and its entries. */
function mergeOf(articles: readonly ArticleStatements[], common: number): { groups: QuoteGroups; entries: Entry[] } {
  const merger = new QuoteMerger({ common });
  const groups = merger.group(articles);
  return { groups, entries: merger.mergedEntries(articles, groups) };
}

test('merging any permutation of the articles gives the same groups and identical merged entries', () => {
  fc.assert(
    fc.property(
      articleSpecs.chain((specs) =>
        fc.tuple(
          fc.constant(specs),
          fc.shuffledSubarray(
            specs.map((_, i) => i),
            { minLength: specs.length },
          ),
        ),
      ),
      fc.integer({ min: 1, max: 4 }),
      ([specs, order], common) => {
        const articles = articlesOf(specs);
        const shuffled = order.map((i) => articles[i] as ArticleStatements);
        const expected = mergeOf(articles, common);
        const actual = mergeOf(shuffled, common);
        assert.deepEqual(actual.groups, expected.groups);
        assert.deepEqual(actual.entries, expected.entries);
        // A merger kept from an earlier merge (a dev server) gives the same again.
        const kept = new QuoteMerger({ common });
        kept.merge(articles.slice(0, 1));
        assert.deepEqual(kept.merge(shuffled), expected.entries);
        // Triples numbered by their words' string (words numbered past the packing bound) give the same.
        const unpacked = new QuoteMerger({ common, wordBound: 3 });
        assert.deepEqual(unpacked.group(shuffled), expected.groups);
      },
    ),
    { numRuns: 300 },
  );
});

type Step =
  | { kind: 'add'; spec: { day: number; quotes: QuoteSpec[] } }
  | { kind: 'remove'; at: number }
  | { kind: 'edit'; at: number; spec: { day: number; quotes: QuoteSpec[] } };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      spec: articleSpecs.map((s) => s[0] as { day: number; quotes: QuoteSpec[] }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      at: fc.nat(),
      spec: articleSpecs.map((s) => s[0] as { day: number; quotes: QuoteSpec[] }),
    }),
  },
);

test('update(previous, removed, added) equals a merge from scratch, over random sequences of added, removed and edited articles', () => {
  fc.assert(
    fc.property(articleSpecs, fc.array(step, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 4 }), (initial, steps, common) => {
      let articles = articlesOf(initial);
      let serial = 0;
      // One merger kept through the steps (a dev server), and the stored groups read back by a new one each time.
      const kept = new QuoteMerger({ common });
      let groups = kept.group(articles);
      // And a merger that merges each new set whole (as buildTimeline does), updating its own last groups.
      const merging = new QuoteMerger({ common });
      merging.merge(articles);
      let stored = JSON.stringify(groups);
      for (const s of steps) {
        const ids = articles.map((a) => a.articleId);
        const at = s.kind === 'add' ? -1 : s.at % Math.max(1, ids.length);
        const removed = s.kind === 'add' || ids.length === 0 ? [] : [ids[at] as string];
        const added = s.kind === 'remove' ? [] : articlesOf([s.spec], s.kind === 'edit' && removed[0] ? removed[0] : `n${serial++}-`);
        const before = articles;
        articles = [...articles.filter((a) => !removed.includes(a.articleId)), ...added];
        const expected = mergeOf(articles, common);

        groups = kept.update(groups, { removed, added });
        assert.deepEqual(groups, expected.groups, `kept merger after ${s.kind}`);
        assert.deepEqual(kept.mergedEntries(articles, groups), expected.entries);
        assert.deepEqual(merging.merge([...articles].reverse()), expected.entries, `merge after ${s.kind}`);

        const restored = new QuoteMerger({ common });
        restored.hold(before);
        const fromStore = restored.update(JSON.parse(stored) as QuoteGroups, { removed, added });
        assert.deepEqual(fromStore, expected.groups, `restored merger after ${s.kind}`);
        stored = JSON.stringify(fromStore);
      }
    }),
    { numRuns: 200 },
  );
});

test('a new merger resuming from stored groups (a rebuild through the persistent model) merges as from scratch', () => {
  fc.assert(
    fc.property(articleSpecs, fc.array(step, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 4 }), (initial, steps, common) => {
      let articles = articlesOf(initial);
      let serial = 0;
      const first = new QuoteMerger({ common });
      first.merge(articles);
      // Stored as a build stores it (JSON), read back by the next build's merger, with entries of its own.
      let stored = JSON.stringify(first.stored());
      for (const s of steps) {
        const ids = articles.map((a) => a.articleId);
        const at = s.kind === 'add' ? -1 : s.at % Math.max(1, ids.length);
        const removed = s.kind === 'add' || ids.length === 0 ? [] : [ids[at] as string];
        const added = s.kind === 'remove' ? [] : articlesOf([s.spec], s.kind === 'edit' && removed[0] ? removed[0] : `n${serial++}-`);
        articles = [...articles.filter((a) => !removed.includes(a.articleId)), ...added];
        const expected = mergeOf(articles, common);

        const next = new QuoteMerger({ common });
        const read: unknown = JSON.parse(stored);
        assert.ok(isStoredGroups(read));
        next.resume(read);
        const copies = structuredClone(articles);
        assert.deepEqual(next.merge(copies), expected.entries, `resumed merge after ${s.kind}`);
        // Only additions are updated from the stored groups; a removal or an edit groups from scratch.
        assert.equal(next.lastResumed, removed.length === 0, `resumed after ${s.kind}`);
        stored = JSON.stringify(next.stored());
        assert.deepEqual((JSON.parse(stored) as StoredGroups).groups, expected.groups);
      }
    }),
    { numRuns: 200 },
  );
});

test('stored groups that do not fit the articles are not used: the merge groups from scratch', () => {
  const articles = articlesOf([
    { day: 1, quotes: [{ sentence: 0, start: 0, length: 8, swap: null, speaker: 0, prose: false }] },
    { day: 2, quotes: [{ sentence: 0, start: 0, length: 8, swap: null, speaker: 0, prose: false }] },
  ]);
  const expected = mergeOf(articles, 2);
  const stored = new QuoteMerger({ common: 2 });
  stored.merge(articles.slice(0, 1));
  const good = stored.stored() as StoredGroups;
  const bad: StoredGroups[] = [
    { ...good, groups: [['a00#7', 'a00#8']] }, // keys of no entry
    { ...good, common: 3 }, // made with another COMMON
    { ...good, articles: [...good.articles, ...good.articles] }, // an article twice
    { ...good, articles: [['a00', 'another digest']] }, // the article changed since
  ];
  for (const groups of bad) {
    const merger = new QuoteMerger({ common: 2 });
    merger.resume(groups);
    assert.deepEqual(merger.merge(articles), expected.entries);
    assert.equal(merger.lastResumed, false, JSON.stringify(groups));
  }
  assert.equal(isStoredGroups({ common: 2, articles: [], groups: [['only one']] }), false);
  assert.equal(isStoredGroups({ common: '2', articles: [], groups: [] }), false);
});

/** One article per quote, a day apart, in the order given. */
function oneQuoteEach(quotes: Array<[string, SpeakerRef | null]>): ArticleStatements[] {
  return quotes.map(([quote, speaker], i) => {
    const articleId = `q${i}`;
    const date = `2025-06-${String(i + 1).padStart(2, '0')}`;
    const entry = entryOf({ sentence: 0, start: 0, length: 1, swap: null, speaker: 0, prose: false }, articleId, 0, date);
    return { articleId, published: `${date}T09:00:00Z`, entries: [{ ...entry, quote, speaker, people: speaker ? [speaker] : [] }] };
  });
}

test('a repeated quote is one entry with every source, the id and place of its earliest report, the longest wording', () => {
  const articles = oneQuoteEach([
    ['The talks will resume in Geneva next week.', null],
    ['the talks will resume in Geneva next week and not before', SPEAKERS[2] ?? null],
    ['The talks will resume in Geneva', null],
  ]);
  const merged = new QuoteMerger().merge([...articles].reverse()).filter((e) => e.quote);
  assert.equal(merged.length, 1);
  assert.equal(merged[0]?.id, 'q0-0');
  assert.equal(merged[0]?.quote, 'the talks will resume in Geneva next week and not before');
  assert.equal(merged[0]?.speaker?.slug, 'ann-lee');
  assert.deepEqual(
    merged[0]?.sources.map((s) => s.article),
    ['q0', 'q1', 'q2'],
  );
  assert.equal(articles[0]?.entries[0]?.sources.length, 1, 'the entries given are not changed');
});

test('a short quote found in two different longer ones joins one of them, never both into one', () => {
  const merged = new QuoteMerger().merge(
    oneQuoteEach([
      ['We need a ceasefire now in Gaza and in Sudan', null],
      ['a ceasefire now', null],
      ['A ceasefire now is what the families have asked for all along', null],
    ]),
  );
  assert.equal(merged.length, 2);
  assert.deepEqual(
    merged.map((e) => e.sources.map((s) => s.article)),
    [['q0', 'q1'], ['q2']],
  );
});

test('quotes whose speakers differ are never one, even through a quote without a speaker', () => {
  const ann = SPEAKERS[2] ?? null;
  const bo = SPEAKERS[3] ?? null;
  const merged = new QuoteMerger().merge(
    oneQuoteEach([
      ['the talks will resume in Geneva next week', ann],
      ['the talks will resume in Geneva next week', null],
      ['the talks will resume in Geneva next week', bo],
    ]),
  );
  assert.deepEqual(
    merged.map((e) => [e.speaker?.slug, e.sources.map((s) => s.article)]),
    [
      ['ann-lee', ['q0', 'q1']],
      ['bo-kim', ['q2']],
    ],
  );
});

test('a triple in more distinct quotes than COMMON does not count; repeats of one wording count once', () => {
  const common = 2;
  const phrase = (rest: string) => `we need to ${rest}`;
  // "we need to" in three wordings: common, so the three-word quote matches none of them.
  const articles = oneQuoteEach([
    [phrase('talk'), null],
    [phrase('listen'), null],
    [phrase('wait'), null],
    ['we need to', null],
  ]);
  assert.equal(new QuoteMerger({ common }).merge(articles).length, 4);
  // With only two wordings (one printed three times), it counts, and the repeats are one quote.
  const repeats = oneQuoteEach([
    [phrase('talk'), null],
    [phrase('talk'), null],
    [phrase('talk'), null],
    [phrase('listen'), null],
  ]);
  assert.deepEqual(
    new QuoteMerger({ common }).merge(repeats).map((e) => e.sources.length),
    [3, 1],
  );
});

test('a sentence naming two times stays two events; the same sentence in another article joins the event of its date', () => {
  const text = "Thursday's meeting was their second, following their first in Riyadh in February.";
  const event = (article: string, date: string, precision: Entry['precision']): Entry => ({
    ...entryOf({ sentence: 0, start: 0, length: 1, swap: null, speaker: 0, prose: true }, article, 3, '2025-07-10'),
    date,
    precision,
    text,
  });
  const merged = mergeRepeatedText([event('a00', '2025-07-10', 'day'), event('a00', '2025-02', 'month'), event('a01', '2025-02', 'month')]);
  assert.deepEqual(
    merged.map((e) => [e.date, e.sources.map((s) => s.article)]),
    [
      ['2025-07-10', ['a00']],
      ['2025-02', ['a00', 'a01']],
    ],
  );
  // The same sentence twice in one live blog (a summary and its post), dated alike: one entry with both sources.
  const twice = mergeRepeatedText([
    event('a02', '2025-07-10', 'day'),
    { ...event('a02', '2025-07-10', 'day'), sources: [{ article: 'a02', anchor: 'p9' }] },
  ]);
  assert.equal(twice.length, 1);
  assert.equal(twice[0]?.sources.length, 2);
});
