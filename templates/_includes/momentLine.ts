// A key moment as one line (the key-moments page, the home page).
import { formatDayHeading } from '../../src/render/dates.ts';
import { html, type SafeHtml } from '../../src/render/html.ts';
import { entryTitle } from '../../src/site/entryTitle.ts';
import type { KeyMoment } from '../../src/site/keyMoments.ts';
import { href } from '../../src/site/siteConfig.ts';
import type { RenderContext } from './entryCard.ts';

/** One line: the entry's title (speaker: “quote”, or its headline), linking to it on the timeline, and why it is here. */
export function momentLine(ctx: RenderContext, moment: KeyMoment, withDate = false): SafeHtml {
  const e = ctx.view.entry(moment.id);
  const why = moment.reasons.includes('editor') ? "editor's choice" : moment.reasons.join(', ');
  return html`<li>${withDate ? html`<time datetime="${e.date}">${formatDayHeading(e.date)}</time>: ` : ''}<a href="${href(ctx.site, ctx.view.timelineHref(e.id))}">${entryTitle(
    e,
    120,
  )}</a>${e.place ? html` <span class="muted">(${e.place.name})</span>` : ''} <span class="key-reason">— ${why}</span></li>\n`;
}
