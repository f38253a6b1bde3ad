// The search page over Pagefind's JS API: entries and articles are custom records (src/publish/searchRecords.ts).
// A query and filters (all must match) and a sort, kept in the URL (?q=…&person=…&sort=asc); the shards
// listed in pagefind/shards.json are merged into the first (mergeIndex).
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
  const BROWSE = ' Browse by person, place, topic, source or date instead.';
  const notBuilt = () => say(`The search index has not been built (run npm run build).${BROWSE}`);
  const notLoaded = () => say(`The search index could not be loaded.${BROWSE}`);
  const baseUrl = container.dataset.baseUrl || '/';
  const root = `${baseUrl}pagefind/`;
  const FILTERS = [
    ['type', 'Show', 'Entries and articles'],
    ['speaker', 'Said by', 'Anyone'],
    ['person', 'Said by or about', 'Anyone'],
    ['place', 'Place', 'Anywhere'],
    ['topic', 'Topic', 'Any topic'],
    ['source', 'Source', 'Any source'],
    ['year', 'Year', 'Any year'],
  ];
  const PAGE = 20;

  const el = (tag, props = {}, children = []) => {
    const node = document.createElement(tag);
    Object.assign(node, props);
    for (const child of children) node.append(child);
    return node;
  };

  function buildForm(totals) {
    const form = el('form', { className: 'search-form', role: 'search' });
    form.setAttribute('aria-label', 'Search entries and articles');
    const input = el('input', { type: 'search', id: 'search-q', name: 'q', autocomplete: 'off', className: 'search-input' });
    const label = el('label', { htmlFor: 'search-q', className: 'search-label', textContent: 'Search entries and articles' });
    form.append(label, input);
    const filters = el('div', { className: 'search-filters' });
    const selects = {};
    for (const [key, name, any] of FILTERS) {
      const counts = totals[key] || {};
      // Most results first, then by name; years newest first.
      const values = Object.keys(counts).sort((a, b) =>
        key === 'year' ? b.localeCompare(a) : counts[b] - counts[a] || a.localeCompare(b),
      );
      if (values.length === 0) continue;
      const select = el('select', { name: key, id: `search-${key}` }, [el('option', { value: '', textContent: any })]);
      for (const v of values) select.append(el('option', { value: v, textContent: `${v} (${counts[v]})` }));
      selects[key] = select;
      filters.append(el('p', { className: 'search-filter' }, [el('label', { htmlFor: select.id, textContent: name }), select]));
    }
    const sort = el('select', { name: 'sort', id: 'search-sort' }, [
      el('option', { value: '', textContent: 'Best match' }),
      el('option', { value: 'asc', textContent: 'Date, oldest first' }),
      el('option', { value: 'desc', textContent: 'Date, newest first' }),
    ]);
    filters.append(el('p', { className: 'search-filter' }, [el('label', { htmlFor: sort.id, textContent: 'Sort' }), sort]));
    form.append(filters);
    return { form, input, selects, sort };
  }

  function excerptNode(excerpt) {
    // Pagefind escapes the indexed text; the only markup in an excerpt is its <mark>s.
    const p = el('p', { className: 'search-result-excerpt' });
    p.innerHTML = String(excerpt || '').replace(/<(?!\/?mark>)[^>]*>/g, '');
    return p;
  }

  function resultNode(data) {
    const meta = data.meta || {};
    const kind = meta.kind === 'article' ? 'Article' : 'Entry';
    const facts = [kind, meta.date, meta.speaker, meta.place, meta.source].filter(Boolean).join(' · ');
    return el('li', { className: 'search-result' }, [
      el('a', { className: 'search-result-link', href: data.url, textContent: meta.title || data.url }),
      el('p', { className: 'search-result-meta', textContent: facts }),
      excerptNode(data.excerpt),
    ]);
  }

  async function start(bundles) {
    const [primary, ...others] = bundles;
    const pagefind = await import(`${primary}pagefind.js`);
    await pagefind.options({ baseUrl, excerptLength: 40 });
    await Promise.all(others.map((bundlePath) => pagefind.mergeIndex(bundlePath, { baseUrl })));
    const totals = await pagefind.filters();
    const { form, input, selects, sort } = buildForm(totals);
    const status = el('p', { className: 'search-status', role: 'status' });
    const list = el('ol', { className: 'search-results' });
    const more = el('button', { type: 'button', className: 'search-more', textContent: 'Show more results', hidden: true });
    container.replaceChildren(form, status, list, more);
    if (fallback) fallback.hidden = true;

    // The state from the URL.
    const params = new URLSearchParams(window.location.search);
    input.value = params.get('q') || '';
    for (const [key, select] of Object.entries(selects)) {
      const v = params.get(key);
      if (v && [...select.options].some((o) => o.value === v)) select.value = v;
    }
    if (['asc', 'desc'].includes(params.get('sort'))) sort.value = params.get('sort');

    let results = [];
    let shown = 0;
    let run = 0;
    const showMore = async () => {
      const mine = run;
      const batch = results.slice(shown, shown + PAGE);
      shown += batch.length;
      const datas = await Promise.all(batch.map((r) => r.data()));
      if (mine !== run) return; // a newer search has started
      for (const d of datas) list.append(resultNode(d));
      more.hidden = shown >= results.length;
    };

    async function search() {
      const mine = ++run;
      const term = input.value.trim();
      const filters = {};
      for (const [key, select] of Object.entries(selects)) if (select.value) filters[key] = select.value;
      const url = new URL(window.location.href);
      url.search = '';
      if (term) url.searchParams.set('q', term);
      for (const [key, value] of Object.entries(filters)) url.searchParams.set(key, value);
      if (sort.value) url.searchParams.set('sort', sort.value);
      window.history.replaceState(null, '', url);
      if (!term && Object.keys(filters).length === 0) {
        results = [];
        list.replaceChildren();
        more.hidden = true;
        status.textContent = 'Type words to search for, or choose a person, place, topic, source or year.';
        return;
      }
      const order = sort.value || (term ? '' : 'asc');
      const found = await pagefind.search(term || null, { filters, ...(order ? { sort: { date: order } } : {}) });
      if (mine !== run || !found) return;
      results = found.results;
      shown = 0;
      list.replaceChildren();
      await showMore();
      if (mine !== run) return;
      const chosen = Object.entries(filters).map(([k, v]) => `${k} ${v}`);
      status.textContent = `${results.length} ${results.length === 1 ? 'result' : 'results'}${term ? ` for “${term}”` : ''}${chosen.length ? ` (${chosen.join(', ')})` : ''}.`;
    }

    let timer = 0;
    input.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(search, 200);
    });
    form.addEventListener('change', (event) => {
      if (event.target !== input) search();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      search();
    });
    more.addEventListener('click', () => showMore());
    await search();
  }

  fetch(`${root}shards.json`, { cache: 'no-cache' })
    .then((response) => {
      if (!response.ok) throw new Error(`${response.status} for ${root}shards.json`);
      return response.json();
    })
    .then((manifest) => {
      const bundles = (Array.isArray(manifest.shards) ? manifest.shards : []).filter((s) => s.pages > 0).map((s) => `${root}${s.name}/`);
      if (bundles.length === 0) say(`There is nothing to search yet.${BROWSE}`);
      else start(bundles).catch(notLoaded);
    })
    .catch(notBuilt);
})();
