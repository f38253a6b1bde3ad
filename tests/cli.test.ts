// The commands' flags: both `--out DIR` and `--out=DIR`, and a mistyped flag is an error, never ignored.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';

const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { encoding: 'utf8', timeout: 120_000 });
const dir = mkdtempSync(path.join(tmpdir(), 'newsline-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a mistyped flag stops the command with one line naming it and the usage', () => {
  const build = run('build', ['--ful']);
  assert.equal(build.status, 2);
  assert.match(build.stderr.trim(), /^npm run build: Unknown option '--ful' \(usage: npm run build -- \[--out DIR\]/);
  const extract = run('extract', ['--jsn', 'content/articles/2025-04-18-trump-says-us-will-take-a-pass-on-russia-ukraine-talks-if.md']);
  assert.equal(extract.status, 2);
  assert.match(extract.stderr, /^npm run extract: Unknown option '--jsn'/);
  const serve = run('serve', ['--port', 'eighty']);
  assert.equal(serve.status, 2);
  assert.match(serve.stderr, /^npm start: --port "eighty" is not a port number/);
});

test('`--out DIR` builds into DIR, as `--out=DIR` does', () => {
  const out = path.join(dir, 'site');
  const build = run('build', ['--out', out, '--cache', 'none']);
  assert.equal(build.status, 0, build.stderr);
  assert.ok(existsSync(path.join(out, 'index.html')));
  assert.ok(!existsSync('none'), '--cache none is no cache, not a directory named none');
});

test('Eleventy run by hand says to run `npm run build` and writes nothing: there is one build path', () => {
  const out = path.join(dir, 'bare');
  const bare = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'node_modules/@11ty/eleventy/cmd.cjs', '--config=.eleventy.ts', `--output=${out}`],
    {
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  assert.notEqual(bare.status, 0);
  assert.match(`${bare.stdout}${bare.stderr}`, /Newsline builds through its own command: run `npm run build`/);
  assert.ok(!existsSync(path.join(out, 'index.html')), 'no page written');
});
