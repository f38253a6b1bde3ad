// The site's settings (content/site.yaml): checked field by field, overridden by the environment, and a
// build without the site's URL says so once.
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { ContentError } from '../src/load/errors.ts';
import { loadSiteSettings } from '../src/load/loadSiteSettings.ts';
import { siteConfigFromEnv, siteUrlNotice } from '../src/site/siteConfig.ts';
import { ARTICLES_DIR, buildInto, makeContentDir, removeDir, type ContentDir } from './helpers/buildInto.ts';

let dir: string;
before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsline-site-settings-'));
});
after(() => removeDir(dir));

const GOOD = 'title: Newsline\nurl:\nlanguage: en\ndescription: A timeline of who said what.\npublisher: Newsline\n';

async function settingsFile(name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, text);
  return file;
}

function problems(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof ContentError, String(error));
    return error.format().split('\n');
  }
  assert.fail('expected a ContentError');
}

test("the repository's content/site.yaml is valid and names the site", () => {
  const settings = loadSiteSettings('content/site.yaml');
  assert.equal(settings.title, 'Newsline');
  assert.equal(settings.language, 'en');
  assert.equal(settings.publisher, 'Newsline');
  assert.ok(settings.description.length > 10);
});

test('a bad field is an error naming the file and the field', async () => {
  const badUrl = await settingsFile('bad-url.yaml', GOOD.replace('url:', 'url: example dot org'));
  assert.deepEqual(
    problems(() => loadSiteSettings(badUrl)),
    [`${badUrl}: url: "example dot org" is not an http(s) URL: use the site's https:// address, or leave it empty`],
  );
  const badLanguage = await settingsFile('bad-language.yaml', GOOD.replace('language: en', 'language: English'));
  assert.match(
    problems(() => loadSiteSettings(badLanguage)).join('\n'),
    new RegExp(`^${badLanguage.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: language: "English" is not a language tag`),
  );
  const noTitle = await settingsFile('no-title.yaml', GOOD.replace('title: Newsline\n', ''));
  assert.deepEqual(
    problems(() => loadSiteSettings(noTitle)),
    [`${noTitle}: title: is missing (the site's name)`],
  );
  const unknown = await settingsFile('unknown.yaml', `${GOOD}colour: blue\n`);
  assert.match(problems(() => loadSiteSettings(unknown))[0] ?? '', /: colour: is not a setting/);
  assert.match(problems(() => loadSiteSettings(path.join(dir, 'absent.yaml')))[0] ?? '', /absent\.yaml: file: is missing/);
});

test('the environment overrides the file', async () => {
  const file = await settingsFile('with-url.yaml', GOOD.replace('url:', 'url: https://news.example.com/'));
  const fromFile = siteConfigFromEnv({}, file);
  assert.equal(fromFile.siteUrl, 'https://news.example.com');
  assert.equal(fromFile.title, 'Newsline');
  assert.equal(siteUrlNotice(fromFile), null);
  const overridden = siteConfigFromEnv({ SITE_URL: 'https://other.example.net/', SITE_TITLE: 'Other', PATH_PREFIX: 'news' }, file);
  assert.equal(overridden.siteUrl, 'https://other.example.net');
  assert.equal(overridden.title, 'Other');
  assert.equal(overridden.pathPrefix, '/news/');
  assert.equal(overridden.language, 'en');
});

test('without a URL, links use a placeholder and the notice says so', async () => {
  const site = siteConfigFromEnv({}, await settingsFile('no-url.yaml', GOOD));
  assert.equal(site.siteUrl, 'https://example.org');
  assert.match(siteUrlNotice(site) ?? '', /^newsline: site URL not set \(content\/site\.yaml url or SITE_URL\)/);
});

test('a build without the site URL says so in one line on stderr, once', async () => {
  let project: ContentDir | undefined;
  try {
    project = await makeContentDir('site-url', [], { copyArticlesFrom: ARTICLES_DIR });
    const result = await buildInto(project, { siteUrl: '' });
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stderr.split('\n').filter((l) => l.includes('site URL not set'));
    assert.equal(lines.length, 1, result.stderr);
    const withUrl = await buildInto(project, { siteUrl: 'https://news.example.com' });
    assert.equal(withUrl.code, 0, withUrl.stderr);
    assert.doesNotMatch(withUrl.stderr, /site URL not set/);
  } finally {
    await removeDir(project?.root);
  }
});
