import assert from 'node:assert/strict';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { loadKnowledge } from '../src/knowledge/loadKnowledge.ts';
import type { Knowledge } from '../src/knowledge/types.ts';
import { ContentError } from '../src/load/errors.ts';
import { loadCorrections } from '../src/load/loadCorrections.ts';
import { applyCorrections } from '../src/model/applyCorrections.ts';
import { buildSiteData } from '../src/pipeline/buildSiteData.ts';

const ARTICLE = '2025-04-18-trump-says-us-will-take-a-pass-on-russia-ukraine-talks-if';
let dir: string;
let knowledge: Knowledge;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsline-corrections-'));
  await cp('content', dir, { recursive: true });
  knowledge = await loadKnowledge('content/knowledge');
});
after(() => rm(dir, { recursive: true, force: true }));

const build = () =>
  buildSiteData({ contentDir: path.join(dir, 'articles'), knowledgeDir: path.join(dir, 'knowledge'), cacheDir: null, workers: 1 });

test('a correction sets the speaker, date and place of the one quote it names, at build time', async () => {
  await writeFile(
    path.join(dir, 'corrections.yaml'),
    [
      `- article: ${ARTICLE}`,
      '  quote: the American people desire',
      '  speaker: Volodymyr Zelensky',
      '  date: 2025-04-17',
      '  place: Oval Office',
    ].join('\n'),
  );
  const site = await build();
  const memo = site.timeline.entries.find((e) => e.quote?.startsWith('the American people desire'));
  assert.equal(memo?.speaker?.slug, 'volodymyr-zelensky', 'the name resolves to the known person');
  assert.equal(memo?.date, '2025-04-17');
  assert.equal(memo?.precision, 'day');
  assert.equal(memo?.place?.slug, 'oval-office');
  assert.ok(!site.timeline.unattributed.includes(memo.id), 'no longer listed as without a speaker');

  // Clearing a speaker: the quote is then listed among those without one.
  const pass = site.timeline.entries.find((e) => e.quote?.includes('take a pass'));
  assert.equal(pass?.speaker?.slug, 'donald-trump');
  await writeFile(
    path.join(dir, 'corrections.yaml'),
    [`- article: ${ARTICLE}`, `  quote: "${pass.quote?.split(' ').slice(0, 6).join(' ')}"`, '  speaker: null'].join('\n'),
  );
  const cleared = await build();
  const passAgain = cleared.timeline.entries.find((e) => e.quote === pass.quote);
  assert.equal(passAgain?.speaker, null);
  assert.ok(cleared.timeline.unattributed.includes(passAgain.id));
});

test('a correction that matches no quote, or several, stops the build with one line naming the file and the entry', async () => {
  const file = path.join(dir, 'corrections.yaml');
  await writeFile(file, [`- article: ${ARTICLE}`, '  quote: words nobody said', '  speaker: null'].join('\n'));
  await assert.rejects(build(), (err: unknown) => {
    assert.ok(err instanceof ContentError);
    assert.equal(err.problems.length, 1);
    assert.match(
      err.format(),
      new RegExp(`corrections\\.yaml: entry 1 \\(${ARTICLE}, "words nobody said"\\): matches no quote of the article`),
    );
    return true;
  });
  const site = await buildSiteData({ contentDir: 'content/articles', knowledgeDir: 'content/knowledge', cacheDir: null, workers: 1 });
  const extraction = {
    articleId: 'a',
    entries: site.timeline.entries
      .filter((e) => e.quote)
      .slice(0, 2)
      .map((e) => ({ ...e, quote: 'the same words' })),
    newPeople: [],
    newPlaces: [],
    warnings: [],
  };
  const several = applyCorrections([extraction], [{ index: 1, article: 'a', quote: 'the same', speaker: null }], knowledge, 'c.yaml');
  assert.deepEqual(several.problems, [
    { file: 'c.yaml', field: 'entry 1 (a, "the same")', message: 'matches 2 quotes of the article: give more of its first words' },
  ]);
  assert.equal(several.extractions[0], extraction, 'nothing is changed when a correction fails');
});

test('corrections do not change the extraction they are applied to (it may be the cache)', async () => {
  const site = await buildSiteData({ contentDir: 'content/articles', knowledgeDir: 'content/knowledge', cacheDir: null, workers: 1 });
  const e = site.timeline.entries.find((x) => x.quote?.includes('take a pass'));
  assert.ok(e);
  const extraction = { articleId: 'a', entries: [e], newPeople: [], newPlaces: [], warnings: [] };
  const out = applyCorrections(
    [extraction],
    [{ index: 1, article: 'a', quote: 'take a pass', place: null, speaker: 'Marco Rubio' }],
    knowledge,
    'c.yaml',
  );
  assert.equal(out.extractions[0]?.entries[0]?.speaker?.slug, 'marco-rubio');
  assert.equal(e.speaker?.slug, 'donald-trump', 'the original entry is untouched');
});

test('a bad corrections file is reported field by field', async () => {
  const file = path.join(dir, 'bad.yaml');
  await writeFile(file, ['- article: x', '  quote: some words', '  date: 18 April', '- article: y', '  quote: more words'].join('\n'));
  await assert.rejects(loadCorrections(file), (err: unknown) => {
    assert.ok(err instanceof ContentError);
    const lines = err.format().split('\n');
    assert.ok(
      lines.some((l) => /bad\.yaml: entry 1\.date: must be a date such as 2025-04-17/.test(l)),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((l) => /bad\.yaml: entry 2: sets nothing/.test(l)),
      lines.join('\n'),
    );
    return true;
  });
  assert.deepEqual(await loadCorrections(path.join(dir, 'missing.yaml')), [], 'no file, no corrections');
});
