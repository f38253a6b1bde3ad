// Bad and hostile input. Bad input (tests/fixtures/bad/, one file per case) must stop the build with one
// line per problem naming the file, the field or line, and what to do, leaving the previous site alone;
// Windows line endings and a BOM must simply work. Hostile input (tests/fixtures/hostile/) must reach
// every page as text, under a strict Content-Security-Policy, and run no script in a real browser.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { appendFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { ContentError, type ContentProblem } from '../src/load/errors.ts';
import { buildSiteData } from '../src/pipeline/buildSiteData.ts';
import type { ArticlePage, SiteData } from '../src/types.ts';
import {
  REPO,
  buildInto,
  diffTrees,
  hashTree,
  htmlFiles,
  listFiles,
  makeContentDir,
  removeDir,
  type ContentDir,
  type ContentFile,
} from './helpers/buildInto.ts';
import { launchChromium, requireChromium } from './helpers/browser.ts';
import { allElements, dangerousAttributes, dangers, parseHtml, textOf, type Document, type Element } from './helpers/linkCheck.ts';
import { serveStatic } from './helpers/staticServer.ts';

const BAD = path.join(REPO, 'tests', 'fixtures', 'bad');

/** A well-formed article that sits beside each bad file: it must never be named in an error. */
const GOOD: ContentFile = {
  name: 'good-companion.md',
  bytes: [
    '---',
    'title: Nato foreign ministers meet in Brussels',
    'source: Reuters',
    'published: 2025-04-04',
    'kind: article',
    '---',
    '',
    'Nato foreign ministers met at the alliance headquarters in Brussels on Friday.',
    '',
  ].join('\n'),
};

interface BadCase {
  name: string;
  /** Files of tests/fixtures/bad/ (or generated) that make up the case. */
  files: () => Promise<ContentFile[]>;
  /** null: the content must build. Otherwise the file each problem must name, and what the line says. */
  expect: null | {
    /** The file (as put in the content dir) that the problem line must name. */
    file: string;
    /** The field part of `file: field: message`. */
    field: RegExp;
    /** Something the message must mention (the bad value, the line …). */
    mentions?: RegExp;
    /** When the problem is on a line of the file: the range it may name. */
    line?: [number, number];
    /** A warning: the build goes on (exit 0) but prints the line. Default: an error that stops the build. */
    warning?: boolean;
  };
}

const fixture =
  (...names: string[]) =>
  async (): Promise<ContentFile[]> =>
    Promise.all(names.map(async (n) => ({ name: path.basename(n), bytes: await readFile(path.join(BAD, n)) })));

/** A valid 10 MB article, made here rather than committed. */
async function tenMegabytes(): Promise<ContentFile[]> {
  const paragraph = 'Marco Rubio said on Friday that the United States would know within weeks whether Russia was serious about peace. ';
  const body = Array.from({ length: Math.ceil((10 * 1024 * 1024) / (paragraph.length * 4 + 2)) }, () => paragraph.repeat(4)).join('\n\n');
  const text = `---\ntitle: A very long article\nsource: The Telegraph\npublished: 2025-04-04\nkind: article\n---\n\n${body}\n`;
  return [{ name: 'ten-megabytes.md', bytes: text }];
}

/** What to do: every problem line tells the editor how to fix it (an instruction, or an example of a right value). */
const ACTIONABLE = new RegExp(
  [
    String.raw`\b(use|add|remove|delete|write|re-?save|re-?export|paste|split|check|rename|close|quote|wrap|`,
    String.raw`fix|keep|start|put|give|merge|move|replace|such as|e\.g\.)(?=\W)`,
  ].join(''),
  'i',
);

