// The page-read recorder (src/pages/reads.ts, src/publish/pageReads.ts): a page whose model read a key
// that changed is made again and rendered; a page that read nothing that changed is not even
// modelled; a shared part (an entry card) passes what it read to every page that shows it; and stored
// reads that do not hold together mean every model is made, never a page kept wrongly.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entryCards } from '../src/pages/entryCards.ts';
import type { ModelScope, PageModel, PageOf } from '../src/pages/model.ts';
import { storedReadsSchema } from '../src/publish/pageReads.ts';
import { RenderPlan, type PageManifest } from '../src/publish/renderPlan.ts';
import { siteView } from '../src/site/siteView.ts';
import type { SiteData } from '../src/types.ts';
import { makeSiteData } from './fixtures/siteData.ts';

interface TestModel extends PageModel {
  shown: unknown;
}

const page = (path: string, shown: (scope: ModelScope) => unknown): PageOf<TestModel> => ({
  path,
  key: path,
  model: (scope) => ({ path, shown: shown(scope) }),
});

/** A build's planning and its one render run over `pages`: which models each made, what it renders, its manifest. */
function plan(data: SiteData, previous: Pick<PageManifest, 'pages' | 'reads'> | null, pages: Array<PageOf<TestModel>>) {
  const madeInPlanning = new Set<string>();
  let planning = true;
  const counted = pages.map((p) => ({
    ...p,
    model: (scope: ModelScope) => {
      if (planning) madeInPlanning.add(p.path);
      return p.model(scope);
    },
  }));
  const renderPlan = new RenderPlan(siteView(data), previous);
  renderPlan.startPlanning();
  renderPlan.select('test', counted);
  renderPlan.endStage();
  planning = false;
  renderPlan.startRun(0);
  const rendered = renderPlan.select('test', counted).map((m) => m.path);
  renderPlan.endStage();
  // Through JSON and the schema, as the manifest is read back.
  const manifest = JSON.parse(JSON.stringify(renderPlan.manifest())) as PageManifest;
  storedReadsSchema.parse(manifest.reads);
  return { madeInPlanning: [...madeInPlanning].sort(), rendered: rendered.sort(), manifest };
}

const base = makeSiteData();
const withPeople = (rename: (name: string, slug: string) => string): SiteData => ({
  ...base,
  timeline: { ...base.timeline, people: base.timeline.people.map((p) => ({ ...p, name: rename(p.name, p.slug) })) },
});

const namePages = [
  page('/rubio/', (scope) => scope.view.personRef('marco-rubio')?.name),
  page('/ceasefire/', (scope) => scope.view.topicRef('ceasefire')?.name),
];

test('a page that read a key that changed is made and rendered again; one that did not is not even modelled', () => {
  const first = plan(base, null, namePages);
  assert.deepEqual(first.rendered, ['/ceasefire/', '/rubio/'], 'a first build renders every page');
  const renamed = withPeople((name, slug) => (slug === 'marco-rubio' ? 'Marco A. Rubio' : name));
  const update = plan(renamed, first.manifest, namePages);
  assert.deepEqual(update.madeInPlanning, ['/rubio/'], 'only the page that read the person is modelled');
  assert.deepEqual(update.rendered, ['/rubio/']);
  assert.equal(update.manifest.pages['/ceasefire/'], first.manifest.pages['/ceasefire/'], 'the kept page keeps its fingerprint');
  // The update's manifest carries the kept page's reads: the next update still knows what it read.
  const again = plan(
    withPeople((name, slug) => (slug === 'marco-rubio' ? 'Marco Rubio' : name)),
    update.manifest,
    namePages,
  );
  assert.deepEqual(again.madeInPlanning, ['/rubio/']);
  const unchanged = plan(base, again.manifest, namePages);
  assert.deepEqual(unchanged.madeInPlanning, [], 'nothing changed: no model is made');
  assert.deepEqual(unchanged.rendered, []);
});

test('what a shared entry card read is read by every page that shows it, whichever page made it', () => {
  const at = (place: string) => base.timeline.entries.find((e) => e.place?.slug === place)?.id ?? '';
  const [officeEntry, brusselsEntry] = [at('oval-office'), at('brussels')];
  assert.ok(officeEntry && brusselsEntry);
  const cardPages = [
    page('/office-1/', (scope) => entryCards(scope).compact(officeEntry)),
    // Shows the same card, made by the page before: it reads it through the card.
    page('/office-2/', (scope) => entryCards(scope).compact(officeEntry)),
    page('/brussels/', (scope) => entryCards(scope).full(brusselsEntry)),
  ];
  const first = plan(base, null, cardPages);
  // The Oval Office loses its page: the cards that link to it change, and only those.
  const noOffice: SiteData = {
    ...base,
    timeline: { ...base.timeline, places: base.timeline.places.filter((p) => p.slug !== 'oval-office') },
  };
  const update = plan(noOffice, first.manifest, cardPages);
  assert.deepEqual(update.madeInPlanning, ['/office-1/', '/office-2/']);
  assert.deepEqual(update.rendered, ['/office-1/', '/office-2/']);
});

test('stored reads that do not hold together, or another page at the same path, mean the model is made', () => {
  const first = plan(base, null, namePages);
  const broken = {
    ...first.manifest,
    reads: { ...first.manifest.reads, pages: { ...first.manifest.reads.pages, '/ceasefire/': 'test|/ceasefire/\t0\t99999' } },
  };
  const update = plan(base, broken, namePages);
  assert.deepEqual(update.madeInPlanning, ['/ceasefire/', '/rubio/'], 'every model is made');
  assert.deepEqual(update.rendered, [], 'and none changed');
  const other = plan(base, first.manifest, [{ ...page('/ceasefire/', (scope) => scope.view.topicRef('ceasefire')?.name), key: 'other' }]);
  assert.deepEqual(other.madeInPlanning, ['/ceasefire/'], 'a page of another key at the same path is made');
});
