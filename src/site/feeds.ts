// Atom and JSON Feed of entries, newest first. Dates come from the entries, never from the clock,
// so the same content always gives the same feed.
import { rfc3339 } from '../dates/utc.ts';
import { entryTimestamp, formatEntryDate } from '../render/dates.ts';
import { html, join, type SafeHtml } from '../render/html.ts';
import type { JsonValue } from '../render/jsonLd.ts';
import type { Entry } from '../types.ts';
import { entryTitle } from './entryTitle.ts';
import { paths } from './paths.ts';
import { absoluteUrl, type SiteConfig } from './siteConfig.ts';
import type { SiteView } from './siteView.ts';

export const FEED_SIZE = 50;

export interface FeedSpec {
  title: string;
  description: string;
  /** Site path of the feed itself. */
  path: string;
  /** Site path of the page the feed mirrors. */
  homePath: string;
  entries: readonly Entry[];
}

function newestFirst(entries: readonly Entry[]): Entry[] {
  return [...entries].reverse().slice(0, FEED_SIZE);
}

/** The entry as HTML for feed readers, with absolute links. */
function entryContent(site: SiteConfig, view: SiteView, entry: Entry): SafeHtml {
  const sources = entry.sources.map((s) => {
    const name = view.outletOfArticle(s.article)?.name ?? s.article;
    return html`<a href="${absoluteUrl(site, paths.source(s))}">${name}</a>`;
  });
  return html`<p>${formatEntryDate(entry)}${entry.speaker ? html` — ${entry.speaker.name}` : ''}${entry.place ? html`, ${entry.place.name}` : ''}</p>
${entry.quote ? html`<blockquote><p>${entry.quote}</p></blockquote>` : ''}<p>${entry.text}</p>
<p>Reported by ${join(sources, ', ')}.</p>`;
}

export function atomFeed(site: SiteConfig, view: SiteView, spec: FeedSpec): string {
  const items = newestFirst(spec.entries);
  const updated = items[0] ? entryTimestamp(items[0]) : rfc3339(0);
  const feed = html`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${site.language}">
<title>${spec.title}</title>
<subtitle>${spec.description}</subtitle>
<link href="${absoluteUrl(site, spec.path)}" rel="self" type="application/atom+xml"/>
<link href="${absoluteUrl(site, spec.homePath)}" rel="alternate" type="text/html"/>
<id>${absoluteUrl(site, spec.path)}</id>
<updated>${updated}</updated>
<author><name>${site.publisher}</name></author>
${items.map((e) => {
  const url = absoluteUrl(site, view.timelineHref(e.id));
  return html`<entry>
<title>${entryTitle(e)}</title>
<link href="${url}" rel="alternate" type="text/html"/>
<id>${url}</id>
<updated>${entryTimestamp(e)}</updated>
${e.speaker ? html`<author><name>${e.speaker.name}</name></author>` : ''}
${e.topics.map((t) => html`<category term="${t.slug}" label="${t.name}"/>`)}
<content type="html">${entryContent(site, view, e).value}</content>
</entry>
`;
})}</feed>`;
  return `<?xml version="1.0" encoding="utf-8"?>\n${feed.value}\n`;
}

export function jsonFeed(site: SiteConfig, view: SiteView, spec: FeedSpec): JsonValue {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: spec.title,
    description: spec.description,
    home_page_url: absoluteUrl(site, spec.homePath),
    feed_url: absoluteUrl(site, spec.path),
    language: site.language,
    items: newestFirst(spec.entries).map((e) => ({
      id: absoluteUrl(site, view.timelineHref(e.id)),
      url: absoluteUrl(site, view.timelineHref(e.id)),
      title: entryTitle(e),
      content_html: entryContent(site, view, e).value,
      content_text: e.quote ? `“${e.quote}” ${e.text}` : e.text,
      date_published: entryTimestamp(e),
      tags: e.topics.map((t) => t.name),
      ...(e.speaker ? { authors: [{ name: e.speaker.name }] } : {}),
    })),
  };
}