const BAD_CASES: BadCase[] = [
  {
    name: 'missing front matter',
    files: fixture('missing-front-matter.md'),
    expect: { file: 'missing-front-matter.md', field: /^front matter$/ },
  },
  {
    name: 'broken YAML',
    files: fixture('broken-yaml.md'),
    expect: { file: 'broken-yaml.md', field: /^(front matter|line \d+)$/, mentions: /YAML|quote/i, line: [2, 6] },
  },
  {
    name: 'missing published',
    files: fixture('missing-published.md'),
    expect: { file: 'missing-published.md', field: /^published$/, mentions: /missing/ },
  },
  {
    name: 'impossible published (2025-02-30)',
    files: fixture('impossible-published.md'),
    expect: { file: 'impossible-published.md', field: /^published$/, mentions: /2025-02-30/ },
  },
  {
    name: 'relative published ("yesterday")',
    files: fixture('relative-published.md'),
    expect: { file: 'relative-published.md', field: /^published$/, mentions: /yesterday/ },
  },
  { name: 'unknown kind', files: fixture('unknown-kind.md'), expect: { file: 'unknown-kind.md', field: /^kind$/, mentions: /opinion/ } },
  { name: 'non-http url', files: fixture('non-http-url.md'), expect: { file: 'non-http-url.md', field: /^url$/, mentions: /javascript:/ } },
  { name: 'empty body', files: fixture('empty-body.md'), expect: { file: 'empty-body.md', field: /^body$/ } },
  {
    name: 'body of only page noise',
    files: fixture('only-page-noise.md'),
    expect: { file: 'only-page-noise.md', field: /^(body|line \d+)$/, mentions: /noise|advert|no article text/i },
  },
  { name: 'a 10 MB article', files: tenMegabytes, expect: { file: 'ten-megabytes.md', field: /^file$/, mentions: /MB/ } },
  {
    name: 'binary file with .md extension',
    files: fixture('binary.md'),
    expect: { file: 'binary.md', field: /^file$/, mentions: /binary/i },
  },
  {
    name: 'invalid UTF-8',
    files: fixture('invalid-utf8.md'),
    expect: { file: 'invalid-utf8.md', field: /^(file|line 8)$/, mentions: /UTF-8/ },
  },
  { name: 'Windows line endings (must work)', files: fixture('windows-line-endings.md'), expect: null },
  { name: 'byte-order mark (must work)', files: fixture('byte-order-mark.md'), expect: null },
  {
    name: 'two files with the same slug',
    files: fixture('duplicate-slug/Rubio Nato Brussels.md', 'duplicate-slug/rubio-nato-brussels.md'),
    expect: { file: 'rubio-nato-brussels.md', field: /^file name$/, mentions: /Rubio Nato Brussels\.md/ },
  },
  {
    name: 'the same article twice under different names',
    files: fixture('duplicate-article/telegraph-rubio-weeks.md', 'duplicate-article/rubio-weeks-copy.md'),
    // Files load in name order: rubio-weeks-copy.md first, so the second one is the duplicate.
    expect: { file: 'telegraph-rubio-weeks.md', field: /^body$/, mentions: /rubio-weeks-copy\.md/ },
  },
  {
    name: 'live-blog post with an unparseable time',
    files: fixture('liveblog-unparseable-time.md'),
    expect: { file: 'liveblog-unparseable-time.md', field: /^line \d+$/, mentions: /25:70/, line: [12, 12] },
  },
  {
    name: 'a quote that never closes',
    files: fixture('unclosed-quote.md'),
    // Decided with the lead: a warning naming the line, and the build goes on (the quote runs to the paragraph's end).
    expect: { file: 'unclosed-quote.md', field: /^line \d+$/, mentions: /quot/i, line: [10, 10], warning: true },
  },
];

/** `content/…/x.md` as loadArticles names it: relative to the working directory, `/`-separated. */
const relName = (abs: string) => path.relative(process.cwd(), abs).split(path.sep).join('/');

/** The line number a problem names: `line N` as its field, else the first `line N` in its message. */
function lineOf(field: string, message: string): number | null {
  const m = /^line (\d+)$/.exec(field) ?? /\bline (\d+)\b/.exec(message);
  return m?.[1] ? Number(m[1]) : null;
}

