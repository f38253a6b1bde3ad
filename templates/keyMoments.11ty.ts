// /key-moments/: per day, the few entries that matter most, one line each, by rules stated on the page.
import { formatDayHeading } from '../src/render/dates.ts';
import { html } from '../src/render/html.ts';
import { MAIN_PEOPLE, MAIN_TOPICS, MOMENTS_PER_DAY, RULES_NEEDED, keyMoments } from '../src/site/keyMoments.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import { layout } from './_includes/layout.ts';
import { momentLine } from './_includes/momentLine.ts';
import { contextOf, type SiteGlobals } from './_includes/templateData.ts';

export const data = { permalink: paths.keyMoments };

export function render(data: SiteGlobals): string {
  const ctx = contextOf(data);
  const { site } = ctx;
  const moments = keyMoments(ctx.view);
  const names = (refs: Array<{ name: string }>) => refs.map((r) => r.name).join(', ');
  const main = html`<h1>Key moments</h1>
<p class="lede">The entries that matter most, day by day: at most ${MOMENTS_PER_DAY} a day, each linking to its place on the timeline.</p>
<h2 id="rules">How they are chosen</h2>
<p>An entry is a key moment when it meets at least ${RULES_NEEDED} of these rules, or when an editor chose it (<code>key: true</code> in <code>content/corrections.yaml</code>):</p>
<ul>
<li><strong>main person</strong>: said by one of the ${MAIN_PEOPLE} most quoted speakers${moments.mainPeople.length > 0 ? html` (${names(moments.mainPeople)})` : ''};</li>
<li><strong>several sources</strong>: reported by two articles or more;</li>
<li><strong>main topic</strong>: on one of the ${MAIN_TOPICS} topics with the most entries${moments.mainTopics.length > 0 ? html` (${names(moments.mainTopics)})` : ''}.</li>
</ul>
<p>On a day with more, the editor's choices come first, then the entries that meet the most rules, then the earliest.</p>
${
  moments.days.length === 0
    ? html`<p>No entry meets the rules yet.</p>`
    : moments.days.map(
        (d) => html`<section class="day" aria-labelledby="key-${d.date}">
<h2 class="day-heading" id="key-${d.date}"><a href="${href(site, ctx.view.datePath(d.date))}"><time datetime="${d.date}">${formatDayHeading(d.date)}</time></a></h2>
<ul class="key-moments">
${d.moments.map((m) => momentLine(ctx, m))}</ul>
</section>
`,
      )
}`;
  return layout(
    site,
    {
      title: 'Key moments',
      description: 'The entries that matter most, day by day, and how they are chosen.',
      path: paths.keyMoments,
      section: 'key-moments',
    },
    main,
  );
}
