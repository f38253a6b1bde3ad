// `npm run add` on saved web pages, URLs and folders: the eight real pages of ../shared/pages, read at test time.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { main, type Io } from '../src/cli/add.ts';
import { fetchPage } from '../src/ingest/fetchPage.ts';
import { parseContentFile } from '../src/load/parseContentFile.ts';
import { buildSiteData } from '../src/pipeline/buildSiteData.ts';
import { PAGES } from './helpers/corpora.ts';

const NAMES = ['bbc-1', 'bug-1255978', 'cnet', 'guardian-1', 'nytimes-1', 'seattletimes-1', 'telegraph', 'wapo-2'];
let work: string;
let server: Server;
let origin: string;

before(async () => {
  assert.ok(existsSync(PAGES), `${PAGES} is missing: clone shared/ beside the repository or set NEWSLINE_PAGES`);
  work = await mkdtemp(path.join(tmpdir(), 'newsline-html-'));
  // A local server for the URL form: pages by name, and the failures a fetch can meet.
  server = createServer((req, res) => {
    const name = (req.url ?? '/').slice(1);
    if (name === 'missing') return res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    if (name === 'feed.json') return res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    if (name === 'huge') return res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(11 * 1024 * 1024) }).end();
    if (name === 'slow') return void setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>late</p>'), 1500);
    if (!NAMES.includes(name)) return res.writeHead(404).end();
    void readFile(path.join(PAGES, name, 'source.html')).then((html) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
after(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(work, { recursive: true, force: true });
});

async function add(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { cwd: work, stdin: (async function* () {})(), stdout: (t) => (out += t), stderr: (t) => (err += t) };
  const code = await main(argv, io);
  return { code, out, err };
}

const words = (html: string) =>
  html
    .replace(/<(figure|figcaption)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Words of `a` found in `b` in the same order (longest common subsequence). */
function inOrder(a: string[], b: string[]): number {
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++)
      cur[j] = a[i - 1] === b[j - 1] ? (prev[j - 1] as number) + 1 : Math.max(prev[j] as number, cur[j - 1] as number);
    [prev, cur] = [cur, prev];
    cur.fill(0);
  }
  return prev[b.length] as number;
}

/** An address on this machine where nothing listens. */
async function closedPort(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
}

const sameSite = (a: string, b: string) => a.toLowerCase().replace(/^the\s+/, '') === b.toLowerCase().replace(/^the\s+/, '');

test('each real page is added from its saved HTML: title, source and date from the markup, the body as Readability reads it', async (t) => {
  const out = path.join(work, 'pages');
  for (const name of NAMES) {
    const started = performance.now();
    const r = await add([path.join(PAGES, name, 'source.html'), '--out', out]);
    const millis = performance.now() - started;
    assert.equal(r.code, 0, `${name}: ${r.err}`);
    // Reported, not asserted: timing is the benchmark's job, and a loaded CI machine is slower.
    t.diagnostic(`${name}: added in ${millis.toFixed(0)} ms`);
    const file = /wrote (\S+)/.exec(r.out)?.[1];
    assert.ok(file, r.out);
    const parsed = parseContentFile(file, await readFile(path.join(work, file)));
    assert.ok(parsed.ok, name);
    const { meta, body } = parsed.article;
    const expected = JSON.parse(await readFile(path.join(PAGES, name, 'expected-metadata.json'), 'utf8')) as {
      title: string;
      siteName: string | null;
      publishedTime: string | null;
    };
    assert.equal(meta.title, expected.title, `${name}: title`);
    if (expected.siteName) assert.ok(sameSite(meta.source, expected.siteName), `${name}: source ${meta.source} vs ${expected.siteName}`);
    if (expected.publishedTime) {
      const want = Date.parse(expected.publishedTime.replace(' ', 'T'));
      const got = Date.parse(meta.published.length === 10 ? `${meta.published}T${expected.publishedTime.slice(11)}` : meta.published);
      assert.equal(got, want, `${name}: published ${meta.published} vs ${expected.publishedTime}`);
    }
    // Figures and their captions are dropped by design; every other word of the article is kept, in order.
    const want = words(await readFile(path.join(PAGES, name, 'expected.html'), 'utf8'));
    const got = words(body.replace(/\]\([^)]*\)/g, ']'));
    const common = inOrder(want, got);
    assert.ok(common / want.length >= 0.97, `${name}: keeps ${((100 * common) / want.length).toFixed(1)}% of the article's words`);
    assert.ok(
      (got.length - common) / want.length <= 0.05,
      `${name}: adds ${((100 * (got.length - common)) / want.length).toFixed(1)}% words`,
    );
  }
  // The result builds, and its quotes are entries.
  const site = await buildSiteData({ contentDir: out, knowledgeDir: 'content/knowledge', cacheDir: null, workers: 1 });
  assert.equal(site.articles.length, NAMES.length);
  const quoted = new Set(site.timeline.entries.filter((e) => e.quote).flatMap((e) => e.sources.map((s) => s.article)));
  assert.ok(quoted.size >= 6, `quotes from ${quoted.size} of the pages`);
});

