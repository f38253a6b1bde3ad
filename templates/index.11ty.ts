// /: the overview — the visual timeline, the months, and a way straight to the latest entry.
import { formatDate, formatShortDate } from '../src/render/dates.ts';
import { html } from '../src/render/html.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import { keyMoments, momentLines } from '../src/site/keyMoments.ts';
import { svgTimeline } from '../src/site/svgTimeline.ts';
import { layout } from './_includes/layout.ts';
import { momentLine } from './_includes/momentLine.ts';
import { plural } from './_includes/partials.ts';
import { contextOf, type SiteGlobals } from './_includes/templateData.ts';

export const data = { permalink: paths.home };

/** Key moments on the home page. */
const HOME_MOMENTS = 5;

export function render(data: SiteGlobals): string {
  const ctx = contextOf(data);
  const { view, site } = ctx;
  const entries = view.entries;
  const latest = view.latest;
  const first = entries[0];
  const months = view.months;
  // The latest key moments, newest first.
  const recentMoments = momentLines(
    view,
    keyMoments(view)
      .days.flatMap((d) => d.moments)
      .slice(-HOME_MOMENTS),
  ).reverse();
  const organisations = view.data.timeline.people.filter((p) => p.kind === 'organisation' && p.quotes.length > 0).length;

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
  personHrefOf: (ref) => {
    const path = view.speakerPath(ref.slug);
    return path ? href(site, path) : null;
  },
})}
${
  recentMoments.length > 0
    ? html`<h2 id="key-moments">Key moments</h2>
<ul class="key-moments">
${recentMoments.map((m) => momentLine(site, m, true))}</ul>
<p><a href="${href(site, paths.keyMoments)}">All key moments, day by day, and how they are chosen</a></p>`
    : ''
}
<h2 id="months">Months</h2>
<ol class="months">
${months.map(
  (m) =>
    html`<li><a href="${href(site, m.path)}">${formatDate(m.month)}</a> <span class="count">${plural(m.entries, 'entry', 'entries')}${
      m.days.length > 0 ? html` on ${plural(m.days.length, 'day', 'days')}` : ''
    }${m.busiest && m.busiest.count > 1 ? html`; busiest ${formatShortDate(m.busiest.date)} (${m.busiest.count})` : ''}</span></li>\n`,
)}</ol>
<h2>Browse</h2>
<ul class="browse">
<li><a href="${href(site, paths.people)}">People</a>: ${plural(view.peopleQuoted.length, 'person', 'people')} quoted, each with the topics they spoke on and how their positions moved</li>
<li><a href="${href(site, paths.organisations)}">Organisations</a>: ${plural(organisations, 'body', 'bodies')} quoted, such as governments and ministries</li>
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
