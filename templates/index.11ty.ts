// /: the overview — the visual timeline, the months, and a way straight to the latest entry.
// Renders its page model (src/pages/overview.ts) and nothing else.
import { formatDate, formatShortDate } from '../src/render/dates.ts';
import { html } from '../src/render/html.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import { svgTimeline } from '../src/site/svgTimeline.ts';
import { layout } from './_includes/layout.ts';
import { momentLine } from './_includes/momentLine.ts';
import { plural } from './_includes/partials.ts';
import { homeModels, type HomeModel } from '../src/pages/overview.ts';
import { pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({ template: 'index', models: homeModels });

export function render({ site, item: page }: Paged<HomeModel>): string {
  const { first, latest, months } = page;
  const recentMoments = page.moments;

  const main = html`<h1>${site.title}: who said what, when</h1>
<p class="lede">${plural(page.entries, 'dated statement or event', 'dated statements and events')} from ${plural(
    page.articles,
    'article',
    'articles',
  )}${first !== null && latest ? html`, from ${formatDate(first)} to ${formatDate(latest.date)}` : ''}. Oldest first, a page per month.</p>
${latest ? html`<p id="latest"><a class="jump-latest" href="${href(site, latest.path)}">Jump to the latest entry (${formatDate(latest.date)})</a></p>` : ''}
<p class="skip-chart"><a href="#months">Skip the chart</a></p>
${svgTimeline(page.chart.entries, {
  hrefOf: (e) => href(site, e.path),
  personHrefOf: (ref) => {
    const path = page.chart.speakerPaths[ref.slug];
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
      m.days > 0 ? html` on ${plural(m.days, 'day', 'days')}` : ''
    }${m.busiest && m.busiest.count > 1 ? html`; busiest ${formatShortDate(m.busiest.date)} (${m.busiest.count})` : ''}</span></li>\n`,
)}</ol>
<h2>Browse</h2>
<ul class="browse">
<li><a href="${href(site, paths.people)}">People</a>: ${plural(page.peopleQuoted, 'person', 'people')} quoted, each with the topics they spoke on and how their positions moved</li>
<li><a href="${href(site, paths.organisations)}">Organisations</a>: ${plural(page.organisationsQuoted, 'body', 'bodies')} quoted, such as governments and ministries</li>
<li><a href="${href(site, paths.places)}">Places</a> where things were said and done</li>
<li><a href="${href(site, paths.topics)}">Topics</a> such as ceasefire and sanctions</li>
<li><a href="${href(site, paths.dates)}">Dates</a>: a calendar of the days with entries</li>
<li><a href="${href(site, paths.articles)}">Articles</a>: the source reports, with every entry marked in place</li>
</ul>`;

  return layout(
    site,
    {
      title: `${site.title}: who said what, when`,
      description: `A timeline of ${page.entries} dated statements and events, each linked to the report it came from.`,
      path: paths.home,
      section: 'timeline',
    },
    main,
  );
}
