// /key-moments/ and /key-moments/YYYY-MM/: per day, the few entries that matter most, one line each,
// by rules stated on the page. The first page states the rules, lists the months and shows the latest
// month; each month has a page of its own, so no page grows with the archive.
// Each page renders its page model (src/pages/keyMoments.ts) and nothing else.
import { formatDate, formatDayHeading } from '../src/render/dates.ts';
import { html } from '../src/render/html.ts';
import { keyMomentsPageModels, type KeyMomentsPage } from '../src/pages/keyMoments.ts';
import { MAIN_PEOPLE, MAIN_TOPICS, MOMENTS_PER_DAY, RULES_NEEDED } from '../src/site/keyMoments.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import { layout } from './_includes/layout.ts';
import { momentLine } from './_includes/momentLine.ts';
import { plural } from './_includes/partials.ts';
import { pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({ template: 'keyMoments', models: keyMomentsPageModels });

export function render({ site, item: page }: Paged<KeyMomentsPage>): string {
  const list = (names: string[]) => (names.length > 0 ? html` (${names.join(', ')})` : '');
  const days = page.days.map(
    (d) => html`<section class="day" aria-labelledby="key-${d.date}">
<h2 class="day-heading" id="key-${d.date}"><a href="${href(site, d.path)}"><time datetime="${d.date}">${formatDayHeading(d.date)}</time></a></h2>
<ul class="key-moments">
${d.lines.map((l) => momentLine(site, l))}</ul>
</section>
`,
  );
  const title = page.month ? `Key moments: ${formatDate(page.month)}` : 'Key moments';
  const main = page.month
    ? html`<h1>${title}</h1>
<p class="lede">The entries that matter most in ${formatDate(page.month)}, day by day. <a href="${href(site, paths.keyMoments)}#rules">How they are chosen</a> · <a href="${href(site, paths.keyMoments)}#months">All months</a></p>
${days}`
    : html`<h1>${title}</h1>
<p class="lede">The entries that matter most, day by day: at most ${MOMENTS_PER_DAY} a day, each linking to its place on the timeline.</p>
<h2 id="rules">How they are chosen</h2>
<p>An entry is a key moment when it meets at least ${RULES_NEEDED} of these rules, or when an editor chose it (<code>key: true</code> in <code>content/corrections.yaml</code>):</p>
<ul>
<li><strong>main person</strong>: said by one of the ${MAIN_PEOPLE} most quoted speakers${list(page.mainPeople)};</li>
<li><strong>several sources</strong>: reported by two articles or more;</li>
<li><strong>main topic</strong>: on one of the ${MAIN_TOPICS} topics with the most entries${list(page.mainTopics)}.</li>
</ul>
<p>On a day with more, the editor's choices come first, then the entries that meet the most rules, then the earliest.</p>
${
  page.months.length === 0
    ? html`<p>No entry meets the rules yet.</p>`
    : html`<h2 id="months">By month</h2>
<ol class="months">
${page.months.map((m) => html`<li><a href="${href(site, m.path)}">${formatDate(m.month)}</a> <span class="count">${plural(m.count, 'moment', 'moments')}</span></li>\n`)}</ol>
${page.shownMonth ? html`<h2 id="latest">Latest: ${formatDate(page.shownMonth)}</h2>\n${days}` : ''}`
}`;
  return layout(
    site,
    {
      title,
      description: page.month
        ? `The key moments of ${formatDate(page.month)}.`
        : 'The entries that matter most, day by day, and how they are chosen.',
      path: page.path,
      section: 'key-moments',
    },
    main,
  );
}
