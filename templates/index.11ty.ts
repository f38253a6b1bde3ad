// /: the overview — the visual timeline, the months, and a way straight to the latest entry.
import { isDay } from '../src/dates/precision.ts';
import { formatDate, formatShortDate } from '../src/render/dates.ts';
import { html } from '../src/render/html.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import { groupInOrder } from '../src/site/siteView.ts';
import { svgTimeline } from '../src/site/svgTimeline.ts';
import { layout } from './_includes/layout.ts';
import { plural } from './_includes/partials.ts';
import { contextOf, type SiteGlobals } from './_includes/templateData.ts';

export const data = { permalink: paths.home };

export function render(data: SiteGlobals): string {
  const ctx = contextOf(data);
  const { view, site } = ctx;
  const entries = view.entries;
  const latest = view.latest;
  const first = entries[0];
  const months = groupInOrder(view.timelinePages, (p) => p.period).map(([period, pages]) => {
    const days = pages.flatMap((p) => p.days);
    const dated = days.filter((d) => isDay(d.date) && !d.continued);
    return {
      period,
      path: pages[0]?.path ?? paths.home,
      count: days.reduce((n, d) => n + d.ids.length, 0),
      days: dated.length,
      busiest: [...dated].sort((a, b) => b.ids.length - a.ids.length || a.date.localeCompare(b.date))[0],
    };
  });

  const main = html`<h1>${site.title}: who said what, when</h1>
<p class="lede">${plural(entries.length, 'dated statement or event', 'dated statements and events')} from ${plural(
    view.data.articles.length,
    'article',
    'articles',
  )}${first && latest ? html`, from ${formatDate(first.date)} to ${formatDate(latest.date)}` : ''}. Oldest first, a page per month.</p>
${latest ? html`<p id="latest"><a class="jump-latest" href="${href(site, view.timelineHref(latest.id))}">Jump to the latest entry (${formatDate(latest.date)})</a></p>` : ''}
<p class="skip-chart"><a href="#months">Skip the chart</a></p>
${svgTimeline(entries, {
  hrefOf: (e) => href(site, view.timelineHref(e.id)),
  personHrefOf: (ref) => (view.person(ref.slug) ? href(site, paths.person(ref.slug)) : null),
})}
<h2 id="months">Months</h2>
<ol class="months">
${months.map(
  (m) => html`<li><a href="${href(site, m.path)}">${formatDate(m.period)}</a> <span class="count">${plural(m.count, 'entry', 'entries')}${
    m.days > 0 ? html` on ${plural(m.days, 'day', 'days')}` : ''
  }${m.busiest && m.busiest.ids.length > 1 ? html`; busiest ${formatShortDate(m.busiest.date)} (${m.busiest.ids.length})` : ''}</span></li>\n`,
)}</ol>
<h2>Browse</h2>
<ul class="browse">
<li><a href="${href(site, paths.people)}">People</a>: ${plural(view.data.timeline.people.length, 'speaker', 'speakers')} and who they were mentioned with</li>
<li><a href="${href(site, paths.places)}">Places</a> where things were said and done</li>
<li><a href="${href(site, paths.topics)}">Topics</a> such as ceasefire and sanctions</li>
<li><a href="${href(site, paths.dates)}">Dates</a>: a calendar of the days with entries</li>
<li><a href="${href(site, paths.articles)}">Articles</a>: the source reports, with every entry marked in place</li>
</ul>`;

  return layout(
    site,
    {
      title: `${site.title}: who said what, when`,
      description: `A timeline of ${entries.length} dated statements and events, each linked to the report it came from.`,
      path: paths.home,
      section: 'timeline',
    },
    main,
  );
}
