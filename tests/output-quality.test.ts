// Guarantees about the built site, each checked on the real content (content/articles):
// deterministic builds, stable entry ids and anchors, nothing lost between article and page,
// no broken internal links or anchors (also under a path prefix), and valid HTML on every page type.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { HtmlValidate, type Message } from 'html-validate';
import { findQuotes } from '../src/extract/findQuotes.ts';
import { normaliseWords } from '../src/extract/normaliseWords.ts';
import { parseContentFile } from '../src/load/parseContentFile.ts';
import { buildSiteData } from '../src/pipeline/buildSiteData.ts';
import type { SiteData } from '../src/types.ts';
import {
  ARTICLES_DIR,
  buildInto,
  diffTrees,
  hashTree,
  htmlFiles,
  makeContentDir,
  markdownFiles,
  removeDir,
  type ContentDir,
} from './helpers/buildInto.ts';
import { allElements, checkLinks, formatLinkProblems, parseHtml, textOf } from './helpers/linkCheck.ts';

const SITE_URL = 'https://example.org';
/** Words that make a quotation a name rather than speech: a report titled ‘…’. */
const LABEL_CUE = /\b(titled|entitled|called|dubbed|named|known as|so-called)\s*$/i;

/** Words of a text, joined by single spaces and padded, for "does this sentence appear on that page". */
const wordLine = (text: string) => ` ${normaliseWords(text).join(' ')} `;

