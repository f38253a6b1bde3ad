// The site, end to end: one real build of content/ into a temp dir (Eleventy + Pagefind), checked
// page by page; plus template renders of a fixture with hostile text, and the build's failure modes.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { z } from 'zod';
import * as articleTemplate from '../templates/article.11ty.ts';
import * as feedsTemplate from '../templates/feeds.11ty.ts';
import * as timelineTemplate from '../templates/timeline.11ty.ts';
import * as indexTemplate from '../templates/index.11ty.ts';
import type { Paged } from '../templates/_includes/templateData.ts';
import { articlePageModels } from '../src/pages/article.ts';
import { siteFeedModels } from '../src/pages/feeds.ts';
import { homeModels } from '../src/pages/overview.ts';
import { timelinePageModels } from '../src/pages/timeline.ts';
import { ModelScope, type PageModel, type PageOf } from '../src/pages/model.ts';
import { pageWindow } from '../templates/_includes/partials.ts';
import { ContentError } from '../src/load/errors.ts';
import { blocksToHtml, markdownToBlocks } from '../src/parse/markdownToBlocks.ts';
import { outlineLevels } from '../src/parse/rehypeOutline.ts';
import { html, raw } from '../src/render/html.ts';
import { buildSite, type BuildSummary } from '../src/publish/buildSite.ts';
import type { SiteConfig } from '../src/site/siteConfig.ts';
import { siteView } from '../src/site/siteView.ts';
import { swapDirectory } from '../src/publish/swapDirectory.ts';
import { timelineJsJson, timelineJson } from '../src/publish/timelineJson.ts';
import { exportsOf, writeExport, writeExports } from '../src/publish/writeExports.ts';
import type { SiteData } from '../src/types.ts';
import { HOSTILE_QUOTE, HOSTILE_TEXT, makeSiteData } from './fixtures/siteData.ts';

const SITE: SiteConfig = Object.freeze({
  title: 'Newsline',
  language: 'en',
  description: 'A test site.',
  publisher: 'Newsline',
  siteUrl: 'https://example.org',
  pathPrefix: '/',
});
const MAX_PAGE_BYTES = 200 * 1024;
const MAX_TIMELINE_JS_BYTES = 15 * 1024;

let tmp: string;
let out: string;
let summary: BuildSummary;

async function walk(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const dirent of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, dirent.name);
    if (dirent.isDirectory()) found.push(...(await walk(full)));
    else found.push(full);
  }
  return found;
}

const read = (relative: string) => readFile(path.join(out, relative), 'utf8');
const has = (relative: string) => existsSync(path.join(out, relative));
const entryIdsIn = (page: string) => [...page.matchAll(/<article class="entry[^"]*" id="([^"]+)"/g)].map((m) => m[1] ?? '');

const refSchema = z.object({ name: z.string().min(1), slug: z.string().regex(/^[a-z0-9-]+$/) }).strict();
const timelineJsonSchema = z
  .object({
    articles: z.array(
      z
        .object({
          id: z.string().min(1),
          title: z.string().min(1),
          source: z.string().min(1),
          url: z.string().url().nullable(),
          published: z.string().regex(/^\d{4}-\d{2}-\d{2}/),
          kind: z.enum(['article', 'liveblog']),
        })
        .strict(),
    ),
    entries: z.array(
      z
        .object({
          id: z.string().min(1),
          date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
          precision: z.enum(['day', 'week', 'month', 'year']),
          time: z.string().nullable(),
          instant: z.string().datetime().nullable(),
          speaker: refSchema.nullable(),
          people: z.array(refSchema),
          place: refSchema.nullable(),
          topics: z.array(refSchema),
          quote: z.string().nullable(),
          text: z.string(),
          sources: z.array(z.object({ article: z.string().min(1), anchor: z.string().min(1) }).strict()).min(1),
        })
        .strict(),
    ),
  })
  .strict();
type TimelineJson = z.infer<typeof timelineJsonSchema>;

before(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'newsline-site-'));
  out = path.join(tmp, '_site');
  summary = await buildSite({ outDir: out, site: SITE });
});

