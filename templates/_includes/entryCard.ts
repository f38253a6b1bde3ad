// The one way an entry is shown, on every page that lists entries.
import { normaliseWords } from '../../src/extract/normaliseWords.ts';
import { entryDatetime, formatEntryDate, formatShortDate } from '../../src/render/dates.ts';
import { html, join, type SafeHtml } from '../../src/render/html.ts';
import { paths } from '../../src/site/paths.ts';
import { href, type SiteConfig } from '../../src/site/siteConfig.ts';
import { groupInOrder, peopleOf, type SiteView } from '../../src/site/siteView.ts';
import type { Entry, Ref } from '../../src/types.ts';

export interface RenderContext {
  site: SiteConfig;
  view: SiteView;
}

export interface EntryCardOptions {
  /** Tag links with `data-pagefind-filter` (only on the pages that search indexes). */
  searchFilters?: boolean;
}

type FilterName = 'person' | 'place' | 'topic' | 'source';

/** A link to a person, place or topic page, or plain text when the site has no such page. */
function refLink(ctx: RenderContext, ref: Ref, path: string | null, filter: FilterName | null): SafeHtml {
  const attr = filter ? html` data-pagefind-filter="${filter}"` : '';
  return path ? html`<a href="${href(ctx.site, path)}"${attr}>${ref.name}</a>` : html`<span${attr}>${ref.name}</span>`;
}

export function personLink(ctx: RenderContext, ref: Ref, filter = false): SafeHtml {
  return refLink(ctx, ref, ctx.view.person(ref.slug) ? paths.person(ref.slug) : null, filter ? 'person' : null);
}

export function placeLink(ctx: RenderContext, ref: Ref, filter = false): SafeHtml {
  return refLink(ctx, ref, ctx.view.place(ref.slug) ? paths.place(ref.slug) : null, filter ? 'place' : null);
}

export function topicLink(ctx: RenderContext, ref: Ref, filter = false): SafeHtml {
  return refLink(ctx, ref, ctx.view.topic(ref.slug) ? paths.topic(ref.slug) : null, filter ? 'topic' : null);
}

/**
 * "The Telegraph, CGTN": each links to the paragraph the entry came from. Further passages of
 * the same article follow as "another passage"; two articles of one outlet get their dates.
 */
/** Reports named on a card; a quote repeated across hundreds of articles lists the first ones and a count. */
const MAX_SOURCES = 6;

function sourceLinks(ctx: RenderContext, entry: Entry, filter: boolean): SafeHtml {
  const byArticle = groupInOrder(entry.sources, (s) => s.article);
  const outletNames = byArticle.map(([id]) => ctx.view.outletOfArticle(id)?.name ?? ctx.view.article(id)?.summary.source ?? id);
  const perOutlet = new Map<string, number>();
  for (const n of outletNames) perOutlet.set(n, (perOutlet.get(n) ?? 0) + 1);
  const links = byArticle.slice(0, MAX_SOURCES).map(([id, sources], i) => {
    const summary = ctx.view.article(id)?.summary;
    const name = outletNames[i] ?? id;
    const label = (perOutlet.get(name) ?? 0) > 1 && summary ? `${name} (${formatShortDate(summary.published.slice(0, 10))})` : name;
    const title = summary ? html`<span class="visually-hidden">: ${summary.title}</span>` : '';
    const attr = filter ? html` data-pagefind-filter="source"` : '';
    const [first, ...more] = sources;
    return html`<a href="${href(ctx.site, paths.source(first ?? { article: id, anchor: '' }))}"><span${attr}>${label}</span>${title}</a>${more.map(
      (s) => html`, <a href="${href(ctx.site, paths.source(s))}">another passage</a>`,
    )}`;
  });
  const rest = byArticle.length - MAX_SOURCES;
  return rest > 0 ? html`${join(links, ', ')} and ${rest} more ${rest === 1 ? 'report' : 'reports'}` : join(links, ', ');
}

