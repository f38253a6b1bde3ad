// How an entry is shown, from its card model (src/pages/entryCards.ts). The full card (timeline pages)
// carries everything: topics, mentions, every report, and the data-* attributes the filter bar uses.
// Listings (person, place, topic, source pages) show the compact card: when, who, what, where and one
// report, linked to the entry's place on the timeline for the rest. A page of 60 full cards would be mostly repeats.
import { entryDatetime, formatEntryDate, formatShortDate } from '../../src/render/dates.ts';
import { externalUrl, flatten, html, join, raw, type Interpolation, type SafeHtml } from '../../src/render/html.ts';
import { href, type SiteConfig } from '../../src/site/siteConfig.ts';
import type { CompactCard, EntryHead, FullCard, ReportModel } from '../../src/pages/entryCards.ts';
import type { Link } from '../../src/pages/model.ts';

type FilterName = 'person' | 'place' | 'topic' | 'source';

/** A link to a person, place or topic page, or plain text when the site has no such page. */
export function refLink(site: SiteConfig, link: Link, filter: FilterName | null = null): SafeHtml {
  const attr = filter ? html` data-pagefind-filter="${filter}"` : '';
  return link.path ? html`<a href="${href(site, link.path)}"${attr}>${link.name}</a>` : html`<span${attr}>${link.name}</span>`;
}

/**
 * "The Telegraph, CGTN": each links to the paragraph the entry came from. Further passages of
 * the same article follow as "another passage"; two articles of one outlet get their dates.
 */
function sourceLinks(site: SiteConfig, reports: readonly ReportModel[], rest: number): SafeHtml {
  const links = reports.map((r) => {
    const label = r.published ? `${r.outlet} (${formatShortDate(r.published)})` : r.outlet;
    const title = r.title !== null ? html`<span class="visually-hidden">: ${r.title}</span>` : '';
    const original = externalUrl(r.original);
    return html`<a href="${href(site, r.path)}">${label}${title}</a>${r.passages.map(
      (p) => html`, <a href="${href(site, p)}">another passage</a>`,
    )}${original ? html` (<a href="${original}" rel="external noopener">original<span class="visually-hidden"> report in ${r.outlet}</span></a>)` : ''}`;
  });
  return rest > 0 ? html`${join(links, ', ')} and ${rest} more ${rest === 1 ? 'report' : 'reports'}` : join(links, ', ');
}

/** What both cards show first: when (the permalink) and who, then the headline, quote and text. One line each, no blank lines. */
function cardHead(site: SiteConfig, h: EntryHead): SafeHtml {
  const speaker = h.speaker ? html` <span class="entry-speaker">${refLink(site, h.speaker)}</span>` : '';
  return html`<p class="entry-when"><a href="${href(site, h.href)}"><time datetime="${entryDatetime(h)}">${formatEntryDate(h)}</time></a>${speaker}</p>
${h.headline ? html`<p class="entry-headline">${h.headline}</p>\n` : ''}${h.quote ? html`<blockquote><p>${h.quote}</p></blockquote>\n` : ''}${
    h.text !== null ? html`<p class="entry-text">${h.text}</p>\n` : ''
  }`;
}

function fact(label: string, value: Interpolation): SafeHtml {
  return html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
}

function renderFullCard(site: SiteConfig, card: FullCard): SafeHtml {
  const h = card.head;
  return html`<article class="entry${h.quote ? ' entry-quote' : ''}" id="${h.id}" data-people="${card.people}" data-topics="${card.topics}">
${cardHead(site, h)}<dl class="entry-facts">${card.place ? fact('Where', refLink(site, card.place)) : ''}${
    card.topicLinks.length > 0
      ? fact(
          'Topics',
          join(
            card.topicLinks.map((t) => refLink(site, t)),
            ', ',
          ),
        )
      : ''
  }${
    card.mentioned.length > 0
      ? fact(
          'Mentions',
          join(
            card.mentioned.map((p) => refLink(site, p)),
            ', ',
          ),
        )
      : ''
  }${fact('Reported by', sourceLinks(site, card.reports, card.moreReports))}</dl>
</article>`;
}

function renderCompactCard(site: SiteConfig, card: CompactCard): SafeHtml {
  const h = card.head;
  // The other reports are listed on the entry's full card, on the timeline.
  const others =
    card.more > 0 ? html` <a href="${href(site, h.href)}">+${card.more} more ${card.more === 1 ? 'report' : 'reports'}</a>` : '';
  const reported = card.reported ? html`<a href="${href(site, card.reported.path)}">${card.reported.name}</a>${others}` : others;
  return html`<article class="entry${h.quote ? ' entry-quote' : ''}">
${cardHead(site, h)}<dl class="entry-facts">${card.place ? fact('Where', refLink(site, card.place)) : ''}${fact('Reported by', reported)}</dl>
</article>`;
}

// A card is the same on every page it appears on: each card model is rendered once per site
// configuration. Kept as UTF-8: most cards hold a curly quote or a dash, which makes a JavaScript
// string two bytes a character, and at 5,000 articles the cards of a build are some hundreds of MB as strings.
const cards = new WeakMap<SiteConfig, WeakMap<FullCard | CompactCard, Buffer>>();

export function entryCard(site: SiteConfig, card: FullCard | CompactCard): SafeHtml {
  let bySite = cards.get(site);
  if (!bySite) cards.set(site, (bySite = new WeakMap()));
  const cached = bySite.get(card);
  if (cached) return raw(cached.toString('utf8'));
  const markup = flatten('reports' in card ? renderFullCard(site, card) : renderCompactCard(site, card));
  bySite.set(card, Buffer.from(markup.value, 'utf8'));
  return markup;
}

/** Entries as an ordered list of cards. */
export function entryList(site: SiteConfig, list: ReadonlyArray<FullCard | CompactCard>): SafeHtml {
  if (list.length === 0) return html`<p>No entries.</p>`;
  return html`<ol class="entries">
${list.map((card) => html`<li>${entryCard(site, card)}</li>\n`)}</ol>`;
}
