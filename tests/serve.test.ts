// `npm start`: the dev server builds, serves with live reload, and shows a newly added article after
// an incremental rebuild; a broken file keeps the previous site up.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { generateCorpus } from '../src/bench/generateCorpus.ts';
import { loadSeedArticles, materialFromArticles } from '../src/bench/material.ts';
import { loadKnowledge } from '../src/knowledge/loadKnowledge.ts';
import { ARTICLES_DIR, KNOWLEDGE_DIR, LAUNCH, makeContentDir, removeDir, REPO, type ContentDir } from './helpers/buildInto.ts';

const PORT = 8000 + (process.pid % 1000);

let project: ContentDir;
let server: ChildProcess;
let output = '';
/** Where the server listens: it moves to the next free port when PORT is taken. */
let origin = '';

/** Resolves when the server's output has a line matching `pattern` after `from` characters. */
function waitForOutput(pattern: RegExp, from: number, timeoutMs = 120_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = pattern.exec(output.slice(from));
      if (match) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    const poll = setInterval(check, 50);
    const timer = setTimeout(() => {
      clearInterval(poll);
      reject(new Error(`no ${pattern} in the dev server's output:\n${output.slice(from)}`));
    }, timeoutMs);
  });
}

before(async () => {
  project = await makeContentDir('serve', [], { copyArticlesFrom: ARTICLES_DIR });
  server = spawn(process.execPath, [LAUNCH, path.join(REPO, 'src', 'cli', 'serve.ts'), `--port=${PORT}`], {
    cwd: project.root,
    env: { ...process.env, CI: 'true', NO_COLOR: '1', PATH_PREFIX: '/', SITE_URL: 'https://example.org' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.setEncoding('utf8').on('data', (d: string) => (output += d));
  server.stderr?.setEncoding('utf8').on('data', (d: string) => (output += d));
  await waitForOutput(/Watching .* for changes\./, 0);
  origin = (await waitForOutput(/http:\/\/localhost:\d+/, 0)).replace(/\/$/, '');
});

after(async () => {
  server?.kill('SIGTERM');
  await removeDir(project?.root);
});

test('the dev server serves the built site with live reload', async () => {
  // As a browser navigates: fetch() cannot say so (Sec- headers are its own), and gets no reload script.
  const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    get(`${origin}/`, { headers: { 'sec-fetch-mode': 'navigate' } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    }).on('error', reject);
  });
  assert.equal(status, 200);
  assert.match(body, /who said what, when/);
  assert.match(body, /reload-client/, 'the live-reload client is injected');
});

test('an added article appears after an incremental rebuild; a broken one leaves the site up', async () => {
  const material = materialFromArticles(await loadSeedArticles(ARTICLES_DIR), await loadKnowledge(KNOWLEDGE_DIR));
  const [article] = generateCorpus(material, { count: 1, seed: 'serve-test' });
  assert.ok(article);
  const id = article.name.replace(/\.md$/, '');
  const from = output.length;
  await writeFile(path.join(project.articles, article.name), article.content);
  const line = await waitForOutput(/Reloaded the browser \d+ ms after the change\./, from);
  const page = await fetch(`${origin}/articles/${id}/`);
  assert.equal(page.status, 200, `${line}: the new article's page is served when the browser reloads`);
  await waitForOutput(/^Built /m, from);
  const log = output.slice(from);
  assert.match(log, /Rendered \d+ changed pages of \d+/, 'the rebuild was incremental');
  assert.match(log, /cache \d+ hit\(s\), 1 miss\(es\)/, 'only the new article was parsed');
  assert.ok(log.indexOf('Reloaded the browser') < log.indexOf('Indexed'), 'the browser reloads before the search index is rebuilt');
  assert.ok((await fetch(`${origin}/timeline.json`).then((r) => r.text())).includes(`"id":"${id}"`), 'then the exports have the article');

  const broken = output.length;
  await writeFile(path.join(project.articles, 'broken.md'), '---\ntitle: [unclosed\n---\nText.\n');
  await waitForOutput(/Build failed; still serving the previous site\./, broken);
  assert.match(output.slice(broken), /broken\.md/, 'the error names the file');
  assert.equal((await fetch(`${origin}/articles/${id}/`)).status, 200, 'the previous site is still served');
  await rm(path.join(project.articles, 'broken.md'));
});
