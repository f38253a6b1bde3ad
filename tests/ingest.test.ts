// `npm run add`: the five seed pages → content/articles, and the rules behind it.
// Every test writes into a fresh temp dir; nothing here touches content/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { z } from 'zod';
import { loadRules, main } from '../src/cli/add.ts';
import { resolveStamp, stampOf } from '../src/ingest/detect.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { classifyNoise, findCaptions } from '../src/ingest/noise.ts';
import { noiseRuleFor } from '../src/knowledge/noiseRules.ts';
import { fold } from '../src/text/fold.ts';
import { escapeMarkdown } from '../src/ingest/toMarkdown.ts';
import type { IngestSuccess } from '../src/ingest/types.ts';
import { parseContentFile } from '../src/load/parseContentFile.ts';
import { parsePostHeading } from '../src/parse/parsePostHeading.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ADD = path.join(ROOT, 'src/cli/add.ts');
// In CI the repository is cloned with shared/ beside it.
const SEEDS = process.env.NEWSLINE_SEEDS ?? path.resolve(ROOT, '../shared/seeds');

const manifestSchema = z.array(z.object({ seed: z.string(), args: z.array(z.string()), file: z.string(), why: z.string().optional() }));
const manifest = manifestSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'tests/seeds.json'), 'utf8')));

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsline-add-'));
  temps.push(dir);
  return dir;
}
after(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function seedPath(seed: string): string {
  const file = path.join(SEEDS, seed);
  assert.ok(existsSync(file), `seed ${file} is missing: clone shared/ beside the repository or set NEWSLINE_SEEDS`);
  return file;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The command in-process, with its output captured. */
async function add(argv: string[], stdin = ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd: ROOT,
    stdin: (async function* () {
      yield Buffer.from(stdin);
    })(),
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

/** The command as a real process: `node --import tsx src/cli/add.ts …`. */
function addProcess(argv: string[], input?: string): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', ADD, ...argv], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The plain text of each top-level block of a content file's body (Markdown escapes undone). */
function blocksOf(fileText: string): string[] {
  const parsed = parseContentFile('x.md', Buffer.from(fileText));
  assert.ok(parsed.ok, `content file does not load: ${JSON.stringify(parsed.ok ? null : parsed.problems)}`);
  const tree = unified().use(remarkParse).parse(parsed.article.body) as Root;
  return tree.children.map((node) => toString(node).replace(/\s+/g, ' ').trim());
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

async function ingestSeed(seed: (typeof manifest)[number]): Promise<IngestSuccess> {
  const { rules, outlets } = await loadRules();
  const flags: Record<string, string | string[]> = {};
  for (let i = 0; i < seed.args.length; i += 2) flags[(seed.args[i] ?? '').replace(/^--/, '')] = seed.args[i + 1] ?? '';
  const result = ingest({ raw: readFileSync(seedPath(seed.seed), 'utf8'), flags, rules, outlets });
  assert.ok(result.ok, `ingest failed: ${JSON.stringify(result)}`);
  return result;
}

// Real sentences that must survive, and page noise that must not (per seed).
const HAND_PICKED: Record<string, { keep: string[]; drop: string[] }> = {
  '000_828299a9a24f94ee.txt': {
    keep: [
      'Donald Trump will not engage in “endless” negotiations with Vladimir Putin over a Ukraine ceasefire, his state secretary said, as Nato allies urged the US president to ratchet up pressure on Russia.',
      'Thanks for following our live coverage of the war in Ukraine. It has now ended.',
      'Reuters could not independently confirm the battlefield report.',
      'Among the injured were three children.',
      'Mr Lammy also emphasised the significance of hearing from US Secretary of State Marco Rubio on Thursday, reaffirming America’s commitment to Nato.',
    ],
    drop: [
      'Advertisement',
      'Solve the daily Crossword',
      '21 min read',
      'CrosswordCrossword',
      'JACQUELYN MARTIN/AFP',
      'people played the daily Crossword',
    ],
  },
  '001_abad6d0ee5f7bb31.txt': {
    keep: [
      'Marco Rubio, the US secretary of state, said the only chance for peace in Ukraine was a direct meeting between Donald Trump and Vladimir Putin.',
      '“I hope I’m wrong. I hope I’m 100% wrong,” he added.',
      'Here’s what we learnt:',
      'Volodymyr Zelensky’s press conference in Ankara has now ended.',
      '“And so we ask, if there is no ceasefire, if there are no serious decisions … we ask for appropriate sanctions.”',
    ],
    drop: ['Copy link', 'twitter', 'facebook', 'whatsapp', '– The Telegraph'],
  },
  '002_4d0323bf4bea2625.txt': {
    keep: [
      'U.S. President Donald Trump will walk away from trying to broker a Russia-Ukraine peace deal within days unless there are clear signs that a deal can be done, U.S. Secretary of State Marco Rubio said on Friday.',
      'Growing frustrations as peace deals prove elusive',
      'Dropping European sanctions part of peace deal?',
      "Rubio's threats came amid signs of some progress in U.S. talks with Ukraine.",
      'He said it was clear that a peace deal would be difficult to strike but there needed to be signs it could be done soon.',
    ],
    drop: [
      'By continuing to browse',
      '互联网新闻信息许可证',
      'CHOOSE YOUR LANGUAGE',
      'Disinformation report hotline',
      'Julien de Rosa/Pool via Reuters',
    ],
  },
  '003_3ecf816c35ca8e24.txt': {
    keep: [
      'US Secretary of State Marco Rubio voiced disappointment over the lack of progress in negotiations to end the war in Ukraine after a meeting with Russian Foreign Minister Sergey Lavrov on the sidelines of the ASEAN summit in Kuala Lumpur.',
      "'We get a lot of b*******---- thrown at us by Putin... It turns out to be meaningless.'",
      '"Putin is not, he\'s not treating human beings right," Trump said.',
      "Thursday's meeting in Malaysia was the second in-person encounter between Rubio and Lavrov since Rubio took office, following their initial meeting in Riyadh in February.",
      "According to Moscow, both officials affirmed 'a mutual commitment to finding peaceful solutions to conflict situations.'",
    ],
    drop: [
      'Related Articles',
      'US sanctions Cuban president',
      'DOWNLOAD THE APP',
      'Try Our AI Features',
      'No comments yet',
      'Orange background',
      'Mint2 days ago',
      'Weapons going from US to Ukraine via NATO',
    ],
  },
  '004_60a61c57390ef889.txt': {
    keep: [
      'Donald Trump has stated that the US will “take a pass” on facilitating further Russia-Ukraine talks if Moscow or Kyiv make it “very difficult” to reach a peace deal.',
      'President Vladimir Putin has outlined several conditions for any potential ceasefire.',
      'Despite early confidence in securing a deal quickly, attempts to reach a full ceasefire have not yet materialized, with Washington placing blame on both sides.',
      'The memorandum stated that “the American people desire to invest alongside the Ukrainian people in a free, sovereign, and secure Ukraine.”',
      'On Thursday, Ukrainian Foreign Minister Andrii Sybiha met Rubio and Trump’s special envoy Steve Witkoff in Paris to discuss pathways to peace, including a full ceasefire, multinational peacekeeping contingent, and security guarantees for Ukraine.',
    ],
    drop: ['Advertisement', 'Copy link', 'Related Articles'],
  },
};

test('the manifest covers every seed and every committed seed article', () => {
  assert.deepEqual(manifest.map((m) => m.seed).sort(), Object.keys(HAND_PICKED).sort());
  for (const m of manifest) assert.ok(existsSync(path.join(ROOT, m.file)), `${m.file} is not committed`);
});

for (const seed of manifest) {
  test(`${seed.seed}: npm run add ${seed.args.join(' ')} regenerates ${seed.file} byte for byte`, async () => {
    const out = tempDir();
    const run = await add([seedPath(seed.seed), ...seed.args, '--out', out]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(readdirSync(out), [path.basename(seed.file)]);
    assert.ok(run.stdout.startsWith(`wrote ${path.join(out, path.basename(seed.file))}\n`), run.stdout);
    assert.match(run.stdout, /^ {2}posts: {4}\d+$/m);
    assert.match(run.stdout, /^ {2}quotes: {3}\d+$/m);
    assert.match(run.stdout, /^ {2}removed: {2}\d+ lines of page noise/m);
    assert.ok(
      readFileSync(path.join(out, path.basename(seed.file))).equals(readFileSync(path.join(ROOT, seed.file))),
      'output differs from the committed file',
    );
  });

  test(`${seed.seed}: every line not classified as noise survives into ${path.basename(seed.file)}`, async () => {
    const result = await ingestSeed(seed);
    const committed = readFileSync(path.join(ROOT, seed.file), 'utf8');
    const blocks = blocksOf(committed);
    const parsed = parseContentFile(seed.file, Buffer.from(committed));
    assert.ok(parsed.ok);
    const { meta } = parsed.article;
    for (const line of result.lines) {
      const text = squash(line.text);
      switch (line.role) {
        case 'text':
        case 'subhead':
          assert.ok(blocks.includes(text), `line ${line.n} is not a block of the body: ${text}`);
          break;
        case 'post-time':
        case 'post-headline':
          assert.ok(
            blocks.some((b) => b.includes(text)),
            `line ${line.n} is not in a post heading: ${text}`,
          );
          break;
        case 'figure':
        case 'figure-credit':
          assert.ok(
            blocks.some((b) => fold(b).includes(fold(text).split(' - ')[0] ?? '')),
            `caption line ${line.n} is not in a figure: ${text}`,
          );
          break;
        case 'title':
          assert.equal(fold(meta.title), fold(text), `line ${line.n} is the title`);
          break;
        case 'byline':
          assert.ok(meta.authors.length > 0 && meta.authors.every((a) => text.includes(a)), `line ${line.n} is the byline`);
          break;
        case 'footer':
          assert.ok(text.startsWith(meta.title), `line ${line.n} is the page footer`);
          break;
        case 'stamp':
        case 'noise':
        case 'blank':
          break;
      }
    }
  });

  test(`${seed.seed}: hand-picked sentences are kept, hand-picked page noise is not`, () => {
    const committed = readFileSync(path.join(ROOT, seed.file), 'utf8');
    const blocks = blocksOf(committed);
    const picks = HAND_PICKED[seed.seed];
    assert.ok(picks);
    for (const sentence of picks.keep)
      assert.ok(
        blocks.some((b) => b.includes(sentence)),
        `missing: ${sentence}`,
      );
    for (const noise of picks.drop) {
      assert.ok(!committed.includes(noise), `page noise kept: ${noise}`);
      assert.ok(!blocks.some((b) => b.includes(noise)), `page noise kept: ${noise}`);
    }
  });
}

test('000: the live blog has one `## HH:MM AM/PM BST — headline` section per timestamp line of the seed', () => {
  const seed = manifest.find((m) => m.seed.startsWith('000_'));
  assert.ok(seed);
  const raw = readFileSync(seedPath(seed.seed), 'utf8');
  const times = raw.split(/\r?\n/).filter((l) => /^\d{1,2}:\d{2} [AP]M [A-Z]{2,5}$/.test(l.trim()));
  const committed = readFileSync(path.join(ROOT, seed.file), 'utf8');
  const headings = committed.split('\n').filter((l) => l.startsWith('## '));
  assert.equal(times.length, 37);
  assert.equal(headings.length, times.length);
  headings.forEach((h, i) => {
    assert.match(h, /^## \d{2}:\d{2} [AP]M BST — \S.*$/);
    assert.ok(h.startsWith(`## ${times[i]?.trim()} — `), `post ${i} keeps its time as written`);
    assert.ok(parsePostHeading(h.slice(3)), `the site's parser reads ${h}`);
  });
  assert.ok(headings.includes('## 04:50 PM BST — That’s all for today'));
  // Posts with a time and a headline but no text keep their heading.
  assert.ok(headings.includes('## 02:09 PM BST — Your views...'));
  assert.ok(headings.includes('## 03:20 PM BST — Watch: Rubio speaks after Nato meeting'));
  assert.match(committed, /^kind: liveblog$/m);
  assert.match(committed, /^ {2}- Verity Bowman$/m);
  // Text before the first post is the lead.
  const body = committed.slice(committed.indexOf('\n---\n') + 5);
  assert.ok(body.indexOf('Donald Trump will not engage') < body.indexOf('## 04:50 PM BST'));
});

test('003: the page stamp "Mint2 days ago" resolves against --retrieved 2025-07-12 to 2025-07-10', async () => {
  const seed = manifest.find((m) => m.seed.startsWith('003_'));
  assert.ok(seed);
  assert.ok(!seed.args.includes('--published'), 'the date must come from the stamp');
  const result = await ingestSeed(seed);
  assert.equal(result.meta.published, '2025-07-10');
  assert.equal(result.meta.source, 'Mint');
  assert.equal(result.meta.retrieved, '2025-07-12');
  assert.match(result.provenance.published, /page stamp "2 days ago"/);
});

test('a missing --published exits 1 with one line naming --published, and writes nothing', () => {
  const out = tempDir();
  const run = addProcess([seedPath('000_828299a9a24f94ee.txt'), '--out', out]);
  assert.equal(run.code, 1);
  assert.equal(run.stdout, '');
  const lines = run.stderr.trim().split('\n');
  assert.equal(lines.length, 1, run.stderr);
  assert.match(lines[0] ?? '', /--published/);
  assert.deepEqual(readdirSync(out), []);
});

test('a relative page stamp without --retrieved asks for --retrieved or --published', async () => {
  const out = tempDir();
  const run = await add([seedPath('003_3ecf816c35ca8e24.txt'), '--out', out]);
  assert.equal(run.code, 1);
  assert.match(run.stderr.trim(), /^newsline add: cannot add without --published .*--retrieved/);
  assert.equal(run.stderr.trim().split('\n').length, 1);
});

test('adding the same article twice is refused, naming the file that holds it', async () => {
  const out = tempDir();
  const seed = seedPath('001_abad6d0ee5f7bb31.txt');
  const first = await add([seed, '--published', '2025-05-15', '--out', out]);
  assert.equal(first.code, 0, first.stderr);
  const [file] = readdirSync(out);
  assert.ok(file);
  const before = readFileSync(path.join(out, file));

  const again = await add([seed, '--published', '2025-05-15', '--out', out]);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /already added/);
  assert.ok(again.stderr.includes(path.join(out, file)), again.stderr);

  // The same text under another title and date is still the same article.
  const renamed = await add([seed, '--published', '2025-05-16', '--title', 'Another title', '--out', out]);
  assert.equal(renamed.code, 1);
  assert.ok(renamed.stderr.includes(file), renamed.stderr);
  assert.match(renamed.stderr, /same text/);
  assert.deepEqual(readdirSync(out), [file]);
  assert.ok(readFileSync(path.join(out, file)).equals(before), 'the existing file is untouched');
});

test('the same URL is refused even with a different text', async () => {
  const out = tempDir();
  const url = 'https://example.com/story';
  const a = await add([
    seedPath('004_60a61c57390ef889.txt'),
    '--published',
    '2025-04-18',
    '--source',
    'X',
    '--title',
    'A',
    '--url',
    url,
    '--out',
    out,
  ]);
  assert.equal(a.code, 0, a.stderr);
  const b = await add([seedPath('002_4d0323bf4bea2625.txt'), '--published', '2025-04-18', '--title', 'B', '--url', url, '--out', out]);
  assert.equal(b.code, 1);
  assert.match(b.stderr, /same URL/);
});

test('an existing file of the same name is never overwritten', async () => {
  const out = tempDir();
  const target = path.join(out, '2025-04-18-a.md');
  writeFileSync(target, '---\ntitle: Other\nsource: X\npublished: 2025-04-18\nkind: article\n---\n\nSomething else entirely.\n');
  const run = await add([seedPath('004_60a61c57390ef889.txt'), '--published', '2025-04-18', '--source', 'X', '--title', 'A', '--out', out]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /already exists/);
  assert.match(readFileSync(target, 'utf8'), /Something else entirely/);
});

test('stdin input works (`-`)', () => {
  const seed = manifest.find((m) => m.seed.startsWith('003_'));
  assert.ok(seed);
  const out = tempDir();
  const run = addProcess(['-', ...seed.args, '--out', out], readFileSync(seedPath(seed.seed), 'utf8'));
  assert.equal(run.code, 0, run.stderr);
  const written = path.join(out, path.basename(seed.file));
  assert.ok(readFileSync(written).equals(readFileSync(path.join(ROOT, seed.file))));
  assert.match(run.stdout, /^ {2}date: {5}2025-07-10 /m);
});

test('flags override detection', async () => {
  const out = tempDir();
  const run = await add([
    seedPath('000_828299a9a24f94ee.txt'),
    '--published',
    '2025-04-04T17:00:00+01:00',
    '--source',
    'The Daily Telegraph',
    '--title',
    'Rubio: no endless negotiations',
    '--authors',
    'A. Writer, B. Writer',
    '--kind',
    'article',
    '--out',
    out,
  ]);
  assert.equal(run.code, 0, run.stderr);
  const text = readFileSync(path.join(out, '2025-04-04-rubio-no-endless-negotiations.md'), 'utf8');
  assert.match(text, /^source: The Daily Telegraph$/m);
  assert.match(text, /^published: 2025-04-04T17:00:00\+01:00$/m);
  assert.match(text, /^kind: article$/m);
  assert.match(text, /^ {2}- A\. Writer\n {2}- B\. Writer$/m);
  assert.ok(!text.includes('\n## '), 'an article has no post sections');
  assert.match(run.stdout, /note: +--title overrides the detected headline/);
});

// --- the rules are general, not the seeds' lines

test('noise rules catch page furniture the seeds do not contain', async () => {
  const { rules } = await loadRules();
  for (const line of [
    'Share this article',
    'We use cookies to give you the best experience on our website.',
    'Sign up to our free morning newsletter',
    '12 comments',
    '5 min read',
    'Skip to main content',
    'Get the app on the App Store',
    'Sponsored',
    'Site logo',
    'Read more: Five things we learnt from the summit',
  ]) {
    assert.ok(noiseRuleFor(line, rules), `not noise: ${line}`);
  }
  for (const line of [
    'The minister said cookies were not on the agenda.',
    'Email records show the deal was signed in March.',
    'Share prices fell sharply after the announcement.',
    'Comments by the president drew criticism from allies.',
    `${'The report, long awaited, covers many subjects in detail. '.repeat(5)}It mentions the privacy policy and terms of the deal.`,
  ]) {
    assert.equal(noiseRuleFor(line, rules), null, `wrongly noise: ${line}`);
  }
});

test('a "Read more" block is dropped up to the next post time, and only after article text', async () => {
  const { rules } = await loadRules();
  const lines = [
    'Read more',
    'Opening paragraph of the story, which is long enough to be prose.',
    'Read more',
    'Some other story headline',
    'Some other story text that is long enough to be prose as well.',
    '10:15 AM BST',
    'A post headline',
  ];
  const labels = classifyNoise(lines, rules);
  assert.deepEqual(
    labels.map((l) => l !== null),
    [true, false, true, true, true, false, false],
  );
});

test('caption pairs: a line then the same line + " - CREDIT", or the same line twice', () => {
  const captions = findCaptions([
    [1, 'A soldier walks past a destroyed tank'],
    [2, 'A soldier walks past a destroyed tank - Jane Doe/Getty Images'],
    [3, 'A paragraph of the article that is followed by another one.'],
    [4, 'Crowds gather in the square'],
    [5, 'Crowds gather in the square'],
    [6, 'The mayor said, "we will rebuild" - and the crowd cheered loudly at that.'],
  ]);
  assert.deepEqual(captions, [
    { line: 1, creditLine: 2, text: 'A soldier walks past a destroyed tank', credit: 'Jane Doe/Getty Images' },
    { line: 4, creditLine: 5, text: 'Crowds gather in the square', credit: null },
  ]);
});

test('page stamps resolve against the retrieval date with date arithmetic', async () => {
  const { outlets } = await loadRules();
  const stamp = stampOf(1, 'Mint2 days ago', outlets);
  assert.deepEqual(stamp, { line: 1, text: '2 days ago', amount: 2, unit: 'day', outlet: 'Mint' });
  assert.deepEqual(resolveStamp(stamp, '2025-03-01'), { date: '2025-02-27' });
  const hours = stampOf(1, 'Updated 3 hours ago', outlets);
  assert.ok(hours);
  assert.deepEqual(resolveStamp(hours, '2025-07-12T01:30:00+01:00'), { date: '2025-07-11' });
  assert.ok('reason' in resolveStamp(hours, '2025-07-12'), 'hours ago on a date-only retrieval is not a day');
  assert.equal(stampOf(1, 'He left 2 days ago', outlets), null);
});

test('escaped Markdown reads back as the same text', () => {
  for (const text of [
    '1. Not a list',
    '# not a heading',
    '- not a bullet',
    '*stars* and _under_',
    '<b>not html</b>',
    'a \\ backslash',
    '[not](a link)',
    'AT&amp;T',
    '> not a quote',
    '---',
  ]) {
    const tree = unified().use(remarkParse).parse(escapeMarkdown(text)) as Root;
    assert.equal(tree.children.length, 1, text);
    assert.equal(tree.children[0]?.type, 'paragraph', text);
    assert.equal(toString(tree), text);
  }
});

test('plain text states more than the flags: a date line, a wire tag, a staff byline, a "… reports" sentence, a one-line scrape’s headline', async () => {
  // Patterns, in our own words: a "Posted Mon D, YYYY h:mm AM ET" stamp line (US broadcasters' sites, e.g.
  // https://www.nbcchicago.com/news/business/money-report/u-s-china-agree-on-framework-to-implement-geneva-trade-consensus-after-second-day-of-london-talks/3765200/),
  // a wire tag "ISLAMABAD (Reuters) -" (https://pukmedia.com/EN/Details/78447), a "…, Example reports." close (syndicated copy).
  const out = tempDir();
  const posted = await add(
    ['-', '--out', out],
    [
      'Trade envoys agree to meet again in London',
      'By Jane Doe, Harbour Times Staff',
      'Posted Jun 9, 2025 9:40 AM EDT',
      'Negotiators from both countries ended two days of talks on Monday and said they would meet again.',
      '"We made real progress," the lead negotiator said after the session.',
    ].join('\n'),
  );
  assert.equal(posted.code, 0, posted.stderr);
  assert.match(posted.stdout, /source: {3}Harbour Times {2}\[byline, line 2\]/);
  assert.match(posted.stdout, /date: {5}2025-06-09 {2}\[date line "Posted Jun 9, 2025 9:40 AM EDT", line 3\]/);
  const file = readFileSync(path.resolve(ROOT, /wrote (\S+)/.exec(posted.stdout)?.[1] ?? ''), 'utf8');
  assert.ok(!file.includes('Posted Jun 9'), 'the date line moves into the front matter');

  const wire = await add(
    ['-', '--out', out, '--title', 'Pakistan confirms truce'],
    [
      'ISLAMABAD, May 11, 2025 (Reuters) - Pakistan said on Sunday that the ceasefire with India was holding after a night without shelling.',
      'The foreign ministry said both sides had agreed to talks.',
    ].join('\n'),
  );
  assert.equal(wire.code, 0, wire.stderr);
  assert.match(wire.stdout, /source: {3}Reuters {2}\[wire tag "\(Reuters\)", line 1\]/);
  assert.match(wire.stdout, /date: {5}2025-05-11 {2}\[date line "ISLAMABAD, May 11, 2025/);

  const oneLine = await add(
    ['-', '--out', out, '--published', '2025-05-12'],
    'Mediators push for a second round of talks in Doha. Officials from both delegations met on Sunday and agreed to continue, a person briefed on the talks said, and the next round is expected within days, Gulf Wire reports.',
  );
  assert.equal(oneLine.code, 0, oneLine.stderr);
  assert.match(
    oneLine.stdout,
    /title: {4}Mediators push for a second round of talks in Doha {2}\[first sentence of a one-line scrape, line 1\]/,
  );
  assert.match(oneLine.stdout, /source: {3}Gulf Wire {2}\["… reports" sentence, line 1\]/);

  // Nothing is invented: a text that states none of these still asks.
  const bare = await add(
    ['-', '--out', out],
    'A headline without anything else\n\nSome body text that names no outlet and no date at all, only what happened.',
  );
  assert.equal(bare.code, 1);
  assert.match(bare.stderr, /cannot add without --source NAME .* and --published YYYY-MM-DD/);
});
