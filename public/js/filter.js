// Instant person/topic filtering on timeline pages. Without this script each filter is a plain
// link to the person's or topic's page, which lists the same entries.
(() => {
  'use strict';
  const bar = document.querySelector('[data-filter-bar]');
  if (!bar) return;
  const status = bar.querySelector('[data-filter-status]');
  const links = Array.from(bar.querySelectorAll('a[data-filter-kind]'));
  const items = Array.from(document.querySelectorAll('ol.entries > li')).filter((li) => li.querySelector('article.entry'));
  const days = Array.from(document.querySelectorAll('section.day'));
  const datasetKey = { person: 'people', topic: 'topics' };

  const clear = document.createElement('button');
  clear.type = 'button';
  clear.className = 'filter-clear';
  clear.textContent = 'Show all entries';
  clear.hidden = true;
  status.after(clear);

  const nameOf = (link) => (link.firstChild ? link.firstChild.textContent.trim() : link.dataset.filterValue);
  const same = (a, b) => a && b && a.kind === b.kind && a.value === b.value;
  let active = null;

  function apply(filter) {
    active = filter;
    let shown = 0;
    for (const li of items) {
      const card = li.querySelector('article.entry');
      const values = filter ? (card.dataset[datasetKey[filter.kind]] || '').split(' ') : [];
      const match = !filter || values.includes(filter.value);
      li.hidden = !match;
      if (match) shown++;
    }
    for (const day of days) day.hidden = !day.querySelector('ol.entries > li:not([hidden])');
    for (const link of links) {
      if (same(filter, { kind: link.dataset.filterKind, value: link.dataset.filterValue })) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
    clear.hidden = !filter;
    status.textContent = filter ? `Showing ${shown} of ${items.length} entries: ${filter.name}.` : '';

    const url = new URL(window.location.href);
    url.searchParams.delete('person');
    url.searchParams.delete('topic');
    if (filter) url.searchParams.set(filter.kind, filter.value);
    window.history.replaceState(null, '', url);
  }

  bar.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-filter-kind]') : null;
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const filter = { kind: link.dataset.filterKind, value: link.dataset.filterValue, name: nameOf(link) };
    apply(same(filter, active) ? null : filter);
  });

  clear.addEventListener('click', () => {
    apply(null);
    const first = links[0];
    if (first) first.focus();
  });

  // A filtered view can be shared: ?person=<slug> or ?topic=<slug>.
  const params = new URLSearchParams(window.location.search);
  for (const kind of ['person', 'topic']) {
    const value = params.get(kind);
    const link = links.find((l) => l.dataset.filterKind === kind && l.dataset.filterValue === value);
    if (link) {
      apply({ kind, value, name: nameOf(link) });
      break;
    }
  }
})();
