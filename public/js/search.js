// Starts Pagefind's UI on the search page. Loaded only there, after /pagefind/pagefind-ui.js.
// The index comes in shards, one Pagefind bundle per month (pagefind/<shard>/), listed in
// pagefind/shards.json. The first shard is Pagefind's primary bundle; the others are merged into it
// (Pagefind's multisite search: mergeIndex), so results and filter counts span them all.
(() => {
  'use strict';
  const container = document.getElementById('search');
  const fallback = document.querySelector('[data-search-fallback]');
  if (!container) return;
  const say = (text) => {
    if (!fallback) return;
    fallback.textContent = text;
    fallback.hidden = false;
  };
  const notBuilt = () => say('The search index has not been built (run npm run build). Browse by person, place, topic, source or date instead.');
  const notLoaded = () => say('The search index could not be loaded. Browse by person, place, topic, source or date instead.');
  if (typeof window.PagefindUI !== 'function') {
    notBuilt();
    return;
  }
  if (fallback) fallback.hidden = true;
  const baseUrl = container.dataset.baseUrl || '/';
  const root = `${baseUrl}pagefind/`;

  const start = async (bundles) => {
    const [primary, ...others] = bundles;
    // Merge every other shard at once: PagefindUI's own mergeIndex option merges one bundle after
    // another (two round trips each), Pagefind's JS API lets them load side by side. The UI imports
    // the same module (the primary bundle's pagefind.js), so it searches the merged index; it is
    // started once the merges are under way, and searches wait for merges still loading.
    const pagefind = await import(`${primary}pagefind.js`);
    await pagefind.options({ baseUrl });
    const merged = Promise.all(others.map((bundlePath) => pagefind.mergeIndex(bundlePath, { baseUrl })));
    merged.catch(notLoaded);
    const ui = new window.PagefindUI({
      element: '#search',
      bundlePath: primary,
      baseUrl,
      showSubResults: false,
      showImages: false,
    });
    // Pagefind labels its input only with a title; point it at the visible label instead.
    const input = container.querySelector('input');
    if (input && container.dataset.label) input.setAttribute('aria-labelledby', container.dataset.label);
    const query = new URLSearchParams(window.location.search).get('q');
    if (query) ui.triggerSearch(query);
  };

  fetch(`${root}shards.json`, { cache: 'no-cache' })
    .then((response) => {
      if (!response.ok) throw new Error(`${response.status} for ${root}shards.json`);
      return response.json();
    })
    .then((manifest) => {
      const bundles = (Array.isArray(manifest.shards) ? manifest.shards : []).filter((s) => s.pages > 0).map((s) => `${root}${s.name}/`);
      if (bundles.length === 0) say('There is nothing to search yet. Browse by person, place, topic, source or date instead.');
      else start(bundles).catch(notLoaded);
    })
    .catch(notBuilt);
})();
