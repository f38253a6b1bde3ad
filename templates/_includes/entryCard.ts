// How an entry is shown. The full card (timeline pages) carries everything: topics, mentions, every
// report, and the data-* attributes the filter bar uses. Listings (person, place, topic, source,
// day and month pages) show the compact card: when, who, what, where and one report, linked to
// the entry's place on the timeline for the rest. A page of 60 full cards would be mostly repeats.
import { normaliseWords } from '../../src/text/normaliseWords.ts';
import { entryDatetime, formatEntryDate, formatShortDate } from '../../src/render/dates.ts';
import { externalUrl, flatten, html, join, raw, type Interpolation, type SafeHtml } from '../../src/render/html.ts';
import { paths } from '../../src/site/paths.ts';
import { href, type SiteConfig } from '../../src/site/siteConfig.ts';
import { groupInOrder, peopleOf, type SiteView } from '../../src/site/siteView.ts';
import type { Entry, Ref, SourceRef } from '../../src/types.ts';

export interface RenderContext {
  site: SiteConfig;
  view: SiteView;
}

export interface EntryCardOptions {
  /** Tag links with `data-pagefind-filter` (only on the pages that search indexes). Full cards only. */
  searchFilters?: boolean;
  /** The compact card of listing pages. */
  compact?: boolean;
  /** Compact cards on an outlet's page name that outlet's report (by outlet slug) rather than the first. */
  outlet?: string;
}

type FilterName = 'person' | 'place' | 'topic' | 'source';

/** A link to a person, place or topic page, or plain text when the site has no such page. */
function refLink(ctx: RenderContext, ref: Ref, path: string | null, filter: FilterName | null): SafeHtml {
  const attr = filter ? html` data-pagefind-filter="${filter}"` : '';
  return path ? html`<a href="${href(ctx.site, path)}"${attr}>${ref.name}</a>` : html`<span${attr}>${ref.name}</span>`;
}

export function personLink(ctx: RenderContext, ref: Ref, filter = false): SafeHtml {
  return refLink(ctx, ref, ctx.view.speakerPath(ref.slug), filter ? 'person' : null);
}

export function placeLink(ctx: RenderContext, ref: Ref, filter = false): SafeHtml {
  return refLink(ctx, ref, ctx.view.place(ref.slug) ? paths.place(ref.slug) : null, filter ? 'place' : null);
}

export function topicLink(ctx: RenderContext, ref: Ref, filter = false): SafeHtml {
  return refLink(ctx, ref, ctx.view.topic(ref.slug) ? paths.topic(ref.slug) : null, filter ? 'topic' : null);
}

/** Reports named on a card; a quote repeated across hundreds of articles lists the first ones and a count. */
const MAX_SOURCES = 6;

const reportsOf = new WeakMap<Entry, Array<[string, SourceRef[]]>>();

/** An entry's sources grouped by article, in order. */
function reports(entry: Entry): Array<[string, SourceRef[]]> {
  let grouped = reportsOf.get(entry);
  if (!grouped) {
    grouped = groupInOrder(entry.sources, (s) => s.article);
    reportsOf.set(entry, grouped);
  }
  return grouped;
}

function outletName(ctx: RenderContext, articleId: string): string {
  return ctx.view.outletOfArticle(articleId)?.name ?? ctx.view.article(articleId)?.summary.source ?? articleId;
}

/** Link to the paragraph of an article that an entry came from. */
function sourceHref(ctx: RenderContext, articleId: string, sources: readonly SourceRef[]): string {
  return href(ctx.site, paths.source(sources[0] ?? { article: articleId, anchor: '' }));
}

/**
 * "The Telegraph, CGTN": each links to the paragraph the entry came from. Further passages of
 * the same article follow as "another passage"; two articles of one outlet get their dates.
 */