/** The checks every bad case makes on its problem lines, from the pipeline or from the build's output. */
function checkProblems(
  problems: ContentProblem[],
  expect: NonNullable<BadCase['expect']>,
  fileName: (name: string) => string,
  all: string,
): void {
  const file = fileName(expect.file);
  const good = fileName(GOOD.name);
  for (const p of problems) assert.notEqual(p.file, good, `the good file must not be named: ${p.file}: ${p.field}: ${p.message}`);
  const mine = problems.filter((p) => p.file === file);
  assert.ok(mine.length >= 1, `no problem names ${file}:\n${all}`);
  for (const p of mine) {
    const line = `${p.file}: ${p.field}: ${p.message}`;
    assert.match(p.field, expect.field, `field of: ${line}`);
    if (expect.mentions) assert.match(p.message, expect.mentions, `message of: ${line}`);
    assert.ok(!/\n/.test(p.message) && !/[:,]\s*$/.test(p.message), `a whole message on one line: ${JSON.stringify(line)}`);
    assert.match(p.message, ACTIONABLE, `says what to do: ${line}`);
    if (expect.line) {
      const n = lineOf(p.field, p.message);
      assert.ok(n !== null && n >= expect.line[0] && n <= expect.line[1], `names line ${expect.line.join('–')} of the file: ${line}`);
    }
  }
}

interface Outcome {
  data: SiteData | null;
  error: ContentError | null;
}

async function runPipeline(dir: ContentDir): Promise<Outcome> {
  try {
    return { data: await buildSiteData({ contentDir: dir.articles, knowledgeDir: dir.knowledge, cacheDir: null }), error: null };
  } catch (err) {
    if (err instanceof ContentError) return { data: null, error: err };
    throw err;
  }
}

describe('bad input: fixtures are what they claim to be', () => {
  it('the CRLF fixture has CRLF line endings and the BOM fixture starts with a BOM', async () => {
    const crlf = await readFile(path.join(BAD, 'windows-line-endings.md'), 'latin1');
    assert.ok(crlf.includes('\r\n') && !/[^\r]\n/.test(crlf), 'windows-line-endings.md must use CRLF only (check .gitattributes)');
    const bom = await readFile(path.join(BAD, 'byte-order-mark.md'));
    assert.deepEqual([...bom.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  });
  it('the binary fixture holds NUL bytes and the invalid UTF-8 fixture does not decode', async () => {
    assert.ok((await readFile(path.join(BAD, 'binary.md'))).includes(0));
    const bytes = await readFile(path.join(BAD, 'invalid-utf8.md'));
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  });
});

describe('bad input: the pipeline reports one line per problem naming the file, the field or line, and what to do', () => {
  const dirs: ContentDir[] = [];
  after(async () => {
    for (const d of dirs) await removeDir(d.root);
  });

  for (const c of BAD_CASES) {
    it(c.name, async () => {
      const dir = await makeContentDir('bad', [GOOD, ...(await c.files())]);
      dirs.push(dir);
      const { data, error } = await runPipeline(dir);
      if (c.expect === null || c.expect.warning) {
        assert.equal(error, null, `must build, but: ${error?.format() ?? ''}`);
        assert.ok(data);
        if (c.expect === null) {
          assert.deepEqual(data.stats.warnings, [], 'no warnings');
          return;
        }
        const warnings = data.stats.warnings.join('\n');
        checkProblems(
          parseProblemLines(warnings, /^(.+?\.md): (.+?): (.*)$/),
          c.expect,
          (name) => relName(path.join(dir.articles, name)),
          warnings,
        );
        return;
      }
      assert.ok(error, `${c.name}: buildSiteData must throw a ContentError, but it built ${data?.stats.articles ?? 0} article(s)`);
      assert.equal(error.format().split('\n').length, error.problems.length, 'one line per problem');
      checkProblems(error.problems, c.expect, (name) => relName(path.join(dir.articles, name)), error.format());
    });
  }

  const withoutHash = (pages: readonly ArticlePage[]) => pages.map(({ contentHash: _, ...page }) => page);

  it('Windows line endings: no \\r reaches the data, and the article parses exactly as its LF twin', async () => {
    const crlf = await readFile(path.join(BAD, 'windows-line-endings.md'));
    const lf = Buffer.from(crlf.toString('utf8').replace(/\r\n/g, '\n'));
    const a = await makeContentDir('crlf', [{ name: 'x.md', bytes: crlf }]);
    const b = await makeContentDir('lf', [{ name: 'x.md', bytes: lf }]);
    dirs.push(a, b);
    const [da, db] = [(await runPipeline(a)).data, (await runPipeline(b)).data];
    assert.ok(da && db);
    assert.ok(!JSON.stringify(da.articles).includes('\\r'), 'a carriage return reached the article data');
    // contentHash hashes the file's bytes (it only decides what to re-render); everything read from it must match.
    assert.deepEqual(withoutHash(da.articles), withoutHash(db.articles));
    assert.deepEqual(da.timeline.entries, db.timeline.entries);
    assert.ok((da.articles[0]?.blocks.length ?? 0) >= 2, 'both paragraphs are there');
  });

  it('BOM: the BOM reaches neither the title nor the body, and the article parses exactly as its BOM-less twin', async () => {
    const bom = await readFile(path.join(BAD, 'byte-order-mark.md'));
    const a = await makeContentDir('bom', [{ name: 'x.md', bytes: bom }]);
    const b = await makeContentDir('nobom', [{ name: 'x.md', bytes: bom.subarray(3) }]);
    dirs.push(a, b);
    const [da, db] = [(await runPipeline(a)).data, (await runPipeline(b)).data];
    assert.ok(da && db);
    assert.ok(!JSON.stringify(da).includes('\ufeff'), 'a BOM reached the data');
    assert.equal(da.articles[0]?.summary.title, 'Putin skips the Istanbul talks');
    assert.deepEqual(withoutHash(da.articles), withoutHash(db.articles));
  });

  it('every problem of every bad file is reported at once, each file named', async () => {
    const files: ContentFile[] = [];
    const stopping = BAD_CASES.filter((c) => c.expect && !c.expect.warning && c.name !== 'a 10 MB article');
    for (const c of stopping) files.push(...(await c.files()));
    const dir = await makeContentDir('all-bad', [GOOD, ...files]);
    dirs.push(dir);
    const { error } = await runPipeline(dir);
    assert.ok(error);
    const named = new Set(error.problems.map((p) => path.basename(p.file)));
    const missing = stopping.filter((c) => !named.has(c.expect?.file ?? '')).map((c) => c.expect?.file);
    assert.deepEqual(missing, [], `files not named when all are loaded together:\n${error.format()}`);
  });
});

/** `file: field: message` lines of a text → problems (other lines are ignored). */
function parseProblemLines(text: string, pattern = /^(?:warning: )?(content\/articles\/[^:]+\.md): (.+?): (.*)$/): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const line of text.split('\n')) {
    const m = pattern.exec(line.trim());
    if (m?.[1] && m[2] && m[3] !== undefined) problems.push({ file: m[1], field: m[2], message: m[3] });
  }
  return problems;
}

