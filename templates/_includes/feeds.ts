// Atom and JSON Feed, from a feed model (src/pages/feeds.ts), newest first.
import { rfc3339 } from '../../src/dates/utc.ts';
import { html, join, type SafeHtml } from '../../src/render/html.ts';
import type { JsonValue } from '../../src/render/jsonLd.ts';
import type { FeedItem, FeedModel } from '../../src/pages/feeds.ts';
import { absoluteUrl, type SiteConfig } from '../../src/site/siteConfig.ts';

/** The entry as HTML for feed readers, with absolute links. */
function itemContent(site: SiteConfig, item: FeedItem): SafeHtml {
  const sources = item.sources.map((s) => html`<a href="${absoluteUrl(site, s.path)}">${s.name}</a>`);
  return html`<p>${item.when}${item.speaker ? html` — ${item.speaker}` : ''}${item.place ? html`, ${item.place}` : ''}</p>
${item.quote ? html`<blockquote><p>${item.quote}</p></blockquote>` : ''}<p>${item.text}</p>
<p>Reported by ${join(sources, ', ')}.</p>`;
}

export function atomFeed(site: SiteConfig, feed: FeedModel, title: string): string {
  const updated = feed.items[0]?.timestamp ?? rfc3339(0);
  const markup = html`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${site.language}">
<title>${title}</title>
<subtitle>${feed.description}</subtitle>
<link href="${absoluteUrl(site, feed.path)}" rel="self" type="application/atom+xml"/>
<link href="${absoluteUrl(site, feed.homePath)}" rel="alternate" type="text/html"/>
<id>${absoluteUrl(site, feed.path)}</id>
<updated>${updated}</updated>
<author><name>${site.publisher}</name></author>
${feed.items.map((item) => {
  const url = absoluteUrl(site, item.path);
  return html`<entry>
<title>${item.title}</title>
<link href="${url}" rel="alternate" type="text/html"/>
<id>${url}</id>
<updated>${item.timestamp}</updated>
${item.speaker ? html`<author><name>${item.speaker}</name></author>` : ''}
${item.topics.map((t) => html`<category term="${t.slug}" label="${t.name}"/>`)}
<content type="html">${itemContent(site, item).value}</content>
</entry>
`;
})}</feed>`;
  return `<?xml version="1.0" encoding="utf-8"?>\n${markup.value}\n`;
}

export function jsonFeed(site: SiteConfig, feed: FeedModel, title: string): JsonValue {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title,
    description: feed.description,
    home_page_url: absoluteUrl(site, feed.homePath),
    feed_url: absoluteUrl(site, feed.path),
    language: site.language,
    items: feed.items.map((item) => ({
      id: absoluteUrl(site, item.path),
      url: absoluteUrl(site, item.path),
      title: item.title,
      content_html: itemContent(site, item).value,
      content_text: item.quote ? `“${item.quote}” ${item.text}` : item.text,
      date_published: item.timestamp,
      tags: item.topics.map((t) => t.name),
      ...(item.speaker !== null ? { authors: [{ name: item.speaker }] } : {}),
    })),
  };
}