/** An independent, rough Markdown → plain text (not the pipeline's parser): markers, emphasis, links and tags go. */
function markdownToPlain(markdown: string): string[] {
  return markdown
    .split(/\n{2,}/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-+*]\s+|\d+[.)]\s+)/, ''))
        .join(' ')
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[*_`]+/g, ''),
    )
    .filter((b) => b.trim() !== '' && !/^([-*_]\s*){3,}$/.test(b.trim()));
}

/** Sentences of a plain-text paragraph (a simple splitter, independent of src/extract/splitSentences.ts). */
function sentencesOf(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?…]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\p{N}])/u)
    .map((s) => s.trim())
    .filter((s) => normaliseWords(s).length > 0);
}

/** `people/x/index.html` → `person`; one name per page type. */
function pageType(rel: string): string {
  const parts = rel.split('/');
  if (parts.length === 1) return rel === 'index.html' ? 'home' : rel;
  const section = parts[0] ?? '';
  if (parts.length === 2) return `${section} index`;
  if (parts.includes('page')) return `${section} (paged)`;
  return `${section} item`;
}

describe('output quality on content/articles', () => {
  let project: ContentDir;
  let data: SiteData;
  const pages = new Map<string, string>();

  before(async () => {
    const articles = await markdownFiles(ARTICLES_DIR);
    assert.ok(articles.length >= 2, `content/articles has ${articles.length} articles; these tests need the real corpus`);
    project = await makeContentDir('quality', [], { copyArticlesFrom: ARTICLES_DIR });
    const result = await buildInto(project, { siteUrl: SITE_URL });
    assert.equal(result.code, 0, `the content must build:\n${result.stderr}`);
    data = await buildSiteData({ contentDir: project.articles, knowledgeDir: project.knowledge, cacheDir: null });
    for (const rel of await htmlFiles(project.site)) pages.set(rel, await readFile(path.join(project.site, rel), 'utf8'));
  });
  after(async () => removeDir(project?.root));

  it('is deterministic: a second build of the same content (warm cache, other directory) is byte-identical', async () => {
    const second = path.join(project.root, 'second-site');
    const result = await buildInto(project, { outDir: second, siteUrl: SITE_URL });
    assert.equal(result.code, 0, result.stderr);
    const a = await hashTree(project.site);
    const b = await hashTree(second);
    assert.ok(a.size > 10, `only ${a.size} files were built`);
    const differing = diffTrees(a, b);
    assert.deepEqual(differing, [], `${differing.length} of ${a.size} files differ between two builds`);
  });

  it('nothing is lost: every sentence of every article body appears on its article page', async () => {
    const lost: string[] = [];
    let checked = 0;
    for (const name of await markdownFiles(project.articles)) {
      const parsed = parseContentFile(name, await readFile(path.join(project.articles, name)));
      assert.ok(parsed.ok, name);
      const rel = `articles/${parsed.article.id}/index.html`;
      const html = pages.get(rel);
      assert.ok(html, `no page ${rel}`);
      const doc = parseHtml(html);
      const main = allElements(doc).find((e) => e.name === 'main');
      const onPage = wordLine(textOf(main ?? doc));
      for (const paragraph of markdownToPlain(parsed.article.body)) {
        for (const sentence of sentencesOf(paragraph)) {
          checked++;
          if (!onPage.includes(wordLine(sentence))) lost.push(`${name}: ${JSON.stringify(sentence.slice(0, 140))}`);
        }
      }
    }
    assert.ok(checked > 100, `only ${checked} sentences checked`);
    assert.equal(lost.length, 0, `${lost.length} of ${checked} sentences missing from their article page:\n${lost.join('\n')}`);
  });

  it('nothing is lost: every direct quote of every article appears in some entry', () => {
    const entryQuotes = data.timeline.entries.filter((e) => e.quote).map((e) => wordLine(e.quote ?? ''));
    const headlines = data.timeline.entries.map((e) => wordLine(`${e.headline ?? ''} ${e.quote ?? ''}`));
    const missing: string[] = [];
    let checked = 0;
    for (const page of data.articles) {
      for (const block of page.blocks) {
        for (const q of findQuotes(block.text)) {
          // A direct quote: several quoted words, not the name of something (‘a report titled ‘…’’).
          if (normaliseWords(q.text).length < 5 || LABEL_CUE.test(block.text.slice(0, Math.max(0, q.start - 1)))) continue;
          checked++;
          const words = wordLine(q.text);
          // A quote in a live-blog post heading belongs to the post's entry (its headline).
          const found = block.kind === 'heading' ? headlines.some((h) => h.includes(words)) : entryQuotes.some((e) => e.includes(words));
          if (!found) missing.push(`${page.summary.id}#${block.anchor}: “${q.text.slice(0, 120)}”`);
        }
      }
    }
    assert.ok(checked > 10, `only ${checked} direct quotes found in the corpus`);
    assert.equal(missing.length, 0, `${missing.length} of ${checked} direct quotes are in no entry:\n${missing.join('\n')}`);
  });

  it('no broken links: every internal link and #anchor of the built site resolves', async () => {
    const result = await checkLinks(project.site, { pathPrefix: '/', siteUrl: SITE_URL });
    assert.ok(result.links > 100 && result.anchors > 10, `checked only ${result.links} links and ${result.anchors} anchors`);
    assert.equal(result.problems.length, 0, `${result.problems.length} broken links:\n${formatLinkProblems(result.problems)}`);
  });

  it('no broken links under a path prefix (/newsline/): every link carries it and resolves', async () => {
    const out = path.join(project.root, 'prefixed-site');
    const result = await buildInto(project, { outDir: out, pathPrefix: '/newsline/', siteUrl: SITE_URL });
    assert.equal(result.code, 0, result.stderr);
    const links = await checkLinks(out, { pathPrefix: '/newsline/', siteUrl: SITE_URL });
    assert.ok(links.links > 100, `checked only ${links.links} links`);
    assert.equal(links.problems.length, 0, `${links.problems.length} broken links:\n${formatLinkProblems(links.problems)}`);
  });

  it('valid HTML on every page type (html-validate)', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const broken = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div></div></p></body></html>',
    );
    assert.equal(broken.valid, false, 'html-validate must reject a <div> inside a <p>');
    // Up to 12 pages of each type (first, last and evenly between): every template, bounded time.
    const byType = new Map<string, string[]>();
    for (const rel of pages.keys()) byType.set(pageType(rel), [...(byType.get(pageType(rel)) ?? []), rel]);
    assert.ok(byType.size >= 10, `only ${byType.size} page types: ${[...byType.keys()].join(', ')}`);
    const invalid = new Map<string, string[]>();
    let validated = 0;
    for (const [type, rels] of byType) {
      const step = Math.max(1, (rels.length - 1) / 11);
      const sample = [...new Set(Array.from({ length: Math.min(12, rels.length) }, (_, i) => rels[Math.round(i * step)] ?? ''))];
      for (const rel of sample) {
        validated++;
        const report = await validator.validateString(pages.get(rel) ?? '', rel);
        if (report.valid) continue;
        const messages = report.results
          .flatMap((r) => r.messages)
          .map((m: Message) => `${rel}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
        invalid.set(type, [...(invalid.get(type) ?? []), ...messages]);
      }
    }
    const summary = [...invalid].map(([type, msgs]) => `${type} (${msgs.length}):\n  ${msgs.slice(0, 8).join('\n  ')}`).join('\n');
    assert.equal(invalid.size, 0, `invalid HTML on ${invalid.size} page type(s) (of ${validated} pages validated):\n${summary}`);
  });
});

describe('stable ids: adding an article changes no id or anchor of the others', () => {
  const dirs: ContentDir[] = [];
  after(async () => {
    for (const d of dirs) await removeDir(d.root);
  });

  /** Ids and anchors of a build: every entry id with its sources, every article's block anchors. */
  function fingerprint(data: SiteData): { entries: Map<string, string[]>; anchors: Map<string, string[]> } {
    const entries = new Map(data.timeline.entries.map((e) => [e.id, e.sources.map((s) => `${s.article}#${s.anchor}`)]));
    const anchors = new Map(data.articles.map((a) => [a.summary.id, a.blocks.map((b) => b.anchor)]));
    return { entries, anchors };
  }

  const EXTRA: Array<{ name: string; why: string; text: (quote: string) => string }> = [
    {
      name: '2025-05-01-unrelated-report.md',
      why: 'an unrelated article in the middle of the period',
      text: () =>
        [
          '---',
          'title: Ministers discuss grain exports',
          'source: Example Wire',
          'published: 2025-05-01',
          'kind: article',
          '---',
          '',
          'Agriculture ministers met in Warsaw on Wednesday to discuss grain exports across the region.',
          '',
          '"We need a lasting arrangement for the farmers on both sides of the border," the Polish minister said.',
          '',
        ].join('\n'),
    },
    {
      name: '2025-08-01-later-report-repeating-a-quote.md',
      why: 'a later article repeating a quote of the corpus word for word',
      text: (quote) =>
        [
          '---',
          'title: Looking back at the spring of talks',
          'source: Example Wire',
          'published: 2025-08-01',
          'kind: article',
          '---',
          '',
          `Back in the spring, Marco Rubio said: “${quote}”`,
          '',
          'The talks have continued through the summer.',
          '',
        ].join('\n'),
    },
    {
      name: '2025-01-15-earlier-report.md',
      why: 'an earlier article, before the whole corpus',
      text: () =>
        [
          '---',
          'title: Before the inauguration',
          'source: Example Wire',
          'published: 2025-01-15',
          'kind: article',
          '---',
          '',
          'Donald Trump said on Tuesday that he would end the war quickly.',
          '',
          '“We will get it done, and we will get it done fast,” Mr Trump told reporters at Mar-a-Lago.',
          '',
        ].join('\n'),
    },
  ];

  for (const extra of EXTRA) {
    it(`${extra.why}: every original entry keeps its id and sources, every article its anchors`, async () => {
      const base = await makeContentDir('ids', [], { copyArticlesFrom: ARTICLES_DIR });
      dirs.push(base);
      const before = await buildSiteData({ contentDir: base.articles, knowledgeDir: base.knowledge, cacheDir: null });
      const quote = before.timeline.entries.find(
        (e) => e.quote && e.speaker?.slug === 'marco-rubio' && normaliseWords(e.quote).length >= 8,
      )?.quote;
      assert.ok(quote, 'the corpus has a quote by Marco Rubio to repeat');
      await writeFile(path.join(base.articles, extra.name), extra.text(quote));
      const afterAdding = await buildSiteData({ contentDir: base.articles, knowledgeDir: base.knowledge, cacheDir: null });
      assert.equal(afterAdding.articles.length, before.articles.length + 1);

      const a = fingerprint(before);
      const b = fingerprint(afterAdding);
      const changedEntries: string[] = [];
      for (const [id, sources] of a.entries) {
        const now = b.entries.get(id);
        if (!now) changedEntries.push(`${id} is gone (${before.timeline.byId[id]?.text.slice(0, 80) ?? ''})`);
        else for (const s of sources) if (!now.includes(s)) changedEntries.push(`${id} lost its source ${s}`);
      }
      const changedAnchors: string[] = [];
      for (const [article, anchors] of a.anchors) {
        if (JSON.stringify(b.anchors.get(article)) !== JSON.stringify(anchors)) changedAnchors.push(article);
      }
      assert.deepEqual(changedEntries, [], `${changedEntries.length} of ${a.entries.size} entries changed`);
      assert.deepEqual(changedAnchors, [], 'articles whose block anchors changed');
      // The repeated quote joins the original entry rather than making a new one.
      if (extra.name.includes('repeating')) {
        const original = before.timeline.entries.find((e) => e.quote === quote);
        const merged = original ? afterAdding.timeline.byId[original.id] : undefined;
        assert.ok(
          merged?.sources.some((s) => s.article === extra.name.replace(/\.md$/, '')),
          'the repeated quote is one entry with both sources',
        );
      }
    });
  }
});