describe('bad input: `npm run build` exits non-zero, one line per problem, previous _site/ untouched', () => {
  let project: ContentDir;
  let previous: Map<string, string>;
  before(async () => {
    project = await makeContentDir('build-bad', [GOOD]);
    const first = await buildInto(project);
    assert.equal(first.code, 0, `the good content must build:\n${first.stderr}`);
    previous = await hashTree(project.site);
    assert.ok(previous.has('index.html'));
  });
  after(async () => removeDir(project?.root));

  for (const c of BAD_CASES) {
    const expect = c.expect;
    if (expect === null) continue;
    it(c.name, async () => {
      const files = await c.files();
      for (const f of files) await writeFile(path.join(project.articles, f.name), f.bytes);
      try {
        const result = await buildInto(project);
        if (expect.warning) {
          previous = await hashTree(project.site);
          assert.equal(result.code, 0, `a warning must not stop the build:\n${result.stderr}`);
          const printed = `${result.stdout}\n${result.stderr}`;
          checkProblems(parseProblemLines(printed), expect, (name) => `content/articles/${name}`, printed);
          return;
        }
        if (result.code === 0) {
          previous = await hashTree(project.site); // the next case compares with what is there now
          assert.fail(`${c.name}: the build succeeded (exit 0); it must stop with a problem naming ${expect.file}`);
        }
        assert.equal(result.code, 1, `exit code 1, not ${String(result.code)}:\n${result.stderr}`);
        const problems = parseProblemLines(result.stderr);
        const count = Number(/(\d+) problem\(s\)/.exec(result.stderr)?.[1] ?? NaN);
        assert.equal(problems.length, count, `one line per problem (${count} announced):\n${result.stderr}`);
        checkProblems(problems, expect, (name) => `content/articles/${name}`, result.stderr);
        assert.deepEqual(diffTrees(previous, await hashTree(project.site)), [], 'the previous _site/ changed');
        const leftovers = (await readdir(path.join(project.root, '.build')).catch(() => [])).filter((n) => n.startsWith('site-'));
        assert.deepEqual(leftovers, [], 'a half-built site was left behind');
      } finally {
        for (const f of files) await rm(path.join(project.articles, f.name), { force: true });
      }
    });
  }

  it('Windows line endings and a BOM: the build succeeds and renders both articles cleanly', async () => {
    const files = [...(await fixture('windows-line-endings.md')()), ...(await fixture('byte-order-mark.md')())];
    for (const f of files) await writeFile(path.join(project.articles, f.name), f.bytes);
    const result = await buildInto(project);
    assert.equal(result.code, 0, result.stderr);
    for (const id of ['windows-line-endings', 'byte-order-mark']) {
      const page = await readFile(path.join(project.site, 'articles', id, 'index.html'), 'utf8');
      assert.ok(!page.includes('\r') && !page.includes('\ufeff'), `${id}: a CR or a BOM reached the page`);
    }
    const bom = await readFile(path.join(project.site, 'articles', 'byte-order-mark', 'index.html'), 'utf8');
    assert.match(bom, /<h1[^>]*>[^<]*Putin skips the Istanbul talks/);
  });
});