function sourceLinks(ctx: RenderContext, entry: Entry, filter: boolean): SafeHtml {
  const byArticle = reports(entry);
  const outletNames = byArticle.map(([id]) => outletName(ctx, id));
  const perOutlet = new Map<string, number>();
  for (const n of outletNames) perOutlet.set(n, (perOutlet.get(n) ?? 0) + 1);
  const links = byArticle.slice(0, MAX_SOURCES).map(([id, sources], i) => {
    const summary = ctx.view.article(id)?.summary;
    const name = outletNames[i] ?? id;
    const label = (perOutlet.get(name) ?? 0) > 1 && summary ? `${name} (${formatShortDate(summary.published.slice(0, 10))})` : name;
    const title = summary ? html`<span class="visually-hidden">: ${summary.title}</span>` : '';
    const [, ...more] = sources;
    const original = externalUrl(summary?.url ?? null);
    return html`<a href="${sourceHref(ctx, id, sources)}">${filter ? html`<span data-pagefind-filter="source">${label}</span>` : label}${title}</a>${more.map(
      (s) => html`, <a href="${href(ctx.site, paths.source(s))}">another passage</a>`,
    )}${original ? html` (<a href="${original}" rel="external noopener">original<span class="visually-hidden"> report in ${name}</span></a>)` : ''}`;
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

/** What both cards show first: when (the permalink) and who, then the headline, quote and text. One line each, no blank lines. */
function cardHead(ctx: RenderContext, entry: Entry, filter: boolean): SafeHtml {
  const speaker = entry.speaker ? html` <span class="entry-speaker">${personLink(ctx, entry.speaker, filter)}</span>` : '';
  return html`<p class="entry-when">${entryDateLink(ctx, entry)}${speaker}</p>
${entry.headline ? html`<p class="entry-headline">${entry.headline}</p>\n` : ''}${entry.quote ? html`<blockquote><p>${entry.quote}</p></blockquote>\n` : ''}${
    textAddsToQuote(entry) ? html`<p class="entry-text">${entry.text}</p>\n` : ''
  }`;
}

function fact(label: string, value: Interpolation): SafeHtml {
  return html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
}

function renderFullCard(ctx: RenderContext, entry: Entry, filter: boolean): SafeHtml {
  const everyone = peopleOf(entry);
  const mentioned = everyone.filter((p) => p.slug !== entry.speaker?.slug);
  const people = everyone.map((p) => p.slug).join(' ');
  const topics = entry.topics.map((t) => t.slug).join(' ');
  return html`<article class="entry${entry.quote ? ' entry-quote' : ''}" id="${entry.id}" data-people="${people}" data-topics="${topics}">
${cardHead(ctx, entry, filter)}<dl class="entry-facts">${entry.place ? fact('Where', placeLink(ctx, entry.place, filter)) : ''}${
    entry.topics.length > 0
      ? fact(
          'Topics',
          join(
            entry.topics.map((t) => topicLink(ctx, t, filter)),
            ', ',
          ),
        )
      : ''
  }${
    mentioned.length > 0
      ? fact(
          'Mentions',
          join(
            mentioned.map((p) => personLink(ctx, p, filter)),
            ', ',
          ),
        )
      : ''
  }${fact('Reported by', sourceLinks(ctx, entry, filter))}</dl>
</article>`;
}

/** The report a compact card names: the outlet's own on its page, else the first. */
function shownReport(ctx: RenderContext, entry: Entry, outlet: string | undefined): number {
  if (outlet === undefined) return 0;
  const at = reports(entry).findIndex(([id]) => ctx.view.outletOfArticle(id)?.slug === outlet);
  return at === -1 ? 0 : at;
}

function renderCompactCard(ctx: RenderContext, entry: Entry, shown: number): SafeHtml {
  const byArticle = reports(entry);
  const [id, sources] = byArticle[shown] ?? byArticle[0] ?? ['', []];
  const more = byArticle.length - 1;
  // The other reports are listed on the entry's full card, on the timeline.
  const others =
    more > 0
      ? html` <a href="${href(ctx.site, ctx.view.timelineHref(entry.id))}">+${more} more ${more === 1 ? 'report' : 'reports'}</a>`
      : '';
  const reported = id ? html`<a href="${sourceHref(ctx, id, sources)}">${outletName(ctx, id)}</a>${others}` : others;
  return html`<article class="entry${entry.quote ? ' entry-quote' : ''}">
${cardHead(ctx, entry, false)}<dl class="entry-facts">${entry.place ? fact('Where', placeLink(ctx, entry.place)) : ''}${fact('Reported by', reported)}</dl>
</article>`;
}

// An entry's card is the same on every page it appears on: render each kind once per build (its
// view: the dev server keeps Entry objects from build to build while their links change) and site
// configuration. Keys: FULL, FULL_WITH_FILTERS, or for a compact card the index of the report it names.
const FULL = -1;
const FULL_WITH_FILTERS = -2;
// Kept as UTF-8: most cards hold a curly quote or a dash, which makes a JavaScript string two bytes a
// character, and at 5,000 articles the cards of a build are some hundreds of MB as strings.
const cards = new WeakMap<SiteView, WeakMap<RenderContext['site'], WeakMap<Entry, Map<number, Buffer>>>>();

export function entryCard(ctx: RenderContext, entry: Entry, options: EntryCardOptions = {}): SafeHtml {
  const filter = options.searchFilters ?? false;
  const shown = options.compact ? shownReport(ctx, entry, options.outlet) : 0;
  const key = options.compact ? shown : filter ? FULL_WITH_FILTERS : FULL;
  let byView = cards.get(ctx.view);
  if (!byView) cards.set(ctx.view, (byView = new WeakMap()));
  let bySite = byView.get(ctx.site);
  if (!bySite) byView.set(ctx.site, (bySite = new WeakMap()));
  let byKind = bySite.get(entry);
  if (!byKind) bySite.set(entry, (byKind = new Map()));
  const cached = byKind.get(key);
  if (cached) return raw(cached.toString('utf8'));
  const card = flatten(options.compact ? renderCompactCard(ctx, entry, shown) : renderFullCard(ctx, entry, filter));
  byKind.set(key, Buffer.from(card.value, 'utf8'));
  return card;
}

/** Entries as an ordered list of cards. */
export function entryList(ctx: RenderContext, ids: readonly string[], options: EntryCardOptions = {}): SafeHtml {
  if (ids.length === 0) return html`<p>No entries.</p>`;
  return html`<ol class="entries">
${ids.map((id) => html`<li>${entryCard(ctx, ctx.view.entry(id), options)}</li>\n`)}</ol>`;
}