/** A `<time>` linking to the entry's place on the timeline: its permalink. */
export function entryDateLink(ctx: RenderContext, entry: Entry): SafeHtml {
  return html`<a href="${href(ctx.site, ctx.view.timelineHref(entry.id))}"><time datetime="${entryDatetime(entry)}">${formatEntryDate(entry)}</time></a>`;
}

const addsToQuote = new WeakMap<Entry, boolean>();

/** A sentence that is only the quotation would say it twice. (Worked out once per entry: cards repeat across pages.) */
function textAddsToQuote(entry: Entry): boolean {
  let adds = addsToQuote.get(entry);
  if (adds === undefined) {
    adds = entry.quote === null || normaliseWords(entry.text).join(' ') !== normaliseWords(entry.quote).join(' ');
    addsToQuote.set(entry, adds);
  }
  return adds;
}

// An entry's card is the same on every page it appears on (timeline, day, person, place, topic, source):
// render it once per site configuration and filter setting.
const cards = new WeakMap<RenderContext['site'], WeakMap<Entry, Map<boolean, SafeHtml>>>();

export function entryCard(ctx: RenderContext, entry: Entry, options: EntryCardOptions = {}): SafeHtml {
  const filter = options.searchFilters ?? false;
  let bySite = cards.get(ctx.site);
  if (!bySite) cards.set(ctx.site, (bySite = new WeakMap()));
  let byFilter = bySite.get(entry);
  if (!byFilter) bySite.set(entry, (byFilter = new Map()));
  const cached = byFilter.get(filter);
  if (cached) return cached;
  const card = renderEntryCard(ctx, entry, filter);
  byFilter.set(filter, card);
  return card;
}

function renderEntryCard(ctx: RenderContext, entry: Entry, filter: boolean): SafeHtml {
  const mentioned = peopleOf(entry).filter((p) => p.slug !== entry.speaker?.slug);
  const people = peopleOf(entry).map((p) => p.slug).join(' ');
  const topics = entry.topics.map((t) => t.slug).join(' ');
  const speaker = entry.speaker ? personLink(ctx, entry.speaker, filter) : null;

  return html`<article class="entry${entry.quote ? ' entry-quote' : ''}" id="${entry.id}" data-people="${people}" data-topics="${topics}">
<p class="entry-when">${entryDateLink(ctx, entry)}${speaker ? html` <span class="entry-speaker">${speaker}</span>` : ''}</p>
${entry.headline ? html`<p class="entry-headline">${entry.headline}</p>` : ''}
${entry.quote ? html`<blockquote><p>${entry.quote}</p></blockquote>` : ''}
${textAddsToQuote(entry) ? html`<p class="entry-text">${entry.text}</p>` : ''}
<dl class="entry-facts">
${entry.place ? html`<div><dt>Where</dt><dd>${placeLink(ctx, entry.place, filter)}</dd></div>` : ''}
${entry.topics.length > 0 ? html`<div><dt>Topics</dt><dd>${join(entry.topics.map((t) => topicLink(ctx, t, filter)), ', ')}</dd></div>` : ''}
${mentioned.length > 0 ? html`<div><dt>Mentions</dt><dd>${join(mentioned.map((p) => personLink(ctx, p, filter)), ', ')}</dd></div>` : ''}
<div><dt>Reported by</dt><dd>${sourceLinks(ctx, entry, filter)}</dd></div>
</dl>
</article>`;
}

/** Entries as an ordered list of cards. */
export function entryList(ctx: RenderContext, ids: readonly string[], options: EntryCardOptions = {}): SafeHtml {
  if (ids.length === 0) return html`<p>No entries.</p>`;
  return html`<ol class="entries">
${ids.map((id) => html`<li>${entryCard(ctx, ctx.view.entry(id), options)}</li>\n`)}</ol>`;
}