test('a page that states no date stops with one line asking for --published, then succeeds with it', async () => {
  const html = (await readFile(path.join(PAGES, 'telegraph', 'source.html'), 'utf8'))
    .replace(/<meta[^>]*(?:datePublished|published_time|pubdate)[^>]*>/gi, '')
    .replace(/itemprop="datePublished"/g, '')
    .replace(/datetime="[^"]*"/g, '')
    .replace(/\/20\d\d\/\d\d\/\d\d\//g, '/');
  const file = path.join(work, 'undated.html');
  await writeFile(file, html);
  const out = path.join(work, 'undated');
  const refused = await add([file, '--out', out]);
  assert.equal(refused.code, 1);
  assert.equal(
    refused.err.trim(),
    'newsline add: cannot add without --published YYYY-MM-DD (the page does not state its publication date)',
  );
  assert.ok(!existsSync(out) || (await readdir(out)).length === 0, 'nothing written');
  const ok = await add([file, '--out', out, '--published', '2017-11-16']);
  assert.equal(ok.code, 0, ok.err);
  assert.match(ok.out, /date: {5}2017-11-16 {2}\[--published\]/);
});

test('a URL is fetched (kept as url, today as retrieved); the same page added again, as a file or by URL, is refused', async () => {
  const out = path.join(work, 'by-url');
  const first = await add([`${origin}/bbc-1`, '--out', out]);
  assert.equal(first.code, 0, first.err);
  const file = /wrote (\S+)/.exec(first.out)?.[1] as string;
  const parsed = parseContentFile(file, await readFile(path.join(work, file)));
  assert.ok(parsed.ok);
  assert.equal(parsed.article.meta.url, `${origin}/bbc-1`);
  assert.match(parsed.article.meta.retrieved ?? '', /^\d{4}-\d{2}-\d{2}$/);
  const again = await add([path.join(PAGES, 'bbc-1', 'source.html'), '--out', out]);
  assert.equal(again.code, 1);
  assert.match(again.err, /^newsline add: already added: \S+ holds the same article/);
  // And the other way round: a saved file first, then its URL.
  assert.equal((await add([path.join(PAGES, 'cnet', 'source.html'), '--out', out])).code, 0);
  const byUrl = await add([`${origin}/cnet`, '--out', out]);
  assert.equal(byUrl.code, 1);
  assert.match(byUrl.err, /^newsline add: already added: \S+zuckerberg\S*\.md holds the same article \(same text\)/);
});

test('a URL that cannot be added says why in one line: not found, not HTML, too big, too slow, nobody there', async () => {
  const out = path.join(work, 'bad-urls');
  const cases: Array<[string, RegExp]> = [
    [`${origin}/missing`, /answered 404/],
    [`${origin}/feed.json`, /is not an HTML page \(application\/json\)/],
    [`${origin}/huge`, /over the 10 MB limit/],
    [await closedPort(), /cannot fetch http:\/\/127\.0\.0\.1:\d+\/: ECONNREFUSED \(offline\?/],
  ];
  for (const [url, why] of cases) {
    const r = await add([url, '--out', out]);
    assert.equal(r.code, 1, url);
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
    assert.match(r.err, why);
  }
  const slow = await fetchPage(`${origin}/slow`, fetch, 300);
  assert.deepEqual(slow, { ok: false, reason: `${origin}/slow did not answer within 0.3 s` });
});

test('a folder of pages is added page by page, with a summary; one bad page does not stop the others', async () => {
  const folder = path.join(work, 'saved');
  await mkdir(folder, { recursive: true });
  for (const name of ['cnet', 'wapo-2'])
    await writeFile(path.join(folder, `${name}.html`), await readFile(path.join(PAGES, name, 'source.html')));
  await writeFile(
    path.join(folder, 'home.html'),
    `<!doctype html><html><head><title>Example News</title></head><body><nav>${'<a href="/x">Story</a> '.repeat(40)}</nav></body></html>`,
  );
  await writeFile(path.join(folder, 'notes.md'), 'not a page');
  const out = path.join(work, 'folder-out');
  const r = await add([folder, '--out', out]);
  assert.equal(r.code, 1, 'a page was refused');
  const lines = r.out.trim().split('\n');
  assert.equal(lines[0], '3 page(s): 2 added, 0 skipped as already present, 1 refused');
  assert.ok(lines.some((l) => /^ {2}added {4}.*cnet\.html → /.test(l)));
  assert.ok(
    lines.some((l) => /^ {2}refused {2}.*home\.html: the page has no article text/.test(l)),
    r.out,
  );
  assert.equal((await readdir(out)).length, 2);
  const again = await add([folder, '--out', out]);
  assert.match(again.out, /0 added, 2 skipped as already present, 1 refused/);
});

test('pages that are not articles are refused with a clear line: an error page, an empty body', async () => {
  for (const [name, html] of [
    [
      '404.html',
      '<!doctype html><html><head><title>Page not found</title></head><body><h1>404</h1><p>Sorry, this page does not exist.</p></body></html>',
    ],
    ['empty.html', '<!doctype html><html><head><title>Nothing</title></head><body></body></html>'],
  ] as const) {
    const file = path.join(work, name);
    await writeFile(file, html);
    const r = await add([file, '--out', path.join(work, 'not-articles')]);
    assert.equal(r.code, 1);
    assert.match(r.err, /^newsline add: the page has no article text \(\d+ words found\)/);
  }
});

test('a page with <script> in its headline and body reaches the site as text', async () => {
  const body = Array.from(
    { length: 12 },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the report says the talks went on late into the night, and the envoy said "we are close" &lt;script&gt;alert(${i})&lt;/script&gt; before leaving.</p>`,
  ).join('');
  const html = `<!doctype html><html><head><title>Talks &lt;script&gt;alert(1)&lt;/script&gt; resume | Example News</title><meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2025-05-01T10:00:00+00:00"><script>alert('head')</script></head><body><article><h1>Talks &lt;script&gt;alert(1)&lt;/script&gt; resume</h1>${body}<script>alert('body')</script></article></body></html>`;
  const file = path.join(work, 'hostile.html');
  await writeFile(file, html);
  const out = path.join(work, 'hostile');
  const r = await add([file, '--out', out]);
  assert.equal(r.code, 0, r.err);
  const site = await buildSiteData({ contentDir: out, knowledgeDir: 'content/knowledge', cacheDir: null, workers: 1 });
  const page = site.articles[0];
  assert.equal(page?.summary.title, 'Talks <script>alert(1)</script> resume', 'the words as written, to be escaped when shown');
  const html2 = page?.blocks.map((b) => b.html).join('') ?? '';
  assert.ok(!/<script/i.test(html2), 'no script element in the article');
  assert.match(html2, /(?:&lt;|&#x3C;)script(?:&gt;|>)alert\(0\)/, 'shown as text');
  assert.ok(!/alert\('body'\)/.test(html2), 'the page’s own scripts are gone');
});

test('what add writes always builds: binary bytes and oversized text are refused with the build’s own message', async () => {
  const out = path.join(work, 'refused');
  const bytes = path.join(work, 'random.bin');
  await writeFile(bytes, Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 7919 + 13) % 256)));
  const binary = await add([bytes, '--out', out, '--published', '2025-05-01', '--source', 'X', '--title', 'Random']);
  assert.equal(binary.code, 1);
  assert.match(binary.err, /is binary, not a Markdown text file.*nothing written/);
  const big = path.join(work, 'big.txt');
  await writeFile(big, `Headline of a very long text\n\n${'A sentence of the article that goes on and on. '.repeat(220_000)}`);
  const huge = await add([big, '--out', out, '--published', '2025-05-01', '--source', 'X']);
  assert.equal(huge.code, 1);
  assert.match(huge.err, /over the 2 MB limit for one article.*nothing written/);
  assert.ok(!existsSync(out) || (await readdir(out)).length === 0, 'nothing written');
});

test('a live blog in the markup (JSON-LD LiveBlogPosting) becomes posts with their times', async () => {
  const updates = [
    {
      '@type': 'BlogPosting',
      headline: 'Talks end for the day',
      datePublished: '2025-05-15T17:45:00+01:00',
      articleBody: 'The delegations left the palace after five hours, officials said.',
    },
    {
      '@type': 'BlogPosting',
      headline: 'Delegations arrive',
      datePublished: '2025-05-15T09:10:00+01:00',
      articleBody: 'Both delegations arrived at the palace on Thursday morning, the foreign ministry said.',
    },
  ];
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'LiveBlogPosting',
    headline: 'Peace talks: live',
    datePublished: '2025-05-15T08:00:00+01:00',
    publisher: { '@type': 'Organization', name: 'Example Live' },
    liveBlogUpdate: updates,
  };
  const intro = Array.from(
    { length: 10 },
    (_, i) =>
      `<p>Introduction paragraph ${i + 1}: negotiators meet in Istanbul today for the first direct talks in three years, and our reporters follow every step.</p>`,
  ).join('');
  const file = path.join(work, 'live.html');
  await writeFile(
    file,
    `<!doctype html><html><head><title>Peace talks: live</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article><h1>Peace talks: live</h1>${intro}</article></body></html>`,
  );
  const out = path.join(work, 'live');
  const r = await add([file, '--out', out]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /kind: {5}liveblog {2}\[JSON-LD LiveBlogPosting, 2 updates\]/);
  assert.match(r.out, /source: {3}Example Live {2}\[JSON-LD publisher\.name\]/);
  const site = await buildSiteData({ contentDir: out, knowledgeDir: 'content/knowledge', cacheDir: null, workers: 1 });
  const posts = site.articles[0]?.posts ?? [];
  assert.deepEqual(
    posts.map((p) => [p.time, p.instant, p.headline]),
    [
      ['08:10', '2025-05-15T08:10:00Z', 'Delegations arrive'],
      ['16:45', '2025-05-15T16:45:00Z', 'Talks end for the day'],
    ],
  );
});
