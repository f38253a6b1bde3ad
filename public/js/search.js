// Starts Pagefind's UI on the search page. Loaded only there, after /pagefind/pagefind-ui.js.
(() => {
  'use strict';
  const container = document.getElementById('search');
  const fallback = document.querySelector('[data-search-fallback]');
  if (!container) return;
  if (typeof window.PagefindUI !== 'function') {
    if (fallback) fallback.textContent = 'The search index has not been built (run npm run build). Browse by person, place, topic, source or date instead.';
    return;
  }
  if (fallback) fallback.hidden = true;
  const ui = new window.PagefindUI({
    element: '#search',
    baseUrl: container.dataset.baseUrl || '/',
    showSubResults: false,
    showImages: false,
  });
  // Pagefind labels its input only with a title; point it at the visible label instead.
  const input = container.querySelector('input');
  if (input && container.dataset.label) input.setAttribute('aria-labelledby', container.dataset.label);
  const query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
})();
