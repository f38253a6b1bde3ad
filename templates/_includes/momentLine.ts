// A key moment as one line (the key-moments pages, the home page).
import { formatDayHeading } from '../../src/render/dates.ts';
import { html, type SafeHtml } from '../../src/render/html.ts';
import type { MomentLine } from '../../src/site/keyMoments.ts';
import { href, type SiteConfig } from '../../src/site/siteConfig.ts';

/** The entry's title (speaker: “quote”, or its headline), linking to it on the timeline, and why it is here. */
export function momentLine(site: SiteConfig, line: MomentLine, withDate = false): SafeHtml {
  return html`<li>${withDate ? html`<time datetime="${line.date}">${formatDayHeading(line.date)}</time>: ` : ''}<a href="${href(site, line.path)}">${line.title}</a>${
    line.place ? html` <span class="muted">(${line.place})</span>` : ''
  } <span class="key-reason">— ${line.why}</span></li>\n`;
}
