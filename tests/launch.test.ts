// The compiled build (src/cli/launch.mjs): `npm run build` runs one esbuild bundle of src/cli/build.ts,
// named by a digest of the sources, instead of transpiling through tsx. The bundle is made again when any
// source changes, and builds the same site, byte for byte, as the TypeScript sources run through tsx.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { bundleFor, sourceDigest } from '../src/cli/launch.mjs';
import { ARTICLES_DIR, BUILD_SCRIPT, buildInto, diffTrees, hashTree, makeContentDir, removeDir, REPO } from './helpers/buildInto.ts';

test('the bundle is named by every source: the same sources give the same name, any change another', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'newsline-launch-'));
  try {
    await mkdir(path.join(root, 'src', 'cli'), { recursive: true });
    await mkdir(path.join(root, 'templates', '_includes'), { recursive: true });
    await writeFile(path.join(root, 'src', 'cli', 'build.ts'), 'export const a = 1;\n');
    await writeFile(path.join(root, 'templates', '_includes', 'layout.ts'), 'export const b = 2;\n');
    await writeFile(path.join(root, 'package.json'), '{}\n');
    const first = sourceDigest(root, '0.1.0');
    assert.equal(sourceDigest(root, '0.1.0'), first);
    assert.notEqual(sourceDigest(root, '0.2.0'), first, "esbuild's version");
    await writeFile(path.join(root, 'templates', '_includes', 'layout.ts'), 'export const b = 3;\n');
    const edited = sourceDigest(root, '0.1.0');
    assert.notEqual(edited, first, 'a template module edited');
    await writeFile(path.join(root, 'src', 'cli', 'new.ts'), '\n');
    assert.notEqual(sourceDigest(root, '0.1.0'), edited, 'a source file added');
    await writeFile(path.join(root, 'content.md'), 'not a source\n');
    await mkdir(path.join(root, 'content'));
    await writeFile(path.join(root, 'content', 'a.md'), 'not a source\n');
    assert.equal(sourceDigest(root, '0.1.0'), sourceDigest(root, '0.1.0'));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('the bundle of an entry is made once and reused while the sources are unchanged', async () => {
  const entry = path.join(REPO, 'src', 'cli', 'build.ts');
  const file = await bundleFor(entry);
  assert.match(path.relative(REPO, file), /^\.cache\/build\/src-cli-build-[0-9a-f]{20}\.mjs$/);
  assert.equal(await bundleFor(entry), file);
});

test('the compiled build and the sources run through tsx build the same site, byte for byte', { timeout: 240_000 }, async () => {
  const project = await makeContentDir('launch', [], { copyArticlesFrom: ARTICLES_DIR });
  try {
    const compiled = await buildInto(project);
    assert.equal(compiled.code, 0, compiled.stderr);
    const out = path.join(project.root, '_site-tsx');
    const viaTsx = spawnSync(process.execPath, ['--import', 'tsx', BUILD_SCRIPT, `--out=${out}`, '--cache=none'], {
      cwd: project.root,
      env: { ...process.env, CI: 'true', NO_COLOR: '1', PATH_PREFIX: '/', SITE_URL: 'https://example.org' },
      encoding: 'utf8',
      timeout: 180_000,
    });
    assert.equal(viaTsx.status, 0, viaTsx.stderr);
    assert.deepEqual(diffTrees(await hashTree(project.site), await hashTree(out)), []);
  } finally {
    await removeDir(project.root);
  }
});
