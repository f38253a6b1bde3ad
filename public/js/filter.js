// Instant filtering on timeline pages (without it, each filter is a link to the person's or topic's page).
// A person and a topic combine; the bar counts the matches on the other timeline pages (timeline/facets.json)
// and links them; the filter (?person=&topic=) is in the URL and the pager's links.
(() => {
  'use strict';
  const bar = document.querySelector('[data-filter-bar]');
  if (!bar) return;
  const status = bar.querySelector('[data-filter-status]');
  const elsewhere = bar.querySelector('[data-filter-elsewhere]');
  const links = Array.from(bar.querySelectorAll('a[data-filter-kind]'));
  const items = Array.from(document.querySelectorAll('ol.entries > li')).filter((li) => li.querySelector('article.entry'));
  const days = Array.from(document.querySelectorAll('section.day'));
  const datasetKey = { person: 'people', topic: 'topics' };
  const KINDS = ['person', 'topic'];
  const MAX_LINKS = 12;

  const clear = document.createElement('button');
  clear.type = 'button';
  clear.className = 'filter-clear';
  clear.textContent = 'Show all entries';
  clear.hidden = true;
  status.after(clear);

  const nameOf = (link) => (link.firstChild ? link.firstChild.textContent.trim() : link.dataset.filterValue);
  /** The chosen person and topic: { person: {value, name} | null, topic: … }. */
  const active = { person: null, topic: null };
  let facets = null;

  const query = () => {
    const params = new URLSearchParams();
    for (const kind of KINDS) if (active[kind]) params.set(kind, active[kind].value);
    const text = params.toString();
    return text ? `?${text}` : '';
  };

  /** The pager's and the page list's links carry the filter. */
  function keepInLinks() {
    for (const a of document.querySelectorAll('nav.pager a, nav.page-numbers a, ol.months a')) {
      const url = new URL(a.getAttribute('href'), window.location.href);
      url.search = query();
      a.setAttribute('href', url.pathname + url.search + url.hash);
    }
  }

  async function loadFacets() {
    if (!facets) {
      const response = await fetch(bar.dataset.facets);
      if (!response.ok) throw new Error(`${response.status}`);
      facets = await response.json();
    }
    return facets;
  }

  /** How many entries of each other timeline page match, with links. */
  async function showElsewhere(token) {
    elsewhere.hidden = true;
    elsewhere.textContent = '';
    if (!active.person && !active.topic) return;
    let data;
    try {
      data = await loadFacets();
    } catch {
      return;
    }
    if (token !== applied) return;
    const person = active.person ? data.people.findIndex(([slug]) => slug === active.person.value) : -1;
    const topic = active.topic ? data.topics.findIndex(([slug]) => slug === active.topic.value) : -1;
    if ((active.person && person < 0) || (active.topic && topic < 0)) return;
    const here = bar.dataset.page;
    const base = bar.dataset.base || '/';
    const matches = (entry) => {
      const [p, t] = entry.split('|').map((part) => (part ? part.split(',').map(Number) : []));
      return (person < 0 || p.includes(person)) && (topic < 0 || t.includes(topic));
    };
    const pages = data.pages
      .map((page) => ({ page, n: page.entries.filter(matches).length }))
      .filter(({ page, n }) => n > 0 && base + page.path.replace(/^\//, '') !== here);
    const total = pages.reduce((sum, p) => sum + p.n, 0);
    if (total === 0) {
      elsewhere.textContent = 'No matching entries on the other pages of the timeline.';
      elsewhere.hidden = false;
      return;
    }
    elsewhere.append(`${total} more on other pages of the timeline: `);
    pages.slice(0, MAX_LINKS).forEach(({ page, n }, i) => {
      if (i > 0) elsewhere.append(', ');
      const a = document.createElement('a');
      a.href = base + page.path.replace(/^\//, '') + query();
      a.textContent = `${page.label} (${n})`;
      elsewhere.append(a);
    });
    if (pages.length > MAX_LINKS) elsewhere.append(` and ${pages.length - MAX_LINKS} more pages`);
    elsewhere.append('.');
    elsewhere.hidden = false;
  }

  let applied = 0;
  function apply() {
    const token = ++applied;
    let shown = 0;
    const any = active.person || active.topic;
    for (const li of items) {
      const card = li.querySelector('article.entry');
      const match = KINDS.every((kind) => !active[kind] || (card.dataset[datasetKey[kind]] || '').split(' ').includes(active[kind].value));
      li.hidden = !match;
      if (match) shown++;
    }
    for (const day of days) day.hidden = !day.querySelector('ol.entries > li:not([hidden])');
    for (const link of links) {
      const chosen = active[link.dataset.filterKind];
      if (chosen && chosen.value === link.dataset.filterValue) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
    clear.hidden = !any;
    const names = KINDS.filter((k) => active[k]).map((k) => active[k].name);
    status.textContent = any ? `Showing ${shown} of ${items.length} entries on this page: ${names.join(' and ')}.` : '';
    const url = new URL(window.location.href);
    url.search = query();
    window.history.replaceState(null, '', url);
    keepInLinks();
    showElsewhere(token);
  }

  bar.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-filter-kind]') : null;
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const kind = link.dataset.filterKind;
    const same = active[kind] && active[kind].value === link.dataset.filterValue;
    active[kind] = same ? null : { value: link.dataset.filterValue, name: nameOf(link) };
    apply();
  });

  clear.addEventListener('click', () => {
    active.person = null;
    active.topic = null;
    apply();
    const first = links[0];
    if (first) first.focus();
  });

  // A filtered view can be shared, and the pager keeps it: ?person=<slug>&topic=<slug>. A person or
  // topic without a link on this page is still applied (by its slug; its name from the facets).
  const params = new URLSearchParams(window.location.search);
  const wanted = KINDS.filter((kind) => params.get(kind));
  for (const kind of wanted) {
    const value = params.get(kind);
    const link = links.find((l) => l.dataset.filterKind === kind && l.dataset.filterValue === value);
    active[kind] = { value, name: link ? nameOf(link) : value };
  }
  if (wanted.length > 0) {
    apply();
    loadFacets()
      .then((data) => {
        for (const kind of wanted) {
          const list = kind === 'person' ? data.people : data.topics;
          const found = list.find(([slug]) => slug === active[kind]?.value);
          if (found && active[kind].name === active[kind].value) active[kind].name = found[1];
        }
        apply();
      })
      .catch(() => {});
  }
})();
