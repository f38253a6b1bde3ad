// A test that cannot drift (issue #14): random sequences of an editor's edits — add, edit or remove an
// article; change an article's title or outlet; rename a person, a place or a topic; change a role; add
// an alias or a topic phrase — and after each one the site updated in place must equal a full build
// byte for byte, search index included (and each page the update kept by its reads must have the
// model it would have now). No page lists what it depends on for this test: whatever a page shows, if
// an edit changes it and the update does not, the comparison fails.
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { diffTrees, hashTree } from './helpers/buildInto.ts';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { buildSite } from '../src/publish/buildSite.ts';
import { PublishedSite } from '../src/publish/publishedSite.ts';
import type { BuildMemory } from '../src/pipeline/buildSiteData.ts';
import { siteConfigFromEnv } from '../src/site/siteConfig.ts';

const SEEDS = 'content/articles';
const KNOWLEDGE = 'content/knowledge';
const SITE = Object.freeze(siteConfigFromEnv());

let work: string;
let seeds: string[];
before(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'newsline-edits-'));
  seeds = (await readdir(SEEDS)).filter((f) => f.endsWith('.md')).sort();
});
after(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

interface Project {
  root: string;
  content: string;
  knowledge: string;
  memory: BuildMemory;
}

/** A knowledge file edited in place: `from` must occur (or the edit is skipped and says so). */
async function editFile(file: string, from: string | RegExp, to: string): Promise<boolean> {
  const text = await readFile(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) return false;
  await writeFile(file, next);
  return true;
}

type Edit = { kind: string; run: (p: Project) => Promise<string | null> };

const present = async (p: Project) => (await readdir(p.content)).filter((f) => f.endsWith('.md')).sort();

/** Each edit returns a line saying what it did, or null when it did not apply. */
const EDITS: Edit[] = [
  {
    kind: 'add an article',
    run: async (p) => {
      const have = new Set(await present(p));
      const missing = seeds.filter((f) => !have.has(f));
      const name = missing[0];
      if (!name) return null;
      await cp(path.join(SEEDS, name), path.join(p.content, name));
      return `add ${name}`;
    },
  },
  {
    kind: 'remove an article',
    run: async (p) => {
      const [name] = (await present(p)).slice(-1);
      if (!name) return null;
      await rm(path.join(p.content, name));
      return `remove ${name}`;
    },
  },
  {
    kind: 'edit an article',
    run: async (p) => {
      const [name] = await present(p);
      if (!name) return null;
      const file = path.join(p.content, name);
      await writeFile(
        file,
        `${await readFile(file, 'utf8')}\n“We will keep talking until there is a ceasefire,” Marco Rubio told reporters in Geneva on Monday.\n`,
      );
      return `edit ${name}`;
    },
  },
  {
    kind: "change an article's title",
    run: async (p) => {
      const [name] = await present(p);
      if (!name) return null;
      return (await editFile(path.join(p.content, name), /^title: (.*)$/m, 'title: $1 (updated)')) ? `retitle ${name}` : null;
    },
  },
  {
    kind: "change an article's outlet",
    run: async (p) => {
      const [name] = (await present(p)).slice(-1);
      if (!name) return null;
      return (await editFile(path.join(p.content, name), /^source: (.*)$/m, 'source: The Kyiv Independent')) ? `re-source ${name}` : null;
    },
  },
  {
    kind: 'rename a person',
    run: async (p) =>
      (await editFile(path.join(p.knowledge, 'people.yaml'), /^- name: Marco Rubio$/m, '- name: Marco A. Rubio'))
        ? 'rename Marco Rubio'
        : null,
  },
  {
    kind: 'change a role',
    run: async (p) =>
      (await editFile(path.join(p.knowledge, 'people.yaml'), 'role: President of Russia', 'role: Russian President'))
        ? 'change Putin’s role'
        : null,
  },
  {
    kind: 'add an alias',
    run: async (p) =>
      (await editFile(path.join(p.knowledge, 'people.yaml'), 'aliases: [Zelenskyy,', 'aliases: [Zelenskyi, Zelenskyy,'))
        ? 'add an alias'
        : null,
  },
  {
    kind: 'rename a place',
    // places.yaml is written one flow mapping a line: the old name stays an alias (the articles still say "Brussels"),
    // and what names the place (a venue's parent, an event's place) names it anew, as an editor would.
    run: async (p) => {
      const places = path.join(p.knowledge, 'places.yaml');
      const renamed = await editFile(
        places,
        '- { name: Brussels, kind: city,',
        '- { name: Brussels-Capital, aliases: [Brussels], kind: city,',
      );
      if (!renamed) return null;
      await editFile(places, /parent: Brussels([,}])/g, 'parent: Brussels-Capital$1');
      await editFile(path.join(p.knowledge, 'events.yaml'), /^ {2}place: Brussels$/gm, '  place: Brussels-Capital');
      return 'rename Brussels';
    },
  },
  {
    kind: 'rename a topic',
    run: async (p) =>
      (await editFile(path.join(p.knowledge, 'topics.yaml'), /^- name: Ceasefire$/m, '- name: Truce and ceasefire'))
        ? 'rename Ceasefire'
        : null,
  },
  {
    kind: 'add a topic phrase',
    run: async (p) =>
      (await editFile(path.join(p.knowledge, 'topics.yaml'), 'phrases: [ceasefire*,', 'phrases: [frustrat*, ceasefire*,'))
        ? 'add a topic phrase'
        : null,
  },
];

test(
  'after any sequence of edits, the site updated in place equals a full build, search index included',
  { timeout: 600_000 },
  async (t) => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...EDITS), { minLength: 2, maxLength: 4 }), async (edits) => {
        const root = path.join(work, `run-${run}`);
        // Every other run updates as `npm start` does, keeping what it keeps of its last build (the manifest it
        // published, read back only while the file is the one it wrote: src/publish/publishedSite.ts).
        const session = run++ % 2 === 1 ? { published: new PublishedSite() } : {};
        const p: Project = { root, content: path.join(root, 'articles'), knowledge: path.join(root, 'knowledge'), memory: new Map() };
        await cp(KNOWLEDGE, p.knowledge, { recursive: true });
        await mkdir(p.content, { recursive: true });
        for (const name of seeds.slice(0, 3)) await cp(path.join(SEEDS, name), path.join(p.content, name));
        const site = path.join(root, 'site');
        const options = { contentDir: p.content, knowledgeDir: p.knowledge, cacheDir: path.join(root, 'cache'), quietEleventy: true };
        await buildSite({ ...options, ...session, outDir: site, memory: p.memory, site: SITE });
        const done: string[] = [];
        for (const edit of edits) {
          const what = await edit.run(p);
          if (!what) continue;
          done.push(what);
          // The update checks each page it keeps by its reads against its model made afresh (verifyReads).
          const updated = await buildSite({ ...options, ...session, outDir: site, memory: p.memory, site: SITE, verifyReads: true });
          const full = path.join(root, 'full');
          await rm(full, { recursive: true, force: true });
          await buildSite({ ...options, outDir: full, full: true });
          const differ = diffTrees(await hashTree(site), await hashTree(full));
          assert.deepEqual(differ, [], `after ${done.join(', ')}: the updated site differs from a full build`);
          assert.ok(updated.rendered <= updated.pages);
        }
        t.diagnostic(`edits: ${done.join(', ') || '(none applied)'}`);
        await rm(root, { recursive: true, force: true });
      }),
      { numRuns: 6, seed: 20261204, endOnFailure: true },
    );
  },
);