// ------------------------------------------------------------------------------------------ hostile

const HOSTILE = path.join(REPO, 'tests', 'fixtures', 'hostile');
/** A person whose name and role are attacks; the articles mention her as "Eve Mallory". */
const HOSTILE_PERSON = {
  name: `Eve "><svg onload=alert('person')> {{ 271*3691 }} Mallory`,
  role: `<script>alert('role')</script> {{ 271*3691 }}`,
};
/** What `{{ 271*3691 }}` would become if any template engine evaluated it. */
const EVALUATED = String(271 * 3691);

async function addHostilePerson(knowledgeDir: string): Promise<void> {
  const entry = `\n- name: ${JSON.stringify(HOSTILE_PERSON.name)}\n  role: ${JSON.stringify(HOSTILE_PERSON.role)}\n  gender: she\n  aliases: [Eve Mallory]\n`;
  await appendFile(path.join(knowledgeDir, 'people.yaml'), entry);
}

/** Parses a CSP into directive → sources. */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

describe('hostile input: every page shows it as text, under a strict Content-Security-Policy', () => {
  let project: ContentDir;
  /** Relative path → HTML of every page. */
  const pages = new Map<string, string>();
  const docs = new Map<string, Document>();
  const page = (rel: string): string => {
    const html = pages.get(rel);
    assert.ok(html !== undefined, `no page ${rel}; pages: ${[...pages.keys()].join(', ')}`);
    return html;
  };
  const text = (rel: string): string => {
    page(rel);
    return textOf(docs.get(rel) as Document).replace(/\s+/g, ' ');
  };

  before(async () => {
    project = await makeContentDir('hostile', [], { copyArticlesFrom: HOSTILE, editKnowledge: addHostilePerson });
    const result = await buildInto(project);
    assert.equal(result.code, 0, `the hostile content must build:\n${result.stderr}`);
    for (const rel of await htmlFiles(project.site)) {
      const html = await readFile(path.join(project.site, rel), 'utf8');
      pages.set(rel, html);
      docs.set(rel, parseHtml(html));
    }
  });
  after(async () => removeDir(project?.root));

  it('builds pages for every hostile article and for the hostile person', () => {
    for (const id of ['script-everywhere', 'hostile-liveblog', 'markdown-tricks']) page(`articles/${id}/index.html`);
    const person = [...pages.keys()].find((p) => /^people\/eve-[^/]*mallory\/index\.html$/.test(p));
    assert.ok(person, 'the hostile person has a page');
  });

  it('every page has a strict CSP meta tag in <head>, before any script', () => {
    for (const [rel, doc] of docs) {
      const all = allElements(doc);
      const meta = all.find((e) => e.name === 'meta' && e.attribs['http-equiv']?.toLowerCase() === 'content-security-policy');
      assert.ok(meta, `${rel}: no Content-Security-Policy meta tag`);
      assert.equal((meta.parent as Element | null)?.name, 'head', `${rel}: the CSP meta must be in <head>`);
      const firstScript = all.findIndex((e) => e.name === 'script');
      assert.ok(firstScript === -1 || all.indexOf(meta) < firstScript, `${rel}: the CSP meta must come before the first script`);
      const csp = parseCsp(meta.attribs.content ?? '');
      const scriptSrc = csp.get('script-src') ?? csp.get('default-src');
      assert.ok(scriptSrc, `${rel}: the CSP sets neither script-src nor default-src`);
      for (const loose of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:', 'blob:']) {
        assert.ok(!scriptSrc.includes(loose), `${rel}: script-src allows ${loose}`);
      }
      assert.deepEqual(csp.get('object-src') ?? csp.get('default-src'), ["'none'"], `${rel}: object-src must be 'none'`);
      assert.ok(["'none'", "'self'"].includes(csp.get('base-uri')?.join(' ') ?? ''), `${rel}: base-uri must be 'none' or 'self'`);
    }
  });

  it("no <script> but JSON-LD (with < escaped) and this site's own script files", () => {
    for (const [rel, doc] of docs) {
      for (const el of allElements(doc).filter((e) => e.name === 'script')) {
        const body = textOf(el);
        if (el.attribs.type === 'application/ld+json') {
          assert.ok(!body.includes('<'), `${rel}: JSON-LD with an unescaped <: ${body.slice(0, 200)}`);
          assert.doesNotThrow(() => JSON.parse(body), `${rel}: JSON-LD is not JSON`);
          assert.equal(el.attribs.src, undefined);
          continue;
        }
        const src = el.attribs.src;
        assert.ok(src !== undefined, `${rel}: an inline script: ${body.slice(0, 200)}`);
        assert.equal(body.trim(), '', `${rel}: a script with both src and a body`);
        const url = new URL(src, 'http://newsline.invalid/');
        assert.equal(url.origin, 'http://newsline.invalid', `${rel}: a script from elsewhere: ${src}`);
        assert.ok(existsSync(path.join(project.site, decodeURIComponent(url.pathname))), `${rel}: script ${src} is not a file of the site`);
      }
    }
  });

  it('no event-handler attribute and no javascript:/data:/vbscript: URL on any element', () => {
    for (const [rel, doc] of docs) {
      const found = allElements(doc).flatMap(dangerousAttributes);
      assert.deepEqual(found, [], rel);
      const html = page(rel);
      for (const raw of [
        /<script>alert/i,
        /<svg[^>]*onload/i,
        /<img[^>]*onerror/i,
        /<iframe/i,
        /<object/i,
        /<style/i,
        /<details[^>]*ontoggle/i,
      ]) {
        assert.doesNotMatch(html, raw, `${rel}: live markup from content`);
      }
    }
  });

  it('the body, title, source, URL, quotes and live-blog headlines show their markup as text', () => {
    const article = text('articles/script-everywhere/index.html');
    for (const literal of [
      "<script>alert('body-script')</script>",
      "<img src=x onerror=alert('body-img')>",
      `"><svg onload=alert('quote-svg')>`,
      "<script>alert('entity')</script>",
      "{% include 'secrets.njk' %}",
      '${271*3691}',
      '<%= 271*3691 %>',
      '{{{ raw }}}',
      "The <img src=x onerror=alert('source')> Times {{ 7*7 }}",
    ]) {
      assert.ok(article.includes(literal), `the article page does not show ${JSON.stringify(literal)} as text`);
    }
    const title = `<script>alert('title')</script> Rubio "><svg onload=alert('title')> says {{ 7*7 }}`;
    const doc = docs.get('articles/script-everywhere/index.html') as Document;
    const h1 = allElements(doc).find((e) => e.name === 'h1');
    assert.ok(h1 && textOf(h1).includes(title), `<h1> shows the title as text: ${h1 ? textOf(h1) : '(none)'}`);
    const titleEl = allElements(doc).find((e) => e.name === 'title');
    // <title> may shorten a long headline (with …), but shows what it keeps as text.
    const shown = (titleEl ? textOf(titleEl) : '').replace(/\s+—\s+Newsline$/, '');
    const kept = shown.replace(/…$/, '');
    assert.ok(kept.length >= 20 && (shown.includes(title) || title.startsWith(kept)), `<title> shows the title as text: ${shown}`);
    // The article's own URL: an https link whose markup is percent-encoded, never an attribute break-out.
    const links = allElements(doc).filter((e) => e.name === 'a' && (e.attribs.href ?? '').startsWith('https://example.org/news/rubio'));
    assert.ok(links.length > 0, 'the source URL is linked');
    for (const a of links) assert.doesNotMatch(a.attribs.href ?? '', /["<>]/, `the URL is percent-encoded: ${a.attribs.href ?? ''}`);

    const live = text('articles/hostile-liveblog/index.html');
    for (const literal of [
      "<script>alert('post')</script> Rubio arrives",
      `"><svg onload=alert('post2')> Ministers meet`,
      "<img src=x onerror=alert('lb-quote')> is not a plan",
    ]) {
      assert.ok(live.includes(literal), `the live blog does not show ${JSON.stringify(literal)} as text`);
    }
    const tricks = text('articles/markdown-tricks/index.html');
    for (const literal of [
      `<a href="javascript:alert('raw-a')">raw anchor</a>`,
      "<script>alert('code-block')</script>",
      '<style>body { display: none }</style>',
    ]) {
      assert.ok(tricks.includes(literal), `the markdown page does not show ${JSON.stringify(literal)} as text`);
    }
    // Quotes reach the timeline's entry cards as text too.
    const quotePages = [...pages.keys()].filter((p) => p.startsWith('timeline/') && text(p).includes("<script>alert('quote')</script>"));
    assert.ok(quotePages.length > 0, "no timeline page shows Rubio's hostile quote as text");
  });

  it("the hostile person's name and role are text on their page and wherever they are named", () => {
    const rel = [...pages.keys()].find((p) => /^people\/eve-[^/]*mallory\/index\.html$/.test(p)) ?? '';
    const doc = docs.get(rel) as Document;
    const h1 = allElements(doc).find((e) => e.name === 'h1');
    assert.ok(h1 && textOf(h1).includes(HOSTILE_PERSON.name), `<h1> shows the name as text: ${h1 ? textOf(h1) : '(none)'}`);
    assert.ok(text(rel).includes(HOSTILE_PERSON.role), 'the role is shown as text');
    assert.ok(text('people/index.html').includes(HOSTILE_PERSON.name), 'the people index shows the name as text');
  });

  it(`template syntax stays literal: {{ 7*7 }} and {{ 271*3691 }} are on the pages, ${EVALUATED} nowhere`, async () => {
    assert.ok(text('articles/script-everywhere/index.html').includes('{{ 271*3691 }}'));
    assert.ok(text('articles/script-everywhere/index.html').includes('{{ 7*7 }}'));
    assert.ok(text('articles/script-everywhere/index.html').includes('{%- if true -%}yes{%- endif -%}'));
    for (const rel of await listFiles(project.site)) {
      if (!/\.(html|xml|json|txt)$/.test(rel)) continue;
      const body = await readFile(path.join(project.site, rel), 'utf8');
      assert.ok(!body.includes(EVALUATED), `${rel}: ${EVALUATED} appears: a template evaluated {{ 271*3691 }}`);
    }
  });

  it('feeds and JSON carry the hostile strings as data: no live markup in any feed entry', async () => {
    const files = await listFiles(project.site);
    const atom = files.filter((f) => f.endsWith('.xml') && f !== 'sitemap.xml');
    assert.ok(atom.length > 0, 'no Atom feed');
    for (const rel of atom) {
      const xml = parseDocument(await readFile(path.join(project.site, rel), 'utf8'), { xmlMode: true });
      for (const el of DomUtils.findAll(() => true, xml.children)) {
        assert.ok(!['script', 'svg', 'img', 'iframe'].includes(el.name.toLowerCase()), `${rel}: a <${el.name}> element in the XML`);
        assert.deepEqual(dangerousAttributes(el), [], rel);
        if (el.attribs.type === 'html') assert.deepEqual(dangers(DomUtils.textContent(el)), [], `${rel}: <${el.name} type="html">`);
      }
    }
    for (const rel of files.filter((f) => f.endsWith('.json') && !f.startsWith('pagefind/'))) {
      const body = await readFile(path.join(project.site, rel), 'utf8');
      const data: unknown = JSON.parse(body);
      const walk = (v: unknown, where: string): void => {
        if (typeof v === 'string') {
          if (/(^|_)html$/i.test(where)) assert.deepEqual(dangers(v), [], `${rel}: ${where}`);
        } else if (Array.isArray(v)) v.forEach((x) => walk(x, where));
        else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
      };
      walk(data, '');
    }
  });

  it('in Chromium, no hostile page runs a script, injects an element or loads anything from elsewhere', async (t) => {
    if (!requireChromium(t)) return;
    const server = await serveStatic(project.site);
    const browser = await launchChromium();
    const problems: string[] = [];
    try {
      const context = await browser.newContext();
      await context.addInitScript(() => {
        const w = window as unknown as { __violations: string[] };
        w.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI}`));
      });
      const tab = await context.newPage();
      let current = '';
      tab.on('dialog', (d) => {
        problems.push(`${current}: a script ran: ${d.type()}(${JSON.stringify(d.message())})`);
        void d.dismiss();
      });
      tab.on('console', (m) => {
        if (m.type() === 'error') problems.push(`${current}: console error: ${m.text()}`);
      });
      tab.on('pageerror', (e) => problems.push(`${current}: page error: ${e.message}`));
      await tab.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.origin === server.origin) return route.continue();
        problems.push(`${current}: a request to ${url.href}`);
        return route.abort();
      });
      // Positive control: the same checks catch a page without CSP that does run an injected handler.
      const control = path.join(project.site, '__xss-control');
      await mkdir(control, { recursive: true });
      await writeFile(path.join(control, 'index.html'), `<!doctype html><title>control</title><img src="x" onerror="alert('control')">`);
      current = 'control';
      await tab.goto(`${server.origin}/__xss-control/`, { waitUntil: 'load' });
      await tab.waitForTimeout(200);
      await rm(control, { recursive: true, force: true });
      assert.ok(
        problems.some((p) => p.includes('alert("control")')),
        `the control page's script was not detected: ${problems.join('; ')}`,
      );
      problems.length = 0;
      server.missing.length = 0;

      let visited = 0;
      let redirects = 0;
      for (const [rel, html] of pages) {
        // The old /dates/ URLs are static redirects (meta refresh) to the timeline page, visited in turn.
        if (html.includes('http-equiv="refresh"')) {
          redirects++;
          continue;
        }
        current = rel;
        visited++;
        const response = await tab.goto(`${server.origin}/${rel.replace(/index\.html$/, '')}`, { waitUntil: 'load' });
        if (rel !== '404.html') assert.equal(response?.status(), 200, rel);
        await tab.waitForTimeout(50); // let any handler that slipped through fire
        const found = await tab.evaluate(() => {
          const out: string[] = [];
          for (const el of Array.from(document.querySelectorAll('*'))) {
            for (const a of Array.from(el.attributes)) {
              // Pagefind UI's own search form (never submitted: its script handles input).
              if (el.localName === 'form' && a.value === 'javascript:void(0);' && el.closest('.pagefind-ui')) continue;
              if (/^on/i.test(a.name)) out.push(`<${el.localName} ${a.name}=…>`);
              if (['href', 'src', 'action', 'formaction', 'data'].includes(a.name) && /^\s*(javascript|data|vbscript):/i.test(a.value))
                out.push(`<${el.localName} ${a.name}="${a.value}">`);
            }
          }
          for (const s of Array.from(document.querySelectorAll('script'))) {
            if (s.type !== 'application/ld+json' && !s.src) out.push(`inline <script>: ${s.textContent?.slice(0, 80) ?? ''}`);
          }
          for (const sel of ['iframe', 'object', 'embed', 'img[src="x"]', 'main svg[onload]', 'style']) {
            if (document.querySelector(sel)) out.push(`an injected ${sel}`);
          }
          out.push(...(window as unknown as { __violations: string[] }).__violations.map((v) => `CSP violation: ${v}`));
          return out;
        });
        problems.push(...found.map((f) => `${rel}: ${f}`));
      }
      assert.equal(visited + redirects, pages.size);
      await tab.goto(`${server.origin}/articles/script-everywhere/`, { waitUntil: 'load' });
      assert.ok((await tab.title()).includes("<script>alert('title')</script>"), 'the hostile title is the document title, as text');
      const missing = server.missing.filter((m) => !m.endsWith('/favicon.ico'));
      assert.deepEqual(missing, [], 'requests for files the site does not have');
    } finally {
      await browser.close();
      await server.close();
    }
    assert.deepEqual(problems, []);
  });
});