after(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('the built site', () => {
  let timeline: TimelineJson;
  before(async () => {
    timeline = timelineJsonSchema.parse(JSON.parse(await read('timeline.json')));
  });

  test('has every page type', async () => {
    assert.ok(summary.entries > 0 && summary.pages > 0, 'built something');
    const pages = [
      'index.html',
      '404.html',
      'about/index.html',
      'search/index.html',
      'people/index.html',
      'places/index.html',
      'topics/index.html',
      'dates/index.html',
      'articles/index.html',
      'feed.xml',
      'feed.json',
      'timeline.json',
      'timelinejs.json',
      'sitemap.xml',
      'css/site.css',
      'js/filter.js',
      'js/search.js',
      'favicon.svg',
      'pagefind/shards.json',
      'organisations/index.html',
      'key-moments/index.html',
    ];
    for (const page of pages) assert.ok(has(page), `${page} exists`);
    const first = timeline.entries[0];
    assert.ok(first);
    assert.ok(has(`timeline/${first.date.slice(0, 7)}/index.html`), 'first month of the timeline');
    assert.ok(!has(`entries/${first.id}/index.html`), 'entries live on the timeline, not on pages of their own');
    const day = timeline.entries.find((e) => e.date.length === 10);
    assert.ok(
      day && has(`dates/${day.date}/index.html`) && has(`dates/${day.date.slice(0, 7)}/index.html`),
      'the old day and month URLs (redirects)',
    );
    const moved = await read(`dates/${day?.date.slice(0, 7)}/index.html`);
    assert.match(
      moved,
      new RegExp(`<meta http-equiv="refresh" content="0; url=/timeline/${day?.date.slice(0, 7)}/">`),
      'a month redirects to its timeline page',
    );
    assert.doesNotMatch(await read('sitemap.xml'), /\/dates\/\d/, 'redirects are not in the sitemap');
    for (const a of timeline.articles) assert.ok(has(`articles/${a.id}/index.html`), `article page ${a.id}`);
    const topic = timeline.entries.flatMap((e) => e.topics)[0];
    assert.ok(!topic || has(`topics/${topic.slug}/index.html`), 'a topic page');
    const place = timeline.entries.flatMap((e) => (e.place ? [e.place] : []))[0];
    assert.ok(!place || has(`places/${place.slug}/index.html`), 'a place page');
  });

  test('timeline.json agrees with the timeline pages', async () => {
    const timelinePages = (await walk(path.join(out, 'timeline'))).filter((f) => f.endsWith('.html'));
    const anchors = new Set((await Promise.all(timelinePages.map((f) => readFile(f, 'utf8')))).flatMap(entryIdsIn));
    for (const e of timeline.entries) assert.ok(anchors.has(e.id), `entry ${e.id} is on a timeline page`);
    assert.equal(anchors.size, timeline.entries.length, 'no extra entries on the timeline pages');
  });

  test('every person, place, topic and source in timeline.json has a page', async () => {
    for (const e of timeline.entries) {
      for (const person of [...(e.speaker ? [e.speaker] : []), ...e.people]) {
        assert.ok(
          has(`people/${person.slug}/index.html`) !== has(`organisations/${person.slug}/index.html`),
          `one person or organisation page ${person.slug}`,
        );
        assert.ok(has(`people/${person.slug}/feed.xml`), `person feed ${person.slug}`);
      }
      if (e.place) assert.ok(has(`places/${e.place.slug}/index.html`), `place page ${e.place.slug}`);
      for (const t of e.topics) assert.ok(has(`topics/${t.slug}/index.html`), `topic page ${t.slug}`);
    }
    const articlePages = new Map<string, string>();
    for (const e of timeline.entries) {
      for (const s of e.sources) {
        if (!articlePages.has(s.article)) articlePages.set(s.article, await read(`articles/${s.article}/index.html`));
        assert.ok(articlePages.get(s.article)?.includes(`id="${s.anchor}"`), `anchor ${s.article}#${s.anchor} exists`);
      }
    }
  });

  test('the timeline pages run oldest first, in the order of timeline.json', async () => {
    const pagesInOrder = (await walk(path.join(out, 'timeline')))
      .filter((f) => f.endsWith('index.html'))
      .map((f) => {
        const rel = path.relative(path.join(out, 'timeline'), f).split(path.sep);
        return { file: f, period: rel[0] ?? '', page: rel[1] === 'page' ? Number(rel[2]) : 1 };
      })
      .sort((a, b) => a.period.localeCompare(b.period) || a.page - b.page);
    const ids: string[] = [];
    for (const p of pagesInOrder) ids.push(...entryIdsIn(await readFile(p.file, 'utf8')));
    assert.deepEqual(
      ids,
      timeline.entries.map((e) => e.id),
    );
    for (let i = 1; i < timeline.entries.length; i++) {
      const a = timeline.entries[i - 1];
      const b = timeline.entries[i];
      assert.ok(a && b);
      // A less precise date (2025-04) may sit among the days it covers; otherwise dates never go back.
      assert.ok(b.date >= a.date || a.date.startsWith(b.date), `${a.id} (${a.date}) before ${b.id} (${b.date})`);
      if (a.date === b.date && a.instant && b.instant) assert.ok(a.instant <= b.instant, `${a.id} before ${b.id} in time`);
    }
    const home = await read('index.html');
    assert.match(home, /class="jump-latest" href="\/timeline\/[^"]+#[^"]+"/, 'jump to latest on the front page');
  });

  test('no page is larger than 200 KB, and the timeline needs at most 15 KB of script', async () => {
    const files = await walk(out);
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const { size } = await stat(file);
      assert.ok(size <= MAX_PAGE_BYTES, `${path.relative(out, file)} is ${size} bytes`);
    }
    for (const page of ['index.html', `timeline/${timeline.entries[0]?.date.slice(0, 7)}/index.html`]) {
      const html = await read(page);
      const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1] ?? '');
      assert.ok(
        scripts.every((s) => !s.includes('pagefind')),
        `${page} does not load Pagefind`,
      );
      let bytes = 0;
      for (const src of scripts) bytes += (await stat(path.join(out, src))).size;
      assert.ok(bytes <= MAX_TIMELINE_JS_BYTES, `${page} loads ${bytes} bytes of script`);
    }
  });

  test('every page has the CSP, one h1, lang, and no inline script', async () => {
    for (const file of (await walk(out)).filter((f) => f.endsWith('.html') && !f.includes(`${path.sep}pagefind${path.sep}`))) {
      const html = await readFile(file, 'utf8');
      const where = path.relative(out, file);
      assert.match(html, /<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self' 'wasm-unsafe-eval'/, where);
      assert.match(html, /<html lang="en">/, where);
      assert.equal(html.match(/<h1[\s>]/g)?.length, 1, `${where} has one h1`);
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
        assert.ok(/^<script src="[^"]+" defer>$/.test(tag) || tag === '<script type="application/ld+json">', `${where}: ${tag}`);
      }
    }
  });

  test('search covers every entry and article, with person, place, topic, source and year filters', async () => {
    const articlePage = await read(`articles/${timeline.articles[0]?.id}/index.html`);
    assert.match(articlePage, /<main id="main" data-pagefind-body>/);
    for (const filter of ['source', 'person', 'place', 'topic']) assert.match(articlePage, new RegExp(`data-pagefind-filter="${filter}"`));
    assert.doesNotMatch(await read('people/index.html'), /data-pagefind-body/, 'listings stay out of the index');
    const search = await read('search/index.html');
    assert.match(search, /<script src="\/js\/search.js" defer>/);
    assert.match(search, /Search needs JavaScript/);
    assert.equal(summary.indexed, timeline.entries.length + timeline.articles.length, 'every entry and every article is a result');
  });

  test('feeds, TimelineJS data, sitemap and structured data', async () => {
    const atom = await read('feed.xml');
    assert.match(atom, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    assert.match(atom, /<updated>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z<\/updated>/);
    const jsonFeed = JSON.parse(await read('feed.json')) as { version: string; items: unknown[] };
    assert.equal(jsonFeed.version, 'https://jsonfeed.org/version/1.1');
    assert.ok(jsonFeed.items.length > 0);

    const tl = JSON.parse(await read('timelinejs.json')) as {
      title: unknown;
      events: Array<{ start_date: { year: number }; unique_id: string; group: string; text: { headline: string } }>;
    };
    assert.ok(tl.title);
    assert.deepEqual(
      tl.events.map((e) => e.unique_id),
      timeline.entries.map((e) => e.id),
    );
    for (const e of tl.events) assert.equal(typeof e.start_date.year, 'number');

    const sitemap = await read('sitemap.xml');
    assert.match(sitemap, /<loc>https:\/\/example.org\/<\/loc>/);
    assert.doesNotMatch(sitemap, /404/);

    const article = await read(`articles/${timeline.articles[0]?.id}/index.html`);
    assert.match(article, /<script type="application\/ld\+json">\{"@context":"https:\/\/schema.org","@type":"NewsArticle"/);
    assert.match(article, /<link rel="canonical" href="https:\/\/example.org\/articles\//);
    assert.match(article, /<meta property="og:type" content="article">/);
    const quoted = timeline.entries.find((e) => e.quote);
    assert.ok(quoted);
    assert.match(await read(`articles/${quoted.sources[0]?.article}/index.html`), /"@type":"Quotation"/);
  });
});

describe('templates escape everything from content', () => {
  const data: SiteData = Object.freeze(makeSiteData());
  const view = siteView(data);
  /** Every model of a page kind, made in one scope. */
  const modelsOf = <M extends PageModel>(pages: ReadonlyArray<PageOf<M>>) => {
    const scope = new ModelScope(view);
    return pages.map((page) => page.model(scope));
  };
  const render = <T>(template: { render(d: Paged<T>): string }, item: T, site: SiteConfig = SITE) =>
    template.render({ newsline: data, site, page: { url: false, outputPath: false }, item });
  const hostile = view.entry('2025-07-10-donald-trump-strange-message');

  function assertInert(output: string, where: string) {
    assert.ok(!output.includes(HOSTILE_QUOTE), `${where}: raw <script> from content`);
    assert.ok(!output.includes('<b>bold</b>'), `${where}: raw markup from content`);
    assert.ok(!output.includes('49 and'), `${where}: template syntax evaluated`);
  }

  test('entry cards on the timeline', () => {
    const page = modelsOf(timelinePageModels(view)).find((p) => p.days.some((d) => d.cards.some((c) => c.head.id === hostile.id)));
    assert.ok(page);
    const output = render(timelineTemplate, page);
    assertInert(output, 'timeline');
    assert.ok(output.includes('<blockquote><p>&lt;script&gt;alert(1)&lt;/script&gt;</p></blockquote>'));
    assert.ok(output.includes(HOSTILE_TEXT.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')));
    assert.ok(output.includes('He typed {{ 7*7 }} and &lt;b&gt;bold&lt;/b&gt; &amp; {% raw %} into the chat.'));
  });

  test('article page JSON-LD: quotations escaped and still the same words', () => {
    const article = data.articles.find((a) => a.entries.includes(hostile.id));
    const model = modelsOf(articlePageModels(view)).find((m) => m.path === `/articles/${article?.summary.id}/`);
    assert.ok(model);
    const output = render(articleTemplate, model);
    const lds = [...output.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => m[1] ?? '');
    assert.ok(
      lds.every((x) => !x.includes('<')),
      'JSON-LD escapes <',
    );
    const ld = lds.find((x) => x.includes('"@type":"Quotation"') && x.includes('\\u003cscript>alert(1)\\u003c/script>')) ?? '';
    assert.equal((JSON.parse(ld) as { text: string }).text, HOSTILE_QUOTE, 'and still says the same');
  });

  test('article page: block HTML is used as sanitised, entry links are escaped', () => {
    const article = data.articles.find((a) => a.summary.kind === 'liveblog');
    const model = modelsOf(articlePageModels(view)).find((m) => m.path === `/articles/${article?.summary.id}/`);
    assert.ok(model);
    const output = render(articleTemplate, model);
    assertInert(output, 'article');
    assert.ok(output.includes('<section class="post">'), 'live-blog posts are sections');
    assert.match(output, /<div class="block has-entries">\n<p id="p-8b9c0d1">/, 'the entry block is marked');
  });

  test('feeds and data files', async () => {
    const [atomFeed, jsonFeed] = modelsOf(siteFeedModels());
    assert.ok(atomFeed && jsonFeed);
    const atom = render(feedsTemplate, atomFeed);
    assert.ok(!atom.includes('<script>'));
    assert.ok(atom.includes('<title>Donald Trump: “&lt;script&gt;alert(1)&lt;/script&gt;”</title>'), 'titles are text');
    assert.ok(atom.includes('&lt;blockquote&gt;&lt;p&gt;&amp;lt;script&amp;gt;alert(1)'), 'content is HTML inside XML: escaped twice');
    const json = render(feedsTemplate, jsonFeed);
    assert.ok(!json.includes('<script>'));
    const dir = await mkdtemp(path.join(tmpdir(), 'newsline-exports-'));
    await writeExports(data, SITE, dir);
    const [tl, own] = await Promise.all(['timelinejs.json', 'timeline.json'].map((f) => readFile(path.join(dir, f), 'utf8')));
    await rm(dir, { recursive: true });
    assert.equal(tl, `${JSON.stringify(timelineJsJson(data, SITE))}\n`, 'written in slices, the same bytes as one JSON.stringify');
    assert.equal(own, `${JSON.stringify(timelineJson(data))}\n`);
    const event = (JSON.parse(tl as string) as { events: Array<{ unique_id: string; text: { text: string } }> }).events.find(
      (e) => e.unique_id === hostile.id,
    );
    assert.ok(event?.text.text.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'TimelineJS renders text as HTML: escaped');
    assert.equal((JSON.parse(own as string) as TimelineJson).entries.find((e) => e.id === hostile.id)?.quote, HOSTILE_QUOTE);
  });

  test('an export rewritten from an earlier one copies unchanged entries and is the same as written afresh', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'newsline-reuse-'));
    try {
      const entries = data.timeline.entries;
      assert.ok(entries.length > 4);
      const fingerprints = entries.map((e) => `fp-${e.id}`);
      const [doc] = exportsOf(data, SITE);
      assert.ok(doc);
      await mkdir(path.join(dir, 'old'));
      await mkdir(path.join(dir, 'new'));
      const layout = await writeExport(doc, entries, path.join(dir, 'old'), fingerprints);
      const oldFile = path.join(dir, 'old', 'timeline.json');
      const fresh = `${JSON.stringify(timelineJson(data))}\n`;
      assert.equal(await readFile(oldFile, 'utf8'), fresh);
      assert.equal(layout.size, Buffer.byteLength(fresh));

      // The earlier file says something else for the second entry: under the same fingerprint it is
      // copied as it stands (the fingerprint vouches for it); under a new one it is written afresh.
      const second = JSON.stringify(timelineJson(data).entries[1]);
      const tampered = fresh.replace(second, second.replace('"text":"', '"text":"EARLIER '));
      assert.notEqual(tampered, fresh);
      await writeFile(oldFile, tampered);
      const tamperedLayout = {
        ...layout,
        size: Buffer.byteLength(tampered),
        lengths: layout.lengths.map((n, i) => (i === 1 ? n + 'EARLIER '.length : n)),
      };
      const reuse = { file: oldFile, layout: tamperedLayout, fingerprints };
      await writeExport(doc, entries, path.join(dir, 'new'), fingerprints, reuse);
      assert.ok(
        (await readFile(path.join(dir, 'new', 'timeline.json'), 'utf8')).includes('"text":"EARLIER '),
        'an entry under an unchanged fingerprint is copied',
      );
      const changed = fingerprints.map((f, i) => (i === 1 ? `${f}-changed` : f));
      const rewritten = await writeExport(doc, entries, path.join(dir, 'new'), changed, reuse);
      assert.equal(
        await readFile(path.join(dir, 'new', 'timeline.json'), 'utf8'),
        fresh,
        'a changed entry is written afresh, the others copied around it',
      );
      assert.deepEqual(rewritten, layout);

      // An earlier file that is not the size its layout says is not copied from.
      await writeFile(oldFile, `${tampered} `);
      await writeExport(doc, entries, path.join(dir, 'new'), fingerprints, reuse);
      assert.equal(await readFile(path.join(dir, 'new', 'timeline.json'), 'utf8'), fresh);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('links carry the path prefix, absolute URLs the site URL', () => {
    const site = { ...SITE, siteUrl: 'https://news.example', pathPrefix: '/newsline/' };
    const [home] = modelsOf(homeModels());
    assert.ok(home);
    const output = render(indexTemplate, home, site);
    assert.match(output, /<link rel="stylesheet" href="\/newsline\/css\/site.css">/);
    assert.match(output, /<link rel="canonical" href="https:\/\/news.example\/newsline\/">/);
    assert.match(output, /<a href="\/newsline\/timeline\/2025-04\/#2025-04-04-marco-rubio-we-will-know-soon"/, 'chart marks');
    assert.doesNotMatch(output, /href="\/(?!newsline\/)/, 'no link escapes the prefix');
  });
});

describe('render helpers', () => {
  test('html escapes every interpolation; raw() is the only way in for markup', () => {
    const text = '<img src=x onerror=alert(1)> & "quotes"';
    assert.equal(
      html`<p title="${text}">${text}</p>`.value,
      '<p title="&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;">&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;</p>',
    );
    assert.equal(
      html`<div>${raw('<p id="a">ok</p>')}${[html`<i>${'<'}</i>`, null, false, undefined, 2]}</div>`.value,
      '<div><p id="a">ok</p><i>&lt;</i>2</div>',
    );
  });

  test('page numbers of a long listing: a handful of links on each page, every page a few clicks from the first', () => {
    assert.deepEqual(pageWindow(2, 7), [1, 2, 3, 4, 5, 6, 7], 'short listings link every page');
    assert.deepEqual(pageWindow(3, 251), [1, 2, 3, 4, 5, 10, 20, 30, 40, 50, 100, 200, 251]);
    for (const count of [11, 57, 251, 3000]) {
      const clicks = new Map([[1, 0]]);
      for (const queue = [1]; queue.length > 0;) {
        const at = queue.shift() ?? 1;
        const links = pageWindow(at, count);
        assert.ok(
          links.includes(at) && links.includes(1) && links.includes(count) && links.length <= 30,
          `page ${at} of ${count}: ${links.join(' ')}`,
        );
        for (const n of links.filter((n) => !clicks.has(n))) {
          clicks.set(n, (clicks.get(at) ?? 0) + 1);
          queue.push(n);
        }
      }
      assert.equal(clicks.size, count, `every page of ${count} is reachable`);
      assert.ok(Math.max(...clicks.values()) <= 8, `every page of ${count} within 8 clicks`);
    }
  });

  test('article headings fit under the page h1 without skipping levels', () => {
    assert.deepEqual(outlineLevels([3, 3, 2, 4, 1]), [2, 2, 2, 3, 2]);
    const blocks = markdownToBlocks('# Title *x*\n\n### Deeper\n\nText\n\n---\n\n3. third\n4. fourth\n\n## Back');
    assert.deepEqual(blocksToHtml(blocks, ['h-1', 'h-2', 'p-1', 'l-1', 'h-3']), [
      '<h2 id="h-1">Title <em>x</em></h2>',
      '<h3 id="h-2">Deeper</h3>',
      '<p id="p-1">Text</p>',
      '<ol id="l-1" start="3">\n<li>third</li>\n<li>fourth</li>\n</ol>',
      '<h3 id="h-3">Back</h3>',
    ]);
  });
});

describe('a failed build leaves the previous site alone', () => {
  test('bad content: ContentError, nothing written', async () => {
    const dir = await mkdtemp(path.join(tmp, 'bad-'));
    const content = path.join(dir, 'articles');
    await mkdir(content);
    await writeFile(path.join(content, 'broken.md'), '---\ntitle: Broken\npublished: 2025-13-40\nkind: article\n---\nText.\n');
    const live = path.join(dir, '_site');
    await mkdir(live);
    await writeFile(path.join(live, 'index.html'), 'previous site');
    await assert.rejects(
      buildSite({ outDir: live, contentDir: content, knowledgeDir: 'content/knowledge', site: SITE, search: false }),
      (error: unknown) => {
        assert.ok(error instanceof ContentError);
        assert.match(error.format(), /broken\.md: /);
        return true;
      },
    );
    assert.equal(await readFile(path.join(live, 'index.html'), 'utf8'), 'previous site');
  });

  test('a render error: previous site kept, work directory removed', async () => {
    const dir = await mkdtemp(path.join(tmp, 'render-'));
    const live = path.join(dir, '_site');
    await mkdir(live);
    await writeFile(path.join(live, 'index.html'), 'previous site');
    const broken = makeSiteData();
    broken.articles[0]?.entries.push('no-such-entry');
    await assert.rejects(
      buildSite({ outDir: live, siteData: broken, site: SITE, search: false, quietEleventy: true }),
      /article\.11ty\.ts/,
    );
    assert.equal(await readFile(path.join(live, 'index.html'), 'utf8'), 'previous site');
    assert.deepEqual(await readdir(path.join(dir, '.build')), []);
  });

  test('swapDirectory replaces the live directory and removes the parked one', async () => {
    const dir = await mkdtemp(path.join(tmp, 'swap-'));
    const [fresh, live, parking] = ['fresh', 'live', 'parked'].map((n) => path.join(dir, n)) as [string, string, string];
    await mkdir(fresh);
    await writeFile(path.join(fresh, 'v'), 'new');
    await mkdir(live);
    await writeFile(path.join(live, 'v'), 'old');
    await swapDirectory(fresh, live, parking);
    assert.equal(await readFile(path.join(live, 'v'), 'utf8'), 'new');
    assert.ok(!existsSync(fresh) && !existsSync(parking));
  });
});
